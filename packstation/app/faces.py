"""What the faces may use of the core, in one place: the types and values the packing screen, the
console and the shift-lead tools work with (verdicts, stages, journal rows and filters, the
console's kinds of failure and actions, the lead's PIN rules, training's published lead and PIN).

`qt/` imports the core only from here or from another `app` module (or under `TYPE_CHECKING`, for
types); an import-linter contract holds it. Modules of the first frame import from here inside
functions: it loads the core.
"""

from __future__ import annotations

from packstation.error_codes import ErrorCode
from packstation.journal import (
    Attempt,
    AttemptEvent,
    AttemptFilter,
    AttemptId,
    AttemptOrder,
    Journal,
    Stage,
    Stats,
    VerificationCatches,
)
from packstation.printing.profile import SUPPORTED_DPIS, PrinterProfile
from packstation.scales import VirtualScale, Weight, parse_weight
from packstation.sendcloud import Order
from packstation.station.buckets import Bucket, bucket_of, narrowed_to, shift_stats
from packstation.station.field_names import ARROW, field_label
from packstation.station.review import (
    ADDRESS_FIELDS,
    MAX_BATCH,
    BatchOutcome,
    FailureReview,
    ItemChange,
    OrderChanges,
    VoidOutcome,
    batch_refusal,
)
from packstation.station.roles import (
    LEGACY_PIN_MIN_LENGTH,
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    AuditTrail,
    Lead,
    LeadSession,
    PinLockedOutError,
    PrivilegedAction,
    WrongPinError,
)
from packstation.station.shipping import OrderLookupPolicy
from packstation.station.verdicts import ChecklistView, Weighing, rounded_wait
from packstation.station.workflow import JournalOutage, LimitWait, ScanVerdict, StageReached, Verdict
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN

__all__ = [
    "ADDRESS_FIELDS",
    "ARROW",
    "LEGACY_PIN_MIN_LENGTH",
    "MAX_BATCH",
    "PIN_MAX_LENGTH",
    "PIN_MIN_LENGTH",
    "SUPPORTED_DPIS",
    "TRAINING_LEAD_NAME",
    "TRAINING_LEAD_PIN",
    "Attempt",
    "AttemptEvent",
    "AttemptFilter",
    "AttemptId",
    "AttemptOrder",
    "AuditTrail",
    "BatchOutcome",
    "Bucket",
    "ChecklistView",
    "ErrorCode",
    "FailureReview",
    "ItemChange",
    "Journal",
    "JournalOutage",
    "Lead",
    "LeadSession",
    "LimitWait",
    "Order",
    "OrderChanges",
    "OrderLookupPolicy",
    "PinLockedOutError",
    "PrinterProfile",
    "PrivilegedAction",
    "ScanVerdict",
    "Stage",
    "StageReached",
    "Stats",
    "Verdict",
    "VerificationCatches",
    "VirtualScale",
    "VoidOutcome",
    "Weighing",
    "Weight",
    "WrongPinError",
    "batch_refusal",
    "bucket_of",
    "field_label",
    "narrowed_to",
    "parse_weight",
    "rounded_wait",
    "shift_stats",
]
