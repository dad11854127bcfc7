"""Schema 3: failures resolved from the console (with a note) and retries linked to their original."""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import (
    CSV_COLUMNS,
    LATEST_VERSION,
    AttemptFilter,
    AttemptId,
    Journal,
    JournalError,
    Packer,
    Stage,
    migrate,
)
from tests.journal import SHIFT_START, Failure, FakeClock
from tests.journal.conftest import OpenJournal

FAILED_VIEW = AttemptFilter(troubles_only=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(open_journal: OpenJournal, clock: FakeClock) -> Iterator[Journal]:
    with open_journal("Bench 1", clock=clock) as opened:
        yield opened


def _failed(journal: Journal, number: str, code: str = "sendcloud_carrier_refused") -> AttemptId:
    attempt = journal.start_attempt(number, Packer("A17", "Sanne"))
    journal.record(attempt, Stage.ORDER_FOUND, order_number=number, integration_id=817)
    journal.fail(attempt, Stage.FAILED, Failure("Refused.", code))
    return attempt


def _saved_not_printed(journal: Journal, number: str, parcel: int) -> AttemptId:
    attempt = journal.start_attempt(number)
    journal.record(attempt, Stage.ORDER_FOUND, order_number=number, integration_id=817)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=parcel)
    journal.record(attempt, Stage.LABEL_SAVED, label_path=Path(f"/labels/{number}.zpl"), label_sha256="ab")
    journal.fail(attempt, Stage.FAILED, PackstationError("Paper out.", code=ErrorCode.PRINT_FAILED))
    return attempt


def test_resolving_keeps_stage_and_error_and_leaves_the_failed_view(
    journal: Journal, clock: FakeClock
) -> None:
    kept, resolved = _failed(journal, "WEB-1"), _failed(journal, "WEB-2", "order_not_found")
    clock.advance(90)
    after = journal.resolve(resolved, "Lead Lotte", "  Shop cancelled it.  ")
    assert (after.stage, after.error_code) == (Stage.FAILED, "order_not_found")
    assert after.resolved_at == clock.now
    assert (after.resolved_by, after.resolution_note) == ("Lead Lotte", "Shop cancelled it.")
    assert after.is_resolved
    assert [a.id for a in journal.attempts(FAILED_VIEW)] == [kept]
    assert journal.count(FAILED_VIEW) == 1
    assert (
        journal.count(AttemptFilter(stages=(Stage.FAILED,))) == 2
    )  # an explicit stage filter still finds it
    stats = journal.stats(SHIFT_START, clock.now)
    assert stats.failed == 2  # resolving a failure does not make it a success
    [entry] = journal.audit_log()
    assert (entry.actor, entry.action, entry.at) == ("Lead Lotte", "mark_resolved", clock.now)
    # The note stays on the attempt (retention clears it there); the audit row only points at it.
    assert (entry.attempt_id, entry.detail) == (resolved, "")


def test_resolving_refuses_no_note_twice_and_non_failures(journal: Journal) -> None:
    attempt = _failed(journal, "WEB-3")
    with pytest.raises(JournalError) as empty:
        journal.resolve(attempt, "Lead", " \n")
    assert empty.value.code == "resolution_note_missing"
    journal.resolve(attempt, "Lead", "Done.")
    with pytest.raises(JournalError) as twice:
        journal.resolve(attempt, "Other", "Again.")
    assert twice.value.code == "already_resolved"
    assert journal.attempt(attempt).resolution_note == "Done."
    scanned = journal.start_attempt("WEB-4")
    with pytest.raises(JournalError) as healthy:
        journal.resolve(scanned, "Lead", "Nothing wrong.")
    assert healthy.value.code == "not_a_failure"
    with pytest.raises(JournalError) as unknown:
        journal.resolve(AttemptId(999), "Lead", "Who?")
    assert unknown.value.code == "journal_unknown_attempt"
    assert [entry.action for entry in journal.audit_log()] == ["mark_resolved"]


def test_a_retry_is_linked_and_resolves_its_original_in_one_step(journal: Journal) -> None:
    original = _failed(journal, "WEB-5")
    retry = journal.start_attempt("WEB-5", Packer("A17", "Sanne"), retry_of=original, actor="Lead Lotte")
    assert journal.attempt(retry).retry_of == original
    resolved = journal.attempt(original)
    assert resolved.resolved_by == "Lead Lotte"
    assert resolved.resolution_note == f"retried as attempt {retry}"
    assert journal.retries_of(original) == (journal.attempt(retry),)
    assert [event.fields.get("retry_of") for event in journal.history(retry)] == [original]
    assert [a.id for a in journal.attempts(FAILED_VIEW)] == []  # the retry is at `scanned`, not a trouble
    journal.fail(retry, Stage.FAILED, Failure("Refused again.", ErrorCode.SENDCLOUD_CARRIER_REFUSED))
    assert [a.id for a in journal.attempts(FAILED_VIEW)] == [retry]  # only the newest try shows
    with pytest.raises(JournalError):
        journal.start_attempt("WEB-6", retry_of=AttemptId(999))


def test_a_resolved_label_is_not_printed_again_by_recovery(journal: Journal) -> None:
    printed_elsewhere = _saved_not_printed(journal, "WEB-7", 400_000_007)
    waiting = _saved_not_printed(journal, "WEB-8", 400_000_008)
    assert [a.id for a in journal.unprinted()] == [printed_elsewhere, waiting]
    journal.resolve(printed_elsewhere, "Lead", "Printed on the spare printer.")
    assert [a.id for a in journal.unprinted()] == [waiting]
    assert journal.label_for_order("WEB-7", 817) is not None  # still guards against a second label


def test_csv_export_carries_the_resolution(journal: Journal) -> None:
    attempt = _failed(journal, "WEB-9")
    journal.resolve(attempt, "Lead", "=HYPERLINK(1)")
    stream = io.StringIO(newline="")
    journal.export_csv(None, stream)
    header, row = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(header) == CSV_COLUMNS
    values = dict(zip(header, row, strict=True))
    assert values["resolved_by"] == "Lead"
    assert values["resolution_note"] == "'=HYPERLINK(1)"  # CSV injection guarded as for every text cell
    assert values["retry_of"] == ""


def test_retention_clears_the_note_and_keeps_who_resolved(journal: Journal, clock: FakeClock) -> None:
    attempt = _failed(journal, "WEB-10")
    journal.resolve(attempt, "Lead", "Customer Jan de Vries, Dorpsstraat 1, collects it.")
    clock.advance(3600)
    journal.purge(clock.now)
    purged = journal.attempt(attempt)
    assert purged.resolution_note is None  # a lead's note may name a customer
    assert purged.resolved_by == "Lead"
    assert purged.resolved_at is not None


def test_upgrade_from_v2_adds_the_columns_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        migrate(connection, target=2)
        connection.execute(
            "INSERT INTO attempts (station, stage, reached, started_at, updated_at, order_number, "
            "error_code) VALUES ('Bench 1', 'failed', 'order_found', '2026-01-01T08:00:00.000000+00:00', "
            "'2026-01-01T08:00:01.000000+00:00', 'WEB-11', 'sendcloud_carrier_refused')"
        )
    finally:
        connection.close()
    with Journal.open(path, "Bench 1") as journal:
        assert journal.pragma("user_version") == LATEST_VERSION >= 3
        [old] = journal.attempts(FAILED_VIEW)
        assert (old.order_number, old.resolved_at, old.retry_of) == ("WEB-11", None, None)
        journal.resolve(old.id, "Lead", "Old failure, checked.")
        assert journal.attempts(FAILED_VIEW) == ()
