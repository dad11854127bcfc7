"""From a label file to the bytes a printer takes: the one entry point, `prepare_print_job`.

| label \\ printer | ZPL                    | TSPL / EPL2            | ESC/POS             | spooler       |
|-----------------|------------------------|------------------------|---------------------|---------------|
| ZPL             | as is, after DPI check | refused                | refused             | refused       |
| PDF             | rasterised → `^GFA` Z64 | rasterised → BITMAP/GW | rasterised → GS v 0 | the PDF as is |
| PNG             | rasterised → `^GFA` Z64 | rasterised → BITMAP/GW | rasterised → GS v 0 | the PNG as is |

The format is sniffed from the bytes, not taken from the MIME type: a label whose bytes say
something else than its MIME type is refused, since one of the two is wrong and guessing which
could print garbage. ZPL is never decoded to text: it may carry UTF-8 (^CI28) or binary
graphics, so it goes out byte for byte (notes §5.7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from PIL import Image

from packstation.printing.epl2 import image_to_epl2
from packstation.printing.errors import LabelFormatError
from packstation.printing.escpos_raster import image_to_escpos
from packstation.printing.profile import PrinterLanguage, PrinterProfile, validate_profile_pairing
from packstation.printing.raster import pdf_page_count, png_size, rasterize_pdf, rasterize_png
from packstation.printing.setup import printer_setup
from packstation.printing.tspl import image_to_tspl
from packstation.printing.zpl import GfaCompression, check_zpl_fits_printer, image_to_gfa

CONTENT_TYPE_ZPL: Final = "application/zpl"
CONTENT_TYPE_ESCPOS: Final = "application/vnd.escpos"
CONTENT_TYPE_TSPL: Final = "application/vnd.tspl"
CONTENT_TYPE_EPL2: Final = "application/vnd.epl2"
CONTENT_TYPE_PDF: Final = "application/pdf"
CONTENT_TYPE_PNG: Final = "image/png"


class LabelFormat(StrEnum):
    PDF = "pdf"
    PNG = "png"
    ZPL = "zpl"


_MIME_FORMATS: Final[dict[str, LabelFormat]] = {
    "application/pdf": LabelFormat.PDF,
    "image/png": LabelFormat.PNG,
    "application/zpl": LabelFormat.ZPL,
    "application/x-zpl": LabelFormat.ZPL,
    "text/zpl": LabelFormat.ZPL,
}
_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_FORMAT_START = re.compile(rb"\^XA", re.IGNORECASE)
_FORMAT_END = re.compile(rb"\^XZ", re.IGNORECASE)
_ZPL_SNIFF_BYTES: Final = 4096
_PRINTABLE_PREFIX = re.compile(rb"[\x20-\x7e\t\r\n]*")


@dataclass(frozen=True, slots=True)
class PrintJob:
    """Bytes ready for the printer's transport, and what they are."""

    payload: bytes
    language: PrinterLanguage
    content_type: str  # application/zpl, …/vnd.tspl, …/vnd.epl2, …/vnd.escpos, or the label's own (spooler)
    description: str  # one line for the log and the journal
    copies: int = 1  # labels the job puts out per label in it (journalled with the print)


def sniff_label_format(label: bytes) -> LabelFormat | None:
    """What the bytes are, or None.

    PDF: `%PDF-` in the first KB (the PDF spec allows junk before it). PNG: its signature. ZPL: a
    `^XA` in the first 4 KB with only printable ASCII before it, which lets through the set-up
    preambles label tools put first (`CT~~CD,~CC^~CT~`, `~SD25`, `${`…).
    """
    if b"%PDF-" in label[:1024]:
        return LabelFormat.PDF
    if label.startswith(_PNG_SIGNATURE):
        return LabelFormat.PNG
    start = _FORMAT_START.search(label, 0, _ZPL_SNIFF_BYTES)
    if start is not None and _PRINTABLE_PREFIX.fullmatch(label[: start.start()]):
        return LabelFormat.ZPL
    return None


def label_format(label: bytes, mime_type: str) -> LabelFormat:
    """The label's format, which its bytes and its MIME type must agree on.

    Raises `LabelFormatError` for empty or unrecognisable bytes, an unknown MIME type, or a
    mismatch between the two.
    """
    kind = mime_type.split(";", 1)[0].strip().lower()
    declared = _MIME_FORMATS.get(kind)
    if declared is None:
        raise LabelFormatError(
            f"Unsupported label type {mime_type!r}; labels are application/pdf, image/png or application/zpl."
        )
    if not label:
        raise LabelFormatError("The label file is empty.")
    actual = sniff_label_format(label)
    if actual is None:
        raise LabelFormatError(
            f"The label file is not a PDF, PNG or ZPL label (it should be {declared.value.upper()}; "
            f"it starts with {label[:16]!r})."
        )
    if actual is not declared:
        raise LabelFormatError(
            f"The label claims to be {declared.value.upper()} but its bytes are {actual.value.upper()}."
        )
    return actual


def _zpl_format_count(label: bytes) -> int:
    starts, ends = len(_FORMAT_START.findall(label)), len(_FORMAT_END.findall(label))
    if starts != ends:
        # A cut-off download would leave the printer waiting for ^XZ, holding a partial format.
        raise LabelFormatError(f"The ZPL label is incomplete: {starts} ^XA but {ends} ^XZ.")
    return starts


def prepare_print_job(
    label: bytes, mime_type: str, profile: PrinterProfile, *, compression: GfaCompression = "z64"
) -> PrintJob:
    """The job that prints `label` on the profile's printer, or a clear refusal.

    Raises `LabelFormatError` (malformed or mislabelled bytes), `UnsupportedPairingError` (ZPL
    for a TSPL, EPL2, ESC/POS or spooler printer: ask for PDF or PNG labels instead) and
    `ZplDpiMismatchError` (ZPL made for another DPI).
    `compression="ascii"` is for old ZPL firmware without Z64 (notes §3.2).
    """
    fmt = label_format(label, mime_type)
    if fmt is LabelFormat.ZPL:
        validate_profile_pairing(profile, CONTENT_TYPE_ZPL)
        formats = _zpl_format_count(label)
        dpi = check_zpl_fits_printer(label, profile)
        # The label itself goes out byte for byte; the setup is a format of its own before it, and
        # copies are the same bytes again (adding a ^PQ would change the carrier's label).
        what = f"ZPL label ({dpi} dpi, {formats} format(s), {len(label)} bytes) sent as is"
        return _with_setup(label * profile.copies, profile, profile.copies, CONTENT_TYPE_ZPL, what)
    if profile.language is PrinterLanguage.SPOOLER:
        if fmt is LabelFormat.PDF:
            # Opened once here so a corrupt PDF fails now, not silently in a print queue.
            description = f"PDF label ({pdf_page_count(label)} page(s)) handed to the OS spooler"
        else:
            width, height = png_size(label)
            description = f"PNG label ({width}×{height} px) handed to the OS spooler"
        content_type = CONTENT_TYPE_PDF if fmt is LabelFormat.PDF else CONTENT_TYPE_PNG
        return PrintJob(label, PrinterLanguage.SPOOLER, content_type, description)
    images = rasterize_pdf(label, profile) if fmt is LabelFormat.PDF else [rasterize_png(label, profile)]
    return raster_job(images, profile, source=fmt.value.upper(), compression=compression)


def raster_job(
    images: list[Image.Image],
    profile: PrinterProfile,
    *,
    source: str,
    compression: GfaCompression = "z64",
    copies: int | None = None,
) -> PrintJob:
    """1-bit images (one per label, already media-sized) as a ZPL, TSPL, EPL2 or ESC/POS job, with
    the profile's setup (`setup.printer_setup`) first and `copies` of each label (default: the
    profile's) asked of the printer in its own language."""
    if not images:
        raise LabelFormatError(f"The {source} label has nothing to print.")
    copies = profile.copies if copies is None else copies
    width, height = images[0].size
    where = f"{len(images)} page(s) at {profile.dpi} dpi, {width}×{height} dots, {profile.media.name} media"
    language = profile.language
    if language is PrinterLanguage.ZPL:
        body = b"".join(image_to_gfa(image, compression=compression, quantity=copies) for image in images)
        how, content_type = f"ZPL ^GFA {compression.upper()}", CONTENT_TYPE_ZPL
    elif language is PrinterLanguage.TSPL:
        media_mm, gap = profile.media_mm(), profile.gap_mm
        body = b"".join(image_to_tspl(i, media_mm=media_mm, gap_mm=gap, copies=copies) for i in images)
        how, content_type = "TSPL BITMAP", CONTENT_TYPE_TSPL
    elif language is PrinterLanguage.EPL2:
        gap_dots = profile.mm_to_dots(profile.gap_mm)
        body = b"".join(image_to_epl2(image, gap_dots=gap_dots, copies=copies) for image in images)
        how, content_type = "EPL2 GW", CONTENT_TYPE_EPL2
    elif language is PrinterLanguage.ESCPOS:
        # ESC/POS has no quantity: the raster goes out once per copy.
        body = b"".join(image_to_escpos(image, initialize=i == 0) for i, image in enumerate(images)) * copies
        how, content_type = "ESC/POS GS v 0", CONTENT_TYPE_ESCPOS
    else:
        raise LabelFormatError(f"A raster image cannot be sent to a {language.value} printer.")
    return _with_setup(body, profile, copies, content_type, f"{source} label rasterised ({where}) as {how}")


def _with_setup(body: bytes, profile: PrinterProfile, copies: int, content_type: str, what: str) -> PrintJob:
    setup = printer_setup(profile)
    payload = setup + body
    notes = [f"{len(payload)} bytes"]
    if copies > 1:
        notes.append(f"{copies} copies")
    if setup:
        notes.append(f"after a {len(setup)}-byte printer setup")
    return PrintJob(payload, profile.language, content_type, f"{what}, {', '.join(notes)}", copies)
