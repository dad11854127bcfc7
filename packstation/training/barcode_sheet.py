"""A printable A4 sheet (PDF) of Code 128 barcodes of the training orders, to try a real scanner.

Made with Pillow like `labels.py` (never PDFium: the app renders with it, and it is not
thread-safe), reusing its Code 128 patterns and fonts. Every module is a whole number of pixels
at 300 px/in: 6 px, 0.51 mm (the floor for a reliable scan is 0.33 mm), with a quiet zone of 10
modules each side. The extra width is for screens: at 0.33 mm a PDF viewer at 100 % zoom on a
96-dpi screen draws 1.3 px per module and the bars smear (zxing-cpp reads nothing); at 0.51 mm it
is about 2 px and every code reads. The order number is printed in clear text under each code.

The sheet starts with the demo packers' badges (training's packers, `TRAINING_PACKERS`), so
signing in is practised first; then the orders; then a few orders with their items' codes, to
practise item verification (a line without EAN by its SKU, the meals' case code, and one wrong
item that must be refused); a last section holds deliberately "bad" codes (an order that cannot
ship, an order that does not exist) so trainees see the red path too. Before it, the codes to
practise several boxes for one order (issue 18): the "new box" code and the training box sizes'
barcodes, given by the station (`boxes`: this package knows nothing of the station). Item codes are printed as
Code 128 like the rest: a scanner types the same digits as from the EAN-13 or ITF-14 on a
product. A station keeps the sheet it made: change what is on it, and raise
`PRACTICE_SHEET_EDITION` in app/station.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PIL import Image, ImageDraw

from packstation.training import TRAINING_PACKERS
from packstation.training.labels import (
    QUIET_ZONE_MODULES,
    _code128,
    _fit,
    _font,
    _pdf_pages,
    _raster_text,
)

if TYPE_CHECKING:
    from packstation.training.seed import JSONDict, SeedData
    from packstation.training.simulator import Simulator

SHEET_DPI: Final = 300
MODULE_PX: Final = 6  # 0.51 mm at 300 px/in: about 2 px a module on a 96-dpi screen at 100 % zoom
UNKNOWN_ORDER_NUMBER: Final = "NO-SUCH-ORDER-404"
BADGE_PREFIX: Final = "BADGE-"  # what the settings' default badge pattern reads as a badge

_A4_MM: Final = (210.0, 297.0)
_MARGIN_MM: Final = 15.0
_COLUMNS: Final = 2
_BAR_HEIGHT_MM: Final = 15.0
_CELL_HEIGHT_MM: Final = 31.0
_TITLE_MM: Final = 16.0
_SECTION_MM: Final = 12.0


@dataclass(frozen=True)
class SheetCode:
    """One barcode on the sheet: the data it encodes and an optional line under the clear text."""

    data: str
    caption: str = ""


def _px(mm: float) -> int:
    return round(mm / 25.4 * SHEET_DPI)


def _code_width_px(data: str) -> int:
    modules, _runs = _code128(data)
    return (modules + 2 * QUIET_ZONE_MODULES) * MODULE_PX


class _Sheet:
    """Lays codes out on A4 pages, a grid row by row; a code too wide for a cell gets a whole row."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.width, self.height = _px(_A4_MM[0]), _px(_A4_MM[1])
        self.margin = _px(_MARGIN_MM)
        self.inner = self.width - 2 * self.margin
        self.cell_w = self.inner // _COLUMNS
        self.cell_h = _px(_CELL_HEIGHT_MM)
        self.pages: list[Image.Image] = []
        self.y = 0
        self.column = 0
        self._new_page()

    def _new_page(self) -> None:
        page = Image.new("1", (self.width, self.height), 1)
        self.pages.append(page)
        self.draw = ImageDraw.Draw(page)
        self._text(self.margin, self.margin, self.title, 42, self.inner)
        footer = f"{self.title}  -  page {len(self.pages)}"
        self._text(self.margin, self.height - self.margin + _px(3), footer, 24, self.inner)
        self.y = self.margin + _px(_TITLE_MM)
        self.column = 0

    def _text(self, x: int, y: int, text: str, size: int, max_px: int, *, center: bool = False) -> None:
        font = _font(size)
        fitted = _raster_text(_fit(text, font, max_px))
        if center:
            self.draw.text((x + max_px // 2, y), fitted, fill=0, font=font, anchor="ma")
        else:
            self.draw.text((x, y), fitted, fill=0, font=font)

    def _next_row(self) -> None:
        if self.column:
            self.y += self.cell_h
            self.column = 0

    def _room_for(self, height: int) -> None:
        if self.y + height > self.height - self.margin:
            self._new_page()

    def section(self, heading: str, note: str) -> None:
        self._next_row()
        self._room_for(_px(_SECTION_MM) + self.cell_h)
        self._text(self.margin, self.y, heading, 36, self.inner)
        self._text(self.margin, self.y + _px(5.5), note, 26, self.inner)
        self.y += _px(_SECTION_MM)

    def add(self, code: SheetCode) -> None:
        needed = _code_width_px(code.data)
        if needed > self.inner:
            raise ValueError(
                f"{code.data!r} is too long for one barcode on an A4 sheet at "
                f"{MODULE_PX / SHEET_DPI * 25.4:.2f} mm per module"
            )
        span = 1 if needed <= self.cell_w else _COLUMNS
        if self.column + span > _COLUMNS:
            self._next_row()
        self._room_for(self.cell_h)
        x = self.margin + self.column * self.cell_w
        self._bars(code.data, x, span * self.cell_w)
        text_y = self.y + _px(_BAR_HEIGHT_MM) + _px(1.5)
        self._text(x, text_y, code.data, 40, span * self.cell_w, center=True)
        if code.caption:
            self._text(x, text_y + _px(4.5), code.caption, 26, span * self.cell_w, center=True)
        self.column += span
        if self.column >= _COLUMNS:
            self._next_row()

    def _bars(self, data: str, x: int, span_w: int) -> None:
        modules, runs = _code128(data)
        left = x + (span_w - modules * MODULE_PX) // 2
        top, bottom = self.y, self.y + _px(_BAR_HEIGHT_MM) - 1
        for start, width in runs:
            bar_x = left + start * MODULE_PX
            self.draw.rectangle((bar_x, top, bar_x + width * MODULE_PX - 1, bottom), fill=0)


def barcode_sheet_pdf(
    order_numbers: Sequence[str],
    *,
    title: str = "Packstation training: scan these orders",
    bad_codes: Sequence[SheetCode] = (),
    badges: Sequence[SheetCode] = (),
    packing: Sequence[SheetCode] = (),
    boxes: Sequence[SheetCode] = (),
) -> bytes:
    """A4 pages (PDF): the `badges` section, one labelled Code 128 per order number, the `packing`
    section (orders and their items), the `boxes` section (several boxes), then the `bad_codes`
    section.

    Raises ValueError for an empty sheet, or a code Code 128 cannot encode or A4 cannot hold.
    """
    if not order_numbers and not bad_codes and not badges and not packing and not boxes:
        raise ValueError("the sheet needs at least one code")
    sheet = _Sheet(title)
    if badges:
        sheet.section("Packers' badges", "Scan one first: the station signs that packer in for what follows.")
        for code in badges:
            sheet.add(code)
    if order_numbers:
        sheet.section("Orders to ship", "Each scan makes a label on the training printer (green).")
        for number in order_numbers:
            sheet.add(SheetCode(number))
    if packing:
        sheet.section(
            "Item checks: scan the order, then each item",
            "With item verification on (Settings, F9). The last item prints the label; "
            "the wrong item is refused.",
        )
        for code in packing:
            sheet.add(code)
    if boxes:
        sheet.section(
            "Several boxes: one order, a label per box",
            "Scan an order, a box size, its first items, then NEW-BOX (F3); the last item prints the labels.",
        )
        for code in boxes:
            sheet.add(code)
    if bad_codes:
        sheet.section(
            "The red path: these must not ship",
            "Scan them to see what the station says when an order cannot ship or does not exist.",
        )
        for code in bad_codes:
            sheet.add(code)
    return _pdf_pages(sheet.pages, SHEET_DPI)


def _reason_text(reason: str) -> str:
    return reason.replace("_", " ")


def training_sheet_codes(simulator: Simulator, *, limit: int = 24) -> tuple[list[str], list[SheetCode]]:
    """The simulator's shippable order numbers (at most `limit`) and a few red-path codes: up to
    two unshippable orders (with the reason) and one order that does not exist."""
    good = simulator.shippable_order_numbers()[:limit]
    reasons = simulator.seed_data.unshippable_reasons
    bad = [
        SheetCode(number, f"cannot ship: {_reason_text(str(reasons[number]))}")
        for number in list(reasons)[:2]
    ]
    bad.append(SheetCode(UNKNOWN_ORDER_NUMBER, "no such order"))
    return good, bad


def practice_packing_codes(
    seed: SeedData, order_numbers: Sequence[str], *, orders: int = 3
) -> list[SheetCode]:
    """A few of `order_numbers` (shippable), each followed by its items' codes, then one wrong item.

    Chosen to practise every kind of line: the order with the meals' case (its case code beside the
    unit's EAN), one with a line that has no EAN (scanned by its SKU), then those with the most lines.
    """
    by_number = {str(order["order_number"]): order for order in seed.orders}
    candidates = [by_number[number] for number in order_numbers if number in by_number]
    case_eans = {code[1:13] for code in seed.case_barcodes}  # a case code holds its unit's 12 digits

    def has_case(order: JSONDict) -> bool:
        return any(
            str(item.get("ean", ""))[:12] in case_eans for item in order["order_details"]["order_items"]
        )

    def has_unmarked(order: JSONDict) -> bool:
        return any("ean" not in item and item.get("sku") for item in order["order_details"]["order_items"])

    def size(order: JSONDict) -> tuple[int, int]:
        items = order["order_details"]["order_items"]
        return len(items), sum(int(item["quantity"]) for item in items)

    chosen: list[JSONDict] = []
    for pick in (has_case, has_unmarked):
        chosen.extend([order for order in candidates if pick(order) and order not in chosen][:1])
    chosen.extend([order for order in sorted(candidates, key=size, reverse=True) if order not in chosen])
    chosen = chosen[:orders]
    codes: list[SheetCode] = []
    for order in chosen:
        codes.append(SheetCode(str(order["order_number"]), "the order: scan it first"))
        for item in order["order_details"]["order_items"]:
            name, quantity = str(item["name"]), int(item["quantity"])
            if "ean" in item:
                codes.append(SheetCode(str(item["ean"]), f"{quantity} x {name}"))
                cases = [code for code, size in seed.case_barcodes.items() if code[1:13] == item["ean"][:12]]
                codes.extend(
                    SheetCode(code, f"a case of {seed.case_barcodes[code]}: {name}") for code in cases
                )
            elif item.get("sku"):
                codes.append(SheetCode(str(item["sku"]), f"{quantity} x {name} (no EAN: its SKU)"))
    packed = {item.get("ean") for order in chosen for item in order["order_details"]["order_items"]}
    wrong = sorted(
        {
            str(item["ean"])
            for order in seed.orders
            for item in order["order_details"]["order_items"]
            if "ean" in item
        }
        - packed
    )
    if wrong:
        codes.append(SheetCode(wrong[0], "wrong item: in none of these orders"))
    return codes


def training_badges() -> list[SheetCode]:
    """The demo packers' badges, as the default badge pattern reads them (`BADGE-<id>`)."""
    return [SheetCode(f"{BADGE_PREFIX}{badge_id}", name) for badge_id, name in TRAINING_PACKERS]


def training_sheet_pdf(simulator: Simulator, *, limit: int = 24, boxes: Sequence[SheetCode] = ()) -> bytes:
    """The sheet `packstation --training` offers: the demo packers' badges, the seeded orders of
    `simulator`, the items of a few, the `boxes` codes (several boxes), then the red path."""
    good, bad = training_sheet_codes(simulator, limit=limit)
    packing = practice_packing_codes(simulator.seed_data, good)
    return barcode_sheet_pdf(good, bad_codes=bad, badges=training_badges(), packing=packing, boxes=boxes)
