from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import (
    LATEST_VERSION,
    AttemptFilter,
    AttemptId,
    AttemptOrder,
    Journal,
    JournalError,
    Packer,
    Stage,
)
from packstation.sendcloud import ApiErrorDetail, BadRequestError, LabelOutcomeUnknownError, OrderSelector
from tests.journal import SHIFT_START, Failure, FakeClock
from tests.journal.conftest import OpenJournal

ANNA = Packer("B-0042", "Anna")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(open_journal: OpenJournal, clock: FakeClock) -> Iterator[Journal]:
    with open_journal("station-1", clock=clock) as opened:
        yield opened


@pytest.fixture
def sqlite_journal(tmp_path: Path, clock: FakeClock) -> Iterator[Journal]:
    """For what only SQLite has: PRAGMAs, its query planner."""
    with Journal.open(tmp_path / "journal.sqlite3", "station-1", clock=clock) as opened:
        yield opened


def ship(journal: Journal, clock: FakeClock, order_number: str = "WEB-1", parcel_id: int = 501) -> AttemptId:
    """One attempt through the whole happy path, 1 s per step (2.5 s for the label call)."""
    attempt = journal.start_attempt(order_number, ANNA, "zebra-1")
    clock.advance(1)
    journal.record(attempt, Stage.ORDER_FOUND, order_id="o-1", order_number=order_number, integration_id=7)
    clock.advance(1)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    clock.advance(2.5)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=parcel_id, tracking_number=f"TT{parcel_id}")
    clock.advance(1)
    journal.record(
        attempt, Stage.LABEL_SAVED, label_path=Path(f"/labels/{order_number}.zpl"), label_sha256="ab" * 32
    )
    clock.advance(1)
    journal.record(attempt, Stage.PRINTED)
    return attempt


def test_opens_in_wal_mode_with_foreign_keys(sqlite_journal: Journal) -> None:
    assert sqlite_journal.pragma("journal_mode") == "wal"
    assert sqlite_journal.pragma("foreign_keys") == 1
    assert sqlite_journal.pragma("user_version") == LATEST_VERSION
    assert sqlite_journal.pragma("fullfsync") == 1
    with pytest.raises(ValueError, match="not a pragma name"):
        sqlite_journal.pragma("user_version; DROP TABLE attempts")


def test_durable_stages_commit_with_synchronous_full(sqlite_journal: Journal, clock: FakeClock) -> None:
    # 2 = FULL (fsync at every commit), 1 = NORMAL (no fsync in WAL mode)
    attempt = sqlite_journal.start_attempt("WEB-1", ANNA, "zebra-1")
    assert sqlite_journal.pragma("synchronous") == 1
    sqlite_journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-1")
    assert sqlite_journal.pragma("synchronous") == 1
    sqlite_journal.record(attempt, Stage.LABEL_REQUESTED)
    assert sqlite_journal.pragma("synchronous") == 2
    sqlite_journal.record(attempt, Stage.LABEL_CREATED, parcel_id=1)
    assert sqlite_journal.pragma("synchronous") == 2
    sqlite_journal.audit("supervisor", "reprint", "WEB-1")
    assert sqlite_journal.pragma("synchronous") == 2


def test_happy_path_keeps_every_field_and_duration(journal: Journal, clock: FakeClock) -> None:
    attempt_id = ship(journal, clock)
    attempt = journal.attempt(attempt_id)
    assert attempt.stage is Stage.PRINTED
    assert attempt.reached is Stage.PRINTED
    assert (attempt.station, attempt.packer_id, attempt.packer_name) == ("station-1", "B-0042", "Anna")
    assert (attempt.raw_scan, attempt.printer) == ("WEB-1", "zebra-1")
    assert (attempt.order_id, attempt.order_number, attempt.integration_id) == ("o-1", "WEB-1", 7)
    assert (attempt.parcel_id, attempt.tracking_number) == (501, "TT501")
    assert attempt.label_path == Path("/labels/WEB-1.zpl")
    assert attempt.label_sha256 == "ab" * 32
    assert attempt.started_at == SHIFT_START
    assert attempt.label_requested_at == SHIFT_START + timedelta(seconds=2)
    assert attempt.label_created_at == SHIFT_START + timedelta(seconds=4.5)
    assert attempt.printed_at == attempt.updated_at == SHIFT_START + timedelta(seconds=6.5)
    assert attempt.label_call_ms == 2500
    assert attempt.scan_to_print_ms == attempt.elapsed_ms == 6500
    assert attempt.print_count == 1
    assert attempt.error_code is None

    history = journal.history(attempt_id)
    assert [event.stage for event in history] == [
        Stage.SCANNED,
        Stage.ORDER_FOUND,
        Stage.LABEL_REQUESTED,
        Stage.LABEL_CREATED,
        Stage.LABEL_SAVED,
        Stage.PRINTED,
    ]
    assert [event.seq for event in history] == [1, 2, 3, 4, 5, 6]
    assert [event.duration_ms for event in history] == [0, 1000, 1000, 2500, 1000, 1000]
    assert history[3].fields == {"parcel_id": 501, "tracking_number": "TT501"}


def test_timestamps_are_utc_iso_text(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "station-1", clock=clock) as journal:
        journal.start_attempt("X")
    with sqlite3.connect(path) as raw:
        (started,) = raw.execute("SELECT started_at FROM attempts").fetchone()
    raw.close()
    assert started == "2026-11-23T08:00:00.000000+00:00"


def test_naive_times_are_refused(open_journal: OpenJournal) -> None:
    naive = datetime(2026, 11, 23, 8, 0)
    with (
        open_journal("s", clock=lambda: naive) as journal,
        pytest.raises(ValueError, match="timezone-aware"),
    ):
        journal.start_attempt("X")


def test_reprint_counts_but_keeps_the_first_print_time(journal: Journal, clock: FakeClock) -> None:
    attempt_id = ship(journal, clock)
    first = journal.attempt(attempt_id).printed_at
    clock.advance(60)
    again = journal.record(attempt_id, Stage.PRINTED)
    assert again.print_count == 2
    assert again.printed_at == first
    assert again.scan_to_print_ms == 6500


def test_illegal_moves_write_nothing(journal: Journal, clock: FakeClock) -> None:
    attempt = journal.start_attempt("WEB-1")
    with pytest.raises(JournalError, match="cannot go from scanned to label_created") as raised:
        journal.record(attempt, Stage.LABEL_CREATED, parcel_id=1)
    assert raised.value.code == "journal_illegal_transition"
    assert isinstance(raised.value, PackstationError)
    assert journal.attempt(attempt).stage is Stage.SCANNED
    assert len(journal.history(attempt)) == 1


def test_label_created_needs_a_parcel_and_saved_needs_path_and_hash(journal: Journal) -> None:
    attempt = journal.start_attempt("WEB-1")
    journal.record(attempt, Stage.ORDER_FOUND)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    with pytest.raises(JournalError, match="needs parcel_id"):
        journal.record(attempt, Stage.LABEL_CREATED)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=9)
    with pytest.raises(JournalError, match="needs label_path, label_sha256") as raised:
        journal.record(attempt, Stage.LABEL_SAVED)
    assert raised.value.code == "journal_missing_fields"


def test_unknown_attempt_and_closed_journal(open_journal: OpenJournal) -> None:
    journal = open_journal("s")
    with pytest.raises(JournalError) as unknown:
        journal.attempt(AttemptId(99))
    assert unknown.value.code == "journal_unknown_attempt"
    with pytest.raises(JournalError):
        journal.record(AttemptId(99), Stage.ORDER_FOUND)
    journal.close()
    journal.close()  # twice is harmless
    with pytest.raises(JournalError) as closed:
        journal.start_attempt("X")
    assert closed.value.code == "journal_closed"


def test_fail_keeps_sendcloud_code_detail_pointer_and_status(journal: Journal, clock: FakeClock) -> None:
    attempt = journal.start_attempt("WEB-1", ANNA)
    journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-1", integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    clock.advance(3)
    error = BadRequestError(
        "Sendcloud refused the label.",
        status=400,
        errors=[
            ApiErrorDetail.model_validate(
                {
                    "status": "400",
                    "code": "invalid",
                    "detail": "Postal code is not valid",
                    "source": {"pointer": "/data/0/to_address/postal_code"},
                }
            )
        ],
        method="POST",
        path="/orders/create-label-sync",
    )
    failed = journal.fail(attempt, Stage.FAILED, error)
    assert failed.stage is Stage.FAILED
    assert failed.reached is Stage.LABEL_REQUESTED
    assert failed.error_stage is Stage.FAILED
    assert failed.error_code == "sendcloud_bad_request"
    assert failed.error_message == "Sendcloud refused the label."
    assert failed.error_detail == "Postal code is not valid (at /data/0/to_address/postal_code)"
    assert failed.error_pointer == "/data/0/to_address/postal_code"
    assert failed.error_status == 400
    assert journal.history(attempt)[-1].error_code == "sendcloud_bad_request"
    assert journal.history(attempt)[-1].duration_ms == 3000
    # A plain PackstationError works too (no status, no pointer).
    other = journal.start_attempt("WEB-2")
    plain = journal.fail(other, Stage.FAILED, Failure("Order not found.", ErrorCode.ORDER_NOT_FOUND))
    assert (plain.error_code, plain.error_status, plain.error_pointer) == ("order_not_found", None, None)
    with pytest.raises(ValueError, match="trouble stage"):
        journal.fail(other, Stage.PRINTED, error)


def test_outcome_unknown_is_unsettled_until_settled(journal: Journal, clock: FakeClock) -> None:
    attempt = journal.start_attempt("WEB-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_id="o-1", order_number="WEB-1", integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    assert [a.id for a in journal.unsettled()] == [attempt]
    unknown = LabelOutcomeUnknownError(
        "No answer in time.",
        orders=[OrderSelector(order_id="o-1", order_number="WEB-1")],
        integration_id=7,
        reason="timeout",
    )
    journal.fail(attempt, Stage.OUTCOME_UNKNOWN, unknown)
    assert [a.stage for a in journal.unsettled()] == [Stage.OUTCOME_UNKNOWN]
    assert journal.label_for_order("WEB-1", 7) is None  # the journal does not know: ask Sendcloud
    # Settling found the parcel in Sendcloud's shipments.
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=77, tracking_number="TT77")
    assert journal.unsettled() == ()
    settled = journal.attempt(attempt)
    assert settled.error_code == "sendcloud_label_outcome_unknown"  # the trouble stays on record
    assert settled.error_stage is Stage.OUTCOME_UNKNOWN
    found = journal.label_for_order("WEB-1", 7)
    assert found is not None
    assert found.parcel_id == 77


def test_an_unusable_label_answer_that_named_the_parcel_blocks_a_second_label(journal: Journal) -> None:
    attempt = journal.start_attempt("WEB-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-1", integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    unknown = LabelOutcomeUnknownError(
        "The label file was empty.", orders=[], integration_id=7, reason="empty label", parcel_id=321
    )
    journal.fail(attempt, Stage.OUTCOME_UNKNOWN, unknown)
    found = journal.label_for_order("WEB-1", 7)
    assert found is not None
    assert found.parcel_id == 321


def test_label_for_order(journal: Journal, clock: FakeClock) -> None:
    assert journal.label_for_order("WEB-1") is None
    first = ship(journal, clock, "WEB-1", parcel_id=501)
    found = journal.label_for_order("WEB-1", 7)
    assert found is not None
    assert (found.id, found.parcel_id, found.tracking_number) == (first, 501, "TT501")
    assert found.label_path == Path("/labels/WEB-1.zpl")
    assert found.label_created_at == SHIFT_START + timedelta(seconds=4.5)
    assert journal.label_for_order("web-1", 7) is not None  # order lookup is case-insensitive
    assert journal.label_for_order("WEB-1") is not None  # any integration
    assert journal.label_for_order("WEB-1", 8) is None  # another shop's order with the same number
    assert journal.label_for_order("WEB-10") is None

    # Voided: the label is cancelled, a new one may be made; the newest live one is returned.
    journal.record(first, Stage.VOIDED)
    assert journal.label_for_order("WEB-1", 7) is None
    clock.advance(60)
    second = ship(journal, clock, "WEB-1", parcel_id=502)
    found = journal.label_for_order("WEB-1", 7)
    assert found is not None
    assert (found.id, found.parcel_id) == (second, 502)


def test_a_label_whose_saving_failed_is_still_known(journal: Journal, clock: FakeClock) -> None:
    attempt = journal.start_attempt("WEB-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-1", integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=5)
    journal.fail(attempt, Stage.FAILED, Failure("Disk full.", "label_store_full"))
    found = journal.label_for_order("WEB-1", 7)
    assert found is not None
    assert found.stage is Stage.FAILED
    # …and the workflow may save it later (refetched document).
    saved = journal.record(attempt, Stage.LABEL_SAVED, label_path=Path("/l/a.pdf"), label_sha256="00")
    assert saved.reached is Stage.LABEL_SAVED


def test_unprinted_offers_saved_labels_never_printed(journal: Journal, clock: FakeClock) -> None:
    printed = ship(journal, clock, "WEB-1", 1)

    def saved(order_number: str, parcel_id: int) -> AttemptId:
        attempt = journal.start_attempt(order_number)
        journal.record(attempt, Stage.ORDER_FOUND, order_number=order_number)
        journal.record(attempt, Stage.LABEL_REQUESTED)
        journal.record(attempt, Stage.LABEL_CREATED, parcel_id=parcel_id)
        journal.record(attempt, Stage.LABEL_SAVED, label_path=Path(f"/l/{parcel_id}"), label_sha256="00")
        return attempt

    just_saved = saved("WEB-2", 2)
    unconfirmed = saved("WEB-3", 3)
    journal.fail(unconfirmed, Stage.PRINT_UNCONFIRMED, Failure("No answer.", "printer_silent"))
    print_failed = saved("WEB-4", 4)
    journal.fail(print_failed, Stage.FAILED, Failure("Out of paper.", "printer_paper_out"))
    voided = saved("WEB-5", 5)
    journal.record(voided, Stage.VOIDED)
    created_only = journal.start_attempt("WEB-6")  # no label file yet: nothing to print

    offered = [attempt.id for attempt in journal.unprinted()]
    assert offered == [just_saved, unconfirmed, print_failed]
    assert printed not in offered
    assert created_only not in offered
    journal.record(print_failed, Stage.PRINTED)  # resumed after the paper was changed
    assert [attempt.id for attempt in journal.unprinted()] == [just_saved, unconfirmed]


def test_attempts_filter_order_and_pages(journal: Journal, clock: FakeClock) -> None:
    ids = []
    for n in range(25):
        ids.append(ship(journal, clock, f"WEB-{n}", parcel_id=1000 + n))
        clock.advance(60)
    bad = journal.start_attempt("W%_1")
    journal.record(bad, Stage.ORDER_FOUND, order_number="W%_1")
    journal.fail(bad, Stage.FAILED, Failure("Order not found.", ErrorCode.ORDER_NOT_FOUND))

    assert journal.count() == 26
    page1 = journal.attempts(limit=10)
    page2 = journal.attempts(limit=10, offset=10)
    page3 = journal.attempts(limit=10, offset=20)
    newest_first = [a.id for a in (*page1, *page2, *page3)]
    assert newest_first == [bad, *reversed(ids)]
    assert [a.id for a in journal.attempts(order_by=AttemptOrder.OLDEST, limit=2)] == ids[:2]

    troubles = AttemptFilter(troubles_only=True)
    assert [a.id for a in journal.attempts(troubles)] == [bad]
    assert journal.count(AttemptFilter(error_code=ErrorCode.ORDER_NOT_FOUND)) == 1
    assert journal.count(AttemptFilter(stages=(Stage.PRINTED,))) == 25
    assert journal.count(AttemptFilter(station="station-1", packer_id="B-0042")) == 25
    assert journal.count(AttemptFilter(station="station-2")) == 0

    # Search: prefix of the order number or the tracking number, any case; % and _ are literal.
    assert {a.order_number for a in journal.attempts(AttemptFilter(search="web-2"))} == {
        "WEB-2",
        *(f"WEB-{n}" for n in range(20, 25)),
    }
    assert [a.parcel_id for a in journal.attempts(AttemptFilter(search="tt1003"))] == [1003]
    assert journal.count(AttemptFilter(search="%")) == 0
    assert [a.id for a in journal.attempts(AttemptFilter(search="w%_"))] == [bad]
    assert journal.count(AttemptFilter(search="WEB_1")) == 0

    # Date range: started_at in [since, until).
    second = journal.attempt(ids[1]).started_at
    window = AttemptFilter(since=second, until=second + timedelta(seconds=66))
    assert [a.id for a in journal.attempts(window, AttemptOrder.OLDEST)] == [ids[1]]
    with pytest.raises(ValueError, match="negative"):
        journal.attempts(limit=-1)


def test_console_queries_use_indexes(sqlite_journal: Journal) -> None:
    def plan(sql: str, *params: object) -> str:
        with sqlite_journal._read() as connection:
            rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        return " | ".join(str(row["detail"]) for row in rows)

    assert "attempts_by_order" in plan(
        "SELECT * FROM attempts WHERE order_number = ? AND integration_id = ?", "A", 1
    )
    assert "attempts_by_stage" in plan("SELECT * FROM attempts WHERE stage IN ('label_requested')")
    assert "attempts_by_tracking" in plan("SELECT * FROM attempts WHERE tracking_number LIKE 'TT1%'")
    assert "attempts_by_time" in plan("SELECT * FROM attempts WHERE started_at >= ? ORDER BY started_at", "x")


def test_audit_rows(journal: Journal, clock: FakeClock) -> None:
    entry = journal.audit("supervisor:B-0001", "void", "order WEB-1 parcel 501")
    clock.advance(10)
    journal.audit("supervisor:B-0001", "reprint", "order WEB-2")
    log = journal.audit_log()
    assert log[0] == entry
    assert [(e.actor, e.action, e.station) for e in log] == [
        ("supervisor:B-0001", "void", "station-1"),
        ("supervisor:B-0001", "reprint", "station-1"),
    ]
    assert [e.action for e in journal.audit_log(since=SHIFT_START + timedelta(seconds=5))] == ["reprint"]


def test_purge_clears_details_but_keeps_counts_and_the_label_check(
    journal: Journal, clock: FakeClock
) -> None:
    old = ship(journal, clock, "WEB-OLD", 1)
    stuck = journal.start_attempt("WEB-STUCK")
    journal.record(stuck, Stage.ORDER_FOUND, order_number="WEB-STUCK")
    journal.record(stuck, Stage.LABEL_REQUESTED)
    clock.advance(90 * 86400)
    cutoff = clock.now
    clock.advance(1)
    recent = ship(journal, clock, "WEB-NEW", 2)

    result = journal.purge(cutoff)
    assert result.attempts == 1
    assert result.events == 6
    assert result.label_paths == (Path("/labels/WEB-OLD.zpl"),)
    purged = journal.attempt(old)
    assert purged.raw_scan is None
    assert purged.label_path is None
    assert purged.purged_at == clock.now
    assert journal.history(old) == ()
    assert (purged.stage, purged.parcel_id, purged.scan_to_print_ms) == (Stage.PRINTED, 1, 6500)
    assert journal.label_for_order("WEB-OLD") is not None  # never a second label, even years later
    assert journal.attempt(stuck).raw_scan == "WEB-STUCK"  # still to be settled: never purged
    assert len(journal.history(recent)) == 6
    assert journal.stats(cutoff - timedelta(days=100), cutoff).labels == 1
    assert journal.audit_log()[-1].action == "purge"
    assert journal.purge(cutoff).attempts == 0  # already purged

    # A second, longer retention deletes rows outright, counts-only rows included.
    clock.advance(1)
    gone = journal.purge(clock.now, keep_counts=False)
    assert gone.attempts == 2  # WEB-OLD (counts kept until now) and WEB-NEW
    assert gone.label_paths == (Path("/labels/WEB-NEW.zpl"),)
    assert [a.order_number for a in journal.attempts()] == ["WEB-STUCK"]


def test_purge_never_forgets_a_label_waiting_to_be_printed(journal: Journal, clock: FakeClock) -> None:
    attempt = journal.start_attempt("WEB-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-1")
    journal.record(attempt, Stage.LABEL_REQUESTED)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=1)
    journal.record(attempt, Stage.LABEL_SAVED, label_path=Path("/l/1.pdf"), label_sha256="00")
    clock.advance(365 * 86400)
    assert journal.purge(clock.now, keep_counts=False).attempts == 0
    assert journal.unprinted()[0].label_path == Path("/l/1.pdf")
    journal.record(attempt, Stage.VOIDED)
    assert journal.purge(clock.now).label_paths == (Path("/l/1.pdf"),)


def test_reopening_keeps_everything(open_journal: OpenJournal, clock: FakeClock) -> None:
    with open_journal("station-1", clock=clock) as journal:
        attempt = ship(journal, clock)
    with open_journal("station-1", clock=clock) as journal:
        assert journal.attempt(attempt).stage is Stage.PRINTED
        assert journal.station == "station-1"


def test_a_nested_folder_is_made_for_a_new_journal(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "nested" / "journal.sqlite3"
    with Journal.open(path, "station-1", clock=clock) as journal:
        assert journal.path == path
    assert datetime.now(UTC) > SHIFT_START  # the real clock is not the fake one


def test_a_station_fact_is_kept_replaced_and_survives_a_purge(
    open_journal: OpenJournal, clock: FakeClock
) -> None:
    with open_journal("Bench 1", clock=clock) as journal:
        assert journal.fact("pins.exist") is None
        journal.set_fact("pins.exist", "1")
        journal.set_fact("pins.exist", "2")
        journal.purge(SHIFT_START + timedelta(days=400))
    with open_journal("Bench 1", clock=clock) as journal:
        assert journal.fact("pins.exist") == "2"


def test_the_stations_that_wrote_are_listed_for_the_console(open_journal: OpenJournal) -> None:
    with open_journal("Station 2") as two, open_journal("Station 10") as ten:
        assert two.stations() == ()
        ten.start_attempt("A")
        two.start_attempt("B")
        two.start_attempt("C")
        assert ten.stations() == ("Station 10", "Station 2")
