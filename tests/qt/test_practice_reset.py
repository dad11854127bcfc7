"""Training's "Reset practice" in the packing window: confirmed, run on the API lane, and the window
left on a fresh station (or, refused, on the old one). A real training station from a real
`StationScope`, real lanes, key presses; nothing sleeps."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from packstation.app.faces import TRAINING_LEAD_PIN, Verdict
from packstation.app.station import Station, open_station
from packstation.app.station_scope import PracticeReset, StationScope
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.console.window import ConsoleWindow
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.main_window import MainWindow
from packstation.qt.practice_tools import PracticeTools
from packstation.qt.scan_queue import EntryState
from packstation.qt.scanner_burst import ScannerBurstFilter
from packstation.qt.tasks import Lane
from packstation.training import TRAINING_LEAD_NAME
from tests.qt.driving import FAST_LOOKUP, WAIT_MS, enter_pin, scan_and_wait, type_scan

README_ORDER = "SHOP-3127"


@contextmanager
def scoped_window(qtbot: QtBot, burst_ms: int = 0) -> Iterator[MainWindow]:
    """A packing window on a training station from a scope, as `packstation --training` builds it.
    The same order scanned again counts (no debounce); tests type into dialogs at a scanner's
    pace, so the scanner-burst guard is off unless asked for."""
    settings = {**FAST_LOOKUP, "scanner": {"debounce_seconds": 0, "burst_ms": burst_ms}}
    with StationScope(lambda: open_station(training=True, overrides=settings)) as scope:
        built = MainWindow(scope.open(), sounds=RecordingSoundPlayer(), scope=scope)
        qtbot.addWidget(built, before_close_func=MainWindow.shutdown)
        built.show()
        qtbot.waitExposed(built)
        with qtbot.waitSignal(built.recovery_done, timeout=WAIT_MS):
            built.start()
        yield built
        built.shutdown()  # before the scope closes the station


@pytest.fixture
def window(qtbot: QtBot, station_home: Path) -> Iterator[MainWindow]:
    with scoped_window(qtbot) as built:
        yield built


def tools_of(window: MainWindow) -> PracticeTools:
    assert window.practice_tools is not None
    return window.practice_tools


def confirm(qtbot: QtBot, tools: PracticeTools, *, reset: bool = True) -> None:
    tools.reset_action.trigger()
    dialog = tools.confirm_dialog
    assert isinstance(dialog, QMessageBox)
    assert TRAINING_LEAD_PIN in dialog.text()
    if reset:
        tools.reset_button.click()
    else:
        dialog.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: tools.confirm_dialog is None, timeout=WAIT_MS)


def reset_and_wait(qtbot: QtBot, window: MainWindow) -> PracticeReset:
    tools = tools_of(window)
    with (
        qtbot.waitSignal(tools.finished, timeout=WAIT_MS) as finished,
        qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS),
    ):
        confirm(qtbot, tools)
    result = finished.args[0]
    assert isinstance(result, PracticeReset)
    return result


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_reset_practice_ships_a_shipped_practice_order_again_on_a_fresh_station(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert scan_and_wait(qtbot, window, README_ORDER).verdict is Verdict.SUCCESS
    assert scan_and_wait(qtbot, window, README_ORDER).code == ErrorCode.ALREADY_SHIPPED
    old = window.station
    journal = old.paths.journal_file

    result = reset_and_wait(qtbot, window)

    assert result.refused is None
    assert journal in result.removed
    assert window.station is result.station
    assert window.station is not old
    assert "Practice reset" in window.verdict_panel.headline.text()
    assert window.banner is not None
    assert menu_titles(window).count("&Shift lead") == 1  # the lead tools were rebuilt, not added
    assert menu_titles(window).count("&Training") == 1
    assert window.reprint_last() is None  # F5: the old journal's label is not this station's
    verdict = scan_and_wait(qtbot, window, README_ORDER)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message  # it was "already shipped"


def test_after_a_reset_one_scanner_burst_guard_watches_the_dialogs(qtbot: QtBot, station_home: Path) -> None:
    with scoped_window(qtbot, burst_ms=30) as window:
        old = window.burst_filter
        assert old is not None
        reset_and_wait(qtbot, window)
        watching = [guard for guard in window.findChildren(ScannerBurstFilter) if guard._app is not None]
        assert watching == [window.burst_filter]  # the old station's let go: a scan is queued once
        assert window.burst_filter is not old


def test_cancel_resets_nothing(qtbot: QtBot, window: MainWindow) -> None:
    assert scan_and_wait(qtbot, window, README_ORDER).verdict is Verdict.SUCCESS
    station = window.station
    confirm(qtbot, tools_of(window), reset=False)
    assert window.station is station
    assert not tools_of(window).running
    assert scan_and_wait(qtbot, window, README_ORDER).code == ErrorCode.ALREADY_SHIPPED


def test_a_scan_typed_during_the_reset_waits_and_ships_once_on_the_fresh_station(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert scan_and_wait(qtbot, window, README_ORDER).verdict is Verdict.SUCCESS
    old = window.station
    tools = tools_of(window)
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        confirm(qtbot, tools)
        assert not window.station_open  # let go at once: the reset runs on the API lane
        type_scan(qtbot, window, README_ORDER)
        [held] = window.queue.open_entries()
        assert held.state is EntryState.QUEUED
    assert shown.args[0].verdict is Verdict.SUCCESS  # on the fresh station, once
    assert window.station is not old
    assert [entry.verdict for entry in window.recent_model.entries() if entry.raw == README_ORDER][
        -1
    ] is not None
    assert window.station.simulator is not None
    assert window.station.simulator.labels_created() == 1


def test_the_reset_closes_what_a_lead_opened_and_the_published_pin_works_after(
    qtbot: QtBot, window: MainWindow
) -> None:
    tools = window.lead_tools
    assert tools is not None
    with qtbot.waitSignal(tools.console_opened, timeout=WAIT_MS) as opened:
        QTest.keyClick(window.scan_field, Qt.Key.Key_F8)
        enter_pin(qtbot, tools, TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)
    console = opened.args[0]
    assert isinstance(console, ConsoleWindow)
    window.station.pin_store().set_pin(TRAINING_LEAD_NAME, "777777")  # a trainee changed it

    reset_and_wait(qtbot, window)

    assert not console.isVisible()
    assert window.lead_tools is not None
    assert window.lead_tools is not tools
    assert window.lead_tools.mode.text() == "Packer mode"
    fresh = window.lead_tools
    with qtbot.waitSignal(fresh.console_opened, timeout=WAIT_MS):
        QTest.keyClick(window.scan_field, Qt.Key.Key_F8)
        enter_pin(qtbot, fresh, TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)  # the PIN a trainee changed is back


def test_a_reset_refused_by_another_open_station_leaves_the_window_on_its_station(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert scan_and_wait(qtbot, window, README_ORDER).verdict is Verdict.SUCCESS
    with open_station(training=True, overrides={"printer": None}):  # `ship --training` in another process
        result = reset_and_wait(qtbot, window)
    assert result.refused is not None
    assert result.refused.code == ErrorCode.TRAINING_IN_USE
    assert result.removed == []
    assert window.station is result.station
    assert "busy" in window.verdict_panel.headline.text()
    assert scan_and_wait(qtbot, window, README_ORDER).code == ErrorCode.ALREADY_SHIPPED  # nothing was lost


def test_a_reset_that_cannot_wait_for_the_other_lanes_closes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    station = window.station
    gate = threading.Event()
    window.runner.submit(Lane.JOURNAL, lambda: gate.wait(WAIT_MS / 1000), lambda _: None, lambda _: None)
    tools = tools_of(window)
    tools.lanes_timeout = 0.05
    try:
        with qtbot.waitSignal(tools.finished, timeout=WAIT_MS) as finished:
            confirm(qtbot, tools)
    finally:
        gate.set()
    error = finished.args[0]
    assert isinstance(error, PackstationError)
    assert error.code == ErrorCode.TRAINING_IN_USE
    assert window.station is station  # never closed: attached again as it was
    assert station.paths.journal_file.is_file()
    assert scan_and_wait(qtbot, window, "SHOP-3128").verdict is Verdict.SUCCESS


def test_a_station_that_cannot_open_after_the_reset_is_shown_as_at_start(
    qtbot: QtBot, station_home: Path
) -> None:
    openings: list[int] = []

    def opener() -> AbstractContextManager[Station]:
        openings.append(len(openings))
        if len(openings) > 1:
            raise PackstationError("the disk is full", code=ErrorCode.STATION_NOT_OPEN)
        return open_station(training=True, overrides=FAST_LOOKUP)

    with StationScope(opener) as scope:
        window = MainWindow(scope.open(), sounds=RecordingSoundPlayer(), scope=scope)
        qtbot.addWidget(window, before_close_func=MainWindow.shutdown)
        window.show()
        with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
            window.start()
        with qtbot.waitSignal(window.station_failed, timeout=WAIT_MS):
            confirm(qtbot, tools_of(window))
        assert scope.station is None
        assert not window.station_open
        assert window.open_failure is not None
        assert "disk is full" in window.open_failure.message
        type_scan(qtbot, window, README_ORDER)
        [entry] = [entry for entry in window.recent_model.entries() if entry.raw == README_ORDER]
        assert entry.verdict is not None
        assert entry.verdict.verdict is Verdict.FAILED  # refused with the reason, never lost
        assert window.failure_dialog is not None
        window.failure_dialog.close()
        window.shutdown()
