"""ESC/POS GS v 0 raster: byte-identical to python-escpos' own encoder, exact round trips."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from packstation.printing import LabelFormatError
from packstation.printing.escpos_raster import ESC_INIT, escpos_to_image, image_to_escpos
from tests.printing import escpos_printer_module


def _sample(width: int, height: int) -> Image.Image:
    image = Image.new("1", (width, height), 1)
    canvas = ImageDraw.Draw(image)
    canvas.rectangle((0, 0, width - 1, height - 1), outline=0, width=2)
    for x in range(5, width - 5, 9):
        canvas.rectangle((x, 5, x + 3, height // 2), fill=0)
    canvas.line((0, height - 1, width - 1, 0), fill=0, width=3)
    return image


@pytest.mark.parametrize(("width", "height"), [(812, 1218), (813, 961), (8, 1), (57, 960), (1200, 1800)])
def test_bytes_equal_python_escpos_bit_image_raster(width: int, height: int) -> None:
    image = _sample(width, height)
    with escpos_printer_module() as printer:
        dummy = printer.Dummy()
        dummy.image(image, impl="bitImageRaster")
        reference = dummy.output
    assert image_to_escpos(image, initialize=False) == reference
    assert image_to_escpos(image) == ESC_INIT + reference


def test_payload_passes_through_the_dummy_printer_unchanged() -> None:
    image = _sample(812, 1218)
    payload = image_to_escpos(image)
    with escpos_printer_module() as printer:
        dummy = printer.Dummy()
        dummy._raw(payload)
        received = dummy.output
    assert received == payload
    back = escpos_to_image(received)
    assert back.crop((0, 0, 812, 1218)).tobytes() == image.tobytes()


@settings(max_examples=100, deadline=None)
@given(
    width=st.integers(1, 200),
    height=st.integers(1, 2000),
    seed=st.binary(min_size=1, max_size=64),
)
def test_round_trip_is_exact(width: int, height: int, seed: bytes) -> None:
    per_row = (width + 7) // 8
    data = (seed * (per_row * height // len(seed) + 1))[: per_row * height]
    image = Image.frombytes("1", (width, height), data)
    back = escpos_to_image(image_to_escpos(image))
    assert back.width == per_row * 8
    assert back.height == height
    assert back.crop((0, 0, width, height)).tobytes() == image.tobytes()
    # The padding up to a whole byte is white, as the printer prints it.
    assert back.crop((width, 0, back.width, height)).getextrema() in ((1, 1), (255, 255), None)


def test_double_density_modes_are_scaled_back() -> None:
    raw = bytes([0b1000_0000])
    data = b"\x1dv0\x03\x01\x00\x01\x00" + raw  # m=3: double width and height
    image = escpos_to_image(data)
    assert image.size == (16, 2)
    assert image.getpixel((0, 0)) == 0
    assert image.getpixel((1, 1)) == 0
    assert image.getpixel((2, 0)) != 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no GS v 0"),
        (ESC_INIT, "no GS v 0"),
        (b"hello", "unexpected ESC/POS byte 0x68"),
        (b"\x1dv0\x00\x01", "header is truncated"),
        (b"\x1dv0\x00\x02\x00\x02\x00\xff", "raster is truncated"),
        (b"\x1dv0\x07\x01\x00\x01\x00\xff", "header is invalid"),
        (b"\x1dv0\x00\x00\x00\x01\x00", "header is invalid"),
    ],
)
def test_malformed_rasters_are_clear_errors(data: bytes, message: str) -> None:
    with pytest.raises(LabelFormatError, match=message) as caught:
        escpos_to_image(data)
    assert caught.value.code == "label_format_error"


def test_encoder_refuses_other_modes() -> None:
    with pytest.raises(ValueError, match="1-bit"):
        image_to_escpos(Image.new("L", (8, 8)))


def test_format_modules_never_import_python_escpos() -> None:
    """python-escpos 3.1 configures the root logger on import (notes §1.6): not our modules."""
    code = (
        "import logging, sys\n"
        "import packstation.printing.convert, packstation.printing.calibration\n"
        "print('escpos' in sys.modules, len(logging.getLogger().handlers))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "0"]
