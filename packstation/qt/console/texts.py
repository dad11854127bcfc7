"""The console's names for its buckets and columns, translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.journal import Stage
from packstation.qt.console.buckets import Bucket


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
