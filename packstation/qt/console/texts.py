"""The console's names for its buckets and columns, translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from packstation.qt.console.buckets import Bucket


def bucket_text(bucket: Bucket) -> str:
    translate = QCoreApplication.translate
    return {
        Bucket.NOT_FOUND: translate("console", "Order not found"),
        Bucket.LABEL_NOT_CREATED: translate("console", "Label not created"),
        Bucket.NOT_PRINTED: translate("console", "Created but not printed"),
        Bucket.OUTCOME_UNKNOWN: translate("console", "Outcome unknown"),
    }[bucket]
