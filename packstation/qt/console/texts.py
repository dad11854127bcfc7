"""The console's names for its buckets and columns, translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.app.faces import Bucket, Stage


def bucket_text(bucket: Bucket) -> str:
    translate = QCoreApplication.translate
    return {
        Bucket.NOT_FOUND: translate("console", "Order not found"),
        Bucket.LABEL_NOT_CREATED: translate("console", "Label not created"),
        Bucket.NOT_PRINTED: translate("console", "Created but not printed"),
        Bucket.OUTCOME_UNKNOWN: translate("console", "Outcome unknown"),
    }[bucket]


def stage_name(stage: Stage) -> str:
    """A stage in the attempt's history, in words (the journal stores the code)."""
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
    }[stage]


def cause_name(error_code: str) -> str:
    """A failure's cause for the shift chart: a few words a lead reads at a glance; the code itself
    for the rare ones (the detail pane explains every code)."""
    translate = QCoreApplication.translate
    if error_code.startswith("scan_"):
        return translate("console", "Unreadable scan")
    names = {
        "order_not_found": translate("console", "Order not found"),
        "order_ambiguous": translate("console", "Order in two shops"),
        "already_shipped": translate("console", "Already shipped"),
        "sendcloud_bad_request": translate("console", "Order data refused"),
        "sendcloud_invalid_request": translate("console", "Order data refused"),
        "sendcloud_carrier_refused": translate("console", "Carrier refused"),
        "sendcloud_label_outcome_unknown": translate("console", "No clear answer"),
        "sendcloud_server_error": translate("console", "Sendcloud error"),
        "sendcloud_timeout": translate("console", "Sendcloud too slow"),
        "sendcloud_unreachable": translate("console", "Network down"),
        "sendcloud_rate_limited": translate("console", "Too many requests"),
        "sendcloud_auth_failed": translate("console", "API keys refused"),
        "printer_not_ready": translate("console", "Printer not ready"),
        "printer_unreachable": translate("console", "Printer unreachable"),
        "printer_busy": translate("console", "Printer busy"),
        "print_failed": translate("console", "Print failed"),
        "print_unconfirmed": translate("console", "Print not confirmed"),
    }
    return names.get(error_code, error_code)
