"""The packing screen end to end: a training-mode station on real sockets, driven by key presses.

Each test builds the window on `open_station(training=True)` (simulator + virtual printer) with
PACKSTATION_HOME in a temporary folder, types into the scan field as a wedge scanner would, and
waits on signals; nothing sleeps.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from packstation.app.station import open_station
from packstation.error_codes import ErrorCode
from packstation.journal import Stage
from packstation.qt.feedback import RecordingSoundPlayer, Sound
from packstation.qt.main_window import MainWindow
from packstation.qt.scan_queue import EntryState
from packstation.qt.tasks import Lane
from packstation.qt.widgets import VerdictPanel
from packstation.station.workflow import ScanVerdict, Verdict
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN
from packstation.training.virtual_printer import PrinterState
from tests.qt.driving import (
    FAST_LOOKUP,
    WAIT_MS,
    WindowFactory,
    scan_and_wait,
    sounds_of,
    station_of,
    type_scan,
)


def test_a_scanned_order_prints_its_label_and_turns_green(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    station, simulator, printer = station_of(window)
    order_number = simulator.shippable_order_numbers()[0]

    verdict = scan_and_wait(qtbot, window, order_number)

    [job] = printer.wait_for_jobs(1, timeout=10)
    assert job.printed
    assert job.data
    assert verdict.verdict is Verdict.SUCCESS
    assert verdict.attempt_id is not None
    assert station.workflow.journal.attempt(verdict.attempt_id).stage is Stage.PRINTED
    assert window.verdict_panel.look == "success"
    assert window.verdict_panel.order_number.text() == order_number
    assert verdict.order is not None
    assert verdict.order.recipient in window.verdict_panel.recipient.text()
    name, quantity = verdict.order.items[0]
    assert f"{quantity} × {name}" in window.verdict_panel.items.text()
    assert window.verdict_panel.tracking_number.text() == (verdict.tracking_number or "")
    assert order_number in window.verdict_panel.headline.text()
    assert sounds_of(window) == [Sound.SUCCESS]
    [row] = window.recent_model.entries()
    assert row.state is EntryState.DONE
    assert row.raw == order_number
    assert window.scan_field.text() == ""
    assert window.status.printer.text().endswith("ready")
    assert window.status.api.text().endswith("OK")
    assert window.status.queue.text() == "Idle"


def test_the_virtual_printers_label_is_previewed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _, simulator, _ = station_of(window)
    with qtbot.waitSignal(window.preview_shown, timeout=WAIT_MS):
        type_scan(qtbot, window, simulator.shippable_order_numbers()[0])
    assert window.preview is not None
    assert window.preview.image is not None
    assert window.preview.image.width() > 100


def test_an_unknown_order_is_red_with_a_message_and_the_error_sound(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)

    verdict = scan_and_wait(qtbot, window, "NOSUCHORDER4711")

    assert verdict.verdict is Verdict.FAILED
    assert verdict.code == "order_not_found"
    assert window.verdict_panel.look == "failed"
    assert "NOSUCHORDER4711" in window.verdict_panel.headline.text()
    assert sounds_of(window) == [Sound.ERROR]
    assert simulator.labels_created() == 0
    assert printer.jobs() == []


def test_already_shipped_is_amber_with_its_own_sound(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window({"scanner": {"debounce_seconds": 0}})
    _, simulator, printer = station_of(window)
    order_number = simulator.shippable_order_numbers()[0]
    assert scan_and_wait(qtbot, window, order_number).verdict is Verdict.SUCCESS

    verdict = scan_and_wait(qtbot, window, order_number)

    assert verdict.code == "already_shipped"
    assert verdict.verdict is Verdict.ATTENTION
    assert window.verdict_panel.look == "attention"
    assert sounds_of(window) == [Sound.SUCCESS, Sound.ALREADY_SHIPPED]
    assert simulator.labels_created() == 1
    assert len(printer.jobs()) == 1


def test_a_double_scan_makes_one_label(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)
    order_number = simulator.shippable_order_numbers()[0]

    type_scan(qtbot, window, order_number)
    type_scan(qtbot, window, order_number)
    qtbot.waitUntil(
        lambda: sum(entry.verdict is not None for entry in window.recent_model.entries()) == 2,
        timeout=WAIT_MS,
    )

    verdicts = [entry.verdict for entry in reversed(window.recent_model.entries())]
    codes = [v.code for v in verdicts if v is not None]
    # The debounce window (1.5 s) catches it; on a machine slow enough to outlast that, the
    # journal's already-shipped guard does. Either way: never a second label.
    assert codes[0] is None
    assert codes[1] in {"scan_duplicate", "already_shipped"}
    assert simulator.labels_created() == 1
    assert len(printer.wait_for_jobs(1)) == 1


def test_printer_out_of_paper_is_red_and_no_label_is_bought(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)
    printer.set_state(PrinterState.PAPER_OUT)

    verdict = scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0])

    assert verdict.verdict is Verdict.FAILED
    assert verdict.code == "printer_not_ready"
    assert window.verdict_panel.look == "failed"
    assert simulator.labels_created() == 0
    assert "attention" in window.status.printer.text()


def test_reprint_last_shortcut_prints_the_same_label_again(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)
    first = scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0])
    printer.wait_for_jobs(1)

    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as blocker:
        QTest.keyClick(window.scan_field, Qt.Key.Key_F5)

    reprint = blocker.args[0]
    assert isinstance(reprint, ScanVerdict)
    assert reprint.verdict is Verdict.SUCCESS
    assert reprint.parcel_id == first.parcel_id
    jobs = printer.wait_for_jobs(2)
    assert jobs[0].data == jobs[1].data
    assert simulator.labels_created() == 1


def test_reprint_after_already_shipped_prints_that_orders_label_not_the_previous_one(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Scan A, scan B, scan A again (amber): F5 must print A's label. It once printed B's, which a
    packer would have stuck on A's parcel."""
    window = make_window()
    _, simulator, printer = station_of(window)
    first_order, second_order = simulator.shippable_order_numbers()[:2]
    first = scan_and_wait(qtbot, window, first_order)
    scan_and_wait(qtbot, window, second_order)
    again = scan_and_wait(qtbot, window, first_order)
    assert again.code == "already_shipped"
    jobs = printer.wait_for_jobs(2)

    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as blocker:
        QTest.keyClick(window.scan_field, Qt.Key.Key_F5)

    reprint = blocker.args[0]
    assert reprint.verdict is Verdict.SUCCESS
    assert reprint.parcel_id == first.parcel_id
    assert window.verdict_panel.headline.text() == f"Label for {first_order} reprinted."
    panel = window.verdict_panel
    assert panel.order_number.text() == first_order
    assert panel.order_number.isVisible()
    assert not panel.recipient.isVisible()  # no empty "Ship to" row: a reprint has no address
    assert printer.wait_for_jobs(3)[2].data == jobs[0].data
    assert simulator.labels_created() == 2


def test_reprint_after_a_scan_that_made_no_label_prints_nothing(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)
    scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0])
    scan_and_wait(qtbot, window, "NOSUCHORDER4711")  # red: the last scan's order has no label

    QTest.keyClick(window.scan_field, Qt.Key.Key_F5)

    # The red verdict stands (the packer still reads why); F5 adds a note under it.
    assert window.verdict_panel.look == "failed"
    assert "No order NOSUCHORDER4711" in window.verdict_panel.headline.text()
    assert window.verdict_panel.note.text() == "Nothing to reprint yet."
    assert window.queue.last_label is None
    assert len(printer.wait_for_jobs(1)) == 1


def test_reprint_with_nothing_printed_says_so(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    QTest.keyClick(window.scan_field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.verdict_panel.note.text() == "Nothing to reprint yet."
    assert not window.verdict_panel.note.isHidden()
    assert sounds_of(window) == [Sound.ERROR]


def test_escape_clears_the_field_and_the_verdict(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    scan_and_wait(qtbot, window, "NOSUCHORDER4711")
    QTest.keyClicks(window.scan_field, "half a sca")
    QTest.keyClick(window.scan_field, Qt.Key.Key_Escape)
    assert window.scan_field.text() == ""
    assert window.verdict_panel.look == "idle"


def test_focus_returns_to_the_scan_field_after_a_click(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)

    window.recent_view.setFocus()
    QTest.mouseClick(window.recent_view.viewport(), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)


def test_focus_is_on_the_scan_field_when_the_window_is_activated_again(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)
    other = QLineEdit()  # another program's window, say: it takes the keyboard
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    window.recent_view.setFocus()  # while inactive: the window's focus widget is now the list

    window.activateWindow()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)


def test_a_scan_during_another_is_queued_and_both_run_once(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    _, simulator, printer = station_of(window)
    first, second = simulator.shippable_order_numbers()[:2]
    release = threading.Event()
    window.runner.submit(Lane.API, lambda: release.wait(10), lambda _: None, lambda _: None)  # a slow call

    type_scan(qtbot, window, first)
    type_scan(qtbot, window, second)

    states = {entry.raw: entry.state for entry in window.recent_model.entries()}
    assert states == {first: EntryState.QUEUED, second: EntryState.QUEUED}
    assert window.recent_model.outcome_text(window.recent_model.entries()[0]) == "queued"
    release.set()
    qtbot.waitUntil(lambda: len(sounds_of(window)) == 2, timeout=WAIT_MS)

    entries = window.recent_model.entries()
    assert [e.raw for e in entries] == [second, first]
    assert all(e.verdict is not None and e.verdict.verdict is Verdict.SUCCESS for e in entries)
    assert simulator.labels_created() == 2
    assert len(printer.wait_for_jobs(2)) == 2
    assert len({e.attempt_id for e in entries}) == 2


def test_only_the_last_twenty_scans_are_listed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    for number in range(22):
        window.scan(f"NOPE{number:04d}")
    qtbot.waitUntil(lambda: len(sounds_of(window)) == 22, timeout=WAIT_MS)
    entries = window.recent_model.entries()
    assert len(entries) == 20
    assert entries[0].raw == "NOPE0021"
    assert all(e.state is EntryState.DONE for e in entries)


def test_training_mode_shows_a_banner(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.banner is not None
    assert window.banner.isVisible()
    assert "TRAINING" in window.banner.text()
    assert f"Shift lead for practice: {TRAINING_LEAD_NAME}, PIN {TRAINING_LEAD_PIN}" in window.banner.text()
    assert "TRAINING" in window.status.mode.text()


def shown_text(label: QLabel) -> str:
    """What a rich-text label shows (a link's address is not shown)."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def test_a_practice_sheet_no_program_opens_is_named_with_its_path_in_the_window(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    banner = window.banner
    assert banner is not None
    sheet = window.station.barcode_sheet
    assert sheet is not None
    assert sheet.is_file()
    assert banner.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    asked: list[Path] = []

    def opens(path: Path) -> bool:
        asked.append(path)
        return True

    banner.open_file = opens  # the desktop's opener (tested for real in tests/security)
    banner.linkActivated.emit(QUrl.fromLocalFile(str(sheet)).toString())
    assert asked == [sheet]
    assert str(sheet) not in shown_text(banner)  # a viewer took it: nothing to say

    banner.open_file = lambda _path: False  # no PDF viewer on this computer
    with qtbot.waitSignal(banner.sheet_not_opened, timeout=WAIT_MS) as said:
        banner.linkActivated.emit(QUrl.fromLocalFile(str(sheet)).toString())
    assert said.args == [str(sheet)]
    assert "No program on this computer opened the practice barcodes" in shown_text(banner)
    assert str(sheet) in shown_text(banner)
    assert banner.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # to copy it


def test_focus_returns_to_the_scan_field_after_a_dialog(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)
    box = QMessageBox(QMessageBox.Icon.Information, "Note", "A dialog", parent=window)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    ok = box.button(QMessageBox.StandardButton.Ok)
    ok.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ok)  # the dialog keeps it while open

    box.accept()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan_field)


def test_start_up_recovery_lists_a_label_left_unprinted_and_f5_prints_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """Its first print may have come out, and nobody may be at the bench: recovery never prints
    unasked. It lists the label, and one key prints it."""
    window = make_window()
    station, simulator, printer = station_of(window)
    printer.drop_next_after(64)  # the label's connection is reset mid-job: made, saved, not printed
    first = scan_and_wait(qtbot, window, simulator.shippable_order_numbers()[0])
    assert first.verdict is Verdict.ATTENTION
    assert first.attempt_id is not None
    printer.clear_faults()
    jobs_before = len(printer.jobs())
    window.shutdown()

    restarted = MainWindow(station, sounds=RecordingSoundPlayer())
    qtbot.addWidget(restarted, before_close_func=MainWindow.shutdown)
    restarted.show()
    assert restarted.verdict_panel.look == "idle"
    with qtbot.waitSignal(restarted.recovery_done, timeout=WAIT_MS) as blocker:
        restarted.start()
        assert restarted.verdict_panel.headline.text().startswith("Recovering")

    [verdict] = blocker.args[0]
    assert (verdict.verdict, verdict.code) == (Verdict.ATTENTION, "label_not_printed")
    assert station.workflow.journal.attempt(first.attempt_id).stage is not Stage.PRINTED
    assert len(printer.jobs()) == jobs_before  # nothing printed unasked
    assert restarted.verdict_panel.look == "attention"
    assert "1 label" in restarted.verdict_panel.headline.text()

    with qtbot.waitSignal(restarted.verdict_shown, timeout=WAIT_MS) as reprinted:
        QTest.keyClick(restarted.scan_field, Qt.Key.Key_F5)
    assert reprinted.args[0].verdict is Verdict.SUCCESS
    assert station.workflow.journal.attempt(first.attempt_id).stage is Stage.PRINTED
    assert simulator.labels_created() == 1
    restarted.shutdown()


def test_the_window_takes_scans_before_its_station_and_ships_them_once_attached(
    qtbot: QtBot, station_home: Path
) -> None:
    window = MainWindow(sounds=RecordingSoundPlayer())
    qtbot.addWidget(window, before_close_func=MainWindow.shutdown)
    window.show()
    qtbot.waitExposed(window)
    assert window.banner is None
    assert window.preview is None
    assert window.verdict_panel.headline.text() == "Opening the station…"
    with pytest.raises(RuntimeError):
        _ = window.station
    QTest.keyClick(window.scan_field, Qt.Key.Key_F5)  # nothing to reprint: said, not crashed
    assert window.verdict_panel.look == "working"

    with open_station(training=True, overrides=FAST_LOOKUP) as station:
        assert station.simulator is not None
        assert station.virtual_printer is not None
        order_number = station.simulator.shippable_order_numbers()[0]
        type_scan(qtbot, window, order_number)
        [queued] = window.recent_model.entries()
        assert queued.state is EntryState.QUEUED

        try:
            with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as blocker:
                window.attach(station)
        finally:
            window.shutdown()  # before the station closes

        assert window.banner is not None
        assert window.banner.isVisible()
        assert window.preview is not None
        assert "TRAINING" in window.status.mode.text()
        verdict = blocker.args[0]
        assert verdict.verdict is Verdict.SUCCESS
        assert station.simulator.labels_created() == 1
        assert len(station.virtual_printer.wait_for_jobs(1)) == 1
        [done] = window.recent_model.entries()
        assert done.ticket == queued.ticket
        assert done.state is EntryState.DONE


def test_the_verdict_panel_has_a_look_for_every_verdict(qtbot: QtBot) -> None:
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    for verdict in Verdict:
        panel.show_notice(verdict, "headline")
        assert panel.look == verdict.value


def test_sign_in_headline_names_the_packer_not_a_label(qtbot: QtBot) -> None:
    from packstation.qt.wording import verdict_text

    signed = ScanVerdict(Verdict.SUCCESS, "Signed in: Sanne.", ErrorCode.SIGNED_IN, reference="Sanne")
    assert verdict_text(signed, "BADGE-A17") == "Signed in: Sanne."
