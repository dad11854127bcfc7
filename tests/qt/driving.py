"""Driving the packing window in tests: building it on a training station, typing, waiting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.app.station import Station
from packstation.qt.feedback import RecordingSoundPlayer, Sound
from packstation.qt.lead_mode import PinDialog
from packstation.qt.lead_tools import LeadTools
from packstation.qt.main_window import MainWindow
from packstation.station.workflow import ScanVerdict

FAST_LOOKUP: dict[str, Any] = {"lookup": {"attempts": 1, "backoff_seconds": 0}}
WAIT_MS = 15_000

WindowFactory = Callable[..., MainWindow]


def station_of(window: MainWindow) -> tuple[Station, Any, Any]:
    station = window.station
    assert station.simulator is not None
    assert station.virtual_printer is not None
    return station, station.simulator, station.virtual_printer


def type_scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type as a keyboard-wedge scanner does: one key event per character, then Enter.

    QTest.keyClicks aborts on characters it cannot map to a key (é, ß…); a scanner behind a
    foreign keyboard layout sends exactly such key events, carrying the character as their text.
    """
    for char in text:
        if char.isascii():
            QTest.keyClicks(window.scan_field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                window.scan_field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
    QTest.keyClick(window.scan_field, Qt.Key.Key_Return)


def scan_and_wait(qtbot: QtBot, window: MainWindow, text: str) -> ScanVerdict:
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as blocker:
        type_scan(qtbot, window, text)
    verdict = blocker.args[0] if blocker.args else None
    assert isinstance(verdict, ScanVerdict)
    return verdict


def sounds_of(window: MainWindow) -> list[Sound]:
    assert isinstance(window.sounds, RecordingSoundPlayer)
    return window.sounds.requested


def enter_pin(qtbot: QtBot, tools: LeadTools, name: str, pin: str) -> None:
    """Wait for the shift-lead PIN prompt of `tools`, type the lead's `name` (in place of the one it
    starts with) and `pin`, and press Enter."""
    qtbot.waitUntil(lambda: isinstance(tools.lock.dialog, PinDialog), timeout=WAIT_MS)
    dialog = tools.lock.dialog
    assert isinstance(dialog, PinDialog)
    dialog.name_field.clear()
    QTest.keyClicks(dialog.name_field, name)
    QTest.keyClicks(dialog.pin_field, pin)
    QTest.keyClick(dialog.pin_field, Qt.Key.Key_Return)
