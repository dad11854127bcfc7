"""One scan, end to end: scan → order → claim and guard → printer check → label → save → print.

The same core drives the GUI and the CLI. The scan flow is the label steps (`station.label_steps`,
shared with the console) plus what only a scan does: parse the barcode, debounce a double scan,
sign a packer in, find the order. Progress is reported as frozen events through a plain callback
(the Qt layer re-emits them as a signal); the final `ScanVerdict` is also returned. No Qt, and
every wait comes from the injected settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import AttemptId, JournalError, Packer, Stage
from packstation.scales import Weight
from packstation.sendcloud import Order
from packstation.settings import PackerSetting
from packstation.station.barcode import Debouncer, Scan, ScanError, ScanSettings, parse_scan
from packstation.station.boxes import Box, is_new_box_code
from packstation.station.label_steps import (
    OrderClaimedError,
    OutcomeStillUnknownError,
    Settlement,
    SettleState,
)
from packstation.station.packing import PackingSteps
from packstation.station.recovery import recover
from packstation.station.shipping import (
    OrderLookupPolicy,
    find_order,
    shipping_profile,
)
from packstation.station.verdicts import (
    Event,
    JournalOutage,
    LimitWait,
    OrderSummary,
    ScanVerdict,
    StageReached,
    Verdict,
    summarise,
)

__all__ = [
    "Event",
    "JournalOutage",
    "LimitWait",
    "OrderClaimedError",
    "OrderSummary",
    "OutcomeStillUnknownError",
    "ScanVerdict",
    "SettleState",
    "Settlement",
    "StageReached",
    "StationWorkflow",
    "Verdict",
    "shipping_profile",
    "summarise",
]


# While the shared journal is unreachable, a scan tries again this often (seconds).
OUTAGE_RETRY_S = 1.0


@dataclass
class StationWorkflow(PackingSteps):
    """The packing workflow of one station: the label and packing steps plus scanning. Not
    thread-safe: run it on one worker (the API lane)."""

    _debouncer: Debouncer = field(init=False)
    journal_down: bool = field(default=False, init=False)  # the shared journal was unreachable

    def __post_init__(self) -> None:
        self._debouncer = Debouncer(self.settings.scanner.debounce_seconds, clock=self.clock)

    def set_event_sink(self, sink: Callable[[Event], None]) -> None:
        """Send the progress events to `sink` from now on (by default they go nowhere). The sink is
        called on the thread that runs the workflow: set it before any work is submitted."""
        self.emit = sink

    # ------------------------------------------------------------------ scanning
    def handle_scan(
        self,
        raw: str,
        *,
        weight: Weight | None = None,
        boxes: Sequence[Box] = (),
        queued_at: float | None = None,
    ) -> ScanVerdict:
        """Everything one scan does. Never raises for a packer-facing failure: it returns a verdict.

        `weight`: the parcel's weight, typed (`packstation ship --weight`), sent instead of the
        scale's for an order scan that makes its label at once. `boxes`: the order leaves in these
        boxes, one label each (`packstation ship --boxes FILE`; the file says what each box holds,
        so there is no item verification).

        `queued_at`: when the scan was taken (the packing screen's queue; `clock()` time, default
        now). A scan older than `queued_scan_max_age_s` by the time its label call could start
        (behind Sendcloud's write limit, or a journal outage) is refused, never labelled later onto
        whatever box is on the bench then.
        """
        taken = self.clock() if queued_at is None else queued_at
        gate = self.client.write_gate
        if gate is not None:
            gate.deadline = taken + self.settings.queued_scan_max_age_s
            gate.on_wait = lambda seconds: self.emit(LimitWait(seconds))
        try:
            return self._through_outages(raw, taken, weight, boxes)
        finally:
            if gate is not None:
                gate.deadline = None
                gate.release_reserved()

    def _through_outages(
        self, raw: str, taken: float, weight: Weight | None = None, boxes: Sequence[Box] = ()
    ) -> ScanVerdict:
        """The scan, again and again while the shared journal cannot be reached: no label is made
        without its journal row, so the scan waits (said in red), and goes through once the journal
        is back, unless it has grown too old by then. A scan cut short by the outage is simply run
        again: its claim, the already-shipped check and the settling of an unanswered label call
        see to it that nothing is paid twice."""
        limit = self.settings.queued_scan_max_age_s
        while True:
            age = self.clock() - taken
            try:
                if age > limit:
                    return self._too_old(raw, age)
                verdict = self._handle_scan(raw, weight, boxes)
            except JournalError as error:
                if error.code != ErrorCode.JOURNAL_UNAVAILABLE:
                    raise
                self.journal_down = True
                self.emit(JournalOutage(error.message))
                self._debouncer.reset()  # the scan runs again: it is no double read
                if self.clock() + OUTAGE_RETRY_S - taken > limit:
                    return self.finish(ScanVerdict(Verdict.FAILED, error.message, error.code))
                self.sleep(OUTAGE_RETRY_S)
                continue
            if self.journal_down:
                self.journal_down = False
                self.emit(JournalOutage(None))
            return verdict

    def _too_old(self, raw: str, age: float) -> ScanVerdict:
        attempt_id = self.journal.start_attempt(raw, self.packer, self.printer_url)
        limit = self.settings.queued_scan_max_age_s
        error = PackstationError(
            f"This scan waited {age:.0f} s in the queue, longer than {limit:g} s: "
            "it was refused rather than labelled onto another box. Scan it again with its box.",
            code=ErrorCode.SCAN_TOO_OLD,
        )
        self.journal.fail(attempt_id, Stage.FAILED, error)
        return self.finish(ScanVerdict(Verdict.ATTENTION, error.message, error.code, attempt_id))

    def _handle_scan(self, raw: str, weight: Weight | None = None, boxes: Sequence[Box] = ()) -> ScanVerdict:
        prefix = self.settings.order_barcode_prefix
        order_barcode = bool(prefix) and raw.strip().startswith(prefix)
        if order_barcode:
            raw = raw.strip()[len(prefix) :]  # the packing slip says: an order number, not a product
        try:
            scan: Scan | None = self.parse(raw)
            failure: ScanError | None = None
        except ScanError as error:
            scan, failure = None, error
        if scan is not None and scan.kind == "badge":
            return self.sign_in(scan.value)
        if self.open_order is not None:
            if not order_barcode and (counted := self.packing_scan(raw)) is not None:
                return counted
            return self._order_scan_while_packing(raw, scan)
        if is_new_box_code(raw):  # no order open: say so; "NEW-BOX" is never looked up as an order
            return self.new_box()
        return self._order_scan(raw, scan, failure, weight, boxes)

    def _order_scan(
        self,
        raw: str,
        scan: Scan | None,
        failure: ScanError | None,
        weight: Weight | None = None,
        boxes: Sequence[Box] = (),
    ) -> ScanVerdict:
        if scan is not None and self.verifying and (parked := self.parked_attempt(scan.value)) is not None:
            return self._resume(parked, scan.value)
        if scan is not None and not self._debouncer.accept(scan.value):
            return self.repeated(scan)
        attempt_id = self.journal.start_attempt(raw, self.packer, self.printer_url)
        self.emit(StageReached(attempt_id, Stage.SCANNED))
        if failure is not None:
            return self.failed(attempt_id, failure)
        assert scan is not None
        try:
            return self._ship(attempt_id, scan.value, verify=True, weight=weight, boxes=boxes)
        except PackstationError as error:
            return self.failed(attempt_id, error)

    def _order_scan_while_packing(self, raw: str, scan: Scan | None) -> ScanVerdict:
        """A scan that is no product of the open order: another order parks it, anything else is a
        wrong item (the open order stays as it is)."""
        open_order = self.open_order
        assert open_order is not None
        if scan is not None and scan.value.casefold() == open_order.summary.order_number.casefold():
            again = self.weigh_again()
            if again is not None:
                return again
        if scan is None or scan.value.casefold() == open_order.summary.order_number.casefold():
            return self.not_in_order(raw.strip())
        try:
            order = self.find(scan.value)
        except PackstationError:
            return self.not_in_order(raw.strip())  # not an order Sendcloud knows either
        self.park()
        parked = self.parked_attempt(order.order_number)
        if parked is not None:
            return self._resume(parked, order.order_number, order)
        attempt_id = self.journal.start_attempt(raw, self.packer, self.printer_url)
        self.emit(StageReached(attempt_id, Stage.SCANNED))
        summary = self.order_found(attempt_id, order)
        try:
            return self.open_for_packing(attempt_id, order, summary)
        except PackstationError as error:
            return self.failed(attempt_id, error, summary)

    def _resume(self, attempt_id: AttemptId, order_number: str, order: Order | None = None) -> ScanVerdict:
        try:
            order = order or self.find(order_number)
            return self.resume(attempt_id, order, self.summary_of(order))
        except PackstationError as error:
            return self.failed(attempt_id, error)

    def repeated(self, scan: Scan) -> ScanVerdict:
        """A scanner's double read of the order just shipped (the debounce window): no attempt, no
        failure. The packer's green verdict stands; the journal's audit log keeps the scan."""
        self.journal.audit(
            self.packer.name if self.packer else "station",
            "scan_ignored",
            f"{scan.value} scanned again within {self.settings.scanner.debounce_seconds:g} s",
        )
        return self.finish(
            ScanVerdict(
                Verdict.SUCCESS,
                f"{scan.value} was just scanned; the second scan was ignored.",
                ErrorCode.SCAN_DUPLICATE,
                reference=scan.value,
            )
        )

    def ship_attempt(
        self, attempt_id: AttemptId, order_number: str, *, second_label: bool = False
    ) -> ScanVerdict:
        """Ship `order_number` under a journalled attempt (at `scanned`): find, guard, label, save,
        print, with no item verification: the console's retry (the box was packed before).
        `second_label`: a shift lead overrode the already-shipped guard for this one order."""
        try:
            return self._ship(attempt_id, order_number, second_label=second_label)
        except PackstationError as error:
            return self.failed(attempt_id, error)

    def sign_in(self, badge_id: str) -> ScanVerdict:
        """Sign a packer in by badge: every attempt from now on records who packed it. On a shared
        journal the badge is looked up in the warehouse's packer list, read now (a badge added at
        another station a minute ago signs in here); on the station's own journal, in its settings."""
        shared = self.journal.shared_packers()
        listed: tuple[PackerSetting | Packer, ...] = self.settings.packers if shared is None else shared
        known = {packer.badge_id.casefold(): packer for packer in listed}
        packer = known.get(badge_id.casefold())
        if packer is None:
            return self.finish(
                ScanVerdict(
                    Verdict.FAILED, f"Badge {badge_id} is not known at this station.", ErrorCode.BADGE_UNKNOWN
                )
            )
        self.packer = Packer(badge_id=packer.badge_id, name=packer.name)
        self.journal.audit(packer.name, "sign_in", f"badge {packer.badge_id}")
        return self.finish(
            ScanVerdict(
                Verdict.SUCCESS, f"Signed in: {packer.name}.", ErrorCode.SIGNED_IN, reference=packer.name
            )
        )

    def parse(self, raw: str) -> Scan:
        scanner = self.settings.scanner
        return parse_scan(
            raw,
            ScanSettings(
                strip_prefix=scanner.strip_prefix,
                strip_suffix=scanner.strip_suffix,
                badge_pattern=scanner.badge_pattern,
                expected_layout=scanner.keyboard_layout,
                debounce_seconds=scanner.debounce_seconds,
            ),
        )

    def find(
        self, order_number: str, *, integration_ids: Sequence[int] = (), attempts: int | None = None
    ) -> Order:
        """The order by number, asked again while Sendcloud has not saved it yet (the station's
        lookup settings; `attempts` overrides their count). No `integration_ids`: the station's."""
        policy = OrderLookupPolicy(
            attempts=max(1, self.settings.lookup.attempts if attempts is None else attempts),
            backoff=self.settings.lookup.backoff_seconds,
            sleep=self.sleep,
        )
        ids = tuple(integration_ids) or self.settings.integration_ids
        return find_order(self.client, order_number, integration_ids=ids, policy=policy)

    def order_found(self, attempt_id: AttemptId, order: Order) -> OrderSummary:
        """Journal `order_found` with the order's identity; what the verdict area shows of it."""
        self.record(
            attempt_id,
            Stage.ORDER_FOUND,
            order_id=order.order_id,
            order_number=order.order_number,
            integration_id=order.order_details.integration.id,
        )
        return self.summary_of(order)

    def _ship(
        self,
        attempt_id: AttemptId,
        order_number: str,
        *,
        second_label: bool = False,
        verify: bool = False,
        weight: Weight | None = None,
        boxes: Sequence[Box] = (),
    ) -> ScanVerdict:
        order = self.find(order_number, integration_ids=self.settings.integration_ids)
        summary = self.order_found(attempt_id, order)
        try:
            if boxes:
                return self.make_box_labels(attempt_id, order, summary, boxes)
            if verify and self.verifying and order.order_details.order_items:
                return self.open_for_packing(attempt_id, order, summary)
            # A scan weighs its parcel (with a scale); the console's retry does not: the box was
            # packed and weighed before, and its weight is on the order already.
            return self.make_label(
                attempt_id,
                order,
                summary,
                second_label=second_label,
                weigh=verify,
                weight=weight,
                weight_source="typed" if weight is not None else "scale",
            )
        except PackstationError as error:
            return self.failed(attempt_id, error, summary)

    def recover(self) -> list[ScanVerdict]:
        """Start-up recovery (`station.recovery`): before any new scan is shipped."""
        return recover(self)

    def finish(self, verdict: ScanVerdict) -> ScanVerdict:
        if verdict.verdict is not Verdict.SUCCESS:
            self._debouncer.reset()  # the packer's immediate re-scan after red or amber must get through
        return super().finish(verdict)
