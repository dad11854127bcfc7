"""Items 3 and 4: the shift-lead PIN store cannot be reset from the keyring, and setting a PIN is
no oracle.

Item 3. Deleting the keyring's `pins` entry brought back the first-PIN set-up (whoever came next
became lead); deleting `failures` ended a lock-out, and so did moving the clock forward; a 4-digit
scrypt hash fell to an offline search in ~23 minutes. Item 4. Unlocking asked for a PIN only, so
setting a PIN another lead had was refused with "Another shift lead has this PIN", unthrottled (a
way to find every lead's PIN), and a lead could overwrite another lead's PIN by typing their name.

Everything here runs over gnome-keyring's Secret Service on a D-Bus session of its own (the backend
a Linux station uses: `secret_service`), a real journal and, for the dialogs, the real TaskRunner
lanes. scrypt is made cheap where the cost is not the point (the stored format and the check are
the same). Time is a parameter: the lock-out's monotonic clock is a `FakeClock`, except where the
real one shows that the wall clock does not count.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from packstation.app.station import Station, open_station
from packstation.credentials import LEAD_PIN_SERVICE
from packstation.error_codes import ErrorCode
from packstation.journal import Journal
from packstation.qt.lead_mode import FirstPinDialog, LeadLock, PinDialog
from packstation.qt.lead_tools import LeadTools
from packstation.qt.tasks import TaskRunner
from packstation.station.roles import (
    FAILURES_USER,
    LEDGER_FAILURES,
    LEDGER_PINS_EXIST,
    PINS_USER,
    Lead,
    LeadSession,
    PinError,
    PinFormatError,
    PinLockedOutError,
    PinStore,
    RateLimit,
    WrongPinError,
    hash_pin,
)
from tests.qt.driving import WAIT_MS, enter_pin
from tests.test_roles import ALEX_PIN, CHEAP, LIMIT, SAM_PIN, FakeClock

pytestmark = pytest.mark.keyring_real

ROOT = Path(__file__).resolve().parents[2]
WRONG_PIN = "000000"
ORACLE = "Another shift lead has this PIN"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def station(secret_service: KeyringBackend, station_home: Path) -> Iterator[Station]:
    """A station as a real one is set up: PINs in the OS keyring (Secret Service), checked against
    its journal. (Opened as training for its simulator, then without it: `Station.pin_store` then
    builds a real station's store.)"""
    with open_station(training=True, overrides={"printer": None}) as opened:
        yield dataclasses.replace(opened, simulator=None)


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def keyring_store(journal: Journal, clock: FakeClock, limit: RateLimit = LIMIT) -> PinStore:
    """What `Station.pin_store` makes (the keyring vault, the journal's facts), with cheap scrypt:
    a new one is a restarted station."""
    return PinStore(ledger=journal, cost=CHEAP, limit=limit, monotonic=clock)


def keyring_entry(user: str) -> str | None:
    return keyring.get_password(LEAD_PIN_SERVICE, user)


def delete_keyring_entry(user: str) -> None:
    """What anyone at the station's desktop can do with its keyring tool (Seahorse, Keychain)."""
    keyring.delete_password(LEAD_PIN_SERVICE, user)
    assert keyring_entry(user) is None


def fail_until_locked(store: PinStore, lead: str = "Sam") -> None:
    for _ in range(LIMIT.free_attempts):
        with pytest.raises(WrongPinError):
            store.verify(lead, WRONG_PIN)
    assert store.lockout_remaining() == LIMIT.first_wait


# --- item 3: the keyring alone cannot reset the PIN store ------------------------------------------


def test_deleting_the_pins_entry_does_not_bring_back_the_first_pin(station: Station) -> None:
    assert not station.training
    session = station.lead_session()
    assert session.set_first_pin("Sam", SAM_PIN) == Lead("Sam")  # the real scrypt cost, once
    assert station.journal.fact(LEDGER_PINS_EXIST) == "1"

    delete_keyring_entry(PINS_USER)

    restarted = station.pin_store()
    attempts: tuple[Callable[[], object], ...] = (
        restarted.has_pin,
        lambda: station.lead_session(restarted).set_first_pin("Mallory", "999999"),
        lambda: restarted.verify("Mallory", "999999"),
    )
    for attempt in attempts:
        with pytest.raises(PinError) as refused:
            attempt()
        assert refused.value.code == ErrorCode.PIN_STORE_LOST
        assert "docs/security.md" in refused.value.message  # how an administrator recovers
    assert keyring_entry(PINS_USER) is None  # Mallory's PIN went nowhere
    assert station.journal.fact(LEDGER_PINS_EXIST) == "1"


def test_with_the_pins_entry_gone_the_station_asks_for_a_pin_and_says_why(
    qtbot: QtBot, runner: TaskRunner, secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    keyring_store(journal, clock).set_first_pin("Sam", SAM_PIN)
    delete_keyring_entry(PINS_USER)
    parent = QWidget()
    qtbot.addWidget(parent)
    lock = LeadLock(LeadSession(keyring_store(journal, clock), idle_seconds=900), runner, tick_ms=10)
    lock.request(parent, lambda lead: None)
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=WAIT_MS)
    dialog = lock.dialog
    assert isinstance(dialog, PinDialog)  # never the first-PIN dialog
    assert not parent.findChildren(FirstPinDialog)
    assert "Ask an administrator" in dialog.message.text()
    dialog.reject()
    lock.close()


def test_deleting_the_failures_entry_does_not_reset_the_lock_out(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    keyring_store(journal, clock).set_pin("Sam", SAM_PIN)
    fail_until_locked(keyring_store(journal, clock))
    clock.advance(10)

    delete_keyring_entry(FAILURES_USER)

    restarted = keyring_store(journal, clock)
    with pytest.raises(PinLockedOutError) as locked:
        restarted.verify("Sam", SAM_PIN)  # not even the right PIN is checked
    assert locked.value.wait_seconds == LIMIT.first_wait - 10
    clock.advance(LIMIT.first_wait - 10)
    with pytest.raises(WrongPinError) as again:
        restarted.verify("Sam", WRONG_PIN)
    assert again.value.wait_seconds == 2 * LIMIT.first_wait  # the count went on: the 4th wrong PIN
    assert json.loads(keyring_entry(FAILURES_USER) or "{}")["failures"] == 4


@pytest.mark.parametrize("lowered", ["keyring", "journal"])
def test_the_store_counts_the_higher_of_the_keyrings_and_the_journals_failures(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock, lowered: str
) -> None:
    keyring_store(journal, clock).set_pin("Sam", SAM_PIN)
    fail_until_locked(keyring_store(journal, clock))
    cleared = json.dumps({"failures": 0})
    if lowered == "keyring":
        keyring.set_password(LEAD_PIN_SERVICE, FAILURES_USER, cleared)
    else:
        journal.set_fact(LEDGER_FAILURES, cleared)
    with pytest.raises(PinLockedOutError):
        keyring_store(journal, clock).verify("Sam", SAM_PIN)


def test_moving_the_wall_clock_forward_does_not_end_the_lock_out(
    secret_service: KeyringBackend, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = RateLimit(free_attempts=1, first_wait=600.0, max_wait=900.0)
    store = PinStore(ledger=journal, cost=CHEAP, limit=limit)  # the real monotonic clock
    store.set_pin("Sam", SAM_PIN)
    with pytest.raises(WrongPinError) as wrong:
        store.verify("Sam", WRONG_PIN)
    assert wrong.value.wait_seconds == 600.0
    a_year_later = time.time() + 365 * 86_400.0
    monkeypatch.setattr(time, "time", lambda: a_year_later)  # `date -s` a year ahead

    for checking in (store, PinStore(ledger=journal, cost=CHEAP, limit=limit)):  # and after a restart
        assert checking.lockout_remaining() > 500.0
        with pytest.raises(PinLockedOutError):
            checking.verify("Sam", SAM_PIN)


@pytest.mark.parametrize("pin", ["1234", "12345"])
def test_a_new_pin_is_at_least_six_digits(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock, pin: str
) -> None:
    store = keyring_store(journal, clock)
    with pytest.raises(PinFormatError):
        store.set_first_pin("Sam", pin)
    assert keyring_entry(PINS_USER) is None
    store.set_first_pin("Sam", SAM_PIN)
    settings: tuple[Callable[[], Lead], ...] = (
        lambda: store.set_pin("Alex", pin),
        lambda: store.set_lead_pin("Alex", pin),
        lambda: store.set_lead_pin("Sam", pin, current_pin=SAM_PIN),
        lambda: store.change_pin("Sam", SAM_PIN, pin),
    )
    for setting in settings:
        with pytest.raises(PinFormatError) as refused:
            setting()
        assert "6 to 12 digits" in refused.value.message
    assert store.leads() == ("Sam",)
    assert store.lockout_remaining() == 0.0  # a new PIN too short costs no attempt


def test_the_first_pin_dialog_refuses_fewer_than_six_digits(qtbot: QtBot) -> None:
    dialog = FirstPinDialog()
    qtbot.addWidget(dialog)
    chosen: list[tuple[str, str, str]] = []
    dialog.pin_chosen.connect(lambda name, pin, current: chosen.append((name, pin, current)))
    dialog.name_field.setText("Sam")
    for field in (dialog.pin_field, dialog.repeat_field):
        QTest.keyClicks(field, "12345")
    dialog.save_button.click()
    assert chosen == []
    assert "6 to 12 digits" in dialog.message.text()


def test_a_four_digit_pin_from_before_still_unlocks_until_it_is_changed(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    legacy = {"name": "Sam", **hash_pin("4321", cost=CHEAP)}  # as a station set up before stored it
    keyring.set_password(LEAD_PIN_SERVICE, PINS_USER, json.dumps({"version": 1, "leads": [legacy]}))
    store = keyring_store(journal, clock)
    assert store.verify("Sam", "4321") == Lead("Sam")
    assert journal.fact(LEDGER_PINS_EXIST) == "1"  # the journal learns of PINs set up before it
    with pytest.raises(PinFormatError):
        store.set_lead_pin("Sam", "8765", current_pin="4321")
    assert store.set_lead_pin("Sam", "876543", current_pin="4321") == Lead("Sam")
    with pytest.raises(WrongPinError):
        store.verify("Sam", "4321")
    assert store.verify("Sam", "876543") == Lead("Sam")


# --- item 4: unlock with a name and a PIN; a lead's PIN is theirs alone -----------------------------


def test_unlocking_needs_the_leads_name_with_their_pin_and_every_miss_counts(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    store = keyring_store(journal, clock)
    store.set_pin("Sam", SAM_PIN)
    store.set_pin("Alex", ALEX_PIN)
    for name in ("Alex", "Nobody"):  # Sam's PIN under another lead's name, or under no lead's
        with pytest.raises(WrongPinError) as wrong:
            store.verify(name, SAM_PIN)
        assert wrong.value.code == ErrorCode.PIN_WRONG
    with pytest.raises(WrongPinError) as third:
        store.verify("Sam", ALEX_PIN)
    assert third.value.wait_seconds == LIMIT.first_wait
    with pytest.raises(PinLockedOutError):
        store.verify("Sam", SAM_PIN)
    clock.advance(LIMIT.first_wait)
    assert store.verify("Sam", SAM_PIN) == Lead("Sam")


def test_two_leads_may_share_a_pin_and_each_unlocks_as_themself(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    store = keyring_store(journal, clock)
    assert store.set_lead_pin("Sam", SAM_PIN) == Lead("Sam")
    assert store.set_lead_pin("Alex", SAM_PIN) == Lead("Alex")  # no "another lead has this PIN"
    session = LeadSession(store, idle_seconds=900, clock=clock)
    assert session.unlock("Alex", SAM_PIN) == Lead("Alex")
    assert session.lead() == Lead("Alex")
    assert session.unlock("Sam", SAM_PIN) == Lead("Sam")
    assert session.lead() == Lead("Sam")
    records = json.loads(keyring_entry(PINS_USER) or "{}")["leads"]
    assert records[0]["hash"] != records[1]["hash"]  # each salted on its own


def test_changing_another_leads_pin_needs_their_pin_and_a_wrong_one_counts(
    secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    store = keyring_store(journal, clock)
    store.set_pin("Sam", SAM_PIN)
    store.set_pin("Alex", ALEX_PIN)
    with pytest.raises(PinError) as unasked:
        store.set_lead_pin("alex", "111111")  # Sam, unlocked, typing Alex's name
    assert unasked.value.code == ErrorCode.PIN_CURRENT_REQUIRED
    for _ in range(LIMIT.free_attempts):
        with pytest.raises(WrongPinError):
            store.set_lead_pin("Alex", "111111", current_pin=SAM_PIN)
    with pytest.raises(PinLockedOutError):
        store.verify("Sam", SAM_PIN)  # the lock-out is the unlock's too
    clock.advance(LIMIT.first_wait)
    assert store.verify("Alex", ALEX_PIN) == Lead("Alex")  # unchanged all along
    assert store.set_lead_pin("Alex", "111111", current_pin=ALEX_PIN) == Lead("Alex")
    assert store.verify("Alex", "111111") == Lead("Alex")


def test_the_pin_dialog_unlocks_the_lead_it_names(
    qtbot: QtBot, runner: TaskRunner, secret_service: KeyringBackend, journal: Journal, clock: FakeClock
) -> None:
    store = keyring_store(journal, clock)
    store.set_pin("Sam", SAM_PIN)
    store.set_pin("Alex", SAM_PIN)
    parent = QWidget()
    qtbot.addWidget(parent)
    lock = LeadLock(LeadSession(store, idle_seconds=900), runner, tick_ms=10)
    granted: list[Lead] = []
    lock.request(parent, granted.append)
    qtbot.waitUntil(lambda: isinstance(lock.dialog, PinDialog), timeout=WAIT_MS)
    dialog = lock.dialog
    assert isinstance(dialog, PinDialog)
    QTest.keyClicks(dialog.name_field, "Kim")
    QTest.keyClicks(dialog.pin_field, SAM_PIN)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong name or PIN.", timeout=WAIT_MS)
    dialog.name_field.clear()
    QTest.keyClicks(dialog.name_field, "Alex")
    QTest.keyClicks(dialog.pin_field, SAM_PIN)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: granted == [Lead("Alex")], timeout=WAIT_MS)
    assert lock.lead() == Lead("Alex")
    lock.close()


def test_the_set_pin_dialog_asks_for_the_current_pin_counts_misses_and_tells_no_one_elses_pin(
    qtbot: QtBot, runner: TaskRunner, station: Station, clock: FakeClock
) -> None:
    store = keyring_store(station.journal, clock)
    store.set_pin("Sam", SAM_PIN)
    store.set_pin("Alex", ALEX_PIN)
    window = QMainWindow()
    qtbot.addWidget(window)
    tools = LeadTools(window, station, runner, store=store)
    tools.pins_action.trigger()
    enter_pin(qtbot, tools, "Sam", SAM_PIN)
    qtbot.waitUntil(lambda: tools.pin_dialog is not None, timeout=WAIT_MS)
    dialog = tools.pin_dialog
    assert dialog is not None
    assert dialog.current_field is not None
    shown: list[str] = []

    def save(name: str, current: str, new: str) -> None:
        """Fill the dialog in, press Save PIN and note what it says once the keyring lane answered."""
        assert dialog is not None
        assert dialog.current_field is not None
        dialog.name_field.setText(name)
        dialog.current_field.setText(current)
        for field in (dialog.pin_field, dialog.repeat_field):
            field.setText(new)
        dialog.save_button.click()
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
        shown.append(dialog.message.text())

    save("Alex", "", SAM_PIN)  # Alex's PIN, without Alex's current one
    assert "current PIN" in shown[-1]
    for _ in range(LIMIT.free_attempts):
        save("Alex", SAM_PIN, "111111")  # a guess at Alex's PIN
    assert shown[-1] in ("Wrong name or PIN.", "Too many wrong PINs. Wait a moment, then try again.")
    assert store.lockout_remaining() == LIMIT.first_wait
    save("Alex", ALEX_PIN, "111111")  # even the right one waits now
    assert "Too many wrong PINs" in shown[-1]
    assert not any(ORACLE in text for text in shown)
    clock.advance(LIMIT.first_wait)
    assert store.verify("Alex", ALEX_PIN) == Lead("Alex")

    dialog.name_field.setText("Kim")  # a new lead with Sam's PIN: fine, and nothing said about Sam
    dialog.current_field.clear()
    for field in (dialog.pin_field, dialog.repeat_field):
        field.setText(SAM_PIN)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.save_button.click()
    assert store.verify("Kim", SAM_PIN) == Lead("Kim")
    audit = [(entry.actor, entry.action, entry.detail) for entry in station.journal.audit_log()]
    assert audit[-1] == ("Sam", "lead_pin_set", "PIN set for Kim")
    tools.close()


def test_no_text_says_that_another_lead_has_a_pin() -> None:
    assert not hasattr(ErrorCode, "PIN_TAKEN")
    texts = [*(ROOT / "packstation").rglob("*.py"), *(ROOT / "resources" / "translations").glob("*.ts")]
    assert len(texts) > 50
    assert [path for path in texts if ORACLE in path.read_text(encoding="utf-8")] == []
