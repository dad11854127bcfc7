"""Fixtures for the packing-window tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from packstation.app.station import open_station
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.main_window import MainWindow
from tests.qt.driving import FAST_LOOKUP, WAIT_MS, WindowFactory


@pytest.fixture(autouse=True)
def no_unanswered_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal question nobody answers would hang the whole run (offscreen, no one clicks): a test
    that wants one answers it itself; anywhere else it fails the test, saying where."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> None:
        raise AssertionError(f"a modal question was asked with no one to answer it: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", refuse)


@pytest.fixture
def make_window(qtbot: QtBot, station_home: Path) -> Iterator[WindowFactory]:
    """Builds a started window on a fresh training station; shuts both down after the test."""
    with ExitStack() as stack:
        windows: list[MainWindow] = []

        def make(overrides: dict[str, Any] | None = None) -> MainWindow:
            # Tests type into dialogs at machine speed, which is a scanner's pace: the burst
            # filter is off unless a test turns it on (tests/qt/test_scanner_burst.py does).
            settings = {**FAST_LOOKUP, "scanner": {"burst_ms": 0}, **(overrides or {})}
            station = stack.enter_context(open_station(training=True, overrides=settings))
            window = MainWindow(station, sounds=RecordingSoundPlayer())
            # pytest-qt closes its widgets before fixtures end: a window whose lane is still busy
            # then would ask "close anyway?" in a modal dialog nobody answers (a hung test run).
            qtbot.addWidget(window, before_close_func=MainWindow.shutdown)
            windows.append(window)
            window.show()
            qtbot.waitExposed(window)
            with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
                window.start()
            return window

        yield make
        for window in windows:
            window.shutdown()  # before the station (journal, simulator, printer) closes
