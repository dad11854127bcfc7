"""Every wording the command line gives: a few English words per code and per journal stage.

The command line is for station scripts and support staff, so it stays in English and always
shows the code itself (what support greps for and what exit codes are keyed by) beside the
summary. The core's own message follows, with the facts it names. `tests/test_cli_wording.py`
fails when an `ErrorCode` or a `Stage` has no wording here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from packstation.error_codes import ErrorCode

if TYPE_CHECKING:
    from packstation.app.faces import Stage
    from packstation.errors import PackstationError

SUMMARIES: Final[dict[ErrorCode, str]] = {
    ErrorCode.ACTOR_MISSING: "nobody signed in",
    ErrorCode.ALREADY_RESOLVED: "already resolved",
    ErrorCode.ALREADY_RETRIED: "already retried",
    ErrorCode.ALREADY_SHIPPED: "already shipped",
    ErrorCode.ALREADY_VOIDED: "already cancelled",
    ErrorCode.ATTEMPT_INTERRUPTED: "interrupted",
    ErrorCode.BADGE_UNKNOWN: "badge unknown",
    ErrorCode.BATCH_DUPLICATE: "shipment selected twice",
    ErrorCode.BATCH_DUPLICATE_ORDER: "order selected twice",
    ErrorCode.BATCH_MIXED_INTEGRATIONS: "several shops",
    ErrorCode.BATCH_NO_ORDER: "no order number",
    ErrorCode.BATCH_SIZE: "batch too large",
    ErrorCode.CONFIGURATION_ERROR: "configuration wrong",
    ErrorCode.CONSOLE_LEAD_REFUSED: "shift lead only",
    ErrorCode.CONSOLE_READ_ONLY: "read-only console",
    ErrorCode.CREDENTIALS_INCOMPLETE: "API keys incomplete",
    ErrorCode.CREDENTIALS_MISSING: "no API keys",
    ErrorCode.DELETE_HAS_LABEL: "still has a label",
    ErrorCode.DELETE_ORDER_UNKNOWN: "order unknown to Sendcloud",
    ErrorCode.DOCUMENT_NOT_PRINTED: "document not printed",
    ErrorCode.FIX_INVALID: "order line incomplete",
    ErrorCode.FIX_NOTHING_CHANGED: "nothing changed",
    ErrorCode.FIX_NO_ADDRESS: "no address",
    ErrorCode.FIX_NO_CURRENCY: "no currency",
    ErrorCode.FIX_NO_ITEMS: "no order lines",
    ErrorCode.FIX_ORDER_UNKNOWN: "order unknown to Sendcloud",
    ErrorCode.INSECURE_CONNECTION: "connection not encrypted",
    ErrorCode.INTERNAL_ERROR: "internal error",
    ErrorCode.INVALID_MEDIA: "label size invalid",
    ErrorCode.INVALID_PRINTER_URL: "printer address invalid",
    ErrorCode.INVALID_SCALE_URL: "scale address invalid",
    ErrorCode.ITEM_CASE_UNKNOWN: "unknown case code",
    ErrorCode.ITEM_NOT_IN_ORDER: "wrong item",
    ErrorCode.ITEM_OVER_SCAN: "too many of an item",
    ErrorCode.ITEM_PACKED: "item packed",
    ErrorCode.ITEM_UNREADABLE: "unreadable item code",
    ErrorCode.JOURNAL_CLOSED: "journal closed",
    ErrorCode.JOURNAL_ERROR: "journal error",
    ErrorCode.JOURNAL_ILLEGAL_TRANSITION: "journal refused a step",
    ErrorCode.JOURNAL_MIGRATION: "journal upgrade failed",
    ErrorCode.JOURNAL_MISSING_FIELDS: "journal step incomplete",
    ErrorCode.JOURNAL_NO_WAL: "journal without WAL",
    ErrorCode.JOURNAL_TOO_NEW: "journal too new",
    ErrorCode.JOURNAL_TOO_OLD: "journal schema too old",
    ErrorCode.JOURNAL_UNAVAILABLE: "shared journal unreachable",
    ErrorCode.JOURNAL_UNKNOWN_ATTEMPT: "attempt not in the journal",
    ErrorCode.KEYRING_UNAVAILABLE: "keyring unavailable",
    ErrorCode.LABEL_FILE_UNREADABLE: "label file unreadable",
    ErrorCode.LABEL_FORMAT_ERROR: "label unreadable",
    ErrorCode.LABEL_NOT_CREATED: "label not created",
    ErrorCode.LABEL_NOT_FETCHED: "label not fetched",
    ErrorCode.LABEL_NOT_SAVED: "label not saved",
    ErrorCode.LABEL_NOT_LIVE: "no live label",
    ErrorCode.LABEL_NOT_PRINTED: "created but not printed",
    ErrorCode.LABEL_TOO_LARGE: "label too large",
    ErrorCode.LABEL_VOIDED: "label cancelled",
    ErrorCode.LEAD_NAME_MISSING: "name missing",
    ErrorCode.LEAD_REQUIRED: "shift lead only",
    ErrorCode.NOT_ALREADY_SHIPPED: "not already shipped",
    ErrorCode.NOT_A_FAILURE: "not a failure",
    ErrorCode.NO_LABEL: "no label",
    ErrorCode.NO_LABEL_HERE: "label not on this station",
    ErrorCode.ORDER_AMBIGUOUS: "order in two shops",
    ErrorCode.ORDER_CLAIMED: "at another station",
    ErrorCode.ORDER_NOT_FOUND: "order not found",
    ErrorCode.OUTCOME_STILL_UNKNOWN: "no clear answer",
    ErrorCode.PACKSTATION_ERROR: "error",
    ErrorCode.PACKING_ABANDONED: "packing given up",
    ErrorCode.MULTICOLLO_NOT_OFFERED: "several boxes not offered",
    ErrorCode.BOXES_INVALID: "boxes do not hold the order",
    ErrorCode.PACKING_NOT_OPEN: "no order open for packing",
    ErrorCode.PACKING_OPEN: "being packed",
    ErrorCode.PARCEL_HELD: "parcel held by another attempt",
    ErrorCode.PIN_CURRENT_REQUIRED: "current PIN needed",
    ErrorCode.PIN_ERROR: "PIN check failed",
    ErrorCode.PIN_EXISTS: "a PIN is already set up",
    ErrorCode.PIN_INVALID: "PIN of the wrong length",
    ErrorCode.PIN_LOCKED_OUT: "too many wrong PINs",
    ErrorCode.PIN_NOT_SET: "no PIN set up",
    ErrorCode.PIN_SHARED_LOST: "shared PIN store lost",
    ErrorCode.PIN_STORE_DAMAGED: "PIN store damaged",
    ErrorCode.PIN_STORE_LOST: "PIN store lost",
    ErrorCode.PIN_WRONG: "wrong name or PIN",
    ErrorCode.PRINTER_BUSY: "printer busy",
    ErrorCode.PRINTER_DPI_MISMATCH: "printer resolution differs",
    ErrorCode.PRINTER_ERROR: "printer error",
    ErrorCode.PRINTER_NOT_READY: "printer not ready",
    ErrorCode.PRINTER_SEND_FAILED: "label not sent to the printer",
    ErrorCode.PRINTER_STATUS_UNKNOWN: "printer status unknown",
    ErrorCode.PRINTER_TRANSPORT_UNAVAILABLE: "printer connection unavailable",
    ErrorCode.PRINTER_UNREACHABLE: "printer unreachable",
    ErrorCode.PRINTING_ERROR: "printing error",
    ErrorCode.PRINT_FAILED: "print failed",
    ErrorCode.PRINT_NOT_SENT: "label not sent to the printer",
    ErrorCode.PRINT_UNCONFIRMED: "print not confirmed",
    ErrorCode.REPRINTED: "reprinted",
    ErrorCode.RESOLUTION_NOTE_MISSING: "note missing",
    ErrorCode.RETRY_PRINTED: "already printed",
    ErrorCode.RETRY_SHIPPED: "already shipped, not retried",
    ErrorCode.REVIEW_ERROR: "console action refused",
    ErrorCode.REVIEW_NO_ORDER: "no order number",
    ErrorCode.SCALE_ERROR: "scale error",
    ErrorCode.SCALE_NEGATIVE: "scale below zero",
    ErrorCode.SCALE_NOT_CONNECTED: "scale not connected",
    ErrorCode.SCALE_NO_ANSWER: "scale not answering",
    ErrorCode.SCALE_OVERLOAD: "scale overloaded",
    ErrorCode.SCALE_UNCHANGED: "previous parcel still on the scale",
    ErrorCode.SCALE_UNSTABLE: "no stable weight",
    ErrorCode.SCALE_ZERO: "nothing on the scale",
    ErrorCode.SCAN_DUPLICATE: "scanned twice",
    ErrorCode.SCAN_EMPTY: "unreadable scan",
    ErrorCode.SCAN_ERROR: "unreadable scan",
    ErrorCode.SCAN_INVALID_CHARACTERS: "unreadable scan",
    ErrorCode.SCAN_TOO_LONG: "unreadable scan",
    ErrorCode.SCAN_TOO_OLD: "scan waited too long",
    ErrorCode.SCAN_TOO_SHORT: "unreadable scan",
    ErrorCode.SCAN_WRONG_KEYBOARD_LAYOUT: "unreadable scan",
    ErrorCode.SENDCLOUD_AUTH_FAILED: "API keys refused",
    ErrorCode.SENDCLOUD_BAD_REQUEST: "order data refused",
    ErrorCode.SENDCLOUD_CANCEL_REFUSED: "cancel refused",
    ErrorCode.SENDCLOUD_CARRIER_REFUSED: "carrier refused",
    ErrorCode.SENDCLOUD_ERROR: "Sendcloud refused",
    ErrorCode.SENDCLOUD_FORBIDDEN: "not allowed for these keys",
    ErrorCode.SENDCLOUD_HTTP_ERROR: "Sendcloud answered with an error",
    ErrorCode.SENDCLOUD_INVALID_REQUEST: "request refused as invalid",
    ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN: "no clear answer",
    ErrorCode.SENDCLOUD_MALFORMED_RESPONSE: "unreadable answer",
    ErrorCode.SENDCLOUD_NOT_FOUND: "not found at Sendcloud",
    ErrorCode.SENDCLOUD_RATE_LIMITED: "too many requests",
    ErrorCode.SENDCLOUD_SERVER_ERROR: "Sendcloud error",
    ErrorCode.SENDCLOUD_STILL_PROCESSING: "label still in the making",
    ErrorCode.SENDCLOUD_TIMEOUT: "Sendcloud too slow",
    ErrorCode.SENDCLOUD_UNREACHABLE: "network down",
    ErrorCode.SETTINGS_CHANGED_OUTSIDE: "settings changed outside Packstation",
    ErrorCode.SETTINGS_INVALID: "settings wrong",
    ErrorCode.SETTLE_NO_ORDER: "nothing to settle",
    ErrorCode.SIGNED_IN: "signed in",
    ErrorCode.SIMULATOR_PORT_UNAVAILABLE: "training port in use",
    ErrorCode.STATION_NOT_OPEN: "station did not open",
    ErrorCode.TRAINING_IN_USE: "training folder in use",
    ErrorCode.TRAINING_RESET_FAILED: "practice reset failed",
    ErrorCode.TRAINING_STATE_DAMAGED: "training counters damaged",
    ErrorCode.UNSUPPORTED_PAIRING: "label format unfit for printer",
    ErrorCode.ZPL_LABEL_NEEDS_PDF: "ZPL label: reprint as PDF",
    ErrorCode.VERIFICATION_REQUIRED: "items must be scanned",
    ErrorCode.VOID_NOT_FOUND: "shipment not found",
    ErrorCode.VOID_UNSETTLED: "outcome unknown",
    ErrorCode.WEIGHT_NOT_SAVED: "weight not saved",
    ErrorCode.WEIGHT_OVER_LIMIT: "too heavy for the shipping option",
    ErrorCode.WEIGHT_UNDER_LIMIT: "too light for the shipping option",
    ErrorCode.ZPL_DPI_MISMATCH: "label resolution differs",
}


def stage_words() -> dict[Stage, str]:
    """Every journal stage in plain English: where an attempt stands, for `recover` and support."""
    from packstation.app.faces import Stage  # the CLI loads the core only for commands that use it

    return {
        Stage.SCANNED: "Barcode scanned; looking for the order.",
        Stage.ORDER_FOUND: "Order found in Sendcloud; checking it has no label yet.",
        Stage.LABEL_REQUESTED: "Label asked for at Sendcloud; waiting for the answer.",
        Stage.LABEL_CREATED: "Sendcloud made the label (parcel and tracking number known).",
        Stage.LABEL_SAVED: "Label file saved on this station; ready to print.",
        Stage.PRINTED: "Label printed.",
        Stage.FAILED: "Stopped by an error; see the error code and message.",
        Stage.OUTCOME_UNKNOWN: (
            "No clear answer to the label request: a label may exist. Sendcloud is asked before any retry."
        ),
        Stage.PRINT_UNCONFIRMED: "Label sent to the printer, but the printer did not confirm it printed.",
        Stage.VOIDED: "Label cancelled at Sendcloud; it must not be used.",
    }


def summary(code: ErrorCode | str | None) -> str:
    """A few words for `code` (a code another version wrote reads as a plain error)."""
    return SUMMARIES[ErrorCode.read(code) or ErrorCode.PACKSTATION_ERROR]


def error_line(error: PackstationError) -> str:
    """`packstation: <summary> [<code>]: <the core's message>`: one line, greppable by code."""
    return f"packstation: {summary(error.code)} [{error.code}]: {error.message}"
