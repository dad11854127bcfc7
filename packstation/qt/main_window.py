"""The packing screen: composes the widgets and wires them to the scan queue. No logic of its own.

Scans, reprints and start-up recovery run on the API lane (`ScanQueue` → `TaskRunner`); the label
preview renders on the printer lane. The window only reacts to their results on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from packstation import __version__
from packstation.printing.printer import PrintState
from packstation.qt.feedback import Sound, SoundPlayer
from packstation.qt.messages import stage_text
from packstation.qt.scan_queue import EntryState, ScanEntry, ScanQueue
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.widgets import (
    LabelPreview,
    RecentScansModel,
    RecentScansView,
    ScanField,
    ScanFocusKeeper,
    StationStatusBar,
    TrainingBanner,
    VerdictPanel,
)
from packstation.qt.widgets.label_preview import render_job
from packstation.runtime import Station
from packstation.station.workflow import ScanVerdict, Verdict

REPRINT_KEYS = (QKeySequence(Qt.Key.Key_F5), QKeySequence("Ctrl+R"))


def sound_for(verdict: ScanVerdict) -> Sound:
    if verdict.code == "already_shipped":
        return Sound.ALREADY_SHIPPED
    return Sound.SUCCESS if verdict.verdict is Verdict.SUCCESS else Sound.ERROR


class MainWindow(QMainWindow):
    """Built on a ready `Station`; call `start()` once shown (it queues start-up recovery)."""

    verdict_shown = Signal(object)  # ScanVerdict, after the panel, list, sound and status bar updated
    recovery_done = Signal(object)  # list[ScanVerdict], or a message string when recovery failed
    preview_shown = Signal()

    def __init__(
        self,
        station: Station,
        *,
        sounds: SoundPlayer,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.sounds = sounds
        self.runner = runner or TaskRunner(self)
        self.queue = ScanQueue(station.workflow, self.runner, self)
        self.training = station.simulator is not None
        # Jobs the virtual printer holds already: the preview waits for the next one to arrive.
        self._prints_seen = station.virtual_printer.jobs_received if station.virtual_printer else 0
        self._shut_down = False
        title = self.tr("Packstation %1 — %2").replace("%1", __version__)
        self.setWindowTitle(title.replace("%2", station.workflow.settings.station_name))

        self.scan_field = ScanField()
        self.verdict_panel = VerdictPanel()
        self.recent_model = RecentScansModel(self)
        self.recent_view = RecentScansView(self.recent_model)
        self.preview: LabelPreview | None = LabelPreview() if station.virtual_printer is not None else None
        self.banner: TrainingBanner | None = TrainingBanner(station.barcode_sheet) if self.training else None
        settings = station.workflow.settings
        self.status = StationStatusBar(
            api_url=settings.api_url,
            printer_url=settings.printer.url if settings.printer else None,
            training=self.training,
        )
        self.setStatusBar(self.status)
        self._lay_out()
        self._connect()
        self.focus_keeper = ScanFocusKeeper(self, self.scan_field)
        self.resize(1100, 760)

    def _lay_out(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        if self.banner is not None:
            column.addWidget(self.banner)
        column.addWidget(self.scan_field)
        middle = QHBoxLayout()
        middle.addWidget(self.verdict_panel, 3)
        if self.preview is not None:
            middle.addWidget(self.preview, 1)
        column.addLayout(middle, 3)
        column.addWidget(self.recent_view, 2)
        self.setCentralWidget(body)

    def _connect(self) -> None:
        self.scan_field.scanned.connect(self.scan)
        self.queue.entry_changed.connect(self._entry_changed)
        self.queue.recovery_started.connect(self.verdict_panel.show_recovering)
        self.queue.recovery_finished.connect(self._recovered)
        self.queue.recovery_failed.connect(self._recovery_failed)
        for keys in REPRINT_KEYS:
            QShortcut(keys, self, self.reprint_last)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        """Queue start-up recovery; scans typed meanwhile wait behind it on the same lane."""
        self.queue.recover()

    def scan(self, raw: str) -> ScanEntry:
        return self.queue.scan(raw)

    def reprint_last(self) -> ScanEntry | None:
        entry = self.queue.reprint_last()
        if entry is None:
            self.verdict_panel.show_notice(Verdict.ATTENTION, self.tr("Nothing to reprint yet."))
            self.sounds.play(Sound.ERROR)
        return entry

    def clear(self) -> None:
        """Esc: empty the scan field and, unless something is in flight, the verdict area."""
        self.scan_field.clear()
        if not self.runner.busy(Lane.API):
            self.verdict_panel.show_idle()
        self.scan_field.setFocus()

    def shutdown(self) -> None:
        """Let queued work finish (it may be buying a label); call before the station closes."""
        self._shut_down = True
        self.runner.shutdown(wait=True)

    # ------------------------------------------------------------------ results (GUI thread)
    def _entry_changed(self, entry: ScanEntry) -> None:
        self.recent_model.upsert(entry)
        self.status.set_queue(len(self.queue.open_entries()))
        if entry.state is EntryState.DONE and entry.verdict is not None:
            self._show_verdict(entry.verdict, entry.raw)
        elif entry.state is EntryState.WORKING:
            waiting = sum(1 for e in self.queue.open_entries() if e.state is EntryState.QUEUED)
            text = stage_text(entry.stage) if entry.stage else self.tr("Working…")
            self.verdict_panel.show_working(text, waiting)

    def _show_verdict(self, verdict: ScanVerdict, scanned: str) -> None:
        self.verdict_panel.show_verdict(verdict, scanned)
        self.status.show_verdict(verdict)
        self.sounds.play(sound_for(verdict))
        self._preview_if_printed(verdict)
        self.verdict_shown.emit(verdict)

    def _recovered(self, verdicts: list[ScanVerdict]) -> None:
        for verdict in verdicts:
            self.status.show_verdict(verdict)
            self._preview_if_printed(verdict)
        if self.queue.open_entries():
            pass  # a scan is already under way: its progress owns the verdict area
        elif not verdicts:
            self.verdict_panel.show_idle()
            self.status.showMessage(self.tr("Start-up check done: nothing was left unfinished."), 15000)
        else:
            worst = max((v.verdict for v in verdicts), key=_severity)
            orders = ", ".join(v.order.order_number if v.order else str(v.attempt_id) for v in verdicts)
            headline = self.tr(
                "Start-up check finished %n label(s) left from the last session.", "", len(verdicts)
            )
            self.verdict_panel.show_notice(worst, headline, orders)
        self.recovery_done.emit(verdicts)

    def _recovery_failed(self, message: str) -> None:
        if not self.queue.open_entries():
            self.verdict_panel.show_notice(
                Verdict.ATTENTION,
                self.tr("The start-up check could not finish; it runs again at the next start."),
                message,
            )
        self.recovery_done.emit(message)

    def _preview_if_printed(self, verdict: ScanVerdict) -> None:
        printer = self.station.virtual_printer
        outcome = verdict.print_outcome
        if (
            printer is None
            or self.preview is None
            or outcome is None
            or outcome.state is not PrintState.PRINTED
        ):
            return
        self._prints_seen += 1
        expected = self._prints_seen
        self.runner.submit(
            Lane.PRINTER, lambda: render_job(printer, expected), self._show_preview, self._no_preview
        )

    def _show_preview(self, image: QImage) -> None:
        if self.preview is not None:
            self.preview.show_image(image)
            self.preview_shown.emit()

    def _no_preview(self, error: BaseException) -> None:
        if self.preview is not None:
            self.preview.show_unavailable(str(error))

    # ------------------------------------------------------------------ focus and closing
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_keeper.restore_later()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.ActivationChange and self.isActiveWindow():
            self.focus_keeper.restore_later()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and self.runner.busy(Lane.API) and self.isVisible():
            answer = QMessageBox.question(
                self,
                self.tr("A scan is still running"),
                self.tr(
                    "A label may be being made right now. Close anyway? "
                    "The station checks it at the next start."
                ),
            )
            if answer is not QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)


def _severity(verdict: Verdict) -> int:
    return {Verdict.SUCCESS: 0, Verdict.ATTENTION: 1, Verdict.FAILED: 2}[verdict]
