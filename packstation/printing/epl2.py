"""EPL2 (Zebra LP/TLP 2844 and other EPL-only printers): 1-bit image ⇄ a `GW` graphic label.

A label is a leading line break (ends any half-received command), `N` (clear the image buffer),
`q` (label width in dots), `Q` (label length and gap in dots; gap 0 is continuous media) from the
printer profile, one `GWx,y,bytes,rows,` followed by the raw rows, and `P1,n` (EPL2 Programmer's
Manual: N, q, Q, GW, P). In `GW` data a 0 bit prints a black dot and rows are padded to whole
bytes: exactly Pillow's own mode "1" packing.

Calibration (`D` density, `S` speed, `R` reference point) is not part of the label:
`printing.setup` sends it as its own lines before the label. `R` only moves the print right and
down, so EPL2 offsets cannot be negative. `xa` measures the media (AutoSense, calibrate media).

EPL2 has no status query the station can rely on (`^ee` answers only some error states): an EPL2
printer's status is "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from PIL import Image

from packstation.printing.errors import LabelFormatError, LabelTooLargeError

CALIBRATE_MEDIA: Final = b"\r\nxa\r\n"


def image_to_epl2(image: Image.Image, *, gap_dots: int, copies: int = 1) -> bytes:
    """An EPL2 job printing a mode "1" image (one pixel per dot) at the label's top left; the
    image is already sized to the media, so `q`/`Q` are its width and height."""
    if image.mode != "1":
        raise ValueError(f"a printer raster needs a 1-bit image, not mode {image.mode!r}")
    if not 1 <= copies <= 65535:
        raise ValueError(f"copies must be 1-65535, not {copies}")
    per_row = (image.width + 7) // 8
    padded = image
    if image.width != per_row * 8:  # pad with white: Pillow pads its rows with 0 bits, black here
        padded = Image.new("1", (per_row * 8, image.height), 1)
        padded.paste(image, (0, 0))
    head = (
        f"\r\nN\r\nq{image.width}\r\nQ{image.height},{gap_dots}\r\nGW0,0,{per_row},{image.height},"
    ).encode("ascii")
    return head + padded.tobytes() + f"\r\nP1,{copies}\r\n".encode("ascii")


@dataclass
class Epl2Label:
    """What one EPL2 job drew and asked for, as a printer would read it."""

    images: list[Image.Image] = field(default_factory=list)  # one per P, media-sized
    labels: int = 0  # labels that came out (Pp1,p2: p1 × p2)
    width_dots: int | None = None
    length_dots: int | None = None
    gap_dots: int | None = None
    reference: tuple[int, int] = (0, 0)  # R x,y
    density: int | None = None
    speed: int | None = None
    calibrations: int = 0  # xa


def _ints(params: str, command: str) -> list[int]:
    try:
        return [int(part.strip()) for part in params.split(",")]
    except ValueError:
        raise LabelFormatError(f"EPL2 {command}: bad parameters {params!r}") from None


def parse_epl2(data: bytes, *, max_dots: int | None = None) -> Epl2Label:
    """Read an EPL2 job: its setup, its `GW` graphics drawn onto `q`×`Q` pages, its `P`s.

    Only what the station sends is understood (N, q, Q, GW, P, D, S, R, xa); any other command
    raises `LabelFormatError`. `R` moves every page printed after it.
    """
    label = Epl2Label()
    page: list[tuple[int, int, Image.Image]] = []
    pos = 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        line_end = len(data) if end < 0 else end
        line = data[pos:line_end].rstrip(b"\r").decode("ascii", "replace").strip()
        if not line:
            pos = line_end + 1
            continue
        if line.startswith("GW"):
            pos = _graphic(data, pos, page, max_dots)
            continue
        pos = line_end + 1
        command, params = line[:1], line[1:]
        if line == "N":
            page = []
        elif line == "xa":
            label.calibrations += 1
        elif command == "q":
            label.width_dots = _ints(params, "q")[0]
        elif command == "Q":
            values = _ints(params, "Q")
            label.length_dots = values[0]
            label.gap_dots = values[1] if len(values) > 1 else 0
        elif command == "D":
            label.density = _ints(params, "D")[0]
        elif command == "S":
            label.speed = _ints(params, "S")[0]
        elif command == "R":
            x, y = _ints(params, "R")[:2]
            label.reference = (x, y)
        elif command == "P":
            counts = _ints(params or "1", "P")
            label.labels += counts[0] * (counts[1] if len(counts) > 1 and counts[1] else 1)
            label.images.append(_render(label, page, max_dots))
        else:
            raise LabelFormatError(f"EPL2: unexpected command {line[:10]!r}")
    return label


def _graphic(data: bytes, pos: int, page: list[tuple[int, int, Image.Image]], max_dots: int | None) -> int:
    header_end = pos
    for _ in range(4):  # the data starts right after the fourth comma
        header_end = data.find(b",", header_end + 1)
        if header_end < 0:
            raise LabelFormatError("EPL2: a GW header is truncated")
    x, y, per_row, rows = _ints(data[pos + 2 : header_end].decode("ascii", "replace"), "GW")
    if per_row < 1 or rows < 1:
        raise LabelFormatError(f"EPL2: GW of {per_row} bytes × {rows} rows")
    if max_dots is not None and (per_row * 8 > max_dots or rows > max_dots):
        raise LabelTooLargeError(f"EPL2: a GW graphic of {per_row * 8}×{rows} dots; at most {max_dots}")
    start = header_end + 1
    end = start + per_row * rows
    if end > len(data):
        raise LabelFormatError("EPL2: GW data is truncated")
    page.append((x, y, Image.frombytes("1", (per_row * 8, rows), data[start:end])))
    return end


def _render(label: Epl2Label, page: list[tuple[int, int, Image.Image]], max_dots: int | None) -> Image.Image:
    if label.width_dots is None or label.length_dots is None:
        raise LabelFormatError("EPL2: P before the label size (q and Q)")
    width, length = label.width_dots, label.length_dots
    if width < 1 or length < 1:
        raise LabelFormatError(f"EPL2: a label of {width}×{length} dots")
    if max_dots is not None and max(width, length) > max_dots:
        raise LabelTooLargeError(f"EPL2: a label of {width}×{length} dots; at most {max_dots} a side")
    canvas = Image.new("1", (width, length), 1)
    dx, dy = label.reference
    for x, y, graphic in page:
        canvas.paste(graphic, (x + dx, y + dy))
    return canvas
