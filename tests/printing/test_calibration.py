"""The calibration label: media-sized, scannable Code 128 and QR, in every printer language."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from packstation.printing import PrinterLanguage, PrinterProfile
from packstation.printing.calibration import calibration_data, calibration_image, calibration_label
from packstation.printing.escpos_raster import escpos_to_image
from packstation.printing.raster import PDFIUM_LOCK
from packstation.printing.zpl import gfa_to_image
from tests.printing import read_barcodes

pdfium: Any = importlib.import_module("pypdfium2")


def profile(**fields: object) -> PrinterProfile:
    return PrinterProfile.model_validate({"url": "tcp://printer", **fields})


@pytest.mark.parametrize(
    ("dpi", "media", "orientation"),
    [
        (203, "4x6", "portrait"),
        (300, "4x6", "landscape"),
        (203, "a6", "landscape"),
        (300, "100x150mm", "portrait"),
        (600, "4x6", "portrait"),
    ],
)
def test_image_fills_the_media_and_both_codes_scan(dpi: int, media: str, orientation: str) -> None:
    printer = profile(dpi=dpi, media=media, orientation=orientation)
    image = calibration_image(printer)
    assert image.mode == "1"
    assert image.size == printer.media_dots()
    code128, qr = calibration_data(printer)
    assert read_barcodes(image) == [code128]
    assert read_barcodes(image, "QRCode") == [qr]
    # The outline: every edge pixel is ink.
    width, height = image.size
    for x, y in ((0, 0), (width - 1, 0), (0, height - 1), (width - 1, height - 1), (width // 2, 0)):
        assert image.getpixel((x, y)) == 0


@pytest.mark.parametrize("language", [PrinterLanguage.ZPL, PrinterLanguage.ESCPOS])
@pytest.mark.parametrize("dpi", [203, 300])
def test_job_decodes_back_to_the_image(language: PrinterLanguage, dpi: int) -> None:
    printer = profile(language=language, dpi=dpi)
    job = calibration_label(printer)
    assert job.language is language
    decoded = gfa_to_image(job.payload) if language is PrinterLanguage.ZPL else escpos_to_image(job.payload)
    width, height = printer.media_dots()
    assert decoded.crop((0, 0, width, height)).tobytes() == calibration_image(printer).tobytes()


def test_zpl_job_carries_darkness_and_speed_in_a_setup_format_of_their_own() -> None:
    job = calibration_label(profile(darkness=28, speed=3))
    assert job.payload.startswith(b"~SD28^XA^PR3^XZ\n^XA^PW812^LL1218")


def test_spooler_job_is_a_media_sized_pdf() -> None:
    printer = profile(language="spooler", media="a6")
    job = calibration_label(printer)
    assert job.content_type == "application/pdf"
    with PDFIUM_LOCK:  # the app's one PDFium lock, tests included
        document = pdfium.PdfDocument(job.payload)
        try:
            width, height = document.get_page_size(0)
        finally:
            document.close()
    assert width == pytest.approx(105 / 25.4 * 72, abs=0.5)
    assert height == pytest.approx(148 / 25.4 * 72, abs=0.5)


def test_small_media_leaves_out_what_does_not_fit() -> None:
    printer = profile(media="50x30mm")
    image = calibration_image(printer)
    assert image.size == printer.media_dots()
    assert read_barcodes(image) == []  # too small for the Code 128 at whole-dot modules
