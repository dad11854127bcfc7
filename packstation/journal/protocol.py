"""`StationJournal`: the one journal protocol both engines keep (issue 19).

SQLite (`Journal`, one file per station, the default) and PostgreSQL (`PostgresJournal`, one database
for a warehouse) answer the same calls with the same rules: the workflow, recovery, the console
and the reports are written against this protocol and never ask which engine is behind it. The
shared journal's differences (its holders' locks, what a station recovers, its outages) are in
journal/postgres.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Protocol, TextIO

from packstation.journal.claims import Claim, ClaimKind, ClaimResult, Holder
from packstation.journal.models import (
    Attempt,
    AttemptEvent,
    AttemptFilter,
    AttemptId,
    AttemptOrder,
    AuditEntry,
    BoxLabel,
    ErrorLike,
    ItemScanRecord,
    Packer,
    PurgeResult,
    Stats,
    VerificationCatches,
)
from packstation.journal.reports import Categorise
from packstation.journal.stages import Stage


class StationJournal(Protocol):
    """What a station asks of its journal, whichever engine keeps it."""

    @property
    def station(self) -> str: ...

    @property
    def holder(self) -> Holder: ...

    def close(self) -> None: ...

    def __enter__(self) -> StationJournal: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    # attempts, stage by stage
    def start_attempt(
        self,
        raw_scan: str,
        packer: Packer | None = None,
        printer: str | None = None,
        *,
        retry_of: AttemptId | None = None,
        actor: str | None = None,
    ) -> AttemptId: ...

    def record(
        self,
        attempt_id: AttemptId,
        stage: Stage,
        *,
        order_id: str | None = None,
        order_number: str | None = None,
        integration_id: int | None = None,
        parcel_id: int | None = None,
        tracking_number: str | None = None,
        label_path: Path | None = None,
        label_sha256: str | None = None,
        label_mime_type: str | None = None,
        printer: str | None = None,
        durable: bool | None = None,
        event_fields: Mapping[str, str] | None = None,
        parcels: Sequence[int] = (),
    ) -> Attempt: ...

    def fail(
        self, attempt_id: AttemptId, stage: Stage, error: ErrorLike, *, durable: bool | None = None
    ) -> Attempt: ...

    # one claim per order
    def claim(
        self,
        order_number: str,
        integration_id: int | None,
        attempt_id: AttemptId,
        kind: ClaimKind = ClaimKind.LABEL,
        *,
        holder: str | None = None,
        take_over: str | None = None,
        second_label: bool = False,
    ) -> ClaimResult: ...

    def release(self, attempt_id: AttemptId) -> None: ...

    def claims(self) -> tuple[tuple[Claim, bool], ...]: ...

    def parcel_holder(self, parcel_id: int) -> AttemptId | None: ...

    def parcels_held(self, parcel_ids: Sequence[int]) -> frozenset[int]: ...

    # the console's decisions, the audit log, facts, retention
    def resolve(self, attempt_id: AttemptId, actor: str, note: str) -> Attempt: ...

    def retries_of(self, attempt_id: AttemptId) -> tuple[Attempt, ...]: ...

    def audit(
        self, actor: str, action: str, detail: str = "", *, attempt_id: AttemptId | None = None
    ) -> AuditEntry: ...

    def fact(self, key: str) -> str | None: ...

    def set_fact(self, key: str, value: str) -> None: ...

    def shared_packers(self) -> tuple[Packer, ...] | None: ...

    def purge(
        self, older_than: datetime, *, keep_counts: bool = True, actor: str = "retention"
    ) -> PurgeResult: ...

    # item verification
    def record_item(
        self,
        attempt_id: AttemptId,
        code: str,
        outcome: str,
        *,
        line: int | None = None,
        units: int = 0,
        reason: str | None = None,
        actor: str | None = None,
    ) -> ItemScanRecord: ...

    def item_scans(self, attempt_id: AttemptId) -> tuple[ItemScanRecord, ...]: ...

    # several boxes, one order (issue 18): each box's label saved and printed on its own
    def record_box(
        self,
        attempt_id: AttemptId,
        parcel_id: int,
        *,
        label_path: Path | None = None,
        label_sha256: str | None = None,
        tracking_number: str | None = None,
        printed: bool = False,
    ) -> BoxLabel: ...

    def boxes(self, attempt_id: AttemptId) -> tuple[BoxLabel, ...]: ...

    # the bench scale (issue 17): the previous parcel's weight, never copied onto the next
    def last_weighing(self) -> tuple[str | None, str] | None: ...

    def verification_catches(self, since: datetime, until: datetime) -> VerificationCatches: ...

    # reading: recovery, the console, reports
    def attempt(self, attempt_id: AttemptId) -> Attempt: ...

    def history(self, attempt_id: AttemptId) -> tuple[AttemptEvent, ...]: ...

    def label_for_order(self, order_number: str, integration_id: int | None = None) -> Attempt | None: ...

    def unsettled(self) -> tuple[Attempt, ...]: ...

    def unsaved(self) -> tuple[Attempt, ...]: ...

    def unprinted(self) -> tuple[Attempt, ...]: ...

    def attempts(
        self,
        filter: AttemptFilter | None = None,
        order_by: AttemptOrder = AttemptOrder.NEWEST,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[Attempt, ...]: ...

    def count(self, filter: AttemptFilter | None = None) -> int: ...

    def stations(self) -> tuple[str, ...]: ...

    def error_codes(self, filter: AttemptFilter | None = None) -> tuple[str, ...]: ...

    def export_csv(
        self, filter: AttemptFilter | None, stream: TextIO, order_by: AttemptOrder = AttemptOrder.OLDEST
    ) -> int: ...

    def stats(self, since: datetime, until: datetime, categorise: Categorise = ...) -> Stats: ...

    def audit_log(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> tuple[AuditEntry, ...]: ...
