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
"""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import AttemptId, Claim, ClaimKind, Stage
from packstation.scales import ScaleError
from packstation.sendcloud import Order
from packstation.station.box_steps import BoxSteps
from packstation.station.label_steps import OutcomeStillUnknownError
from packstation.station.shipping import AlreadyShippedError, ensure_not_shipped
from packstation.station.verdicts import CheckLineView, ChecklistView, OrderSummary, ScanVerdict, Verdict
from packstation.station.verification import Checklist, ItemOutcome, ItemResult

# Outcomes of the flow itself, journalled beside the checklist's.
SKIPPED, FORCED, PARKED, RESUMED, ABANDONED = "skipped", "forced", "parked", "resumed", "abandoned"
WEIGHING_REFUSED = "weighing_refused"  # the scale gave no weight for the packed box (issue 17)


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
        product code at all, so the caller reads it as an order number."""
        open_order = self._require_open()
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
        self.journal.record_item(
            open_order.attempt_id,
            number,
            FORCED,
            units=open_order.checklist.remaining,
            reason=reason,
            actor=lead,
        )
        return self._complete(open_order)

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
        )

    # ------------------------------------------------------------------ inside
    def _open(self, attempt_id: AttemptId, order: Order, summary: OrderSummary) -> ScanVerdict:
        checklist = Checklist.of(order, self.settings.case_barcodes)
        checklist.replay(  # a parked order comes back as it was left; a new one has no records
            ItemResult(ItemOutcome.PACKED, record.code, record.units, record.line)
            for record in self.journal.item_scans(attempt_id)
            if record.outcome == ItemOutcome.PACKED
        )
        open_order = OpenOrder(attempt_id, order, summary, checklist)
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
