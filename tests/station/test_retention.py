"""Label retention over a real journal file and a real label store, with an injected `now`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from packstation.journal import AttemptId, Journal, Packer, Stage
from packstation.settings import StationSettings
from packstation.station.retention import purge_expired
from tests.journal import SHIFT_START, FakeClock

NOW = SHIFT_START
ANNA = Packer("B-0042", "Anna")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW - timedelta(days=100))


@pytest.fixture
def journal(tmp_path: Path, clock: FakeClock) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3", "station-1", clock=clock) as opened:
        yield opened


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "labels"
    folder.mkdir()
    return folder


def label_file(folder: Path, name: str, written: datetime, size: int = 100) -> Path:
    path = folder / name
    path.write_bytes(b"Z" * size)
    os.utime(path, (written.timestamp(), written.timestamp()))
    return path


def saved_label(
    journal: Journal, clock: FakeClock, store: Path, order: str, *, printed: bool, path: Path | None = None
) -> Path:
    """One attempt whose label was saved at `path` (a new file in `store` when None), now."""
    path = path or label_file(store, f"{order}.zpl", clock.now)
    attempt = journal.start_attempt(order, ANNA, "zebra-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_number=order)
    journal.record(attempt, Stage.LABEL_REQUESTED)
    journal.record(attempt, Stage.LABEL_CREATED, parcel_id=sum(map(ord, order)))
    journal.record(attempt, Stage.LABEL_SAVED, label_path=path, label_sha256="ab" * 32)
    if printed:
        journal.record(attempt, Stage.PRINTED)
    return path


def test_old_labels_and_details_go_while_counts_and_waiting_labels_stay(
    journal: Journal, clock: FakeClock, store: Path, tmp_path: Path
) -> None:
    old = saved_label(journal, clock, store, "WEB-OLD", printed=True)
    waiting = saved_label(journal, clock, store, "WEB-WAIT", printed=False)  # never printed
    stuck: AttemptId = journal.start_attempt("WEB-STUCK")
    journal.record(stuck, Stage.ORDER_FOUND, order_number="WEB-STUCK")
    journal.record(stuck, Stage.LABEL_REQUESTED)
    orphan = label_file(store, "ORPHAN-1.pdf", clock.now, size=250)  # no journal row names it
    outside = label_file(tmp_path, "elsewhere.zpl", clock.now)
    saved_label(journal, clock, store, "WEB-ELSEWHERE", printed=True, path=outside)
    clock.now = NOW - timedelta(days=1)
    recent = saved_label(journal, clock, store, "WEB-NEW", printed=True)

    report = purge_expired(StationSettings(label_retention_days=90), journal, store, NOW)

    assert report.cutoff == NOW - timedelta(days=90)
    assert not old.exists()
    assert not orphan.exists()
    assert waiting.exists()  # a person must still print or void it
    assert recent.exists()
    assert outside.exists()  # the journal named it, but it is not the label store's
    counts = (report.files_deleted, report.bytes_freed, report.files_kept, report.files_failed)
    assert counts == (2, 350, 1, 0)
    assert report.attempts_purged == 2  # WEB-OLD and WEB-ELSEWHERE; not the waiting or stuck ones
    assert report.history_rows_deleted > 0
    purged = journal.label_for_order("WEB-OLD")
    assert purged is not None  # the count and the "never a second label" check stay
    assert (purged.label_path, purged.raw_scan, purged.stage) == (None, None, Stage.PRINTED)
    assert journal.attempt(stuck).raw_scan == "WEB-STUCK"
    assert journal.count() == 5

    again = purge_expired(StationSettings(label_retention_days=90), journal, store, NOW)
    assert (again.attempts_purged, again.files_deleted, again.files_kept) == (0, 0, 1)


def test_a_longer_retention_keeps_what_a_shorter_one_deletes(
    journal: Journal, clock: FakeClock, store: Path
) -> None:
    old = saved_label(journal, clock, store, "WEB-OLD", printed=True)

    kept = purge_expired(StationSettings(label_retention_days=101), journal, store, NOW)
    assert (kept.attempts_purged, kept.files_deleted) == (0, 0)
    assert old.exists()

    later = NOW + timedelta(days=2)
    gone = purge_expired(StationSettings(label_retention_days=101), journal, store, later)
    assert (gone.attempts_purged, gone.files_deleted) == (1, 1)
    assert not old.exists()


def test_a_missing_label_store_is_no_error(journal: Journal, clock: FakeClock, tmp_path: Path) -> None:
    absent = tmp_path / "absent"
    saved_label(journal, clock, absent, "WEB-GONE", printed=True, path=absent / "x.zpl")
    report = purge_expired(StationSettings(), journal, tmp_path / "absent", NOW)
    assert (report.attempts_purged, report.files_deleted, report.files_failed) == (1, 0, 0)
