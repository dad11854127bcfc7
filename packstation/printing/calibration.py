"""The built-in test print: one label that shows whether a profile matches its printer.

Drawn in dots at the profile's DPI on exactly the media's size, then sent through the same
raster path as a PDF label (so a good test print proves that path too):
- the media outline (a 1 mm frame on the media's edge: a side that is missing or doubled means
  the media size, orientation or the printer's own label width setting is wrong);
- rulers in millimetres and inches across, and in millimetres along the feed (if 50 mm on the
  ruler is not 50 mm on a real ruler, the DPI in the profile is not the printer's);
- a Code 128 and a QR code, both with whole-dot modules and full quiet zones, to check darkness
  and scanning;
- the profile in plain text, with the calibration in force: print offset, darkness, speed, gap
  and copies (issue 20). The profile's setup goes out before it as before every label, so the
  frame and rulers show where the offset puts the print.

Bars and QR modules are whole dots (notes §2.2: fractional modules do not scan). Small custom
media get whatever fits: elements that would not fit are left out rather than squeezed.
"""

from __future__ import annotations

import functools
import importlib
import io
from typing import Any, Final

from PIL import Image, ImageDraw, ImageFont

from packstation.printing.convert import CONTENT_TYPE_PDF, PrintJob, raster_job
from packstation.printing.profile import MM_PER_INCH, PrinterLanguage, PrinterProfile

CODE128_QUIET_MODULES: Final = 10  # ISO/IEC 15417
QR_QUIET_MODULES: Final = 4  # ISO/IEC 18004


def calibration_data(profile: PrinterProfile) -> tuple[str, str]:
    """(Code 128 text, QR text) printed on the calibration label for `profile`."""
    across, along = profile.media_dots()
    return (
        f"PACKSTATION-{profile.dpi}",
        f"Packstation test print {profile.dpi}dpi {profile.media.name} {across}x{along} dots",
    )


@functools.cache
def _font(px: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=px)


class _Canvas:
    def __init__(self, profile: PrinterProfile) -> None:
        self.dpi = profile.dpi
        self.width, self.height = profile.media_dots()
        self.image = Image.new("1", (self.width, self.height), 1)
        self.draw = ImageDraw.Draw(self.image)

    def mm(self, value: float) -> int:
        return round(value * self.dpi / MM_PER_INCH)

    def text(self, x: int, y: int, text: str, size_mm: float) -> int:
        """Draws one line; returns its height in dots."""
        px = max(8, self.mm(size_mm))
        self.draw.text((x, y), text, fill=0, font=_font(px))
        return round(px * 1.25)


def _outline(c: _Canvas) -> None:
    thickness = max(2, c.mm(1))
    c.draw.rectangle((0, 0, c.width - 1, c.height - 1), outline=0, width=thickness)


def _rulers(c: _Canvas, top: int) -> int:
    """A millimetre ruler and an inch ruler across the label; returns the y below them."""
    left = c.mm(4)
    usable = c.width - 2 * left
    y = top
    tick = max(1, c.dpi // 150)
    mm_count = int(usable * MM_PER_INCH / c.dpi)
    for mm in range(mm_count + 1):
        x = left + c.mm(mm)
        length = c.mm(4) if mm % 10 == 0 else c.mm(2.5) if mm % 5 == 0 else c.mm(1.5)
        c.draw.rectangle((x, y, x + tick - 1, y + length), fill=0)
        if mm % 10 == 0 and mm:
            c.text(x + c.mm(0.5), y + c.mm(2.5), f"{mm // 10}cm", 2.0)
    y += c.mm(8)
    tenths = int(usable * 10 / c.dpi)
    for tenth in range(tenths + 1):
        x = left + round(tenth * c.dpi / 10)
        length = c.mm(4) if tenth % 10 == 0 else c.mm(2.5) if tenth % 5 == 0 else c.mm(1.5)
        c.draw.rectangle((x, y, x + tick - 1, y + length), fill=0)
        if tenth % 10 == 0 and tenth:
            c.text(x + c.mm(0.5), y + c.mm(2.5), f"{tenth // 10}in", 2.0)
    return y + c.mm(8)


def _feed_ruler(c: _Canvas, top: int) -> None:
    """A millimetre ruler down the right edge, from `top` to the bottom: checks the label length
    (the feed direction) the way the rulers above check the width."""
    right = c.width - c.mm(3)
    tick = max(1, c.dpi // 150)
    for mm in range(int((c.height - c.mm(3) - top) * MM_PER_INCH / c.dpi) + 1):
        y = top + c.mm(mm)
        length = c.mm(4) if mm % 10 == 0 else c.mm(2.5) if mm % 5 == 0 else c.mm(1.5)
        c.draw.rectangle((right - length, y, right, y + tick - 1), fill=0)


def _code128(c: _Canvas, data: str, top: int) -> int:
    """A Code 128 centred across the label; returns the y below it (unchanged if it cannot fit)."""
    barcode = importlib.import_module("barcode")
    modules: str = barcode.get_barcode_class("code128")(data).build()[0]
    # About 0.33 mm per module, at least 2 dots: 3 dots at 203 dpi, 4 at 300, 8 at 600.
    module = max(2, round(c.dpi * 0.33 / MM_PER_INCH))
    while module > 2 and (len(modules) + 2 * CODE128_QUIET_MODULES) * module > c.width - 2 * c.mm(2):
        module -= 1
    total = len(modules) * module
    height = c.mm(15)
    if (len(modules) + 2 * CODE128_QUIET_MODULES) * module > c.width or top + height > c.height:
        return top
    x0 = (c.width - total) // 2
    for index, bit in enumerate(modules):
        if bit == "1":
            x = x0 + index * module
            c.draw.rectangle((x, top, x + module - 1, top + height - 1), fill=0)
    return top + height + c.text(x0, top + height + c.mm(1), data, 3.0) + c.mm(2)


def _qr(c: _Canvas, data: str, top: int) -> int:
    """A QR code centred across the label; returns the y below it (unchanged if it cannot fit)."""
    qrcode: Any = importlib.import_module("qrcode")  # untyped; pure Python, a python-escpos dependency
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    box = max(2, round(c.dpi * 0.5 / MM_PER_INCH))  # ~0.5 mm modules
    side = len(matrix) * box
    if side + 2 * QR_QUIET_MODULES * box > c.width or top + side + QR_QUIET_MODULES * box > c.height:
        return top
    x0, y0 = (c.width - side) // 2, top + QR_QUIET_MODULES * box
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                x, y = x0 + col * box, y0 + row * box
                c.draw.rectangle((x, y, x + box - 1, y + box - 1), fill=0)
    return y0 + side + QR_QUIET_MODULES * box


def calibration_image(profile: PrinterProfile) -> Image.Image:
    """The calibration label as a 1-bit image of exactly the media's size in dots."""
    c = _Canvas(profile)
    code128_data, qr_data = calibration_data(profile)
    _outline(c)
    x, y = c.mm(4), c.mm(3)
    y += c.text(x, y, "Packstation test print", 4.0)
    for line in (
        f"{profile.dpi} dpi  {profile.language.value}  media {profile.media.name} "
        f"({profile.media.width_mm:g}x{profile.media.height_mm:g} mm) {profile.orientation.value}",
        calibration_summary(profile),
        f"{c.width}x{c.height} dots. 50 mm on the ruler must measure 50 mm.",
    ):
        y += c.text(x, y, line, 2.2)
    y = _rulers(c, y + c.mm(1))
    _feed_ruler(c, y)
    y = _code128(c, code128_data, y + c.mm(2))
    _qr(c, qr_data, y)
    return c.image


def calibration_label(profile: PrinterProfile) -> PrintJob:
    """The test print for `profile`, ready for its transport (a PDF for spooler printers)."""
    image = calibration_image(profile)
    if profile.language is PrinterLanguage.SPOOLER:
        buffer = io.BytesIO()
        # At resolution=dpi the page is exactly the media size; mode "1" is stored lossless.
        image.save(buffer, "PDF", resolution=float(profile.dpi))
        return PrintJob(
            buffer.getvalue(),
            PrinterLanguage.SPOOLER,
            CONTENT_TYPE_PDF,
            f"Calibration label ({profile.media.name}, {profile.dpi} dpi) as PDF for the OS spooler",
        )
    job = raster_job([image], profile, source="Calibration", copies=1)
    return PrintJob(job.payload, job.language, job.content_type, job.description)


def calibration_summary(profile: PrinterProfile) -> str:
    """The calibration in force, in one line: "offset top 1 mm left 0 mm, darkness 20, …"."""

    def shown(value: float | int | None, unit: str = "") -> str:
        return "printer's own" if value is None else f"{value:g}{unit}"

    return (
        f"offset top {shown(profile.offset_top_mm, ' mm')} left {shown(profile.offset_left_mm, ' mm')}, "
        f"darkness {shown(profile.darkness)}, speed {shown(profile.speed)}, "
        f"gap {profile.gap_mm:g} mm, copies {profile.copies}"
    )
