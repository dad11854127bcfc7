"""Lead mode on screen: the PIN dialogs and `LeadLock` over a real in-memory keyring, a real
TaskRunner and a real journal. Waits and the idle interval are parameters (milliseconds here)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from packstation.credentials import LEAD_PIN_SERVICE
from packstation.journal import Journal
from packstation.qt.lead_mode import FirstPinDialog, LeadLock, PinDialog
from packstation.qt.tasks import Lane, TaskRunner
from packstation.station.roles import (
    PINS_USER,
    Lead,
    LeadSession,
    PinStore,
    PrivilegedAction,
    RateLimit,
    ScryptCost,
    WrongPinError,
)
from tests.keyrings import MemoryKeyring, installed

CHEAP = ScryptCost(n=16, r=1, p=1)
SAM_PIN = "482913"
WAIT_MS = 10_000
LONG_IDLE_MS = 600_000  # the idle relock must not interfere unless a test asks for it


class ThreadRecordingKeyring(MemoryKeyring):
    """The in-memory keyring, noting which thread each call came from."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.current_thread().name)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.current_thread().name)
        super().set_password(service, username, password)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keyring_backend() -> Iterator[ThreadRecordingKeyring]:
    with installed(ThreadRecordingKeyring()) as backend:
        assert isinstance(backend, ThreadRecordingKeyring)
        yield backend


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def make_lock(
    runner: TaskRunner,
    *,
    idle_ms: int = LONG_IDLE_MS,
    limit: RateLimit | None = None,
    clock: FakeClock | None = None,
    with_pin: bool = True,
) -> LeadLock:
    store = PinStore(cost=CHEAP, limit=limit)
    if with_pin:
        store.set_pin("Sam", SAM_PIN)
    session = LeadSession(store, idle_seconds=900, clock=clock or FakeClock())
    return LeadLock(session, runner, idle_ms=idle_ms, tick_ms=10)


def open_pin_dialog(qtbot: QtBot, lock: LeadLock, parent: QWidget, granted: list[Lead]) -> PinDialog:
    lock.request(parent, granted.append)
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=WAIT_MS)
    assert isinstance(lock.dialog, PinDialog)
    return lock.dialog


def enter(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    QTest.keyClicks(field, text)


def unlock(qtbot: QtBot, lock: LeadLock, parent: QWidget) -> Lead:
    granted: list[Lead] = []
    dialog = open_pin_dialog(qtbot, lock, parent, granted)
    enter(qtbot, dialog.name_field, "Sam")
    enter(qtbot, dialog.pin_field, SAM_PIN)
    with qtbot.waitSignal(lock.changed, timeout=WAIT_MS) as changed:
        QTest.keyClick(dialog.pin_field, Qt.Key.Key_Return)
    assert changed.args == [True]
    qtbot.waitUntil(lambda: bool(granted), timeout=WAIT_MS)
    return granted[0]


def test_the_pin_field_is_masked_and_takes_only_digits(qtbot: QtBot) -> None:
    dialog = PinDialog()
    qtbot.addWidget(dialog)
    assert dialog.pin_field.echoMode() is QLineEdit.EchoMode.Password
    QTest.keyClicks(dialog.pin_field, "12ab3-4 5678901234")
    assert dialog.pin_field.text() == "123456789012"  # digits only, at most twelve
    entered: list[tuple[str, str]] = []
    dialog.pin_entered.connect(lambda name, pin: entered.append((name, pin)))
    enter(qtbot, dialog.name_field, "Sam")
    enter(qtbot, dialog.pin_field, "12")
    dialog.unlock_button.click()
    assert entered == []
    assert "6 to 12 digits" in dialog.message.text()


def test_a_right_pin_unlocks_and_grants_the_request(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner)
    assert not lock.is_unlocked()
    assert unlock(qtbot, lock, parent) == Lead("Sam")
    assert lock.is_unlocked()
    assert lock.dialog is None
    # in lead mode a request is granted at once, without a dialog or a keyring call
    calls = len(keyring_backend.threads)
    granted: list[Lead] = []
    lock.request(parent, granted.append)
    assert granted == [Lead("Sam")]
    assert lock.dialog is None
    assert len(keyring_backend.threads) == calls
    lock.close()


def test_requests_while_asking_share_one_dialog(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner)
    granted: list[str] = []
    lock.request(parent, lambda lead: granted.append("settings"))
    lock.request(parent, lambda lead: granted.append("batch retry"))  # before the first dialog is up
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not runner.busy(Lane.KEYRING), timeout=WAIT_MS)  # every answer is in
    assert len(parent.findChildren(PinDialog)) == 1
    dialog = lock.dialog
    assert isinstance(dialog, PinDialog)
    lock.request(parent, lambda lead: granted.append("void"))
    assert lock.dialog is dialog
    enter(qtbot, dialog.name_field, "Sam")
    enter(qtbot, dialog.pin_field, SAM_PIN)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: len(granted) == 3, timeout=WAIT_MS)
    assert granted == ["settings", "batch retry", "void"]
    lock.close()


def test_the_gui_thread_never_touches_the_keyring(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner)
    keyring_backend.threads.clear()  # setting the PIN up above ran in the test itself
    unlock(qtbot, lock, parent)
    assert keyring_backend.threads
    assert threading.main_thread().name not in keyring_backend.threads
    assert all(name.startswith("packstation-keyring") for name in keyring_backend.threads)
    lock.close()


def test_wrong_pins_then_the_lockout_counts_down_in_the_dialog(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner, limit=RateLimit(free_attempts=2, first_wait=0.2, max_wait=1.0))
    granted: list[Lead] = []
    dialog = open_pin_dialog(qtbot, lock, parent, granted)
    enter(qtbot, dialog.name_field, "Sam")
    enter(qtbot, dialog.pin_field, "000000")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong name or PIN.", timeout=WAIT_MS)
    assert dialog.pin_field.text() == ""
    enter(qtbot, dialog.pin_field, "000000")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "Try again in" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.locked_out
    assert not dialog.unlock_button.isEnabled()
    assert not dialog.pin_field.isEnabled()
    assert not dialog.name_field.isEnabled()
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=WAIT_MS)  # the wait is over
    assert "try again now" in dialog.message.text()
    enter(qtbot, dialog.pin_field, SAM_PIN)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: granted == [Lead("Sam")], timeout=WAIT_MS)
    lock.close()


def test_a_lockout_from_before_a_restart_shows_when_the_dialog_opens(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    limit = RateLimit(free_attempts=1, first_wait=600.0, max_wait=600.0)
    earlier = PinStore(cost=CHEAP, limit=limit)
    earlier.set_pin("Sam", SAM_PIN)
    with pytest.raises(WrongPinError):
        earlier.verify("Sam", "000000")  # the process that made this mistake has gone
    lock = LeadLock(LeadSession(PinStore(cost=CHEAP, limit=limit), idle_seconds=900), runner, tick_ms=10)
    dialog = open_pin_dialog(qtbot, lock, parent, [])
    qtbot.waitUntil(lambda: "Try again in" in dialog.message.text(), timeout=WAIT_MS)
    assert not dialog.unlock_button.isEnabled()
    dialog.reject()
    assert lock.dialog is None
    lock.close()


def test_idle_relocks_after_the_injected_interval(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner, idle_ms=50)
    unlock(qtbot, lock, parent)
    with qtbot.waitSignal(lock.changed, timeout=WAIT_MS) as relocked:
        pass
    assert relocked.args == [False]
    assert not lock.is_unlocked()
    assert lock.session.lead() is None
    lock.close()


def test_user_input_counts_as_activity(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    clock = FakeClock()
    lock = make_lock(runner, clock=clock)
    unlock(qtbot, lock, parent)
    lock.idle_timer.stop()
    clock.now = 899.0
    QTest.keyClick(parent, Qt.Key.Key_A)  # any key anywhere in the application
    assert lock.idle_timer.isActive()  # the idle time starts again
    clock.now = 1798.0  # 899 s after the key press: still within the session's 900 s
    assert lock.is_unlocked()
    clock.now = 1799.0
    with qtbot.waitSignal(lock.changed, timeout=WAIT_MS) as relocked:
        assert not lock.is_unlocked()
    assert relocked.args == [False]
    lock.close()


def test_lock_returns_to_packer_mode(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner)
    unlock(qtbot, lock, parent)
    with qtbot.waitSignal(lock.changed, timeout=WAIT_MS) as locked:
        lock.lock()
    assert locked.args == [False]
    assert not lock.idle_timer.isActive()
    lock.close()


def test_cancelling_drops_the_request(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner)
    granted: list[Lead] = []
    dialog = open_pin_dialog(qtbot, lock, parent, granted)
    dialog.reject()
    assert lock.dialog is None
    assert unlock(qtbot, lock, parent) == Lead("Sam")
    assert granted == []  # the cancelled request did not run when the lead unlocked later
    lock.close()


def test_a_station_without_a_pin_sets_the_first_one(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, keyring_backend: ThreadRecordingKeyring
) -> None:
    lock = make_lock(runner, with_pin=False)
    granted: list[Lead] = []
    lock.request(parent, granted.append)
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=WAIT_MS)
    dialog = lock.dialog
    assert isinstance(dialog, FirstPinDialog)
    dialog.name_field.setText("Sam")
    enter(qtbot, dialog.pin_field, "556677")
    enter(qtbot, dialog.repeat_field, "556678")
    dialog.save_button.click()
    assert "differ" in dialog.message.text()
    assert not any(service == LEAD_PIN_SERVICE for service, _ in keyring_backend.passwords)
    enter(qtbot, dialog.pin_field, "556677")
    enter(qtbot, dialog.repeat_field, "556677")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: granted == [Lead("Sam")], timeout=WAIT_MS)
    assert lock.is_unlocked()
    stored = keyring_backend.passwords[(LEAD_PIN_SERVICE, PINS_USER)]
    assert "556677" not in stored
    assert json.loads(stored)["leads"][0]["name"] == "Sam"
    lock.close()


def test_authorize_journals_who_did_it(
    qtbot: QtBot,
    runner: TaskRunner,
    parent: QWidget,
    keyring_backend: ThreadRecordingKeyring,
    tmp_path: Path,
) -> None:
    lock = make_lock(runner)
    done: list[Lead] = []
    failures: list[BaseException] = []
    with Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        lock.authorize(
            parent,
            journal,
            PrivilegedAction.CHANGE_SETTINGS,
            "printer address",
            on_granted=done.append,
            on_failure=failures.append,
        )
        qtbot.waitUntil(lambda: lock.dialog is not None, timeout=WAIT_MS)
        assert journal.audit_log() == ()  # nothing is journalled before a lead unlocked
        dialog = lock.dialog
        assert isinstance(dialog, PinDialog)
        enter(qtbot, dialog.name_field, "Sam")
        enter(qtbot, dialog.pin_field, SAM_PIN)
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: bool(done or failures), timeout=WAIT_MS)
        assert failures == []
        assert done == [Lead("Sam")]
        (entry,) = journal.audit_log()
    assert (entry.actor, entry.action, entry.detail) == ("Sam", "settings_change", "printer address")
    lock.close()


def test_no_usable_keyring_is_explained_in_the_dialog(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget
) -> None:
    with installed(fail.Keyring()):  # type: ignore[no-untyped-call]
        lock = make_lock(runner, with_pin=False)
        dialog = open_pin_dialog(qtbot, lock, parent, [])
        assert "keyring cannot be used" in dialog.message.text()
        assert "Secret Service" in dialog.message.text()
        enter(qtbot, dialog.name_field, "Sam")
        enter(qtbot, dialog.pin_field, SAM_PIN)
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: "keyring cannot be used" in dialog.message.text(), timeout=WAIT_MS)
        assert not lock.is_unlocked()
        dialog.reject()
        lock.close()
