"""The packing screen's parts: small typed widgets, built in code (no .ui files)."""

from packstation.qt.widgets.focus import ScanFocusKeeper
from packstation.qt.widgets.label_preview import LabelPreview
from packstation.qt.widgets.recent_scans import RecentScansModel, RecentScansView
from packstation.qt.widgets.scan_field import ScanField
from packstation.qt.widgets.status_bar import StationStatusBar
from packstation.qt.widgets.training_banner import TrainingBanner
from packstation.qt.widgets.verdict_panel import VerdictPanel

__all__ = [
    "LabelPreview",
    "RecentScansModel",
    "RecentScansView",
    "ScanField",
    "ScanFocusKeeper",
    "StationStatusBar",
    "TrainingBanner",
    "VerdictPanel",
]
