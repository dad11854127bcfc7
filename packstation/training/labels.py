"""Label files the simulator hands out: PDF, PNG and ZPL, each with a scannable Code 128.

Made with Pillow (never PDFium: PDFium is not thread-safe and the app renders with it).

One layout (positions in PDF points, 1/72 in) feeds two back ends: a 1-bit Pillow raster (PNG, and
the PDF, which is that raster at 300 px/in wrapped in a 72-dpi page the way Sendcloud serves PDFs)
and native ZPL II at 203 dpi. Bars are always whole pixels/dots per module and never resampled,
so every format scans the way a carrier label does.

Long on purpose (~790 lines): three label formats drawn from one layout, each with its own barcode
and text rendering.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PIL import Image, ImageDraw, ImageFont


@dataclass(frozen=True)
class LabelContent:
    """Everything printed on one shipping label."""

    tracking_number: str  # encoded as Code 128 and printed in clear text
    carrier_name: str  # e.g. "PostNL"
    service_name: str  # e.g. "Standard" or "Unstamped letter"
    shipping_option_code: str  # e.g. "postnl:standard"
    sender_lines: tuple[str, ...]  # name/company, street + number, postcode + city, country
    recipient_lines: tuple[str, ...]
    order_number: str
    parcel_id: int
    weight_kg: float
    brand_name: str | None = None  # printed above the sender block when a brand was applied
    service_point_line: str | None = None  # "Service point: …" when shipping to one
    contract_name: str | None = None  # e.g. "Direct contract PostNL" or "Sendcloud rates"


_SAMPLE = LabelContent(
    tracking_number="3SNKDA123456789",
    carrier_name="PostNL",
    service_name="Standard",
    shipping_option_code="postnl:standard",
    sender_lines=("Noordkaap Outdoor B.V.", "Hallenweg 12", "5683 CT Best", "Netherlands"),
    recipient_lines=("Jürgen Müller", "Hauptstraße 5a", "04109 Leipzig", "Germany"),
    order_number="WEB-10023",
    parcel_id=412345678,
    weight_kg=1.25,
)


def sample_label_content(**changes: Any) -> LabelContent:
    """One realistic label (a German recipient with umlauts), for previews, tests and benches."""
    return dataclasses.replace(_SAMPLE, **changes)


# --- public constants -------------------------------------------------------------------------

MIME_PDF = "application/pdf"
MIME_PNG = "image/png"
MIME_ZPL = "application/zpl"
SUPPORTED_MIME_TYPES = (MIME_PDF, MIME_PNG, MIME_ZPL)

PageSize = Literal["4x6", "a6"]

# Page sizes in points. 4×6 in is the thermal-roll size; A6 is what Sendcloud's parcel documents
# default to (printing notes §2.1), offered so the app's fit-to-width path can be exercised.
PAGE_SIZES_PT: dict[str, tuple[float, float]] = {
    "4x6": (288.0, 432.0),
    "a6": (105 / 25.4 * 72, 148 / 25.4 * 72),
}
_A4_PT = (210 / 25.4 * 72, 297 / 25.4 * 72)

PDF_RASTER_DPI = 300  # pixels per inch of the 1-bit image inside a PDF label
ZPL_DPI = 203  # carriers' native ZPL is 203 dpi whatever DPI was asked for (api-notes §0)
ZPL_WIDTH_DOTS = 812  # 4 in at 203 dpi
ZPL_LENGTH_DOTS = 1218  # 6 in at 203 dpi

# Code 128 needs at least 10 modules of white on each side (ISO/IEC 15417).
QUIET_ZONE_MODULES = 10

# Tracking numbers are printable as Code 128 and as a ZPL ^FD without escaping. Restricting them
# also rules out ZPL's ">" subset-invocation prefix inside ^BC data.
_TRACKING_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,47}")


# --- layout ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Text:
    x: float  # pt: left edge, centre or right edge depending on `align`
    y: float  # pt: top of the line
    size: float  # pt: font size
    text: str
    max_width: float  # pt: longer text is cut with an ellipsis
    align: Literal["left", "center", "right"] = "left"
    bold: bool = False
    raster_only: bool = False  # ZPL prints this itself (the ^BC interpretation line)


@dataclass(frozen=True, slots=True)
class _Box:
    x: float
    y: float
    w: float
    h: float
    thickness: float  # a rule is a box whose thickness equals its height


@dataclass(frozen=True, slots=True)
class _Bars:
    x: float  # pt: the horizontal span the symbol and both quiet zones must fit in
    w: float
    y: float
    h: float  # bar height (without clear text)
    data: str


_Element = _Text | _Box | _Bars


@dataclass(frozen=True, slots=True)
class _Layout:
    width: float  # pt
    height: float  # pt
    elements: tuple[_Element, ...]


def _label_layout(content: LabelContent, page_w: float, page_h: float) -> _Layout:
    """Place everything; shrink the recipient block if a long address would run into the barcode."""
    for recipient_sizes in ((15.0, 13.0), (13.0, 11.0), (11.0, 9.5), (9.5, 8.0)):
        elements, bottom_of_text, top_of_barcode_zone = _label_elements(
            content, page_w, page_h, recipient_sizes
        )
        if bottom_of_text <= top_of_barcode_zone:
            break
    # The smallest size is kept even if it still overflows: a cramped label beats no label.
    return _Layout(page_w, page_h, tuple(elements))


@dataclass(frozen=True, slots=True)
class _Frame:
    """The label's geometry in points: margins, frame and the usable column."""

    page_w: float
    page_h: float
    margin: float = 9.0
    pad: float = 6.0
    frame: float = 1.5

    @property
    def x0(self) -> float:
        return self.margin + self.pad

    @property
    def x1(self) -> float:
        return self.page_w - self.margin - self.pad

    @property
    def inner(self) -> float:
        return self.x1 - self.x0

    def rule(self, y: float) -> _Box:
        return _Box(self.margin, y, self.page_w - 2 * self.margin, 1.0, 1.0)


def _label_elements(
    content: LabelContent, page_w: float, page_h: float, recipient_sizes: tuple[float, float]
) -> tuple[list[_Element], float, float]:
    f = _Frame(page_w, page_h)
    els: list[_Element] = [_Box(f.margin, f.margin, page_w - 2 * f.margin, page_h - 2 * f.margin, f.frame)]
    barcode_rule_y = _bottom_zone(els, f, content.tracking_number)
    y = _header(els, f, content)
    y = _sender_block(els, f, content, y)
    y = _recipient_block(els, f, content, y, recipient_sizes)
    y = _references(els, f, content, y)
    return els, y, barcode_rule_y - 2.0


def _bottom_zone(els: list[_Element], f: _Frame, tracking_number: str) -> float:
    """Bars, clear text and footer, laid out from the bottom up; returns the rule above the bars."""
    footer_size, clear_size, bar_h = 6.5, 12.0, 72.0
    footer_y = f.page_h - f.margin - f.pad - footer_size
    clear_y = footer_y - 6.0 - clear_size * 1.15
    bar_y = clear_y - 4.0 - bar_h
    rule_y = bar_y - 8.0
    els.append(f.rule(rule_y))
    # The bars get the whole width inside the frame; the frame lines stay outside the quiet zones.
    edge = f.margin + f.frame
    els.append(_Bars(edge, f.page_w - 2 * edge, bar_y, bar_h, tracking_number))
    centre = f.page_w / 2
    els.append(_Text(centre, clear_y, clear_size, tracking_number, f.inner, "center", True, raster_only=True))
    # Training labels must never pass for real ones if someone sticks one on a parcel.
    footer = "TRAINING LABEL - Packstation simulator - not valid for shipping"
    els.append(_Text(centre, footer_y, footer_size, footer, f.inner, "center", True))
    return rule_y


def _header(els: list[_Element], f: _Frame, content: LabelContent) -> float:
    """Carrier and service left, option code and contract right."""
    y = f.margin + f.pad
    left_w, right_w = f.inner * 0.6, f.inner * 0.4 - 4.0
    els.append(_Text(f.x0, y, 20.0, content.carrier_name, left_w, bold=True))
    els.append(_Text(f.x1, y + 2.0, 7.5, content.shipping_option_code, right_w, align="right"))
    if content.contract_name:
        els.append(_Text(f.x1, y + 12.0, 7.5, content.contract_name, right_w, align="right"))
    y += 24.0
    els.append(_Text(f.x0, y, 11.0, content.service_name, left_w))
    y += 20.0
    els.append(f.rule(y))
    return y + 6.0


def _sender_block(els: list[_Element], f: _Frame, content: LabelContent, y: float) -> float:
    """Sender, with the brand above it (that is where a brand appears on Sendcloud labels)."""
    els.append(_Text(f.x0, y, 6.5, "FROM", f.inner, bold=True))
    y += 9.0
    if content.brand_name:
        els.append(_Text(f.x0, y, 10.0, content.brand_name, f.inner, bold=True))
        y += 13.0
    for line in content.sender_lines[:5]:
        els.append(_Text(f.x0, y, 8.5, line, f.inner))
        y += 10.5
    y += 4.0
    els.append(f.rule(y))
    return y + 6.0


def _recipient_block(
    els: list[_Element], f: _Frame, content: LabelContent, y: float, sizes: tuple[float, float]
) -> float:
    """Recipient (the largest text: the driver reads it) and the service point, if any."""
    first_size, rest_size = sizes
    els.append(_Text(f.x0, y, 6.5, "TO", f.inner, bold=True))
    y += 9.0
    for index, line in enumerate(content.recipient_lines[:6]):
        size = first_size if index == 0 else rest_size
        els.append(_Text(f.x0, y, size, line, f.inner, bold=index == 0))
        y += size * 1.2
    if content.service_point_line:
        y += 4.0
        els.append(_Box(f.x0 - 2.0, y, f.inner + 4.0, 17.0, 1.0))
        els.append(_Text(f.x0 + 3.0, y + 4.0, 9.5, content.service_point_line, f.inner - 6.0, bold=True))
        y += 17.0
    y += 6.0
    els.append(f.rule(y))
    return y + 6.0


def _references(els: list[_Element], f: _Frame, content: LabelContent, y: float) -> float:
    """Order, parcel, weight and contract in two columns."""
    col_w = f.inner / 2 - 4.0
    x_right = f.x0 + f.inner / 2
    els.append(_Text(f.x0, y, 9.0, f"Order: {content.order_number}", col_w))
    els.append(_Text(x_right, y, 9.0, f"Weight: {content.weight_kg:.2f} kg", col_w))
    y += 12.0
    els.append(_Text(f.x0, y, 9.0, f"Parcel: {content.parcel_id}", col_w))
    if content.contract_name:
        els.append(_Text(x_right, y, 9.0, f"Contract: {content.contract_name}", col_w))
    return y + 12.0


# --- text ------------------------------------------------------------------------------------

# Pillow's built-in scalable font (Aileron subset) only has glyphs for printable ASCII and these;
# anything else comes out as an empty box. Checked against Pillow 13 by a test.
_DEFAULT_FONT_EXTRA_GLYPHS = frozenset("©«°±´·»‘’“”…‹›⁄™")

# Letters NFKD cannot split into base letter + accent.
_FOLD_TABLE = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "–": "-",
        "—": "-",
        "€": "EUR",
        "£": "GBP",
        "\u00a0": " ",
    }
)


def clear_label_caches() -> None:
    """Forget the rendered text stamps, barcodes and folded texts (bounded caches that fill over a
    long run: a bench measuring the station's own memory empties them first)."""
    for cached in (_raster_text, _code128, _text_stamp):
        cached.cache_clear()


@functools.lru_cache(maxsize=4096)
def _raster_text(text: str) -> str:
    """Fold `text` onto the glyphs the default font has: "Müller" → "Muller", "Straße" → "Strasse".

    Carrier labels printed with limited fonts do the same; the ZPL back end keeps the real UTF-8
    because Zebra fonts under ^CI28 have the accents.
    """
    if text.isascii() and text.isprintable():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        if " " <= ch <= "~" or ch in _DEFAULT_FONT_EXTRA_GLYPHS:
            out.append(ch)
        elif ch.isspace() or not ch.isprintable():
            out.append(" ")
        else:
            out.append("?")
    return "".join(out)


@functools.cache
def _font(px: int) -> ImageFont.FreeTypeFont:
    font = ImageFont.load_default(size=px)
    if not isinstance(font, ImageFont.FreeTypeFont):  # pragma: no cover - Pillow without FreeType
        raise RuntimeError("Pillow was built without FreeType; label text needs its scalable default font")
    return font


# One FreeTypeFont wraps one FT_Face, and FreeType faces are not thread-safe. The simulator renders
# from several server threads; this lock costs nothing under the GIL and keeps free-threaded
# builds correct.
_FONT_LOCK = threading.Lock()


def _fit(text: str, font: ImageFont.FreeTypeFont, max_px: float, extra_px: float = 0.0) -> str:
    """The longest prefix of `text` (plus an ellipsis) whose rendering is at most `max_px` wide."""

    def width(candidate: str) -> float:
        return font.getlength(_raster_text(candidate), mode="1") + extra_px

    with _FONT_LOCK:
        if width(text) <= max_px:
            return text
        low, high = 0, len(text)
        while low < high:  # binary search on the prefix length
            mid = (low + high + 1) // 2
            if width(text[:mid].rstrip() + "...") <= max_px:
                low = mid
            else:
                high = mid - 1
    return text[:low].rstrip() + "..."


# --- Code 128 --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=2048)
def _code128(data: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(total modules, bar runs as (first module, width in modules)) for `data`.

    python-barcode picks the code sets and the checksum; we only need its module string.
    """
    import barcode  # on the first label: it loads every symbology and its writers (~20 ms)

    modules: str = barcode.get_barcode_class("code128")(data).build()[0]
    runs = tuple((m.start(), m.end() - m.start()) for m in re.finditer("1+", modules))
    return len(modules), runs


def _module_px_range(dpi: int) -> tuple[int, int]:
    """(preferred, smallest) whole pixels per module at `dpi`.

    About 0.33 mm preferred (it survives PDFium re-rasterising a 300-dpi PDF at 203 dpi: 4 px →
    2.7 dots), never below 0.25 mm (3 px at 300 dpi, 2 px at 150 dpi).
    """
    smallest = max(1, math.ceil(dpi * 0.25 / 25.4 - 1e-9))
    preferred = max(smallest, round(dpi * 0.33 / 25.4))
    return preferred, smallest


def _validate_tracking_number(tracking_number: str) -> None:
    if not _TRACKING_RE.fullmatch(tracking_number):
        raise ValueError(f"tracking number {tracking_number!r} must be 1-48 letters, digits or '-'")


# --- raster back end -------------------------------------------------------------------------


def _rasterize(layout: _Layout, dpi: int) -> Image.Image:
    scale = dpi / 72
    size = (round(layout.width * scale), round(layout.height * scale))
    image = Image.new("1", size, 1)  # white; drawing in mode "1" gives crisp, un-dithered edges
    draw = ImageDraw.Draw(image)

    def px(value: float) -> int:
        return round(value * scale)

    for element in layout.elements:
        if isinstance(element, _Box):
            thickness = max(1, px(element.thickness))
            x, y = px(element.x), px(element.y)
            w, h = max(thickness, px(element.w)), max(thickness, px(element.h))
            if thickness >= min(w, h):
                draw.rectangle((x, y, x + w - 1, y + h - 1), fill=0)
            else:
                draw.rectangle((x, y, x + w - 1, y + h - 1), outline=0, width=thickness)
        elif isinstance(element, _Text):
            font_px = max(4, px(element.size))
            # Bold is the regular font with a stroke; below ~40 px the stroke fills the counters
            # and dots ("i" turns into "l"), so small bold text stays regular.
            stroke = max(1, round(font_px * 0.035)) if element.bold and font_px >= 40 else 0
            text = _raster_text(_fit(element.text, _font(font_px), element.max_width * scale, 2 * stroke))
            if text.strip():
                stamp, (dx, dy) = _text_stamp(text, font_px, stroke, element.align)
                image.paste(0, (px(element.x) + dx, px(element.y) + dy), stamp)
        else:
            _draw_bars(draw, element, dpi)
    return image


@functools.lru_cache(maxsize=2048)
def _text_stamp(
    text: str, font_px: int, stroke: int, align: Literal["left", "center", "right"]
) -> tuple[Image.Image, tuple[int, int]]:
    """`text` drawn once as a 1-bit mask, and its offset from the anchor point.

    FreeType rendering is most of a label's cost; captions, carrier, sender and brand lines repeat
    from label to label, so they are rendered once and pasted.
    """
    font = _font(font_px)
    anchor = {"left": "la", "center": "ma", "right": "ra"}[align]
    with _FONT_LOCK:
        # mode="1": hinting for un-antialiased glyphs changes advances, so measure the way it is drawn;
        # one pixel of slack on each side for rounding.
        box = font.getbbox(text, mode="1", anchor=anchor, stroke_width=stroke)
        left, top = math.floor(box[0]) - 1, math.floor(box[1]) - 1
        right, bottom = math.ceil(box[2]) + 1, math.ceil(box[3]) + 1
        stamp = Image.new("1", (right - left, bottom - top), 0)
        ImageDraw.Draw(stamp).text(
            (-left, -top), text, fill=1, font=font, anchor=anchor, stroke_width=stroke, stroke_fill=1
        )
    return stamp, (left, top)


def _draw_bars(draw: ImageDraw.ImageDraw, bars: _Bars, dpi: int) -> None:
    scale = dpi / 72
    modules, runs = _code128(bars.data)
    span_x, span_w = round(bars.x * scale), round(bars.w * scale)
    preferred, smallest = _module_px_range(dpi)
    for module_px in range(preferred, smallest - 1, -1):
        if (modules + 2 * QUIET_ZONE_MODULES) * module_px <= span_w:
            break
    else:
        raise ValueError(
            f"tracking number {bars.data!r} needs {modules} Code 128 modules: too wide for this label "
            f"at {dpi} dpi with {smallest} px per module"
        )
    left = span_x + (span_w - modules * module_px) // 2
    top = round(bars.y * scale)
    bottom = top + round(bars.h * scale) - 1
    for start, width in runs:
        x = left + start * module_px
        draw.rectangle((x, top, x + width * module_px - 1, bottom), fill=0)


def _pdf_bytes(image: Image.Image, dpi: int) -> bytes:
    # At resolution=dpi Pillow sizes the page as pixels / dpi * 72 points: 1200 px → 288 pt, so
    # the PDF is a 72-dpi-unit page like Sendcloud's. Mode "1" is stored lossless as CCITT G4.
    buffer = io.BytesIO()
    image.save(buffer, "PDF", resolution=float(dpi))
    return buffer.getvalue()


def _png_bytes(image: Image.Image, dpi: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))  # pHYs chunk, so viewers and the app know the size
    return buffer.getvalue()


# --- ZPL back end ----------------------------------------------------------------------------


def zpl_escape(text: str) -> str:
    """Field data safe inside `^FH^FD…^FS`: no command prefix can start a new command.

    `^` and `~` start commands, and `_` is ^FH's own escape character, so all three become hex
    escapes. Control characters (a newline would end nothing but could confuse line-based tools)
    become spaces. Other characters stay UTF-8, which ^CI28 prints.
    """
    out: list[str] = []
    for ch in text:
        if ch in "^~_":
            out.append(f"_{ord(ch):02X}")
        elif not ch.isprintable():
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _zpl(layout: _Layout) -> bytes:
    scale = ZPL_DPI / 72

    def dots(value: float) -> int:
        return round(value * scale)

    commands = ["^XA", "^CI28", f"^PW{ZPL_WIDTH_DOTS}", f"^LL{ZPL_LENGTH_DOTS}", "^LH0,0"]
    for element in layout.elements:
        if isinstance(element, _Box):
            thickness = max(1, dots(element.thickness))
            w, h = max(thickness, dots(element.w)), max(thickness, dots(element.h))
            commands.append(f"^FO{dots(element.x)},{dots(element.y)}^GB{w},{h},{thickness}^FS")
        elif isinstance(element, _Text):
            if element.raster_only:
                continue
            height = max(10, dots(element.size))
            # Widths are measured with Pillow's font at the same height: Zebra's ^A0 is condensed,
            # so the real text is a little narrower and never overflows.
            font = _font(height)
            text = _fit(element.text, font, element.max_width * scale)
            x = dots(element.x)
            if element.align != "left":
                with _FONT_LOCK:
                    width = font.getlength(_raster_text(text))
                x -= round(width / 2 if element.align == "center" else width)
            commands.append(
                f"^FO{max(0, x)},{dots(element.y)}^A0N,{height},{height}^FH^FD{zpl_escape(text)}^FS"
            )
        else:
            commands.extend(_zpl_bars(element, dots))
    commands.extend(["^PQ1", "^XZ"])
    return ("\n".join(commands) + "\n").encode("utf-8")


def _zpl_bars(bars: _Bars, dots: Callable[[float], int]) -> list[str]:
    modules, _ = _code128(bars.data)
    span_x, span_w, y, h = dots(bars.x), dots(bars.w), dots(bars.y), dots(bars.h)
    # The printer's automatic subset choice (^BC mode A) may differ from python-barcode's by a
    # character or so: keep one character (11 modules) of slack on top of the quiet zones.
    needed = modules + 2 * QUIET_ZONE_MODULES + 11
    for module_dots in (3, 2):
        if needed * module_dots <= span_w:
            break
    else:
        raise ValueError(f"tracking number {bars.data!r} is too long for a 4 in ZPL label")
    x = span_x + (span_w - modules * module_dots) // 2
    # ^BC: orientation N, height, interpretation line below (Y), not above (N), no mod-103
    # check digit in the text (N), automatic subset selection (A) so digit runs use subset C.
    return [f"^BY{module_dots}", f"^FO{x},{y}^BCN,{h},Y,N,N,A^FD{bars.data}^FS"]


# --- public API ------------------------------------------------------------------------------


def render_label(content: LabelContent, mime_type: str, dpi: int, *, page: PageSize = "4x6") -> bytes:
    """The label file for `content` as Sendcloud would serve it.

    - `application/pdf`: a one-page PDF in 72-dpi page units (288×432 pt for 4×6, 297.6×419.5 pt
      for A6) holding a 1-bit 300 px/in image. `dpi` is ignored, as Sendcloud serves PDFs at 72 only.
    - `image/png`: the same drawing rasterised at `dpi` (150 or 300 in the API), 1-bit, DPI stored.
    - `application/zpl`: native ZPL II at 203 dpi on 4×6; `dpi` and `page` are ignored, as the
      carrier decides.

    Raises ValueError for an unknown MIME type, page, DPI outside 72-600 (PNG), or a tracking
    number that is not 1-48 letters, digits or '-'.
    """
    kind = mime_type.split(";", 1)[0].strip().lower()
    if kind not in SUPPORTED_MIME_TYPES:
        raise ValueError(f"unsupported label MIME type {mime_type!r}")
    if page not in PAGE_SIZES_PT:
        raise ValueError(f"unsupported page {page!r}; use one of {sorted(PAGE_SIZES_PT)}")
    _validate_tracking_number(content.tracking_number)
    if kind == MIME_ZPL:
        return _zpl(_label_layout(content, *PAGE_SIZES_PT["4x6"]))
    layout = _label_layout(content, *PAGE_SIZES_PT[page])
    if kind == MIME_PDF:
        return _pdf_bytes(_rasterize(layout, PDF_RASTER_DPI), PDF_RASTER_DPI)
    if not 72 <= dpi <= 600:
        raise ValueError(f"PNG labels are rendered at 72-600 dpi, not {dpi}")
    return _png_bytes(_rasterize(layout, dpi), dpi)


_SHIPMENT_TYPE_BOXES = (
    ("gift", "Gift"),
    ("commercial_sample", "Commercial sample"),
    ("returned_goods", "Returned goods"),
    ("commercial_goods", "Sale of goods"),
)


def render_customs_declaration(
    content: LabelContent,
    *,
    items: Sequence[tuple[str, int, float, str]],
    currency: str = "EUR",
    shipment_type: str = "commercial_goods",
    invoice_number: str | None = None,
) -> bytes:
    """An A4 CN23-style customs declaration PDF for a parcel leaving the EU (to GB or CH).

    `items` are (description, quantity, value, HS code) per line, `value` being the line's total
    value in `currency` (CN23 asks for the value of each line, not the unit price). Made like the
    PDF label: a 1-bit 300 px/in Pillow raster in a 72-dpi page (595.2×841.9 pt).
    """
    _validate_tracking_number(content.tracking_number)
    layout = _customs_layout(content, items, currency, shipment_type, invoice_number)
    return _pdf_bytes(_rasterize(layout, PDF_RASTER_DPI), PDF_RASTER_DPI)


def _customs_layout(
    content: LabelContent,
    items: Sequence[tuple[str, int, float, str]],
    currency: str,
    shipment_type: str,
    invoice_number: str | None,
) -> _Layout:
    page_w, page_h = _A4_PT
    f = _Frame(page_w, page_h, margin=30.0, pad=6.0)
    els: list[_Element] = []
    y = _customs_header(els, f, content)
    y = _customs_addresses(els, f, content, y)
    y = _customs_items(els, f, items, currency, y)
    y = _customs_totals(els, f, content, items, currency=currency, shipment_type=shipment_type, y=y)
    _customs_footer(els, f, content, invoice_number, y)
    return _Layout(page_w, page_h, tuple(els))


def _customs_header(els: list[_Element], f: _Frame, content: LabelContent) -> float:
    """Title left, tracking barcode right."""
    x0, x1, y = f.x0, f.x1, f.margin + f.pad
    title_w = f.inner * 0.55
    els.append(_Text(x0, y, 18.0, "CUSTOMS DECLARATION  CN 23", title_w, bold=True))
    els.append(_Text(x0, y + 24.0, 8.0, "May be opened officially", title_w))
    els.append(_Text(x0, y + 36.0, 8.0, "TRAINING DOCUMENT - Packstation simulator", title_w, bold=True))
    bar_x = x0 + title_w
    els.append(_Bars(bar_x, x1 - bar_x, y, 40.0, content.tracking_number))
    els.append(_Text((bar_x + x1) / 2, y + 44.0, 9.0, content.tracking_number, x1 - bar_x, "center"))
    return y + 64.0


def _customs_addresses(els: list[_Element], f: _Frame, content: LabelContent, y: float) -> float:
    """Sender and addressee side by side."""
    half, block_h = f.inner / 2, 96.0
    sender = ((content.brand_name,) if content.brand_name else ()) + content.sender_lines
    for column, (caption, lines) in enumerate(
        (("From (sender)", sender), ("To (addressee)", content.recipient_lines))
    ):
        bx = f.x0 + column * half
        els.append(_Box(bx, y, half, block_h, 1.0))
        els.append(_Text(bx + 6.0, y + 5.0, 7.0, caption, half - 12.0, bold=True))
        for index, line in enumerate(lines[:7]):
            els.append(_Text(bx + 6.0, y + 17.0 + index * 11.0, 9.0, line, half - 12.0))
    return y + block_h + 12.0


def _customs_items(
    els: list[_Element], f: _Frame, items: Sequence[tuple[str, int, float, str]], currency: str, y: float
) -> float:
    """The item table: one row per line, at most 24 rows on the page."""
    x0, inner = f.x0, f.inner
    columns = (
        (x0, inner * 0.52, "Detailed description of contents"),
        (x0 + inner * 0.52, inner * 0.12, "Quantity"),
        (x0 + inner * 0.64, inner * 0.18, f"Value ({currency})"),
        (x0 + inner * 0.82, inner * 0.18, "HS tariff number"),
    )
    row_h, max_rows = 14.0, 24
    table_top = y
    els.append(_Box(x0, y, inner, row_h, 1.0))
    for cx, cw, title in columns:
        els.append(_Text(cx + 4.0, y + 3.5, 7.5, title, cw - 8.0, bold=True))
    y += row_h
    for description, quantity, value, hs_code in items[:max_rows]:
        cells = (description, str(quantity), f"{value:.2f}", hs_code)
        for (cx, cw, _), cell in zip(columns, cells, strict=True):
            els.append(_Text(cx + 4.0, y + 3.5, 8.5, cell, cw - 8.0))
        els.append(_Box(x0, y + row_h - 0.5, inner, 0.5, 0.5))
        y += row_h
    if len(items) > max_rows:
        els.append(_Text(x0 + 4.0, y + 3.5, 8.5, f"... and {len(items) - max_rows} more lines", inner))
        y += row_h
    for cx, _, _ in columns[1:]:  # column separators over header and rows
        els.append(_Box(cx, table_top, 0.75, y - table_top, 0.75))
    return y + 10.0


def _customs_totals(
    els: list[_Element],
    f: _Frame,
    content: LabelContent,
    items: Sequence[tuple[str, int, float, str]],
    *,
    currency: str,
    shipment_type: str,
    y: float,
) -> float:
    third = f.inner / 3
    total_quantity = sum(quantity for _, quantity, _, _ in items)
    total_value = sum(value for _, _, value, _ in items)
    totals = (
        f"Total quantity: {total_quantity}",
        f"Total value: {total_value:.2f} {currency}",
        f"Total gross weight: {content.weight_kg:.2f} kg",
    )
    for index, text in enumerate(totals):
        els.append(_Text(f.x0 + index * third, y, 9.5, text, third, bold=True))
    y += 22.0
    els.append(_Text(f.x0, y, 8.0, "Category of item", f.inner, bold=True))
    y += 12.0
    quarter = f.inner / 4
    for index, (code, label) in enumerate(_SHIPMENT_TYPE_BOXES):
        bx = f.x0 + index * quarter
        els.append(_Box(bx, y, 9.0, 9.0, 0.75))
        if code == shipment_type:
            els.append(_Box(bx + 2.0, y + 2.0, 5.0, 5.0, 5.0))
        els.append(_Text(bx + 13.0, y, 8.5, label, quarter - 15.0))
    return y + 24.0


def _customs_footer(
    els: list[_Element], f: _Frame, content: LabelContent, invoice_number: str | None, y: float
) -> None:
    refs = [
        f"Order: {content.order_number}",
        f"Parcel: {content.parcel_id}",
        f"Service: {content.carrier_name} {content.service_name}",
    ]
    if invoice_number:
        refs.append(f"Commercial invoice: {invoice_number}")
    for line in refs:
        els.append(_Text(f.x0, y, 9.0, line, f.inner))
        y += 12.0
    y += 14.0
    for line in (
        "I certify that the particulars given in this customs declaration are correct and that",
        "this item does not contain any dangerous article prohibited by legislation.",
    ):
        els.append(_Text(f.x0, y, 8.0, line, f.inner))
        y += 11.0
    y += 23.0
    els.append(_Box(f.x0, y, f.inner / 2, 0.75, 0.75))
    signer = content.sender_lines[0] if content.sender_lines else ""
    els.append(_Text(f.x0, y + 4.0, 8.0, f"Signature of sender: {signer}", f.inner / 2))


def render_labels(contents: Sequence[LabelContent], mime_type: str, dpi: int) -> bytes:
    """One combined file of several labels, as the bulk parcel-documents endpoint serves it.

    ZPL jobs follow each other; a PDF gets one page per label; a PNG stacks the labels top to bottom.
    """
    if not contents:
        raise ValueError("at least one label is needed")
    kind = mime_type.split(";", 1)[0].strip().lower()
    if kind == MIME_ZPL or len(contents) == 1:
        return b"".join(render_label(content, kind, dpi) for content in contents)
    for content in contents:
        _validate_tracking_number(content.tracking_number)
    layouts = [_label_layout(content, *PAGE_SIZES_PT["4x6"]) for content in contents]
    if kind == MIME_PDF:
        return _pdf_pages([_rasterize(layout, PDF_RASTER_DPI) for layout in layouts], PDF_RASTER_DPI)
    if kind != MIME_PNG:
        raise ValueError(f"unsupported label MIME type {mime_type!r}")
    images = [_rasterize(layout, dpi) for layout in layouts]
    sheet = Image.new("1", (images[0].width, sum(image.height for image in images)), 1)
    top = 0
    for image in images:
        sheet.paste(image, (0, top))
        top += image.height
    return _png_bytes(sheet, dpi)


def render_customs_declarations(
    parcels: Sequence[tuple[LabelContent, Sequence[tuple[str, int, float, str]]]],
) -> bytes:
    """Several CN23 declarations as one PDF, one page each (bulk customs documents)."""
    pages = []
    for content, items in parcels:
        _validate_tracking_number(content.tracking_number)
        layout = _customs_layout(content, items, "EUR", "commercial_goods", None)
        pages.append(_rasterize(layout, PDF_RASTER_DPI))
    return _pdf_pages(pages, PDF_RASTER_DPI)


def _pdf_pages(pages: Sequence[Image.Image], dpi: int) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=float(dpi), save_all=True, append_images=list(pages[1:]))
    return buffer.getvalue()
