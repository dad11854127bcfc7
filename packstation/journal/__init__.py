"""The station journal: every scan's attempt, stage by stage. SQLite (WAL), one file per station, by
default; or one PostgreSQL database shared by a warehouse's stations (`journal.postgres`, imported
only where used: it loads psycopg). Both keep the `StationJournal` protocol.

Sits below the station workflow (qt → station → journal → errors/paths): it knows nothing of
Sendcloud, printers or Qt. See docs/journal.md.
"""

from packstation.journal.claims import (
    AlreadyShipped,
    Claim,
    Claimed,
    ClaimKind,
    ClaimResult,
    HeldBy,
    Holder,
)
from packstation.journal.journal import Clock, Journal
from packstation.journal.models import (
    Attempt,
    AttemptEvent,
    AttemptFilter,
    AttemptId,
    AttemptOrder,
    AuditEntry,
    BoxLabel,
    Category,
    ErrorLike,
    FailureCause,
    ItemScanRecord,
    Packer,
    PackerStats,
    PurgeResult,
    Stats,
    TroubleFacts,
    VerificationCatches,
)
from packstation.journal.protocol import StationJournal
from packstation.journal.reports import CSV_COLUMNS
from packstation.journal.rows import timestamp, utc_now
from packstation.journal.schema import LATEST_VERSION, MIGRATIONS, JournalError, Migration, migrate
from packstation.journal.stages import PROGRESS, UNSETTLED, Stage, allowed_next

__all__ = [
    "CSV_COLUMNS",
    "LATEST_VERSION",
    "MIGRATIONS",
    "PROGRESS",
    "UNSETTLED",
    "AlreadyShipped",
    "Attempt",
    "AttemptEvent",
    "AttemptFilter",
    "AttemptId",
    "AttemptOrder",
    "AuditEntry",
    "BoxLabel",
    "Category",
    "Claim",
    "ClaimKind",
    "ClaimResult",
    "Claimed",
    "Clock",
    "ErrorLike",
    "FailureCause",
    "HeldBy",
    "Holder",
    "ItemScanRecord",
    "Journal",
    "JournalError",
    "Migration",
    "Packer",
    "PackerStats",
    "PurgeResult",
    "Stage",
    "StationJournal",
    "Stats",
    "TroubleFacts",
    "VerificationCatches",
    "allowed_next",
    "migrate",
    "timestamp",
    "utc_now",
]
