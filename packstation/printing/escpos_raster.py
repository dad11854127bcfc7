"""ESC/POS raster: 1-bit image ⇄ `GS v 0` raster bit-image commands (notes §1.4).

The fallback for label printers that do not speak ZPL. The bytes are exactly what python-escpos
3.1's `image(img, impl="bitImageRaster")` sends for an already-thresholded image (the tests check
byte equality against its `Dummy` printer), written here rather than called because python-escpos
3.1 configures the root logger on import and `print()`s to stdout on every image fragment
(notes §1.4, §1.6), and dithers anything that is not already 1-bit.

`GS ( L` (impl="graphics") is not used: python-escpos 3.1 corrupts its length field for fragments
over 64 KB (notes §1.4); `GS v 0` carries a label in fragments of at most 960 rows, well inside
its 4095-row limit (notes §1.7).
"""

from __future__ import annotations

from typing import Final

from PIL import Image

from packstation.printing.errors import LabelFormatError, LabelTooLargeError
from packstation.printing.raster import packed_rows, unpack_rows

ESC_INIT: Final = b"\x1b@"  # ESC @: reset modes left over from a previous job
GS_V0: Final = b"\x1dv0"
# python-escpos' default; a multiple of 24 so column-mode printers split evenly (PR #181).
FRAGMENT_HEIGHT: Final = 960
_MAX_ROWS: Final = 4095


def _fragment(raw: bytes, per_row: int, rows: int) -> bytes:
    # m = 0: normal density; xL xH = bytes per row, yL yH = rows (little endian).
    return GS_V0 + bytes((0, per_row & 0xFF, per_row >> 8, rows & 0xFF, rows >> 8)) + raw


def image_to_escpos(image: Image.Image, *, initialize: bool = True) -> bytes:
    """An ESC/POS job printing a mode "1" image one pixel per dot, in `GS v 0` fragments."""
    raw, per_row = packed_rows(image)
    if per_row > 0xFFFF:
        raise ValueError(f"an ESC/POS raster is at most 65535 bytes wide, not {per_row}")
    chunk = per_row * FRAGMENT_HEIGHT
    parts = [ESC_INIT] if initialize else []
    for start in range(0, len(raw), chunk):
        block = raw[start : start + chunk]
        parts.append(_fragment(block, per_row, len(block) // per_row))
    return b"".join(parts)


def escpos_to_image(data: bytes, *, max_dots: int | None = None) -> Image.Image:
    """The `GS v 0` rasters in an ESC/POS job, stacked top to bottom as one 1-bit image.

    Accepts `ESC @` between fragments and nothing else: this is the preview of raster labels, not
    an ESC/POS interpreter. Density modes 1-3 (double width/height) are scaled back to dots.
    Raises `LabelFormatError` for anything it cannot account for.
    """
    fragments: list[Image.Image] = []
    pos = 0
    while pos < len(data):
        if data.startswith(ESC_INIT, pos):
            pos += len(ESC_INIT)
            continue
        if not data.startswith(GS_V0, pos):
            raise LabelFormatError(f"unexpected ESC/POS byte 0x{data[pos]:02X} at offset {pos}")
        header = data[pos + 3 : pos + 8]
        if len(header) < 5:
            raise LabelFormatError("an ESC/POS GS v 0 header is truncated")
        mode, per_row, rows = header[0], header[1] | header[2] << 8, header[3] | header[4] << 8
        if mode not in (0, 1, 2, 3, 48, 49, 50, 51) or per_row < 1 or not 1 <= rows <= _MAX_ROWS:
            raise LabelFormatError(f"an ESC/POS GS v 0 header is invalid: m={mode}, x={per_row}, y={rows}")
        start = pos + 8
        end = start + per_row * rows
        if end > len(data):
            raise LabelFormatError("an ESC/POS GS v 0 raster is truncated")
        if max_dots is not None and per_row * 8 > max_dots:
            raise LabelTooLargeError(f"an ESC/POS raster is {per_row * 8} dots wide; at most {max_dots}")
        image = unpack_rows(data[start:end], per_row)
        scale_x, scale_y = (2 if mode & 1 else 1), (2 if mode & 2 else 1)
        if scale_x > 1 or scale_y > 1:
            image = image.resize((image.width * scale_x, image.height * scale_y), Image.Resampling.NEAREST)
        fragments.append(image)
        pos = end
    if not fragments:
        raise LabelFormatError("the ESC/POS data holds no GS v 0 raster image")
    width = max(f.width for f in fragments)
    height = sum(f.height for f in fragments)
    if max_dots is not None and (width > max_dots or height > max_dots):
        raise LabelTooLargeError(f"the image would be {width}×{height} dots; at most {max_dots} a side")
    canvas = Image.new("1", (width, height), 1)
    top = 0
    for fragment in fragments:
        canvas.paste(fragment, (0, top))
        top += fragment.height
    return canvas
