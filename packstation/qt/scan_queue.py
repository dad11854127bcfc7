"""The packing screen's logic without widgets: scans in, verdicts out, in order, each once.

Every scan goes to the API lane (`TaskRunner`), which runs one task at a time, so a scan arriving
while another is in flight waits its turn: it is shown as queued, never dropped and never run twice.
Start-up recovery is the first task on the same lane, so no scan is shipped before it has settled
what a crash left open. The GUI thread never waits here: it submits and returns.

The window exists before the station does (the station opens on the API lane after the window is
shown), so the queue may start without a workflow: scans typed meanwhile are held, in order, and
submitted behind recovery by `attach`; if the station cannot open, `refuse` turns them (and every
later scan) into a red verdict with the reason. Held scans are never lost and never run twice.

Import-light on purpose (the packing window imports it before it is shown): the core's types are
imported where they are first needed, by which time the station has loaded them.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.tasks import Lane, TaskRunner

if TYPE_CHECKING:
    from datetime import datetime

    from packstation.journal import AttemptId, Stage
    from packstation.station.verdicts import Weighing
    from packstation.station.workflow import ScanVerdict, StageReached, StationWorkflow

log = logging.getLogger("packstation.qt.scan_queue")


class EntryKind(StrEnum):
    SCAN = "scan"
    REPRINT = "reprint"
    ACTION = "action"  # a key's action on the open order (skip, force, confirm, give up)


class EntryState(StrEnum):
    QUEUED = "queued"  # waiting behind another task on the API lane
    WORKING = "working"
    DONE = "done"


class ScanEntry(NamedTuple):
    """One scan (or reprint) as the packer sees it, from queued to its verdict; `_replace` makes
    the next state. A NamedTuple, not a dataclass: `dataclasses` would cost ~4 ms of the window's
    start-up (bench/startup.py).
    """

    ticket: int
    kind: EntryKind
    raw: str
    at: datetime
    state: EntryState
    attempt_id: AttemptId | None = None
    stage: Stage | None = None
    verdict: ScanVerdict | None = None
    weighing: bool = False  # the station waits for the parcel on the scale (until the next stage)
    queued_at: float = 0.0  # time.monotonic() when scanned: a scan too old is refused (queued_scan_max_age_s)


class ScanQueue(QObject):
    """Submits scans, reprints and recovery to the API lane and reports their progress."""

    entry_changed = Signal(object)  # ScanEntry: added, started, progressed or finished
    recovery_started = Signal()
    recovery_finished = Signal(object)  # list[ScanVerdict]
    recovery_failed = Signal(object)  # the error: the window words it
    limit_wait = Signal(float)  # seconds left waiting for Sendcloud's write limit; 0: over
    journal_outage = Signal(str)  # why the shared journal cannot be reached; "": it is back

    def __init__(
        self, workflow: StationWorkflow | None, runner: TaskRunner, parent: QObject | None = None
    ) -> None:
        """With no `workflow` yet, scans are held until `attach` (or refused after `refuse`)."""
        super().__init__(parent)
        self._workflow: StationWorkflow | None = None
        self._runner = runner
        self._tickets = itertools.count(1)
        self._open: dict[int, ScanEntry] = {}  # not yet done, in submission order
        self._held: list[ScanEntry] = []  # scanned before the station was open, in order
        self._refusal: PackstationError | None = None  # why the station could not open
        self._recovering = False
        self._last_label: AttemptId | None = None
        # A reprint that said "this ZPL label needs a PDF" offers one: the next F5 fetches it.
        self._pdf_offered: AttemptId | None = None
        if workflow is not None:
            self._bind(workflow)

    @property
    def recovering(self) -> bool:
        return self._recovering

    @property
    def attached(self) -> bool:
        """Whether the station's workflow is here (scans run); False while opening or after `refuse`."""
        return self._workflow is not None

    @property
    def last_label(self) -> AttemptId | None:
        """The latest attempt with a label on this station this session: what reprint-last prints."""
        return self._last_label

    def open_entries(self) -> list[ScanEntry]:
        return list(self._open.values())

    # ------------------------------------------------------------------ the station opening
    def _bind(self, workflow: StationWorkflow) -> None:
        from PySide6.QtCore import Qt  # with the station: not before the window shows (qt/enum_names.py)

        from packstation.qt.bridge import WorkflowEvents

        self._workflow = workflow
        events = WorkflowEvents(self)
        events.attach(workflow)
        events.stage_reached.connect(self._on_stage, Qt.ConnectionType.QueuedConnection)
        events.weighing.connect(self._on_weighing, Qt.ConnectionType.QueuedConnection)
        events.limit_wait.connect(self.limit_wait, Qt.ConnectionType.QueuedConnection)
        events.journal_outage.connect(self.journal_outage, Qt.ConnectionType.QueuedConnection)

    def attach(self, workflow: StationWorkflow) -> None:
        """The station is open: queue recovery first, then the scans held meanwhile, in order."""
        if self._workflow is not None or self._refusal is not None:
            raise RuntimeError("the scan queue already has its station (or was refused one)")
        self._last_label = None  # after `detach`: an attempt of the station before, not this one's
        self._bind(workflow)
        self.recover()
        held, self._held = self._held, []
        for entry in held:
            self._submit_scan(entry)

    def detach(self) -> None:
        """The station is closing (training's practice reset): scans from now on are held, as
        while a station opens, until `attach` gives the next one. Scans already submitted finish
        on the old station first (the lane is serial); F5 has nothing to reprint meanwhile."""
        if self._workflow is None:
            raise RuntimeError("the scan queue has no station to let go of")
        self._workflow = None
        self._last_label = None

    def refuse(self, error: PackstationError) -> None:
        """The station could not open: held scans and every later one end red with `error`'s message."""
        if self._workflow is not None:
            raise RuntimeError("the scan queue's station is already open")
        self._refusal = error
        held, self._held = self._held, []
        for entry in held:
            self._refuse(entry, error)

    def _refuse(self, entry: ScanEntry, error: PackstationError) -> None:
        from packstation.app.faces import ScanVerdict, Verdict

        self._finish(entry.ticket, ScanVerdict(Verdict.FAILED, error.message, error.code))

    # ------------------------------------------------------------------ submitting
    def recover(self) -> None:
        """Settle what a crash left open; queued first, so scans wait behind it."""
        workflow = self._require_workflow()
        self._recovering = True
        self.recovery_started.emit()
        self._runner.submit(Lane.API, workflow.recover, self._recovered, self._recovery_failed)

    def scan(self, raw: str) -> ScanEntry:
        entry = self._add(EntryKind.SCAN, raw, None)
        if self._refusal is not None:
            self._refuse(entry, self._refusal)
        elif self._workflow is None:
            self._held.append(entry)
        else:
            self._submit_scan(entry)
        return entry

    def _submit_scan(self, entry: ScanEntry) -> None:
        workflow = self._require_workflow()
        self._runner.submit(
            Lane.API,
            lambda: workflow.handle_scan(entry.raw, queued_at=entry.queued_at),
            lambda verdict: self._finish(entry.ticket, verdict),
            lambda error: self._crashed(entry.ticket, error),
        )

    def reprint_last(self) -> ScanEntry | None:
        """Reprint the latest label made or reprinted here (never a new label); None: nothing to reprint.

        Right after a reprint answered that its ZPL label needs a PDF for this printer, this fetches
        the same parcel's label as a PDF and prints it: pressing F5 again takes the offer."""
        attempt_id = self._last_label
        if attempt_id is None or self._workflow is None:
            return None  # before the station is open (or between two): nothing to reprint
        workflow = self._require_workflow()
        as_pdf, self._pdf_offered = attempt_id == self._pdf_offered, None
        entry = self._add(EntryKind.REPRINT, "", attempt_id)
        self._runner.submit(
            Lane.API,
            lambda: workflow.reprint(attempt_id, as_pdf=as_pdf),
            lambda verdict: self._finish(entry.ticket, verdict),
            lambda error: self._crashed(entry.ticket, error),
        )
        return entry

    def act(self, description: str, action: Callable[[StationWorkflow], ScanVerdict]) -> ScanEntry:
        """Run `action` on the workflow in its turn on the API lane, listed as `description`."""
        workflow = self._require_workflow()
        entry = self._add(EntryKind.ACTION, description, None)
        self._runner.submit(
            Lane.API,
            lambda: action(workflow),
            lambda verdict: self._finish(entry.ticket, verdict),
            lambda error: self._crashed(entry.ticket, error),
        )
        return entry

    def _require_workflow(self) -> StationWorkflow:
        if self._workflow is None:
            raise RuntimeError("the station is not open yet")
        return self._workflow

    def _add(self, kind: EntryKind, raw: str, attempt_id: AttemptId | None) -> ScanEntry:
        from datetime import datetime  # at the first scan, not before the window shows

        busy = self._workflow is None or self._runner.busy(Lane.API)
        entry = ScanEntry(
            ticket=next(self._tickets),
            kind=kind,
            raw=raw,
            at=datetime.now().astimezone(),
            queued_at=time.monotonic(),
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
        self._update(entry._replace(state=EntryState.WORKING, stage=event.stage, weighing=False))

    def _on_weighing(self, event: Weighing) -> None:
        """The station waits for the scale: the scan (or the item scan that completed the order,
        which has no attempt of its own yet) is the one running now, the first open entry."""
        entry = next((e for e in self._open.values() if e.attempt_id == event.attempt_id), None)
        if entry is None:
            entry = next(iter(self._open.values()), None)  # the lane is serial: the running one
        if entry is None:
            return
        self._update(entry._replace(state=EntryState.WORKING, attempt_id=event.attempt_id, weighing=True))

    def _entry_for(self, event: StageReached) -> ScanEntry | None:
        from packstation.app.faces import Stage

        for entry in self._open.values():
            if entry.attempt_id == event.attempt_id:
                return entry
        if event.stage is Stage.SCANNED:
            # The lane is serial: a new attempt belongs to the oldest scan that has none yet.
            for waiting in self._open.values():
                if waiting.kind is EntryKind.SCAN and waiting.attempt_id is None:
                    started = waiting._replace(attempt_id=event.attempt_id)
                    self._open[started.ticket] = started
                    return started
        return None

    def _finish(self, ticket: int, verdict: ScanVerdict) -> None:
        entry = self._open.pop(ticket)
        self._last_label = self._reprintable_after(entry, verdict)
        offered = verdict.code == ErrorCode.ZPL_LABEL_NEEDS_PDF and verdict.attempt_id == self._last_label
        self._pdf_offered = verdict.attempt_id if offered else None
        done = entry._replace(
            state=EntryState.DONE, verdict=verdict, attempt_id=verdict.attempt_id or entry.attempt_id
        )
        self.entry_changed.emit(done)
        self._start_next()

    def _reprintable_after(self, entry: ScanEntry, verdict: ScanVerdict) -> AttemptId | None:
        """What reprint-last prints after this verdict: the label of the latest scan's order, never
        an older order's (a packer who sees amber or red and presses F5 would stick that label on
        this parcel). A repeat scan of the same order keeps it; a scan that made no label clears it."""
        if verdict.label_path is not None and verdict.attempt_id is not None:
            return verdict.attempt_id
        if entry.kind is not EntryKind.SCAN or verdict.code == ErrorCode.SCAN_DUPLICATE:
            return self._last_label
        return verdict.reprint_attempt  # already shipped here: that order's label; else nothing

    def _crashed(self, ticket: int, error: BaseException) -> None:
        """The workflow raised (a bug, or the journal failing): shown as red, never lost."""
        from packstation.app.faces import ScanVerdict, Verdict

        log.error("scan task failed", exc_info=error)
        message = error.message if isinstance(error, PackstationError) else str(error) or type(error).__name__
        code = error.code if isinstance(error, PackstationError) else ErrorCode.INTERNAL_ERROR
        self._finish(ticket, ScanVerdict(Verdict.FAILED, message, code))

    def _start_next(self) -> None:
        for entry in self._open.values():
            if entry.state is EntryState.QUEUED:
                self._update(entry._replace(state=EntryState.WORKING))
            return

    def _update(self, entry: ScanEntry) -> None:
        self._open[entry.ticket] = entry
        self.entry_changed.emit(entry)

    def _recovered(self, verdicts: list[ScanVerdict]) -> None:
        self._recovering = False
        for verdict in verdicts:  # recovery prints nothing: F5 prints the last label it listed
            if verdict.reprint_attempt is not None:
                self._last_label = verdict.reprint_attempt
        self.recovery_finished.emit(verdicts)
        self._start_next()

    def _recovery_failed(self, error: BaseException) -> None:
        self._recovering = False
        log.error("start-up recovery failed", exc_info=error)
        self.recovery_failed.emit(error)
        self._start_next()
