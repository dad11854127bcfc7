"""The training scale through the packing window (`scale_url: virtual:`): a weight typed on screen
(or put on again with F6, taken off with F7) is the weight the scan flow takes; the window asks for
the parcel while the station waits on the scale, and shows the weight beside the order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from packstation.error_codes import ErrorCode
from packstation.qt.main_window import MainWindow
from packstation.station.workflow import ScanVerdict, Verdict
from tests.qt.driving import WAIT_MS, WindowFactory, scan_and_wait, station_of, type_scan

SCALE = {"scale_url": "virtual:", "scale_stability_seconds": 0.6}


def put_on(window: MainWindow, typed: str) -> None:
    control = window.training_scale
    assert control is not None
    control.field.setFocus()
    control.field.clear()
    QTest.keyClicks(control.field, typed)
    QTest.keyClick(control.field, Qt.Key.Key_Return)


def shipped(simulator: object) -> list[str]:
    return [str(o) for o in simulator.shippable_order_numbers()]  # type: ignore[attr-defined]


def test_a_typed_weight_is_sent_and_shown_beside_the_order(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(SCALE)
    station, simulator, _printer = station_of(window)
    control = window.training_scale
    assert control is not None
    assert control.isVisible()
    put_on(window, "1,25 kg")
    assert control.reading.text() == "Scale: 1.25 kg"
    qtbot.waitUntil(window.scan_field.hasFocus, timeout=WAIT_MS)  # the scanner types there again

    verdict = scan_and_wait(qtbot, window, shipped(simulator)[0])
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.order is not None
    assert str(verdict.order.weight) == "1.25 kg"
    panel = window.verdict_panel
    assert panel.weight.isVisible()
    assert panel.weight.text() == "1.25 kg · weight limit not checked"  # training names no option
    [parcel] = simulator.backend.parcels()
    assert parcel.content.weight_kg == 1.25
    assert simulator.count("PATCH", "/orders/{id}") == 1
    assert station.scale is station.virtual_scale


def test_the_window_asks_for_the_parcel_and_takes_it_when_it_is_put_on(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window({**SCALE, "scale_stability_seconds": 10})
    _station, simulator, _printer = station_of(window)
    with qtbot.waitSignal(window.weighing_started, timeout=WAIT_MS):
        type_scan(qtbot, window, shipped(simulator)[0])
    assert window.verdict_panel.look == "working"
    assert "put the parcel on the scale" in window.verdict_panel.headline.text()
    # The GUI thread is free while the station waits on the scale: the packer types the weight.
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        put_on(window, "800 g")
    verdict = shown.args[0]
    assert isinstance(verdict, ScanVerdict)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert window.verdict_panel.weight.text().startswith("800 g (0.8 kg)")


def test_the_next_parcel_is_put_on_with_f6_and_an_empty_scale_is_refused(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(SCALE)
    _station, simulator, _printer = station_of(window)
    first, second, third = shipped(simulator)[:3]
    put_on(window, "2 kg")
    assert scan_and_wait(qtbot, window, first).verdict is Verdict.SUCCESS

    # The last parcel still on the scale: its weight is not copied.
    unchanged = scan_and_wait(qtbot, window, second)
    assert unchanged.code == ErrorCode.SCALE_UNCHANGED
    assert window.verdict_panel.look == "failed"

    QTest.keyClick(window, Qt.Key.Key_F6)  # the next parcel, as heavy as the last
    assert scan_and_wait(qtbot, window, second).verdict is Verdict.SUCCESS

    QTest.keyClick(window, Qt.Key.Key_F7)  # taken off
    assert window.training_scale is not None
    assert window.training_scale.reading.text() == "Scale: empty"
    empty = scan_and_wait(qtbot, window, third)
    assert (empty.verdict, empty.code) == (Verdict.FAILED, ErrorCode.SCALE_ZERO)
    assert simulator.labels_created() == 2


def test_a_weight_without_a_unit_is_not_put_on(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(SCALE)
    put_on(window, "1.25")
    control = window.training_scale
    assert control is not None
    assert "with its unit" in control.reading.text()
    station = window.station
    assert station.virtual_scale is not None
    assert station.virtual_scale.read_now().state == "zero"


def test_no_scale_no_control(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.training_scale is None
    assert window.station.scale is None
