"""What one scan (or one console action) comes to, as the packer sees it: the verdict and its events.

Frozen values without behaviour, shared by the scan flow, the label steps, the console and both faces.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from packstation.error_codes import ErrorCode
from packstation.journal import AttemptId, Stage
from packstation.printing.printer import PrintOutcome
from packstation.scales import Weight
from packstation.sendcloud import Order


class Verdict(StrEnum):
    """What the packer sees: green, amber or red."""

    SUCCESS = "success"  # green: the label is out (or saved, on a station without a printer)
    ATTENTION = "attention"  # amber: already shipped, label saved but not printed, outcome unknown
    FAILED = "failed"  # red: no label; fix and scan again
    PACKING = "packing"  # an order open for item verification: its checklist, no label yet


@dataclass(frozen=True)
class OrderSummary:
    """What the verdict area shows about the order."""

    order_number: str
    recipient: str
    destination: str
    items: tuple[tuple[str, int], ...]
    shipping_option: str | None
    # The parcel's weight as weighed (or typed) and sent to Sendcloud before its label (issue 17);
    # None when the station does not weigh. `weight_limit_checked`: whether the shipping option's
    # weight limits were known to check it against (False: the verdict says "weight limit not
    # checked"), None without a weight.
    weight: Weight | None = None
    weight_limit_checked: bool | None = None


@dataclass(frozen=True)
class CheckLineView:
    """One line as the faces show it (a snapshot: the checklist itself lives on the API lane)."""

    name: str
    quantity: int
    packed: int
    sku: str | None
    ean: str | None
    needs_confirmation: bool

    @property
    def remaining(self) -> int:
        return max(0, self.quantity - self.packed)


@dataclass(frozen=True)
class ClosedBoxView:
    """A box of the order already closed (several boxes, issue 18), as the faces show it."""

    number: int  # 1-based, in packing order
    pieces: int
    weight: Weight | None = None
    size: str | None = None  # the box size's name and sides: "M (30 x 20 x 10 cm)"


@dataclass(frozen=True)
class ChecklistView:
    order_number: str
    lines: tuple[CheckLineView, ...]
    last_line: int | None = None  # the line the last scan ticked (or was refused on)
    parked: tuple[str, ...] = ()  # orders parked at this station
    # Several boxes (issue 18): the boxes closed so far, the number of the box being packed and
    # the size chosen for it (its name and sides), if any.
    closed_boxes: tuple[ClosedBoxView, ...] = ()
    box: int = 1
    box_size: str | None = None

    @property
    def remaining(self) -> int:
        return sum(line.remaining for line in self.lines)

    @property
    def complete(self) -> bool:
        return self.remaining == 0


@dataclass(frozen=True)
class StageReached:
    """Progress event: an attempt reached a stage (the journal's stage names)."""

    attempt_id: AttemptId
    stage: Stage


@dataclass(frozen=True)
class LimitWait:
    """Progress event: the scan waits for the account's write budget (Sendcloud's limit); 0 when the
    wait is over. The packing screen says "Waiting for Sendcloud's limit: 4 s"."""

    seconds: float


@dataclass(frozen=True)
class JournalOutage:
    """Progress event: the shared journal cannot be reached (`reason`), so no label is made and the
    scan waits; `reason` None when it is back. The packing screen says so in red."""

    reason: str | None


@dataclass(frozen=True)
class ScanVerdict:
    """The outcome of one scan: also emitted as the last event of the attempt."""

    verdict: Verdict
    message: str
    code: ErrorCode | None = None
    attempt_id: AttemptId | None = None
    order: OrderSummary | None = None
    parcel_id: int | None = None
    tracking_number: str | None = None
    label_path: Path | None = None
    print_outcome: PrintOutcome | None = None
    # What the verdict is about when there is no order summary: the order of a reprint, the
    # packer's name at sign-in.
    reference: str | None = None
    # Already shipped: the attempt holding this order's label at this station, which reprint-last
    # (F5) must print, never the previous order's; None when the label was made elsewhere.
    reprint_attempt: AttemptId | None = None
    # Outcome unknown: seconds until a rescan can prove that no label was made (0: try again soon).
    retry_in: float | None = None
    # A refusal about one field of the order: its JSON pointer (`/to_address/house_number`), which
    # the faces put in words.
    field: str | None = None
    # Papers printed after the label (a customs declaration…): the label preview shows the label,
    # not the last job, and says how many followed it.
    documents_printed: int = 0
    # Item verification: the order's checklist as it stands after this scan (station/packing.py).
    checklist: ChecklistView | None = None
    # Another station holds the order (being packed there), or shipped it (the shared journal):
    # who ("Station 3 (Anna)") and since when. None when it is this station's own doing.
    elsewhere: str | None = None
    elsewhere_at: datetime | None = None
    # Several boxes, one order (issue 18): each box's parcel, in box order (`parcel_id` is box 1's).
    parcels: tuple[int, ...] = ()


@dataclass(frozen=True)
class Weighing:
    """Progress event: the station waits for the scale's stable weight (put the parcel on it)."""

    attempt_id: AttemptId
    scale_url: str


Event = StageReached | ScanVerdict | Weighing | LimitWait | JournalOutage


def summarise(order: Order) -> OrderSummary:
    address = order.shipping_address
    recipient = address.name if address else (order.customer_details.name if order.customer_details else "")
    destination = f"{address.postal_code} {address.city}, {address.country_code}" if address else ""
    ship_with = order.shipping_details.ship_with if order.shipping_details else None
    option = ship_with.properties.shipping_option_code if ship_with else None
    items: Sequence[tuple[str, int]] = [
        (item.name, item.quantity) for item in order.order_details.order_items
    ]
    return OrderSummary(order.order_number, recipient, destination, tuple(items), option)


def rounded_wait(seconds: float) -> tuple[int, bool]:
    """A wait (`ScanVerdict.retry_in`) as a packer is told it: whole seconds up to 90, else whole
    minutes; rounded up, never 0. Returns (count, in_minutes)."""
    if seconds <= 90:
        return max(1, math.ceil(seconds)), False
    return math.ceil(seconds / 60), True
