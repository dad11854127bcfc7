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


def test_processes_opening_a_new_journal_at_the_same_moment_all_open_it(tmp_path: Path) -> None:
    """Two `packstation ship` on a fresh station folder both create the journal. Switching a new
    file to WAL takes a lock SQLite does not wait for, so the loser once failed at once with
    "database is locked" (1 process of 11 in a local run of four at a time; seen in CI)."""
    import subprocess
    import sys
    import time

    rounds, together = 5, 4
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from packstation.journal import Journal\n"
        "start = float(sys.argv[2])\n"
        "while time.time() < start: pass\n"
        "Journal.open(Path(sys.argv[1]), 'station-1').close()\n"
    )
    for n in range(rounds):
        path = tmp_path / f"journal-{n}.sqlite3"
        start = time.time() + 0.5  # every process has imported the journal by then
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(path), str(start)], stderr=subprocess.PIPE, text=True
            )
            for _ in range(together)
        ]
        errors = [process.communicate(timeout=60)[1] for process in processes]
        assert [process.returncode for process in processes] == [0] * together, errors
