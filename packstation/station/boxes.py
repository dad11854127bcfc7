"""Several boxes, one order (multicollo, issue 18): the boxes, their weights and sizes, Qt-free.

A packer closes a box with the "new box" key; a box holds the items verified into it, its weight
from the scale and its dimensions from the station's `box_sizes`. `packstation ship ORDER
--boxes FILE.json` gives the same from a file:

    [{"weight": "1.1kg", "dimensions": "30x20x10cm", "items": {"ITEM_ID": 1}}, …]

Each box becomes one parcel of `create-labels-async`'s `parcels[]` (`to_parcel`): `parcel_items`
by `item_id` and quantity, its weight and its dimensions, in box order.

A box's weight is the scales' `Weight` (the scale's reading, or a typed one read by the same
`parse_weight` as `ship --weight`); `parse_box_weight` adds a box's upper bound.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Final, Literal

from packstation.scales import Weight, parse_weight
from packstation.sendcloud import LabelParcel, ParcelItem, StrDimensions, StrWeight
from packstation.settings import BoxSizeSetting
from packstation.station.weighing import SENDCLOUD_UNITS

DimensionUnit = Literal["cm", "mm", "m", "in"]

MAX_BOXES: Final = 50  # Sendcloud's default maximum of parcels per shipment (S-SAO)
MAX_BOXES_FILE_BYTES: Final = 1_000_000
_DIMENSION_UNITS: Final = ("cm", "mm", "m", "in")
_CM_PER_UNIT: Final[Mapping[DimensionUnit, Decimal]] = {
    "cm": Decimal(1),
    "mm": Decimal("0.1"),
    "m": Decimal(100),
    "in": Decimal("2.54"),
}
MAX_WEIGHT_KG: Final = Decimal(1000)  # no parcel carrier takes more; a bigger number is a typo
MAX_SIDE_CM: Final = Decimal(1000)

_NUMBER = r"(\d+(?:[.,]\d+)?)"
_DIMENSIONS = re.compile(rf"^\s*{_NUMBER}\s*[xX×*]\s*{_NUMBER}\s*[xX×*]\s*{_NUMBER}\s*([a-zA-Z]+)\s*$")


class BoxesError(ValueError):
    """A box, a weight, a size or a boxes file that cannot be used; `reason` says why, plainly."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _decimal(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the patterns only let digits through
        raise BoxesError(f"{text!r} is not a number") from None


def _plain(value: Decimal) -> str:
    """`Decimal("1.100")` → "1.1", `Decimal("30")` → "30": the string Sendcloud's fields take."""
    return format(value.normalize(), "f")


def weight_to_wire(weight: Weight) -> StrWeight:
    """A weight as `parcels[]` takes it: Sendcloud's unit names, the number as written."""
    return StrWeight(value=_plain(weight.value), unit=SENDCLOUD_UNITS[weight.unit])


def parse_box_weight(text: str) -> Weight:
    """A box's typed weight (`parse_weight`: "1.1kg", "1,1 kg", "1100 g", "2.5 lb", "40oz");
    anything else, or more than a parcel carrier takes: `BoxesError`."""
    try:
        weight = parse_weight(text)
    except ValueError as error:
        raise BoxesError(str(error)) from None
    if weight.kilograms() > MAX_WEIGHT_KG:
        raise BoxesError(f"{text!r} is more than {MAX_WEIGHT_KG} kg: check the number and the unit")
    return weight


@dataclass(frozen=True, slots=True)
class Dimensions:
    length: Decimal
    width: Decimal
    height: Decimal
    unit: DimensionUnit

    def to_wire(self) -> StrDimensions:
        return StrDimensions(
            length=_plain(self.length), width=_plain(self.width), height=_plain(self.height), unit=self.unit
        )

    def __str__(self) -> str:
        return f"{_plain(self.length)} x {_plain(self.width)} x {_plain(self.height)} {self.unit}"


def parse_dimensions(text: str) -> Dimensions:
    """ "30x20x10cm", "30 × 20 × 10 cm", "12,5x8x3 in" → `Dimensions`; anything else: `BoxesError`."""
    match = _DIMENSIONS.match(text)
    if match is None:
        raise BoxesError(
            f"{text!r} is not a box size: write length x width x height and a unit (cm, mm, m, in), "
            "e.g. 30x20x10cm"
        )
    unit = match.group(4).lower()
    if unit not in _DIMENSION_UNITS:
        raise BoxesError(f"{text!r}: the unit {match.group(4)!r} is not one of cm, mm, m, in")
    sides = [_decimal(match.group(i)) for i in (1, 2, 3)]
    if any(side <= 0 for side in sides):
        raise BoxesError(f"{text!r}: every side of a box is longer than nothing")
    dimensions = Dimensions(sides[0], sides[1], sides[2], unit)  # type: ignore[arg-type]
    if any(side * _CM_PER_UNIT[dimensions.unit] > MAX_SIDE_CM for side in sides):
        raise BoxesError(f"{text!r}: a side longer than {MAX_SIDE_CM} cm; check the numbers and the unit")
    return dimensions


@dataclass(frozen=True, slots=True)
class Box:
    """One box of an order: its items (`item_id` → pieces, in packing order), weight and size."""

    items: Mapping[str, int]
    weight: Weight | None = None
    dimensions: Dimensions | None = None
    size_name: str | None = field(default=None, compare=False)  # the station's box size, when one was chosen

    def to_parcel(self) -> LabelParcel:
        """The box as one entry of `parcels[]` on `create-labels-async`."""
        return LabelParcel(
            parcel_items=[ParcelItem(item_id=item_id, quantity=n) for item_id, n in self.items.items()],
            weight=weight_to_wire(self.weight) if self.weight is not None else None,
            dimensions=self.dimensions.to_wire() if self.dimensions is not None else None,
        )

    @property
    def pieces(self) -> int:
        return sum(self.items.values())


# --------------------------------------------------------------------------- the --boxes file


def _read_items(raw: object, where: str) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise BoxesError(f'{where}: "items" must name at least one item: {{"ITEM_ID": pieces, …}}')
    items: dict[str, int] = {}
    for item_id, pieces in raw.items():
        if not item_id.strip():
            raise BoxesError(f"{where}: an item id is empty")
        if not isinstance(pieces, int) or isinstance(pieces, bool) or pieces < 1:
            raise BoxesError(f"{where}: item {item_id!r} must have a whole number of pieces, at least 1")
        items[item_id] = pieces
    return items


def _read_box(raw: object, number: int) -> Box:
    where = f"box {number}"
    if not isinstance(raw, dict):
        raise BoxesError(f'{where} is not an object like {{"weight": "1.1kg", "items": {{…}}}}')
    unknown = sorted(set(raw) - {"weight", "dimensions", "items"})
    if unknown:
        raise BoxesError(f"{where}: unknown field {unknown[0]!r} (a box has weight, dimensions and items)")
    if "items" not in raw:
        raise BoxesError(f'{where} has no "items"')
    weight = raw.get("weight")
    dimensions = raw.get("dimensions")
    for name, value in (("weight", weight), ("dimensions", dimensions)):
        if value is not None and not isinstance(value, str):
            raise BoxesError(f'{where}: "{name}" must be text like "1.1kg" or "30x20x10cm"')
    try:
        return Box(
            items=_read_items(raw["items"], where),
            weight=parse_box_weight(weight) if weight is not None else None,
            dimensions=parse_dimensions(dimensions) if dimensions is not None else None,
        )
    except BoxesError as error:
        if error.reason.startswith(where):
            raise
        raise BoxesError(f"{where}: {error.reason}") from None


def parse_boxes(data: object) -> list[Box]:
    """The boxes of a `--boxes` file's JSON: a list of 2–50 boxes (a single box needs no file)."""
    if not isinstance(data, list):
        raise BoxesError('the file must hold a list of boxes: [{"weight": "1.1kg", "items": {…}}, …]')
    if not 2 <= len(data) <= MAX_BOXES:
        raise BoxesError(f"give 2 to {MAX_BOXES} boxes, not {len(data)}")
    return [_read_box(raw, number) for number, raw in enumerate(data, start=1)]


def read_boxes_file(path: Path) -> list[Box]:
    """Read and check a `--boxes` file; every problem is a `BoxesError` naming the file."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BOXES_FILE_BYTES + 1)
    except OSError as error:
        raise BoxesError(f"{path}: cannot be read ({error.strerror or error})") from None
    if len(raw) > MAX_BOXES_FILE_BYTES:
        raise BoxesError(f"{path}: larger than {MAX_BOXES_FILE_BYTES // 1000} kB; is it the right file?")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BoxesError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BoxesError(
            f"{path}: not JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    try:
        return parse_boxes(data)
    except BoxesError as error:
        raise BoxesError(f"{path}: {error.reason}") from None


# ---------------------------------------------------------------- boxes against the order


def multicollo_problem(
    order_lines: Sequence[Mapping[str, Any]], functionalities: Mapping[str, Any] | None
) -> str | None:
    """Why this order cannot leave in several boxes, or None when it can.

    Multicollo needs the shipping option's `multicollo` functionality (S-SO) and an `item_id` on
    every order line (`parcel_items` names lines by it)."""
    if not (functionalities or {}).get("multicollo"):
        return NO_MULTICOLLO
    missing = line_without_item_id(order_lines)
    return None if missing is None else no_item_id(missing)


NO_MULTICOLLO: Final = "the station's shipping option cannot ship one order in several boxes (no multicollo)"


def line_without_item_id(order_lines: Sequence[Mapping[str, Any]]) -> str | None:
    """The name (or SKU) of the first order line without the `item_id` a box names it by, or None."""
    return next(
        (str(line.get("name") or line.get("sku") or "?") for line in order_lines if not line.get("item_id")),
        None,
    )


def no_item_id(line: str) -> str:
    return f"the order's line {line!r} has no item id, which each box must name its items by"


def boxes_problem(boxes: Sequence[Box], order_lines: Sequence[Mapping[str, Any]]) -> str | None:
    """Why these boxes do not hold exactly the order, or None: every item is an order line's
    `item_id`, and every line's pieces are all packed, none twice."""
    if not 2 <= len(boxes) <= MAX_BOXES:
        return f"an order leaves in 2 to {MAX_BOXES} boxes, not {len(boxes)}"
    ordered: dict[str, int] = {}
    for line in order_lines:
        item_id = line.get("item_id")
        if item_id:
            ordered[str(item_id)] = ordered.get(str(item_id), 0) + int(line.get("quantity") or 0)
    packed: dict[str, int] = {}
    for number, box in enumerate(boxes, start=1):
        if not box.items:
            return f"box {number} is empty"
        for item_id, pieces in box.items.items():
            if item_id not in ordered:
                return f"box {number} holds item {item_id!r}, which is not on the order"
            packed[item_id] = packed.get(item_id, 0) + pieces
    for item_id, wanted in ordered.items():
        got = packed.get(item_id, 0)
        if got != wanted:
            return f"the boxes hold {got} of item {item_id!r}; the order has {wanted}"
    return None


# ------------------------------------------------------------------ the station's box sizes


def size_dimensions(size: BoxSizeSetting) -> Dimensions:
    """A configured box size as the dimensions its parcels carry (in cm)."""
    return Dimensions(
        Decimal(str(size.length_cm)), Decimal(str(size.width_cm)), Decimal(str(size.height_cm)), "cm"
    )


def find_box_size(sizes: Sequence[BoxSizeSetting], typed: str) -> BoxSizeSetting | None:
    """The box size a shortcut digit or a scanned box barcode names, or None.

    A barcode is matched exactly (after trimming), a shortcut is one digit; names are not matched,
    so an item code that happens to equal a name is never taken for a box."""
    text = typed.strip()
    if not text:
        return None
    for size in sizes:
        if size.barcode is not None and size.barcode == text:
            return size
    if len(text) == 1:
        return next((size for size in sizes if size.shortcut == text), None)
    return None


# ------------------------------------------------------------------ boxes packed at the bench

# What the "new box" barcode on the practice sheet (and on a bench card) says: the packer closes the
# box being packed and starts the next, as with the new-box key (F3). Compared without case.
NEW_BOX_CODE: Final = "NEW-BOX"


def is_new_box_code(typed: str) -> bool:
    return typed.strip().casefold() == NEW_BOX_CODE.casefold()


def box_size_scanned(sizes: Sequence[BoxSizeSetting], typed: str) -> BoxSizeSetting | None:
    """The box size whose barcode was scanned, or None. Never a shortcut digit: a digit typed into
    the scan field is a scan, and the shortcuts are keys (Ctrl+1…9 at the packing screen)."""
    text = typed.strip()
    return find_box_size(sizes, text) if len(text) > 1 else None


def size_words(size: BoxSizeSetting) -> str:
    """ "M (30 x 20 x 10 cm)": a box size as the packer and the journal read it."""
    return f"{size.name} ({size_dimensions(size)})"


def packed_box(
    item_ids: Sequence[str | None],
    units: Mapping[int, int],
    *,
    weight: Weight | None = None,
    size: BoxSizeSetting | None = None,
) -> Box:
    """The box holding `units` (order line index → pieces, as the checklist counts them) of an
    order whose lines have `item_ids`; lines of one item id are added up. A line without an item
    id cannot be in a box (multicollo is refused for such an order before any box is closed)."""
    items: dict[str, int] = {}
    for index, pieces in sorted(units.items()):
        item_id = item_ids[index]
        if pieces <= 0:
            continue
        if not item_id:
            raise BoxesError(f"order line {index + 1} has no item id, which each box must name its items by")
        items[item_id] = items.get(item_id, 0) + pieces
    return Box(
        items=items,
        weight=weight,
        dimensions=size_dimensions(size) if size is not None else None,
        size_name=size.name if size is not None else None,
    )


@dataclass(frozen=True, slots=True)
class BoxRecord:
    """A closed box as the journal keeps it (an `item_scans` row with outcome `box_closed`): the
    checklist's lines in it, its weight as weighed and its size as chosen, so a parked or resumed
    order, or a restarted station, gets its boxes back exactly as they were closed."""

    number: int  # 1-based, in packing order
    lines: Mapping[int, int]  # order line index → pieces
    weight: Weight | None = None
    size: BoxSizeSetting | None = None

    def to_text(self) -> str:
        lines = {str(index): pieces for index, pieces in sorted(self.lines.items())}
        data: dict[str, Any] = {"box": self.number, "lines": lines}
        if self.weight is not None:
            data["weight"] = {"value": str(self.weight.value), "unit": self.weight.unit}
        if self.size is not None:
            data["size"] = self.size.model_dump(exclude_none=True)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> BoxRecord:
        """Read back what `to_text` wrote; `BoxesError` for anything else."""
        try:
            data = json.loads(text)
            lines = {int(k): int(v) for k, v in data["lines"].items()}
            raw_weight = data.get("weight")
            weight = None
            if raw_weight is not None:
                weight = Weight(Decimal(str(raw_weight["value"])), raw_weight["unit"])
            raw_size = data.get("size")
            size = BoxSizeSetting.model_validate(raw_size) if raw_size is not None else None
            return cls(int(data["box"]), lines, weight, size)
        except (ValueError, KeyError, TypeError, ArithmeticError) as error:
            raise BoxesError(f"a journalled box cannot be read ({error})") from None
