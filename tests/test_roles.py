"""Shift-lead PINs, the lock-out and the lead session, over a real in-memory keyring backend and a
real journal. Time is a parameter everywhere (`FakeClock`, the monotonic clock the lock-out is
measured on), so nothing here sleeps. The measures of issue 14 against resetting the store from the
keyring are in tests/security/test_lead_pins.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends import fail

from packstation.credentials import LEAD_PIN_SERVICE, KeyringUnavailableError
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.settings import StationSettings
from packstation.station.roles import (
    DEFAULT_COST,
    FAILURES_USER,
    PINS_USER,
    Lead,
    LeadSession,
    PinError,
    PinFile,
    PinFormatError,
    PinLockedOutError,
    PinStore,
    PrivilegedAction,
    RateLimit,
    ScryptCost,
    WrongPinError,
    hash_pin,
    pin_matches,
)
from tests.keyrings import MemoryKeyring, installed

CHEAP = ScryptCost(n=16, r=1, p=1)  # the stored format and the check are the same; only slower is left out
LIMIT = RateLimit(free_attempts=3, first_wait=30.0, max_wait=120.0)
SAM_PIN = "482913"
ALEX_PIN = "730519"


class FakeClock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(memory_keyring: MemoryKeyring, clock: FakeClock) -> PinStore:
    return PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3", "Bench 3") as opened:
        yield opened


def stored_values(keyring: MemoryKeyring) -> dict[str, str]:
    return {
        user: value for (service, user), value in keyring.passwords.items() if service == LEAD_PIN_SERVICE
    }


# --- the hash --------------------------------------------------------------------------------------


def test_the_pin_is_stored_only_as_a_salted_hash(store: PinStore, memory_keyring: MemoryKeyring) -> None:
    store.set_pin("Sam", SAM_PIN)
    values = stored_values(memory_keyring)
    assert set(values) == {PINS_USER}
    assert SAM_PIN not in values[PINS_USER]
    (record,) = json.loads(values[PINS_USER])["leads"]
    assert record["name"] == "Sam"
    assert (record["kdf"], record["n"], record["r"], record["p"]) == ("scrypt", 16, 1, 1)
    assert len(record["salt"]) >= 20  # 16 random bytes, Base64
    # the same PIN set again gets a new salt, so two stations (or two leads) never share a hash
    store.set_pin("Sam", SAM_PIN)
    (again,) = json.loads(stored_values(memory_keyring)[PINS_USER])["leads"]
    assert again["salt"] != record["salt"]
    assert again["hash"] != record["hash"]


def test_the_default_cost_is_slow_scrypt_and_travels_with_the_hash() -> None:
    stored = hash_pin(SAM_PIN)
    assert (stored["n"], stored["r"], stored["p"]) == (DEFAULT_COST.n, DEFAULT_COST.r, DEFAULT_COST.p)
    assert DEFAULT_COST.n >= 2**14
    assert pin_matches(SAM_PIN, stored)
    assert not pin_matches("482914", stored)


def test_a_hash_made_at_another_cost_still_verifies(memory_keyring: MemoryKeyring, clock: FakeClock) -> None:
    PinStore(cost=CHEAP, monotonic=clock).set_pin("Sam", SAM_PIN)
    assert PinStore(cost=ScryptCost(n=32, r=2, p=1), monotonic=clock).verify("Sam", SAM_PIN) == Lead("Sam")


@pytest.mark.parametrize("pin", ["", "123", "1234", "12345", "1234567890123", "12a456", "١٢٣٤٥٦", " 123456"])
def test_a_pin_is_six_to_twelve_ascii_digits(store: PinStore, pin: str) -> None:
    with pytest.raises(PinFormatError):
        store.set_pin("Sam", pin)


# --- who is lead -----------------------------------------------------------------------------------


def test_each_lead_has_a_pin_of_their_own(store: PinStore) -> None:
    assert not store.has_pin()
    store.set_pin("Sam", SAM_PIN)
    store.set_pin("Alex", ALEX_PIN)
    assert store.leads() == ("Sam", "Alex")
    assert store.verify("Sam", SAM_PIN) == Lead("Sam")
    assert store.verify("Alex", ALEX_PIN) == Lead("Alex")
    with pytest.raises(WrongPinError):
        store.verify("Alex", SAM_PIN)  # a PIN unlocks only in its own lead's name
    assert store.verify(" sam ", SAM_PIN) == Lead("Sam")  # the name as typed, case and spaces aside
    assert store.remove_lead("Alex") is True
    assert store.remove_lead("Alex") is False
    with pytest.raises(WrongPinError):
        store.verify("Alex", ALEX_PIN)


def test_change_needs_the_current_pin(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    with pytest.raises(WrongPinError):
        store.change_pin("Sam", "000000", "111111")
    store.change_pin("Sam", SAM_PIN, "111111")
    assert store.verify("Sam", "111111") == Lead("Sam")
    with pytest.raises(WrongPinError):
        store.verify("Sam", SAM_PIN)


def test_no_pin_set_up(store: PinStore) -> None:
    with pytest.raises(PinError) as caught:
        store.verify("Sam", "123456")
    assert caught.value.code == "pin_not_set"


def test_a_damaged_record_is_a_clear_error(store: PinStore, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(LEAD_PIN_SERVICE, PINS_USER, '{"version": 1, "leads": [{"name": "x"}]}')
    with pytest.raises(PinError) as caught:
        store.verify("x", "123456")
    assert caught.value.code == "pin_store_damaged"
    assert LEAD_PIN_SERVICE in caught.value.message


def test_no_usable_keyring_is_refused(clock: FakeClock) -> None:
    with installed(fail.Keyring()), pytest.raises(KeyringUnavailableError):  # type: ignore[no-untyped-call]
        PinStore(cost=CHEAP, monotonic=clock).set_pin("Sam", SAM_PIN)


# --- the rate limit --------------------------------------------------------------------------------


def test_wrong_pins_lock_the_entry_for_longer_each_time(store: PinStore, clock: FakeClock) -> None:
    store.set_pin("Sam", SAM_PIN)
    waits = []
    for _ in range(3):
        with pytest.raises(WrongPinError) as caught:
            store.verify("Sam", "000000")
        waits.append(caught.value.wait_seconds)
    assert waits == [0.0, 0.0, 30.0]
    # locked: not even the right PIN is checked
    with pytest.raises(PinLockedOutError) as locked:
        store.verify("Sam", SAM_PIN)
    assert locked.value.wait_seconds == 30.0
    assert locked.value.code == "pin_locked_out"
    clock.advance(29)
    assert store.lockout_remaining() == 1.0
    clock.advance(1)
    with pytest.raises(WrongPinError) as caught:
        store.verify("Sam", "000000")
    assert caught.value.wait_seconds == 60.0
    clock.advance(60)
    with pytest.raises(WrongPinError) as caught:
        store.verify("Sam", "000000")
    assert caught.value.wait_seconds == 120.0  # capped at max_wait
    clock.advance(120)
    with pytest.raises(WrongPinError) as caught:
        store.verify("Sam", "000000")
    assert caught.value.wait_seconds == 120.0
    clock.advance(120)
    assert store.verify("Sam", SAM_PIN) == Lead("Sam")
    with pytest.raises(WrongPinError) as caught:  # a right PIN starts the count again
        store.verify("Sam", "000000")
    assert caught.value.wait_seconds == 0.0


def test_the_lockout_survives_a_restart(memory_keyring: MemoryKeyring, clock: FakeClock) -> None:
    PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock).set_pin("Sam", SAM_PIN)
    for _ in range(3):  # a new process each time
        with pytest.raises(WrongPinError):
            PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock).verify("Sam", "000000")
    assert FAILURES_USER in stored_values(memory_keyring)
    clock.advance(10)
    restarted = PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock)
    with pytest.raises(PinLockedOutError) as locked:
        restarted.verify("Sam", SAM_PIN)
    assert locked.value.wait_seconds == 20.0  # the wait went on while the app was closed
    clock.advance(20)
    assert restarted.verify("Sam", SAM_PIN) == Lead("Sam")


def test_a_wait_from_before_a_reboot_cannot_lock_the_entry_for_ever(
    memory_keyring: MemoryKeyring, clock: FakeClock
) -> None:
    PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock).set_pin("Sam", SAM_PIN)
    for _ in range(3):
        with pytest.raises(WrongPinError):
            PinStore(cost=CHEAP, limit=LIMIT, monotonic=clock).verify("Sam", "000000")
    rebooted = FakeClock(start=5.0)  # the monotonic clock begins again when the computer restarts
    store = PinStore(cost=CHEAP, limit=LIMIT, monotonic=rebooted)
    assert store.lockout_remaining() == LIMIT.first_wait  # the wait starts again, once and in full
    rebooted.advance(LIMIT.first_wait)
    assert store.lockout_remaining() == 0.0


def test_a_damaged_counter_locks_rather_than_unlocks(store: PinStore, memory_keyring: MemoryKeyring) -> None:
    store.set_pin("Sam", SAM_PIN)
    memory_keyring.set_password(LEAD_PIN_SERVICE, FAILURES_USER, "not json")
    with pytest.raises(PinLockedOutError):
        store.verify("Sam", SAM_PIN)


def test_a_malformed_pin_counts_as_a_wrong_one(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    for _ in range(3):
        with pytest.raises(WrongPinError):
            store.verify("Sam", "not-a-pin")
    with pytest.raises(PinLockedOutError):
        store.verify("Sam", SAM_PIN)


# --- the session -----------------------------------------------------------------------------------


def test_unlock_says_who_is_lead_and_idle_relocks(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    session = LeadSession(store, idle_seconds=300, clock=FakeClock(0))
    assert not session.is_unlocked(now=0)
    assert session.unlock("Sam", SAM_PIN, now=10) == Lead("Sam")
    assert session.lead(now=309) == Lead("Sam")
    session.touch(now=309)  # activity: five more minutes
    assert session.is_unlocked(now=608)
    assert not session.is_unlocked(now=609)
    session.touch(now=610)  # activity after the relock does not unlock again
    assert not session.is_unlocked(now=610)


def test_the_injected_clock_drives_the_relock(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    clock = FakeClock(0)
    session = LeadSession.from_settings(store, StationSettings(auto_lock_minutes=2), clock=clock)
    assert session.idle_seconds == 120
    session.unlock("Sam", SAM_PIN)
    clock.advance(119)
    assert session.is_unlocked()
    clock.advance(1)
    assert not session.is_unlocked()


def test_lock_returns_to_packer_mode(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    session = LeadSession(store, idle_seconds=300)
    session.unlock("Sam", SAM_PIN)
    session.lock()
    assert session.lead() is None


def test_a_wrong_pin_does_not_unlock(store: PinStore) -> None:
    store.set_pin("Sam", SAM_PIN)
    session = LeadSession(store, idle_seconds=300)
    with pytest.raises(WrongPinError):
        session.unlock("Sam", "000000")
    assert not session.is_unlocked()


def test_the_first_pin_makes_its_setter_lead_and_only_once(store: PinStore) -> None:
    session = LeadSession(store, idle_seconds=300, clock=FakeClock(0))
    assert session.set_first_pin("Sam", SAM_PIN) == Lead("Sam")
    assert session.is_unlocked()
    session.lock()
    with pytest.raises(PinError) as caught:
        session.set_first_pin("Mallory", "999999")
    assert caught.value.code == "pin_exists"
    assert store.leads() == ("Sam",)


def test_privileged_actions_need_a_lead_and_are_journalled(store: PinStore, journal: Journal) -> None:
    store.set_pin("Sam", SAM_PIN)
    session = LeadSession(store, idle_seconds=300, clock=FakeClock(0))
    with pytest.raises(PackstationError) as caught:
        session.authorize(journal, PrivilegedAction.CHANGE_SETTINGS, "printer")
    assert caught.value.code == "lead_required"
    assert journal.audit_log() == ()
    before = datetime.now(UTC)
    session.unlock("Sam", SAM_PIN, now=0)
    assert session.authorize(journal, PrivilegedAction.BATCH_RETRY, "3 orders", now=250) == Lead("Sam")
    (entry,) = journal.audit_log()
    assert (entry.actor, entry.action, entry.detail, entry.station) == (
        "Sam",
        "batch_retry",
        "3 orders",
        "Bench 3",
    )
    assert entry.at >= before.replace(microsecond=0)
    # a privileged action counts as activity
    assert session.is_unlocked(now=549)
    assert session.require_lead(now=549) == Lead("Sam")
    with pytest.raises(PackstationError, match="shift lead"):
        session.require_lead(now=550)


# --- training: a PIN file of its own ----------------------------------------------------------------


def test_a_pin_file_keeps_hashes_and_the_lock_out_across_restarts_without_a_keyring(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "training" / "pins.json"
    with installed(fail.Keyring()):  # type: ignore[no-untyped-call]
        store = PinStore(vault=PinFile(path), cost=CHEAP, limit=LIMIT, monotonic=clock)
        store.set_pin("Sam", SAM_PIN)
        for _ in range(LIMIT.free_attempts):
            with pytest.raises(WrongPinError):
                store.verify("Sam", "999999")
        restarted = PinStore(vault=PinFile(path), cost=CHEAP, limit=LIMIT, monotonic=clock)
        assert restarted.leads() == ("Sam",)
        assert restarted.lockout_remaining() == LIMIT.first_wait
    entries = json.loads(path.read_text())
    assert set(entries) == {PINS_USER, FAILURES_USER}
    assert SAM_PIN not in path.read_text()


def test_a_first_lead_is_there_before_any_pin_is_set_and_only_then(tmp_path: Path) -> None:
    vault = PinFile(tmp_path / "pins.json")
    store = PinStore(vault=vault, cost=CHEAP, first_lead=("Trainer", "000000"))
    assert not (tmp_path / "pins.json").exists()  # nothing is hashed or written when it is made
    assert store.has_pin()
    assert store.verify("Trainer", "000000") == Lead("Trainer")
    with pytest.raises(PinError) as caught:
        store.set_first_pin("Sam", SAM_PIN)
    assert caught.value.code == "pin_exists"
    store.remove_lead("Trainer")
    assert not store.has_pin()  # an emptied vault is not seeded again


def test_a_damaged_pin_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "pins.json"
    path.write_text("[not json")
    with pytest.raises(PinError) as caught:
        PinStore(vault=PinFile(path), cost=CHEAP).verify("Sam", SAM_PIN)
    assert caught.value.code == "pin_store_damaged"
    assert str(path) in caught.value.message
