"""TaskRunner: serial lanes, callbacks on the GUI thread, a failure path that is never skipped."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from packstation.qt.tasks import Lane, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def unexpected(error: BaseException) -> None:
    raise AssertionError("the task should not have failed") from error


def test_success_is_delivered_on_the_gui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    gui_thread = QThread.currentThread()
    seen: list[tuple[int, bool]] = []
    worker_threads: list[str] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    def on_success(value: int) -> None:
        seen.append((value, QThread.currentThread() is gui_thread))

    runner.submit(Lane.API, work, on_success, unexpected)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads[0].startswith("packstation-api")
    assert not runner.busy(Lane.API)


def test_failure_goes_to_on_failure_and_never_to_on_success(runner: TaskRunner, qtbot: QtBot) -> None:
    failures: list[BaseException] = []

    def work() -> int:
        raise ValueError("printer on fire")

    runner.submit(Lane.PRINTER, work, lambda _: pytest.fail("on_success must not run"), failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)
    assert str(failures[0]) == "printer on fire"


def test_a_lane_runs_one_task_at_a_time_in_order(runner: TaskRunner, qtbot: QtBot) -> None:
    release = threading.Event()
    running = threading.Semaphore(0)
    active = 0
    most_active = 0
    lock = threading.Lock()
    done: list[int] = []

    def work(number: int) -> int:
        nonlocal active, most_active
        with lock:
            active += 1
            most_active = max(most_active, active)
        running.release()
        release.wait(5)
        with lock:
            active -= 1
        return number

    for number in range(3):
        runner.submit(Lane.API, functools.partial(work, number), done.append, unexpected)
    assert running.acquire(timeout=5)
    assert runner.pending(Lane.API) == 3  # one running, two queued: nothing lost, nothing doubled
    release.set()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert done == [0, 1, 2]
    assert most_active == 1


def test_lanes_are_independent(runner: TaskRunner, qtbot: QtBot) -> None:
    release = threading.Event()
    finished: list[str] = []
    runner.submit(Lane.API, lambda: release.wait(5), lambda _: finished.append("api"), unexpected)
    runner.submit(Lane.JOURNAL, lambda: "journal", finished.append, unexpected)
    qtbot.waitUntil(lambda: finished == ["journal"])  # the journal did not wait for the slow API call
    release.set()
    qtbot.waitUntil(lambda: finished == ["journal", "api"])
