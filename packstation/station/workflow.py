"""One scan, end to end: scan → order → guard → printer check → label → save → print.

The same core drives the GUI and the CLI. Every step is written to the journal before and after it,
so a crash or power cut at any point loses no label and never causes a second one. Progress is
reported as frozen events through a plain callback (the Qt layer re-emits them as a signal); the
final `ScanVerdict` is also returned. No Qt, and every wait comes from the injected settings.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from packstation.errors import PackstationError
from packstation.journal import Attempt, AttemptId, Journal, Packer, Stage
from packstation.printing.convert import prepare_print_job
from packstation.printing.printer import LabelPrinter, PrintOutcome, PrintState
from packstation.sendcloud import (
    Document,
    DocumentType,
    ExistingLabel,
    LabelOutcomeUnknownError,
    LabelResult,
    NotFoundError,
    Order,
    ParcelDocument,
    SendcloudClient,
)
from packstation.settings import StationSettings
from packstation.station.barcode import Debouncer, Scan, ScanError, ScanSettings, parse_scan
from packstation.station.label_store import label_file_name, save_label
from packstation.station.shipping import (
    AlreadyShippedError,
    OrderLookupPolicy,
    ShippingProfile,
    create_label,
    ensure_not_shipped,
    find_order,
)


class Verdict(StrEnum):
    """What the packer sees: green, amber or red."""

    SUCCESS = "success"  # green: the label is out (or saved, on a station without a printer)
    ATTENTION = "attention"  # amber: already shipped, label saved but not printed, outcome unknown
    FAILED = "failed"  # red: no label; fix and scan again


@dataclass(frozen=True)
class OrderSummary:
    """What the verdict area shows about the order."""

    order_number: str
    recipient: str
    destination: str
    items: tuple[tuple[str, int], ...]
    shipping_option: str | None


@dataclass(frozen=True)
class StageReached:
    """Progress event: an attempt reached a stage (the journal's stage names)."""

    attempt_id: AttemptId
    stage: Stage


@dataclass(frozen=True)
class ScanVerdict:
    """The outcome of one scan: also emitted as the last event of the attempt."""

    verdict: Verdict
    message: str
    code: str | None = None
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


Event = StageReached | ScanVerdict


class DuplicateScanError(PackstationError):
    code = "scan_duplicate"


@dataclass
class StationWorkflow:
    """The packing workflow of one station. Not thread-safe: run it on one worker (the API lane).

    Its steps (`_settle`, `_save_and_print`, `_keep_and_print`, `_fetch_label`, `_record`,
    `_failed`…) are also the failed-shipments console's (`station.review`): shared, not copied, so a
    retried label is journalled, saved and printed exactly as a scanned one.
    """

    client: SendcloudClient
    journal: Journal
    label_store: Path
    settings: StationSettings
    printer: LabelPrinter | None = None
    emit: Callable[[Event], None] = lambda event: None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    packer: Packer | None = None
    _debouncer: Debouncer = field(init=False)

    def __post_init__(self) -> None:
        self._debouncer = Debouncer(self.settings.scanner.debounce_seconds, clock=self.clock)

    # ------------------------------------------------------------------ scanning
    def handle_scan(self, raw: str) -> ScanVerdict:
        """Everything one scan does. Never raises for a packer-facing failure: it returns a verdict."""
        try:
            scan: Scan | None = self._parse(raw)
            failure: ScanError | None = None
        except ScanError as error:
            scan, failure = None, error
        if scan is not None and scan.kind == "badge":
            return self.sign_in(scan.value)
        attempt_id = self.journal.start_attempt(raw, self.packer, self._printer_url)
        self.emit(StageReached(attempt_id, Stage.SCANNED))
        try:
            if failure is not None:
                raise failure
            assert scan is not None
            self._check_not_duplicate(scan)
        except PackstationError as error:
            return self._failed(attempt_id, error)
        return self.ship_attempt(attempt_id, scan.value)

    def ship_attempt(
        self, attempt_id: AttemptId, order_number: str, *, second_label: bool = False
    ) -> ScanVerdict:
        """Ship `order_number` under a journalled attempt (at `scanned`): find, guard, label, save,
        print. What a scan does after parsing; the console's retry runs exactly this too.
        `second_label`: a shift lead overrode the already-shipped guard for this one order."""
        try:
            return self._ship(attempt_id, order_number, second_label=second_label)
        except PackstationError as error:
            return self._failed(attempt_id, error)

    def sign_in(self, badge_id: str) -> ScanVerdict:
        """Sign a packer in by badge: every attempt from now on records who packed it."""
        known = {packer.badge_id.casefold(): packer for packer in self.settings.packers}
        packer = known.get(badge_id.casefold())
        if packer is None:
            return self._finish(
                ScanVerdict(
                    Verdict.FAILED, f"Badge {badge_id} is not known at this station.", "badge_unknown"
                )
            )
        self.packer = Packer(badge_id=packer.badge_id, name=packer.name)
        self.journal.audit(packer.name, "sign_in", f"badge {packer.badge_id}")
        return self._finish(
            ScanVerdict(Verdict.SUCCESS, f"Signed in: {packer.name}.", "signed_in", reference=packer.name)
        )

    def _parse(self, raw: str) -> Scan:
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

    def _check_not_duplicate(self, scan: Scan) -> None:
        if not self._debouncer.accept(scan.value):
            raise DuplicateScanError(f"{scan.value} was just scanned; the scan was ignored.")

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
        self._record(
            attempt_id,
            Stage.ORDER_FOUND,
            order_id=order.order_id,
            order_number=order.order_number,
            integration_id=order.order_details.integration.id,
        )
        return summarise(order)

    def _ship(self, attempt_id: AttemptId, order_number: str, *, second_label: bool = False) -> ScanVerdict:
        profile = shipping_profile(self.settings)
        order = self.find(order_number, integration_ids=profile.integration_ids)
        summary = self.order_found(attempt_id, order)
        try:
            return self._ship_order(attempt_id, order, summary, profile, second_label=second_label)
        except PackstationError as error:
            return self._failed(attempt_id, error, summary)

    def _ship_order(
        self,
        attempt_id: AttemptId,
        order: Order,
        summary: OrderSummary,
        profile: ShippingProfile,
        *,
        second_label: bool = False,
    ) -> ScanVerdict:
        try:
            if not second_label:
                self._guard_second_label(order)
        except AlreadyShippedError as error:
            return self._already_shipped(attempt_id, error, summary)
        if self.printer is not None:
            self.printer.ensure_ready()  # paper out or head open: refuse before paying for a label
        self._record(attempt_id, Stage.LABEL_REQUESTED)
        try:
            label = create_label(self.client, order, profile)
        except LabelOutcomeUnknownError as error:
            self.journal.fail(attempt_id, Stage.OUTCOME_UNKNOWN, error)
            settled = self._settle(attempt_id, order)
            if settled is None:
                return ScanVerdict(Verdict.ATTENTION, error.message, error.code, attempt_id, summary)
            label = settled
        return self._save_and_print(attempt_id, summary, label)

    def _guard_second_label(self, order: Order) -> None:
        """The journal first, then Sendcloud's shipments: an order with a label is not shipped again."""
        if self.settings.allow_second_label:
            return
        known = self.journal.label_for_order(order.order_number, order.order_details.integration.id)
        if known is not None and known.parcel_id is not None:
            raise AlreadyShippedError(order.order_number, [_existing_from(known)])
        ensure_not_shipped(self.client, order)

    def _already_shipped(
        self, attempt_id: AttemptId, error: AlreadyShippedError, summary: OrderSummary | None
    ) -> ScanVerdict:
        """Amber, not red: the order has a label; the packer reprints it rather than paying again."""
        self.journal.fail(attempt_id, Stage.FAILED, error)
        existing = error.existing[0]
        known = (
            self.journal.label_for_order(existing.order_number or summary.order_number) if summary else None
        )
        return self._finish(
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
            )
        )

    def _settle(
        self, attempt_id: AttemptId, order: Order, *, attempts: int = 1, wait: float = 0.0
    ) -> LabelResult | None:
        """After a lost answer: find the parcel Sendcloud made, and fetch its label (never a new one).

        `attempts`/`wait` as in `_fetch_label`: a label made asynchronously may not be ready yet.
        """
        try:
            existing = [
                label
                for label in self.client.find_existing_labels(
                    order.order_number, integration_id=order.order_details.integration.id
                )
                if not label.cancelled
            ]
        except PackstationError:
            return None  # still unknown: start-up recovery asks again before anything is retried
        if not existing:
            self.journal.fail(
                attempt_id,
                Stage.FAILED,
                PackstationError(
                    "Sendcloud made no label for this order. Scan it again.", code="label_not_created"
                ),
            )
            return None
        found = existing[-1]
        document = self._fetch_label(found.parcel_id, attempts=attempts, wait=wait)
        return LabelResult(
            label=document.content,
            mime_type=document.mime_type,
            dpi=document.dpi,
            parcel_id=found.parcel_id,
            shipment_id=found.shipment_id,
            tracking_number=found.tracking_number,
            tracking_url=found.tracking_url,
            order_id=order.order_id,
            order_number=order.order_number,
            documents=found.documents,
        )

    def _save_and_print(
        self, attempt_id: AttemptId, summary: OrderSummary, label: LabelResult
    ) -> ScanVerdict:
        self._record(
            attempt_id, Stage.LABEL_CREATED, parcel_id=label.parcel_id, tracking_number=label.tracking_number
        )
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {summary.order_number} created.",
            attempt_id=attempt_id,
            order=summary,
            parcel_id=label.parcel_id,
            tracking_number=label.tracking_number,
        )
        return self._keep_and_print(
            summary.order_number, verdict, label.label, label.mime_type, label.documents
        )

    def _keep_and_print(
        self,
        order_number: str,
        verdict: ScanVerdict,
        label: bytes,
        mime_type: str,
        documents: Sequence[Document] = (),
    ) -> ScanVerdict:
        """Save a created label atomically, journal `label_saved`, then print it (if there is a printer)."""
        attempt_id, parcel_id = verdict.attempt_id, verdict.parcel_id
        assert attempt_id is not None
        assert parcel_id is not None
        path = self.label_store / label_file_name(order_number, parcel_id, mime_type)
        stored = save_label(path, label, mime_type)
        self._record(
            attempt_id,
            Stage.LABEL_SAVED,
            label_path=stored.path,
            label_sha256=stored.sha256,
            label_mime_type=stored.mime_type,
        )
        verdict = dataclasses.replace(verdict, label_path=stored.path)
        if self.printer is None:
            return self._finish(verdict)
        return self._print(attempt_id, verdict, label, mime_type, documents)

    def _print(
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
            return self._finish(_not_printed(verdict, error.message, error.code))
        outcome = self.printer.send(job)
        if outcome.state is PrintState.PRINTED:
            self._record(attempt_id, Stage.PRINTED, printer=outcome.printer_url)
            done = "reprinted" if verdict.code == "reprinted" else "printed"
            printed = _with_outcome(verdict, outcome, f"Label for {_order_of(verdict)} {done}.")
            return self._finish(self._print_documents(printed, documents))
        if outcome.state is PrintState.SENT_UNCONFIRMED:
            trouble, stage = (
                PackstationError(
                    f"The label was sent but the printer did not confirm it: {outcome.reason}. "
                    "Check the printer; reprint only if no label came out.",
                    code="print_unconfirmed",
                ),
                Stage.PRINT_UNCONFIRMED,
            )
        else:
            trouble, stage = (
                PackstationError(
                    f"The label was created but not printed: {outcome.reason}. "
                    "Fix the printer, then reprint.",
                    code="print_failed",
                ),
                Stage.FAILED,
            )
        self._print_trouble(attempt_id, stage, trouble)
        return self._finish(
            _with_outcome(_not_printed(verdict, trouble.message, trouble.code), outcome, None)
        )

    def _print_documents(self, verdict: ScanVerdict, documents: Sequence[Document]) -> ScanVerdict:
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
                    "document_not_printed",
                )
            if outcome.state is not PrintState.PRINTED:
                return _not_printed(
                    verdict,
                    f"{verdict.message} The {document_type} was not printed: {outcome.reason}.",
                    "document_not_printed",
                )
        return verdict

    # ------------------------------------------------------------------ reprint and recovery
    def reprint(self, attempt_id: AttemptId) -> ScanVerdict:
        """Print a created label again, from the label store or Sendcloud's documents: never a new label."""
        attempt = self.journal.attempt(attempt_id)
        if attempt.parcel_id is None:
            return ScanVerdict(
                Verdict.FAILED, "This attempt has no label to reprint.", "no_label", attempt_id
            )
        if attempt.label_saved_at is None:  # made but never saved here: its first print
            return self._resume_created(attempt)
        label, mime_type = self._stored_or_fetched(attempt)
        verdict = ScanVerdict(
            Verdict.SUCCESS,
            f"Label for {attempt.order_number} reprinted.",
            "reprinted",
            attempt_id=attempt_id,
            reference=attempt.order_number,
            parcel_id=attempt.parcel_id,
            tracking_number=attempt.tracking_number,
            label_path=attempt.label_path,
        )
        if self.printer is None:
            return self._finish(verdict)
        return self._print(attempt_id, verdict, label, mime_type)

    def _stored_or_fetched(self, attempt: Attempt) -> tuple[bytes, str]:
        if attempt.label_path is not None and attempt.label_path.exists():
            return attempt.label_path.read_bytes(), attempt.label_mime_type or self.settings.label_mime_type
        assert attempt.parcel_id is not None
        document = self._fetch_label(attempt.parcel_id)
        return document.content, document.mime_type

    def _fetch_label(self, parcel_id: int, *, attempts: int = 1, wait: float = 0.0) -> ParcelDocument:
        """A label Sendcloud already made, from the parcel documents endpoint (never a new label),
        at the station's MIME type and DPI.

        A label made asynchronously is not ready at once (Sendcloud answers 404 until it is): with
        `attempts` > 1 a 404 is asked again after `wait` seconds, up to `attempts` times.
        """
        attempts = max(1, attempts)
        for attempt in range(1, attempts + 1):
            try:
                return self.client.get_parcel_document(
                    parcel_id, mime_type=self.settings.label_mime_type, dpi=self.settings.label_dpi
                )
            except NotFoundError:
                if attempt >= attempts:
                    raise
                self.sleep(wait)
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def recover(self) -> list[ScanVerdict]:
        """On start-up: settle every attempt a crash left open, before any new scan is shipped.

        Attempts stuck at label_requested / outcome_unknown are asked of Sendcloud; a label found
        there is fetched (not created again), saved and printed. Labels saved but never printed are
        printed now.
        """
        verdicts = []
        for attempt in self.journal.unsettled():
            if attempt.order_number is None:
                continue
            order = find_order(
                self.client,
                attempt.order_number,
                integration_ids=(attempt.integration_id,) if attempt.integration_id else (),
            )
            settled = self._settle(attempt.id, order)
            if settled is not None:
                verdicts.append(self._save_and_print(attempt.id, summarise(order), settled))
        for attempt in self.journal.unsaved():
            verdicts.append(self._resume_created(attempt))
        verdicts.extend(self.reprint(attempt.id) for attempt in self.journal.unprinted())
        return verdicts

    def _resume_created(self, attempt: Attempt) -> ScanVerdict:
        """A label Sendcloud made but this station never saved: fetch it (never create it again),
        save, print.

        A crash or a failed save leaves `label_created` on record. A label answer whose file was
        unusable, followed by a failed fetch, leaves only the parcel id (from the error) on a
        `failed` attempt: that label is first looked up among the order's shipments (is it still
        live? its tracking number and customs papers), then recorded as created (the journal's
        "resume from the furthest stage reached"), so `label_saved` and `printed` may follow.
        """
        assert attempt.parcel_id is not None
        order_number = attempt.order_number or str(attempt.parcel_id)
        tracking_number = attempt.tracking_number
        documents: Sequence[Document] = ()
        if attempt.label_created_at is None:
            live = self._live_label(attempt, order_number)
            tracking_number, documents = live.tracking_number, live.documents
        label, mime_type = self._stored_or_fetched(attempt)
        if attempt.label_created_at is None:
            self._record(
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
        return self._keep_and_print(order_number, verdict, label, mime_type, documents)

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
                code="label_not_live",
            )
        return found

    # ------------------------------------------------------------------ helpers
    @property
    def _printer_url(self) -> str | None:
        return self.printer.url if self.printer is not None else None

    def _record(self, attempt_id: AttemptId, stage: Stage, **fields: Any) -> None:
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
                actor, "reprint_failed", f"attempt {attempt_id}: {error.code}: {error.message}"
            )
        else:
            self.journal.fail(attempt_id, stage, error)

    def _failed(
        self, attempt_id: AttemptId, error: PackstationError, summary: OrderSummary | None = None
    ) -> ScanVerdict:
        self.journal.fail(attempt_id, Stage.FAILED, error)
        if not isinstance(error, DuplicateScanError):
            self._debouncer.reset()  # the packer's immediate re-scan after a failure must get through
        return self._finish(ScanVerdict(Verdict.FAILED, error.message, error.code, attempt_id, summary))

    def _finish(self, verdict: ScanVerdict) -> ScanVerdict:
        self.emit(verdict)
        return verdict


def shipping_profile(settings: StationSettings) -> ShippingProfile:
    ship_with = settings.ship_with
    return ShippingProfile(
        mime_type=settings.label_mime_type,
        dpi=settings.label_dpi,
        integration_ids=settings.integration_ids,
        shipping_option_code=ship_with.shipping_option_code if ship_with else None,
        contract_id=ship_with.contract_id if ship_with else None,
        sender_address_id=settings.sender_address_id,
        brand_id=settings.brand_id,
        apply_shipping_rules=settings.apply_shipping_rules,
    )


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


def _not_printed(verdict: ScanVerdict, message: str, code: str | None) -> ScanVerdict:
    return dataclasses.replace(verdict, verdict=Verdict.ATTENTION, message=message, code=code)


def _with_outcome(verdict: ScanVerdict, outcome: PrintOutcome, message: str | None) -> ScanVerdict:
    return dataclasses.replace(verdict, print_outcome=outcome, message=message or verdict.message)
