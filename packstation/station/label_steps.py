"""The label steps: everything between a found order and a label on the printer, one public set.

The scan flow (`station.workflow`) and the failed-shipments console (`station.review`) both run
these, so a label the console retries is claimed, journalled, saved and printed exactly as a
scanned one: `claim`/`guard` (one claim per order, then Sendcloud's shipments), `settle` (a lost
answer: what did Sendcloud make?), `fetch_label`, `save_and_print`/`keep_and_print`,
`print_label`, `reprint`, `recover`, and the verdicts they end in. Every step is journalled before
and after it (docs/architecture.md, "Exactly once"). No Qt; every wait is a parameter.

Longer than most modules (~1,080 lines) on purpose: it is one class, and its exactly-once steps and
its printing steps call each other (settling fetches a label; a reprint resumes a label that was
made but never saved). Start-up recovery, which only drives them, lives in `station.recovery`.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError, error_pointer
from packstation.journal import (
    AlreadyShipped,
    Attempt,
    AttemptId,
    Claim,
    Claimed,
    ClaimKind,
    Journal,
    Packer,
    Stage,
    utc_now,
)
from packstation.printing.convert import prepare_print_job
from packstation.printing.printer import LabelPrinter, PrintOutcome, PrintState
from packstation.printing.profile import PrinterLanguage, language_label
from packstation.scales import Scale, ScaleError, Weight
from packstation.sendcloud import (
    Document,
    DocumentType,
    ExistingLabel,
    LabelOutcomeUnknownError,
    LabelResult,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    Order,
    ParcelDocument,
    SendcloudClient,
    ServerError,
    WriteLimitWaitError,
)
from packstation.settings import StationSettings
from packstation.station.label_store import LabelStoreError, label_file_name, save_label
from packstation.station.shipping import (
    AlreadyShippedError,
    create_label,
    ensure_not_shipped,
    shipping_profile,
)
from packstation.station.shipping_limits import WeightLimits
from packstation.station.verdicts import (
    Event,
    OrderSummary,
    ScanVerdict,
    StageReached,
    Verdict,
    Weighing,
    rounded_wait,
    summarise,
)
from packstation.station.weighing import (
    ParcelWeights,
    ReadBack,
    WeightCheck,
    check_limits,
    journal_fields,
    send_weight,
)

log = logging.getLogger(__name__)


class OrderClaimedError(PackstationError):
    """Another process (or station) holds the order: its label is being made, or it is being packed."""

    code = ErrorCode.ORDER_CLAIMED

    def __init__(self, message: str, claim: Claim) -> None:
        super().__init__(message)
        self.claim = claim


class OutcomeStillUnknownError(PackstationError):
    """A label call for the order has no clear outcome yet: no new label until it is settled."""

    code = ErrorCode.OUTCOME_STILL_UNKNOWN

    def __init__(self, message: str, attempt_id: AttemptId, retry_in: float) -> None:
        super().__init__(message)
        self.attempt_id = attempt_id
        self.retry_in = retry_in


class SettleState(StrEnum):
    FOUND = "found"  # Sendcloud made the label: it is the attempt's now (fetched, when `label`)
    NONE = "none"  # proved: no label was made (a lookup after the settle window found none)
    UNKNOWN = "unknown"  # not proved either way yet: the order stays blocked


@dataclass(frozen=True)
class Settlement:
    """What a lookup at Sendcloud proved about an attempt whose label call had no clear answer."""

    state: SettleState
    label: LabelResult | None = None  # FOUND and fetched
    parcel_id: int | None = None  # FOUND
    retry_in: float = 0.0  # UNKNOWN: seconds until a lookup can prove that no label was made
    reason: str = ""  # UNKNOWN: why (the lookup failed, or it is too early to trust an empty one)


@dataclass
class LabelSteps:
    """The label steps of one station over its client, journal, label store, settings and printer.
    Not thread-safe: run it on one worker (the API lane)."""

    client: SendcloudClient
    journal: Journal
    label_store: Path
    settings: StationSettings
    printer: LabelPrinter | None = None
    emit: Callable[[Event], None] = lambda event: None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    packer: Packer | None = None
    wall_clock: Callable[[], datetime] = utc_now
    # A parcel document fetch retries 5xx answers and timeouts this many times, waiting
    # `document_backoff`, 2x, 4x ... seconds (the label exists: giving up would lose it).
    document_retries: int = 3
    document_backoff: float = 0.5
    # Shipping option code → the name its label prints (station/shipping_names.py).
    shipping_names: Mapping[str, str] = field(default_factory=dict)
    # The bench scale (issue 17): with one, a scanned parcel is weighed before its label and the
    # weight sent to Sendcloud (station/weighing.py). Read on this (the API) lane only.
    scale: Scale | None = None
    # Shipping option code → its weight limits, cached when the settings were saved.
    weight_limits: Mapping[str, WeightLimits] = field(default_factory=dict)
    # How long to read the order back until Sendcloud shows the weight sent.
    read_back: ReadBack = field(default_factory=ReadBack)
    # The weights taken here: a parcel never gets the previous parcel's.
    weights: ParcelWeights = field(default_factory=ParcelWeights)

    # ------------------------------------------------------------------ exactly once
    def guard(self, attempt_id: AttemptId, order: Order, *, second_label: bool = False) -> None:
        """Before any label call: claim the order (the journal's label check in the same
        transaction), then ask Sendcloud's shipments. Raises `AlreadyShippedError`,
        `OrderClaimedError` (another process holds it) or `OutcomeStillUnknownError`.

        `second_label`: a shift lead overrode the already-shipped guard for this one order; the
        claim is still taken, so even an override cannot pay twice at once.
        """
        self.claim(attempt_id, order, ClaimKind.LABEL, second_label=second_label)
        if not second_label:
            ensure_not_shipped(self.client, order)

    def claim(
        self, attempt_id: AttemptId, order: Order, kind: ClaimKind, *, second_label: bool = False
    ) -> Claim:
        """Claim the order for the attempt. A claim left by a dead holder (or by an earlier attempt
        of this one) is taken over only once its attempt is settled by a lookup at Sendcloud."""
        integration_id = order.order_details.integration.id
        holder = self.journal.holder.describe(self.packer.name if self.packer else None)
        held: Claim | None = None
        for _ in range(_CLAIM_ROUNDS):
            result = self.journal.claim(
                order.order_number,
                integration_id,
                attempt_id,
                kind,
                holder=holder,
                second_label=second_label,
            )
            if isinstance(result, Claimed):
                return result.claim
            if isinstance(result, AlreadyShipped):
                raise AlreadyShippedError(order.order_number, [_existing_from(result.attempt)])
            if result.alive:
                raise OrderClaimedError(
                    f"{result.claim.kind.describe(order.order_number)} at {result.claim.holder} "
                    f"since {_clock_time(result.claim.claimed_at)}. Leave it to them, or ask your "
                    "shift lead.",
                    result.claim,
                )
            held = result.claim
            self._settle_abandoned(held, order)
        assert held is not None
        raise OrderClaimedError(
            f"Order {order.order_number} is claimed again and again by other processes; ask your shift lead.",
            held,
        )

    def _settle_abandoned(self, claim: Claim, order: Order) -> None:
        """A claim whose holder is gone (or stopped working on it): settle its attempt, which
        releases the claim. Raises `OutcomeStillUnknownError` while that cannot be proved."""
        if claim.attempt_id is None:
            return
        held = self.journal.attempt(claim.attempt_id)
        if held.stage.needs_settling:
            settlement = self.settle(held.id, fetch=False)
            if settlement.state is SettleState.UNKNOWN:
                raise OutcomeStillUnknownError(
                    unknown_message(order.order_number, settlement), held.id, settlement.retry_in
                )
            if settlement.state is SettleState.FOUND:  # a late label: kept for a person to print
                self._list_for_reprint(self.journal.attempt(held.id))
        elif held.stage in (Stage.SCANNED, Stage.ORDER_FOUND):
            # Stopped before its label call: nothing was paid for it.
            self.journal.fail(
                held.id,
                Stage.FAILED,
                PackstationError(
                    "The station stopped before it asked for the label; nothing was paid.",
                    code=ErrorCode.ATTEMPT_INTERRUPTED,
                ),
            )
        else:
            self.journal.release(held.id)

    def settle(
        self, attempt_id: AttemptId, *, attempts: int = 1, wait: float = 0.0, fetch: bool = True
    ) -> Settlement:
        """After a label call without a clear answer: ask Sendcloud what it made.

        A live parcel of the order that no other attempt holds is the attempt's: journalled at once
        (`label_created`), then its label fetched (`fetch`) from the parcel documents endpoint,
        never made again. An empty lookup proves "no label" only when made after the settle window
        (Sendcloud may finish a call after the client gave up); before that, or when the lookup
        fails, the outcome stays unknown and the order stays blocked. `attempts`/`wait` as in
        `_fetch_label` (a label made asynchronously may not be ready yet). Needs only the journal's
        row (its order number and shop), so one failed order lookup stops no recovery.
        """
        attempt = self.journal.attempt(attempt_id)
        order_number = order_to_settle(attempt)
        try:
            live = self.live_labels(attempt, order_number)
        except PackstationError as error:
            return lookup_failed(error)
        held = self.journal.parcels_held([label.parcel_id for label in live])
        mine = [label for label in live if label.parcel_id == attempt.parcel_id]
        free = mine or [label for label in live if label.parcel_id not in held]
        if not free:
            return self._nothing_found(attempt, order_number)
        found = free[0]
        if attempt.label_created_at is None:
            # Journalled the moment it is known: a failed fetch below must not lose the parcel.
            self.record(
                attempt_id,
                Stage.LABEL_CREATED,
                parcel_id=found.parcel_id,
                tracking_number=found.tracking_number,
            )
        if not fetch:
            return Settlement(SettleState.FOUND, parcel_id=found.parcel_id)
        try:
            document = self.fetch_label(found.parcel_id, attempts=attempts, wait=wait)
        except PackstationError as error:
            self.journal.fail(attempt_id, Stage.FAILED, _not_fetched(order_number, found.parcel_id, error))
            return Settlement(SettleState.FOUND, parcel_id=found.parcel_id)
        label = LabelResult(
            label=document.content,
            mime_type=document.mime_type,
            dpi=document.dpi,
            parcel_id=found.parcel_id,
            shipment_id=found.shipment_id,
            tracking_number=found.tracking_number,
            tracking_url=found.tracking_url,
            order_id=attempt.order_id,
            order_number=order_number,
            documents=found.documents,
        )
        return Settlement(SettleState.FOUND, label=label, parcel_id=found.parcel_id)

    def live_labels(self, attempt: Attempt, order_number: str) -> list[ExistingLabel]:
        """The order's parcels at Sendcloud that are not cancelled (the settling lookup); raises
        what the lookup raises."""
        return [
            label
            for label in self.client.find_existing_labels(order_number, integration_id=attempt.integration_id)
            if not label.cancelled
        ]

    def _nothing_found(self, attempt: Attempt, order_number: str) -> Settlement:
        requested = attempt.label_requested_at or attempt.updated_at
        proves_at = requested + timedelta(seconds=self.settings.settle_window)
        now = self.wall_clock()
        if now < proves_at:
            return Settlement(
                SettleState.UNKNOWN,
                retry_in=(proves_at - now).total_seconds(),
                reason="Sendcloud may still be making it",
            )
        self.journal.fail(
            attempt.id,
            Stage.FAILED,
            PackstationError(
                f"Sendcloud made no label for {order_number}: its shipments were checked "
                f"{round((now - requested).total_seconds())} s after the label was asked for and "
                "showed none. Scan it again.",
                code=ErrorCode.LABEL_NOT_CREATED,
            ),
        )
        return Settlement(SettleState.NONE)

    def unsettled_verdict(
        self,
        attempt_id: AttemptId,
        order_number: str,
        settlement: Settlement,
        summary: OrderSummary | None,
    ) -> ScanVerdict:
        """The verdict for a label call whose settling did not end in a fetched label."""
        current = self.journal.attempt(attempt_id)
        if settlement.state is SettleState.UNKNOWN:
            verdict = ScanVerdict(
                Verdict.ATTENTION,
                unknown_message(order_number, settlement),
                OutcomeStillUnknownError.code,
                attempt_id,
                summary,
                reference=order_number,
                retry_in=settlement.retry_in,
            )
        elif settlement.state is SettleState.NONE:
            verdict = ScanVerdict(
                Verdict.FAILED,
                current.error_message or "",
                ErrorCode.read(current.error_code),
                attempt_id,
                summary,
                reference=order_number,
            )
        else:  # found, but its label could not be fetched: reprint it in a moment
            verdict = ScanVerdict(
                Verdict.ATTENTION,
                current.error_message or "",
                ErrorCode.read(current.error_code),
                attempt_id,
                summary,
                parcel_id=current.parcel_id,
                tracking_number=current.tracking_number,
                reference=order_number,
                reprint_attempt=attempt_id,
            )
        return self.finish(verdict)

    def still_unknown(
        self, attempt_id: AttemptId, error: OutcomeStillUnknownError, summary: OrderSummary | None
    ) -> ScanVerdict:
        """Amber: an earlier label call for this order may have made a label; wait, never pay again."""
        self.journal.fail(attempt_id, Stage.FAILED, error)
        return self.finish(
            ScanVerdict(
                Verdict.ATTENTION, error.message, error.code, attempt_id, summary, retry_in=error.retry_in
            )
        )

    def already_shipped(
        self, attempt_id: AttemptId, error: AlreadyShippedError, summary: OrderSummary | None
    ) -> ScanVerdict:
        """Amber, not red: the order has a label; the packer reprints it rather than paying again."""
        self.journal.fail(attempt_id, Stage.FAILED, error)
        existing = error.existing[0]
        known = (
            self.journal.label_for_order(existing.order_number or summary.order_number) if summary else None
        )
        elsewhere = known is not None and known.station != self.journal.station  # the shared journal
        return self.finish(
            ScanVerdict(
                Verdict.ATTENTION,
                error.message,
                error.code,
                attempt_id,
                summary,
                parcel_id=existing.parcel_id,
                tracking_number=existing.tracking_number,
                reprint_attempt=known.id
                if known is not None and known.parcel_id == existing.parcel_id
                else None,
                elsewhere=known.station if known is not None and elsewhere else None,
                elsewhere_at=(known.label_created_at or known.updated_at) if known and elsewhere else None,
            )
        )

    def make_label(
        self,
        attempt_id: AttemptId,
        order: Order,
        summary: OrderSummary,
        *,
        second_label: bool = False,
        weigh: bool = False,
        weight: Weight | None = None,
        weight_source: str = "scale",
    ) -> ScanVerdict:
        """The label for an order found (and, with verification, packed): claim and guard, weigh
        (`weigh`, with a scale) or take the `weight` given (`weight_source`: "scale", or "typed"
        for `ship --weight`), check it against the shipping option's
        limits, send it to Sendcloud and read it back, ask Sendcloud for the label, settle an unclear
        answer, save and print. Raises only what the printer check raises; everything else is a
        verdict."""
        profile = shipping_profile(self.settings)
        try:
            self.guard(attempt_id, order, second_label=second_label)
        except AlreadyShippedError as error:
            return self.already_shipped(attempt_id, error, summary)
        except OutcomeStillUnknownError as error:
            return self.still_unknown(attempt_id, error, summary)
        if self.printer is not None:
            self.printer.ensure_ready()  # paper out or head open: refuse before paying for a label
        weighed = self._weight_first(
            attempt_id, order, summary, weigh=weigh, weight=weight, source=weight_source
        )
        if isinstance(weighed, ScanVerdict):
            return weighed
        summary, weight_fields = weighed
        if self.client.write_gate is not None:
            # The account's write budget: wait for a token (or refuse a scan too old) before the
            # label call is journalled, so a refused scan has no label request to settle. After
            # the weighing: its PATCH took a token of its own through the transport.
            self.client.write_gate.reserve()
        self.record(attempt_id, Stage.LABEL_REQUESTED, event_fields=weight_fields)
        try:
            label = create_label(self.client, order, profile)
        except LabelOutcomeUnknownError as error:
            self.journal.fail(attempt_id, Stage.OUTCOME_UNKNOWN, error)
            settlement = self.settle(attempt_id)
            if settlement.label is None:
                return self.unsettled_verdict(attempt_id, order.order_number, settlement, summary)
            label = settlement.label  # settling journalled `label_created` already
        else:
            self.record(
                attempt_id,
                Stage.LABEL_CREATED,
                parcel_id=label.parcel_id,
                tracking_number=label.tracking_number,
            )
        return self.save_and_print(attempt_id, summary, label)

    def _weight_first(
        self,
        attempt_id: AttemptId,
        order: Order,
        summary: OrderSummary,
        *,
        weigh: bool,
        weight: Weight | None,
        source: str = "scale",
    ) -> tuple[OrderSummary, dict[str, str] | None] | ScanVerdict:
        """Before the label call: weigh (`weigh`, with a scale) or take `weight`, check it against
        the shipping option, send it and read it back. The summary with the weight beside the
        order, and what `label_requested` records of it; or the red verdict that stops the label
        (nothing was paid). Without a weight, nothing happens."""
        if weigh and weight is None and self.scale is not None:
            source = "scale"
            try:
                weight = self.weigh(attempt_id, order.order_number)
            except ScaleError as error:
                return self.failed(attempt_id, error, summary)
        if weight is None:
            return summary, None
        try:
            check = self.check_weight(weight)
        except PackstationError as error:  # too heavy or too light for the option
            return self.failed(attempt_id, error, _weighed(summary, weight, checked=True))
        summary = _weighed(summary, weight, checked=check.checked)
        try:
            send_weight(self.client, order, weight, self.read_back)
        except PackstationError as error:  # the weight is not on the order: no label without it
            return self.failed(attempt_id, error, summary)
        return summary, journal_fields(weight, check, source)

    def weigh(self, attempt_id: AttemptId, order_number: str) -> Weight:
        """The parcel's weight from the station's scale: the first stable reading that is not the
        previous parcel's, within `scale_stability_seconds`. Raises the `ScaleError` that says why
        there is none (zero, below zero, overloaded, moving, unchanged, silent, unplugged)."""
        assert self.scale is not None
        self.emit(Weighing(attempt_id, self.scale.url))
        weight = self.scale.read_stable(
            self.settings.scale_stability_seconds, unlike=self.weights.previous_for(order_number)
        )
        self.weights.took(order_number, weight)
        return weight

    def check_weight(self, weight: Weight) -> WeightCheck:
        """The weight against the weight limits of the shipping option the station names. Raises
        when the option cannot take it; says whether there was anything to check against."""
        code = (
            None
            if self.settings.apply_shipping_rules
            else shipping_profile(self.settings).shipping_option_code
        )
        return check_limits(weight, code, self.weight_limits, self._shipping_name(code) or "")

    def summary_of(self, order: Order) -> OrderSummary:
        """What the verdict area shows of an order, the shipping option by the name its label will
        print: the station's option, else the order's own; none while Sendcloud's shipping rules
        or defaults decide (api-notes §4.5), until the label says which it was."""
        summary = summarise(order)
        if self.settings.apply_shipping_rules:
            return dataclasses.replace(summary, shipping_option=None)
        ship_with = self.settings.ship_with
        code = ship_with.shipping_option_code if ship_with else summary.shipping_option
        return dataclasses.replace(summary, shipping_option=self._shipping_name(code))

    def _shipping_name(self, code: str | None) -> str | None:
        return self.shipping_names.get(code, code) if code else None

    def save_and_print(self, attempt_id: AttemptId, summary: OrderSummary, label: LabelResult) -> ScanVerdict:
        """A label whose `label_created` is journalled (by the scan, or by settling): save, print."""
        if label.ship_with is not None and label.ship_with.properties.shipping_option_code:
            # The option the label was made with, as Sendcloud echoes it: what the label prints.
            used = self._shipping_name(label.ship_with.properties.shipping_option_code)
            summary = dataclasses.replace(summary, shipping_option=used)
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {summary.order_number} created.",
            attempt_id=attempt_id,
            order=summary,
            parcel_id=label.parcel_id,
            tracking_number=label.tracking_number,
        )
        return self.keep_and_print(
            summary.order_number, verdict, label.label, label.mime_type, label.documents
        )

    def keep_and_print(
        self,
        order_number: str,
        verdict: ScanVerdict,
        label: bytes,
        mime_type: str,
        documents: Sequence[Document] = (),
        *,
        print_label: bool = True,
    ) -> ScanVerdict:
        """Save a created label atomically, journal `label_saved`, then print it (if there is a
        printer and `print_label`)."""
        attempt_id, parcel_id = verdict.attempt_id, verdict.parcel_id
        assert attempt_id is not None
        assert parcel_id is not None
        path = self.label_store / label_file_name(order_number, parcel_id, mime_type)
        try:
            stored = save_label(path, label, mime_type)
        except LabelStoreError as error:
            return self._not_saved(verdict, order_number, error)
        self.record(
            attempt_id,
            Stage.LABEL_SAVED,
            label_path=stored.path,
            label_sha256=stored.sha256,
            label_mime_type=stored.mime_type,
        )
        verdict = dataclasses.replace(verdict, label_path=stored.path)
        if self.printer is None or not print_label:
            return self.finish(verdict)
        return self.print_label(attempt_id, verdict, label, mime_type, documents)

    def _not_saved(self, verdict: ScanVerdict, order_number: str, error: LabelStoreError) -> ScanVerdict:
        """A paid label the disk refused: journalled as made, not saved (its parcel stays, so a
        reprint fetches it from Sendcloud's parcel documents, and recovery lists it), and amber."""
        assert verdict.attempt_id is not None
        trouble = LabelStoreError(
            f"The label for {order_number} is made (parcel {verdict.parcel_id}) but could not be saved "
            f"on this station: {error.message} Fix the label folder, then reprint it (F5, the "
            "console, or `packstation reprint`): Sendcloud keeps it. Never scan it for a new one."
        )
        self._print_trouble(verdict.attempt_id, Stage.FAILED, trouble)
        return self.finish(
            dataclasses.replace(
                _not_printed(verdict, trouble.message, trouble.code),
                reference=verdict.reference or order_number,
                reprint_attempt=verdict.attempt_id,
            )
        )

    def print_label(
        self,
        attempt_id: AttemptId,
        verdict: ScanVerdict,
        label: bytes,
        mime_type: str,
        documents: Sequence[Document] = (),
    ) -> ScanVerdict:
        assert self.printer is not None
        try:
            job = prepare_print_job(label, mime_type, self.printer.profile)
        except PackstationError as error:  # the label is saved; a person decides on a reprint
            self._print_trouble(attempt_id, Stage.FAILED, error)
            return self.finish(_not_printed(verdict, error.message, error.code))
        outcome = self.printer.send(job)
        if outcome.state is PrintState.PRINTED:
            self.record(attempt_id, Stage.PRINTED, printer=outcome.printer_url, print_copies=job.copies)
            done = "reprinted" if verdict.code == ErrorCode.REPRINTED else "printed"
            printed = _with_outcome(verdict, outcome, f"Label for {_order_of(verdict)} {done}.")
            return self.finish(self.print_documents(printed, documents))
        if outcome.state is PrintState.SENT_UNCONFIRMED:
            trouble, stage = (
                PackstationError(
                    f"The label was sent but the printer did not confirm it: {outcome.reason}. "
                    "Check the printer; reprint only if no label came out.",
                    code=ErrorCode.PRINT_UNCONFIRMED,
                ),
                Stage.PRINT_UNCONFIRMED,
            )
        else:
            trouble, stage = (
                PackstationError(
                    f"The label was created but not printed: {outcome.reason}. "
                    "Fix the printer, then reprint.",
                    code=ErrorCode.PRINT_FAILED,
                ),
                Stage.FAILED,
            )
        self._print_trouble(attempt_id, stage, trouble)
        return self.finish(_with_outcome(_not_printed(verdict, trouble.message, trouble.code), outcome, None))

    def print_documents(self, verdict: ScanVerdict, documents: Sequence[Document]) -> ScanVerdict:
        """Customs papers (a CN23 for GB or CH…) listed beside the label: fetch, keep, print.

        The label is out already, so trouble here is amber, not red: the packer prints the
        declaration again from the console rather than making a new label.
        """
        assert self.printer is not None
        for document_type in _extra_document_types(documents):
            assert verdict.parcel_id is not None
            try:
                document = self.client.get_parcel_document(
                    verdict.parcel_id, document_type, mime_type="application/pdf"
                )
                name = label_file_name(_order_of(verdict), verdict.parcel_id, document.mime_type)
                save_label(self.label_store / f"{document_type}-{name}", document.content, document.mime_type)
                outcome = self.printer.send(
                    prepare_print_job(document.content, document.mime_type, self.printer.profile)
                )
            except PackstationError as error:
                return _not_printed(
                    verdict,
                    f"{verdict.message} The {document_type} was not printed: {error.message}",
                    ErrorCode.DOCUMENT_NOT_PRINTED,
                )
            if outcome.state is not PrintState.PRINTED:
                return _not_printed(
                    verdict,
                    f"{verdict.message} The {document_type} was not printed: {outcome.reason}.",
                    ErrorCode.DOCUMENT_NOT_PRINTED,
                )
            verdict = dataclasses.replace(verdict, documents_printed=verdict.documents_printed + 1)
        return verdict

    # ------------------------------------------------------------------ reprint and recovery
    def reprint(self, attempt_id: AttemptId, *, as_pdf: bool = False) -> ScanVerdict:
        """Print a created label again, from the label store or Sendcloud's documents: never a new label.

        A native ZPL label cannot go to a TSPL, EPL2, ESC/POS or spooler printer (made when the
        station had a Zebra, or at another station): that is said, with the offer to fetch a PDF
        of the same parcel from Sendcloud's parcel documents, which `as_pdf=True` does and prints
        (still never a new label; Sendcloud may have no PDF when the carrier makes only ZPL).
        """
        attempt = self.journal.attempt(attempt_id)
        if attempt.parcel_id is None:
            return ScanVerdict(
                Verdict.FAILED, "This attempt has no label to reprint.", ErrorCode.NO_LABEL, attempt_id
            )
        if attempt.label_saved_at is None and not as_pdf:  # made but never saved here: its first print
            return self.resume_created(attempt)
        if as_pdf:
            fetched = self._pdf_of(attempt)
            if isinstance(fetched, ScanVerdict):
                return self.finish(fetched)
            label, mime_type = fetched
        else:
            label, mime_type = self._stored_or_fetched(attempt)
            if self.printer is not None and _needs_pdf(mime_type, self.printer.profile.language):
                return self.finish(_pdf_offer(attempt, self.printer.profile.language))
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {attempt.order_number} reprinted.",
            ErrorCode.REPRINTED,
            attempt_id=attempt_id,
            reference=attempt.order_number,
            parcel_id=attempt.parcel_id,
            tracking_number=attempt.tracking_number,
            label_path=attempt.label_path,
        )
        if self.printer is None:
            return self.finish(verdict)
        return self.print_label(attempt_id, verdict, label, mime_type)

    def _pdf_of(self, attempt: Attempt) -> tuple[bytes, str] | ScanVerdict:
        """The same parcel's label as a PDF from Sendcloud's parcel documents, or why not."""
        assert attempt.parcel_id is not None
        try:
            document = self.client.get_parcel_document(attempt.parcel_id, mime_type="application/pdf")
        except PackstationError as error:
            return ScanVerdict(
                Verdict.FAILED,
                f"Sendcloud gave no PDF of the label for {attempt.order_number} (parcel "
                f"{attempt.parcel_id}): {error.message} The carrier may make this label as ZPL only: "
                "print it on a ZPL (Zebra) printer.",
                ErrorCode.ZPL_LABEL_NEEDS_PDF,
                attempt.id,
                reference=attempt.order_number,
                parcel_id=attempt.parcel_id,
            )
        if document.mime_type.split(";", 1)[0].strip().lower() != "application/pdf":
            # Sendcloud: a label the carrier made as native ZPL "will always be returned in ZPL".
            return ScanVerdict(
                Verdict.FAILED,
                f"Sendcloud has the label for {attempt.order_number} (parcel {attempt.parcel_id}) only as "
                f"{document.mime_type}: the carrier made it as native ZPL. Print it on a ZPL (Zebra) "
                "printer. No new label is made.",
                ErrorCode.ZPL_LABEL_NEEDS_PDF,
                attempt.id,
                reference=attempt.order_number,
                parcel_id=attempt.parcel_id,
            )
        return document.content, document.mime_type

    def label_attempt(self, order_number: str, *, parcel_id: int | None = None) -> Attempt:
        """The attempt holding the order's latest live label (or the one holding `parcel_id`), for
        a reprint. Raises `PackstationError(code=ErrorCode.NO_LABEL)` when this station has none."""
        if parcel_id is not None:
            holder = self.journal.parcel_holder(parcel_id)
            attempt = None if holder is None else self.journal.attempt(holder)
            if attempt is None or (attempt.order_number or "").casefold() != order_number.casefold():
                raise PackstationError(
                    f"This station has no label with parcel {parcel_id} for order {order_number}.",
                    code=ErrorCode.NO_LABEL,
                )
            if attempt.voided_at is not None:
                raise PackstationError(
                    f"The label with parcel {parcel_id} was cancelled; it must not be printed again.",
                    code=ErrorCode.LABEL_VOIDED,
                )
            return attempt
        attempt = self.journal.label_for_order(order_number)
        if attempt is None:
            raise PackstationError(
                f"This station has made no label for order {order_number} that could be reprinted.",
                code=ErrorCode.NO_LABEL,
            )
        return attempt

    def _stored_or_fetched(self, attempt: Attempt) -> tuple[bytes, str]:
        """The saved label, or (gone, or unreadable, or saved at another station of a shared
        journal) the same label from Sendcloud's documents."""
        own = attempt.station == self.journal.station  # another station's file is on its disk
        if own and attempt.label_path is not None and attempt.label_path.exists():
            try:
                content = attempt.label_path.read_bytes()
            except OSError as error:
                log.warning(
                    "label file of attempt %s unreadable (%s): fetched again", attempt.id, error.strerror
                )
            else:
                return content, attempt.label_mime_type or self.settings.label_mime_type
        assert attempt.parcel_id is not None
        document = self.fetch_label(attempt.parcel_id)
        return document.content, document.mime_type

    def fetch_label(self, parcel_id: int, *, attempts: int = 1, wait: float = 0.0) -> ParcelDocument:
        """A label Sendcloud already made, from the parcel documents endpoint (never a new label),
        at the station's MIME type and DPI.

        A label made asynchronously is not ready at once (Sendcloud answers 404 until it is): with
        `attempts` > 1 a 404 is asked again after `wait` seconds, up to `attempts` times. A 5xx, a
        timeout or a dropped connection is asked again `document_retries` times with backoff: the
        label is paid for, and one bad answer must not lose it.
        """
        not_ready, transient = 0, 0
        while True:
            try:
                return self.client.get_parcel_document(
                    parcel_id, mime_type=self.settings.label_mime_type, dpi=self.settings.label_dpi
                )
            except NotFoundError:
                not_ready += 1
                if not_ready >= max(1, attempts):
                    raise
                self.sleep(wait)
            except (ServerError, NetworkError, MalformedResponseError):
                if transient >= self.document_retries:
                    raise
                self.sleep(self.document_backoff * 2**transient)
                transient += 1

    def _list_for_reprint(self, attempt: Attempt) -> Attempt:
        """A label made for an attempt the station could not finish (it stopped, or the answer came
        late) is kept, not printed: recorded as a failure, so the console lists it with the labels
        made but not printed (its reprint resumes from the stage it reached)."""
        if attempt.stage.is_trouble:
            return attempt
        return self.journal.fail(
            attempt.id,
            Stage.FAILED,
            PackstationError(
                f"The label for {order_words(attempt)} (parcel {attempt.parcel_id}) was made for a scan "
                "the station could not finish (it stopped, or Sendcloud answered late). It is kept and "
                "was not printed: reprint it if it is still needed.",
                code=ErrorCode.LABEL_NOT_PRINTED,
            ),
        )

    def not_printed_verdict(self, attempt: Attempt) -> ScanVerdict:
        """A saved label whose print did not come out, or was never confirmed: a person decides."""
        attempt = self._list_for_reprint(attempt)
        return ScanVerdict(
            Verdict.ATTENTION,
            f"The label for {order_words(attempt)} (parcel {attempt.parcel_id}) is made and saved, but "
            "its print was not confirmed. Look at the printer; if no label came out, reprint it "
            "(F5, the console, or `packstation reprint`).",
            ErrorCode.LABEL_NOT_PRINTED,
            attempt.id,
            parcel_id=attempt.parcel_id,
            tracking_number=attempt.tracking_number,
            label_path=attempt.label_path,
            reference=attempt.order_number,
            reprint_attempt=attempt.id,
        )

    def resume_created(self, attempt: Attempt, *, print_label: bool = True) -> ScanVerdict:
        """A label Sendcloud made but this station never saved: fetch it (never create it again),
        save, and print it when a person asked (`print_label`).

        A crash, a failed save or a failed document fetch leaves `label_created` on record; a label
        answer whose file was unusable may leave only the parcel id (from the error) on a `failed`
        attempt. Either way the label is first looked up among the order's shipments (is it still
        live? its tracking number and customs papers), and recorded as created if it was not (the
        journal's "resume from the furthest stage reached"), so `label_saved` and `printed` follow.
        """
        assert attempt.parcel_id is not None
        order_number = attempt.order_number or str(attempt.parcel_id)
        # Never on this station before: is it still live (not cancelled in Sendcloud's panel since)?
        live = self._live_label(attempt, order_number)
        tracking_number, documents = live.tracking_number or attempt.tracking_number, live.documents
        label, mime_type = self._stored_or_fetched(attempt)
        if attempt.label_created_at is None:
            self.record(
                attempt.id, Stage.LABEL_CREATED, parcel_id=attempt.parcel_id, tracking_number=tracking_number
            )
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {order_number} recovered.",
            attempt_id=attempt.id,
            parcel_id=attempt.parcel_id,
            tracking_number=tracking_number,
            reference=order_number,
        )
        kept = self.keep_and_print(
            order_number, verdict, label, mime_type, documents, print_label=print_label
        )
        if print_label or kept.code is ErrorCode.LABEL_NOT_SAVED:
            return kept
        return self.not_printed_verdict(self.journal.attempt(attempt.id))

    def parcel_at_sendcloud(self, attempt: Attempt, order_number: str) -> ExistingLabel | None:
        """The attempt's parcel among the order's shipments at Sendcloud (cancelled ones too)."""
        return next(
            (
                label
                for label in self.client.find_existing_labels(
                    order_number, integration_id=attempt.integration_id
                )
                if label.parcel_id == attempt.parcel_id
            ),
            None,
        )

    def _live_label(self, attempt: Attempt, order_number: str) -> ExistingLabel:
        """The attempt's parcel among the order's shipments at Sendcloud, if it is not cancelled."""
        found = self.parcel_at_sendcloud(attempt, order_number)
        if found is None or found.cancelled:
            raise PackstationError(
                f"Sendcloud has no live label with parcel {attempt.parcel_id} for order {order_number} "
                "(it was cancelled, or never finished); nothing was printed. Check the shipment in "
                "Sendcloud.",
                code=ErrorCode.LABEL_NOT_LIVE,
            )
        return found

    # ------------------------------------------------------------------ helpers
    @property
    def printer_url(self) -> str | None:
        return self.printer.url if self.printer is not None else None

    def record(self, attempt_id: AttemptId, stage: Stage, **fields: Any) -> None:
        self.journal.record(attempt_id, stage, **fields)
        self.emit(StageReached(attempt_id, stage))

    def _print_trouble(self, attempt_id: AttemptId, stage: Stage, error: PackstationError) -> None:
        """Journal a print that went wrong. A failed *reprint* of a label that already printed once
        does not move the attempt backwards (the journal refuses that): it is an audit entry."""
        current = self.journal.attempt(attempt_id)
        # PRINTED, or FAILED again after a failed print: the journal refuses the move.
        if not stage.can_follow(current.stage, current.reached):
            actor = self.packer.name if self.packer else "station"
            self.journal.audit(
                actor,
                "reprint_failed",
                f"attempt {attempt_id}: {error.code}: {error.message}",
                attempt_id=attempt_id,
            )
        else:
            self.journal.fail(attempt_id, stage, error)

    def failed(
        self, attempt_id: AttemptId, error: PackstationError, summary: OrderSummary | None = None
    ) -> ScanVerdict:
        self.journal.fail(attempt_id, Stage.FAILED, error)
        if isinstance(error, OrderClaimedError | WriteLimitWaitError):
            # Amber: nothing is wrong here; the order is someone else's at this moment.
            return self.finish(
                ScanVerdict(
                    Verdict.ATTENTION,
                    error.message,
                    error.code,
                    attempt_id,
                    summary,
                    elsewhere=error.claim.holder if isinstance(error, OrderClaimedError) else None,
                    elsewhere_at=error.claim.claimed_at if isinstance(error, OrderClaimedError) else None,
                )
            )
        return self.finish(
            ScanVerdict(
                Verdict.FAILED, error.message, error.code, attempt_id, summary, field=error_pointer(error)
            )
        )

    def finish(self, verdict: ScanVerdict) -> ScanVerdict:
        """Report the verdict (the last event of the attempt) and return it."""
        self.emit(verdict)
        return verdict


def _weighed(summary: OrderSummary, weight: Weight, *, checked: bool) -> OrderSummary:
    """The summary with the parcel's weight beside the order."""
    return dataclasses.replace(summary, weight=weight, weight_limit_checked=checked)


def _existing_from(attempt: Attempt) -> ExistingLabel:
    return ExistingLabel(
        order_number=attempt.order_number,
        shipment_id="",
        parcel_id=attempt.parcel_id or 0,
        tracking_number=attempt.tracking_number,
        tracking_url=None,
        status=None,
    )


# Sendcloud's deprecated `type` values, mapped to the documents endpoint's path values (S-PD).
_DOCUMENT_PATH_BY_TYPE: dict[str, DocumentType] = {
    "cn23": "customs-declaration",
    "cn23-default": "customs-declaration",
    "cp71": "customs-declaration",
    "commercial-invoice": "customs-declaration",
    "customs-declaration": "customs-declaration",
    "air-waybill": "air-waybill",
}


def _extra_document_types(documents: Sequence[Document]) -> list[DocumentType]:
    """The documents besides the label, each once, as the documents endpoint names them."""
    wanted: list[DocumentType] = []
    for document in documents:
        kind = _DOCUMENT_PATH_BY_TYPE.get(document.document_type or document.type or "")
        if kind is not None and kind not in wanted:
            wanted.append(kind)
    return wanted


def _order_of(verdict: ScanVerdict) -> str:
    return verdict.order.order_number if verdict.order else verdict.reference or "the order"


def _needs_pdf(mime_type: str, language: PrinterLanguage) -> bool:
    """A native ZPL label for a printer that does not speak ZPL."""
    kind = mime_type.split(";", 1)[0].strip().lower()
    return (
        kind in ("application/zpl", "application/x-zpl", "text/zpl") and language is not PrinterLanguage.ZPL
    )


def _pdf_offer(attempt: Attempt, language: PrinterLanguage) -> ScanVerdict:
    return ScanVerdict(
        Verdict.FAILED,
        f"The label for {attempt.order_number} was made as native ZPL, which this "
        f"{language_label(language)} printer cannot print (it was made for a Zebra, perhaps at another "
        "station). Press F5 again (or run `packstation reprint ORDER --as-pdf`) to fetch a PDF of the same "
        "parcel from Sendcloud, where the carrier makes one, and print that. No new label is made.",
        ErrorCode.ZPL_LABEL_NEEDS_PDF,
        attempt.id,
        reference=attempt.order_number,
        parcel_id=attempt.parcel_id,
        tracking_number=attempt.tracking_number,
    )


def _not_printed(verdict: ScanVerdict, message: str, code: ErrorCode | None) -> ScanVerdict:
    return dataclasses.replace(verdict, verdict=Verdict.ATTENTION, message=message, code=code)


def _with_outcome(verdict: ScanVerdict, outcome: PrintOutcome, message: str | None) -> ScanVerdict:
    return dataclasses.replace(verdict, print_outcome=outcome, message=message or verdict.message)


# Rounds of claim -> settle an abandoned claim -> claim again before giving up (another process
# racing for the same freed claim would have to win twice).
_CLAIM_ROUNDS = 3


def _clock_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def unknown_message(order_number: str, settlement: Settlement) -> str:
    """What to do while it is not known whether Sendcloud made a label: wait, never pay again."""
    if settlement.retry_in > 0:
        wait = (
            f"Wait {_duration(settlement.retry_in)}, then scan it again: the station asks Sendcloud once more"
        )
    else:
        wait = "Scan it again in a moment: the station asks Sendcloud once more"
    return (
        f"It is not known yet whether Sendcloud made the label for {order_number} "
        f"({settlement.reason}). A label may exist, so no new one is made. {wait}; or ask your shift "
        "lead."
    )


def order_to_settle(attempt: Attempt) -> str:
    if attempt.order_number is None:  # a label call is only made for a found order
        raise PackstationError(
            f"Attempt {attempt.id} has no order to settle.", code=ErrorCode.SETTLE_NO_ORDER
        )
    return attempt.order_number


def lookup_failed(error: PackstationError) -> Settlement:
    """A settling lookup that failed: nothing is proved either way."""
    return Settlement(SettleState.UNKNOWN, reason=f"the lookup at Sendcloud failed ({error.message})")


def _duration(seconds: float) -> str:
    """A wait in English words (`rounded_wait`): never "0 seconds"."""
    count, in_minutes = rounded_wait(seconds)
    unit = "minute" if in_minutes else "second"
    return f"{count} {unit}{'s' if count != 1 else ''}"


def _not_fetched(order_number: str, parcel_id: int, error: PackstationError) -> PackstationError:
    return PackstationError(
        f"The label for {order_number} is made (parcel {parcel_id}) but could not be fetched from "
        f"Sendcloud: {error.message.rstrip('.')}. Reprint it in a moment (F5, the console, or "
        "`packstation reprint`); never scan it for a new one.",
        code=ErrorCode.LABEL_NOT_FETCHED,
    )


def order_words(attempt: Attempt) -> str:
    return f"order {attempt.order_number}" if attempt.order_number else f"attempt {attempt.id}"
