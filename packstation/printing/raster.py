"""PDF and PNG labels → 1-bit images sized exactly to the printer's media, one pixel per dot.

Steps (notes §2.1, §2.2, §5.2, §5.3):
1. Render at the printer's native DPI: PDF pages with pypdfium2 at `scale = dpi / 72` with all
   anti-aliasing off; PNGs resampled from their own DPI only when it differs.
2. Rotate 90° when the label fits the loaded media better that way (a portrait page on
   landscape-loaded media).
3. Fit to the media: an over-size page whose printed part fits is cropped around the ink (bars
   keep their exact width; an A6 page is 840 dots wide at 203 dpi, the 4 in media 812); only
   when the ink itself is too big is the page scaled down, never up.
4. Threshold to 1 bit. Never dither: dithering frays barcode bar edges (notes §5.6).

PDFium is not thread-safe, not even with different documents (notes §2.2, pypdfium2 docs), and
QtPdf is PDFium too: every pypdfium2 call in the app goes through `PDFIUM_LOCK`. Other modules
that use pypdfium2 must take the same lock.
"""

from __future__ import annotations

import importlib
import io
import logging
import threading
from collections.abc import Callable
from typing import Any, Final

from PIL import Image, ImageChops, UnidentifiedImageError

from packstation.printing.errors import LabelFormatError, LabelTooLargeError
from packstation.printing.profile import PrinterProfile

_log = logging.getLogger(__name__)

PDFIUM_LOCK: Final = threading.Lock()
"""Serialises every pypdfium2 call in the process (PDFium is not thread-safe)."""

# Grey levels below this are ink. Labels are black on white, so the exact value hardly matters;
# mid-grey keeps a bar's edge pixel on whichever side it mostly covers (notes §2.2). It is the
# cut Pillow's convert("1", dither=NONE) makes, ten times faster than a lookup table.
THRESHOLD: Final = 128

# Pillow refuses bigger images as decompression bombs; a label is ~1-4 Mpx.
_MAX_PNG_PIXELS: Final = 40_000_000
# A PDF label is checked before PDFium renders it: a 432-byte PDF with a 7,200 pt page took 1.2 GB,
# and one of 2,000 pages made a 2,000-label job. A label is 1 page (a customs declaration 2-3).
MAX_PDF_PAGES: Final = 4
# A page may be at most this many times the media's longer side, each way, and never less than A4
# (customs declarations come as A4 for thermal media too): anything the crop or the scale-down
# handles, nothing PDFium would need gigabytes for.
MAX_PAGE_TO_MEDIA: Final = 2.0
_A4_LONG_SIDE_PT: Final = 842.0
_POINTS_PER_MM: Final = 72 / 25.4
# PNGs without a DPI are taken to be Sendcloud's default PNG resolution.
DEFAULT_PNG_DPI: Final = 300

Renderer = Callable[[float], Image.Image]  # scale relative to native DPI → grayscale image


def _pdfium() -> Any:
    # pypdfium2 ships no type information; imported this way it is Any whatever mypy's overrides say.
    return importlib.import_module("pypdfium2")


def threshold(gray: Image.Image) -> Image.Image:
    """A hard threshold at `THRESHOLD` to mode "1", no dithering (Pillow dithers by default)."""
    return (gray if gray.mode == "L" else gray.convert("L")).convert("1", dither=Image.Dither.NONE)


def packed_rows(image: Image.Image) -> tuple[bytes, int]:
    """(rows of 8 dots per byte, MSB first, 1 = black; bytes per row) for a mode "1" image.

    Both ZPL ^GF and ESC/POS GS v 0 want a set bit for a black dot while Pillow's "1" stores black
    as 0 (notes §3.2): Pillow's inverted packer ("1;I") does both in C, padding each row to a
    whole byte with white (0) bits.
    """
    if image.mode != "1":
        raise ValueError(f"a printer raster needs a 1-bit image, not mode {image.mode!r}")
    if image.width < 1 or image.height < 1:
        raise ValueError("a printer raster needs at least one dot")
    return image.tobytes("raw", "1;I"), (image.width + 7) // 8


def unpack_rows(raw: bytes, per_row: int) -> Image.Image:
    """The inverse of `packed_rows`, `per_row * 8` dots wide (the padding shows as white)."""
    return Image.frombytes("1", (per_row * 8, len(raw) // per_row), raw, "raw", "1;I")


def _open_pdf(data: bytes) -> Any:
    pdfium = _pdfium()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise LabelFormatError(f"The PDF label cannot be opened: {exc}") from exc


def _render_page(page: Any, scale: float, rotation: int) -> Image.Image:
    """One page as 8-bit grey at `scale` pixels per point, anti-aliasing off. Hold the lock."""
    bitmap = page.render(
        scale=scale,
        rotation=rotation,
        grayscale=True,
        no_smoothtext=True,
        no_smoothpath=True,
        no_smoothimage=True,
    )
    # grayscale=True gives mode "L" sharing the bitmap's ctypes-owned buffer (safe to keep).
    image: Image.Image = bitmap.to_pil()
    return image if image.mode == "L" else image.convert("L")


def pdf_page_count(data: bytes) -> int:
    """How many pages a PDF has; raises `LabelFormatError` for bytes PDFium cannot open and
    `LabelTooLargeError` for more than `MAX_PDF_PAGES` (the spooler would print them all)."""
    with PDFIUM_LOCK:
        document = _open_pdf(data)
        try:
            return _checked_page_count(document)
        finally:
            document.close()


def _checked_page_count(document: Any) -> int:
    pages = len(document)
    if pages > MAX_PDF_PAGES:
        raise LabelTooLargeError(
            f"The PDF label has {pages} pages; a label has at most {MAX_PDF_PAGES}. It was not printed."
        )
    return pages


def max_page_points(profile: PrinterProfile) -> float:
    """The longest side a PDF page may have for this profile's media, in points."""
    media = profile.media
    return max(MAX_PAGE_TO_MEDIA * max(media.width_mm, media.height_mm) * _POINTS_PER_MM, _A4_LONG_SIDE_PT)


def _check_page_size(index: int, width: float, height: float, profile: PrinterProfile) -> None:
    """Refuse a page PDFium would need far too much memory for, before it is rendered."""
    if width <= 0 or height <= 0:
        raise LabelFormatError(f"PDF page {index + 1} has no size")
    limit = max_page_points(profile)
    if width > limit or height > limit:
        raise LabelTooLargeError(
            f"PDF page {index + 1} is {width / _POINTS_PER_MM:.0f}×{height / _POINTS_PER_MM:.0f} mm; "
            f"a label on {profile.media.name} media may be at most {limit / _POINTS_PER_MM:.0f} mm each "
            "way. It was not printed."
        )


def render_pdf_page(data: bytes, page_index: int, scale: float, *, rotation: int = 0) -> Image.Image:
    """One PDF page as an 8-bit grey image at `scale` pixels per point (the bare render)."""
    with PDFIUM_LOCK:
        document = _open_pdf(data)
        try:
            page = document[page_index]
            try:
                return _render_page(page, scale, rotation)
            finally:
                page.close()
        finally:
            document.close()


def _rotate_better(page_w: float, page_h: float, across: int, along: int) -> bool:
    """True when the page turned 90° fits the media at a larger scale than upright."""
    upright = min(across / page_w, along / page_h)
    turned = min(across / page_h, along / page_w)
    return turned > upright * 1.001


def rasterize_pdf(data: bytes, profile: PrinterProfile) -> list[Image.Image]:
    """Every page of a PDF label as a 1-bit image of exactly the media's size in dots."""
    across, along = profile.media_dots()
    native = profile.dpi / 72
    images: list[Image.Image] = []
    with PDFIUM_LOCK:  # held for the whole document: one open, every page, then close
        document = _open_pdf(data)
        try:
            for index in range(_checked_page_count(document)):
                page = document[index]
                try:
                    page_w, page_h = page.get_size()
                    _check_page_size(index, page_w, page_h, profile)
                    rotation = 90 if _rotate_better(page_w, page_h, across, along) else 0

                    def render(relative: float, page: Any = page, rotation: int = rotation) -> Image.Image:
                        return _render_page(page, native * relative, rotation)

                    images.append(fit_to_media(render, across, along))
                finally:
                    page.close()
        except _pdfium().PdfiumError as exc:  # a page PDFium cannot load or draw
            raise LabelFormatError(f"The PDF label cannot be rendered: {exc}") from exc
        finally:
            document.close()
    if not images:
        raise LabelFormatError("The PDF label has no pages")
    return images


def rasterize_png(data: bytes, profile: PrinterProfile) -> Image.Image:
    """A PNG label as a 1-bit image of exactly the media's size in dots."""
    source = _open_png(data)
    png_dpi = _png_dpi(source)
    across, along = profile.media_dots()
    gray = _flatten(source)
    if _rotate_better(gray.width, gray.height, across, along):
        gray = gray.transpose(Image.Transpose.ROTATE_270)  # 90° clockwise, as PDFium's rotation=90
    native = profile.dpi / png_dpi
    if native != 1:
        # Only a PNG at another DPI than the printer's is resampled (notes §5.2: avoid when a
        # vector or native format exists). Box filtering averages whole source pixels, so the
        # threshold puts each bar edge where most of its ink is.
        _log.info("resampling a %d dpi PNG label for a %d dpi printer", png_dpi, profile.dpi)

    def render(relative: float) -> Image.Image:
        factor = native * relative
        if factor == 1:
            return gray
        size = (max(1, round(gray.width * factor)), max(1, round(gray.height * factor)))
        return gray.resize(size, Image.Resampling.BOX)

    return fit_to_media(render, across, along)


def png_size(data: bytes) -> tuple[int, int]:
    """A PNG's size in pixels, after reading it whole (so a corrupt file fails here)."""
    return _open_png(data).size


def _open_png(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data), formats=["PNG"]) as source:
            if source.width * source.height > _MAX_PNG_PIXELS:
                raise LabelFormatError(f"The PNG label is too large ({source.width}×{source.height} px)")
            source.load()
            return source.copy()  # keeps `info` (the DPI); the file-backed original is closed
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise LabelFormatError(f"The PNG label cannot be read: {exc}") from exc


def _png_dpi(image: Image.Image) -> int:
    dpi = image.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and isinstance(dpi[0], int | float) and 50 <= dpi[0] <= 1200:
        return round(dpi[0])
    return DEFAULT_PNG_DPI


def _flatten(image: Image.Image) -> Image.Image:
    """Grey on white: transparent pixels are paper, not ink (notes §2.2's QtPdf trap, same here)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    return image.convert("L")


def _ink_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """The bounding box of the black dots of a 1-bit image, or None for a blank page."""
    # getbbox() finds non-zero (white) pixels; ImageChops.invert is wrong for mode "1", so via "L".
    return ImageChops.invert(image.convert("L")).getbbox()


def fit_to_media(render: Renderer, across: int, along: int) -> Image.Image:
    """The rendered label on a white `across`×`along` canvas: as is, cropped, or scaled down.

    `render(1.0)` is the label at the printer's DPI; `render(f)` the same at `f` times that size.
    """
    image = threshold(render(1.0))
    if image.width > across or image.height > along:
        box = _ink_box(image) or (0, 0, min(image.width, across), min(image.height, along))
        ink_w, ink_h = box[2] - box[0], box[3] - box[1]
        if ink_w > across or ink_h > along:
            # The printed part itself is too big: scale the page down (bars get thinner, which is
            # why this is the last resort). Rounding of the rendered size is absorbed by the crop.
            factor = min(across / ink_w, along / ink_h)
            _log.info("label scaled to %.1f %% to fit the media", factor * 100)
            image = threshold(render(factor))
            box = _ink_box(image) or (0, 0, image.width, image.height)
        image = image.crop(_window(image.size, box, across, along))
    if image.size == (across, along):
        return image
    canvas = Image.new("1", (across, along), 1)
    # Centred on the media: a page smaller than the media keeps equal margins on both sides.
    canvas.paste(image, ((across - image.width) // 2, (along - image.height) // 2))
    return canvas


def _window(
    size: tuple[int, int], box: tuple[int, int, int, int], across: int, along: int
) -> tuple[int, int, int, int]:
    """A crop of at most `across`×`along` around the ink: the whole page if it fits, else centred
    on the ink and kept inside the page so the page's own margins are used first."""

    def span(length: int, low: int, high: int, limit: int) -> tuple[int, int]:
        if length <= limit:
            return 0, length
        start = (low + high) // 2 - limit // 2
        start = max(0, min(start, length - limit))
        start = min(start, low)  # never cut ink on the low side
        return start, start + limit

    x0, x1 = span(size[0], box[0], box[2], across)
    y0, y1 = span(size[1], box[1], box[3], along)
    return x0, y0, x1, y1
