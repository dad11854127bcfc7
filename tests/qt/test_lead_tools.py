"""The "Shift lead" menu of the packing window: F8 console, F9 settings, F12 lock, each behind the
PIN. A real training station (its PINs in its own folder), the real TaskRunner; no OS keyring is
needed, and a test proves training works with none."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from packstation.app.training import PINS_FILE_NAME
from packstation.paths import station_paths
from packstation.qt.console.window import ConsoleWindow
from packstation.qt.lead_mode import FirstPinDialog, PinDialog
from packstation.qt.lead_tools import LeadTools
from packstation.qt.main_window import MainWindow
from packstation.qt.settings.dialog import SettingsDialog
from packstation.station.roles import Lead, PinFile, PinStore, ScryptCost
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN
from tests.keyrings import MemoryKeyring, installed
from tests.qt import driving
from tests.qt.driving import WAIT_MS, WindowFactory

PIN = "482913"


def training_pins() -> PinStore:
    """The training station's PIN file (PACKSTATION_HOME is the test's), with a cheap hash that
    still verifies; a lead set here replaces the published first lead."""
    folder = station_paths(training=True).data_dir
    return PinStore(vault=PinFile(folder / PINS_FILE_NAME), cost=ScryptCost(n=16, r=1, p=1))


def lead_tools_of(window: MainWindow) -> LeadTools:
    assert window.lead_tools is not None
    return window.lead_tools


def enter_pin(qtbot: QtBot, tools: LeadTools, pin: str = PIN, name: str = "Sam") -> None:
    driving.enter_pin(qtbot, tools, name, pin)


def test_training_opens_f8_and_f9_with_the_published_pin_and_no_os_keyring(
    qtbot: QtBot, make_window: WindowFactory, station_home: Path
) -> None:
    with installed(fail.Keyring()) as no_keyring:  # type: ignore[no-untyped-call]
        window = make_window()
        tools = lead_tools_of(window)
        with qtbot.waitSignal(tools.console_opened, timeout=WAIT_MS):
            QTest.keyClick(window.scan_field, Qt.Key.Key_F8)
            # The PIN prompt, not the first-PIN set-up: training starts with a lead.
            enter_pin(qtbot, tools, TRAINING_LEAD_PIN, TRAINING_LEAD_NAME)
        assert tools.mode.text() == f"Shift lead: {TRAINING_LEAD_NAME}"
        with qtbot.waitSignal(tools.settings_opened, timeout=WAIT_MS):
            QTest.keyClick(window.scan_field, Qt.Key.Key_F9)  # unlocked: no second PIN
        tools.lock.lock()
        qtbot.waitUntil(lambda: tools.settings_dialog is None, timeout=WAIT_MS)
        assert isinstance(no_keyring, fail.Keyring)
    pins = station_paths(training=True).data_dir / PINS_FILE_NAME
    assert pins.is_file()
    assert TRAINING_LEAD_PIN not in pins.read_text()  # a salted hash, as in the keyring


def test_training_never_asks_for_a_first_pin(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    window = make_window()
    tools = lead_tools_of(window)
    tools.console_action.trigger()
    qtbot.waitUntil(lambda: tools.lock.dialog is not None, timeout=WAIT_MS)
    assert not isinstance(tools.lock.dialog, FirstPinDialog)
    assert isinstance(tools.lock.dialog, PinDialog)
    tools.lock.dialog.reject()
    assert memory_keyring.passwords == {}  # the OS keyring was not even read into


def test_f8_asks_the_pin_opens_the_console_and_the_lock_closes_it(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    training_pins().set_pin("Sam", PIN)
    window = make_window()
    tools = lead_tools_of(window)
    assert tools.mode.text() == "Packer mode"

    with qtbot.waitSignal(tools.console_opened, timeout=WAIT_MS) as opened:
        QTest.keyClick(window.scan_field, Qt.Key.Key_F8)
        enter_pin(qtbot, tools)
    console = opened.args[0]
    assert isinstance(console, ConsoleWindow)
    assert console.isVisible()
    assert tools.mode.text() == "Shift lead: Sam"
    assert tools.require_lead() == "Sam"

    QTest.keyClick(console, Qt.Key.Key_F12)  # an application shortcut: works from the console too

    assert not console.isVisible()
    assert tools.mode.text() == "Packer mode"
    assert tools.require_lead() is None  # an action still queued in the console is refused


def test_f9_opens_the_settings_only_for_a_lead_and_journals_who(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    training_pins().set_pin("Sam", PIN)
    window = make_window()
    tools = lead_tools_of(window)

    QTest.keyClick(window.scan_field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(tools.lock.dialog, PinDialog), timeout=WAIT_MS)
    assert tools.settings_dialog is None  # nothing opens before the PIN
    with qtbot.waitSignal(tools.settings_opened, timeout=WAIT_MS) as opened:
        enter_pin(qtbot, tools)

    assert isinstance(opened.args[0], SettingsDialog)
    audit = window.station.workflow.journal.audit_log()
    assert [(entry.actor, entry.action) for entry in audit][-1] == ("Sam", "settings_change")
    tools.lock.lock()
    qtbot.waitUntil(lambda: tools.settings_dialog is None, timeout=WAIT_MS)  # relocking closes it


def test_a_lead_gives_a_new_lead_a_pin_on_the_keyring_lane_and_changes_one_only_with_its_pin(
    qtbot: QtBot, make_window: WindowFactory, memory_keyring: MemoryKeyring
) -> None:
    training_pins().set_pin("Sam", PIN)
    window = make_window()
    tools = lead_tools_of(window)
    tools.pins_action.trigger()
    enter_pin(qtbot, tools)
    qtbot.waitUntil(lambda: tools.pin_dialog is not None, timeout=WAIT_MS)
    dialog = tools.pin_dialog
    assert dialog is not None
    assert dialog.name_field.text() == "Sam"  # your own name first: changing your PIN
    assert dialog.current_field is not None

    for field in (dialog.pin_field, dialog.repeat_field):
        QTest.keyClicks(field, "135792")  # Sam's new PIN, without Sam's current one: refused
    dialog.save_button.click()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert "current PIN" in dialog.message.text()
    assert training_pins().verify("Sam", PIN) == Lead("Sam")

    dialog.name_field.setText("Ida")  # a new lead: no current PIN to give
    for field in (dialog.pin_field, dialog.repeat_field):
        field.clear()
        QTest.keyClicks(field, PIN)  # the same PIN as Sam's: allowed, the name says whose it is
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.save_button.click()

    assert set(training_pins().leads()) == {"Sam", "Ida"}
    assert training_pins().verify("Ida", PIN) == Lead("Ida")
    audit = [(entry.actor, entry.action) for entry in window.station.workflow.journal.audit_log()]
    assert ("Sam", "lead_pin_change") in audit
    assert audit[-1] == ("Sam", "lead_pin_set")
