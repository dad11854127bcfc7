from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from packstation.journal import LATEST_VERSION, MIGRATIONS, Journal, JournalError, Migration, Stage, migrate


def _v1_journal(path: Path) -> None:
    """A journal as the first release wrote it, with a row in each table."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        migrate(connection, target=1)
        connection.execute(
            "INSERT INTO attempts (station, raw_scan, stage, reached, started_at, updated_at, "
            "order_number, integration_id, label_requested_at) "
            "VALUES ('station-1', 'WEB-9', 'label_requested', 'label_requested', "
            "'2026-01-01T08:00:00.000000+00:00', '2026-01-01T08:00:02.000000+00:00', 'WEB-9', 7, "
            "'2026-01-01T08:00:02.000000+00:00')"
        )
        connection.execute(
            "INSERT INTO attempt_events (attempt_id, seq, stage, at, duration_ms) "
            "VALUES (1, 1, 'scanned', '2026-01-01T08:00:00.000000+00:00', 0)"
        )
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        connection.close()


def test_versions_are_consecutive() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_upgrade_from_v1_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _v1_journal(path)
    with Journal.open(path, "station-1") as journal:
        assert journal.pragma("user_version") == LATEST_VERSION
        (stuck,) = journal.unsettled()
        assert (stuck.order_number, stuck.stage, stuck.purged_at) == ("WEB-9", Stage.LABEL_REQUESTED, None)
        assert [event.stage for event in journal.history(stuck.id)] == [Stage.SCANNED]
        journal.audit("support", "upgrade-check")  # a v2 table works
        assert len(journal.audit_log()) == 1


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _v1_journal(path)
    broken = (MIGRATIONS[0], Migration(2, "broken", ("CREATE TABLE audit_log (x)", "NOT SQL")))
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(connection, migrations=broken)
        assert not connection.in_transaction
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "audit_log" not in tables  # the half-applied step was rolled back
        assert connection.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1
    finally:
        connection.close()


def test_a_journal_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "station-1"):
        pass
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    finally:
        connection.close()
    with pytest.raises(JournalError) as raised:
        Journal.open(path, "station-1")
    assert raised.value.code == "journal_too_new"


def test_reopening_at_the_latest_version_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "s"):
        pass
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert migrate(connection) == LATEST_VERSION
    finally:
        connection.close()
