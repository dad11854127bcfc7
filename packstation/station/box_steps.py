"""The label steps of an order that leaves in several boxes (multicollo, issue 18), without Qt.

`BoxSteps.make_box_labels` is `make_label` for boxes: the same claim and guard, each box's weight
checked against the shipping option, `label_requested` (with the number of boxes), one
`create-labels-async` call with a parcel per box (`station.box_labels`), every box's parcel tied to
its box in the journal's `attempt_parcels` in the transaction that records `label_created`, then
each label fetched, saved and printed in box order with each box's save and print journalled. So
recovery and a reprint know which boxes are out: a reprint prints the boxes whose label did not
come out (all of them once every box printed), recovery prints nothing and lists the order.

A refused box voids the parcels that were made (shipment cancel): no half-labelled order leaves
the bench. An unclear answer is settled by the shipments lookup (`settle`), never by a second call:
the order's one shipment with a parcel per box is the attempt's; a shipment with fewer parcels than
boxes is voided like a refusal.

The single-label steps (`LabelSteps`) are overridden only where an attempt with several boxes
differs: `settle`, `resume_created`, `reprint` and `not_printed_verdict` go here for it, and to
`LabelSteps` for everything else.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Attempt, AttemptId, BoxLabel, Stage
from packstation.printing.convert import prepare_print_job
from packstation.printing.printer import PrintState
from packstation.sendcloud import ExistingLabel, LabelOutcomeUnknownError, Order
from packstation.station.box_labels import (
    BoxesOutcomeUnknownError,
    BoxesRefusedError,
    create_box_labels,
    order_lines,
)
from packstation.station.boxes import NO_MULTICOLLO, Box, boxes_problem, line_without_item_id, no_item_id
from packstation.station.label_steps import (
    LabelSteps,
    OutcomeStillUnknownError,
    Settlement,
    SettleState,
    lookup_failed,
    order_to_settle,
    order_words,
)
from packstation.station.label_store import LabelStoreError, label_file_name, mime_type_of, save_label
from packstation.station.shipping import AlreadyShippedError, shipping_profile
from packstation.station.verdicts import OrderSummary, ScanVerdict, Verdict

# The `label_requested` event's field that says how many boxes the label call was for.
BOXES_FIELD = "boxes"


@dataclass(frozen=True)
class MulticolloRefusal:
    """Why an order may not leave this station in several boxes: `code` says which kind
    (`MULTICOLLO_NOT_OFFERED`: the shipping option; `MULTICOLLO_NO_ITEM_ID`: the order line named
    `line`), `reason` in words."""

    code: ErrorCode
    reason: str
    line: str | None = None


class BoxesInvalidError(PackstationError):
    """The boxes do not hold exactly the order (an item missing, twice, or not on it)."""

    code = ErrorCode.BOXES_INVALID


@dataclass
class BoxSteps(LabelSteps):
    """The label steps plus several boxes per order. Not thread-safe (the API lane)."""

    # Async labels are made a moment after the call (404 until then): asked this many times,
    # `box_label_wait` seconds apart, before a box's label counts as not fetched (reprint later).
    box_label_attempts: int = 10
    box_label_wait: float = 0.3

    def multicollo_refusal(self, order: Order) -> MulticolloRefusal | None:
        """Why this order cannot leave this station in several boxes (the packer is told), or None:
        the station's shipping option (none named, or one without the multicollo functionality),
        or an order line without the item id each box names its items by."""
        if self.settings.apply_shipping_rules or self.settings.ship_with is None:
            chooser = "shipping rules" if self.settings.apply_shipping_rules else "defaults"
            return MulticolloRefusal(
                ErrorCode.MULTICOLLO_NOT_OFFERED,
                f"the station lets Sendcloud's {chooser} choose the shipping option; several boxes "
                "need a shipping option named in the settings, one that takes them",
            )
        code = shipping_profile(self.settings).shipping_option_code
        known = self.weight_limits.get(code) if code else None
        if known is None or not known.multicollo:
            return MulticolloRefusal(ErrorCode.MULTICOLLO_NOT_OFFERED, NO_MULTICOLLO)
        missing = line_without_item_id(order_lines(order))
        if missing is not None:
            return MulticolloRefusal(ErrorCode.MULTICOLLO_NO_ITEM_ID, no_item_id(missing), line=missing)
        return None

    def make_box_labels(
        self, attempt_id: AttemptId, order: Order, summary: OrderSummary, boxes: Sequence[Box]
    ) -> ScanVerdict:
        """The labels of an order packed in `boxes` (2–50, in packing order), one per box, printed
        in box order. Raises only what the claim and the printer check raise (as `make_label`);
        everything else is a verdict."""
        number = order.order_number
        refused = self._refusal(order, boxes)
        if refused is not None:  # nothing was paid: said before the claim
            return self.failed(attempt_id, refused, summary)
        try:
            self.guard(attempt_id, order)
        except AlreadyShippedError as error:
            return self.already_shipped(attempt_id, error, summary)
        except OutcomeStillUnknownError as error:
            return self.still_unknown(attempt_id, error, summary)
        if self.printer is not None:
            self.printer.ensure_ready()  # paper out or head open: refuse before paying for labels
        if self.client.write_gate is not None:
            self.client.write_gate.reserve()
        weights = " + ".join(str(box.weight) for box in boxes if box.weight is not None)
        fields = {BOXES_FIELD: str(len(boxes)), **({"weights": weights} if weights else {})}
        self.record(attempt_id, Stage.LABEL_REQUESTED, event_fields=fields)
        try:
            shipment = create_box_labels(self.client, order, boxes, shipping_profile(self.settings))
        except BoxesRefusedError as error:  # the parcels that were made are voided (or named)
            return self.failed(attempt_id, error, summary)
        except (LabelOutcomeUnknownError, BoxesOutcomeUnknownError) as error:
            self.journal.fail(attempt_id, Stage.OUTCOME_UNKNOWN, error)
            settlement = self.settle(attempt_id)
            if settlement.state is not SettleState.FOUND:
                return self.unsettled_verdict(attempt_id, number, settlement, summary)
        else:
            self._boxes_created(attempt_id, [parcel.parcel_id for parcel in shipment.parcels])
        return self.print_boxes(attempt_id, summary)

    def _refusal(self, order: Order, boxes: Sequence[Box]) -> PackstationError | None:
        """Why these boxes cannot be sent: several boxes not offered, boxes that do not hold
        exactly the order, or a box too heavy or too light for the shipping option."""
        number = order.order_number
        refusal = self.multicollo_refusal(order)
        if refusal is not None:
            return PackstationError(
                f"{number} cannot leave in several boxes: {refusal.reason}.", code=refusal.code
            )
        problem = boxes_problem(boxes, order_lines(order))
        if problem is not None:
            return BoxesInvalidError(f"{number} cannot leave in these boxes: {problem}.")
        for index, box in enumerate(boxes, start=1):
            if box.weight is not None:
                try:
                    self.check_weight(box.weight)
                except PackstationError as error:
                    error.message = f"Box {index}: {error.message}"
                    return error
        return None

    def _boxes_created(self, attempt_id: AttemptId, parcel_ids: Sequence[int]) -> None:
        """`label_created` with every box's parcel tied to its box (the history names them all)."""
        listed = ", ".join(str(parcel_id) for parcel_id in parcel_ids)
        self.record(attempt_id, Stage.LABEL_CREATED, parcels=parcel_ids, event_fields={"parcels": listed})

    # ------------------------------------------------------------------ saving and printing
    def print_boxes(
        self,
        attempt_id: AttemptId,
        summary: OrderSummary | None = None,
        *,
        print_label: bool = True,
        again: bool = False,
    ) -> ScanVerdict:
        """Fetch and save every box's label not saved yet, then print, in box order, the boxes whose
        label has not come out (`again`, once all have: every box once more). Each save and print
        is journalled per box; the attempt is `label_saved` when every box is, `printed` when every
        box is. Stops at the first box that does not print, with an amber verdict naming it."""
        attempt = self.journal.attempt(attempt_id)
        number = attempt.order_number or str(attempt_id)
        for box in self.journal.boxes(attempt_id):
            if box.label_path is None or not box.label_path.exists():
                trouble = self._save_box(attempt, box)
                if trouble is not None:
                    return self.finish(trouble)
        boxes = self.journal.boxes(attempt_id)
        if attempt.label_saved_at is None:
            first = boxes[0]
            self.record(
                attempt_id,
                Stage.LABEL_SAVED,
                label_path=first.label_path,
                label_sha256=first.label_sha256,
                label_mime_type=mime_type_of(first.label_path, self.settings.label_mime_type)
                if first.label_path is not None
                else None,
            )
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Labels for {number} created: {len(boxes)} boxes.",
            ErrorCode.REPRINTED if again else None,
            attempt_id,
            summary,
            parcel_id=boxes[0].parcel_id,
            tracking_number=boxes[0].tracking_number or attempt.tracking_number,
            label_path=boxes[0].label_path,
            reference=number,
            parcels=tuple(box.parcel_id for box in boxes),
        )
        if self.printer is None or not print_label:
            return self.finish(verdict)
        everything_out = all(box.printed for box in boxes)
        to_print = [box for box in boxes if (again and everything_out) or not box.printed]
        outcome, copies = None, 1
        for box in to_print:
            assert box.label_path is not None
            try:
                mime_type = mime_type_of(box.label_path, self.settings.label_mime_type)
                job = prepare_print_job(box.label_path.read_bytes(), mime_type, self.printer.profile)
            except (PackstationError, OSError) as error:
                reason = error.message if isinstance(error, PackstationError) else str(error)
                return self._box_not_printed(verdict, box, len(boxes), reason, Stage.FAILED)
            outcome = self.printer.send(job)
            if outcome.state is not PrintState.PRINTED:
                stage = (
                    Stage.PRINT_UNCONFIRMED if outcome.state is PrintState.SENT_UNCONFIRMED else Stage.FAILED
                )
                return self._box_not_printed(verdict, box, len(boxes), outcome.reason, stage)
            self.journal.record_box(attempt_id, box.parcel_id, printed=True)
            copies = job.copies
        if outcome is not None:
            self.record(attempt_id, Stage.PRINTED, printer=outcome.printer_url, print_copies=copies)
        done = "reprinted" if again else "printed"
        return self.finish(
            dataclasses.replace(
                verdict,
                message=f"{len(boxes)} labels for {number} {done}, one per box.",
                print_outcome=outcome,
            )
        )

    def _save_box(self, attempt: Attempt, box: BoxLabel) -> ScanVerdict | None:
        """One box's label from Sendcloud's parcel documents, saved and journalled; or the amber
        verdict that says it is made but not here yet (a reprint fetches it; never a new label)."""
        number = attempt.order_number or str(attempt.id)
        try:
            document = self.fetch_label(
                box.parcel_id, attempts=self.box_label_attempts, wait=self.box_label_wait
            )
        except PackstationError as error:
            trouble = PackstationError(
                f"The labels for {number} are made, but box {box.box}'s (parcel {box.parcel_id}) could "
                f"not be fetched from Sendcloud: {error.message.rstrip('.')}. Reprint in a moment (F5, the "
                "console, or `packstation reprint`); never scan it for new labels.",
                code=ErrorCode.LABEL_NOT_FETCHED,
            )
            self.journal.fail(attempt.id, Stage.FAILED, trouble)
            return self._box_verdict(attempt, trouble)
        path = self.label_store / label_file_name(number, box.parcel_id, document.mime_type)
        try:
            stored = save_label(path, document.content, document.mime_type)
        except LabelStoreError as error:
            trouble = LabelStoreError(
                f"The labels for {number} are made but box {box.box}'s could not be saved on this "
                f"station: {error.message} Fix the label folder, then reprint (F5, the console, or "
                "`packstation reprint`): Sendcloud keeps them. Never scan it for new labels."
            )
            self.journal.fail(attempt.id, Stage.FAILED, trouble)
            return self._box_verdict(attempt, trouble)
        self.journal.record_box(attempt.id, box.parcel_id, label_path=stored.path, label_sha256=stored.sha256)
        return None

    def _box_verdict(self, attempt: Attempt, trouble: PackstationError) -> ScanVerdict:
        return ScanVerdict(
            Verdict.ATTENTION,
            trouble.message,
            trouble.code,
            attempt.id,
            parcel_id=attempt.parcel_id,
            reference=attempt.order_number,
            reprint_attempt=attempt.id,
            parcels=tuple(box.parcel_id for box in self.journal.boxes(attempt.id)),
        )

    def _box_not_printed(
        self, verdict: ScanVerdict, box: BoxLabel, count: int, reason: str, stage: Stage
    ) -> ScanVerdict:
        assert verdict.attempt_id is not None
        unconfirmed = stage is Stage.PRINT_UNCONFIRMED
        trouble = PackstationError(
            f"Box {box.box} of {count}: its label was sent but the printer did not confirm it: {reason}. "
            "Check the printer; reprint only if no label came out."
            if unconfirmed
            else f"Box {box.box} of {count}: its label was made but not printed: {reason}. Fix the "
            "printer, then reprint: the boxes already out are not printed again.",
            code=ErrorCode.PRINT_UNCONFIRMED if unconfirmed else ErrorCode.PRINT_FAILED,
        )
        self._print_trouble(verdict.attempt_id, stage, trouble)
        return self.finish(
            dataclasses.replace(
                verdict,
                verdict=Verdict.ATTENTION,
                message=trouble.message,
                code=trouble.code,
                reprint_attempt=verdict.attempt_id,
            )
        )

    # ------------------------------------------------------------------ the single-label steps, for boxes
    def box_count(self, attempt_id: AttemptId) -> int:
        """How many boxes the attempt's label call was for (1: a single label)."""
        boxes = len(self.journal.boxes(attempt_id))
        if boxes > 1:
            return boxes
        for event in self.journal.history(attempt_id):
            if event.stage is Stage.LABEL_REQUESTED and BOXES_FIELD in event.fields:
                return int(str(event.fields[BOXES_FIELD]))
        return 1

    def settle(
        self, attempt_id: AttemptId, *, attempts: int = 1, wait: float = 0.0, fetch: bool = True
    ) -> Settlement:
        """`LabelSteps.settle`, and for an order in several boxes: the order's one shipment with a
        parcel per box (no other attempt's) is the attempt's, its parcels tied to the boxes in the
        order Sendcloud lists them (the order of `parcels[]`; docs/api-deviations.md). A shipment
        with fewer parcels than boxes is voided, as a refused box would be. Labels are not fetched
        here: `print_boxes` fetches and saves each box's."""
        expected = self.box_count(attempt_id)
        if expected < 2:
            return super().settle(attempt_id, attempts=attempts, wait=wait, fetch=fetch)
        attempt = self.journal.attempt(attempt_id)
        if attempt.label_created_at is not None:
            return Settlement(SettleState.FOUND, parcel_id=attempt.parcel_id)
        order_number = order_to_settle(attempt)
        try:
            live = self.live_labels(attempt, order_number)
        except PackstationError as error:
            return lookup_failed(error)
        held = self.journal.parcels_held([label.parcel_id for label in live])
        free = [label for label in live if label.parcel_id not in held]
        if not free:
            return self._nothing_found(attempt, order_number)
        shipment = [label for label in free if label.shipment_id == free[0].shipment_id]
        if len(shipment) != expected:
            return self._void_partial(attempt, order_number, shipment, expected)
        self._boxes_created(attempt_id, [label.parcel_id for label in shipment])
        for label in shipment:
            if label.tracking_number:
                self.journal.record_box(attempt_id, label.parcel_id, tracking_number=label.tracking_number)
        return Settlement(SettleState.FOUND, parcel_id=shipment[0].parcel_id)

    def _void_partial(
        self, attempt: Attempt, order_number: str, shipment: Sequence[ExistingLabel], expected: int
    ) -> Settlement:
        """Sendcloud made fewer parcels than boxes: void them, so no half-labelled order leaves."""
        ids = ", ".join(str(label.parcel_id) for label in shipment)
        said = f"Sendcloud made {len(shipment)} parcels ({ids}) for the {expected} boxes of {order_number}."
        try:
            self.client.cancel_shipment(shipment[0].shipment_id)
        except PackstationError as error:
            trouble = BoxesRefusedError(
                f"{said} They could NOT be cancelled ({error.message}): void shipment "
                f"{shipment[0].shipment_id} in the console; no box may leave.",
                left=shipment[0].shipment_id,
            )
        else:
            trouble = BoxesRefusedError(
                f"{said} They are cancelled; no box has a label. Scan the order again.",
                voided=tuple(label.parcel_id for label in shipment),
            )
        self.journal.fail(attempt.id, Stage.FAILED, trouble)
        return Settlement(SettleState.NONE)

    def resume_created(self, attempt: Attempt, *, print_label: bool = True) -> ScanVerdict:
        """`LabelSteps.resume_created`; for boxes, each box's label not saved yet is fetched and
        saved, and printed when a person asked (`print_label`)."""
        if self.box_count(attempt.id) < 2:
            return super().resume_created(attempt, print_label=print_label)
        verdict = self.print_boxes(attempt.id, print_label=print_label)
        if print_label or verdict.verdict is not Verdict.SUCCESS:
            return verdict
        return self.not_printed_verdict(self.journal.attempt(attempt.id))

    def reprint(self, attempt_id: AttemptId, *, as_pdf: bool = False) -> ScanVerdict:
        """`LabelSteps.reprint`; for boxes, the boxes whose label did not come out (every box once
        all have). A PDF of a native ZPL label is fetched for a single label only."""
        if self.box_count(attempt_id) < 2:
            return super().reprint(attempt_id, as_pdf=as_pdf)
        if as_pdf:
            attempt = self.journal.attempt(attempt_id)
            return self.finish(
                ScanVerdict(
                    Verdict.FAILED,
                    f"{order_words(attempt).capitalize()} left in several boxes; their labels are "
                    "reprinted as they were made, not as PDFs.",
                    ErrorCode.ZPL_LABEL_NEEDS_PDF,
                    attempt_id,
                    reference=attempt.order_number,
                )
            )
        return self.print_boxes(attempt_id, again=True)

    def not_printed_verdict(self, attempt: Attempt) -> ScanVerdict:
        """`LabelSteps.not_printed_verdict`; for boxes, which boxes' labels are not out."""
        verdict = super().not_printed_verdict(attempt)
        boxes = self.journal.boxes(attempt.id)
        if len(boxes) < 2:
            return verdict
        waiting = [box for box in boxes if not box.printed]
        named = ("boxes " if len(waiting) > 1 else "box ") + ", ".join(str(box.box) for box in waiting)
        return dataclasses.replace(
            verdict,
            message=f"The labels for {order_words(attempt)} ({len(boxes)} boxes) are made, but {named} "
            "did not print (or was not confirmed). Look at the printer; reprint (F5, the console, or "
            "`packstation reprint`) to print only the boxes not out.",
            parcels=tuple(box.parcel_id for box in boxes),
        )
