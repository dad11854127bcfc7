"""ScanQueue: the workflow's progress reaches the GUI thread in order; recovery goes first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from packstation.journal import Stage
from packstation.qt.scan_queue import EntryState, ScanEntry, ScanQueue
from packstation.qt.tasks import TaskRunner
from packstation.runtime import Station, open_station
from packstation.station.workflow import Verdict


@pytest.fixture
def station(station_home: Path) -> Iterator[Station]:
    with open_station(training=True, overrides={"lookup": {"attempts": 1, "backoff_seconds": 0}}) as built:
        yield built


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def test_stages_arrive_on_the_gui_thread_in_order(qtbot: QtBot, station: Station, runner: TaskRunner) -> None:
    queue = ScanQueue(station.workflow, runner)
    seen: list[tuple[EntryState, Stage | None, bool]] = []
    gui = QCoreApplication.instance()
    assert gui is not None

    def record(entry: ScanEntry) -> None:
        seen.append((entry.state, entry.stage, QThread.currentThread() is gui.thread()))

    queue.entry_changed.connect(record)
    assert station.simulator is not None
    queue.scan(station.simulator.shippable_order_numbers()[0])
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][0] is EntryState.DONE, timeout=15_000)

    assert all(on_gui for _, _, on_gui in seen)
    stages = [stage for state, stage, _ in seen if state is EntryState.WORKING and stage is not None]
    assert stages == [
        Stage.SCANNED,
        Stage.ORDER_FOUND,
        Stage.LABEL_REQUESTED,
        Stage.LABEL_CREATED,
        Stage.LABEL_SAVED,
        Stage.PRINTED,
    ]
    assert queue.open_entries() == []
    assert queue.last_label is not None


def test_a_scan_during_recovery_waits_for_it(qtbot: QtBot, station: Station, runner: TaskRunner) -> None:
    queue = ScanQueue(station.workflow, runner)
    done: list[ScanEntry] = []
    order: list[str] = []
    queue.recovery_finished.connect(lambda _: order.append("recovered"))
    queue.entry_changed.connect(lambda e: done.append(e) if e.state is EntryState.DONE else None)
    queue.entry_changed.connect(lambda e: order.append("scan") if e.state is EntryState.DONE else None)

    queue.recover()
    assert queue.recovering
    entry = queue.scan("NOSUCHORDER1")
    assert entry.state is EntryState.QUEUED

    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert order == ["recovered", "scan"]
    assert not queue.recovering
    assert done[0].verdict is not None
    assert done[0].verdict.verdict is Verdict.FAILED


def test_reprint_with_no_label_yet_submits_nothing(station: Station, runner: TaskRunner) -> None:
    queue = ScanQueue(station.workflow, runner)
    assert queue.reprint_last() is None
    assert queue.open_entries() == []
