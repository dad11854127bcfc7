"""Item verification on the packing screen: the checklist, its sounds and keys (issue 16).

A real training station (simulator over HTTP, virtual printer over TCP), the real window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from packstation.error_codes import ErrorCode
from packstation.qt.feedback import Sound
from packstation.qt.main_window import MainWindow
from packstation.station.workflow import Verdict
from tests.qt.driving import WAIT_MS, WindowFactory, scan_and_wait, sounds_of, station_of
from tests.qt.test_lead_tools import PIN, enter_pin, training_pins

VERIFY = {"item_verification": "on"}


def _lines(window: MainWindow, number: str) -> list[dict[str, Any]]:
    _, simulator, _ = station_of(window)
    [order] = [o for o in simulator.seed_data.orders if o["order_number"] == number]
    return list(order["order_details"]["order_items"])


def _two_line_order(window: MainWindow, skip: int = 0) -> str:
    _, simulator, _ = station_of(window)
    numbers: list[str] = [n for n in simulator.shippable_order_numbers() if len(_lines(window, n)) >= 2]
    return numbers[skip]


def _act_and_wait(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> Any:
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        QTest.keyClick(window.scan_field, key, modifier)
    return shown.args[0]


def test_the_checklist_fills_up_and_the_label_comes_with_the_last_item(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(VERIFY)
    _, simulator, printer = station_of(window)
    number = _two_line_order(window)
    opened = scan_and_wait(qtbot, window, number)
    assert opened.verdict is Verdict.PACKING
    panel = window.verdict_panel
    assert panel.checklist is not None
    assert not panel.checklist.isHidden()
    total = sum(line["quantity"] for line in _lines(window, number))
    assert panel.checklist.remaining.text() == f"{total} to go" or "to go" in panel.checklist.remaining.text()
    assert window.packing_order == number
    scans = [line["ean"] for line in _lines(window, number) for _ in range(line["quantity"])]
    for code in scans[:-1]:
        ticked = scan_and_wait(qtbot, window, code)
        assert ticked.code == ErrorCode.ITEM_PACKED
        assert panel.detail.isHidden()  # a tick is not a problem: no code to look up
    assert simulator.labels_created() == 0
    done = scan_and_wait(qtbot, window, scans[-1])
    assert done.verdict is Verdict.SUCCESS
    assert panel.checklist.isHidden()  # the green verdict with the order's details again
    assert window.packing_order is None
    assert len(printer.wait_for_jobs(1)) == 1
    assert sounds_of(window) == [Sound.ITEM] * (len(scans)) + [Sound.SUCCESS]


def test_a_wrong_item_is_red_with_its_own_sound_and_the_checklist_stays(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(VERIFY)
    number = _two_line_order(window)
    scan_and_wait(qtbot, window, number)
    wrong = scan_and_wait(qtbot, window, "5901234123457")
    assert wrong.code == ErrorCode.ITEM_NOT_IN_ORDER
    assert window.verdict_panel.look == "failed"
    assert "5901234123457" in window.verdict_panel.headline.text()
    assert "item_not_in_order" in window.verdict_panel.detail.text()
    assert window.verdict_panel.checklist is not None
    assert not window.verdict_panel.checklist.isHidden()
    assert sounds_of(window)[-1] is Sound.ITEM_REFUSED
    assert window.packing_order == number


def test_ctrl_enter_completes_without_the_rest(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(VERIFY)
    _, simulator, _ = station_of(window)
    scan_and_wait(qtbot, window, _two_line_order(window))
    done = _act_and_wait(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done.verdict is Verdict.SUCCESS
    assert simulator.labels_created() == 1


def test_where_every_item_is_required_only_a_lead_completes_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    training_pins().set_pin("Sam", PIN)
    window = make_window({"item_verification": "required"})
    _, simulator, _ = station_of(window)
    number = _two_line_order(window)
    scan_and_wait(qtbot, window, number)
    tools = window.lead_tools
    assert tools is not None

    QTest.keyClick(window.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    enter_pin(qtbot, tools)
    qtbot.waitUntil(lambda: isinstance(tools.reason_dialog, QInputDialog), timeout=WAIT_MS)
    dialog = tools.reason_dialog
    assert dialog is not None
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        dialog.setTextValue("scanner broken")
        dialog.accept()

    assert shown.args[0].verdict is Verdict.SUCCESS
    assert simulator.labels_created() == 1
    audit = station_of(window)[0].journal.audit_log()
    assert any(entry.action == "force_complete" and "scanner broken" in entry.detail for entry in audit)


def test_esc_twice_gives_the_order_up(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(VERIFY)
    number = _two_line_order(window)
    scan_and_wait(qtbot, window, number)
    QTest.keyClick(window.scan_field, Qt.Key.Key_Escape)
    assert "Esc again" in window.verdict_panel.note.text()
    given_up = _act_and_wait(qtbot, window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert given_up.code == ErrorCode.PACKING_ABANDONED
    assert window.packing_order is None


def test_another_order_parks_the_first_and_it_resumes(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(VERIFY)
    first, second = _two_line_order(window), _two_line_order(window, 1)
    scan_and_wait(qtbot, window, first)
    scan_and_wait(qtbot, window, _lines(window, first)[0]["sku"])
    scan_and_wait(qtbot, window, second)
    assert window.packing_order == second
    assert window.verdict_panel.checklist is not None
    assert first in window.verdict_panel.checklist.parked.text()
    resumed = scan_and_wait(qtbot, window, first)
    assert resumed.checklist is not None
    assert resumed.checklist.lines[0].packed == 1
    assert window.packing_order == first


def _case_of(ean: str) -> str:
    from packstation.gs1 import check_digit

    body = "1" + ean.zfill(13)[:12]
    return body + check_digit(body)


def test_every_kind_of_item_scan_through_the_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    """Over, unreadable, +N, GS1 and a case code, each as the packer's scanner sends it."""
    window = make_window(VERIFY)
    _, simulator, _ = station_of(window)
    number = next(
        n
        for n in simulator.shippable_order_numbers()
        if any(line["quantity"] >= 2 for line in _lines(window, n)) and len(_lines(window, n)) >= 2
    )
    multi = next(line for line in _lines(window, number) if line["quantity"] >= 2)
    other = next(line for line in _lines(window, number) if line is not multi)
    window.station.workflow.settings = window.station.settings.model_copy(
        update={"case_barcodes": {_case_of(multi["ean"]): multi["quantity"]}}
    )
    scan_and_wait(qtbot, window, number)

    over = scan_and_wait(qtbot, window, f"+{multi['quantity'] + 1}{multi['ean']}")
    assert over.code == ErrorCode.ITEM_OVER_SCAN
    unreadable = scan_and_wait(qtbot, window, multi["ean"][:-1] + str((int(multi["ean"][-1]) + 1) % 10))
    assert unreadable.code == ErrorCode.ITEM_UNREADABLE
    assert sounds_of(window)[-2:] == [Sound.ITEM_REFUSED, Sound.ITEM_REFUSED]
    case = scan_and_wait(qtbot, window, f"(01){_case_of(multi['ean'])}")  # the whole line at once
    assert case.code == ErrorCode.ITEM_PACKED
    assert case.checklist is not None
    assert [line.packed for line in case.checklist.lines if line.name == multi["name"]] == [multi["quantity"]]
    rest = other["quantity"]
    if rest > 1:
        counted = scan_and_wait(qtbot, window, f"+{rest - 1}{other['ean']}")
        assert counted.code == ErrorCode.ITEM_PACKED
    gs1 = scan_and_wait(qtbot, window, f"]C101{other['ean'].zfill(14)}")
    assert gs1.code == ErrorCode.ITEM_PACKED or gs1.verdict is Verdict.SUCCESS


def test_a_packer_cannot_skip_where_every_item_is_required(qtbot: QtBot, make_window: WindowFactory) -> None:
    training_pins().set_pin("Sam", PIN)
    window = make_window({"item_verification": "required"})
    _, simulator, _ = station_of(window)
    scan_and_wait(qtbot, window, _two_line_order(window))
    tools = window.lead_tools
    assert tools is not None
    QTest.keyClick(window.scan_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tools.lock.dialog is not None, timeout=WAIT_MS)
    dialog = tools.lock.dialog
    assert dialog is not None
    dialog.reject()  # the packer has no PIN
    qtbot.wait(50)
    assert window.packing_order is not None  # still open, still to be scanned
    assert simulator.labels_created() == 0
