"""ZPL II: 1-bit image ⇄ `^GFA` graphic field, and what resolution a carrier's ZPL was made for.

Encoding (notes §3.2, §3.3): a set bit is a black dot, rows are padded to whole bytes, and the
data is either Z64 (`:Z64:` + base64(zlib(raw)) + `:` + CRC-16/XMODEM of the base64 text, 4 hex
digits) or Zebra's ASCII compression scheme for old firmware without ZB64. Z64 is the default: the
simulator's A6 label on 4×6 in media at 203 dpi is ~11 KB on the wire, ~21 KB ASCII-compressed
and 248 KB as plain hex (bench/print_convert.py).

Printers are strict where viewers are lenient (notes §3.2, zebrafy#17/#19): a wrong CRC or a
byte count other than the real one makes the printer flash and print nothing. The encoder
therefore writes `b = c` (binary byte count = graphic field count), as Zebra's own driver does,
and the decoder here checks every count and the CRC rather than guessing.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass
from typing import Final, Literal

from PIL import Image

from packstation.printing.errors import LabelFormatError, LabelTooLargeError, ZplDpiMismatchError
from packstation.printing.profile import MediaSize, Orientation, PrinterProfile
from packstation.printing.raster import packed_rows, unpack_rows

GfaCompression = Literal["z64", "ascii"]

# Native carrier ZPL is 203 dpi whatever resolution was asked for (api notes §0, notes §5.1):
# the assumption when a label carries no evidence of its own.
CARRIER_ZPL_DPI: Final = 203

# --- encoder ---------------------------------------------------------------------------------

# zlib's fastest level. Measured on an A6 label at 203/300 dpi (bench/print_convert.py): level 1
# gives 11.4/20.2 KB of Z64 in 0.5/1.1 ms, level 6 8.8/16.2 KB in 1.4/3.0 ms, level 9 hardly less
# in 6 ms. A few KB more on a 9100 socket or USB cost nothing; milliseconds at every label do,
# and kept the conversion within 2x the bare PDF render at 300 dpi.
Z64_ZLIB_LEVEL: Final = 1


def _z64(raw: bytes) -> str:
    b64 = base64.b64encode(zlib.compress(raw, Z64_ZLIB_LEVEL))
    return f":Z64:{b64.decode('ascii')}:{binascii.crc_hqx(b64, 0):04X}"


# Repeat counts of the ASCII compression scheme: G-Y = 1-19, g-z = 20, 40, … 400 (notes §3.2).
_MAX_GROUP: Final = 419


def _count_prefix(count: int) -> str:
    out: list[str] = []
    high, low = divmod(count, 20)
    if high:
        out.append(chr(ord("g") + high - 1))
    if low:
        out.append(chr(ord("G") + low - 1))
    return "".join(out)


def _compress_row(hex_row: str) -> str:
    """One row in the ASCII compression scheme: runs as count letters, `,`/`!` for the tail."""
    body = hex_row
    tail = ""
    stripped = body.rstrip("0")
    if len(stripped) < len(body) - 1:
        body, tail = stripped, ","
    else:
        stripped = body.rstrip("F")
        if len(stripped) < len(body) - 1:
            body, tail = stripped, "!"
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        j = i
        while j < len(body) and body[j] == ch:
            j += 1
        run = j - i
        while run > 0:
            group = min(run, _MAX_GROUP)
            out.append(ch if group == 1 else _count_prefix(group) + ch)
            run -= group
        i = j
    return "".join(out) + tail


def _ascii_compressed(raw: bytes, per_row: int) -> str:
    rows: list[str] = []
    previous: bytes | None = None
    for start in range(0, len(raw), per_row):
        row = raw[start : start + per_row]
        # ":" repeats the previous row: blank margins and barcode bars collapse to one byte a row.
        rows.append(":" if row == previous else _compress_row(row.hex().upper()))
        previous = row
    return "".join(rows)


def graphic_field(image: Image.Image, *, compression: GfaCompression = "z64") -> str:
    """The `^GFA,b,c,d,data` command (no `^FO`/`^FS`) for a 1-bit image."""
    raw, per_row = packed_rows(image)
    total = len(raw)
    data = _z64(raw) if compression == "z64" else _ascii_compressed(raw, per_row)
    # b = c for both forms: the manual's rule for ASCII, and what Zebra's driver sends for Z64.
    return f"^GFA,{total},{total},{per_row},{data}"


def image_to_gfa(
    image: Image.Image,
    *,
    compression: GfaCompression = "z64",
    darkness: int | None = None,
    speed: int | None = None,
    quantity: int = 1,
) -> bytes:
    """A complete ZPL job printing `image` (mode "1", one pixel per dot) at the label's top left.

    `^PW`/`^LL` are the image size, so the caller sizes the image to the media first
    (`raster.rasterize_pdf` / `rasterize_png` / `fit_to_media`). `darkness` becomes `~SD`
    (0-30) and `speed` `^PR` (2-14): both stay in effect until the printer is switched off;
    `^JUS` (save settings) is never sent (notes §5.4). The station sends them in a setup format of
    their own instead (`setup.printer_setup`). `quantity` > 1 adds `^PQ` (copies).
    """
    prefix = ""
    if darkness is not None:
        if not 0 <= darkness <= 30:
            raise ValueError(f"darkness must be 0-30, not {darkness}")
        prefix = f"~SD{darkness:02d}"
    commands = ["^XA"]
    if speed is not None:
        if not 2 <= speed <= 14:
            raise ValueError(f"speed must be 2-14, not {speed}")
        commands.append(f"^PR{speed}")
    commands += [
        f"^PW{image.width}",
        f"^LL{image.height}",
        "^LH0,0",
        f"^FO0,0{graphic_field(image, compression=compression)}^FS",
    ]
    if quantity != 1:
        if not 1 <= quantity <= 99_999_999:
            raise ValueError(f"quantity must be 1-99999999, not {quantity}")
        commands.append(f"^PQ{quantity}")
    commands.append("^XZ")
    return (prefix + "".join(commands) + "\n").encode("ascii")


# --- decoder ---------------------------------------------------------------------------------

# A command is a prefix (^ or ~) and two characters; its parameters run up to the next prefix.
# ZPL allows changing the prefixes (^CC/~CT), which no carrier label does: not supported here.
_COMMAND = re.compile(rb"[\^~]([A-Za-z0-9@]{2})([^\^~]*)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class _Command:
    name: str  # upper case, e.g. "GF", "FO", "PW"
    params: bytes
    offset: int


def _commands(zpl: bytes) -> list[_Command]:
    return [_Command(m[1].decode("ascii").upper(), m[2], m.start()) for m in _COMMAND.finditer(zpl)]


def _ints(params: bytes) -> list[int | None]:
    out: list[int | None] = []
    for part in params.split(b","):
        text = part.strip()
        out.append(int(text) if text.isdigit() else None)
    return out


def _first_int(params: bytes) -> int | None:
    values = _ints(params)
    return values[0] if values else None


def _decode_ascii_scheme(data: str, per_row: int, rows: int) -> bytes:
    """Hex data with the ASCII compression scheme (plain hex is the special case of no counts)."""
    row_chars = per_row * 2
    out: list[str] = []
    row: list[str] = []
    previous: str | None = None
    count = 0

    def finish(filled: str) -> None:
        nonlocal previous, row
        previous = filled
        out.append(filled)
        row = []

    for ch in data:
        if ch in " \t\r\n":
            continue
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("G") + 1
        elif "g" <= ch <= "z":
            count += (ord(ch) - ord("g") + 1) * 20
        elif ch in "0123456789ABCDEFabcdef":
            row.extend(ch.upper() * max(count, 1))
            count = 0
            if len(row) > row_chars:
                raise LabelFormatError(f"a ^GF row holds more than {per_row} bytes")
            if len(row) == row_chars:
                finish("".join(row))
        elif ch in ",!":
            if count:
                raise LabelFormatError("a ^GF repeat count is followed by a row fill")
            fill = "0" if ch == "," else "F"
            finish("".join(row) + fill * (row_chars - len(row)))
        elif ch == ":":
            if row or count or previous is None:
                raise LabelFormatError("a ^GF row repeat ':' is not at the start of a row")
            finish(previous)
        else:
            raise LabelFormatError(f"unexpected character {ch!r} in ^GF data")
    if row or count:
        raise LabelFormatError("the ^GF data ends in the middle of a row")
    if len(out) != rows:
        raise LabelFormatError(f"the ^GF data holds {len(out)} rows, its header says {rows}")
    return bytes.fromhex("".join(out))


def _decode_base64_form(data: str, marker: str, *, limit: int | None = None) -> bytes:
    """The bytes of a :Z64:/:B64: graphic; a Z64 one is inflated to at most `limit` + 1 bytes (one
    more shows the count was wrong), never to whatever a small zlib stream could expand into."""
    match = re.fullmatch(r":(Z64|B64):([A-Za-z0-9+/=\s]*):([0-9A-Fa-f]{4})", data)
    if match is None:
        raise LabelFormatError(f"malformed {marker} graphic data (expected :{marker}:data:CRC)")
    b64 = re.sub(r"\s+", "", match[2]).encode("ascii")
    if binascii.crc_hqx(b64, 0) != int(match[3], 16):
        raise LabelFormatError(f"the {marker} graphic's CRC does not match its data")
    try:
        packed = base64.b64decode(b64, validate=True)
        if marker != "Z64":
            return packed
        if limit is None:
            return zlib.decompress(packed)
        return zlib.decompressobj().decompress(packed, limit + 1)
    except (binascii.Error, zlib.error) as exc:
        raise LabelFormatError(f"the {marker} graphic data cannot be decoded: {exc}") from exc


def _check_dots(width: int, height: int, max_dots: int | None) -> None:
    if max_dots is not None and (width > max_dots or height > max_dots):
        raise LabelTooLargeError(f"the image would be {width}×{height} dots; at most {max_dots} a side")


def _decode_graphic_field(params: bytes, max_dots: int | None = None) -> Image.Image:
    """One `^GF` command's parameters → a 1-bit image (black = 0, as Pillow draws)."""
    parts = params.split(b",", 4)
    if len(parts) != 5:
        raise LabelFormatError("a ^GF command needs five parameters: a,b,c,d,data")
    kind = parts[0].strip().upper()
    if kind != b"A":
        raise LabelFormatError(f"^GF{kind.decode('ascii', 'replace')} graphics are not supported, only ^GFA")
    try:
        declared_b, total, per_row = (int(p.strip()) for p in parts[1:4])
    except ValueError as exc:
        raise LabelFormatError("a ^GF command has a non-numeric byte count") from exc
    if per_row < 1 or total < per_row or total % per_row:
        raise LabelFormatError(f"^GF counts do not fit together: c={total}, d={per_row}")
    try:
        data = parts[4].decode("ascii").strip()
    except UnicodeDecodeError as exc:
        raise LabelFormatError("^GFA data is not ASCII") from exc
    rows = total // per_row
    _check_dots(per_row * 8, rows, max_dots)
    if data.startswith((":Z64:", ":B64:")):
        raw = _decode_base64_form(data, data[1:4], limit=total)
        if declared_b not in (total, len(data)):
            raise LabelFormatError(f"^GF byte count b={declared_b} is neither c={total} nor the data length")
    else:
        if declared_b != total:
            # The manual: "For ASCII download, the parameter should match parameter c" (§3.2).
            raise LabelFormatError(f"^GFA byte count b={declared_b} must equal c={total}")
        raw = _decode_ascii_scheme(data, per_row, rows)
    if len(raw) != total:
        raise LabelFormatError(f"the ^GF data holds {len(raw)} bytes, its header says {total}")
    return unpack_rows(raw, per_row)


def gfa_to_image(zpl: bytes, *, max_dots: int | None = None) -> Image.Image:
    """Every `^GFA` graphic of a ZPL format, placed at its `^FO` (plus `^LH`), as one 1-bit image.

    The canvas is `^PW`×`^LL` when given, grown to hold every graphic; everything else (text,
    boxes, native barcodes) is ignored: this is the preview of rasterised labels, not a ZPL
    renderer. Raises `LabelFormatError` for a missing or malformed graphic (bad counts, bad CRC,
    truncated rows), and `LabelTooLargeError` for a canvas or graphic over `max_dots` on a side
    (checked before any pixel is allocated: `^PW40000^LL40000` in 44 bytes asked for 3 GB).
    """
    placed: list[tuple[int, int, Image.Image]] = []
    home = (0, 0)
    origin = (0, 0)
    width = length = 0
    for command in _commands(zpl):
        if command.name == "LH":
            x, y, *_ = [*_ints(command.params), None, None]
            home = (x or 0, y or 0)
        elif command.name in ("FO", "FT"):
            x, y, *_ = [*_ints(command.params), None, None]
            origin = (home[0] + (x or 0), home[1] + (y or 0))
        elif command.name == "PW":
            width = _first_int(command.params) or 0
        elif command.name == "LL":
            length = _first_int(command.params) or 0
        elif command.name == "GF":
            placed.append((*origin, _decode_graphic_field(command.params, max_dots)))
    if not placed:
        raise LabelFormatError("the ZPL holds no ^GFA graphic")
    canvas_w = max([width, *(x + g.width for x, _, g in placed)])
    canvas_h = max([length, *(y + g.height for _, y, g in placed)])
    _check_dots(canvas_w, canvas_h, max_dots)
    canvas = Image.new("1", (canvas_w, canvas_h), 1)
    for x, y, graphic in placed:
        canvas.paste(graphic, (x, y))
    if width:
        canvas = canvas.crop((0, 0, max(width, 1), canvas_h))
    return canvas


# --- design resolution -------------------------------------------------------------------------

# Explicit statements some generators leave in ^FX comments: "203dpi", "300 dpi", "8dpmm".
_DPI_COMMENT = re.compile(rb"(203|300|600)\s*dpi|\b(8|12|24)\s*dpmm", re.IGNORECASE)
_DPMM_TO_DPI: Final = {b"8": 203, b"12": 300, b"24": 600}
_MU_BASE_TO_DPI: Final = {150: 150, 200: 203, 300: 300}
# How far the label's width may differ from the media's before it counts as "not this DPI".
_WIDTH_TOLERANCE: Final = 0.12
_DPIS: Final = (203, 300, 600)


def zpl_design_dpi(
    zpl: bytes, media: MediaSize | None = None, orientation: Orientation = Orientation.PORTRAIT
) -> int | None:
    """The resolution a ZPL label was made for, or None when the bytes do not tell.

    ZPL has no header that states it, so this weighs the evidence in order:
    1. a `^FX` comment stating it ("203dpi", "8dpmm", …), as some generators write;
    2. `^MU` with a base resolution (`^MUd,200,300`: a format written for 200/203 dpi);
    3. with `media` known, the `^PW` print width: the DPI at which `^PW` dots come closest to the
       media width (within 12 %) — 812 dots is 4 in at 203 dpi but 2.7 in at 300 dpi;
    4. with `media` known and no `^PW`: the furthest right `^FO`/`^FT` x; if that does not fit
       the media at 203 dpi, the smallest resolution at which it does.

    Limits: a label without `^PW` whose content stays inside a 203-dpi width is "unknown" (None);
    a label deliberately narrower than its media by more than 12 % can be misread as a higher
    resolution; `^PW` stated for a different head than the media loaded misleads step 3.
    """
    commands = _commands(zpl)
    stated = _stated_dpi(commands)
    if stated is not None or media is None:
        return stated
    short, long = sorted((media.width_mm, media.height_mm))
    across_in = (short if orientation is Orientation.PORTRAIT else long) / 25.4
    return _dpi_from_extent(commands, across_in)


def _stated_dpi(commands: list[_Command]) -> int | None:
    """Steps 1 and 2 of `zpl_design_dpi`: a ^FX comment or a ^MU base resolution."""
    for command in commands:
        if command.name == "FX":
            match = _DPI_COMMENT.search(command.params)
            if match:
                return int(match[1]) if match[1] else _DPMM_TO_DPI[match[2]]
    for command in commands:
        if command.name == "MU":
            values = _ints(command.params)
            base = values[1] if len(values) > 1 else None
            if base in _MU_BASE_TO_DPI:
                return _MU_BASE_TO_DPI[base]
    return None


def _dpi_from_extent(commands: list[_Command], across_in: float) -> int | None:
    """Steps 3 and 4 of `zpl_design_dpi`: ^PW, or else the right-most field, against the media."""
    widths = [w for c in commands if c.name == "PW" and (w := _first_int(c.params))]
    if widths:
        best = min(_DPIS, key=lambda dpi: abs(widths[-1] / dpi - across_in))
        close = abs(widths[-1] / best - across_in) <= across_in * _WIDTH_TOLERANCE
        return best if close else None
    right = max((x for c in commands if c.name in ("FO", "FT") and (x := _first_int(c.params))), default=0)
    fits = [dpi for dpi in _DPIS if right <= across_in * dpi * (1 + _WIDTH_TOLERANCE)]
    # Fitting at 203 dpi proves nothing (a higher-DPI label can be small); not fitting does.
    return fits[0] if fits and fits[0] != _DPIS[0] else None


def check_zpl_fits_printer(zpl: bytes, profile: PrinterProfile) -> int:
    """Refuse a ZPL label made for another resolution than the printer's; return the label's DPI.

    ZPL coordinates are dots: 203-dpi ZPL prints at 68 % on a 300-dpi head and 300-dpi ZPL at
    148 %, cut off, on a 203-dpi one, and `^MU` cannot scale graphics down (notes §3.1, §5.1).
    A label with no evidence is taken as 203 dpi, carriers' native ZPL resolution, so on a 300 or
    600 dpi printer it is refused rather than risked.

    Raises `ZplDpiMismatchError` naming both resolutions, and `LabelTooLargeError` when the
    label's `^PW`/`^LL` is more than 10 % bigger than the media as loaded.
    """
    commands = _commands(zpl)
    stated = zpl_design_dpi(zpl, profile.media, profile.orientation)
    label_dpi = CARRIER_ZPL_DPI if stated is None else stated
    if label_dpi != profile.dpi:
        how = "" if stated is not None else " (assumed: the label does not say, and carriers' ZPL is 203 dpi)"
        effect = "too small" if label_dpi < profile.dpi else "too large and cut off"
        raise ZplDpiMismatchError(
            f"This ZPL label was made for {label_dpi} dpi{how} but the printer prints at {profile.dpi} dpi; "
            f"it would come out {effect}. Ask for PDF labels for this printer "
            f"or use a {label_dpi} dpi printer.",
            label_dpi=label_dpi,
            printer_dpi=profile.dpi,
        )
    _check_size(commands, profile)
    return label_dpi


# A little over is normal (Zebra's driver sends ^PW832 for 812-dot media, notes §2.1).
_SIZE_TOLERANCE: Final = 0.10


def _check_size(commands: list[_Command], profile: PrinterProfile) -> None:
    """Refuse a label whose ^PW/^LL is clearly bigger than the media: ZPL cannot be turned or
    shrunk, so it would be cut off or run over the next label."""
    across, along = profile.media_dots()
    to_mm = 25.4 / profile.dpi
    for name, limit, word in (("PW", across, "wider"), ("LL", along, "longer")):
        values = [v for c in commands if c.name == name and (v := _first_int(c.params))]
        if values and values[-1] > limit * (1 + _SIZE_TOLERANCE):
            raise LabelTooLargeError(
                f"This ZPL label is {values[-1] * to_mm:.0f} mm {word} than fits: the media "
                f"({profile.media.name}, loaded {profile.orientation.value}) has {limit * to_mm:.0f} mm. "
                "Check the media size and orientation in the printer settings."
            )
