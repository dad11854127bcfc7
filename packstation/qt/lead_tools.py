"""The shift lead's way in from the packing window: a menu and keys, each behind the PIN.

F8 opens the failed-shipments console, F9 the settings, F12 locks shift-lead mode again (the idle
timer of `LeadLock` does that too). The console and the settings close when the station relocks:
what a lead opened must not stay open for the next packer. Built once the station is open; the
packing window itself stays free of role logic.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox

from packstation.app.faces import TRAINING_LEAD_NAME, PrivilegedAction
from packstation.qt.console.window import ConsoleWindow
from packstation.qt.lead_mode import FirstPinDialog, LeadLock
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.ui_state import UI_STATE_FILE, UiState
from packstation.qt.wording import error_text

if TYPE_CHECKING:
    from packstation.app.station import Station
    from packstation.qt.console.window import ConsoleWindow
    from packstation.qt.settings.dialog import SettingsDialog
    from packstation.settings import StationSettings
    from packstation.station.roles import Lead, PinStore

log = logging.getLogger(__name__)

CONSOLE_KEY = QKeySequence(Qt.Key.Key_F8)
SETTINGS_KEY = QKeySequence(Qt.Key.Key_F9)
LOCK_KEY = QKeySequence(Qt.Key.Key_F12)


class LeadTools(QObject):
    """The "Shift lead" menu of one packing window over one open station."""

    console_opened = Signal(object)  # ConsoleWindow
    settings_opened = Signal(object)  # SettingsDialog
    settings_saved = Signal()  # a lead saved the settings: the file is a lead's from the next start

    def __init__(
        self,
        window: QMainWindow,
        station: Station,
        runner: TaskRunner,
        *,
        store: PinStore | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._station = station
        self._runner = runner
        session = station.lead_session(store)
        # Training's PIN prompt starts with its published lead's name (the banner shows both).
        first_name = TRAINING_LEAD_NAME if station.training else ""
        self.lock = LeadLock(session, runner, idle_ms=idle_ms, lead_name=first_name, parent=self)
        self.console: ConsoleWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.reason_dialog: QInputDialog | None = None  # a lead's reason to complete an order unscanned
        self.pin_dialog: FirstPinDialog | None = None
        self.saved_notice: QMessageBox | None = None  # "restart to use them", after a save
        # A change made outside the app that no lead has reviewed yet: the dialog shows it for review.
        self._unreviewed_change = station.settings_change
        self.mode = QLabel()
        self.mode.setObjectName("leadMode")
        window.statusBar().addPermanentWidget(self.mode)
        self.lock.changed.connect(self._mode_changed)
        self._mode_changed(False)

        self._retired = False
        self.menu = window.menuBar().addMenu(self.tr("&Shift lead"))
        self.console_action = self._action(self.tr("&Failed shipments…"), CONSOLE_KEY, self.open_console)
        self.settings_action = self._action(self.tr("&Settings…"), SETTINGS_KEY, self.open_settings)
        self.lock_action = self._action(self.tr("&Lock shift-lead mode"), LOCK_KEY, self.lock.lock)
        self.pins_action = QAction(self.tr("Set a lead's &PIN…"), window)
        self.pins_action.triggered.connect(self.open_pins)
        for action in (self.console_action, self.settings_action, self.pins_action, self.lock_action):
            self.menu.addAction(action)

    def _action(self, text: str, key: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)  # the key works while the menu bar is hidden, too
        return action

    def require_lead(self) -> str | None:
        """The console's check before each action: the lead's name, or None once relocked."""
        lead = self.lock.lead()
        return lead.name if lead is not None else None

    # ------------------------------------------------------------------ the console
    def open_console(self) -> None:
        self.lock.request(self._window, self._show_console)

    def _show_console(self, _lead: Lead) -> None:
        if self._retired:
            return  # granted for a station that has gone since
        if self.console is not None:
            self._raise_console(self.console)
            return
        # The remembered layout is read from disk on the journal lane, never on the GUI thread; a
        # file that cannot be read gives the default layout.
        path = self._station.paths.config_dir / UI_STATE_FILE
        self._runner.submit(
            Lane.JOURNAL,
            lambda: UiState.read(path),
            self._build_console,
            lambda error: self._build_console(UiState(path)),
        )

    def _build_console(self, ui_state: UiState) -> None:
        if self._retired:
            return  # the layout was read for a station that has gone since
        if self.console is None:
            station = self._station
            # The packing window's runner: the workflow is not thread-safe, so the console's
            # retries and reprints queue on the same API lane as the scans.
            self.console = ConsoleWindow(
                station.journal,
                station.review(),
                self._runner,
                self.require_lead,
                self._window,
                ui_state=ui_state,
            )
            self.console.setWindowFlag(Qt.WindowType.Window)  # its own window, over the packing one
            self.console_opened.emit(self.console)
        self._raise_console(self.console)

    def _raise_console(self, console: ConsoleWindow) -> None:
        console.show()
        console.raise_()
        console.activateWindow()

    # ------------------------------------------------------------------ item verification
    def force_complete(self, order_number: str, done: Callable[[str, str], None]) -> None:
        """A lead completes an order without the remaining items: PIN, then the reason, then
        `done(lead, reason)` (the workflow audits it with the reason)."""

        def ask_reason(lead: Lead) -> None:
            if self._retired:
                return  # granted for a station that has gone since
            dialog = QInputDialog(self._window)
            dialog.setWindowTitle(self.tr("Complete without scanning"))
            question = self.tr("Why is order %1 completed without scanning every item?")
            dialog.setLabelText(question.replace("%1", order_number))
            dialog.textValueSelected.connect(
                lambda reason: done(lead.name, reason) if reason.strip() else None
            )
            dialog.open()
            self.reason_dialog = dialog

        self.lock.authorize(
            self._window,
            self._station.journal,
            PrivilegedAction.FORCE_COMPLETE,
            f"order {order_number}",
            on_granted=ask_reason,
            on_failure=self._refused,
        )

    # ------------------------------------------------------------------ the settings
    def open_settings(self) -> None:
        self.lock.authorize(
            self._window,
            self._station.journal,
            PrivilegedAction.CHANGE_SETTINGS,
            "settings dialog opened",
            on_granted=self._show_settings,
            on_failure=self._refused,
        )

    def _show_settings(self, lead: Lead) -> None:
        if self._retired:
            return  # granted for a station that has gone since
        from packstation.qt.settings.dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog.for_station(
            self._station, self._runner, self._window, lead=lead.name, change=self._unreviewed_change
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.destroyed.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()
        self.settings_opened.emit(dialog)

    def _settings_closed(self) -> None:
        self.settings_dialog = None

    def _settings_saved(self, _settings: StationSettings) -> None:
        # The running station keeps the settings it opened with: a label in the making must not
        # switch printer or format halfway. A restart applies the new file.
        self._unreviewed_change = None  # reviewed: the file is the lead's now
        self.settings_saved.emit()
        if self.saved_notice is None:
            self.saved_notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Settings saved"),
                self.tr("The settings are saved. Restart Packstation to use them."),
                parent=self._window,
            )
        self.saved_notice.open()  # not exec(): the scans' results keep coming while it is up

    def _refused(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Shift lead"), error_text(error))

    # ------------------------------------------------------------------ PINs
    def open_pins(self) -> None:
        """A lead changes a lead's PIN (with that lead's current PIN) or gives a new lead one."""
        self.lock.authorize(
            self._window,
            self._station.journal,
            PrivilegedAction.MANAGE_PINS,
            "PIN dialog opened",
            on_granted=self._show_pins,
            on_failure=self._refused,
        )

    def _show_pins(self, lead: Lead) -> None:
        if self._retired:
            return  # granted for a station that has gone since
        dialog = FirstPinDialog(
            self._window,
            title=self.tr("Set a shift lead's PIN"),
            intro=self.tr(
                "Keep your own name to change your PIN, or type a new lead's name to give them one. "
                "Changing a lead's PIN needs their current PIN: a lead's PIN is theirs alone."
            ),
            ask_current_pin=True,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.name_field.setText(lead.name)
        dialog.pin_chosen.connect(lambda name, pin, current: self._save_pin(dialog, lead, name, pin, current))
        dialog.destroyed.connect(self._pins_closed)
        self.pin_dialog = dialog
        dialog.open()

    def _pins_closed(self) -> None:
        self.pin_dialog = None

    def _save_pin(self, dialog: FirstPinDialog, lead: Lead, name: str, pin: str, current: str) -> None:
        store = self.lock.session.store
        journal = self._station.journal

        def save() -> str:  # keyring lane: scrypt, the keyring and the journal, never the GUI thread
            # An existing lead's PIN changes only with their current PIN; a wrong one counts
            # towards the lock-out like a wrong PIN at unlock.
            changed = store.set_lead_pin(name, pin, current_pin=current or None)
            journal.audit(lead.name, "lead_pin_set", f"PIN set for {changed.name}")
            return changed.name

        def saved(whose: str) -> None:
            dialog.accept()
            self._window.statusBar().showMessage(self.tr("PIN saved for %1.").replace("%1", whose), 5000)

        def refused(error: BaseException) -> None:
            if dialog.current_field is not None:
                dialog.current_field.clear()
            dialog.show_error(error_text(error))

        self._runner.submit(Lane.KEYRING, save, saved, refused)

    # ------------------------------------------------------------------ lock state
    def _mode_changed(self, unlocked: bool) -> None:
        if unlocked:
            lead = self.lock.lead()
            self.mode.setText(self.tr("Shift lead: %1").replace("%1", lead.name if lead else ""))
            return
        self.mode.setText(self.tr("Packer mode"))
        # What a lead opened closes with the lead mode: the next person at the station is a packer.
        if self.console is not None:
            self.console.close()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        if self.pin_dialog is not None:
            self.pin_dialog.reject()

    def close(self) -> None:
        self.lock.close()
        if self.console is not None:
            self.console.close()

    def retire(self) -> None:
        """The station this menu works on is closing (training's practice reset): back to packer
        mode, close what a lead opened, and take the menu, its keys and the mode off the window.
        A PIN or an audit still on its way opens nothing. The window builds new tools for the
        next station; delete this object once the lanes have answered (`deleteLater`)."""
        self._retired = True
        self.lock.changed.disconnect(self._mode_changed)
        self.lock.lock()
        self.close()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        for dialog in (self.pin_dialog, self.reason_dialog):
            if dialog is not None:
                dialog.reject()
        for action in (self.console_action, self.settings_action, self.pins_action, self.lock_action):
            self._window.removeAction(action)
        self._window.menuBar().removeAction(self.menu.menuAction())
        self._window.statusBar().removeWidget(self.mode)
        self.mode.deleteLater()
