"""ScanQueue: the workflow's progress reaches the GUI thread in order; recovery goes first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from packstation.app.station import Station, open_station
from packstation.error_codes import ErrorCode
from packstation.errors import CredentialsError
from packstation.journal import Stage
from packstation.qt.scan_queue import EntryState, ScanEntry, ScanQueue
from packstation.qt.tasks import Lane, TaskRunner
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


def test_scans_before_the_station_opens_wait_behind_recovery_and_run_once_each(
    qtbot: QtBot, station: Station, runner: TaskRunner
) -> None:
    queue = ScanQueue(None, runner)
    order: list[str] = []
    queue.recovery_finished.connect(lambda _: order.append("recovered"))
    queue.entry_changed.connect(lambda e: order.append(e.raw) if e.state is EntryState.DONE else None)

    first, second = queue.scan("NOSUCHORDER1"), queue.scan("NOSUCHORDER2")
    assert (first.state, second.state) == (EntryState.QUEUED, EntryState.QUEUED)
    assert not queue.attached
    assert runner.pending(Lane.API) == 0  # held here: nothing can run without a station

    queue.attach(station.workflow)
    qtbot.waitUntil(lambda: len(order) == 3, timeout=15_000)

    assert order == ["recovered", "NOSUCHORDER1", "NOSUCHORDER2"]
    assert queue.open_entries() == []
    scanned = station.workflow.journal.attempts()
    assert sorted(a.raw_scan or "" for a in scanned) == ["NOSUCHORDER1", "NOSUCHORDER2"]  # each once


def test_a_refused_queue_fails_held_and_later_scans_with_the_reason(qtbot: QtBot, runner: TaskRunner) -> None:
    queue = ScanQueue(None, runner)
    done: list[ScanEntry] = []
    queue.entry_changed.connect(lambda e: done.append(e) if e.state is EntryState.DONE else None)
    queue.scan("HELD1")

    queue.refuse(CredentialsError("No keys here.", code=ErrorCode.CREDENTIALS_MISSING))
    later = queue.scan("LATER1")

    assert [e.raw for e in done] == ["HELD1", "LATER1"]
    assert later.ticket == done[1].ticket
    for entry in done:
        assert entry.verdict is not None
        assert entry.verdict.verdict is Verdict.FAILED
        assert entry.verdict.message == "No keys here."
        assert entry.verdict.code == "credentials_missing"
    assert queue.open_entries() == []
    assert runner.pending(Lane.API) == 0
    with pytest.raises(RuntimeError):
        queue.attach(object())  # type: ignore[arg-type]  # refused for good: no second chance


def test_f5_again_takes_the_offer_of_a_pdf_for_a_zpl_label(
    qtbot: QtBot, station_home: Path, runner: TaskRunner
) -> None:
    """Issue 20: a ZPL label reprinted on a TSPL printer is refused with the offer of a PDF of the
    same parcel; the next F5 takes it. Never a new label."""
    from packstation.printing import PrinterProfile
    from packstation.printing.printer import LabelPrinter

    overrides = {"lookup": {"attempts": 1, "backoff_seconds": 0}, "label_mime_type": "application/zpl"}
    with open_station(training=True, overrides=overrides) as station:
        assert station.simulator is not None
        assert station.virtual_printer is not None
        queue = ScanQueue(station.workflow, runner)
        done: list[ScanEntry] = []
        queue.entry_changed.connect(
            lambda entry: done.append(entry) if entry.state is EntryState.DONE else None
        )
        queue.scan(station.simulator.shippable_order_numbers()[0])
        qtbot.waitUntil(lambda: len(done) == 1, timeout=15_000)
        assert done[0].verdict is not None
        assert done[0].verdict.verdict is Verdict.SUCCESS
        # The station's printer is now a TSPL one; the carrier's label could be had as a PDF.
        url = station.virtual_printer.url
        station.workflow.printer = LabelPrinter(PrinterProfile(url=url, language="tspl", status_timeout=0.5))
        for parcel in station.simulator.backend.parcels():
            parcel.native_mime_type = None

        assert queue.reprint_last() is not None
        qtbot.waitUntil(lambda: len(done) == 2, timeout=15_000)
        offer = done[1].verdict
        assert offer is not None
        assert offer.code == ErrorCode.ZPL_LABEL_NEEDS_PDF
        assert queue.reprint_last() is not None  # F5 again: the PDF of the same parcel
        qtbot.waitUntil(lambda: len(done) == 3, timeout=15_000)
        taken = done[2].verdict
        assert taken is not None
        assert taken.code == ErrorCode.REPRINTED, taken.message
        jobs = station.virtual_printer.wait_for_jobs(2)
        assert jobs[-1].language == "tspl"
        assert station.simulator.labels_created() == 1
