"""Shared people on a real PostgreSQL (issue 19): a lead's PIN and the wrong-PIN lock-out hold at
every station, a badge added at one station signs in at another, and the warehouse is purged by one
station at a time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from packstation.app.journal_service import share_packer_changes, with_warehouse_packers
from packstation.journal import Journal, Stage
from packstation.journal.postgres import WRITE_LOCK, PostgresJournal
from packstation.sendcloud import SendcloudClient
from packstation.settings import PackerSetting, StationSettings
from packstation.station.roles import (
    LEDGER_FAILURES,
    LEDGER_PINS_EXIST,
    Lead,
    PinError,
    PinLockedOutError,
    RateLimit,
    ScryptCost,
    WrongPinError,
    shared_pin_store,
)
from packstation.training.virtual_printer import VirtualPrinter
from tests.postgres_server import PostgresServer, migrated_database
from tests.station.conftest import zpl_workflow

CHEAP = ScryptCost(n=16, r=1, p=1)
SAM_PIN = "246810"


@pytest.fixture
def warehouse_url(postgres_server: PostgresServer) -> str:
    return migrated_database(postgres_server)


@pytest.fixture
def stations(warehouse_url: str) -> Iterator[tuple[PostgresJournal, PostgresJournal]]:
    a = PostgresJournal.connect(warehouse_url, "Station A")
    b = PostgresJournal.connect(warehouse_url, "Station B")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_a_leads_pin_set_at_one_station_unlocks_at_another(
    stations: tuple[PostgresJournal, PostgresJournal],
) -> None:
    a, b = stations
    at_a, at_b = shared_pin_store(a, cost=CHEAP), shared_pin_store(b, cost=CHEAP)
    assert not at_b.has_pin()
    at_a.set_first_pin("Sam", SAM_PIN)
    assert at_b.has_pin()
    assert at_b.leads() == ("Sam",)
    assert at_b.verify("sam ", SAM_PIN) == Lead("Sam")
    with pytest.raises(PinError) as again:  # no second "first PIN" at the next bench
        at_b.set_first_pin("Kim", "135791")
    assert again.value.code == "pin_exists"
    # The hashes are in the warehouse's table, never the PIN; the ledger is the warehouse's.
    stored = a.lead_pin_entry("pins") or ""
    assert "Sam" in stored
    assert SAM_PIN not in stored
    assert b.warehouse_fact(LEDGER_PINS_EXIST) == "1"
    assert a.fact(LEDGER_PINS_EXIST) is None  # not one station's fact


def test_wrong_pins_at_one_station_lock_every_station(
    stations: tuple[PostgresJournal, PostgresJournal],
) -> None:
    a, b = stations
    limit = RateLimit(free_attempts=2, first_wait=60.0, max_wait=60.0)
    at_a = shared_pin_store(a, cost=CHEAP, limit=limit)
    at_b = shared_pin_store(b, cost=CHEAP, limit=limit)
    at_a.set_first_pin("Sam", SAM_PIN)
    with pytest.raises(WrongPinError):
        at_a.verify("Sam", "000000")
    with pytest.raises(WrongPinError) as locking:
        at_b.verify("Sam", "111111")  # the guesser moved bench: the count goes on
    assert locking.value.wait_seconds == 60.0
    with pytest.raises(PinLockedOutError):
        at_a.verify("Sam", SAM_PIN)  # not even the right PIN is checked during the wait
    assert 30.0 < at_b.lockout_remaining() <= 60.0  # on the server's clock, the same at every bench
    assert '"failures": 2' in (b.warehouse_fact(LEDGER_FAILURES) or "")


def test_a_right_pin_at_one_station_ends_the_count_for_all(
    stations: tuple[PostgresJournal, PostgresJournal],
) -> None:
    a, b = stations
    at_a, at_b = shared_pin_store(a, cost=CHEAP), shared_pin_store(b, cost=CHEAP)
    at_a.set_first_pin("Sam", SAM_PIN)
    with pytest.raises(WrongPinError):
        at_a.verify("Sam", "000000")
    assert at_b.verify("Sam", SAM_PIN) == Lead("Sam")
    assert '"failures": 0' in (a.warehouse_fact(LEDGER_FAILURES) or "")


def test_a_badge_added_at_one_station_signs_in_at_another(
    stations: tuple[PostgresJournal, PostgresJournal],
    client: SendcloudClient,
    printer: VirtualPrinter,
    tmp_path: Path,
) -> None:
    a, b = stations
    at_b = zpl_workflow(client, b, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None)
    assert at_b.handle_scan("BADGE-A17").code == "badge_unknown"
    sanne = PackerSetting(badge_id="A17", name="Sanne")
    share_packer_changes(a, (), (sanne,), "Sam")  # a lead saves the settings at station A
    signed = at_b.handle_scan("BADGE-a17\r")  # B is running: no restart, the list is read at sign-in
    assert signed.code == "signed_in"
    assert signed.reference == "Sanne"
    share_packer_changes(a, (sanne,), (), "Sam")  # and taken away again
    assert at_b.handle_scan("BADGE-A17").code == "badge_unknown"
    assert any(entry.action == "packers_change" and entry.actor == "Sam" for entry in b.audit_log())


def test_the_warehouse_list_is_the_source_and_edits_merge(
    stations: tuple[PostgresJournal, PostgresJournal],
) -> None:
    a, b = stations
    own = StationSettings(packers=(PackerSetting(badge_id="A1", name="Ann"),))
    # The first station on an empty list brings its packers; the next one's own list no longer counts.
    assert with_warehouse_packers(a, own).packers == own.packers
    other = StationSettings(packers=(PackerSetting(badge_id="B1", name="Bo"),))
    shown_at_b = with_warehouse_packers(b, other).packers
    assert shown_at_b == own.packers
    # Both stations' dialogs showed [Ann]; A adds Cas, then B renames Ann: both changes stay.
    cas = PackerSetting(badge_id="C1", name="Cas")
    share_packer_changes(a, shown_at_b, (*shown_at_b, cas), "Sam")
    share_packer_changes(b, shown_at_b, (PackerSetting(badge_id="a1", name="Anna"),), "Kim")
    assert {(p.badge_id.upper(), p.name) for p in a.shared_packers() or ()} == {("A1", "Anna"), ("C1", "Cas")}


def test_a_stations_own_journal_keeps_its_settings_packers(tmp_path: Path) -> None:
    own = StationSettings(packers=(PackerSetting(badge_id="A1", name="Ann"),))
    with Journal.open(tmp_path / "journal.sqlite3", "Station") as journal:
        assert journal.shared_packers() is None
        assert with_warehouse_packers(journal, own) is own
        share_packer_changes(journal, own.packers, (), "Sam")  # nothing shared to change
        assert journal.audit_log() == ()


def _old_attempt(journal: PostgresJournal, number: str) -> None:
    attempt = journal.start_attempt(number)
    journal.record(attempt, Stage.ORDER_FOUND, order_number=number)


def test_two_stations_purges_do_not_double_run(
    stations: tuple[PostgresJournal, PostgresJournal], warehouse_url: str
) -> None:
    a, b = stations
    for journal in stations:
        _old_attempt(journal, f"{journal.station}-1")
    later = datetime.now(UTC) + timedelta(days=1)
    first = a.purge(later)
    assert not first.skipped
    assert first.attempts == 2  # every station's rows, by the one station that purged
    second = b.purge(later + timedelta(hours=1))  # B's daily run an hour after A's
    assert second.skipped
    assert second.attempts == 0
    purges = [entry for entry in b.audit_log() if entry.action == "purge"]
    assert len(purges) == 1
    # While one station purges (holds the lock), another's purge does not wait and does nothing.
    _old_attempt(b, "B-2")
    with psycopg.connect(warehouse_url, autocommit=True) as other:
        other.execute("SELECT pg_advisory_lock(%s, 4)", (WRITE_LOCK,))
        assert b.purge(later + timedelta(days=1)).skipped
        other.execute("SELECT pg_advisory_unlock(%s, 4)", (WRITE_LOCK,))  # done (closing ends it later)
    assert b.purge(later + timedelta(days=1)).attempts == 1  # the lock is free again: B purges


def test_a_station_on_the_shared_journal_uses_the_warehouses_pins(
    stations: tuple[PostgresJournal, PostgresJournal],
    client: SendcloudClient,
    printer: VirtualPrinter,
    tmp_path: Path,
    station_home: Path,
) -> None:
    from packstation.app.station import Station
    from packstation.paths import station_paths
    from packstation.station.roles import SharedVault

    a, b = stations
    workflow = zpl_workflow(
        client, b, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None
    )
    station = Station(workflow, station_paths(training=False), None, None)
    assert station.shared
    store = station.pin_store()
    assert "table lead_pins" in SharedVault(b).describe("pins")
    shared_pin_store(a, cost=CHEAP).set_first_pin("Sam", SAM_PIN)
    assert store.leads() == ("Sam",)  # set at A, seen by B's station, no keyring involved


def test_pins_gone_from_the_shared_journal_are_lost_never_a_first_pin(
    stations: tuple[PostgresJournal, PostgresJournal], warehouse_url: str
) -> None:
    a, b = stations
    shared_pin_store(a, cost=CHEAP).set_first_pin("Sam", SAM_PIN)
    with psycopg.connect(warehouse_url, autocommit=True) as owner:
        owner.execute("DELETE FROM lead_pins")  # the owner's mistake (a station may not delete)
    with pytest.raises(PinError) as lost:
        shared_pin_store(b, cost=CHEAP).set_first_pin("Kim", "135791")
    assert lost.value.code == "pin_shared_lost"
    assert "the warehouse's facts" in lost.value.message
    assert "table lead_pins" in lost.value.message


def test_wrong_pins_at_two_benches_at_once_all_count(
    stations: tuple[PostgresJournal, PostgresJournal],
) -> None:
    import threading

    a, b = stations
    limit = RateLimit(free_attempts=100)  # no lock-out here: only the count is looked at
    cost = ScryptCost(n=2**11, r=4, p=1)  # a few milliseconds between reading and writing the count
    shared_pin_store(a, cost=cost).set_first_pin("Sam", SAM_PIN)
    stores = [shared_pin_store(journal, cost=cost, limit=limit) for journal in (a, b, a, b)]

    def guess(store: object) -> None:
        for _ in range(3):
            with pytest.raises(WrongPinError):
                store.verify("Sam", "000000")  # type: ignore[attr-defined]

    threads = [threading.Thread(target=guess, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert '"failures": 12' in (a.warehouse_fact(LEDGER_FAILURES) or "")
