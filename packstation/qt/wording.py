"""Every wording of the core's outcomes in the station's language: one module, one test.

The core speaks English and gives each outcome a stable `ErrorCode`; this module turns a code, a
journal stage or a console bucket into translatable text. Each code has two wordings:
- its **headline**: what the person at the bench or the console does now, in a sentence;
- its **short name**: a few words for the shift chart, the console and the history.
`tests/qt/test_wording.py` fails when an `ErrorCode` or a `Stage` has no wording, so a new code is
worded where it is added, never shown in English by accident.

Each text is a literal inside `QCoreApplication.translate(context, …)`, so `pyside6-lupdate` finds
it. The contexts are those the texts had before they were gathered here ("messages", "console",
"lead_mode", "ConsoleActions"): a context is part of a translation's key, so keeping them keeps
every NL/DE/FR translation. Tables are built per call, so a language switch takes effect at once.

Placeholders follow Qt: %1 is the order number (or the signed-in name), %2 the second fact a
headline names (a tracking number, an item, a wait, the keyring's reason).

The packing window imports this module before its first frame, when the core is not loaded yet:
the core's types are imported inside the functions that need them (the first-frame exception).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from packstation.error_codes import ErrorCode

if TYPE_CHECKING:
    from collections.abc import Sequence

    from packstation.app.faces import Attempt, Bucket, ScanVerdict, Stage, Verdict

__all__ = [
    "batch_problem",
    "bucket_description",
    "bucket_text",
    "cause_text",
    "error_text",
    "field_text",
    "headline",
    "headlines",
    "item_outcome_text",
    "short_name",
    "short_names",
    "stage_descriptions",
    "stage_name",
    "stage_names",
    "stage_text",
    "stage_texts",
    "verdict_detail",
    "verdict_text",
    "verdict_word",
    "wait_text",
]

# Codes whose core message names what a person must see (orders, parcels, shops, fields): the
# console shows that message under the headline, so a translation never loses them.
NAMING_CODES: frozenset[ErrorCode] = frozenset(
    {
        ErrorCode.BATCH_NO_ORDER,
        ErrorCode.BATCH_MIXED_INTEGRATIONS,
        ErrorCode.BATCH_DUPLICATE_ORDER,
        ErrorCode.SENDCLOUD_BAD_REQUEST,
        ErrorCode.SENDCLOUD_INVALID_REQUEST,
        ErrorCode.SENDCLOUD_CARRIER_REFUSED,
        ErrorCode.SENDCLOUD_ERROR,
        ErrorCode.SENDCLOUD_HTTP_ERROR,
        ErrorCode.VOID_NOT_FOUND,
        ErrorCode.PARCEL_HELD,
        ErrorCode.LABEL_FILE_UNREADABLE,
        ErrorCode.REVIEW_NO_ORDER,
        ErrorCode.SENDCLOUD_CANCEL_REFUSED,
        ErrorCode.RETRY_SHIPPED,
        ErrorCode.MULTICOLLO_NOT_OFFERED,
        ErrorCode.BOXES_INVALID,
    }
)

# Faults of the station itself: nobody at the bench can act on them but the shift lead.
STATION_FAULTS: tuple[ErrorCode, ...] = (
    ErrorCode.JOURNAL_CLOSED,
    ErrorCode.JOURNAL_ERROR,
    ErrorCode.JOURNAL_ILLEGAL_TRANSITION,
    ErrorCode.JOURNAL_MIGRATION,
    ErrorCode.JOURNAL_MISSING_FIELDS,
    ErrorCode.JOURNAL_NO_WAL,
    ErrorCode.JOURNAL_TOO_OLD,
    ErrorCode.JOURNAL_UNKNOWN_ATTEMPT,
    ErrorCode.PARCEL_HELD,
    ErrorCode.SETTLE_NO_ORDER,
    ErrorCode.STATION_NOT_OPEN,
    ErrorCode.REVIEW_ERROR,
    ErrorCode.INTERNAL_ERROR,
    ErrorCode.PACKSTATION_ERROR,
)


def headlines() -> dict[ErrorCode, str]:
    """Every code → its translated headline template (%1 order, %2 the second fact)."""
    from packstation.app.faces import MAX_BATCH, PIN_MAX_LENGTH, PIN_MIN_LENGTH

    translate = QCoreApplication.translate
    code = ErrorCode
    station_fault = translate(
        "messages", "This station has a problem it cannot fix itself. Call your shift lead."
    )
    settings_wrong = translate(
        "messages", "This station's settings are incomplete or wrong. Call your shift lead (F9)."
    )
    printer_settings = translate(
        "messages", "The printer settings do not match this printer. Call your shift lead (F9)."
    )
    data_refused = translate(
        "messages", "Sendcloud refused the order's data. Put the parcel aside for your shift lead."
    )
    not_taken = translate("messages", "The printer did not take the label. Check it, then reprint (F5).")
    texts = {
        code.ORDER_NOT_FOUND: translate(
            "messages", "No order %1 in Sendcloud. Check the packing slip and scan again."
        ),
        code.ORDER_AMBIGUOUS: translate(
            "messages", "More than one shop has an order %1. Ask your shift lead which one to ship."
        ),
        code.ALREADY_SHIPPED: translate(
            "messages",
            "Order %1 is already shipped (tracking %2). No new label was made: reprint the old one.",
        ),
        code.SCAN_DUPLICATE: translate("messages", "%1 was just scanned; the second scan was ignored."),
        code.SCAN_EMPTY: translate("messages", "The scan was empty. Scan again."),
        code.SCAN_TOO_SHORT: translate("messages", "The scan was too short. Scan again."),
        code.SCAN_TOO_LONG: translate("messages", "The scan was too long. Scan again."),
        code.SCAN_TOO_OLD: translate(
            "messages",
            "%1 waited too long for Sendcloud's limit or the journal, so no label was made. Scan it "
            "again with its box.",
        ),
        code.SCAN_INVALID_CHARACTERS: translate(
            "messages", "The scan has characters an order number cannot have. Scan again."
        ),
        code.SCAN_WRONG_KEYBOARD_LAYOUT: translate(
            "messages", "The scanner and this computer use different keyboard layouts. Call your shift lead."
        ),
        code.SCAN_ERROR: translate("messages", "The scan could not be read. Scan again."),
        code.BADGE_UNKNOWN: translate(
            "messages", "This badge is not known at this station. Ask your shift lead to add you."
        ),
        code.SIGNED_IN: translate("messages", "Signed in: %1."),
        code.ITEM_PACKED: translate("messages", "Packed: %2."),
        code.PACKING_OPEN: translate("messages", "Order %1: scan each item into the box."),
        code.PACKING_ABANDONED: translate(
            "messages", "Packing of order %1 was given up; no label was made. Unpack the box."
        ),
        code.PACKING_NOT_OPEN: translate("messages", "No order is open for packing. Scan an order first."),
        code.MULTICOLLO_NOT_OFFERED: translate(
            "messages",
            "Order %1 cannot leave in several boxes here. Pack it in one box, or ask your shift lead.",
        ),
        code.BOXES_INVALID: translate(
            "messages", "The boxes do not hold exactly order %1. Check each box against the order."
        ),
        code.VERIFICATION_REQUIRED: translate(
            "messages",
            "Every item must be scanned here. Only a shift lead may complete the order without it.",
        ),
        code.ITEM_NOT_IN_ORDER: translate(
            "messages", "%2 is not in order %1. Take it out of the box; nothing was counted."
        ),
        code.ITEM_OVER_SCAN: translate(
            "messages", "Order %1 needs fewer of these (%2). Take the extra one out; nothing was counted."
        ),
        code.ITEM_UNREADABLE: translate("messages", "%2 cannot be read as a product code. Scan it again."),
        code.NEXT_BOX: translate("messages", "Box %2 is closed. Scan the items of the next box."),
        code.BOX_SIZE_CHOSEN: translate("messages", "Box size: %2."),
        code.BOX_SIZE_NEEDED: translate(
            "messages", "Choose the box size first: Ctrl+1 to 9, or scan the box's barcode."
        ),
        code.BOX_SIZE_UNKNOWN: translate("messages", "No box size has the key %2 here. Ask your shift lead."),
        code.BOX_EMPTY: translate("messages", "This box is empty. Scan its items before the next box."),
        code.MULTICOLLO_NO_ITEM_ID: translate(
            "messages", "Order %1 cannot go in several boxes: %2 has no item id. Pack it in one box."
        ),
        code.ITEM_CASE_UNKNOWN: translate(
            "messages",
            "%2 is a case this station does not know. Scan the units inside, or ask your shift lead.",
        ),
        code.REPRINTED: translate("messages", "Label for %1 reprinted."),
        code.PRINTER_NOT_READY: translate(
            "messages", "The printer is not ready. No label was made: fix the printer, then scan again."
        ),
        code.PRINTER_UNREACHABLE: translate(
            "messages", "The printer cannot be reached. No label was made: check its cable and power."
        ),
        code.PRINTER_BUSY: translate("messages", "The printer is busy. No label was made: scan again."),
        code.PRINTER_STATUS_UNKNOWN: translate(
            "messages", "The printer did not say whether it is ready. Check it, then scan again."
        ),
        # The printer's reason is the core's English (and names the printer's address): it goes to
        # the journal and the console, never into a translated headline.
        code.PRINT_FAILED: translate(
            "messages", "The label was made but not printed. Fix the printer, then reprint (F5)."
        ),
        code.PRINT_UNCONFIRMED: translate(
            "messages",
            "The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.",
        ),
        code.PRINT_NOT_SENT: not_taken,
        code.PRINTER_SEND_FAILED: not_taken,
        code.PRINTER_ERROR: not_taken,
        code.PRINTING_ERROR: not_taken,
        code.DOCUMENT_NOT_PRINTED: translate(
            "messages",
            "The label is printed, but a customs document is not. Reprint (F5) when the printer is ready.",
        ),
        code.PRINTER_TRANSPORT_UNAVAILABLE: translate(
            "messages", "This station cannot reach this kind of printer. Call your shift lead (F9)."
        ),
        code.INVALID_PRINTER_URL: printer_settings,
        code.INVALID_MEDIA: printer_settings,
        code.UNSUPPORTED_PAIRING: printer_settings,
        code.PRINTER_DPI_MISMATCH: printer_settings,
        code.ZPL_DPI_MISMATCH: printer_settings,
        code.ZPL_LABEL_NEEDS_PDF: translate(
            "messages",
            "This label is ZPL, which this printer cannot print. Press F5 again to print a PDF of the "
            "same parcel from Sendcloud (no new label).",
        ),
        code.LABEL_FORMAT_ERROR: translate(
            "messages", "The label could not be prepared for the printer. Call your shift lead."
        ),
        code.LABEL_TOO_LARGE: translate(
            "messages", "The label is larger than the printer's labels. Call your shift lead (F9)."
        ),
        code.LABEL_FILE_UNREADABLE: translate(
            "messages", "The saved label file cannot be read. Call your shift lead."
        ),
        code.SENDCLOUD_UNREACHABLE: translate(
            "messages", "Sendcloud cannot be reached. Check the network, then scan again."
        ),
        code.SENDCLOUD_TIMEOUT: translate("messages", "Sendcloud did not answer in time. Scan again."),
        code.SENDCLOUD_SERVER_ERROR: translate(
            "messages", "Sendcloud has a problem on its side. Wait a minute, then scan again."
        ),
        code.SENDCLOUD_RATE_LIMITED: translate(
            "messages", "Too many requests to Sendcloud. Wait a moment, then scan again."
        ),
        code.SENDCLOUD_AUTH_FAILED: translate(
            "messages", "Sendcloud refused this station's API keys. Call your shift lead."
        ),
        code.SENDCLOUD_FORBIDDEN: translate(
            "messages", "This station's API keys may not do this. Call your shift lead."
        ),
        code.SENDCLOUD_BAD_REQUEST: data_refused,
        code.SENDCLOUD_INVALID_REQUEST: data_refused,
        code.SENDCLOUD_ERROR: data_refused,
        code.SENDCLOUD_HTTP_ERROR: data_refused,
        code.SENDCLOUD_CARRIER_REFUSED: translate(
            "messages", "The carrier refused this shipment. Put the parcel aside for your shift lead."
        ),
        code.SENDCLOUD_NOT_FOUND: translate(
            "messages", "Sendcloud could not find what was asked for. Call your shift lead."
        ),
        code.SENDCLOUD_MALFORMED_RESPONSE: translate(
            "messages",
            "Sendcloud's answer could not be read. Scan again; if it happens again, call your shift lead.",
        ),
        code.SENDCLOUD_STILL_PROCESSING: translate(
            "messages", "Sendcloud is still making the label. Wait a moment, then reprint (F5)."
        ),
        code.SENDCLOUD_CANCEL_REFUSED: translate(
            "messages", "Sendcloud would not cancel this label. Check the shipment in Sendcloud."
        ),
        code.SENDCLOUD_LABEL_OUTCOME_UNKNOWN: translate(
            "messages",
            "No clear answer from Sendcloud: a label may exist. Do not scan it again yet; the station "
            "asks Sendcloud before it makes another.",
        ),
        code.ORDER_CLAIMED: translate(
            "messages",
            "Order %1 is being packed or labelled at another station right now. Leave it to them, or "
            "ask your shift lead.",
        ),
        code.LABEL_NOT_PRINTED: translate(
            "messages",
            "The label for %1 is made, but its print was not confirmed. Look at the printer; if no "
            "label came out, press F5.",
        ),
        code.LABEL_NOT_CREATED: translate("messages", "Sendcloud made no label for %1. Scan it again."),
        code.ATTEMPT_INTERRUPTED: translate(
            "messages",
            "The station stopped before it asked for a label for %1; nothing was paid. Scan it again.",
        ),
        code.CONSOLE_LEAD_REFUSED: translate(
            "messages", "Only a shift lead may do this. Nothing was changed."
        ),
        code.CONSOLE_READ_ONLY: translate(
            "messages", "This console is read-only: it has no connection to Sendcloud."
        ),
        code.ACTOR_MISSING: translate("messages", "Sign in first: every action is recorded with who did it."),
        code.FIX_NOTHING_CHANGED: translate("messages", "Nothing was changed, so nothing was sent."),
        code.FIX_NO_ADDRESS: translate(
            "messages", "The order has no shipping address to change; enter it in the shop."
        ),
        code.FIX_NO_ITEMS: translate("messages", "An order needs at least one line."),
        code.FIX_INVALID: translate("messages", "Every order line needs a name and a quantity of 0 or more."),
        code.FIX_NO_CURRENCY: translate(
            "messages", "Sendcloud did not say the order's currency; add the new line in the shop."
        ),
        code.FIX_ORDER_UNKNOWN: translate(
            "messages", "Sendcloud did not say which order this is, so it cannot be changed."
        ),
        code.DELETE_ORDER_UNKNOWN: translate(
            "messages", "Sendcloud did not say which order this is, so it cannot be deleted."
        ),
        code.NO_LABEL: translate("messages", "There is no label for this shipment; retry it to make one."),
        code.LABEL_VOIDED: translate(
            "messages", "This label was cancelled at Sendcloud; it must not be printed again."
        ),
        code.ALREADY_VOIDED: translate("messages", "This label is already cancelled."),
        code.VOID_UNSETTLED: translate(
            "messages",
            "Sendcloud has not yet said whether this label exists. Retry the shipment first, then void.",
        ),
        code.VOID_NOT_FOUND: translate(
            "messages", "Sendcloud has no such shipment for this order; nothing was cancelled."
        ),
        code.BATCH_DUPLICATE: translate("messages", "The same failed shipment is selected twice."),
        code.BATCH_SIZE: translate("ConsoleActions", "Select at most %1 orders for one batch retry.").replace(
            "%1", str(MAX_BATCH)
        ),
        code.BATCH_NO_ORDER: translate(
            "ConsoleActions", "Some selected rows have no order in Sendcloud: retry them one at a time."
        ),
        code.BATCH_MIXED_INTEGRATIONS: translate(
            "ConsoleActions", "A batch retry takes orders of one shop only: select orders of one shop."
        ),
        code.BATCH_DUPLICATE_ORDER: translate(
            "ConsoleActions", "An order is selected more than once: select each order once."
        ),
        code.LABEL_NOT_LIVE: translate(
            "messages",
            "Sendcloud has no live label for this order (cancelled, or never finished). Nothing was "
            "printed: check the shipment in Sendcloud.",
        ),
        code.LABEL_NOT_SAVED: translate(
            "messages",
            "The label was made but this station could not save it. Call your shift lead to fix the "
            "label folder, then reprint (F5); no new label is needed.",
        ),
        code.LABEL_NOT_FETCHED: translate(
            "messages",
            "The label was made but could not be fetched yet. Reprint it in a moment; "
            "no new label is needed.",
        ),
        code.OUTCOME_STILL_UNKNOWN: translate(
            "messages",
            "Sendcloud may already have a label for %1, so no new one was made. Wait %2, then scan it again.",
        ),
        code.DELETE_HAS_LABEL: translate(
            "messages", "This order still has a label. Void the label before deleting the order."
        ),
        code.ALREADY_RESOLVED: translate(
            "messages", "This shipment is already resolved; there is nothing more to do."
        ),
        code.ALREADY_RETRIED: translate(
            "messages", "This shipment was already retried; retry the newer attempt."
        ),
        code.RETRY_PRINTED: translate("messages", "This label is printed; reprint it instead of retrying."),
        code.RETRY_SHIPPED: translate(
            "messages",
            "This order is already shipped: a retry would be refused again. Reprint its label instead.",
        ),
        code.NO_LABEL_HERE: translate(
            "messages",
            "This station holds no copy of this order's label. Reprint it at the station that made it, "
            "or from Sendcloud.",
        ),
        code.NOT_ALREADY_SHIPPED: translate(
            "messages", "This shipment was not refused as already shipped; retry it instead."
        ),
        code.REVIEW_NO_ORDER: translate(
            "messages", "This shipment has no order number, so it cannot be retried."
        ),
        code.RESOLUTION_NOTE_MISSING: translate("messages", "Say in a note how the failure was resolved."),
        code.NOT_A_FAILURE: translate("messages", "This shipment did not fail; there is nothing to resolve."),
        code.CREDENTIALS_INCOMPLETE: translate("messages", "Both the public and the secret key are needed."),
        code.CREDENTIALS_MISSING: translate(
            "messages", "This station has no Sendcloud API keys yet. Call your shift lead (F9)."
        ),
        # The keyring's own reason is the second fact (Qt's %1 in this older text).
        code.KEYRING_UNAVAILABLE: translate("lead_mode", "The OS keyring cannot be used: %1").replace(
            "%1", "%2"
        ),
        code.LEAD_REQUIRED: translate(
            "messages", "Only a shift lead may do this. Unlock shift-lead mode with your PIN first."
        ),
        code.LEAD_NAME_MISSING: translate("messages", "A shift lead needs a name."),
        code.PIN_WRONG: translate("lead_mode", "Wrong name or PIN."),
        code.PIN_NOT_SET: translate("lead_mode", "No shift-lead PIN is set up yet."),
        code.PIN_CURRENT_REQUIRED: translate(
            "lead_mode", "This lead has a PIN already. Enter their current PIN to change it."
        ),
        code.PIN_EXISTS: translate("lead_mode", "A shift-lead PIN is already set up. Unlock with it."),
        code.PIN_INVALID: translate("lead_mode", "A PIN is %1 to %2 digits.")
        .replace("%1", str(PIN_MIN_LENGTH))
        .replace("%2", str(PIN_MAX_LENGTH)),
        code.PIN_LOCKED_OUT: translate("messages", "Too many wrong PINs. Wait a moment, then try again."),
        code.PIN_STORE_DAMAGED: translate(
            "messages", "The stored shift-lead PINs cannot be read. Ask support to set them up again."
        ),
        code.PIN_SHARED_LOST: translate(
            "lead_mode",
            "The shift-lead PINs are missing from the shared journal, though the warehouse had some. "
            "Ask its administrator to restore them.",
        ),
        code.PIN_STORE_LOST: translate(
            "lead_mode",
            "The shift-lead PINs are missing from this computer's keyring, though this station had "
            "some. Ask an administrator to restore them.",
        ),
        code.PIN_ERROR: translate("messages", "The shift-lead PIN could not be checked. Try again."),
        code.SETTINGS_INVALID: settings_wrong,
        code.CONFIGURATION_ERROR: settings_wrong,
        code.SETTINGS_CHANGED_OUTSIDE: translate(
            "messages",
            "The settings were changed outside Packstation. Until a shift lead reviews them (F9), the "
            "values a lead last saved apply.",
        ),
        code.INSECURE_CONNECTION: translate(
            "messages",
            "This station's Sendcloud address is not https: the API keys would travel unencrypted, so "
            "nothing was sent. Call your shift lead (F9).",
        ),
        code.JOURNAL_TOO_NEW: translate(
            "messages", "A newer Packstation wrote this station's journal. Call your shift lead to update it."
        ),
        code.JOURNAL_UNAVAILABLE: translate(
            "messages",
            "The shared journal cannot be reached, so no label is made. Scans wait; the station goes on "
            "by itself when the journal is back.",
        ),
        code.SIMULATOR_PORT_UNAVAILABLE: translate(
            "messages",
            "Training cannot start: its port is in use. Close the other Packstation, then try again.",
        ),
        code.TRAINING_IN_USE: translate(
            "messages",
            "The training folder is busy: close any other Packstation, let this one finish, then try again.",
        ),
        code.TRAINING_RESET_FAILED: translate(
            "messages",
            "The practice could not be reset: a file in the training folder cannot be removed. Close "
            "every Packstation, then try again.",
        ),
        code.TRAINING_STATE_DAMAGED: translate(
            "messages",
            "The training folder's counters are damaged. Reset the practice: packstation --training --reset.",
        ),
        code.INVALID_SCALE_URL: translate(
            "messages", "The scale settings are wrong. Call your shift lead (F9)."
        ),
        code.SCALE_NOT_CONNECTED: translate(
            "messages", "The scale cannot be reached. Check its cable and power, then weigh again."
        ),
        code.SCALE_NO_ANSWER: translate(
            "messages", "The scale does not answer. Check that it is switched on, then weigh again."
        ),
        code.SCALE_UNSTABLE: translate(
            "messages", "The weight did not settle. Keep the parcel still on the scale."
        ),
        code.SCALE_UNCHANGED: translate(
            "messages",
            "The scale still shows the previous parcel's weight. Take it off, put this parcel on, "
            "then scan the order again.",
        ),
        code.SCALE_ZERO: translate("messages", "The scale reads zero. Put the parcel on the scale."),
        code.SCALE_NEGATIVE: translate(
            "messages", "The scale reads below zero. Take everything off it and zero it."
        ),
        code.SCALE_OVERLOAD: translate(
            "messages", "The parcel is too heavy for this scale. Call your shift lead."
        ),
        code.SCALE_ERROR: translate("messages", "The scale reports a problem. Call your shift lead."),
        code.WEIGHT_OVER_LIMIT: translate(
            "messages",
            "The parcel is too heavy for this shipping option. Nothing was paid: split it, or call your "
            "shift lead.",
        ),
        code.WEIGHT_UNDER_LIMIT: translate(
            "messages",
            "The parcel is too light for this shipping option. Nothing was paid: check the scale, or call "
            "your shift lead.",
        ),
        code.WEIGHT_NOT_SAVED: translate(
            "messages",
            "Sendcloud did not save the parcel's weight in time. Nothing was paid: scan the order again in a "
            "moment.",
        ),
    }
    texts.update(dict.fromkeys(STATION_FAULTS, station_fault))
    return texts


def short_names() -> dict[ErrorCode, str]:
    """Every code → a few words: the shift chart's bars, the console's columns and history."""
    translate = QCoreApplication.translate
    code = ErrorCode
    unreadable_scan = translate("console", "Unreadable scan")
    station_fault = translate("console", "Station fault")
    printer_settings = translate("console", "Printer settings wrong")
    data_refused = translate("console", "Order data refused")
    not_printed = translate("console", "Print failed")
    pin_refused = translate("console", "PIN refused")
    texts = {
        code.ORDER_NOT_FOUND: translate("console", "Order not found"),
        code.ORDER_AMBIGUOUS: translate("console", "Order in two shops"),
        code.ALREADY_SHIPPED: translate("console", "Already shipped"),
        code.SCAN_DUPLICATE: translate("console", "Scanned twice"),
        code.SCAN_EMPTY: unreadable_scan,
        code.SCAN_TOO_SHORT: unreadable_scan,
        code.SCAN_TOO_LONG: unreadable_scan,
        code.SCAN_TOO_OLD: translate("console", "Scan waited too long"),
        code.SCAN_INVALID_CHARACTERS: unreadable_scan,
        code.SCAN_WRONG_KEYBOARD_LAYOUT: unreadable_scan,
        code.SCAN_ERROR: unreadable_scan,
        code.BADGE_UNKNOWN: translate("console", "Badge unknown"),
        code.SIGNED_IN: translate("console", "Signed in"),
        code.ITEM_PACKED: translate("console", "Item packed"),
        code.PACKING_OPEN: translate("console", "Being packed"),
        code.NEXT_BOX: translate("console", "Box closed"),
        code.BOX_SIZE_CHOSEN: translate("console", "Box size chosen"),
        code.BOX_SIZE_NEEDED: translate("console", "Box size not chosen"),
        code.BOX_SIZE_UNKNOWN: translate("console", "Unknown box size"),
        code.BOX_EMPTY: translate("console", "Box empty"),
        code.MULTICOLLO_NO_ITEM_ID: translate("console", "Order line without item id"),
        code.PACKING_ABANDONED: translate("console", "Packing given up"),
        code.MULTICOLLO_NOT_OFFERED: translate("console", "Several boxes not offered"),
        code.BOXES_INVALID: translate("console", "Boxes do not hold the order"),
        code.PACKING_NOT_OPEN: translate("console", "No order open"),
        code.VERIFICATION_REQUIRED: translate("console", "Items must be scanned"),
        code.ITEM_NOT_IN_ORDER: translate("console", "Wrong item"),
        code.ITEM_OVER_SCAN: translate("console", "Too many of an item"),
        code.ITEM_UNREADABLE: translate("console", "Unreadable item code"),
        code.ITEM_CASE_UNKNOWN: translate("console", "Unknown case code"),
        code.REPRINTED: translate("console", "Reprinted"),
        code.PRINTER_NOT_READY: translate("console", "Printer not ready"),
        code.PRINTER_UNREACHABLE: translate("console", "Printer unreachable"),
        code.PRINTER_BUSY: translate("console", "Printer busy"),
        code.PRINTER_STATUS_UNKNOWN: translate("console", "Printer status unknown"),
        code.PRINT_FAILED: not_printed,
        code.PRINT_NOT_SENT: not_printed,
        code.PRINTER_SEND_FAILED: not_printed,
        code.PRINTER_ERROR: not_printed,
        code.PRINTING_ERROR: not_printed,
        code.PRINT_UNCONFIRMED: translate("console", "Print not confirmed"),
        code.DOCUMENT_NOT_PRINTED: translate("console", "Document not printed"),
        code.PRINTER_TRANSPORT_UNAVAILABLE: printer_settings,
        code.INVALID_PRINTER_URL: printer_settings,
        code.INVALID_MEDIA: printer_settings,
        code.UNSUPPORTED_PAIRING: printer_settings,
        code.PRINTER_DPI_MISMATCH: printer_settings,
        code.ZPL_DPI_MISMATCH: printer_settings,
        code.ZPL_LABEL_NEEDS_PDF: translate("console", "ZPL label: reprint as PDF"),
        code.LABEL_FORMAT_ERROR: translate("console", "Label unreadable"),
        code.LABEL_TOO_LARGE: translate("console", "Label too large"),
        code.LABEL_FILE_UNREADABLE: translate("console", "Label file unreadable"),
        code.SENDCLOUD_UNREACHABLE: translate("console", "Network down"),
        code.SENDCLOUD_TIMEOUT: translate("console", "Sendcloud too slow"),
        code.SENDCLOUD_SERVER_ERROR: translate("console", "Sendcloud error"),
        code.SENDCLOUD_RATE_LIMITED: translate("console", "Too many requests"),
        code.SENDCLOUD_AUTH_FAILED: translate("console", "API keys refused"),
        code.SENDCLOUD_FORBIDDEN: translate("console", "Not allowed for these keys"),
        code.SENDCLOUD_BAD_REQUEST: data_refused,
        code.SENDCLOUD_INVALID_REQUEST: data_refused,
        code.SENDCLOUD_ERROR: data_refused,
        code.SENDCLOUD_HTTP_ERROR: data_refused,
        code.SENDCLOUD_CARRIER_REFUSED: translate("console", "Carrier refused"),
        code.SENDCLOUD_NOT_FOUND: translate("console", "Not found at Sendcloud"),
        code.SENDCLOUD_MALFORMED_RESPONSE: translate("console", "Unreadable answer"),
        code.SENDCLOUD_STILL_PROCESSING: translate("console", "Label still in the making"),
        code.SENDCLOUD_CANCEL_REFUSED: translate("console", "Cancel refused"),
        code.SENDCLOUD_LABEL_OUTCOME_UNKNOWN: translate("console", "No clear answer"),
        code.OUTCOME_STILL_UNKNOWN: translate("console", "No clear answer"),
        code.ORDER_CLAIMED: translate("console", "At another station"),
        code.LABEL_NOT_PRINTED: translate("console", "Created but not printed"),
        code.LABEL_NOT_CREATED: translate("console", "Label not created"),
        code.LABEL_NOT_LIVE: translate("console", "No live label"),
        code.LABEL_NOT_FETCHED: translate("console", "Label not fetched"),
        code.LABEL_NOT_SAVED: translate("console", "Label not saved"),
        code.ATTEMPT_INTERRUPTED: translate("console", "Interrupted"),
        code.CONSOLE_LEAD_REFUSED: translate("console", "Shift lead only"),
        code.LEAD_REQUIRED: translate("console", "Shift lead only"),
        code.CONSOLE_READ_ONLY: translate("console", "Read-only console"),
        code.ACTOR_MISSING: translate("console", "Nobody signed in"),
        code.FIX_NOTHING_CHANGED: translate("console", "Nothing changed"),
        code.FIX_NO_ADDRESS: translate("console", "No address"),
        code.FIX_NO_ITEMS: translate("console", "No order lines"),
        code.FIX_INVALID: translate("console", "Order line incomplete"),
        code.FIX_NO_CURRENCY: translate("console", "No currency"),
        code.FIX_ORDER_UNKNOWN: translate("console", "Order unknown"),
        code.DELETE_ORDER_UNKNOWN: translate("console", "Order unknown"),
        code.REVIEW_NO_ORDER: translate("console", "No order number"),
        code.DELETE_HAS_LABEL: translate("console", "Still has a label"),
        code.NO_LABEL: translate("console", "No label"),
        code.LABEL_VOIDED: translate("console", "Label cancelled"),
        code.ALREADY_VOIDED: translate("console", "Label cancelled"),
        code.VOID_UNSETTLED: translate("console", "Outcome unknown"),
        code.VOID_NOT_FOUND: translate("console", "Shipment not found"),
        code.BATCH_DUPLICATE: translate("console", "Selected twice"),
        code.BATCH_DUPLICATE_ORDER: translate("console", "Selected twice"),
        code.BATCH_SIZE: translate("console", "Batch too large"),
        code.BATCH_NO_ORDER: translate("console", "No order number"),
        code.BATCH_MIXED_INTEGRATIONS: translate("console", "Several shops"),
        code.ALREADY_RESOLVED: translate("console", "Already resolved"),
        code.ALREADY_RETRIED: translate("console", "Already retried"),
        code.RETRY_PRINTED: translate("console", "Already printed"),
        code.RETRY_SHIPPED: translate("console", "Already shipped"),
        code.NO_LABEL_HERE: translate("console", "Label not on this station"),
        code.NOT_ALREADY_SHIPPED: translate("console", "Not already shipped"),
        code.RESOLUTION_NOTE_MISSING: translate("console", "Note missing"),
        code.NOT_A_FAILURE: translate("console", "Not a failure"),
        code.CREDENTIALS_INCOMPLETE: translate("console", "API keys incomplete"),
        code.CREDENTIALS_MISSING: translate("console", "No API keys"),
        code.KEYRING_UNAVAILABLE: translate("console", "Keyring unavailable"),
        code.LEAD_NAME_MISSING: translate("console", "Name missing"),
        code.PIN_WRONG: pin_refused,
        code.PIN_NOT_SET: pin_refused,
        code.PIN_CURRENT_REQUIRED: pin_refused,
        code.PIN_EXISTS: pin_refused,
        code.PIN_INVALID: pin_refused,
        code.PIN_LOCKED_OUT: pin_refused,
        code.PIN_ERROR: pin_refused,
        code.PIN_STORE_DAMAGED: translate("console", "PIN store damaged"),
        code.PIN_STORE_LOST: translate("console", "PIN store lost"),
        code.PIN_SHARED_LOST: translate("console", "Shared PIN store lost"),
        code.SETTINGS_INVALID: translate("console", "Settings wrong"),
        code.SETTINGS_CHANGED_OUTSIDE: translate("console", "Settings changed outside"),
        code.CONFIGURATION_ERROR: translate("console", "Settings wrong"),
        code.INSECURE_CONNECTION: translate("console", "Connection not encrypted"),
        code.JOURNAL_TOO_NEW: translate("console", "Journal too new"),
        code.JOURNAL_UNAVAILABLE: translate("console", "Journal unreachable"),
        code.SIMULATOR_PORT_UNAVAILABLE: translate("console", "Training port in use"),
        code.TRAINING_IN_USE: translate("console", "Training in use"),
        code.TRAINING_RESET_FAILED: translate("console", "Practice reset failed"),
        code.TRAINING_STATE_DAMAGED: translate("console", "Training counters damaged"),
        code.INVALID_SCALE_URL: translate("console", "Scale settings wrong"),
        code.SCALE_NOT_CONNECTED: translate("console", "Scale unreachable"),
        code.SCALE_NO_ANSWER: translate("console", "Scale not answering"),
        code.SCALE_UNSTABLE: translate("console", "No stable weight"),
        code.SCALE_UNCHANGED: translate("console", "Previous parcel on the scale"),
        code.SCALE_ZERO: translate("console", "Nothing on the scale"),
        code.SCALE_NEGATIVE: translate("console", "Scale below zero"),
        code.SCALE_OVERLOAD: translate("console", "Scale overloaded"),
        code.SCALE_ERROR: translate("console", "Scale error"),
        code.WEIGHT_OVER_LIMIT: translate("console", "Too heavy for the option"),
        code.WEIGHT_UNDER_LIMIT: translate("console", "Too light for the option"),
        code.WEIGHT_NOT_SAVED: translate("console", "Weight not saved"),
    }
    texts.update(dict.fromkeys(STATION_FAULTS, station_fault))
    return texts


def headline(code: ErrorCode | str | None, order: str = "", second: str = "") -> str | None:
    """The translated headline for `code` with its facts filled in; None when it names an order
    and none is known (the caller then shows the core's own message, which names what it can)."""
    template = headlines().get(ErrorCode.read(code) or ErrorCode.PACKSTATION_ERROR) if code else None
    if template is None or ("%1" in template and not order):
        return None
    return template.replace("%1", order).replace("%2", second)


def verdict_text(verdict: ScanVerdict, scanned: str = "") -> str:
    """The headline for a verdict: the translated text for its code, else the core's message.

    `scanned` is what was scanned: the order number to name when the order itself was not found.
    """
    from packstation.app.faces import Verdict

    order = verdict.order.order_number if verdict.order else verdict.reference or scanned
    if verdict.verdict is Verdict.SUCCESS:
        return _success_text(verdict, order)
    second = verdict.tracking_number or "—"
    translate = QCoreApplication.translate
    elsewhere = _elsewhere_text(verdict, order)
    if elsewhere is not None:
        return elsewhere
    if verdict.code == ErrorCode.ALREADY_SHIPPED and verdict.reprint_attempt is not None and order:
        # This station has the label: F5 prints it (scan_queue's reprint-last follows this verdict).
        text = translate(
            "messages",
            "Order %1 is already shipped (tracking %2). No new label was made: press F5 to reprint it.",
        )
        return text.replace("%1", order).replace("%2", second)
    if verdict.code in _DATA_REFUSED and verdict.field:
        return field_refused_text(verdict.field)
    if verdict.code == ErrorCode.MULTICOLLO_NOT_OFFERED and verdict.checklist is not None and order:
        return _not_offered_text(order, verdict.reference)
    if verdict.code in _ITEM_CODES:
        second = verdict.reference or ""  # the item: what was scanned, or the line it ticked
    if verdict.code == ErrorCode.OUTCOME_STILL_UNKNOWN:
        second = wait_text(verdict.retry_in or 0.0)
    return headline(verdict.code, order, second) or verdict.message


def _not_offered_text(order: str, option: str | None) -> str:
    """F3 refused at the bench because of the shipping option: which one, or that there is none."""
    translate = QCoreApplication.translate
    if option:
        text = translate(
            "messages",
            "%2 cannot ship order %1 in several boxes. Pack it in one box, or ask your shift lead.",
        )
        return text.replace("%1", order).replace("%2", option)
    return translate(
        "messages",
        "Order %1 cannot go in several boxes: this station names no shipping option. Pack it in one box.",
    ).replace("%1", order)


def _elsewhere_text(verdict: ScanVerdict, order: str) -> str | None:
    """Another station holds the order, or shipped it (the shared journal): say which, and when."""
    if not verdict.elsewhere or not order:
        return None
    translate = QCoreApplication.translate
    at = verdict.elsewhere_at.astimezone().strftime("%H:%M") if verdict.elsewhere_at else "—"
    if verdict.code == ErrorCode.ORDER_CLAIMED:
        text = translate("messages", "%1 is being packed at %2. Leave it to them, or ask your shift lead.")
        return text.replace("%1", order).replace("%2", verdict.elsewhere)
    if verdict.code == ErrorCode.ALREADY_SHIPPED and verdict.reprint_attempt is not None:
        # The label is in the shared journal: F5 prints it here, fetched from Sendcloud's documents.
        text = translate(
            "messages", "%1 was already shipped at %2 at %3. No new label was made: press F5 to reprint it."
        )
        return text.replace("%1", order).replace("%2", verdict.elsewhere).replace("%3", at)
    return None


_ITEM_CODES = frozenset(
    {
        ErrorCode.ITEM_PACKED,
        ErrorCode.ITEM_NOT_IN_ORDER,
        ErrorCode.ITEM_OVER_SCAN,
        ErrorCode.ITEM_UNREADABLE,
        ErrorCode.ITEM_CASE_UNKNOWN,
        # Several boxes: the box's number, its size, the key pressed, the line without an item id.
        ErrorCode.NEXT_BOX,
        ErrorCode.BOX_SIZE_CHOSEN,
        ErrorCode.BOX_SIZE_UNKNOWN,
        ErrorCode.MULTICOLLO_NO_ITEM_ID,
    }
)
_DATA_REFUSED = frozenset(
    {
        ErrorCode.SENDCLOUD_BAD_REQUEST,
        ErrorCode.SENDCLOUD_INVALID_REQUEST,
        ErrorCode.SENDCLOUD_ERROR,
        ErrorCode.SENDCLOUD_HTTP_ERROR,
        ErrorCode.SENDCLOUD_CARRIER_REFUSED,
    }
)


def field_refused_text(pointer: str) -> str:
    """The headline for a refusal about one field: that field, and what the packer does."""
    translate = QCoreApplication.translate
    if pointer.rstrip("/").endswith("house_number"):  # the refusal packers meet most (NL, BE, DE)
        return translate(
            "messages", "The address has no house number. Put the parcel aside for your shift lead."
        )
    return translate(
        "messages", "Sendcloud refused the order's %1. Put the parcel aside for your shift lead."
    ).replace("%1", field_text(pointer))


def verdict_detail(verdict: ScanVerdict) -> str:
    """The small line under a red or amber headline: the field in words and the code, in the
    station's language; never the core's English message (that goes to the journal and console)."""
    from packstation.app.faces import Verdict

    if verdict.verdict in (Verdict.SUCCESS, Verdict.PACKING) or verdict.code is None:
        return ""  # a tick or an order opened: nothing went wrong, nothing to look up
    parts = [field_text(verdict.field)] if verdict.field else []
    parts.append(QCoreApplication.translate("messages", "code %1").replace("%1", verdict.code))
    return " · ".join(parts)


def field_text(pointer: str) -> str:
    """A JSON pointer as the core words it ("shipping address → house number"), each word in the
    station's language; a field the table does not know stays as the core humanised it."""
    from packstation.app.faces import ARROW, field_label

    words = field_words()
    parts = []
    for part in field_label(pointer).split(ARROW):
        name, _, number = part.rpartition(" ")
        if number.isdigit() and name in words:
            parts.append(f"{words[name]} {number}")
        else:
            parts.append(words.get(part, part))
    return ARROW.join(parts)


def field_words() -> dict[str, str]:
    """The core's English field words (`station/field_names.py`) → the station's language."""
    translate = QCoreApplication.translate
    return {
        "shipping address": translate("fields", "shipping address"),
        "sender address": translate("fields", "sender address"),
        "billing address": translate("fields", "billing address"),
        "house number": translate("fields", "house number"),
        "street": translate("fields", "street"),
        "address line 2": translate("fields", "address line 2"),
        "postcode": translate("fields", "postcode"),
        "country": translate("fields", "country"),
        "state or province": translate("fields", "state or province"),
        "company": translate("fields", "company"),
        "phone number": translate("fields", "phone number"),
        "PO box": translate("fields", "PO box"),
        "items": translate("fields", "items"),
        "item": translate("fields", "item"),
        "parcel": translate("fields", "parcel"),
        "weight": translate("fields", "weight"),
        "dimensions": translate("fields", "dimensions"),
        "measurements": translate("fields", "measurements"),
        "quantity": translate("fields", "quantity"),
        "HS code": translate("fields", "HS code"),
        "country of origin": translate("fields", "country of origin"),
        "total price": translate("fields", "total price"),
        "unit price": translate("fields", "unit price"),
        "shop integration": translate("fields", "shop integration"),
        "shipping method": translate("fields", "shipping method"),
        "carrier contract": translate("fields", "carrier contract"),
        "brand": translate("fields", "brand"),
        "order ID": translate("fields", "order ID"),
        "order number": translate("fields", "order number"),
        "customs details": translate("fields", "customs details"),
        "customer": translate("fields", "customer"),
        "service point": translate("fields", "service point"),
        "payment": translate("fields", "payment"),
        "label format": translate("fields", "label format"),
        "label resolution": translate("fields", "label resolution"),
        "name": translate("fields", "name"),
        "email": translate("fields", "email"),
        "city": translate("fields", "city"),
        "the whole order": translate("fields", "the whole order"),
    }


def _success_text(verdict: ScanVerdict, order: str) -> str:
    if verdict.code in (ErrorCode.SIGNED_IN, ErrorCode.SCAN_DUPLICATE) and verdict.reference:
        return headline(verdict.code, verdict.reference) or verdict.message
    if not order:
        return verdict.message
    if verdict.code == ErrorCode.REPRINTED:
        return headline(ErrorCode.REPRINTED, order) or verdict.message
    labels = len(verdict.parcels)  # several boxes: a label per box (issue 18)
    if labels > 1 and verdict.print_outcome is not None and verdict.print_outcome.printed:
        text = QCoreApplication.translate("messages", "%2 labels for %1 printed.")  # 2 or more
        return text.replace("%1", order).replace("%2", str(labels))
    if verdict.print_outcome is not None and verdict.print_outcome.printed:
        return QCoreApplication.translate("messages", "Label for %1 printed.").replace("%1", order)
    return QCoreApplication.translate("messages", "Label for %1 created.").replace("%1", order)


def wait_text(seconds: float) -> str:
    """How long to wait (the core's `rounded_wait`), in words: never "0 seconds"."""
    from packstation.app.faces import rounded_wait

    if seconds <= 0:
        return QCoreApplication.translate("messages", "a moment")
    count, in_minutes = rounded_wait(seconds)
    # SI symbols read the same in every language the station speaks (and need no plural forms).
    return f"{count} {'min' if in_minutes else 's'}"


def error_text(error: BaseException, order: str = "") -> str:
    """A background failure in words: the translated text for its code, else the core's message.

    Anything that is not a `PackstationError` is a bug; it is still shown, never swallowed.
    """
    from packstation.errors import PackstationError

    if not isinstance(error, PackstationError):
        return (
            QCoreApplication.translate("messages", "Unexpected error (%1): %2")
            .replace("%1", type(error).__name__)
            .replace("%2", str(error))
        )
    second = "—"
    if error.code == ErrorCode.OUTCOME_STILL_UNKNOWN:
        second = wait_text(getattr(error, "retry_in", 0.0))
    elif error.code == ErrorCode.KEYRING_UNAVAILABLE:
        second = error.message
    return headline(error.code, order, second) or error.message


def failure_detail(error: BaseException) -> str:
    """The small line under a notice's headline about a failure (the station could not open, the
    start-up check could not finish): the failure in the station's language and its code, never
    the core's English, which goes to the log and the dialog's details."""
    from packstation.errors import PackstationError

    code = error.code if isinstance(error, PackstationError) else ErrorCode.INTERNAL_ERROR
    return " · ".join(
        (error_text(error), QCoreApplication.translate("messages", "code %1").replace("%1", code))
    )


def error_with_facts(error: BaseException, order: str = "") -> str:
    """`error_text`, and under it the core's message when that names what a person must see
    (the orders of a refused batch, the field Sendcloud refused): the console's result line."""
    from packstation.errors import PackstationError

    text = error_text(error, order)
    if isinstance(error, PackstationError) and error.code in NAMING_CODES and error.message != text:
        return f"{text}\n{error.message}"
    return text


def verdict_word(verdict: Verdict) -> str:
    """The one big word beside the colour: colour alone is never the only signal."""
    from packstation.app.faces import Verdict

    return {
        Verdict.SUCCESS: QCoreApplication.translate("messages", "OK"),
        Verdict.ATTENTION: QCoreApplication.translate("messages", "CHECK"),
        Verdict.FAILED: QCoreApplication.translate("messages", "STOP"),
        Verdict.PACKING: QCoreApplication.translate("messages", "PACK"),
    }[verdict]


def stage_texts() -> dict[Stage, str]:
    """Every stage → what the station is doing, for the verdict area while a scan is in flight."""
    from packstation.app.faces import Stage

    translate = QCoreApplication.translate
    return {
        Stage.SCANNED: translate("messages", "Looking for the order…"),
        Stage.ORDER_FOUND: translate("messages", "Order found; checking it has no label yet…"),
        Stage.LABEL_REQUESTED: translate("messages", "Asking Sendcloud for the label…"),
        Stage.LABEL_CREATED: translate("messages", "Label made; saving it…"),
        Stage.LABEL_SAVED: translate("messages", "Printing…"),
        Stage.PRINTED: translate("messages", "Printed."),
        Stage.FAILED: translate("messages", "Stopped."),
        Stage.OUTCOME_UNKNOWN: translate("messages", "No clear answer; checking with Sendcloud…"),
        Stage.PRINT_UNCONFIRMED: translate("messages", "The printer did not confirm the label."),
        Stage.VOIDED: translate("messages", "Label cancelled."),
    }


def stage_text(stage: Stage) -> str:
    return stage_texts()[stage]


def stage_names() -> dict[Stage, str]:
    """Every stage → its name in an attempt's history (the journal stores the code)."""
    from packstation.app.faces import Stage

    translate = QCoreApplication.translate
    return {
        Stage.SCANNED: translate("console", "Scanned"),
        Stage.ORDER_FOUND: translate("console", "Order found"),
        Stage.LABEL_REQUESTED: translate("console", "Label requested"),
        Stage.LABEL_CREATED: translate("console", "Label created"),
        Stage.LABEL_SAVED: translate("console", "Label saved"),
        Stage.PRINTED: translate("console", "Printed"),
        Stage.FAILED: translate("console", "Failed"),
        Stage.OUTCOME_UNKNOWN: translate("console", "Outcome unknown"),
        Stage.PRINT_UNCONFIRMED: translate("console", "Print not confirmed"),
        Stage.VOIDED: translate("console", "Voided"),
    }


def stage_name(stage: Stage) -> str:
    return stage_names()[stage]


def stage_descriptions() -> dict[Stage, str]:
    """Every stage → where an attempt stands, in a sentence: the console's Problem line and tooltip."""
    from packstation.app.faces import Stage

    translate = QCoreApplication.translate
    return {
        Stage.SCANNED: translate("console", "Barcode scanned; looking for the order."),
        Stage.ORDER_FOUND: translate("console", "Order found in Sendcloud; checking it has no label yet."),
        Stage.LABEL_REQUESTED: translate("console", "Label asked for at Sendcloud; waiting for the answer."),
        Stage.LABEL_CREATED: translate(
            "console", "Sendcloud made the label (parcel and tracking number known)."
        ),
        Stage.LABEL_SAVED: translate("console", "Label file saved on this station; ready to print."),
        Stage.PRINTED: translate("console", "Label printed."),
        Stage.FAILED: translate("console", "Stopped by an error; see the error code and message."),
        Stage.OUTCOME_UNKNOWN: translate(
            "console",
            "No clear answer to the label request: a label may exist. Sendcloud is asked before any retry.",
        ),
        Stage.PRINT_UNCONFIRMED: translate(
            "console", "Label sent to the printer, but the printer did not confirm it printed."
        ),
        Stage.VOIDED: translate("console", "Label cancelled at Sendcloud; it must not be used."),
    }


def item_outcome_text(outcome: str) -> str:
    """An item scan's outcome as the journal stores it (`item_scans.outcome`), for the history."""
    translate = QCoreApplication.translate
    texts = {
        "packed": translate("console", "Item packed"),
        "not_in_order": translate("console", "Wrong item"),
        "over_scan": translate("console", "Too many of an item"),
        "unreadable": translate("console", "Unreadable item code"),
        "skipped": translate("console", "Completed without scanning the rest"),
        "forced": translate("console", "Completed by a shift lead"),
        "parked": translate("console", "Parked for another order"),
        "resumed": translate("console", "Resumed"),
        "abandoned": translate("console", "Packing given up"),
        "weighing_refused": translate("console", "No weight from the scale"),
        "box_closed": translate("console", "Box closed"),
        "box_size": translate("console", "Box size chosen"),
    }
    return texts.get(outcome, outcome)


def bucket_text(bucket: Bucket) -> str:
    """A console bucket (the kind of problem a lead sorts by)."""
    from packstation.app.faces import Bucket

    translate = QCoreApplication.translate
    return {
        Bucket.UNREADABLE_SCAN: translate("console", "Unreadable scan"),
        Bucket.NOT_FOUND: translate("console", "Order not found"),
        Bucket.ALREADY_SHIPPED: translate("console", "Already shipped"),
        Bucket.LABEL_NOT_CREATED: translate("console", "Label not created"),
        Bucket.NOT_PRINTED: translate("console", "Created but not printed"),
        Bucket.OUTCOME_UNKNOWN: translate("console", "Outcome unknown"),
    }[bucket]


def bucket_description(bucket: Bucket) -> str:
    """Where a failure of this kind stands and what a lead does about it, in a sentence: the
    console's Problem line and tooltip (the stage alone says "stopped" for four kinds)."""
    from packstation.app.faces import Bucket

    translate = QCoreApplication.translate
    return {
        Bucket.UNREADABLE_SCAN: translate(
            "console",
            "The barcode could not be used as an order number (unreadable, another keyboard layout, "
            "or a repeat of the scan before); no order was looked up.",
        ),
        Bucket.NOT_FOUND: translate(
            "console", "The order was not found in Sendcloud (see the error code); no label was made."
        ),
        Bucket.ALREADY_SHIPPED: translate(
            "console",
            "The order already has a label, so no new one was made. Reprint it; not counted as a failure.",
        ),
        Bucket.LABEL_NOT_CREATED: translate(
            "console", "The order was found, but Sendcloud made no label. Fix the order, then retry."
        ),
        Bucket.NOT_PRINTED: translate(
            "console", "Sendcloud made the label, but it was not printed. Reprint it; never retry."
        ),
        Bucket.OUTCOME_UNKNOWN: translate(
            "console",
            "No clear answer to the label request: a label may exist. Sendcloud is asked before any retry.",
        ),
    }[bucket]


def cause_text(cause: str) -> str:
    """A bar of the shift chart: its bucket's name (a stage's, for a trouble in no bucket)."""
    from packstation.app.faces import Bucket, Stage

    if cause in {bucket.value for bucket in Bucket}:
        return bucket_text(Bucket(cause))
    return stage_name(Stage(cause)) if cause in {stage.value for stage in Stage} else cause


def short_name(error_code: str) -> str:
    """The short name of a code the journal stored (one from a newer version: a station fault's)."""
    return short_names()[ErrorCode.read(error_code) or ErrorCode.PACKSTATION_ERROR]


def batch_problem(attempts: Sequence[Attempt]) -> str | None:
    """Why these rows cannot be retried as one batch (the core's rule, `batch_refusal`), in the
    station's language; None when they can."""
    from packstation.app.faces import batch_refusal

    refusal = batch_refusal(attempts)
    if refusal is None:
        return None
    if refusal.code == ErrorCode.BATCH_SIZE and not attempts:
        return QCoreApplication.translate("ConsoleActions", "Select the failed orders to retry.")
    return error_text(refusal)
