"""The packing screen's parts: small typed widgets, built in code (no .ui files).

Exported here: the parts the window shows before its station opens. The training banner and the
label preview are built with a training station, and their modules are imported then
(`training_banner`, `label_preview`): they use `Qt`, which the first frame avoids (qt/enum_names.py).
"""

from packstation.qt.widgets.focus import ScanFocusKeeper
from packstation.qt.widgets.recent_scans import RecentScansModel, RecentScansView
from packstation.qt.widgets.scan_field import ScanField
from packstation.qt.widgets.status_bar import StationStatusBar
from packstation.qt.widgets.verdict_panel import VerdictPanel

__all__ = [
    "RecentScansModel",
    "RecentScansView",
    "ScanField",
    "ScanFocusKeeper",
    "StationStatusBar",
    "VerdictPanel",
]
