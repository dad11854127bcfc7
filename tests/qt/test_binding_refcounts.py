"""The Qt binding must not leak or drop references on calls the packing screen makes all shift.

PySide6-Essentials 6.12.0 took one reference away from `None` on every void-returning call
(`QLabel.setText`, ...). On Python 3.11, where `None` is still reference counted, the process
aborts with "none_dealloc" after some thousands of updates: a crash in the middle of a shift.
pyproject.toml excludes that version; this test fails if a binding with the same fault comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 1000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("READY")
    # Other code may take or release a few references meanwhile; a leak of one per call cannot hide.
    assert abs(sys.getrefcount(None) - before) < CALLS // 10
