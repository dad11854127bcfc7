"""The packing screen's logic without widgets: scans in, verdicts out, in order, each once.

Every scan goes to the API lane (`TaskRunner`), which runs one task at a time, so a scan arriving
while another is in flight waits its turn: it is shown as queued, never dropped and never run twice.
Start-up recovery is the first task on the same lane, so no scan is shipped before it has settled
what a crash left open. The GUI thread never waits here: it submits and returns.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal

from packstation.errors import PackstationError
from packstation.journal import AttemptId, Stage
from packstation.qt.bridge import WorkflowEvents
from packstation.qt.tasks import Lane, TaskRunner
from packstation.station.workflow import ScanVerdict, StageReached, StationWorkflow, Verdict

log = logging.getLogger("packstation.qt.scan_queue")


class EntryKind(StrEnum):
    SCAN = "scan"
    REPRINT = "reprint"


class EntryState(StrEnum):
    QUEUED = "queued"  # waiting behind another task on the API lane
    WORKING = "working"
    DONE = "done"


@dataclass(frozen=True)
class ScanEntry:
    """One scan (or reprint) as the packer sees it, from queued to its verdict."""

    ticket: int
    kind: EntryKind
    raw: str
    at: datetime
    state: EntryState
    attempt_id: AttemptId | None = None
    stage: Stage | None = None
    verdict: ScanVerdict | None = None


class ScanQueue(QObject):
    """Submits scans, reprints and recovery to the API lane and reports their progress."""

    entry_changed = Signal(object)  # ScanEntry: added, started, progressed or finished
    recovery_started = Signal()
    recovery_finished = Signal(object)  # list[ScanVerdict]
    recovery_failed = Signal(str)

    def __init__(self, workflow: StationWorkflow, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workflow = workflow
        self._runner = runner
        self._tickets = itertools.count(1)
        self._open: dict[int, ScanEntry] = {}  # not yet done, in submission order
        self._recovering = False
        self._last_label: AttemptId | None = None
        self._events = WorkflowEvents(self)
        self._events.attach(workflow)
        self._events.stage_reached.connect(self._on_stage, Qt.ConnectionType.QueuedConnection)

    @property
    def recovering(self) -> bool:
        return self._recovering

    @property
    def last_label(self) -> AttemptId | None:
        """The latest attempt with a label on this station this session: what reprint-last prints."""
        return self._last_label

    def open_entries(self) -> list[ScanEntry]:
        return list(self._open.values())

    # ------------------------------------------------------------------ submitting
    def recover(self) -> None:
        """Settle what a crash left open; queued first, so scans wait behind it."""
        self._recovering = True
        self.recovery_started.emit()
        self._runner.submit(Lane.API, self._workflow.recover, self._recovered, self._recovery_failed)

    def scan(self, raw: str) -> ScanEntry:
        entry = self._add(EntryKind.SCAN, raw, None)
        self._runner.submit(
            Lane.API,
            lambda: self._workflow.handle_scan(raw),
            lambda verdict: self._finish(entry.ticket, verdict),
            lambda error: self._crashed(entry.ticket, error),
        )
        return entry

    def reprint_last(self) -> ScanEntry | None:
        """Reprint the latest label made or reprinted here (never a new label); None: nothing to reprint."""
        attempt_id = self._last_label
        if attempt_id is None:
            return None
        entry = self._add(EntryKind.REPRINT, "", attempt_id)
        self._runner.submit(
            Lane.API,
            lambda: self._workflow.reprint(attempt_id),
            lambda verdict: self._finish(entry.ticket, verdict),
            lambda error: self._crashed(entry.ticket, error),
        )
        return entry

    def _add(self, kind: EntryKind, raw: str, attempt_id: AttemptId | None) -> ScanEntry:
        busy = self._runner.busy(Lane.API)
        entry = ScanEntry(
            ticket=next(self._tickets),
            kind=kind,
            raw=raw,
            at=datetime.now().astimezone(),
            state=EntryState.QUEUED if busy else EntryState.WORKING,
            attempt_id=attempt_id,
        )
        self._open[entry.ticket] = entry
        self.entry_changed.emit(entry)
        return entry

    # ------------------------------------------------------------------ results (GUI thread)
    def _on_stage(self, event: StageReached) -> None:
        entry = self._entry_for(event)
        if entry is None:
            return  # recovery's own progress: reported with its result
        self._update(dataclasses.replace(entry, state=EntryState.WORKING, stage=event.stage))

    def _entry_for(self, event: StageReached) -> ScanEntry | None:
        for entry in self._open.values():
            if entry.attempt_id == event.attempt_id:
                return entry
        if event.stage is Stage.SCANNED:
            # The lane is serial: a new attempt belongs to the oldest scan that has none yet.
            for waiting in self._open.values():
                if waiting.kind is EntryKind.SCAN and waiting.attempt_id is None:
                    started = dataclasses.replace(waiting, attempt_id=event.attempt_id)
                    self._open[started.ticket] = started
                    return started
        return None

    def _finish(self, ticket: int, verdict: ScanVerdict) -> None:
        entry = self._open.pop(ticket)
        if verdict.label_path is not None and verdict.attempt_id is not None:
            self._last_label = verdict.attempt_id
        done = dataclasses.replace(
            entry, state=EntryState.DONE, verdict=verdict, attempt_id=verdict.attempt_id or entry.attempt_id
        )
        self.entry_changed.emit(done)
        self._start_next()

    def _crashed(self, ticket: int, error: BaseException) -> None:
        """The workflow raised (a bug, or the journal failing): shown as red, never lost."""
        log.error("scan task failed", exc_info=error)
        message = error.message if isinstance(error, PackstationError) else str(error) or type(error).__name__
        code = error.code if isinstance(error, PackstationError) else "internal_error"
        self._finish(ticket, ScanVerdict(Verdict.FAILED, message, code))

    def _start_next(self) -> None:
        for entry in self._open.values():
            if entry.state is EntryState.QUEUED:
                self._update(dataclasses.replace(entry, state=EntryState.WORKING))
            return

    def _update(self, entry: ScanEntry) -> None:
        self._open[entry.ticket] = entry
        self.entry_changed.emit(entry)

    def _recovered(self, verdicts: list[ScanVerdict]) -> None:
        self._recovering = False
        for verdict in verdicts:
            if verdict.label_path is not None and verdict.attempt_id is not None:
                self._last_label = verdict.attempt_id
        self.recovery_finished.emit(verdicts)
        self._start_next()

    def _recovery_failed(self, error: BaseException) -> None:
        self._recovering = False
        log.error("start-up recovery failed", exc_info=error)
        message = error.message if isinstance(error, PackstationError) else str(error) or type(error).__name__
        self.recovery_failed.emit(message)
        self._start_next()
