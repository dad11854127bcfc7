"""The failed-shipments console without Qt: look at an order, fix it, retry, reprint, void, resolve.

A shift lead's actions on attempts the journal holds. Each one goes through the same paths a scan
uses (`StationWorkflow`: the second-label guard, the journal steps, the label store, the printer),
so the journal reads the same whether a label came from a scan or from the console. Each
privileged action is written to the audit log with who did it (`actor`) before it runs, so an
action that fails half-way is still on record. Role checks (the shift-lead PIN) belong to the
caller. What a person must see is raised as a `PackstationError` with a stable code.

Retries start a NEW attempt linked to the failed one (`retry_of`), and starting it resolves the
original ("retried as attempt N"): each label request has its own row and history, the original's
error stays readable, and the "failed" view shows only the newest try (docs/journal.md). An attempt
whose label call had no clear answer is settled first (GET /shipments): a label found there is
fetched, saved and printed on the original attempt; never is a second one made.

About 700 lines: one class of eleven actions that share its audit, lookup, settle and retry
steps. Their outcomes (`review_outcomes.py`) and the order fixes (`order_fixes.py`) live beside it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Attempt, AttemptId, Packer, Stage, utc_now
from packstation.sendcloud import (
    ApiErrorDetail,
    AsyncLabelResult,
    AsyncLabelSuccess,
    AsyncOrder,
    BadRequestError,
    CarrierRefusedError,
    LabelOutcomeUnknownError,
    LabelResult,
    Order,
    is_carrier_refusal,
)
from packstation.station.buckets import Bucket, bucket_of
from packstation.station.field_names import field_label
from packstation.station.label_steps import unknown_message
from packstation.station.order_fixes import (
    ADDRESS_FIELDS,
    ItemChange,
    OrderChanges,
    check_changes,
    patch_body,
    patchable,
    upserted_order,
)
from packstation.station.review_outcomes import (
    MAX_BATCH,
    BatchItemOutcome,
    BatchOutcome,
    ReviewError,
    VoidOutcome,
    batch_refusal,
    batch_size_refused,
)
from packstation.station.roles import PrivilegedAction
from packstation.station.shipping import AlreadyShippedError
from packstation.station.workflow import (
    OrderSummary,
    ScanVerdict,
    SettleState,
    StageReached,
    StationWorkflow,
    Verdict,
    shipping_profile,
)


@dataclass(frozen=True)
class _Pending:
    original: Attempt
    retry_id: AttemptId
    order: Order
    summary: OrderSummary


@dataclass(frozen=True)
class _Settled:
    """A label that settling found: it is saved and printed on `attempt_id` (the original, or the
    retry whose batch answer was lost), never made again."""

    original_id: AttemptId
    attempt_id: AttemptId
    order: Order
    label: LabelResult


@dataclass(frozen=True)
class _Created:
    pending: _Pending
    success: AsyncLabelSuccess


_Planned = BatchItemOutcome | _Pending | _Settled | _Created


class FailureReview:
    """The console's actions over one station's workflow (its client, journal, label store,
    settings and printer). Not thread-safe, like the workflow: run it on the API lane.

    `document_attempts`/`document_wait`: a label made by the asynchronous batch call can be
    fetched only once Sendcloud has rendered it (404 until then); it is asked for up to
    `document_attempts` times, `document_wait` seconds apart (the workflow's `sleep`).
    """

    def __init__(
        self,
        workflow: StationWorkflow,
        *,
        document_attempts: int = 20,
        document_wait: float = 0.5,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._workflow = workflow
        self._document_attempts = document_attempts
        self._document_wait = document_wait
        self._now = now

    @property
    def workflow(self) -> StationWorkflow:
        return self._workflow

    # ------------------------------------------------------------------------------ reading
    def order_now(self, attempt_id: AttemptId) -> Order:
        """The order as Sendcloud has it now (one lookup, no waiting)."""
        attempt = self._workflow.journal.attempt(attempt_id)
        return self._find(attempt, _order_number(attempt, self._workflow), attempts=1)

    # ------------------------------------------------------------------------------ fixing
    def fix_order(self, attempt_id: AttemptId, changes: OrderChanges, *, actor: str) -> Order:
        """Change the order at Sendcloud: `PATCH /orders/{id}` for the address, the weight and the
        quantities of existing lines; an upsert (`POST /orders`) when lines are added or removed,
        which PATCH cannot express. Returns the order as Sendcloud has it afterwards."""
        if changes.is_empty:
            raise ReviewError("Nothing was changed, so nothing was sent.", code=ErrorCode.FIX_NOTHING_CHANGED)
        attempt = self._workflow.journal.attempt(attempt_id)
        number = _order_number(attempt, self._workflow)
        order = self._find(attempt, number, attempts=1)
        if order.id is None:
            raise ReviewError(
                f"Sendcloud did not say which order {number} is, so it cannot be changed.",
                code=ErrorCode.FIX_ORDER_UNKNOWN,
            )
        check_changes(changes)
        upsert = changes.items is not None and not patchable(order, changes.items)
        payload = upserted_order(order, changes) if upsert else patch_body(order, changes)
        how = "upsert" if upsert else "PATCH"
        self._audit(
            actor,
            PrivilegedAction.EDIT_ORDER,
            f"attempt {attempt_id}, order {number}: {', '.join(changes.changed_fields())} ({how})",
        )
        client = self._workflow.client
        if isinstance(payload, Order):
            client.upsert_orders([payload])
        else:
            client.update_order(order.id, payload)
        # An upserted order is saved asynchronously: look it up with the station's patience.
        return self._find(attempt, number, attempts=self._workflow.settings.lookup.attempts)

    # ------------------------------------------------------------------------------ retrying
    def retry(self, attempt_id: AttemptId, *, actor: str) -> ScanVerdict:
        """Ship the order of a failed attempt again, synchronously, exactly as a scan does (guard,
        journal, save, print), under a new attempt linked to it.

        An attempt whose label call had no clear answer is settled first: a label Sendcloud made
        is fetched, saved and printed on that attempt (no new label). An order that has a label is
        refused as in a scan (amber "already shipped"): only `ship_second_label` overrides that.
        An attempt refused as already shipped is not retried at all: the guard would refuse it
        again, and each refusal would be one more failed row (reprint it, or ship a second label).
        """
        workflow = self._workflow
        original = workflow.journal.attempt(attempt_id)
        _check_retryable(original, workflow)
        if bucket_of(original) is Bucket.ALREADY_SHIPPED:
            raise ReviewError(
                f"Order {original.order_number} is already shipped; retrying it would be refused "
                "again. Reprint its label, or ship a second label.",
                code=ErrorCode.RETRY_SHIPPED,
            )
        number = _order_number(original, workflow)
        self._audit(actor, "retry", f"attempt {attempt_id}, order {number}")
        if original.stage.needs_settling:
            order = self._find(original, number, attempts=workflow.settings.lookup.attempts)
            settled = self._settle(original, order)
            if settled is not None:
                return workflow.save_and_print(original.id, workflow.summary_of(order), settled)
        retry_id = self._start_retry(original, number, actor)
        return workflow.ship_attempt(retry_id, number)

    def ship_second_label(self, attempt_id: AttemptId, *, actor: str) -> ScanVerdict:
        """Override the already-shipped guard for the order of an "already shipped" attempt: a
        second label, paid for, under a new attempt linked to it. Only for a parcel that really
        needs one (the first label was lost or damaged); the audit log names the lead."""
        workflow = self._workflow
        original = workflow.journal.attempt(attempt_id)
        _check_retryable(original, workflow)
        if original.error_code != "already_shipped":
            raise ReviewError(
                f"Attempt {attempt_id} was not refused as already shipped; retry it instead.",
                code=ErrorCode.NOT_ALREADY_SHIPPED,
            )
        number = _order_number(original, workflow)
        self._audit(actor, PrivilegedAction.OVERRIDE_ALREADY_SHIPPED, f"attempt {attempt_id}, order {number}")
        retry_id = self._start_retry(original, number, actor)
        return workflow.ship_attempt(retry_id, number, second_label=True)

    def retry_batch(self, attempt_ids: Sequence[AttemptId], *, actor: str) -> BatchOutcome:
        """Retry 1–20 failed attempts of ONE integration with one `create-labels-async` call.

        Each `errors[]` entry of the answer is tied back to its order. Each new label is fetched
        from the parcel documents endpoint at the station's MIME type and DPI (waiting while
        Sendcloud renders it), saved and printed in scan order, journalled step by step as a
        scan is. Attempts with an unclear label call are settled first, as in `retry`.
        """
        workflow = self._workflow
        originals = self._check_batch(attempt_ids)
        if workflow.printer is not None:
            workflow.printer.ensure_ready()  # paper out: refuse before paying for twenty labels
        integration_id = originals[0].integration_id
        assert integration_id is not None
        self._audit(
            actor,
            PrivilegedAction.BATCH_RETRY,
            f"{len(originals)} attempts of integration {integration_id}: "
            + ", ".join(str(a.id) for a in originals),
        )
        planned: list[_Planned] = [self._plan(original, actor) for original in originals]
        pending = [step for step in planned if isinstance(step, _Pending)]
        if pending:
            shipped = self._ship_async(pending, integration_id)
            planned = [
                shipped.get(step.retry_id, step) if isinstance(step, _Pending) else step for step in planned
            ]
        return BatchOutcome(tuple(self._finish_batch_item(step) for step in planned))

    # ------------------------------------------------------------------------------ labels
    def reprint(self, attempt_id: AttemptId, *, actor: str, as_pdf: bool = False) -> ScanVerdict:
        """Print a created label again: from the label store, or fetched from Sendcloud's parcel
        documents when the file is gone (or was never saved). Never creates a label.

        An attempt refused as already shipped has no label of its own: the order's label this
        station holds is printed (the amber scan's F5, from the console)."""
        workflow = self._workflow
        attempt = workflow.journal.attempt(attempt_id)
        if attempt.parcel_id is None and bucket_of(attempt) is Bucket.ALREADY_SHIPPED:
            attempt = self._shipped_label(attempt)
        if attempt.parcel_id is None:
            raise ReviewError(
                "This attempt has no label to reprint; retry it to make one.", code=ErrorCode.NO_LABEL
            )
        if attempt.voided_at is not None:
            raise ReviewError(
                "This label was cancelled at Sendcloud; it must not be printed again.",
                code=ErrorCode.LABEL_VOIDED,
            )
        self._audit(actor, "reprint", f"attempt {attempt.id}, parcel {attempt.parcel_id}")
        return workflow.reprint(attempt.id, as_pdf=as_pdf)

    def _shipped_label(self, refused: Attempt) -> Attempt:
        number = refused.order_number or ""
        try:
            return self._workflow.label_attempt(number)
        except PackstationError as error:
            if error.code != ErrorCode.NO_LABEL:
                raise
            raise ReviewError(
                f"Order {number} already has a label, but this station holds no copy of it: reprint "
                "it at the station that made it, or from Sendcloud.",
                code=ErrorCode.NO_LABEL_HERE,
            ) from error

    def void(self, attempt_id: AttemptId, *, actor: str) -> VoidOutcome:
        """Cancel the attempt's label at Sendcloud (its shipment cancel endpoint); stage `voided`.

        Sendcloud cancels at once (200) or queues the cancellation (202). Cancelling is free only
        on the day the label was made; the message says so when that day has passed.
        """
        workflow = self._workflow
        attempt = workflow.journal.attempt(attempt_id)
        if attempt.parcel_id is None:
            raise ReviewError("This attempt has no label to void.", code=ErrorCode.NO_LABEL)
        if attempt.voided_at is not None:
            raise ReviewError("This label is already voided.", code=ErrorCode.ALREADY_VOIDED)
        if not Stage.VOIDED.can_follow(attempt.stage, attempt.reached):
            raise ReviewError(
                "Sendcloud has not yet answered whether this label exists; retry the attempt (which "
                "settles it) before voiding.",
                code=ErrorCode.VOID_UNSETTLED,
            )
        number = _order_number(attempt, workflow)
        existing = workflow.parcel_at_sendcloud(attempt, number)
        if existing is None:
            raise ReviewError(
                f"Sendcloud has no shipment with parcel {attempt.parcel_id} for order {number}.",
                code=ErrorCode.VOID_NOT_FOUND,
            )
        self._audit(
            actor,
            "void",
            f"attempt {attempt_id}, order {number}, parcel {attempt.parcel_id}, "
            f"shipment {existing.shipment_id}",
        )
        if existing.cancelled:
            workflow.record(attempt_id, Stage.VOIDED)
            return VoidOutcome("cancelled", f"The label for {number} was already cancelled at Sendcloud.")
        result = workflow.client.cancel_shipment(existing.shipment_id)
        workflow.record(attempt_id, Stage.VOIDED)
        free = self._free_to_cancel(attempt)
        return VoidOutcome(result.status, _void_message(number, result.cancelled, free, attempt), free)

    # ------------------------------------------------------------------------------ closing
    def delete_order(self, attempt_id: AttemptId, *, actor: str) -> None:
        """Delete the order at Sendcloud (the shop cancelled it) and resolve the attempt.

        Refused while the attempt has a live label: void it first (deleting an order leaves its
        labels alone, api-notes §3).
        """
        workflow = self._workflow
        attempt = workflow.journal.attempt(attempt_id)
        if attempt.parcel_id is not None and attempt.voided_at is None:
            raise ReviewError(
                f"Order {attempt.order_number} has a label (parcel {attempt.parcel_id}); void the label "
                "before deleting the order.",
                code=ErrorCode.DELETE_HAS_LABEL,
            )
        order = self.order_now(attempt_id)
        if order.id is None:
            raise ReviewError(
                f"Sendcloud did not say which order {order.order_number} is, so it cannot be deleted.",
                code=ErrorCode.DELETE_ORDER_UNKNOWN,
            )
        self._audit(
            actor,
            PrivilegedAction.DELETE_ORDER,
            f"attempt {attempt_id}, order {order.order_number}, id {order.id}",
        )
        workflow.client.delete_order(order.id)
        current = workflow.journal.attempt(attempt_id)
        if current.stage.is_trouble and not current.is_resolved:
            workflow.journal.resolve(
                attempt_id, _who(actor), "order deleted in Sendcloud (cancelled upstream)"
            )

    def mark_resolved(self, attempt_id: AttemptId, note: str, *, actor: str) -> None:
        """Close a failure with a note; it leaves the "failed" view (audited by the journal)."""
        self._workflow.journal.resolve(attempt_id, _who(actor), note)

    # ------------------------------------------------------------------------------ helpers
    def _audit(self, actor: str, action: str, detail: str) -> None:
        self._workflow.journal.audit(_who(actor), action, detail)

    def _find(self, attempt: Attempt, number: str, *, attempts: int) -> Order:
        integrations = (attempt.integration_id,) if attempt.integration_id is not None else ()
        return self._workflow.find(number, integration_ids=integrations, attempts=attempts)

    def _settle(self, original: Attempt, order: Order) -> LabelResult | None:
        """Settle an attempt whose label call had no clear answer. Returns the label Sendcloud made
        (to save and print on that attempt), or None when it is proved that none was made; raises
        while that is not known, or when the label is made but cannot be fetched yet."""
        workflow = self._workflow
        settlement = workflow.settle(original.id, attempts=self._document_attempts, wait=self._document_wait)
        if settlement.state is SettleState.NONE:
            return None
        if settlement.label is not None:
            return settlement.label
        if settlement.state is SettleState.UNKNOWN:
            # Only the words: the verdict itself would reach the packing screen as an event.
            message = unknown_message(order.order_number, settlement)
            raise ReviewError(f"{message} Nothing new was asked for.", code=ErrorCode.OUTCOME_STILL_UNKNOWN)
        current = workflow.journal.attempt(original.id)
        raise ReviewError(
            current.error_message or "",
            code=ErrorCode.read(current.error_code) or ErrorCode.LABEL_NOT_FETCHED,
        )

    def _start_retry(self, original: Attempt, number: str, actor: str) -> AttemptId:
        workflow = self._workflow
        packer = (
            Packer(badge_id=original.packer_id, name=original.packer_name or original.packer_id)
            if original.packer_id is not None
            else workflow.packer
        )
        retry_id = workflow.journal.start_attempt(
            original.raw_scan or number,
            packer,
            workflow.printer_url,
            retry_of=original.id,
            actor=_who(actor),
        )
        workflow.emit(StageReached(retry_id, Stage.SCANNED))
        return retry_id

    def _check_batch(self, attempt_ids: Sequence[AttemptId]) -> list[Attempt]:
        count = len(attempt_ids)
        if not 1 <= count <= MAX_BATCH:
            raise batch_size_refused(count)  # before reading a journal row
        if len(set(attempt_ids)) != count:
            raise ReviewError("The same failed shipment is selected twice.", code=ErrorCode.BATCH_DUPLICATE)
        journal = self._workflow.journal
        originals = [journal.attempt(attempt_id) for attempt_id in attempt_ids]
        for attempt in originals:
            _check_retryable(attempt, self._workflow)
        refusal = batch_refusal(originals)
        if refusal is not None:
            raise refusal
        return sorted(originals, key=lambda a: (a.started_at, a.id))  # scan order

    def _plan(self, original: Attempt, actor: str) -> _Planned:
        """Before the batch call: settle an unclear attempt, start the retry, find the order and
        guard it, exactly as a scan would. Returns what is left to do for this attempt."""
        workflow = self._workflow
        number = _order_number(original, workflow)
        if original.stage.needs_settling:
            try:
                order = self._find(original, number, attempts=1)
                settled = self._settle(original, order)
            except PackstationError as error:
                return BatchItemOutcome(original.id, number, None, error)
            if settled is not None:
                return _Settled(original.id, original.id, order, settled)
        retry_id = self._start_retry(original, number, actor)
        summary: OrderSummary | None = None
        try:
            order = self._find(original, number, attempts=workflow.settings.lookup.attempts)
            summary = workflow.order_found(retry_id, order)
            workflow.guard(retry_id, order)
        except AlreadyShippedError as error:
            verdict = workflow.already_shipped(retry_id, error, summary)
            return BatchItemOutcome(original.id, number, verdict, error, retry_id)
        except PackstationError as error:
            verdict = workflow.failed(retry_id, error, summary)
            return BatchItemOutcome(original.id, number, verdict, error, retry_id)
        return _Pending(original, retry_id, order, summary)

    def _ship_async(self, pending: list[_Pending], integration_id: int) -> dict[AttemptId, _Planned]:
        """One create-labels-async call for the pending retries; each one's next step by retry id."""
        workflow = self._workflow
        profile = shipping_profile(workflow.settings)
        for step in pending:
            workflow.record(step.retry_id, Stage.LABEL_REQUESTED)
        selectors = [
            AsyncOrder(
                order_id=step.order.order_id,
                order_number=step.order.order_number,
                apply_shipping_rules=profile.apply_shipping_rules,
                integration_id=integration_id,
            )
            for step in pending
        ]
        try:
            result = workflow.client.create_labels_async(
                selectors,
                integration_id=integration_id,
                shipping_option_code=profile.shipping_option_code,
                contract_id=profile.contract_id,
                sender_address_id=profile.sender_address_id,
                brand_id=profile.brand_id,
            )
        except LabelOutcomeUnknownError as error:
            return {step.retry_id: self._settle_unclear(step, error) for step in pending}
        except PackstationError as error:  # refused as a whole (400…): nothing was made
            return {step.retry_id: self._refused(step, error) for step in pending}
        return self._tie_back(pending, result)

    def _tie_back(self, pending: list[_Pending], result: AsyncLabelResult) -> dict[AttemptId, _Planned]:
        """Each success and each `errors[]` entry back to its order (by request index, else number)."""
        by_number = {step.order.order_number.casefold(): index for index, step in enumerate(pending)}
        outcome: dict[AttemptId, _Planned] = {}
        for success in result.successes:
            index = success.request_index
            if index is None and success.order_number is not None:
                index = by_number.get(success.order_number.casefold())
            if index is not None and 0 <= index < len(pending):
                outcome[pending[index].retry_id] = _Created(pending[index], success)
        for failure in result.failures:
            step = pending[failure.request_index]
            outcome[step.retry_id] = self._refused(
                step, _order_error(step.order.order_number, failure.errors)
            )
        for step in pending:
            if step.retry_id in outcome:
                continue
            if result.request_errors:
                outcome[step.retry_id] = self._refused(
                    step, _order_error(step.order.order_number, result.request_errors)
                )
            else:  # Sendcloud said nothing about this order: ask it, never send it again blindly
                unclear = LabelOutcomeUnknownError(
                    f"Sendcloud's answer to the batch did not mention order {step.order.order_number}.",
                    orders=[AsyncOrder(order_number=step.order.order_number)],
                    integration_id=step.order.order_details.integration.id,
                    reason="the order was missing from the answer",
                )
                outcome[step.retry_id] = self._settle_unclear(step, unclear)
        return outcome

    def _settle_unclear(self, step: _Pending, error: LabelOutcomeUnknownError) -> _Planned:
        """The batch answer was lost (or silent about this order): ask Sendcloud what it made."""
        workflow = self._workflow
        workflow.journal.fail(step.retry_id, Stage.OUTCOME_UNKNOWN, error)
        try:
            settled = self._settle(workflow.journal.attempt(step.retry_id), step.order)
        except PackstationError as trouble:
            # Asking or fetching failed: the attempt stays unsettled, and start-up recovery (or a
            # later retry) asks again. Never is the label made again.
            settled = None
            error = LabelOutcomeUnknownError(
                f"{error.message} {trouble.message}",
                orders=error.orders,
                integration_id=error.integration_id,
                reason=error.reason,
            )
        if settled is not None:
            return _Settled(step.original.id, step.retry_id, step.order, settled)
        current = workflow.journal.attempt(step.retry_id)
        reason = (
            PackstationError(
                current.error_message or error.message, code=ErrorCode.read(current.error_code) or error.code
            )
            if not current.stage.needs_settling
            else error
        )
        verdict = workflow.finish(
            ScanVerdict(
                Verdict.ATTENTION if current.stage.needs_settling else Verdict.FAILED,
                reason.message,
                reason.code,
                step.retry_id,
                step.summary,
            )
        )
        return BatchItemOutcome(step.original.id, step.order.order_number, verdict, reason, step.retry_id)

    def _refused(self, step: _Pending, error: PackstationError) -> BatchItemOutcome:
        verdict = self._workflow.failed(step.retry_id, error, step.summary)
        return BatchItemOutcome(step.original.id, step.order.order_number, verdict, error, step.retry_id)

    def _finish_batch_item(self, step: _Planned) -> BatchItemOutcome:
        """After the batch call, in scan order: save and print each label (or say why not)."""
        workflow = self._workflow
        if isinstance(step, BatchItemOutcome):
            return step
        if isinstance(step, _Pending):  # unreachable: every pending step got an outcome
            raise AssertionError(f"retry {step.retry_id} was never shipped")
        if isinstance(step, _Settled):
            verdict = workflow.save_and_print(step.attempt_id, workflow.summary_of(step.order), step.label)
            retry_id = step.attempt_id if step.attempt_id != step.original_id else None
            return BatchItemOutcome(step.original_id, step.order.order_number, verdict, None, retry_id)
        return self._print_created(step)

    def _print_created(self, step: _Created) -> BatchItemOutcome:
        workflow = self._workflow
        pending, success = step.pending, step.success
        number = pending.order.order_number
        parcel_id = success.parcel_id if success.parcel_id is not None else success.parcels_ids[0]
        tracking = self._tracking_number(pending.order, parcel_id)
        workflow.record(pending.retry_id, Stage.LABEL_CREATED, parcel_id=parcel_id, tracking_number=tracking)
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {number} created.",
            attempt_id=pending.retry_id,
            order=pending.summary,
            parcel_id=parcel_id,
            tracking_number=tracking,
        )
        try:
            document = workflow.fetch_label(
                parcel_id, attempts=self._document_attempts, wait=self._document_wait
            )
        except PackstationError as error:
            # The label exists: never make another. Start-up recovery or a reprint fetches it.
            trouble = PackstationError(
                f"The label for {number} was made (parcel {parcel_id}) but could not be fetched yet: "
                f"{error.message} Reprint it from the console in a moment.",
                code=ErrorCode.LABEL_NOT_FETCHED,
            )
            workflow.journal.fail(pending.retry_id, Stage.FAILED, trouble)
            attention = dataclasses.replace(
                verdict, verdict=Verdict.ATTENTION, message=trouble.message, code=trouble.code
            )
            return BatchItemOutcome(
                pending.original.id, number, workflow.finish(attention), None, pending.retry_id
            )
        printed = workflow.keep_and_print(number, verdict, document.content, document.mime_type)
        return BatchItemOutcome(pending.original.id, number, printed, None, pending.retry_id)

    def _tracking_number(self, order: Order, parcel_id: int) -> str | None:
        """The async answer carries no tracking number; the shipments list does (best effort: the
        journal and the console show it, nothing depends on it)."""
        try:
            labels = self._workflow.client.find_existing_labels(
                order.order_number, integration_id=order.order_details.integration.id
            )
        except PackstationError:
            return None
        return next((label.tracking_number for label in labels if label.parcel_id == parcel_id), None)

    def _free_to_cancel(self, attempt: Attempt) -> bool | None:
        """Made today, in the station's time zone (Sendcloud says "before 23:59 on the day of
        creation" without naming one; its warehouses' day is the station's day)."""
        created = attempt.label_created_at
        if created is None:
            return None
        return created.astimezone().date() == self._now().astimezone().date()


def _who(actor: str) -> str:
    if not actor.strip():
        raise ReviewError("Every console action needs the name of who did it.", code=ErrorCode.ACTOR_MISSING)
    return actor.strip()


def _order_number(attempt: Attempt, workflow: StationWorkflow) -> str:
    """The attempt's order number, or the one its raw scan names (a scan that failed early)."""
    if attempt.order_number:
        return attempt.order_number
    if attempt.raw_scan:
        try:
            scan = workflow.parse(attempt.raw_scan)
        except PackstationError:
            scan = None
        if scan is not None and scan.kind == "order":
            return scan.value
    raise ReviewError(
        f"Attempt {attempt.id} has no order number (the scan was {attempt.raw_scan!r}).",
        code=ErrorCode.REVIEW_NO_ORDER,
    )


def _check_retryable(attempt: Attempt, workflow: StationWorkflow) -> None:
    if attempt.is_resolved:
        retries = workflow.journal.retries_of(attempt.id)
        if retries:
            raise ReviewError(
                f"Attempt {attempt.id} was already retried as attempt {retries[-1].id}; retry that one.",
                code=ErrorCode.ALREADY_RETRIED,
            )
        raise ReviewError(
            f"Attempt {attempt.id} is resolved ({attempt.resolution_note}); there is nothing to retry.",
            code=ErrorCode.ALREADY_RESOLVED,
        )
    if attempt.stage is Stage.PRINTED:
        raise ReviewError(
            f"The label of attempt {attempt.id} is printed; reprint it instead of retrying.",
            code=ErrorCode.RETRY_PRINTED,
        )


def _void_message(number: str, cancelled: bool, free: bool | None, attempt: Attempt) -> str:
    made = (
        attempt.label_created_at.astimezone().date().isoformat()
        if attempt.label_created_at
        else "an earlier day"
    )
    if cancelled:
        said = f"The label for {number} is cancelled at Sendcloud; do not use it."
    else:
        said = (
            f"Sendcloud queued the cancellation of the label for {number}: it is cancelled if the "
            "parcel is not handed to the carrier within 14 days. Do not use the label."
        )
    if free:
        return f"{said} It was made today, so cancelling it costs nothing."
    return (
        f"{said} Cancelling is free only on the day a label was made; this one was made on {made}, so "
        "it is charged, and Sendcloud refunds it only if it is never shipped (cancelled within 42 days)."
    )


def _order_error(order_number: str, errors: Sequence[ApiErrorDetail]) -> PackstationError:
    """Sendcloud's `errors[]` entries for one order of a batch, worded with the field they name."""
    texts = []
    for error in errors:
        where = f" ({field_label(error.pointer)})" if error.pointer else ""
        texts.append(f"{error.detail}{where}")
    message = f"Order {order_number}: " + "; ".join(texts or ["Sendcloud refused it without a reason."])
    kind = CarrierRefusedError if is_carrier_refusal(errors) else BadRequestError
    return kind(message, status=400, errors=errors, method="POST", path="/orders/create-labels-async")


__all__ = [
    "ADDRESS_FIELDS",
    "MAX_BATCH",
    "BatchItemOutcome",
    "BatchOutcome",
    "FailureReview",
    "ItemChange",
    "OrderChanges",
    "ReviewError",
    "VoidOutcome",
    "batch_refusal",
]
