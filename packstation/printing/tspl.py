"""TSPL (TSC and most budget 4×6 thermal printers): 1-bit image ⇄ a `BITMAP` label, and the
printer's one-byte status answer.

A label is `SIZE` (media across × along, in mm) and `GAP` (the gap between labels; `GAP 0,0` is
continuous media) from the printer profile, `DIRECTION 0` and `REFERENCE 0,0` (both persist in
the printer, so a previous program's values are reset), `CLS`, one `BITMAP x,y,bytes,rows,0,`
followed by the raw rows, and `PRINT 1,n`. In `BITMAP` data a 0 bit prints a black dot and rows
are padded to whole bytes with white: exactly Pillow's own mode "1" packing (TSPL/TSPL2
Programming Manual, BITMAP; mode 0 = overwrite).

Calibration (`DENSITY`, `SPEED`, `SHIFT x,y`) is not part of the label: `printing.setup` sends it
as its own lines before the label. `GAPDETECT` measures the media and gap (calibrate media).

Status: `<ESC>!?` is answered at once, even mid-job, with one byte of flags (TSPL manual,
"<ESC>!?"); `status.parse_tspl_status` reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from PIL import Image

from packstation.printing.errors import LabelFormatError, LabelTooLargeError
from packstation.printing.status import TSPL_STATUS_COMMAND

STATUS_QUERY: Final = TSPL_STATUS_COMMAND
CALIBRATE_MEDIA: Final = b"GAPDETECT\r\n"
_CRLF: Final = b"\r\n"


def _mm(value: float) -> str:
    return f"{round(value, 2):g} mm"


def image_to_tspl(
    image: Image.Image, *, media_mm: tuple[float, float], gap_mm: float, copies: int = 1
) -> bytes:
    """A TSPL job printing a mode "1" image (one pixel per dot) at the label's top left.

    `media_mm` is (across the head, along the feed); the image is already sized to it.
    """
    if image.mode != "1":
        raise ValueError(f"a printer raster needs a 1-bit image, not mode {image.mode!r}")
    if not 1 <= copies <= 65535:
        raise ValueError(f"copies must be 1-65535, not {copies}")
    per_row = (image.width + 7) // 8
    gap = f"GAP {_mm(gap_mm)},0 mm" if gap_mm > 0 else "GAP 0,0"
    head = (
        f"SIZE {_mm(media_mm[0])},{_mm(media_mm[1])}\r\n{gap}\r\n"
        f"DIRECTION 0\r\nREFERENCE 0,0\r\nCLS\r\n"
        f"BITMAP 0,0,{per_row},{image.height},0,"
    ).encode("ascii")
    # Pillow's "1" rows are padded with 0 bits, which TSPL prints black: pad the image instead.
    padded = image if image.width == per_row * 8 else _pad(image, per_row * 8)
    return head + padded.tobytes() + _CRLF + f"PRINT 1,{copies}\r\n".encode("ascii")


def _pad(image: Image.Image, width: int) -> Image.Image:
    canvas = Image.new("1", (width, image.height), 1)
    canvas.paste(image, (0, 0))
    return canvas


# --- decoder (the virtual printer's preview, and the tests' strict reader) ----------------------

_NUMBER: Final = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(mm|dot)?\s*", re.IGNORECASE)


@dataclass
class TsplLabel:
    """What one TSPL job drew and asked for, as a printer would read it."""

    images: list[Image.Image] = field(default_factory=list)  # one per PRINT, media-sized
    labels: int = 0  # labels that came out (PRINT m,n: m × n)
    size_dots: tuple[int, int] | None = None
    gap_dots: int | None = None
    shift: tuple[int, int] = (0, 0)  # SHIFT x,y: where the print moves, in dots
    density: int | None = None
    speed: float | None = None
    calibrations: int = 0  # GAPDETECT / AUTODETECT


def _length(text: str, dpi: int, *, inches_default: bool) -> int:
    match = _NUMBER.fullmatch(text)
    if match is None:
        raise LabelFormatError(f"TSPL: {text!r} is not a length")
    value, unit = float(match[1]), (match[2] or "").lower()
    if unit == "dot":
        return round(value)
    if unit == "mm":
        return round(value * dpi / 25.4)
    return round(value * dpi) if inches_default else round(value)


def _ints(params: str, command: str) -> list[int]:
    try:
        return [int(part.strip()) for part in params.split(",")]
    except ValueError:
        raise LabelFormatError(f"TSPL {command}: bad parameters {params!r}") from None


def parse_tspl(data: bytes, *, dpi: int, max_dots: int | None = None) -> TsplLabel:
    """Read a TSPL job: its setup, its `BITMAP`s drawn onto `SIZE`-sized pages, its `PRINT`s.

    Only what the station sends is understood (SIZE, GAP, DIRECTION 0, REFERENCE, CLS, BITMAP,
    PRINT, DENSITY, SPEED, SHIFT, GAPDETECT); any other command raises `LabelFormatError`, as a
    strict reader for tests should. `SHIFT` moves every page printed after it.
    """
    label = TsplLabel()
    page: Image.Image | None = None
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        line_end = len(data) if end < 0 else end
        line = data[pos:line_end].rstrip(b"\r").decode("ascii", "replace").strip()
        if not line:
            pos = line_end + 1
            continue
        word, _, params = line.partition(" ")
        word = word.upper()
        if word == "BITMAP":
            pos = _bitmap(data, pos, label, page, max_dots)
            continue
        pos = line_end + 1
        if word == "SIZE":
            across, _, along = params.partition(",")
            label.size_dots = (
                _length(across, dpi, inches_default=True),
                _length(along, dpi, inches_default=True),
            )
            _check_size(label.size_dots, max_dots)
        elif word == "GAP":
            gap, _, _offset = params.partition(",")
            label.gap_dots = _length(gap, dpi, inches_default=True)
        elif word == "CLS":
            if label.size_dots is None:
                raise LabelFormatError("TSPL: CLS before SIZE")
            page = Image.new("1", label.size_dots, 1)
        elif word == "PRINT":
            if page is None:
                raise LabelFormatError("TSPL: PRINT with nothing drawn (no CLS)")
            counts = _ints(params or "1", word)
            label.labels += counts[0] * (counts[1] if len(counts) > 1 else 1)
            label.images.append(_shifted(page, label.shift))
        elif word == "DENSITY":
            label.density = _ints(params, word)[0]
        elif word == "SPEED":
            label.speed = float(params)
        elif word == "SHIFT":
            values = _ints(params, word)
            label.shift = (values[0], values[1]) if len(values) > 1 else (0, values[0])
        elif word in ("GAPDETECT", "AUTODETECT"):
            label.calibrations += 1
        elif word == "DIRECTION":
            if _ints(params, word)[0] != 0:
                raise LabelFormatError("TSPL: only DIRECTION 0 is understood here")
        elif word != "REFERENCE":
            raise LabelFormatError(f"TSPL: unexpected command {word!r}")
    return label


def _bitmap(data: bytes, pos: int, label: TsplLabel, page: Image.Image | None, max_dots: int | None) -> int:
    """Draws one `BITMAP x,y,bytes,rows,mode,<data>` onto `page`; returns the position after it."""
    header_end = pos
    commas = 0
    while commas < 5:  # the data starts right after the fifth comma
        header_end = data.find(b",", header_end + 1)
        if header_end < 0:
            raise LabelFormatError("TSPL: a BITMAP header is truncated")
        commas += 1
    header = data[pos:header_end].decode("ascii", "replace").split(" ", 1)[1]
    x, y, per_row, rows, mode = _ints(header, "BITMAP")
    if per_row < 1 or rows < 1:
        raise LabelFormatError(f"TSPL: BITMAP of {per_row} bytes × {rows} rows")
    if max_dots is not None and (per_row * 8 > max_dots or rows > max_dots):
        raise LabelTooLargeError(f"TSPL: a BITMAP of {per_row * 8}×{rows} dots; at most {max_dots}")
    start = header_end + 1
    end = start + per_row * rows
    if end > len(data):
        raise LabelFormatError("TSPL: BITMAP data is truncated")
    if page is None:
        raise LabelFormatError("TSPL: BITMAP before CLS")
    if mode != 0:
        raise LabelFormatError("TSPL: only BITMAP mode 0 (overwrite) is understood here")
    graphic = Image.frombytes("1", (per_row * 8, rows), data[start:end])
    page.paste(graphic, (x, y))
    return end


def _shifted(page: Image.Image, shift: tuple[int, int]) -> Image.Image:
    if shift == (0, 0):
        return page.copy()
    moved = Image.new("1", page.size, 1)
    moved.paste(page, shift)
    return moved


def _check_size(size: tuple[int, int], max_dots: int | None) -> None:
    if min(size) < 1:
        raise LabelFormatError(f"TSPL: SIZE of {size[0]}×{size[1]} dots")
    if max_dots is not None and max(size) > max_dots:
        raise LabelTooLargeError(f"TSPL: SIZE of {size[0]}×{size[1]} dots; at most {max_dots} a side")
