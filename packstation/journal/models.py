"""The journal's rows and questions as frozen dataclasses (no dict-shaped results)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import NewType, Protocol

from packstation.journal.stages import Stage

AttemptId = NewType("AttemptId", int)


class ErrorLike(Protocol):
    """What `Journal.fail` needs of an error: `PackstationError` has it. Optional extras are read
    with `getattr` so the journal never imports the Sendcloud or printing packages: `status`,
    `pointer` or `errors[].pointer`, `details` (list of texts), `parcel_id`."""

    @property
    def code(self) -> str: ...

    @property
    def message(self) -> str: ...


@dataclass(frozen=True)
class Packer:
    """Who is signed in at the station (by badge)."""

    badge_id: str
    name: str


@dataclass(frozen=True)
class Attempt:
    """One scan and everything that followed it (the `attempts` row)."""

    id: AttemptId
    station: str
    packer_id: str | None
    packer_name: str | None
    raw_scan: str | None  # None once purged
    printer: str | None
    stage: Stage
    reached: Stage  # the furthest progress stage, kept when a trouble stage follows
    started_at: datetime
    updated_at: datetime
    order_id: str | None
    order_number: str | None
    integration_id: int | None
    parcel_id: int | None
    tracking_number: str | None
    label_path: Path | None
    label_sha256: str | None
    label_mime_type: str | None
    label_requested_at: datetime | None
    label_created_at: datetime | None
    label_saved_at: datetime | None
    printed_at: datetime | None
    print_count: int
    print_copies: int  # labels each print put out (the printer profile's copies); v8
    voided_at: datetime | None
    error_stage: Stage | None  # the last trouble recorded, kept after the attempt recovers
    error_code: str | None
    error_message: str | None
    error_detail: str | None
    error_pointer: str | None
    error_status: int | None
    elapsed_ms: int  # start to the latest stage
    label_call_ms: int | None  # label_requested to label_created: Sendcloud's time
    scan_to_print_ms: int | None  # start to the first `printed`
    purged_at: datetime | None
    # The console's resolution (schema 3): who closed a failure, when, and why; a retry's original.
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    resolution_note: str | None = None
    retry_of: AttemptId | None = None  # the failed attempt this one retried

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True)
class AttemptEvent:
    """One stage transition (the `attempt_events` row): the whole history of an attempt."""

    attempt_id: AttemptId
    seq: int
    stage: Stage
    at: datetime
    duration_ms: int  # since the previous stage of the same attempt (0 for the first)
    fields: dict[str, str | int | None]
    error_code: str | None


class AttemptOrder(StrEnum):
    """The console's sort orders. A whitelist: the value chooses SQL, never user text."""

    NEWEST = "newest"
    OLDEST = "oldest"
    ORDER_NUMBER = "order_number"
    STAGE = "stage"
    STATION = "station"
    PACKER = "packer"
    ERROR_CODE = "error_code"
    SLOWEST = "slowest"


@dataclass(frozen=True)
class AttemptFilter:
    """The console's filters; every field narrows, `None`/empty means "any"."""

    since: datetime | None = None  # started_at >= since
    until: datetime | None = None  # started_at < until
    station: str | None = None
    packer_id: str | None = None
    stages: tuple[Stage, ...] = ()
    # The "failed shipments" view: any trouble stage now, not resolved (a note, or retried as a new
    # attempt); voided attempts are not troubles.
    troubles_only: bool = False
    error_code: str | None = None
    search: str | None = None  # order number or tracking number, case-insensitive prefix
    reached: tuple[Stage, ...] = ()  # furthest progress stage: how far a failure got
    label_made: bool | None = None  # Sendcloud made a label (parcel id known) / made none
    error_codes: tuple[str, ...] = ()  # any of these codes
    except_error_codes: tuple[str, ...] = ()  # none of these codes (an attempt without a code passes)


@dataclass(frozen=True)
class PackerStats:
    station: str
    packer_id: str | None
    packer_name: str | None
    attempts: int
    labels: int  # attempts that reached label_created
    printed: int
    failed: (
        int  # attempts now in a trouble stage (failed, outcome_unknown, print_unconfirmed) that are failures
    )
    labels_per_hour: float  # labels / hours from the packer's first scan in the window to its end


@dataclass(frozen=True)
class TroubleFacts:
    """What the statistics know of an attempt in trouble: enough for the station to name its kind."""

    stage: Stage
    reached: Stage
    label_made: bool  # a parcel id is known
    error_code: str | None


@dataclass(frozen=True)
class Category:
    """What a trouble counts as in a shift's statistics: the key of its bar, and whether it is a
    failure (an order refused as already shipped is the guard working, not a failure)."""

    key: str
    failure: bool = True


@dataclass(frozen=True)
class FailureCause:
    cause: str  # the category's key (by default the error code; "unknown" when none was recorded)
    count: int
    rate: float  # count / the attempts the failure rate is taken over
    failure: bool = True  # False: shown, but left out of the failure rate


@dataclass(frozen=True)
class Stats:
    since: datetime
    until: datetime
    attempts: int
    labels: int
    printed: int
    failed: int  # attempts now in a trouble stage whose category is a failure
    failure_rate: float  # failed / attempts, both without the troubles that are no failure
    labels_per_hour: float  # labels / hours from the first scan in the window to its end
    median_scan_to_print_ms: float | None
    per_packer: tuple[PackerStats, ...]
    failures_by_cause: tuple[FailureCause, ...]


@dataclass(frozen=True)
class VerificationCatches:
    """Item scans that item verification refused in a window: the errors it caught before a box
    was closed, per packer and per hour (UTC hour start)."""

    total: int
    by_packer: tuple[tuple[str, int], ...]  # most first
    by_hour: tuple[tuple[datetime, int], ...]  # oldest first


@dataclass(frozen=True)
class ItemScanRecord:
    """One item scan (or confirmation) of an order being packed (the `item_scans` row)."""

    attempt_id: AttemptId
    at: datetime
    actor: str | None
    code: str  # what was scanned, or the line's name for a confirmation
    outcome: str  # `station.verification.ItemOutcome` values, and the flow's own ("skipped", …)
    line: int | None
    units: int
    reason: str | None


@dataclass(frozen=True)
class BoxLabel:
    """One box of an order that left in several (issue 18): its parcel, and how far its label got."""

    attempt_id: AttemptId
    box: int  # 1-based, in packing order
    parcel_id: int
    tracking_number: str | None
    label_path: Path | None
    label_sha256: str | None
    printed_at: datetime | None

    @property
    def saved(self) -> bool:
        return self.label_path is not None

    @property
    def printed(self) -> bool:
        return self.printed_at is not None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    station: str
    actor: str
    action: str
    detail: str
    attempt_id: int | None = None  # the attempt the action was about (its details live there)


@dataclass(frozen=True)
class PurgeResult:
    attempts: int  # rows purged (details cleared, or deleted when counts are not kept)
    events: int  # history rows deleted
    label_paths: tuple[Path, ...]  # label files the caller (the label store) may now delete
    # On a shared journal: another station purges (or just purged) the warehouse, so this one did not.
    skipped: bool = False
