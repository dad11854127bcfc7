"""The checklist of an order being packed: each line, how many are in the box, what a scan does to it.

Pure state, no I/O: the scan flow feeds it scans (`scan`) and key confirmations (`confirm`), records
every result in the journal, and rebuilds it from those records when a parked order is resumed
(`replay`). A scan ticks units only when they all fit one line; a wrong item, an over-scan or an
unreadable code changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from packstation.error_codes import ErrorCode
from packstation.gs1 import gtin14, is_gtin
from packstation.sendcloud import Order
from packstation.station.item_codes import ItemCodeError, ItemScan, read_item_scan


class ItemOutcome(StrEnum):
    """What one item scan came to (the journal stores the value)."""

    PACKED = "packed"  # units ticked on a line
    NOT_IN_ORDER = "not_in_order"  # a product code the order does not have
    OVER_SCAN = "over_scan"  # more units than the line still needs
    UNREADABLE = "unreadable"  # a product code that cannot be one (check digit, unknown case)
    NOT_AN_ITEM = "not_an_item"  # no product code and no SKU of the order: maybe an order number

    @property
    def code(self) -> ErrorCode | None:
        return _CODES.get(self)


_CODES: Mapping[ItemOutcome, ErrorCode] = {
    ItemOutcome.PACKED: ErrorCode.ITEM_PACKED,
    ItemOutcome.NOT_IN_ORDER: ErrorCode.ITEM_NOT_IN_ORDER,
    ItemOutcome.OVER_SCAN: ErrorCode.ITEM_OVER_SCAN,
    ItemOutcome.UNREADABLE: ErrorCode.ITEM_UNREADABLE,
}


@dataclass
class CheckLine:
    """One order line: what to put in the box, and how many are in it."""

    index: int
    name: str
    quantity: int
    sku: str | None = None
    ean: str | None = None  # as the order has it
    gtin: str | None = None  # the EAN as a GTIN-14, when it is a valid one
    packed: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.packed)

    @property
    def complete(self) -> bool:
        return self.packed >= self.quantity

    @property
    def needs_confirmation(self) -> bool:
        """Nothing on the product to scan: the packer confirms it with a key."""
        return self.gtin is None and not self.sku


@dataclass(frozen=True)
class ItemResult:
    """One scan or confirmation, as the journal records it and the packer is told."""

    outcome: ItemOutcome
    text: str  # what was scanned (or the line's name, for a confirmation)
    units: int = 0
    line: int | None = None  # the line's index, when one was matched
    reason: str = ""  # why nothing was ticked, in English (the faces word it by `outcome`)


@dataclass
class Checklist:
    """The lines of one order and what is packed so far."""

    lines: list[CheckLine]
    case_barcodes: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, order: Order, case_barcodes: Mapping[str, int] | None = None) -> Checklist:
        lines = [
            CheckLine(
                index,
                item.name,
                max(0, item.quantity),
                sku=item.sku or None,
                ean=item.ean or None,
                gtin=gtin14(item.ean) if item.ean and is_gtin(item.ean) else None,
            )
            for index, item in enumerate(order.order_details.order_items)
        ]
        return cls(lines, dict(case_barcodes or {}))

    @property
    def complete(self) -> bool:
        return all(line.complete for line in self.lines)

    @property
    def remaining(self) -> int:
        return sum(line.remaining for line in self.lines)

    @property
    def packed(self) -> int:
        return sum(min(line.packed, line.quantity) for line in self.lines)

    def scan(self, raw: str) -> ItemResult:
        """Tick what `raw` names, or say why not. Never raises for what a packer scanned."""
        try:
            item = read_item_scan(raw, self.case_barcodes)
        except ItemCodeError as error:
            return ItemResult(ItemOutcome.UNREADABLE, error.text, reason=error.message)
        line = self._line_for(item)
        if line is None:
            if item.gtin is None:
                return ItemResult(ItemOutcome.NOT_AN_ITEM, item.text, item.units)
            return ItemResult(
                ItemOutcome.NOT_IN_ORDER, item.text, item.units, reason=f"{item.text} is not in this order."
            )
        return self._tick(line, item.units, item.text)

    def confirm(self, index: int, units: int = 1) -> ItemResult:
        """A line with nothing to scan, confirmed by a key: `units` of it are in the box."""
        return self._tick(self.lines[index], units, self.lines[index].name)

    def replay(self, results: Iterable[ItemResult]) -> None:
        """Rebuild the packed counts from recorded results (a parked order resumed)."""
        for result in results:
            if result.outcome is ItemOutcome.PACKED and result.line is not None:
                self.lines[result.line].packed += result.units

    def _line_for(self, item: ItemScan) -> CheckLine | None:
        # A line still needing units first: two lines may carry the same product.
        candidates = [
            line
            for line in self.lines
            if (item.gtin is not None and line.gtin == item.gtin)
            or (item.gtin is None and line.sku is not None and line.sku == item.text)
        ]
        open_lines = [line for line in candidates if not line.complete]
        chosen = open_lines or candidates
        return chosen[0] if chosen else None

    def _tick(self, line: CheckLine, units: int, text: str) -> ItemResult:
        if units > line.remaining:
            reason = (
                f"{line.name}: {line.quantity} ordered, {line.packed} packed; {units} more would be "
                f"{line.packed + units}."
            )
            return ItemResult(ItemOutcome.OVER_SCAN, text, units, line.index, reason)
        line.packed += units
        return ItemResult(ItemOutcome.PACKED, text, units, line.index)


def lines_needing_confirmation(lines: Sequence[CheckLine]) -> list[CheckLine]:
    return [line for line in lines if line.needs_confirmation and not line.complete]
