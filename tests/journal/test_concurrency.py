"""The journal lane writes while other threads (or a second connection) read."""

from __future__ import annotations

import threading
from pathlib import Path

from packstation.journal import AttemptFilter, Journal, Stage

WRITES = 150


def _write_attempts(journal: Journal, count: int) -> None:
    for n in range(count):
        attempt = journal.start_attempt(f"WEB-{n}")
        # durable=False: this test is about locking, not fsync; the durable path is tested elsewhere.
        journal.record(attempt, Stage.ORDER_FOUND, order_number=f"WEB-{n}", durable=False)


def test_worker_writes_while_another_thread_reads_the_same_journal(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()
    with Journal.open(tmp_path / "journal.sqlite3", "station-1") as journal:

        def writer() -> None:
            try:
                _write_attempts(journal, WRITES)
            except BaseException as error:
                errors.append(error)
            finally:
                done.set()

        def reader() -> None:
            try:
                while not done.is_set():
                    page = journal.attempts(AttemptFilter(stages=(Stage.ORDER_FOUND,)), limit=20)
                    seen.append(journal.count())
                    # A row is either fully there or not at all: never half an attempt.
                    assert all(a.order_number == a.raw_scan for a in page)
            except BaseException as error:
                errors.append(error)

        threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert not errors, errors
        assert journal.count() == WRITES
        assert seen == sorted(seen)  # counts only ever grow
        assert len(journal.attempts(limit=1000)) == WRITES


def test_a_second_connection_reads_while_the_lane_writes(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    errors: list[BaseException] = []
    with Journal.open(path, "station-1") as lane, Journal.open(path, "station-1") as console:
        writer = threading.Thread(target=lambda: _write_attempts(lane, WRITES))
        writer.start()
        try:
            while writer.is_alive():
                for attempt in console.attempts(limit=10):
                    if len(console.history(attempt.id)) not in (1, 2):
                        errors.append(AssertionError(attempt))
        finally:
            writer.join(timeout=30)
        assert not errors
        assert console.count() == WRITES
