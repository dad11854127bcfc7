"""The settings dialog's printer tab with TSPL and EPL2 printers and calibration (issue 20): over the
training simulator and the virtual printer on loopback, as tests/qt/test_settings_dialog.py."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from packstation.printing.tspl import parse_tspl
from packstation.settings import StationSettings
from packstation.training.virtual_printer import PrinterState, VirtualPrinter
from tests.qt import test_settings_dialog as dialog_tests
from tests.qt.driving import WAIT_MS
from tests.qt.test_settings_dialog import DialogFactory, combo_values, save_and_wait, select

# The dialog's fixtures (the simulator-backed dialog, the virtual printer, the task runner).
open_dialog = dialog_tests.open_dialog
paths = dialog_tests.paths
printer = dialog_tests.printer
runner = dialog_tests.runner


def test_the_language_picker_offers_tspl_and_epl2(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    dialog = open_dialog()
    tab = dialog.printer_tab
    assert combo_values(tab.printer_language) == ["zpl", "tspl", "epl2", "escpos", "spooler"]
    assert [tab.printer_language.itemText(i) for i in range(5)][:3] == ["ZPL", "TSPL", "EPL2"]
    dialog.printer_url.setText(printer.url)
    select(tab.printer_language, "tspl")
    settings = save_and_wait(qtbot, dialog)
    assert settings.printer is not None
    assert settings.printer.language.value == "tspl"


def test_a_tspl_test_print_asks_its_status_and_scans(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    dialog = open_dialog()
    dialog.printer_url.setText(printer.url)
    select(dialog.printer_tab.printer_language, "tspl")
    with qtbot.waitSignal(dialog.test_printed, timeout=WAIT_MS) as blocker:
        dialog.test_print_button.click()
    ok, text = blocker.args
    assert ok, text
    [job] = printer.wait_for_jobs(1)
    assert job.language == "tspl"
    assert parse_tspl(job.data, dpi=203).labels == 1
    assert printer.tspl_status_queries == 2


def test_a_tspl_printer_out_of_paper_says_so(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    dialog = open_dialog(StationSettings())
    dialog.printer_url.setText(printer.url)
    select(dialog.printer_tab.printer_language, "tspl")
    with qtbot.waitSignal(dialog.test_printed, timeout=WAIT_MS) as blocker:
        dialog.test_print_button.click()
    assert blocker.args[0] is False
    assert "out of labels" in blocker.args[1]
    assert printer.jobs_received == 0


def test_calibration_is_saved_with_the_profile(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    dialog = open_dialog()
    tab = dialog.printer_tab
    assert tab.darkness.text() == "Printer's own"
    dialog.printer_url.setText(printer.url)
    select(tab.printer_language, "tspl")
    tab.printer_gap.setValue(2.5)
    tab.offset_top.setValue(1.0)
    tab.offset_left.setValue(-0.5)
    tab.darkness.setValue(9)
    tab.speed.setValue(4)
    tab.copies.setValue(2)
    saved = save_and_wait(qtbot, dialog).printer
    assert saved is not None
    assert (saved.gap_mm, saved.offset_top_mm, saved.offset_left_mm) == (2.5, 1.0, -0.5)
    assert (saved.darkness, saved.speed, saved.copies) == (9, 4, 2)
    again = open_dialog(StationSettings(printer=saved)).printer_tab
    assert (again.darkness.value(), again.speed.value(), again.copies.value()) == (9, 4, 2)


def test_calibrate_media_and_save_as_power_up_default(
    qtbot: QtBot, open_dialog: DialogFactory, printer: VirtualPrinter
) -> None:
    dialog = open_dialog()
    tab = dialog.printer_tab
    dialog.printer_url.setText(printer.url)
    tab.darkness.setValue(20)
    with qtbot.waitSignal(tab.media_calibrated, timeout=WAIT_MS) as calibrated:
        tab.calibrate_media_button.click()
    assert calibrated.args[0] is True, calibrated.args[1]
    with qtbot.waitSignal(tab.defaults_saved, timeout=WAIT_MS) as saved:
        tab.save_defaults_button.click()
    assert saved.args[0] is True, saved.args[1]
    printer.wait_for_jobs(2)
    assert (printer.media_calibrations(), printer.settings_saved()) == (1, 1)
    select(tab.printer_language, "tspl")
    tab.darkness.setValue(8)
    with qtbot.waitSignal(tab.defaults_saved, timeout=WAIT_MS) as refused:
        tab.save_defaults_button.click()
    assert refused.args[0] is False
    assert "Only ZPL printers" in refused.args[1]
