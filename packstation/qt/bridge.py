"""Carries the workflow's events from the API lane's worker thread to the GUI thread.

The workflow reports its progress to a plain callback, its event sink (set with
`StationWorkflow.set_event_sink`), called on whichever thread runs the workflow (the API lane).
`WorkflowEvents.relay` is that sink: it only emits a signal, and the connection to the GUI-thread
receivers is queued, so no widget is ever touched from the worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from packstation.station.workflow import Event, StationWorkflow


class WorkflowEvents(QObject):
    """Re-emits `StageReached` and `Weighing` events as Qt signals (the final verdict comes through
    TaskRunner)."""

    stage_reached = Signal(object)  # StageReached
    weighing = Signal(object)  # Weighing: the station waits for the parcel on the scale
    limit_wait = Signal(float)  # seconds left waiting for Sendcloud's write limit; 0: over
    journal_outage = Signal(str)  # why the shared journal cannot be reached; "": it is back

    def attach(self, workflow: StationWorkflow) -> None:
        """Make this bridge the workflow's event sink (before any work is submitted)."""
        workflow.set_event_sink(self.relay)

    def relay(self, event: Event) -> None:
        """Called on the worker thread: emitting is thread-safe, delivery is queued."""
        from packstation.app.faces import JournalOutage, LimitWait, StageReached, Weighing

        if isinstance(event, StageReached):
            self.stage_reached.emit(event)
        elif isinstance(event, Weighing):
            self.weighing.emit(event)
        elif isinstance(event, LimitWait):
            self.limit_wait.emit(event.seconds)
        elif isinstance(event, JournalOutage):
            self.journal_outage.emit(event.reason or "")
