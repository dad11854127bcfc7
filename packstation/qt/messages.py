"""Every packer-facing wording of the core's outcomes, keyed by error code, in one place.

The core speaks English and gives each failure a stable `code` (packstation.errors); this module
turns a code into translatable text. Each text is a literal inside
`QCoreApplication.translate("messages", …)`, so `pyside6-lupdate` finds it. A code with no entry
here falls back to the core's own message: a new error is shown in English rather than hidden.

Placeholders follow Qt: %1 is the order number, %2 the tracking number or the printer's reason.

The core's types are imported inside the functions: the packing window imports this module before
it is shown, and the core loads later, on the API lane, with the station.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from packstation.error_codes import ErrorCode

if TYPE_CHECKING:
    from packstation.journal import Stage
    from packstation.station.workflow import ScanVerdict, Verdict


def _templates() -> dict[str, str]:
    """code → translated template. Built per call so a language switch takes effect at once."""
    translate = QCoreApplication.translate
    return {
        "order_not_found": translate(
            "messages", "No order %1 in Sendcloud. Check the packing slip and scan again."
        ),
        "order_ambiguous": translate(
            "messages", "More than one shop has an order %1. Ask your shift lead which one to ship."
        ),
        "already_shipped": translate(
            "messages",
            "Order %1 is already shipped (tracking %2). No new label was made: reprint the old one.",
        ),
        "scan_duplicate": translate("messages", "%1 was just scanned; the second scan was ignored."),
        "scan_empty": translate("messages", "The scan was empty. Scan again."),
        "scan_too_short": translate("messages", "The scan was too short. Scan again."),
        "scan_too_long": translate("messages", "The scan was too long. Scan again."),
        "scan_invalid_characters": translate(
            "messages", "The scan has characters an order number cannot have. Scan again."
        ),
        "scan_wrong_keyboard_layout": translate(
            "messages", "The scanner and this computer use different keyboard layouts. Call your shift lead."
        ),
        "printer_not_ready": translate(
            "messages", "The printer is not ready. No label was made: fix the printer, then scan again."
        ),
        "printer_unreachable": translate(
            "messages", "The printer cannot be reached. No label was made: check its cable and power."
        ),
        "printer_busy": translate("messages", "The printer is busy. No label was made: scan again."),
        "print_failed": translate(
            "messages", "The label was made but not printed (%2). Fix the printer, then reprint (F5)."
        ),
        "print_unconfirmed": translate(
            "messages",
            "The label was sent but the printer did not confirm it. Reprint (F5) only if no label came out.",
        ),
        "sendcloud_unreachable": translate(
            "messages", "Sendcloud cannot be reached. Check the network, then scan again."
        ),
        "sendcloud_timeout": translate("messages", "Sendcloud did not answer in time. Scan again."),
        "sendcloud_server_error": translate(
            "messages", "Sendcloud has a problem on its side. Wait a minute, then scan again."
        ),
        "sendcloud_rate_limited": translate(
            "messages", "Too many requests to Sendcloud. Wait a moment, then scan again."
        ),
        "sendcloud_auth_failed": translate(
            "messages", "Sendcloud refused this station's API keys. Call your shift lead."
        ),
        "sendcloud_label_outcome_unknown": translate(
            "messages",
            "No clear answer from Sendcloud: a label may exist. Do not scan it again yet; the station "
            "asks Sendcloud before it makes another.",
        ),
        "order_claimed": translate(
            "messages",
            "Order %1 is being packed or labelled at another station right now. Leave it to them, or "
            "ask your shift lead.",
        ),
        "label_not_printed": translate(
            "messages",
            "The label for %1 is made, but its print was not confirmed. Look at the printer; if no "
            "label came out, press F5.",
        ),
        "label_not_created": translate("messages", "Sendcloud made no label for %1. Scan it again."),
        # The failed-shipments console (packstation/qt/console). Codes whose core message names
        # orders, parcels or shops are left to that message: a translation must not lose them.
        "console_lead_refused": translate("messages", "Only a shift lead may do this. Nothing was changed."),
        "console_read_only": translate(
            "messages", "This console is read-only: it has no connection to Sendcloud."
        ),
        "fix_nothing_changed": translate("messages", "Nothing was changed, so nothing was sent."),
        "fix_no_address": translate(
            "messages", "The order has no shipping address to change; enter it in the shop."
        ),
        "fix_no_items": translate("messages", "An order needs at least one line."),
        "no_label": translate("messages", "There is no label for this shipment; retry it to make one."),
        "label_voided": translate(
            "messages", "This label was cancelled at Sendcloud; it must not be printed again."
        ),
        "already_voided": translate("messages", "This label is already cancelled."),
        "void_unsettled": translate(
            "messages",
            "Sendcloud has not yet said whether this label exists. Retry the shipment first, then void.",
        ),
        "batch_duplicate": translate("messages", "The same failed shipment is selected twice."),
        # Codes of the console's actions (station/review.py) and of reprint (F5) whose messages a
        # person must act on; the core's own text names the order or attempt for the log.
        "label_not_live": translate(
            "messages",
            "Sendcloud has no live label for this order (cancelled, or never finished). Nothing was "
            "printed: check the shipment in Sendcloud.",
        ),
        "label_not_fetched": translate(
            "messages",
            "The label was made but could not be fetched yet. Reprint it in a moment; "
            "no new label is needed.",
        ),
        "outcome_still_unknown": translate(
            "messages",
            "It is not known yet whether Sendcloud made the label for %1. A label may exist, so no new "
            "one was made. Wait %2, then scan it again; or ask your shift lead.",
        ),
        "delete_has_label": translate(
            "messages", "This order still has a label. Void the label before deleting the order."
        ),
        "already_resolved": translate(
            "messages", "This shipment is already resolved; there is nothing more to do."
        ),
        "already_retried": translate(
            "messages", "This shipment was already retried; retry the newer attempt."
        ),
        "retry_printed": translate("messages", "This label is printed; reprint it instead of retrying."),
        "resolution_note_missing": translate("messages", "Say in a note how the failure was resolved."),
        "not_a_failure": translate("messages", "This shipment did not fail; there is nothing to resolve."),
        "credentials_incomplete": translate("messages", "Both the public and the secret key are needed."),
        "lead_required": translate(
            "messages", "Only a shift lead may do this. Unlock shift-lead mode with your PIN first."
        ),
    }


def verdict_text(verdict: ScanVerdict, scanned: str = "") -> str:  # noqa: PLR0911 - one return per kind
    """The headline for a verdict: the translated text for its code, else the core's message.

    `scanned` is what was scanned: the order number to name when the order itself was not found.
    """
    from packstation.app.faces import Verdict

    order = verdict.order.order_number if verdict.order else verdict.reference or scanned
    if verdict.verdict is Verdict.SUCCESS:
        if verdict.code == ErrorCode.SIGNED_IN and verdict.reference:
            return QCoreApplication.translate("messages", "Signed in: %1.").replace("%1", verdict.reference)
        if not order:
            return verdict.message
        if verdict.code == ErrorCode.REPRINTED:
            return QCoreApplication.translate("messages", "Label for %1 reprinted.").replace("%1", order)
        if verdict.print_outcome is not None and verdict.print_outcome.printed:
            return QCoreApplication.translate("messages", "Label for %1 printed.").replace("%1", order)
        return QCoreApplication.translate("messages", "Label for %1 created.").replace("%1", order)
    template = _templates().get(verdict.code or "")
    if template is None or ("%1" in template and not order):
        return verdict.message
    second = verdict.tracking_number or "—"
    if verdict.code == ErrorCode.PRINT_FAILED:
        second = verdict.print_outcome.reason if verdict.print_outcome else ""
    if verdict.code == ErrorCode.OUTCOME_STILL_UNKNOWN:
        second = wait_text(verdict.retry_in or 0.0)
    return template.replace("%1", order).replace("%2", second)


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
    template = _templates().get(error.code)
    if template is None or ("%1" in template and not order):
        return error.message
    second = (
        wait_text(getattr(error, "retry_in", 0.0)) if error.code == ErrorCode.OUTCOME_STILL_UNKNOWN else "—"
    )
    return template.replace("%1", order).replace("%2", second)


def verdict_word(verdict: Verdict) -> str:
    """The one big word beside the colour: colour alone is never the only signal."""
    from packstation.app.faces import Verdict

    return {
        Verdict.SUCCESS: QCoreApplication.translate("messages", "OK"),
        Verdict.ATTENTION: QCoreApplication.translate("messages", "CHECK"),
        Verdict.FAILED: QCoreApplication.translate("messages", "STOP"),
    }[verdict]


def stage_text(stage: Stage) -> str:
    """What the station is doing, for the verdict area while a scan is in flight."""
    from packstation.app.faces import Stage

    translate = QCoreApplication.translate
    texts = {
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
    return texts.get(stage, stage.describe())
