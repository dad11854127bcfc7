"""A scanner's burst typed while a dialog has the keyboard goes to the scan queue (issue 13, §7)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from packstation.qt.scanner_burst import ScannerBurstFilter, mark_scan_target
from tests.qt.driving import WAIT_MS, WindowFactory, station_of


class SteppingClock:
    """Each reading is `step` seconds after the last: a person's pace or a scanner's."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.now = 0.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[QLineEdit]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    line = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(line)
    dialog.show()
    qtbot.waitExposed(dialog)
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    yield line  # the dialog (its parent) lives until the test is done
    dialog.close()


def _filter(clock: SteppingClock, bursts: list[str]) -> ScannerBurstFilter:
    burst_filter = ScannerBurstFilter(bursts.append, burst_ms=30, is_scan_target=lambda _: False, clock=clock)
    QApplication.instance().installEventFilter(burst_filter)  # type: ignore[union-attr]
    return burst_filter


def test_a_burst_ending_in_enter_is_a_scan_and_never_reaches_the_field(field: QLineEdit) -> None:
    bursts: list[str] = []
    burst_filter = _filter(SteppingClock(0.002), bursts)
    try:
        QTest.keyClicks(field, "SHOP-3127")
        QTest.keyClick(field, Qt.Key.Key_Return)
    finally:
        QApplication.instance().removeEventFilter(burst_filter)  # type: ignore[union-attr]
    assert bursts == ["SHOP-3127"]
    assert field.text() == ""


def test_a_person_typing_gets_every_key_in_order(qtbot: QtBot, field: QLineEdit) -> None:
    bursts: list[str] = []
    burst_filter = _filter(SteppingClock(0.12), bursts)
    try:
        QTest.keyClicks(field, "1234")
        qtbot.waitUntil(lambda: field.text() == "1234", timeout=WAIT_MS)
        QTest.keyClick(field, Qt.Key.Key_Return)
    finally:
        QApplication.instance().removeEventFilter(burst_filter)  # type: ignore[union-attr]
    assert bursts == []


def test_three_fast_keys_and_enter_are_not_a_scan(field: QLineEdit) -> None:
    bursts: list[str] = []
    burst_filter = _filter(SteppingClock(0.002), bursts)
    try:
        QTest.keyClicks(field, "123")
        QTest.keyClick(field, Qt.Key.Key_Return)
    finally:
        QApplication.instance().removeEventFilter(burst_filter)  # type: ignore[union-attr]
    assert bursts == []
    assert field.text() == "123"


def test_a_scan_target_gets_the_burst_itself(field: QLineEdit) -> None:
    mark_scan_target(field)
    bursts: list[str] = []
    burst_filter = _filter(SteppingClock(0.002), bursts)
    try:
        QTest.keyClicks(field, "BADGE-A17")
    finally:
        QApplication.instance().removeEventFilter(burst_filter)  # type: ignore[union-attr]
    assert bursts == []
    assert field.text() == "BADGE-A17"


def test_a_scan_typed_into_the_lead_pin_dialog_is_shipped(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window({"scanner": {"burst_ms": 30}})
    _, simulator, _ = station_of(window)
    tools = window.lead_tools
    assert tools is not None
    tools.open_console()  # asks for a PIN first
    qtbot.waitUntil(lambda: tools.lock.dialog is not None, timeout=WAIT_MS)
    dialog = tools.lock.dialog
    assert dialog is not None
    field = dialog.pin_field
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=WAIT_MS)
    number = simulator.shippable_order_numbers()[0]

    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        QTest.keyClicks(field, number)
        QTest.keyClick(field, Qt.Key.Key_Return)

    assert shown.args[0].order.order_number == number
    assert field.text() == ""
    assert dialog.isVisible()  # the scan did not submit (or close) the lead's dialog
    assert simulator.labels_created() == 1
