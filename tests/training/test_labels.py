"""The simulator's label files: every format opens, has the right size, and its Code 128 scans."""

from __future__ import annotations

import dataclasses
import importlib
import io
import math
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageFont

from packstation.training.labels import (
    render_customs_declaration,
    render_label,
    sample_label_content,
    zpl_escape,
)

# pypdfium2 ships no type information; imported this way it is Any whatever mypy's overrides say.
pdfium: Any = importlib.import_module("pypdfium2")

CONTENT = sample_label_content(contract_name="Direct contract PostNL")
WITH_EXTRAS = dataclasses.replace(
    CONTENT,
    brand_name="Trailhead Kids",
    service_point_line="Service point: Primera Centrum, Markt 12, Eindhoven",
)
# Realistic shapes: PostNL, UPS, DHL Parcel, DPD, and all digits (Code 128 subset C).
TRACKING_NUMBERS = (
    "3SNKDA123456789",
    "1Z999AA10123456784",
    "JVGL06123456789012345",
    "05212345678901",
    "00340434161094042557",
)


def decode(image: Image.Image) -> list[str]:
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.Code128
    ]


def open_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.fixture
def pdf_documents() -> Iterator[list[Any]]:
    documents: list[Any] = []
    yield documents
    for document in documents:
        document.close()


def render_pdf(
    data: bytes, dpi: float, documents: list[Any], **kwargs: bool
) -> tuple[tuple[float, float], Image.Image]:
    document = pdfium.PdfDocument(data)
    documents.append(document)
    assert len(document) == 1
    page = document[0]
    return page.get_size(), page.render(scale=dpi / 72, grayscale=True, **kwargs).to_pil()


# --- PNG -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("dpi", "size"), [(150, (600, 900)), (300, (1200, 1800))])
def test_png_is_4x6_at_the_requested_dpi_and_scans(dpi: int, size: tuple[int, int]) -> None:
    image = open_png(render_label(CONTENT, "image/png", dpi))
    assert image.format == "PNG"
    assert image.size == size
    assert image.mode in ("1", "L")
    # pHYs stores whole pixels per metre, so 150 dpi reads back as 150.012.
    assert image.info["dpi"] == pytest.approx((dpi, dpi), abs=0.05)
    assert decode(image) == [CONTENT.tracking_number]


@pytest.mark.parametrize("tracking_number", TRACKING_NUMBERS)
@pytest.mark.parametrize("dpi", [150, 300])
def test_png_scans_for_realistic_tracking_numbers(tracking_number: str, dpi: int) -> None:
    content = dataclasses.replace(WITH_EXTRAS, tracking_number=tracking_number)
    assert decode(open_png(render_label(content, "image/png", dpi))) == [tracking_number]


@pytest.mark.parametrize(("dpi", "smallest_module"), [(150, 2), (300, 3)])
def test_bars_are_whole_pixels_with_quiet_zones(dpi: int, smallest_module: int) -> None:
    """Bars are drawn at whole pixels per module (never resampled), with 10+ modules of white around."""
    image = open_png(render_label(CONTENT, "image/png", dpi)).convert("L")
    width, height = image.size
    pixels = image.tobytes()
    # The bars fill the band from about 73 % to 89 % of the height; every row there is the same.
    band = [pixels[y * width : (y + 1) * width] for y in range(int(height * 0.76), int(height * 0.86))]
    assert len(set(band)) == 1
    row = band[0]
    runs = [len(run) for run in re.findall(rb"\x00+|\xff+", row)]
    assert row[0] == 255  # white margin, then the frame, a white quiet zone, the symbol, and back
    _margin, _frame, quiet_left, *symbol, quiet_right, _frame2, _margin2 = runs
    module = math.gcd(*symbol)
    assert module >= smallest_module
    assert quiet_left >= 10 * module
    assert quiet_right >= 10 * module


def test_png_changes_with_brand_and_service_point() -> None:
    plain = open_png(render_label(CONTENT, "image/png", 300))
    branded = open_png(
        render_label(dataclasses.replace(CONTENT, brand_name="Trailhead Kids"), "image/png", 300)
    )
    with_point = open_png(
        render_label(dataclasses.replace(CONTENT, service_point_line="Service point: X"), "image/png", 300)
    )
    assert plain.tobytes() != branded.tobytes()
    assert plain.tobytes() != with_point.tobytes()


def test_png_rendering_is_deterministic_across_threads() -> None:
    """Fonts and barcode patterns are shared caches; concurrent renders must not disturb each other."""
    contents = [
        dataclasses.replace(WITH_EXTRAS, parcel_id=n, tracking_number=f"3SNKDA{n:09d}") for n in range(12)
    ]
    expected = [render_label(content, "image/png", 150) for content in contents]
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(lambda c: render_label(c, "image/png", 150), contents)) == expected


# --- PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", [203, 300])
def test_pdf_is_a_4x6_inch_page_that_scans(dpi: int, pdf_documents: list[Any]) -> None:
    data = render_label(CONTENT, "application/pdf", 72)
    assert data.startswith(b"%PDF-")
    (width, height), image = render_pdf(data, dpi, pdf_documents)
    assert (width, height) == pytest.approx((288.0, 432.0), abs=0.01)
    assert abs(image.width - 4 * dpi) <= 1
    assert decode(image) == [CONTENT.tracking_number]


@pytest.mark.parametrize("tracking_number", TRACKING_NUMBERS)
def test_pdf_scans_when_rasterised_like_the_app(tracking_number: str, pdf_documents: list[Any]) -> None:
    """At 203 dpi, without smoothing, thresholded to 1 bit (printing notes §2.2), ±1 dot of bar gain."""
    content = dataclasses.replace(WITH_EXTRAS, tracking_number=tracking_number)
    _, image = render_pdf(
        render_label(content, "application/pdf", 72),
        203,
        pdf_documents,
        no_smoothtext=True,
        no_smoothpath=True,
        no_smoothimage=True,
    )
    one_bit = image.convert("L").point(lambda v: 255 if v > 128 else 0, mode="1")
    assert decode(one_bit) == [tracking_number]
    # A printer head that burns every bar one dot wider, or one dot narrower.
    gray = one_bit.convert("L")
    shifted = ImageChops.offset(gray, 1, 0)
    assert decode(ImageChops.darker(gray, shifted)) == [tracking_number]
    assert decode(ImageChops.lighter(gray, shifted)) == [tracking_number]


def test_pdf_a6_page(pdf_documents: list[Any]) -> None:
    (width, height), image = render_pdf(
        render_label(CONTENT, "application/pdf", 72, page="a6"), 203, pdf_documents
    )
    assert (width, height) == pytest.approx((105 / 25.4 * 72, 148 / 25.4 * 72), abs=0.2)
    assert decode(image) == [CONTENT.tracking_number]


def test_pdf_is_made_with_pillow_not_pdfium() -> None:
    # PDFium is not thread-safe and belongs to the app; the simulator's PDFs come from Pillow.
    assert b"created by Pillow" in render_label(CONTENT, "application/pdf", 72)[:100]


# --- ZPL -------------------------------------------------------------------------------------


def test_zpl_is_one_203_dpi_4x6_format_with_a_native_code128() -> None:
    data = render_label(CONTENT, "application/zpl", 203)
    text = data.decode("utf-8")
    assert text.startswith("^XA")
    assert text.rstrip().endswith("^XZ")
    assert text.count("^XA") == 1
    assert text.count("^XZ") == 1
    for command in ("^PW812", "^LL1218", "^CI28", "^BY3"):
        assert command in text
    barcode = re.search(r"\^BCN,(\d+),Y,N,N(?:,[A-Z])?\^FD([^\^]*)\^FS", text)
    assert barcode is not None
    assert int(barcode.group(1)) >= 150  # about an inch of bar height at 203 dpi
    assert barcode.group(2) == CONTENT.tracking_number
    assert "^GF" not in text  # no bitmap anywhere: text, boxes and bars are all native
    assert "Jürgen Müller" in text  # ^CI28: UTF-8 as it is


def test_zpl_ignores_the_requested_dpi_and_page() -> None:
    assert render_label(CONTENT, "application/zpl", 300) == render_label(
        CONTENT, "application/zpl", 203, page="a6"
    )


def test_zpl_escapes_hostile_field_data() -> None:
    hostile = dataclasses.replace(
        CONTENT,
        recipient_lines=("Evil ^XZ~JR_x", "~WC^XA^FDboom", "04109 Leipzig", "Germany"),
        order_number="WEB-^PQ99",
    )
    text = render_label(hostile, "application/zpl", 203).decode("utf-8")
    assert text.count("^XA") == 1
    assert text.count("^XZ") == 1
    assert "~" not in text
    assert "^PQ99" not in text
    assert "Evil _5EXZ_7EJR_5Fx" in text
    # Every field whose data was escaped announces ^FH, so the printer decodes the escapes.
    for field in re.findall(r"\^FO[^\n]*", text):
        if "_5E" in field or "_7E" in field:
            assert "^FH^FD" in field


def test_zpl_escape() -> None:
    assert zpl_escape("a^b~c_d") == "a_5Eb_7Ec_5Fd"
    assert zpl_escape("line\nbreak\ttab") == "line break tab"
    assert zpl_escape("Straße 5") == "Straße 5"


def test_zpl_shows_brand_and_service_point_only_when_given() -> None:
    plain = render_label(CONTENT, "application/zpl", 203).decode("utf-8")
    extras = render_label(WITH_EXTRAS, "application/zpl", 203).decode("utf-8")
    assert "Trailhead Kids" not in plain
    assert "Service point:" not in plain
    assert "^FDTrailhead Kids^FS" in extras
    assert "^FDService point: Primera Centrum, Markt 12, Eindhoven^FS" in extras
    for expected in (
        "PostNL",
        "Standard",
        "Order: WEB-10023",
        "Parcel: 412345678",
        "Weight: 1.25 kg",
        "Hallenweg 12",
    ):
        assert expected in plain


def test_zpl_falls_back_to_narrower_bars_only_when_needed() -> None:
    long_number = dataclasses.replace(CONTENT, tracking_number="ABCDEFGHIJKLMNOPQRSTUVWX")
    assert "^BY2" in render_label(long_number, "application/zpl", 203).decode()


def test_zpl_renders_and_scans_with_zplkit() -> None:
    import zplkit

    # zplkit refuses printer-control commands such as ^PQ (printing notes §3.4).
    data = render_label(
        dataclasses.replace(WITH_EXTRAS, recipient_lines=("Jurgen Muller",)), "application/zpl", 203
    )
    scene = zplkit.render(data.replace(b"^PQ1\n", b"")).labels[0]
    assert decode(Image.open(io.BytesIO(scene.png()))) == [CONTENT.tracking_number]


# --- errors and text -------------------------------------------------------------------------


@pytest.mark.parametrize("mime_type", ["text/plain", "application/json", "image/jpeg"])
def test_unknown_mime_type_is_refused(mime_type: str) -> None:
    with pytest.raises(ValueError, match="unsupported label MIME type"):
        render_label(CONTENT, mime_type, 72)


def test_mime_type_parameters_and_case_are_ignored() -> None:
    assert render_label(CONTENT, "Application/ZPL; charset=utf-8", 203) == render_label(
        CONTENT, "application/zpl", 203
    )


@pytest.mark.parametrize("tracking_number", ["", "3S^XZ", "3S DRT 1", "Ü123", "A" * 49])
def test_unprintable_tracking_number_is_refused(tracking_number: str) -> None:
    with pytest.raises(ValueError, match="tracking number"):
        render_label(dataclasses.replace(CONTENT, tracking_number=tracking_number), "application/zpl", 203)


def test_png_dpi_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="dpi"):
        render_label(CONTENT, "image/png", 1200)


def test_default_font_is_scalable_and_has_the_glyphs_the_labels_use() -> None:
    from packstation.training import labels

    font = ImageFont.load_default(size=40)
    assert isinstance(font, ImageFont.FreeTypeFont)  # Pillow ≥ 10.1 with FreeType
    missing = bytes(font.getmask("\ue000"))  # a private-use code point: the font's empty box
    for glyph in [chr(c) for c in range(0x21, 0x7F)] + sorted(labels._DEFAULT_FONT_EXTRA_GLYPHS):
        assert bytes(font.getmask(glyph)) != missing, glyph


def test_text_is_folded_onto_the_default_fonts_glyphs() -> None:
    from packstation.training import labels

    assert labels._raster_text("Jürgen Müller, Hauptstraße") == "Jurgen Muller, Hauptstrasse"
    assert labels._raster_text("Łódź – Øster Æble") == "Lodz - Oster AEble"
    assert labels._raster_text("Zoë O’Brien") == "Zoe O’Brien"
    assert labels._raster_text("東京") == "??"


def test_long_lines_are_cut_not_overflowing() -> None:
    long_name = dataclasses.replace(
        CONTENT,
        recipient_lines=("Buitencentrum De Hoge Veluwe Natuur- en Recreatiepark B.V. afdeling inkoop",),
    )
    zpl = render_label(long_name, "application/zpl", 203).decode()
    assert "Buitencentrum De Hoge" in zpl
    assert "afdeling inkoop" not in zpl
    assert "..." in zpl


# --- customs declaration ---------------------------------------------------------------------


def test_customs_declaration_is_an_a4_pdf_that_scans(pdf_documents: list[Any]) -> None:
    items = [
        ("Merino base layer - men - M", 2, 139.90, "61099020"),
        ("Trekking socks 2-pack", 1, 19.95, "61159500"),
    ]
    data = render_customs_declaration(
        dataclasses.replace(
            WITH_EXTRAS,
            recipient_lines=("Oliver Smith", "12 High Street", "SE1 7PB London", "United Kingdom"),
        ),
        items=items,
        currency="GBP",
    )
    assert data.startswith(b"%PDF-")
    (width, height), image = render_pdf(data, 150, pdf_documents)
    assert (width, height) == pytest.approx((210 / 25.4 * 72, 297 / 25.4 * 72), abs=0.5)
    assert decode(image) == [CONTENT.tracking_number]


def test_customs_declaration_with_many_lines(pdf_documents: list[Any]) -> None:
    items = [(f"Item {n}", 1, 1.0, "49119900") for n in range(40)]
    (_, _), image = render_pdf(render_customs_declaration(CONTENT, items=items), 150, pdf_documents)
    assert decode(image) == [CONTENT.tracking_number]
