from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode
from packstation.journal import Category, FailureCause, Journal, Packer, Stage, TroubleFacts
from tests.journal import SHIFT_START, Failure, FakeClock
from tests.journal.conftest import OpenJournal

ANNA = Packer("B-1", "Anna")
BOB = Packer("B-2", "Bob")


def _ship(journal: Journal, clock: FakeClock, packer: Packer, n: int, seconds_to_print: float) -> None:
    attempt = journal.start_attempt(f"WEB-{n}", packer, "zebra-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_number=f"WEB-{n}", durable=False)
    journal.record(attempt, Stage.LABEL_REQUESTED, durable=False)
    clock.advance(seconds_to_print)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=n, durable=False)
    journal.record(attempt, Stage.LABEL_SAVED, label_path=Path(f"/l/{n}"), label_sha256="00", durable=False)
    journal.record(attempt, Stage.PRINTED, durable=False)


def _fail(journal: Journal, packer: Packer, n: int, code: str) -> None:
    attempt = journal.start_attempt(f"BAD-{n}", packer)
    journal.fail(attempt, Stage.FAILED, Failure("no", code), durable=False)


def test_a_synthetic_two_hour_shift(open_journal: OpenJournal) -> None:
    clock = FakeClock(SHIFT_START - timedelta(hours=1))
    with open_journal("station-1", clock=clock) as journal:
        _ship(journal, clock, ANNA, 0, 5)  # before the shift: not counted
        clock.now = SHIFT_START
        # Anna: 12 labels in two hours, scan-to-print 10 s each; one order not found.
        for n in range(1, 13):
            _ship(journal, clock, ANNA, n, 10)
            clock.advance(580)
        _fail(journal, ANNA, 1, "order_not_found")
        # Bob: 3 labels (4, 6 and 20 s), two orders not found, one carrier refusal, one unknown outcome.
        for n, seconds in ((101, 4), (102, 6), (103, 20)):
            _ship(journal, clock, BOB, n, seconds)
        _fail(journal, BOB, 2, "order_not_found")
        _fail(journal, BOB, 3, "order_not_found")
        _fail(journal, BOB, 4, "sendcloud_carrier_refused")
        stuck = journal.start_attempt("WEB-200", BOB)
        journal.record(stuck, Stage.ORDER_FOUND, order_number="WEB-200")
        journal.record(stuck, Stage.LABEL_REQUESTED)
        journal.fail(
            stuck,
            Stage.OUTCOME_UNKNOWN,
            Failure("?", ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN),
        )
        assert clock.now < SHIFT_START + timedelta(hours=2)

        stats = journal.stats(SHIFT_START, SHIFT_START + timedelta(hours=2))

    assert stats.attempts == 12 + 1 + 3 + 3 + 1
    assert (stats.labels, stats.printed) == (15, 15)
    assert stats.failed == 5  # every attempt that ended in trouble, outcome_unknown included
    assert stats.failure_rate == pytest.approx(5 / 20)
    # 12 × 10 s, then 4, 6, 20 s: the median of 15 values is the 8th, 10 s (plus no rounding).
    assert stats.median_scan_to_print_ms == 10_000
    anna, bob = stats.per_packer
    assert (anna.packer_id, anna.packer_name, anna.attempts, anna.labels, anna.failed) == (
        "B-1",
        "Anna",
        13,
        12,
        1,
    )
    assert anna.labels_per_hour == pytest.approx(6.0)
    assert (bob.packer_id, bob.attempts, bob.labels, bob.printed, bob.failed) == ("B-2", 7, 3, 3, 4)
    # Bob's first scan came 2 minutes before the window's end: rated over the 15-minute minimum,
    # not over the two hours (which said 1.5 an hour for a packer who had just started).
    assert bob.labels_per_hour == pytest.approx(3 / 0.25)
    assert stats.labels_per_hour == pytest.approx(15 / 2)
    assert stats.failures_by_cause == (
        FailureCause("order_not_found", 3, 3 / 20),
        FailureCause("sendcloud_carrier_refused", 1, 1 / 20),
        FailureCause("sendcloud_label_outcome_unknown", 1, 1 / 20),
    )


def test_an_empty_window(open_journal: OpenJournal) -> None:
    with open_journal("station-1") as journal:
        stats = journal.stats(SHIFT_START, SHIFT_START + timedelta(hours=8))
        assert (stats.attempts, stats.failure_rate, stats.median_scan_to_print_ms) == (0, 0.0, None)
        assert stats.per_packer == ()
        with pytest.raises(ValueError, match="after"):
            journal.stats(SHIFT_START, SHIFT_START)


def test_categories_give_one_bar_each_and_those_no_failure_leave_the_rate(open_journal: OpenJournal) -> None:
    clock = FakeClock(SHIFT_START)
    with open_journal("station-1", clock=clock) as journal:
        for n in range(1, 6):
            _ship(journal, clock, ANNA, n, 5)
        for n, code in enumerate(
            ("scan_too_short", "scan_invalid_characters", "scan_error", "already_shipped")
        ):
            _fail(journal, ANNA, n, code)

        def categorise(facts: TroubleFacts) -> Category:
            assert (facts.stage, facts.reached, facts.label_made) == (Stage.FAILED, Stage.SCANNED, False)
            if facts.error_code == "already_shipped":
                return Category("shipped", failure=False)
            return Category("scan")

        stats = journal.stats(SHIFT_START, SHIFT_START + timedelta(hours=1), categorise)

    assert (stats.attempts, stats.failed) == (9, 3)
    assert stats.failure_rate == pytest.approx(3 / 8)  # the already-shipped scan is no scan at all
    assert stats.failures_by_cause == (
        FailureCause("scan", 3, 3 / 8),
        FailureCause("shipped", 1, 1 / 8, failure=False),
    )
    assert stats.per_packer[0].failed == 3


def test_verification_catches_count_refused_item_scans_per_packer_and_hour(open_journal: OpenJournal) -> None:
    from datetime import UTC, datetime, timedelta

    with open_journal("Bench 1") as journal:
        attempt = journal.start_attempt("SHOP-1", None, None)
        for outcome, actor in (
            ("not_in_order", "Sanne"),
            ("over_scan", "Sanne"),
            ("packed", "Sanne"),
            ("unreadable", "Bram"),
        ):
            journal.record_item(attempt, "5901234123457", outcome, actor=actor)
        now = datetime.now(UTC)
        caught = journal.verification_catches(now - timedelta(hours=1), now + timedelta(hours=1))
    assert caught.total == 3
    assert caught.by_packer == (("Sanne", 2), ("Bram", 1))
    assert sum(count for _, count in caught.by_hour) == 3
