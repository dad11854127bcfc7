"""Item 6: a purged note is gone from the journal's files, and retention runs while the station runs.

A lead's resolution note may name a customer. Retention cleared it from the attempt, but the audit
log (never purged) kept a copy, freed pages kept the old bytes, and purging ran only at start-up, so
a station left running never purged. The check here is the bytes of the journal's own files
(database, -wal, -shm), as anyone with a copy of them would read them.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.app.station import open_station
from packstation.errors import PackstationError
from packstation.journal import AttemptId, Journal, Stage
from packstation.journal.schema import migrate
from packstation.qt.feedback import SoundPlayer
from packstation.qt.main_window import MainWindow
from tests.qt.driving import WAIT_MS

NOTE = "Mevrouw Jansen, Kerkstraat 12 Utrecht, belde: niet thuis"


def _journal_bytes(path: Path) -> bytes:
    return b"".join(
        companion.read_bytes()
        for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
        if companion.exists()
    )


def _failed_and_resolved(journal: Journal) -> AttemptId:
    attempt = journal.start_attempt("NO-SUCH-ORDER")
    journal.fail(attempt, Stage.FAILED, PackstationError("No such order."))
    journal.resolve(attempt, "Lead Lotte", NOTE)
    return attempt


def test_a_purged_note_is_nowhere_in_the_journal_files(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "Bench 1") as journal:
        attempt = _failed_and_resolved(journal)
        [entry] = [entry for entry in journal.audit_log() if entry.action == "mark_resolved"]
        assert entry.attempt_id == attempt
        assert NOTE not in entry.detail  # the audit row points at the attempt, never copies the note
        assert journal.pragma("secure_delete") == 1
        journal.purge(datetime.now(UTC) + timedelta(days=1))
        assert journal.attempt(attempt).purged_at is not None
        assert NOTE.encode() not in _journal_bytes(path)
    assert NOTE.encode() not in _journal_bytes(path)


def test_notes_copied_into_the_audit_log_before_are_removed_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    migrate(connection, target=4)
    connection.execute(
        "INSERT INTO attempts (id, station, stage, reached, started_at, updated_at, resolution_note) "
        "VALUES (7, 'Bench 1', 'failed', 'scanned', '2026-01-01', '2026-01-01', ?)",
        (NOTE,),
    )
    for attempt in (7, 99):  # 99: an attempt a longer retention deleted since
        connection.execute(
            "INSERT INTO audit_log (at, station, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
            ("2026-01-01", "Bench 1", "Lead Lotte", "mark_resolved", f"attempt {attempt}: {NOTE}"),
        )
    connection.close()
    with Journal.open(path, "Bench 1") as journal:
        entries = journal.audit_log()
    assert [(entry.attempt_id, entry.detail) for entry in entries] == [(7, ""), (None, "")]


@pytest.mark.usefixtures("station_home")
def test_retention_runs_again_while_the_station_runs(qtbot: QtBot) -> None:
    with open_station(training=True) as station, SoundPlayer(launcher=None) as sounds:
        window = MainWindow(sounds=sounds, retention_interval_ms=50)
        qtbot.addWidget(window)
        try:
            window.attach(station)

            def purged_three_times() -> None:
                assert [entry.action for entry in station.journal.audit_log()].count("purge") >= 3

            qtbot.waitUntil(purged_three_times, timeout=WAIT_MS)
        finally:
            window.shutdown()
