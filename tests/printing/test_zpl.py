"""ZPL ^GFA encoder/decoder (exact round trips, strict checks) and the design-DPI detection."""

from __future__ import annotations

import base64
import binascii
import re
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from packstation.printing import LabelFormatError, PrinterProfile, ZplDpiMismatchError
from packstation.printing.zpl import (
    check_zpl_fits_printer,
    gfa_to_image,
    graphic_field,
    image_to_gfa,
    zpl_design_dpi,
)
from packstation.training.labels import render_label
from tests.printing import CONTENT, render_native_zpl

_HEADER = re.compile(rb"\^GFA,(\d+),(\d+),(\d+),([^\^]*)\^FS")


@st.composite
def noise_images(draw: st.DrawFn) -> Image.Image:
    """Random bits: the worst case for the run-length scheme."""
    width = draw(st.integers(1, 120))
    height = draw(st.integers(1, 40))
    per_row = (width + 7) // 8
    data = draw(st.binary(min_size=per_row * height, max_size=per_row * height))
    return Image.frombytes("1", (width, height), data)


@st.composite
def drawn_images(draw: st.DrawFn) -> Image.Image:
    """Wide images with boxes and bars: long runs (past the 419-character group), repeated rows,
    rows ending in white (',') or black ('!')."""
    width = draw(st.integers(1, 1800))
    height = draw(st.integers(1, 30))
    image = Image.new("1", (width, height), draw(st.sampled_from([0, 1])))
    canvas = ImageDraw.Draw(image)
    for _ in range(draw(st.integers(0, 6))):
        x0, x1 = sorted(draw(st.lists(st.integers(0, width - 1), min_size=2, max_size=2)))
        y0, y1 = sorted(draw(st.lists(st.integers(0, height - 1), min_size=2, max_size=2)))
        canvas.rectangle((x0, y0, x1, y1), fill=draw(st.sampled_from([0, 1])))
    return image


def _assert_strict_header(zpl: bytes, image: Image.Image) -> None:
    match = _HEADER.search(zpl)
    assert match is not None
    b, c, d = (int(match[i]) for i in (1, 2, 3))
    assert d == (image.width + 7) // 8
    assert c == d * image.height
    assert b == c  # printers reject other counts where viewers shrug (notes §3.2)
    data = match[4]
    if data.startswith(b":Z64:"):
        _, _, b64, crc = data.split(b":")
        assert len(crc) == 4
        assert int(crc, 16) == binascii.crc_hqx(b64, 0)
        assert len(zlib.decompress(base64.b64decode(b64))) == c


@settings(max_examples=100, deadline=None)
@given(image=st.one_of(noise_images(), drawn_images()), compression=st.sampled_from(["z64", "ascii"]))
def test_gfa_round_trip_is_exact(image: Image.Image, compression: str) -> None:
    zpl = image_to_gfa(image, compression="z64" if compression == "z64" else "ascii")
    _assert_strict_header(zpl, image)
    back = gfa_to_image(zpl)
    assert back.mode == "1"
    assert back.size == image.size
    assert back.tobytes() == image.tobytes()


def test_zplkit_reads_our_graphics_the_same_way() -> None:
    """An independent, strict renderer (CRC and byte counts checked) sees the same dots."""
    image = Image.new("1", (203, 61), 1)
    canvas = ImageDraw.Draw(image)
    canvas.rectangle((0, 0, 202, 60), outline=0, width=3)
    for x in range(10, 190, 7):
        canvas.rectangle((x, 10, x + 2, 50), fill=0)
    canvas.line((0, 60, 202, 0), fill=0, width=2)
    for compression in ("z64", "ascii"):
        zpl = image_to_gfa(image, compression=compression)
        rendered = render_native_zpl(zpl, image.width, image.height)
        assert rendered.tobytes() == image.tobytes()


def test_ascii_compression_symbols_decode() -> None:
    # 2 bytes a row: "I0F" = 3×'0' then 'F'; ',' = rest of row 0; '!' = rest of row F; ':' = repeat.
    zpl = b"^XA^PW16^FO0,0^GFA,8,8,2,I0F,!:^FS^XZ"
    raw = gfa_to_image(zpl).tobytes()
    assert raw == bytes(b ^ 0xFF for b in bytes.fromhex("000F0000FFFFFFFF"))


def test_ascii_compression_is_compact_and_uses_repeats() -> None:
    image = Image.new("1", (812, 1218), 1)
    ImageDraw.Draw(image).rectangle((100, 100, 700, 1100), outline=0, width=4)
    ascii_job = image_to_gfa(image, compression="ascii")
    z64_job = image_to_gfa(image)
    assert ascii_job.count(b":") > 900
    assert len(ascii_job) < 8_000
    assert len(z64_job) < 3_000


def test_darkness_and_speed_are_sent_but_never_saved() -> None:
    image = Image.new("1", (8, 8), 1)
    zpl = image_to_gfa(image, darkness=25, speed=4)
    assert zpl.startswith(b"~SD25^XA^PR4^PW8^LL8")
    assert b"^JUS" not in zpl
    assert zpl.endswith(b"^XZ\n")
    plain = image_to_gfa(image)
    assert b"~SD" not in plain
    assert b"^PR" not in plain
    with pytest.raises(ValueError, match="darkness"):
        image_to_gfa(image, darkness=31)
    with pytest.raises(ValueError, match="speed"):
        image_to_gfa(image, speed=1)
    with pytest.raises(ValueError, match="1-bit"):
        graphic_field(Image.new("L", (8, 8)))


def test_graphics_are_placed_at_their_field_origin() -> None:
    image = Image.new("1", (8, 2), 0)
    field = graphic_field(image).encode()
    zpl = b"^XA^PW40^LL20^LH2,3^FO10,5" + field + b"^FS^XZ"
    canvas = gfa_to_image(zpl)
    assert canvas.size == (40, 20)
    assert canvas.getpixel((12, 8)) == 0
    assert canvas.getpixel((11, 8)) != 0
    assert canvas.getpixel((20, 8)) != 0
    assert canvas.getbbox() is not None


_GOOD = image_to_gfa(Image.new("1", (16, 2), 0))


@pytest.mark.parametrize(
    ("zpl", "message"),
    [
        (b"^XA^FO0,0^FDhello^FS^XZ", "no ^GFA"),
        (_GOOD.replace(b":Z64:", b":Z64:A"), "CRC"),
        (re.sub(rb":([0-9A-F]{4})\^FS", b":0000^FS", _GOOD), "CRC"),
        (b"^XA^GFA,4,3,2,FFFF^FS^XZ", "counts"),
        (b"^XA^GFA,3,4,2,FFFFFFFF^FS^XZ", "must equal"),
        (b"^XA^GFA,4,4,2,FFFFFF^FS^XZ", "middle of a row"),
        (b"^XA^GFA,4,4,2,gF^FS^XZ", "more than"),
        (b"^XA^GFA,4,4,2,:FFFF^FS^XZ", "repeat"),
        (b"^XA^GFA,4,4,2,FFFF#0^FS^XZ", "unexpected character"),
        (b"^XA^GFA,4,4,2,FFFF,,^FS^XZ", "rows"),
        (b"^XA^GFB,4,4,2,\x00\x00\x00\x00^FS^XZ", "only ^GFA"),
        (b"^XA^GFA,4,4^FS^XZ", "five parameters"),
        (b"^XA^GFA,x,4,2,FFFF^FS^XZ", "non-numeric"),
        (b"^XA^GFA,4,4,2,:Z64:nonsense^FS^XZ", "malformed"),
    ],
)
def test_malformed_graphics_are_clear_errors(zpl: bytes, message: str) -> None:
    with pytest.raises(LabelFormatError, match=re.escape(message)) as caught:
        gfa_to_image(zpl)
    assert caught.value.code == "label_format_error"


# --- design DPI ------------------------------------------------------------------------------

SIMULATOR_ZPL = render_label(CONTENT, "application/zpl", 203)


def test_simulator_zpl_is_203_dpi_on_4x6_and_a6_media() -> None:
    for media in ("4x6", "a6", "100x150mm"):
        profile = PrinterProfile.model_validate({"url": "x", "media": media})
        assert zpl_design_dpi(SIMULATOR_ZPL, profile.media) == 203
        assert check_zpl_fits_printer(SIMULATOR_ZPL, profile) == 203
    assert zpl_design_dpi(SIMULATOR_ZPL) is None  # no media, no comment: the bytes alone don't say


@pytest.mark.parametrize("printer_dpi", [300, 600])
def test_203_dpi_zpl_refused_on_a_finer_printer(printer_dpi: int) -> None:
    profile = PrinterProfile.model_validate({"url": "x", "dpi": printer_dpi})
    with pytest.raises(ZplDpiMismatchError) as caught:
        check_zpl_fits_printer(SIMULATOR_ZPL, profile)
    error = caught.value
    assert error.code == "zpl_dpi_mismatch"
    assert (error.label_dpi, error.printer_dpi) == (203, printer_dpi)
    assert "203 dpi" in error.message
    assert f"{printer_dpi} dpi" in error.message
    assert "too small" in error.message


def test_300_dpi_zpl_refused_on_a_203_dpi_printer() -> None:
    zpl = b"^XA^PW1200^LL1800^FO100,100^A0N,60,60^FDHello^FS^XZ"
    profile = PrinterProfile(url="x")
    assert zpl_design_dpi(zpl, profile.media) == 300
    with pytest.raises(ZplDpiMismatchError, match=r"300 dpi.*203 dpi.*cut off"):
        check_zpl_fits_printer(zpl, profile)
    assert check_zpl_fits_printer(zpl, PrinterProfile(url="x", dpi=300)) == 300


@pytest.mark.parametrize(
    ("zpl", "expected"),
    [
        (b"^XA^FXmade for 300dpi^FS^FO10,10^FDx^FS^XZ", 300),
        (b"^XA^FX 8 dpmm label^FS^PW1200^XZ", 203),  # an explicit statement wins over ^PW
        (b"^XA^MUd,200,300^FO10,10^FDx^FS^XZ", 203),
        (b"^XA^MUd,300,600^FO10,10^FDx^FS^XZ", 300),
        (b"^XA^FO1100,10^FDx^FS^XZ", 300),  # no ^PW, but content beyond 4 in at 203 dpi
        (b"^XA^FO2000,10^FDx^FS^XZ", 600),
        (b"^XA^FO100,10^FDx^FS^XZ", None),  # fits at 203 dpi: proves nothing
        (b"^XA^PW500^FO10,10^FDx^FS^XZ", None),  # far narrower than the media at any DPI
    ],
)
def test_design_dpi_evidence(zpl: bytes, expected: int | None) -> None:
    assert zpl_design_dpi(zpl, PrinterProfile(url="x").media) == expected


def test_unknown_dpi_is_assumed_203_and_says_so() -> None:
    zpl = b"^XA^FO100,10^FDx^FS^XZ"
    assert check_zpl_fits_printer(zpl, PrinterProfile(url="x")) == 203
    with pytest.raises(ZplDpiMismatchError, match="assumed"):
        check_zpl_fits_printer(zpl, PrinterProfile(url="x", dpi=300))


def test_landscape_media_changes_the_expected_width() -> None:
    profile = PrinterProfile.model_validate({"url": "x", "orientation": "landscape"})
    assert zpl_design_dpi(b"^XA^PW1218^XZ", profile.media, profile.orientation) == 203
    assert zpl_design_dpi(b"^XA^PW1800^XZ", profile.media, profile.orientation) == 300
