"""PDF/PNG → 1-bit media-sized rasters: size, crop-before-scale, rotation, threshold, the lock."""

from __future__ import annotations

import dataclasses
import io
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image, ImageChops, ImageDraw

from packstation.printing import LabelFormatError, PrinterProfile
from packstation.printing.raster import (
    PDFIUM_LOCK,
    rasterize_pdf,
    rasterize_png,
    render_pdf_page,
    threshold,
)
from packstation.training.labels import render_label, render_labels
from tests.printing import CONTENT, read_barcodes

PDF_4X6 = render_label(CONTENT, "application/pdf", 72)
PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")


def profile(**fields: object) -> PrinterProfile:
    return PrinterProfile.model_validate({"url": "tcp://zebra", **fields})


def _ink_width(image: Image.Image) -> int:
    box = threshold(image).point(lambda v: 255 - v).getbbox()
    assert box is not None
    return box[2] - box[0]


@pytest.mark.parametrize("media", ["4x6", "100x150mm"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("pdf", [PDF_4X6, PDF_A6], ids=["page-4x6", "page-a6"])
def test_pdf_fills_exactly_the_media_and_scans(pdf: bytes, dpi: int, orientation: str, media: str) -> None:
    printer = profile(dpi=dpi, orientation=orientation, media=media)
    (image,) = rasterize_pdf(pdf, printer)
    assert image.mode == "1"
    assert image.size == printer.media_dots()
    assert read_barcodes(image) == [CONTENT.tracking_number]


def test_a6_page_on_4in_media_is_cropped_not_scaled() -> None:
    """840 dots of A6 page on 812 dots of media: the white margin goes, the bars keep their width."""
    bare = render_pdf_page(PDF_A6, 0, 203 / 72)
    assert bare.width == 840  # wider than the media (notes §2.1)
    (image,) = rasterize_pdf(PDF_A6, profile(dpi=203))
    assert image.width == 812
    assert _ink_width(image.convert("L")) == _ink_width(bare)


def test_label_bigger_than_the_media_is_scaled_down_to_fit() -> None:
    printer = profile(dpi=203, media="76x102mm")
    (image,) = rasterize_pdf(PDF_4X6, printer)
    assert image.size == printer.media_dots() == (607, 815)
    ink = image.point(lambda v: 255 - v).getbbox()
    assert ink is not None
    assert ink[2] - ink[0] <= 607
    assert read_barcodes(image) == [CONTENT.tracking_number]  # bars thinner, still whole enough


def test_portrait_page_is_turned_for_landscape_media() -> None:
    upright = rasterize_pdf(PDF_4X6, profile(dpi=203))[0]
    turned = rasterize_pdf(PDF_4X6, profile(dpi=203, orientation="landscape"))[0]
    assert turned.size == (1218, 812)
    assert turned.transpose(Image.Transpose.ROTATE_90).tobytes() == upright.tobytes()


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("gain", ["thicker", "thinner"])
def test_bars_survive_one_dot_of_print_gain(dpi: int, gain: str) -> None:
    """Every bar one dot wider (ink spread) or narrower (a light head) still scans (notes §4.5)."""
    (image,) = rasterize_pdf(PDF_A6, profile(dpi=dpi))
    shifted = ImageChops.offset(image, 1, 0)
    # In mode "1" black is 0: darker() spreads black by a dot, lighter() eats a dot of it.
    perturbed = ImageChops.darker(image, shifted) if gain == "thicker" else ImageChops.lighter(image, shifted)
    assert perturbed.tobytes() != image.tobytes()
    assert read_barcodes(perturbed) == [CONTENT.tracking_number]


def test_every_pdf_page_becomes_a_label() -> None:
    second = dataclasses.replace(CONTENT, tracking_number="1Z999AA10123456784")
    pages = rasterize_pdf(render_labels([CONTENT, second], "application/pdf", 72), profile())
    assert [read_barcodes(page) for page in pages] == [[CONTENT.tracking_number], [second.tracking_number]]


@pytest.mark.parametrize(("png_dpi", "printer_dpi"), [(203, 203), (300, 300), (300, 203), (203, 300)])
def test_png_at_any_dpi_fills_the_media_and_scans(png_dpi: int, printer_dpi: int) -> None:
    printer = profile(dpi=printer_dpi)
    image = rasterize_png(render_label(CONTENT, "image/png", png_dpi), printer)
    assert image.size == printer.media_dots()
    assert read_barcodes(image) == [CONTENT.tracking_number]


def _png(image: Image.Image, **save: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **save)
    return buffer.getvalue()


def test_threshold_not_dither() -> None:
    """Flat grey must come out flat: dithering would scatter dots (and fray bar edges)."""
    gray = Image.new("L", (203, 203), 255)
    canvas = ImageDraw.Draw(gray)
    canvas.rectangle((0, 0, 100, 202), fill=100)  # darker than the threshold: solid black
    canvas.rectangle((101, 0, 202, 202), fill=200)  # lighter: paper
    image = rasterize_png(_png(gray, dpi=(203, 203)), profile(media="25x25mm"))
    left, right = image.crop((0, 0, 90, 190)), image.crop((110, 0, 190, 190))
    assert left.getextrema() == (0, 0)
    assert right.getextrema() in ((1, 1), (255, 255))


def test_transparent_png_background_is_paper() -> None:
    rgba = Image.new("RGBA", (203, 203), (0, 0, 0, 0))  # transparent black
    ImageDraw.Draw(rgba).rectangle((50, 50, 150, 150), fill=(0, 0, 0, 255))
    image = rasterize_png(_png(rgba, dpi=(203, 203)), profile(media="25x25mm"))
    assert image.getpixel((10, 10)) != 0
    assert image.getpixel((100, 100)) == 0


def test_png_without_dpi_is_taken_as_300_dpi() -> None:
    source = render_label(CONTENT, "image/png", 300)
    stripped = Image.open(io.BytesIO(source))
    image = rasterize_png(_png(stripped), profile(dpi=203))
    assert image.size == (812, 1218)
    assert read_barcodes(image) == [CONTENT.tracking_number]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nnot really", PDF_4X6[: len(PDF_4X6) // 3], b"", b"\x00" * 64],
    ids=["garbage", "truncated", "empty", "zeros"],
)
def test_corrupt_pdf_is_a_label_format_error(data: bytes) -> None:
    with pytest.raises(LabelFormatError) as caught:
        rasterize_pdf(data, profile())
    assert caught.value.code == "label_format_error"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\nnot a png", render_label(CONTENT, "image/png", 203)[:500], PDF_4X6],
    ids=["garbage", "truncated", "a-pdf"],
)
def test_corrupt_png_is_a_label_format_error(data: bytes) -> None:
    with pytest.raises(LabelFormatError, match="PNG"):
        rasterize_png(data, profile())


def test_pdfium_calls_wait_for_the_lock() -> None:
    """Every pypdfium2 call goes through PDFIUM_LOCK (PDFium is not thread-safe, notes §2.2)."""
    done = threading.Event()

    def work() -> None:
        rasterize_pdf(PDF_4X6, profile())
        done.set()

    with PDFIUM_LOCK:
        thread = threading.Thread(target=work)
        thread.start()
        assert not done.wait(0.3)
    thread.join(5)
    assert done.is_set()


def test_concurrent_rasterising_is_consistent() -> None:
    printer = profile(dpi=300)
    expected = rasterize_pdf(PDF_A6, printer)[0].tobytes()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: rasterize_pdf(PDF_A6, printer)[0].tobytes(), range(4)))
    assert all(result == expected for result in results)
