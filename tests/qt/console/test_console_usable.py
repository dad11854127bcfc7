"""Issue 13, items 8–12: the shift lead's console is usable. Texts are read whole, the panes are
resizable and remembered, every action has a key, the selection survives an action, the kinds of
failure are true, the error-code picker can be read and the export lands in the documents folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from packstation.app.station import Station
from packstation.journal import Stage
from packstation.qt.console.dialogs import FixOrderDialog, NoteDialog
from packstation.qt.console.model import Column
from packstation.qt.console.window import KEYS, ConsoleWindow
from packstation.qt.ui_state import UiState
from packstation.station.workflow import Verdict
from tests.journal import Failure
from tests.qt.console.conftest import ConsoleFactory, missing_house_number
from tests.qt.console.test_console_actions import finished, opened_dialog, select
from tests.qt.console.test_console_view import select_row
from tests.qt.driving import WAIT_MS

LONG = (
    "The carrier refused the shipment because the address could not be validated against its "
    "database of delivery points; the street, the house number and the postal code must belong "
    "to one another, and the city must be spelled as the postal service spells it. "
)


def _shown_whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


# ------------------------------------------------------------------------------------- item 8


def test_long_texts_wrap_whole_and_every_column_is_in_view(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    station.workflow.handle_scan("NO-SUCH-ORDER-LONG")
    journal = station.workflow.journal
    attempt = journal.start_attempt("SHOP-LONG")
    journal.fail(attempt, Stage.FAILED, Failure(LONG * 2, "sendcloud_carrier_refused"))
    console = make_console()
    window = console.window
    row = next(n for n, a in enumerate(window.model.loaded()) if a.raw_scan == "SHOP-LONG")
    select_row(qtbot, window, row)
    QApplication.processEvents()
    detail = window.detail
    for label in (detail.problem, detail.message, detail.heading):
        assert _shown_whole(label), label.text()[:40]
    history = detail.history
    shown_rows = history.viewport().height() // max(history.rowHeight(0), 1)
    assert shown_rows >= history.rowCount()  # no history cut to two rows
    table = window.table
    assert table.horizontalScrollBar().maximum() == 0
    message_left = table.columnViewportPosition(Column.MESSAGE)
    assert 0 <= message_left < table.viewport().width() - 100  # the message column is in view
    assert table.model().index(row, Column.MESSAGE).data(Qt.ItemDataRole.ToolTipRole) == LONG * 2


def test_the_panes_and_the_chart_are_remembered_across_openings(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory, tmp_path: Path
) -> None:
    path = tmp_path / "window-state.ini"
    console = make_console(ui_state=UiState(path))
    window = console.window
    window.side_splitter.setSizes([500, 780])
    window.detail.splitter.setSizes([100, 300, 200])
    window.show_chart(False)
    assert not window.chart.isVisible()
    QApplication.processEvents()  # the rows take the chart's room
    sides, parts = window.side_splitter.sizes(), window.detail.splitter.sizes()
    window.save_layout()
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    window.close()

    again = make_console(ui_state=UiState.read(path)).window
    QApplication.processEvents()
    assert not again.chart_action.isChecked()
    assert not again.chart.isVisible()
    assert again.side_splitter.sizes() == sides
    assert again.detail.splitter.sizes() == parts
    again.chart_action.trigger()  # the chart comes back with its key's action
    assert again.chart.isVisible()


# ------------------------------------------------------------------------------------- item 9


def test_every_action_has_a_key_and_a_mnemonic_of_its_own(make_console: ConsoleFactory) -> None:
    window = make_console().window
    actions = [action for action in window.actions_menu.actions() if not action.isSeparator()]
    actions += [action for action in window.view_menu.actions() if not action.isSeparator()]
    assert len(actions) == len(KEYS)
    keys = [action.shortcut().toString() for action in actions]
    assert all(keys)
    assert len(set(keys)) == len(keys)
    for menu in (window.actions_menu, window.view_menu):
        letters = [
            action.text().split("&", 1)[1][0].lower() for action in menu.actions() if not action.isSeparator()
        ]
        assert len(set(letters)) == len(letters), letters
    assert all(key in action.toolTip() for action, key in zip(actions, keys, strict=True))


def test_keys_act_tab_leaves_the_table_and_ctrl_enter_submits(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    station.workflow.handle_scan("NO-SUCH-ORDER-K")
    window = make_console().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    select_row(qtbot, window, 0)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert not window.table.hasFocus()  # Tab went on, not to the next cell

    with qtbot.waitSignal(window.review_actions.dialog_opened, timeout=WAIT_MS) as blocker:
        QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # Mark resolved
    dialog = blocker.args[0]
    assert isinstance(dialog, NoteDialog)
    dialog.editor.setPlainText("Customer collected it at the desk.")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    dialog.editor.setFocus()
    result = finished(
        qtbot,
        window,
        lambda: QTest.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    )
    assert result.ok, result.text


# ------------------------------------------------------------------------------------ item 10


def test_after_a_fix_the_row_stays_selected_and_shown(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    order = missing_house_number(simulator)[0]
    station.workflow.handle_scan(order)
    station.workflow.handle_scan("NO-SUCH-ORDER-F")
    window = make_console().window
    [attempt] = select(window, order)
    dialog = opened_dialog(qtbot, window, window.fix_action.trigger)
    assert isinstance(dialog, FixOrderDialog)
    dialog.address["house_number"].setText("12")
    with qtbot.waitSignal(window.detail.order_shown, timeout=WAIT_MS):
        result = finished(qtbot, window, dialog.accept)
    assert result.ok, result.text
    assert [chosen.id for chosen in window.selected_attempts()] == [attempt.id]
    assert window.detail.attempt is not None
    assert window.detail.attempt.id == attempt.id
    assert "12" in window.detail.order.toPlainText()  # the order as it is now, fixed
    assert window.retry_action.isEnabled()  # Retry is one key away


def test_after_resolving_the_detail_follows_the_selection_and_names_the_scan(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    for number in range(3):
        station.workflow.handle_scan(f"NO-SUCH-ORDER-{number}")
    console = make_console()
    window = console.window
    select_row(qtbot, window, 0)
    resolved = window.selected_attempts()[0]
    dialog = opened_dialog(qtbot, window, window.resolve_action.trigger)
    assert isinstance(dialog, NoteDialog)
    dialog.editor.setPlainText("A test label, thrown away.")
    result = finished(qtbot, window, dialog.accept)
    assert result.text == f"Marked resolved: {resolved.raw_scan}"  # not "—"
    chosen = window.selected_attempts()
    assert len(chosen) == 1
    assert chosen[0].id != resolved.id
    assert window.detail.attempt == chosen[0]


# ------------------------------------------------------------------------------------ item 11


def test_an_already_shipped_row_offers_reprint_not_retry_and_is_no_failure_in_the_chart(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    printer = station.virtual_printer
    assert simulator is not None
    assert printer is not None
    workflow = station.workflow
    order = simulator.shippable_order_numbers()[2]
    assert workflow.handle_scan(order).verdict is Verdict.SUCCESS
    assert workflow.ship_attempt(workflow.journal.start_attempt(order), order).code == "already_shipped"
    for scan in ("", "§", "<>"):  # three unreadable scans: one bar, not three
        workflow.handle_scan(scan)
    console = make_console()
    window = console.window
    if window.chart.stats is None:
        with qtbot.waitSignal(window.stats_shown, timeout=WAIT_MS):
            pass
    bars = window.chart.cause_bars()
    assert [bar.name for bar in bars] == ["Unreadable scan", "Already shipped"]
    assert bars[1].text == "1, not a failure"
    assert not bars[1].counted
    stats = window.chart.stats
    assert stats is not None
    assert stats.failure_rate == pytest.approx(3 / 4)  # 3 unreadable of 4 scans that count

    select(window, order)
    [row] = window.table.selectionModel().selectedRows()
    assert window.model.index(row.row(), Column.PROBLEM).data() == "Already shipped"
    assert not window.retry_action.isEnabled()
    assert window.reprint_action.isEnabled()
    labels, prints = simulator.labels_created(), printer.jobs_received
    result = finished(qtbot, window, window.reprint_action.trigger)
    assert result.ok, result.text
    assert simulator.labels_created() == labels
    printer.wait_for_jobs(prints + 1, timeout=10)


# ------------------------------------------------------------------------------------ item 12


def test_the_error_code_picker_names_the_codes_and_can_be_read(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    station.workflow.handle_scan("NO-SUCH-ORDER-P")
    window = make_console().window
    picker = window.filters.error_code
    wanted = "Order not found (order_not_found)"
    qtbot.waitUntil(lambda: picker.findText(wanted) > 0, timeout=WAIT_MS)
    metrics = picker.fontMetrics()
    assert picker.width() >= metrics.horizontalAdvance("Order data refused")  # no sliver
    assert picker.view().minimumWidth() >= metrics.horizontalAdvance(wanted)  # no "…" entries
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        picker.setCurrentIndex(picker.findText(wanted))
    assert window.model.filter.error_code == "order_not_found"


def test_export_proposes_the_documents_folder(
    make_console: ConsoleFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_console().window
    proposed: list[str] = []

    def ask(_parent: object, _title: str, where: str, _filter: str) -> tuple[str, str]:
        proposed.append(where)
        return "", ""  # the lead cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.export_action.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert [Path(where).parent for where in proposed] == [Path(documents)]
    assert Path(proposed[0]).name.startswith("failed-shipments-")


def test_a_console_without_remembered_layout_opens_with_the_chart(make_console: ConsoleFactory) -> None:
    window: ConsoleWindow = make_console().window
    assert window.chart_action.isChecked()
    assert window.chart.isVisible()
