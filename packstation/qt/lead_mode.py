"""Shift-lead mode on screen: the PIN dialog, the first-PIN dialog, and `LeadLock`, which unlocks
through them and locks again when nobody has touched the station for the idle time.

The one entry point for the rest of the GUI is `LeadLock.request(parent, on_granted)` (or
`LeadLock.authorize(…)`, which also journals the privileged action): in lead mode the callback runs
at once; in packer mode a dialog asks for a lead's name and PIN (or, on a station without a PIN,
for the first PIN) and the callback runs once a lead has unlocked. Every call to the PIN store (the
keyring, scrypt and the journal facts it checks them against) runs on `Lane.KEYRING`, every audit
on `Lane.JOURNAL`; the dialogs only show what comes back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.app.faces import (
    LEGACY_PIN_MIN_LENGTH,
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    AuditTrail,
    Lead,
    LeadSession,
    PinLockedOutError,
    WrongPinError,
)
from packstation.errors import PackstationError
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import error_text

log = logging.getLogger("packstation.qt.lead_mode")

# Input that counts as someone working at the station; moving the mouse alone does not.
ACTIVITY_EVENTS: Final = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
)
COUNTDOWN_TICK_MS: Final = 1000
LEAD_NAME_MAX_LENGTH: Final = 80

OnGranted = Callable[[Lead], None]


def _pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_LENGTH)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX_LENGTH}}}"), field))
    hints = Qt.InputMethodHint
    field.setInputMethodHints(hints.ImhDigitsOnly | hints.ImhSensitiveData | hints.ImhNoPredictiveText)
    return field


def _name_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setMaxLength(LEAD_NAME_MAX_LENGTH)
    return field


class PinDialog(QDialog):
    """Asks for a lead's name and PIN (the PIN masked, digits only). It checks nothing itself:
    `pin_entered` goes to `LeadLock`, which answers with `accept()`, `show_wrong()` or
    `show_locked_out()`. `lead_name`: the name to start with (the last lead to unlock here)."""

    pin_entered = Signal(str, str)  # the lead's name, the PIN

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        lead_name: str = "",
        tick_ms: int = COUNTDOWN_TICK_MS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift lead"))
        self.setModal(True)
        self._clock = clock
        self._unlock_at = 0.0
        self.prompt = QLabel(self.tr("Enter your name and your shift-lead PIN."), self)
        self.name_field = _name_field(self)
        self.name_field.setText(lead_name)
        self.pin_field = _pin_field(self)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name_field)
        form.addRow(self.tr("PIN"), self.pin_field)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button: QPushButton = self.buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.pin_field if lead_name else self.name_field).setFocus()
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)

    @property
    def locked_out(self) -> bool:
        return self._countdown.isActive()

    def set_busy(self, busy: bool) -> None:
        """While the PIN is being checked, nothing can be typed or sent twice."""
        for widget in (self.name_field, self.pin_field, self.unlock_button):
            widget.setEnabled(not busy and not self.locked_out)

    def show_wrong(self, error: WrongPinError) -> None:
        self.pin_field.clear()
        self.message.setText(error_text(error))
        self.set_busy(False)
        if error.wait_seconds > 0:
            self.show_locked_out(error.wait_seconds)
        self.pin_field.setFocus()

    def show_locked_out(self, wait_seconds: float) -> None:
        """No PIN entry for `wait_seconds`; the wait counts down on screen."""
        self.pin_field.clear()
        self._unlock_at = self._clock() + wait_seconds
        self._countdown.start()
        self._tick()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.set_busy(False)

    def _submit(self) -> None:
        name, pin = self.name_field.text().strip(), self.pin_field.text()
        if not name:
            self.message.setText(self.tr("Enter your name: the PIN is checked as yours."))
            self.name_field.setFocus()
            return
        if len(pin) < LEGACY_PIN_MIN_LENGTH:  # a PIN from before 6 digits may still be 4 or 5
            self.message.setText(
                self.tr("A PIN is %1 to %2 digits.")
                .replace("%1", str(PIN_MIN_LENGTH))
                .replace("%2", str(PIN_MAX_LENGTH))
            )
            self.pin_field.setFocus()
            return
        self.message.setText(self.tr("Checking…"))
        self.set_busy(True)
        self.pin_entered.emit(name, pin)

    def _tick(self) -> None:
        remaining = self._unlock_at - self._clock()
        if remaining <= 0:
            self._countdown.stop()
            self.message.setText(self.tr("You can try again now."))
            self.set_busy(False)
            self.pin_field.setFocus()
            return
        self.message.setText(
            self.tr("Too many wrong PINs. Try again in %1 s.").replace("%1", str(int(remaining + 0.999)))
        )
        self.set_busy(False)


class FirstPinDialog(QDialog):
    """A lead's name and a PIN typed twice: the station's first PIN, or (with `title` and `intro`)
    a lead setting a PIN for themselves or a new lead; then `ask_current_pin` adds a field for the
    lead's current PIN, which changing an existing lead's PIN needs."""

    pin_chosen = Signal(str, str, str)  # the lead's name, the new PIN, the current PIN ("": none)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro: str | None = None,
        ask_current_pin: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Set up the shift-lead PIN"))
        self.setModal(True)
        intro_label = QLabel(
            intro
            or self.tr(
                "This station has no shift-lead PIN yet. Choose one: settings, batch retries and other "
                "lead actions will ask for it."
            ),
            self,
        )
        intro_label.setWordWrap(True)
        self.name_field = _name_field(self)
        self.current_field: QLineEdit | None = _pin_field(self) if ask_current_pin else None
        self.pin_field = _pin_field(self)
        self.repeat_field = _pin_field(self)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Save PIN"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(
            self.tr("Your name") if self.current_field is None else self.tr("Lead's name"), self.name_field
        )
        if self.current_field is not None:
            form.addRow(self.tr("Current PIN (to change a PIN)"), self.current_field)
        form.addRow(
            self.tr("PIN (%1 to %2 digits)")
            .replace("%1", str(PIN_MIN_LENGTH))
            .replace("%2", str(PIN_MAX_LENGTH)),
            self.pin_field,
        )
        form.addRow(self.tr("PIN again"), self.repeat_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.name_field,
            self.current_field,
            self.pin_field,
            self.repeat_field,
            self.save_button,
        ):
            if widget is not None:
                widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.set_busy(False)

    def _submit(self) -> None:
        name, pin = self.name_field.text().strip(), self.pin_field.text()
        if not name:
            self.message.setText(self.tr("Enter your name: the journal records who did what."))
        elif len(pin) < PIN_MIN_LENGTH:
            self.message.setText(
                self.tr("A PIN is %1 to %2 digits.")
                .replace("%1", str(PIN_MIN_LENGTH))
                .replace("%2", str(PIN_MAX_LENGTH))
            )
        elif pin != self.repeat_field.text():
            self.message.setText(self.tr("The two PINs differ. Type them again."))
            self.pin_field.clear()
            self.repeat_field.clear()
        else:
            self.message.setText(self.tr("Saving…"))
            self.set_busy(True)
            current = self.current_field.text() if self.current_field is not None else ""
            self.pin_chosen.emit(name, pin, current)


class LeadLock(QObject):
    """Lead mode for one station window: unlock through a dialog, relock when idle.

    It watches the application's input (an event filter on the QApplication): a key press, click,
    wheel or touch while unlocked counts as activity and restarts the idle timer; when the timer
    runs out, the station is back in packer mode. `idle_ms` defaults to the session's idle time
    (`settings.auto_lock_minutes`); tests pass a short one. `lead_name`: the name the PIN dialog
    starts with (training's published lead); after an unlock, the name of the lead who unlocked.
    """

    changed = Signal(bool)  # True: lead mode; False: packer mode

    def __init__(
        self,
        session: LeadSession,
        runner: TaskRunner,
        *,
        idle_ms: int | None = None,
        tick_ms: int = COUNTDOWN_TICK_MS,
        lead_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.lead_name = lead_name
        self._runner = runner
        self._tick_ms = tick_ms
        self._unlocked = False
        self._pending: list[OnGranted] = []
        self.dialog: PinDialog | FirstPinDialog | None = None  # the one open, if any
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(session.idle_seconds * 1000) if idle_ms is None else idle_ms)
        self.idle_timer.timeout.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def session(self) -> LeadSession:
        return self._session

    def lead(self) -> Lead | None:
        lead = self._session.lead()
        if lead is None and self._unlocked:
            self.lock()  # the session's own clock ran out before the timer fired
        return lead

    def is_unlocked(self) -> bool:
        return self.lead() is not None

    def request(self, parent: QWidget | None, on_granted: OnGranted) -> None:
        """Run `on_granted(lead)` as a lead: at once in lead mode, else after a PIN (or the first
        PIN) was accepted. Cancelling the dialog drops the request."""
        lead = self.lead()
        if lead is not None:
            self._session.touch()
            self.idle_timer.start()
            on_granted(lead)
            return
        asking = bool(self._pending)  # a dialog is open, or about to open: one is enough
        self._pending.append(on_granted)
        if asking:
            if self.dialog is not None:
                self.dialog.raise_()
                self.dialog.activateWindow()
            return
        self._runner.submit(
            Lane.KEYRING,
            self._session.store.has_pin,
            lambda has_pin: self._open(parent, has_pin=has_pin),
            lambda error: self._open(parent, has_pin=True, error=error),
        )

    def authorize(
        self,
        parent: QWidget | None,
        journal: AuditTrail,
        action: str,
        detail: str,
        *,
        on_granted: OnGranted,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """`request`, then journal that the lead does `action` (on the journal lane) before
        `on_granted(lead)` runs the action. `on_failure`: the journal write failed, or the station
        locked itself in between."""

        def audited(_: Lead) -> None:
            self._runner.submit(
                Lane.JOURNAL, lambda: self._session.authorize(journal, action, detail), on_granted, on_failure
            )

        self.request(parent, audited)

    def lock(self) -> None:
        """Back to packer mode now (the lock button, or the idle timer)."""
        self._session.lock()
        self.idle_timer.stop()
        if self._unlocked:
            self._unlocked = False
            self.changed.emit(False)

    def close(self) -> None:
        """Stop watching input and asking for PINs (the window or its station is closing): the
        dialog open goes, and the requests waiting for a PIN are dropped, so a late answer from
        the keyring lane opens nothing."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self._pending.clear()
        if self.dialog is not None:
            self.dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._unlocked and event.type() in ACTIVITY_EVENTS:
            self._session.touch()
            self.idle_timer.start()
        return False  # only watching: the event goes on to where it was going

    # --- the dialogs -----------------------------------------------------------------------------

    def _open(self, parent: QWidget | None, *, has_pin: bool, error: BaseException | None = None) -> None:
        if not self._pending:
            return
        dialog: PinDialog | FirstPinDialog
        if has_pin:
            dialog = PinDialog(parent, lead_name=self.lead_name, tick_ms=self._tick_ms)
            dialog.pin_entered.connect(lambda name, pin: self._check(dialog, name, pin))
        else:
            dialog = FirstPinDialog(parent)
            dialog.pin_chosen.connect(lambda name, pin, _current: self._set_first(dialog, name, pin))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        if error is not None:
            log.warning("shift-lead PINs cannot be read: %s", error_text(error))
            dialog.show_error(error_text(error))
        dialog.open()
        if isinstance(dialog, PinDialog):
            self._runner.submit(
                Lane.KEYRING,
                self._session.store.lockout_remaining,
                lambda wait: dialog.show_locked_out(wait) if wait > 0 and self.dialog is dialog else None,
                lambda _: None,  # the PIN check itself reports a broken keyring
            )

    def _check(self, dialog: PinDialog, name: str, pin: str) -> None:
        self._runner.submit(
            Lane.KEYRING,
            lambda: self._session.unlock(name, pin),
            lambda lead: self._granted(dialog, lead),
            lambda error: self._refused(dialog, error),
        )

    def _set_first(self, dialog: FirstPinDialog, name: str, pin: str) -> None:
        self._runner.submit(
            Lane.KEYRING,
            lambda: self._session.set_first_pin(name, pin),
            lambda lead: self._granted(dialog, lead),
            lambda error: dialog.show_error(error_text(error)) if self.dialog is dialog else None,
        )

    def _refused(self, dialog: PinDialog, error: BaseException) -> None:
        if self.dialog is not dialog:
            return  # cancelled while the PIN was being checked
        if isinstance(error, WrongPinError):
            dialog.show_wrong(error)
        elif isinstance(error, PinLockedOutError):
            dialog.show_locked_out(error.wait_seconds)
        else:
            if not isinstance(error, PackstationError):
                log.error("checking a shift-lead PIN failed", exc_info=error)
            dialog.show_error(error_text(error))

    def _granted(self, dialog: QDialog, lead: Lead) -> None:
        # The session is unlocked even when the dialog was cancelled during the check; the
        # requests were dropped with the dialog, and the idle timer still relocks.
        self.lead_name = lead.name
        self.idle_timer.start()
        if not self._unlocked:
            self._unlocked = True
            self.changed.emit(True)
        if self.dialog is not dialog:
            return
        callbacks, self._pending = self._pending, []
        self.dialog = None
        dialog.accept()
        for callback in callbacks:
            callback(lead)

    def _cancelled(self) -> None:
        self._pending.clear()
        self.dialog = None
