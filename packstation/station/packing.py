"""Item verification in the scan flow: the order open for packing, its checklist, parking and resuming.

With `item_verification` on, an order scan opens the order instead of making its label at once:
the station takes a packing hold on it (`ClaimKind.PACKING`, so no other station packs it too),
and each later scan is matched against its lines (`Checklist`). Every item scan is journalled
(`Journal.record_item`) before the packer hears its sound. When the last unit is in, the label is
made through the same claim and label steps as an order scan without verification.

Scanning another order parks the open one (its hold and its journalled progress stay); scanning
it again resumes it, in this session or after a restart. Skipping verification (mode `on`) and a
lead's force-complete (mode `required`) are journalled; abandoning ends the attempt as a failure a
shift lead sees, and frees the order.

Several boxes (multicollo, issue 18): the new-box key (or the "new box" barcode) closes the box
being packed: the items verified into it, its weight from the scale and its size (`box_sizes`,
chosen by a shortcut key or by scanning the box's barcode). Each close is journalled (`box_closed`,
with what the box holds) and replayed with the item scans, so a parked, resumed or restarted order
gets its boxes back. When the last item is in, the last box is closed the same way and the order
ships through `make_box_labels`, a label per box. Offered only where `multicollo_refusal` finds
nothing; otherwise the packer is told why. Skipping or forcing with boxes closed puts the items not
scanned in the last box (journalled; docs/multicollo.md).

A little over 600 lines: one class, the open order's state, whose item scans and box closes share
its journal records and their replay; splitting the boxes off would split that replay in two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import AttemptId, Claim, ClaimKind, ItemScanRecord, Stage
from packstation.scales import ScaleError, Weight
from packstation.sendcloud import Order
from packstation.settings import BoxSizeSetting
from packstation.station.box_labels import order_lines
from packstation.station.box_steps import BoxSteps
from packstation.station.boxes import (
    Box,
    BoxesError,
    BoxRecord,
    box_size_scanned,
    boxes_problem,
    find_box_size,
    is_new_box_code,
    packed_box,
    size_words,
)
from packstation.station.label_steps import OutcomeStillUnknownError
from packstation.station.shipping import AlreadyShippedError, ensure_not_shipped
from packstation.station.verdicts import (
    CheckLineView,
    ChecklistView,
    ClosedBoxView,
    OrderSummary,
    ScanVerdict,
    Verdict,
)
from packstation.station.verification import Checklist, ItemOutcome, ItemResult

# Outcomes of the flow itself, journalled beside the checklist's.
SKIPPED, FORCED, PARKED, RESUMED, ABANDONED = "skipped", "forced", "parked", "resumed", "abandoned"
WEIGHING_REFUSED = "weighing_refused"  # the scale gave no weight for the packed box (issue 17)
# Several boxes (issue 18): a box closed (`code`: its `BoxRecord` as JSON), a box size chosen for
# the box being packed (`code`: the size's name).
BOX_CLOSED, BOX_SIZE = "box_closed", "box_size"


@dataclass
class OpenOrder:
    attempt_id: AttemptId
    order: Order
    summary: OrderSummary
    checklist: Checklist
    last_line: int | None = None
    # Every item is in (or the rest was skipped): a scan of the order's number weighs it again
    # after the scale refused (the box stays on the bench, the items are not scanned again).
    to_weigh: bool = False
    # Several boxes: those closed so far (in packing order), and the size chosen for the box
    # being packed.
    boxes: list[BoxRecord] = field(default_factory=list)
    size: BoxSizeSetting | None = None
    # Skipped or forced with boxes closed: the items not scanned go in the last box.
    rest_unscanned: bool = False

    def boxed(self) -> dict[int, int]:
        """Pieces of each line in the closed boxes."""
        boxed: dict[int, int] = {}
        for box in self.boxes:
            for line, pieces in box.lines.items():
                boxed[line] = boxed.get(line, 0) + pieces
        return boxed

    def in_box(self, *, rest: bool = False) -> dict[int, int]:
        """What the box being packed holds: each line's verified pieces not in a closed box (with
        `rest`, the pieces not scanned too: the order completed without them)."""
        boxed = self.boxed()
        held = {
            line.index: (line.quantity if rest else min(line.packed, line.quantity))
            - boxed.get(line.index, 0)
            for line in self.checklist.lines
        }
        return {index: pieces for index, pieces in held.items() if pieces > 0}


class VerificationRequiredError(PackstationError):
    code = ErrorCode.VERIFICATION_REQUIRED


@dataclass
class PackingSteps(BoxSteps):
    """The label steps (one box or several) plus the order open for packing. Not thread-safe (the
    API lane)."""

    open_order: OpenOrder | None = None
    parked: dict[str, OpenOrder] = field(default_factory=dict)  # order number (casefold) → order

    @property
    def verifying(self) -> bool:
        return self.settings.item_verification != "off"

    def open_for_packing(self, attempt_id: AttemptId, order: Order, summary: OrderSummary) -> ScanVerdict:
        """Hold the order for packing and show its checklist (resumed where it was left, if it was
        packed before). Raises what the claim and Sendcloud's already-shipped check raise."""
        try:
            self.claim(attempt_id, order, ClaimKind.PACKING)
            ensure_not_shipped(self.client, order)  # before the packer fills a box for nothing
        except AlreadyShippedError as error:
            return self.already_shipped(attempt_id, error, summary)
        except OutcomeStillUnknownError as error:
            return self.still_unknown(attempt_id, error, summary)
        return self._open(attempt_id, order, summary)

    def parked_attempt(self, order_number: str) -> AttemptId | None:
        """The attempt an order was parked under (this session or an earlier one), if any."""
        parked = self.parked.get(order_number.casefold())
        if parked is not None:
            return parked.attempt_id
        for claim, alive in self.journal.claims():
            if self._parked_claim(claim, alive, order_number):
                return claim.attempt_id
        return None

    def resume(self, attempt_id: AttemptId, order: Order, summary: OrderSummary) -> ScanVerdict:
        """Open a parked order again: its hold passes back to this session, its progress is replayed."""
        self.parked.pop(order.order_number.casefold(), None)
        for claim, _alive in self.journal.claims():
            if claim.attempt_id == attempt_id and claim.holder_id != self.journal.holder.id:
                self.journal.claim(
                    order.order_number,
                    order.order_details.integration.id,
                    attempt_id,
                    ClaimKind.PACKING,
                    take_over=claim.holder_id,
                )
        self.journal.record_item(attempt_id, order.order_number, RESUMED, actor=self._actor())
        return self._open(attempt_id, order, summary)

    def packing_scan(self, raw: str) -> ScanVerdict | None:
        """Match a scan against the open order. None: it is no product of the order and no
        product code at all, so the caller reads it as an order number. The "new box" barcode
        closes the box; a box size's barcode chooses the size of the box being packed."""
        open_order = self._require_open()
        if is_new_box_code(raw):
            return self.new_box()
        size = box_size_scanned(self.settings.box_sizes, raw)
        if size is not None:
            return self._size_chosen(open_order, size)
        result = open_order.checklist.scan(raw)
        if result.outcome is ItemOutcome.NOT_AN_ITEM:
            return None
        return self._counted(open_order, result)

    def not_in_order(self, text: str) -> ScanVerdict:
        """A scan that was neither a product of the open order nor an order Sendcloud knows."""
        open_order = self._require_open()
        result = ItemResult(ItemOutcome.NOT_IN_ORDER, text, reason=f"{text} is not in this order.")
        return self._counted(open_order, result)

    def confirm_line(self, index: int) -> ScanVerdict:
        """A line with nothing to scan, confirmed by a key."""
        open_order = self._require_open()
        return self._counted(open_order, open_order.checklist.confirm(index))

    # ------------------------------------------------------------------ several boxes
    def new_box(self) -> ScanVerdict:
        """The new-box key (or barcode): close the box being packed (its verified items, its weight
        from the scale, its chosen size) and start the next. Refused, with the reason, where the
        order may not leave in several boxes, while the box is empty or while its size is not
        chosen (the station has several sizes); the order stays open as it is."""
        open_order = self.open_order
        if open_order is None:
            return self.finish(
                ScanVerdict(
                    Verdict.FAILED,
                    "No order is open for packing: scan an order before closing a box.",
                    ErrorCode.PACKING_NOT_OPEN,
                )
            )
        refused = self._multicollo_refused(open_order)
        if refused is not None:
            return refused
        if open_order.to_weigh:
            # Every item is in and the last box waited (for the scale, or for its size): closing it
            # is finishing the order, as a scan of its number does.
            return self._complete(open_order)
        units = open_order.in_box()
        if not units:
            return self._box_refusal(
                open_order,
                f"Box {len(open_order.boxes) + 1} is empty: scan its items before closing it.",
                ErrorCode.BOX_EMPTY,
            )
        closed = self._close_box(open_order, units)
        if isinstance(closed, ScanVerdict):
            return closed
        return self.finish(
            ScanVerdict(
                Verdict.PACKING,
                f"Box {closed.number} is closed ({closed_words(closed)}). Scan the items of box "
                f"{closed.number + 1}.",
                ErrorCode.NEXT_BOX,
                open_order.attempt_id,
                open_order.summary,
                checklist=self.checklist_view(open_order),
                reference=str(closed.number),
            )
        )

    def choose_box_size(self, typed: str) -> ScanVerdict:
        """A box size for the box being packed, by its shortcut digit (or its barcode)."""
        open_order = self._require_open()
        size = find_box_size(self.settings.box_sizes, typed)
        if size is None:
            return self._box_refusal(
                open_order,
                f"No box size has the key or barcode {typed.strip()!r} at this station.",
                ErrorCode.BOX_SIZE_UNKNOWN,
                reference=typed.strip(),
            )
        return self._size_chosen(open_order, size)

    def _size_chosen(self, open_order: OpenOrder, size: BoxSizeSetting) -> ScanVerdict:
        open_order.size = size
        self.journal.record_item(
            open_order.attempt_id, size.name, BOX_SIZE, reason=size_words(size), actor=self._actor()
        )
        if open_order.to_weigh and open_order.boxes:
            return self._complete(open_order)  # the last box waited for its size: its labels now
        return self.finish(
            ScanVerdict(
                Verdict.PACKING,
                f"Box {len(open_order.boxes) + 1}: {size_words(size)}.",
                ErrorCode.BOX_SIZE_CHOSEN,
                open_order.attempt_id,
                open_order.summary,
                checklist=self.checklist_view(open_order),
                reference=size_words(size),
            )
        )

    def _multicollo_refused(self, open_order: OpenOrder) -> ScanVerdict | None:
        """The red verdict saying why this order may not leave in several boxes, or None."""
        refusal = self.multicollo_refusal(open_order.order)
        if refusal is None:
            return None
        # The option the station names (its label's name), which takes no several boxes; None:
        # the station names none (Sendcloud's rules or defaults choose), so nothing can be checked.
        named = self.settings.ship_with if not self.settings.apply_shipping_rules else None
        reference = self._shipping_name(named.shipping_option_code) if named is not None else None
        if refusal.line is not None:
            reference = refusal.line
        return self._box_refusal(
            open_order,
            f"Order {open_order.summary.order_number} cannot leave in several boxes here: "
            f"{refusal.reason}. Pack it in one box.",
            refusal.code,
            reference=reference,
        )

    def _box_refusal(
        self, open_order: OpenOrder, message: str, code: ErrorCode, *, reference: str | None = None
    ) -> ScanVerdict:
        return self.finish(
            ScanVerdict(
                Verdict.FAILED,
                message,
                code,
                open_order.attempt_id,
                open_order.summary,
                checklist=self.checklist_view(open_order),
                reference=reference,
            )
        )

    def _box_size(self, open_order: OpenOrder) -> BoxSizeSetting | ScanVerdict | None:
        """The size of the box being closed: the one chosen, the station's only one, or none where
        the station has no box sizes; the refusal when it has several and none was chosen."""
        sizes = self.settings.box_sizes
        if open_order.size is not None:
            return open_order.size
        if len(sizes) == 1:
            return sizes[0]
        if not sizes:
            return None
        keys = ", ".join(
            f"{size.name}: Ctrl+{size.shortcut}" if size.shortcut else size.name for size in sizes
        )
        return self._box_refusal(
            open_order,
            f"Choose the size of box {len(open_order.boxes) + 1} first ({keys}, or scan the box's barcode).",
            ErrorCode.BOX_SIZE_NEEDED,
        )

    def _close_box(self, open_order: OpenOrder, units: dict[int, int]) -> BoxRecord | ScanVerdict:
        """Weigh and size the box being packed, journal it closed; or the verdict that keeps it open."""
        size = self._box_size(open_order)
        if isinstance(size, ScanVerdict):
            return size
        number = len(open_order.boxes) + 1
        weight: Weight | None = None
        if self.scale is not None:
            try:
                # A key per box: box 2 must not take box 1's weight (the scale must change between).
                weight = self.weigh(open_order.attempt_id, f"{open_order.summary.order_number}#box{number}")
            except ScaleError as error:
                self.journal.record_item(
                    open_order.attempt_id,
                    f"box {number}",
                    WEIGHING_REFUSED,
                    reason=error.message,
                    actor=self._actor(),
                )
                return self._box_refusal(
                    open_order,
                    f"{error.message} Box {number} stays open: put it on the scale and close it again.",
                    error.code,
                    reference=open_order.summary.order_number,
                )
        record = BoxRecord(number, units, weight, size)
        self.journal.record_item(
            open_order.attempt_id,
            record.to_text(),
            BOX_CLOSED,
            units=sum(units.values()),
            reason=closed_words(record),
            actor=self._actor(),
        )
        open_order.boxes.append(record)
        open_order.size = None
        return record

    def _complete_in_boxes(self, open_order: OpenOrder) -> ScanVerdict:
        """The last item is in an order with boxes closed: close the last box, then a label per box."""
        units = open_order.in_box(rest=open_order.rest_unscanned)
        if units:
            closed = self._close_box(open_order, units)
            if isinstance(closed, ScanVerdict):
                return closed
        item_ids = [str(line.get("item_id") or "") for line in order_lines(open_order.order)]
        try:
            boxes: list[Box] = [
                packed_box(item_ids, record.lines, weight=record.weight, size=record.size)
                for record in open_order.boxes
            ]
            problem = boxes_problem(boxes, order_lines(open_order.order))
        except BoxesError as error:
            problem = error.reason
        if problem is not None:
            return self._box_refusal(
                open_order,
                f"The boxes of order {open_order.summary.order_number} do not hold exactly the order "
                f"({problem}); no label was made. Call your shift lead.",
                ErrorCode.BOXES_INVALID,
            )
        self.open_order = None
        return self.make_box_labels(open_order.attempt_id, open_order.order, open_order.summary, boxes)

    def skip_verification(self) -> ScanVerdict:
        """Ctrl+Enter (mode `on`): the label without checking the rest; the skip is journalled."""
        open_order = self._require_open()
        if self.settings.item_verification == "required":
            raise VerificationRequiredError(
                "This station requires every item to be scanned; only a shift lead may complete the "
                "order without it."
            )
        self.journal.record_item(
            open_order.attempt_id,
            open_order.summary.order_number,
            SKIPPED,
            units=open_order.checklist.remaining,
            reason=self._rest_in_last_box(open_order),
            actor=self._actor(),
        )
        return self._complete(open_order)

    def force_complete(self, lead: str, reason: str) -> ScanVerdict:
        """A shift lead completes the order without the remaining items (audited with the reason)."""
        open_order = self._require_open()
        number = open_order.summary.order_number
        self.journal.audit(
            lead, "force_complete", f"attempt {open_order.attempt_id}, order {number}: {reason}"
        )
        rest = self._rest_in_last_box(open_order)
        self.journal.record_item(
            open_order.attempt_id,
            number,
            FORCED,
            units=open_order.checklist.remaining,
            reason=f"{reason.rstrip('. ')}. {rest}" if rest else reason,
            actor=lead,
        )
        return self._complete(open_order)

    def _rest_in_last_box(self, open_order: OpenOrder) -> str | None:
        """With boxes closed, completing without the rest puts the rest in the last box."""
        if not open_order.boxes:
            return None
        open_order.rest_unscanned = True
        return f"The items not scanned are in the last box, box {len(open_order.boxes) + 1}."

    def park(self) -> None:
        """Put the open order aside (another order was scanned): its hold and progress stay."""
        open_order = self._require_open()
        self.journal.record_item(
            open_order.attempt_id, open_order.summary.order_number, PARKED, actor=self._actor()
        )
        self.parked[open_order.summary.order_number.casefold()] = open_order
        self.open_order = None

    def abandon(self) -> ScanVerdict:
        """Give the open order up: the attempt ends as a failure a lead sees, the order is free."""
        open_order = self._require_open()
        number = open_order.summary.order_number
        self.journal.record_item(open_order.attempt_id, number, ABANDONED, actor=self._actor())
        self.open_order = None
        error = PackstationError(
            f"Packing of order {number} was given up before its label; nothing was paid.",
            code=ErrorCode.PACKING_ABANDONED,
        )
        return self.failed(open_order.attempt_id, error, open_order.summary)

    def checklist_view(self, open_order: OpenOrder | None = None) -> ChecklistView | None:
        open_order = open_order or self.open_order
        if open_order is None:
            return None
        return ChecklistView(
            open_order.summary.order_number,
            tuple(
                CheckLineView(
                    line.name, line.quantity, line.packed, line.sku, line.ean, line.needs_confirmation
                )
                for line in open_order.checklist.lines
            ),
            open_order.last_line,
            tuple(parked.summary.order_number for parked in self.parked.values()),
            closed_boxes=tuple(
                ClosedBoxView(
                    box.number,
                    sum(box.lines.values()),
                    box.weight,
                    size_words(box.size) if box.size is not None else None,
                )
                for box in open_order.boxes
            ),
            box=len(open_order.boxes) + 1,
            box_size=size_words(open_order.size) if open_order.size is not None else None,
        )

    # ------------------------------------------------------------------ inside
    def _open(self, attempt_id: AttemptId, order: Order, summary: OrderSummary) -> ScanVerdict:
        checklist = Checklist.of(order, self.settings.case_barcodes)
        records = self.journal.item_scans(attempt_id)
        checklist.replay(  # a parked order comes back as it was left; a new one has no records
            ItemResult(ItemOutcome.PACKED, record.code, record.units, record.line)
            for record in records
            if record.outcome == ItemOutcome.PACKED
        )
        open_order = OpenOrder(attempt_id, order, summary, checklist)
        _replay_boxes(open_order, records, self.settings.box_sizes)
        self.open_order = open_order
        if checklist.complete:
            return self._complete(open_order)
        return self.finish(
            ScanVerdict(
                Verdict.PACKING,
                f"Order {summary.order_number}: scan each item ({checklist.remaining} to go).",
                ErrorCode.PACKING_OPEN,
                attempt_id,
                summary,
                checklist=self.checklist_view(open_order),
            )
        )

    def _counted(self, open_order: OpenOrder, result: ItemResult) -> ScanVerdict:
        self.journal.record_item(
            open_order.attempt_id,
            result.text,
            result.outcome.value,
            line=result.line,
            units=result.units,
            reason=result.reason or None,
            actor=self._actor(),
        )
        open_order.last_line = result.line
        if result.outcome is ItemOutcome.PACKED and open_order.checklist.complete:
            return self._complete(open_order)
        packed = result.outcome is ItemOutcome.PACKED
        line = open_order.checklist.lines[result.line] if result.line is not None else None
        return self.finish(
            ScanVerdict(
                Verdict.PACKING if packed else Verdict.FAILED,
                f"Packed: {line.name}." if packed and line else result.reason,
                result.outcome.code,
                open_order.attempt_id,
                open_order.summary,
                checklist=self.checklist_view(open_order),
                reference=line.name if line else result.text,
            )
        )

    def _complete(self, open_order: OpenOrder) -> ScanVerdict:
        """Everything is in the box: weigh it (with a scale), then the label at once (the claim
        passes from packing to label). A scale's refusal keeps the order open: the packer puts the
        box on the scale and scans the order's number again, and no item is scanned twice."""
        open_order.to_weigh = True
        if open_order.boxes:
            return self._complete_in_boxes(open_order)
        weight = None
        if self.scale is not None:
            try:
                weight = self.weigh(open_order.attempt_id, open_order.summary.order_number)
            except ScaleError as error:
                return self._not_weighed(open_order, error)
        self.open_order = None
        return self.make_label(open_order.attempt_id, open_order.order, open_order.summary, weight=weight)

    def weigh_again(self) -> ScanVerdict | None:
        """The open order's number scanned again: weigh it again if it is packed (None if not)."""
        open_order = self._require_open()
        return self._complete(open_order) if open_order.to_weigh else None

    def _not_weighed(self, open_order: OpenOrder, error: ScaleError) -> ScanVerdict:
        number = open_order.summary.order_number
        self.journal.record_item(
            open_order.attempt_id, number, WEIGHING_REFUSED, reason=error.message, actor=self._actor()
        )
        return self.finish(
            ScanVerdict(
                Verdict.FAILED,
                f"{error.message} Then scan order {number} again: its items stay packed.",
                error.code,
                open_order.attempt_id,
                open_order.summary,
                checklist=self.checklist_view(open_order),
                reference=number,
            )
        )

    def _require_open(self) -> OpenOrder:
        if self.open_order is None:
            raise PackstationError("No order is open for packing.", code=ErrorCode.PACKING_NOT_OPEN)
        return self.open_order

    def _parked_claim(self, claim: Claim, alive: bool, order_number: str) -> bool:
        if claim.kind is not ClaimKind.PACKING or claim.attempt_id is None:
            return False
        if claim.order_number.casefold() != order_number.casefold():
            return False
        ours = claim.holder_id == self.journal.holder.id
        if alive and not ours:
            return False  # another station is packing it: the claim refuses it, with its name
        return self.journal.attempt(claim.attempt_id).stage is Stage.ORDER_FOUND

    def _actor(self) -> str | None:
        return self.packer.name if self.packer else None


def closed_words(box: BoxRecord) -> str:
    """ "3 pieces, 1.25 kg, M (30 x 20 x 10 cm)": what a closed box holds, for the journal and the
    core's messages (the packing screen words it in the station's language)."""
    parts = [f"{sum(box.lines.values())} pieces"]
    if box.weight is not None:
        parts.append(str(box.weight))
    if box.size is not None:
        parts.append(size_words(box.size))
    return ", ".join(parts)


def _replay_boxes(
    open_order: OpenOrder, records: Sequence[ItemScanRecord], sizes: Sequence[BoxSizeSetting]
) -> None:
    """The boxes closed (and the size chosen for the box being packed) as the journal has them; a
    size the station no longer has is chosen again. A skip or a lead's force with boxes closed is
    replayed too: the rest goes in the last box."""
    for record in records:
        if record.outcome == BOX_CLOSED:
            try:
                open_order.boxes.append(BoxRecord.from_text(record.code))
            except BoxesError:  # pragma: no cover - only this module writes these records
                continue
            open_order.size = None
        elif record.outcome == BOX_SIZE:
            open_order.size = next((size for size in sizes if size.name == record.code), None)
        elif record.outcome in (SKIPPED, FORCED) and open_order.boxes:
            open_order.rest_unscanned = True
