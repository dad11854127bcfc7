"""The packing screen: composes the widgets and wires them to the scan queue. No logic of its own.

Scans, reprints and start-up recovery run on the API lane (`ScanQueue` → `TaskRunner`); the label
preview renders on the printer lane. The window only reacts to their results on the GUI thread.

The window is shown before the station exists: `attach_when_open` opens the station on the API lane
(keyring, journal, simulator: nothing the GUI thread may wait for), and `attach` fills in the rest.
Scans typed meanwhile wait in the queue. This module imports only Qt and the window's widgets at
load time; the core's types arrive with the station (see docs/performance.md, start-up).

About 650 lines: the one window of the first frame, and each of the packer's keys is a few lines of
wiring to the queue; the widgets and the queue's logic live in their own modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.feedback import Sound, SoundPlayer
from packstation.qt.scan_queue import EntryKind, EntryState, ScanEntry, ScanQueue
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.widgets import (
    RecentScansModel,
    RecentScansView,
    ScanField,
    ScanFocusKeeper,
    StationStatusBar,
    VerdictPanel,
)
from packstation.qt.wording import error_text, failure_detail, stage_text, verdict_text

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QImage
    from PySide6.QtWidgets import QMessageBox

    from packstation.app.faces import VirtualScale
    from packstation.app.station import Station
    from packstation.app.station_scope import StationScope
    from packstation.qt.lead_tools import LeadTools
    from packstation.qt.practice_tools import PracticeTools
    from packstation.qt.scanner_burst import ScannerBurstFilter
    from packstation.qt.widgets.label_preview import LabelPreview
    from packstation.qt.widgets.settings_banner import SettingsChangedBanner
    from packstation.qt.widgets.training_banner import TrainingBanner
    from packstation.qt.widgets.training_scale import TrainingScale
    from packstation.station.workflow import ScanVerdict, Verdict

    Notice = tuple[Verdict, str, str]  # a verdict's colour, a headline, a detail

log = logging.getLogger("packstation.qt.main_window")

# Key names, not `Qt.Key` members: this module loads before the window shows (qt/enum_names.py).
REPRINT_KEYS = (QKeySequence("F5"), QKeySequence("Ctrl+R"))
CLEAR_KEY = QKeySequence("Esc")
ITEMS_KEY = QKeySequence("F2")  # every item line of the order on screen (the panel shows the first)
# Item verification: complete the open order without scanning the rest (a lead's PIN when the
# station requires every item), and confirm the next line that has nothing to scan.
COMPLETE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))
CONFIRM_KEY = QKeySequence("F4")
# Several boxes (issue 18): close the box being packed (as the "new box" barcode does), and choose
# the box size by its shortcut digit. Ctrl+digit, not the digit alone: digits typed into the scan
# field are a scan ("+3" before an item), and a scanner never sends Ctrl.
NEW_BOX_KEY = QKeySequence("F3")
BOX_SIZE_KEYS = tuple((digit, QKeySequence(f"Ctrl+{digit}")) for digit in "123456789")
# Esc twice within this long gives the open order up (once only clears the field).
ABANDON_WINDOW_MS = 3000
_ITEM_REFUSALS = frozenset(
    {
        ErrorCode.ITEM_NOT_IN_ORDER,
        ErrorCode.ITEM_OVER_SCAN,
        ErrorCode.ITEM_UNREADABLE,
        ErrorCode.ITEM_CASE_UNKNOWN,
    }
)


def sound_for(verdict: ScanVerdict) -> Sound | None:
    """The verdict's sound; None for a scanner's double read, which changes nothing."""
    if verdict.code == ErrorCode.ALREADY_SHIPPED:
        return Sound.ALREADY_SHIPPED
    if is_repeat(verdict):
        return None
    if verdict.code in _ITEM_REFUSALS:
        return Sound.ITEM_REFUSED
    from packstation.app.faces import Verdict

    if verdict.verdict is Verdict.PACKING:
        return Sound.ITEM

    return Sound.SUCCESS if verdict.verdict is Verdict.SUCCESS else Sound.ERROR


def is_repeat(verdict: ScanVerdict) -> bool:
    """The order just shipped, scanned again inside the debounce window: the green verdict stands."""
    from packstation.app.faces import Verdict

    return verdict.code == ErrorCode.SCAN_DUPLICATE and verdict.verdict is Verdict.SUCCESS


def opening_error(error: BaseException) -> PackstationError:
    """Why the station could not open, as the one error type people see."""
    if isinstance(error, PackstationError):
        return error
    text = QCoreApplication.translate("app", "The station could not open: %1. It was written to the log.")
    return PackstationError(
        text.replace("%1", str(error) or type(error).__name__), code=ErrorCode.STATION_NOT_OPEN
    )


# Retention runs when the station opens and then this often while it runs (24 h; a parameter).
RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000


class MainWindow(QMainWindow):
    """The packing window. Either built on a ready `Station` (then call `start()` once shown, to
    queue start-up recovery), or built without one, shown at once, and given its station by
    `attach(station)` (which queues recovery itself) or `attach_when_open(opener)`.

    With the `scope` its station came from, a training window has the "Training" menu, whose
    practice reset lets go of the station (`release_station`) and attaches the next one."""

    verdict_shown = Signal(object)  # ScanVerdict, after the panel, list, sound and status bar updated
    recovery_done = Signal(object)  # list[ScanVerdict], or a message string when recovery failed
    preview_shown = Signal()
    station_failed = Signal(str)  # the station could not open: the message shown to the packer
    weighing_started = Signal()  # the station waits for the parcel on the scale

    def __init__(
        self,
        station: Station | None = None,
        *,
        sounds: SoundPlayer,
        runner: TaskRunner | None = None,
        retention_interval_ms: int = RETENTION_INTERVAL_MS,
        scope: StationScope | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._retention_interval_ms = retention_interval_ms
        self.retention_timer: QTimer | None = None  # with the station
        self._station: Station | None = None
        self._scope = scope
        self.sounds = sounds
        self.runner = runner or TaskRunner(self)
        self.queue = ScanQueue(station.workflow if station is not None else None, self.runner, self)
        self.training = False
        self._prints_seen = 0
        self._preview_for = 0  # the scan ticket the preview belongs to: older renderings are dropped
        self.packing_order: str | None = None  # the order open for item verification, if any
        self._abandon_armed = False
        self._shut_down = False
        self.open_failure: PackstationError | None = None
        self.failure_dialog: QMessageBox | None = None
        self.setWindowTitle(self.tr("Packstation"))

        self.scan_field = ScanField()
        self.verdict_panel = VerdictPanel()
        self.recent_model = RecentScansModel(self)
        self.recent_view = RecentScansView(self.recent_model)
        self.preview: LabelPreview | None = None  # training only: added by `attach`
        self.banner: TrainingBanner | None = None  # training only: added by `attach`
        self.training_scale: TrainingScale | None = None  # a `virtual:` scale: added with the station
        # Red while the settings file differs from what a lead saved, until a lead saves them (F9).
        self.settings_banner: SettingsChangedBanner | None = None
        self.lead_tools: LeadTools | None = None  # the shift lead's menu: added with the station
        self.burst_filter: ScannerBurstFilter | None = None  # added with the station
        self.practice_tools: PracticeTools | None = None  # training, with a scope: the "Training" menu
        self._retired_tools: LeadTools | None = None  # the last station's, until the next one comes
        self._notice: Notice | None = None  # shown once the next start-up check found nothing
        self.status = StationStatusBar()
        self.setStatusBar(self.status)
        self._lay_out()
        self._connect()
        self.focus_keeper = ScanFocusKeeper(self, self.scan_field)
        self.resize(1100, 760)
        if station is None:
            self.verdict_panel.show_opening()
        else:
            self._take(station)

    @property
    def station(self) -> Station:
        """The open station (RuntimeError while it is still opening or could not open)."""
        if self._station is None:
            raise RuntimeError("the station is not open")
        return self._station

    @property
    def station_open(self) -> bool:
        return self._station is not None

    def _lay_out(self) -> None:
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.addWidget(self.scan_field)
        self._middle = QHBoxLayout()
        self._middle.addWidget(self.verdict_panel, 3)
        self._column.addLayout(self._middle, 3)
        self._column.addWidget(self.recent_view, 2)
        self.setCentralWidget(body)

    # ------------------------------------------------------------------ the station
    def attach_when_open(self, opener: Callable[[], Station]) -> None:
        """Run `opener` on the API lane; then `attach` its station, or show why it failed."""
        self.runner.submit(Lane.API, opener, self.attach, self.show_open_failure)

    def attach(self, station: Station, *, notice: Notice | None = None) -> None:
        """The station is open: show its parts, run start-up recovery, then the scans held meanwhile.
        `notice` (a verdict's colour, a headline, a detail) is shown once recovery found nothing."""
        if self._station is not None or self.open_failure is not None:
            raise RuntimeError("the window already has its station (or failed to open one)")
        self._notice = notice
        self.packing_order = None  # a late verdict of the station before may have set it
        self._take(station)
        self.queue.attach(station.workflow)

    def release_station(self, doing: str) -> None:
        """Let go of the station before it closes (training's practice reset), saying what is
        `doing`: its lead tools, scanner-burst guard, training banner and preview go, an order open
        for packing is its no longer, and scans typed from now on are held for the station
        `attach` gives next (the ones submitted already finish first)."""
        from packstation.app.faces import Verdict

        if self.burst_filter is not None:
            self.burst_filter.detach()  # `_take` guards again with the next station's settings
            self.burst_filter.deleteLater()
            self.burst_filter = None
        self.packing_order = None
        self._abandon_armed = False
        if self.lead_tools is not None:
            # Deleted when the next station is attached: by then every lane has answered, and a
            # late PIN or audit for the old station still finds the tools (retired, doing nothing).
            self._retired_tools, self.lead_tools = self.lead_tools, None
            self._retired_tools.retire()
        for widget in (self.banner, self.preview, self.settings_banner, self.training_scale):
            if widget is not None:
                widget.deleteLater()
        self.banner = self.preview = self.settings_banner = None
        self.training_scale = None
        self._preview_for = 0
        self.queue.detach()
        self._station = None
        self.status.show_opening()
        self.verdict_panel.show_notice(Verdict.ATTENTION, doing)

    def _take(self, station: Station) -> None:
        from packstation import __version__

        self._station = station
        self.training = station.simulator is not None
        settings = station.settings
        self.sounds.enabled = self.sounds.enabled and settings.sounds
        title = self.tr("Packstation %1 — %2").replace("%1", __version__)
        self.setWindowTitle(title.replace("%2", settings.station_name))
        if self.training:
            from packstation.app.faces import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN
            from packstation.qt.widgets.training_banner import TrainingBanner  # training only

            if self._scope is not None and self.practice_tools is None:  # one menu for every station
                from packstation.qt.practice_tools import PracticeTools

                self.practice_tools = PracticeTools(self, self._scope, self.runner)

            self.banner = TrainingBanner(station.barcode_sheet, (TRAINING_LEAD_NAME, TRAINING_LEAD_PIN))
            self._column.insertWidget(0, self.banner)
        if station.settings_change is not None:
            from packstation.qt.widgets.settings_banner import SettingsChangedBanner  # only then

            log.warning("%s", station.settings_change.error().message)  # for support, in the log file
            self.settings_banner = SettingsChangedBanner()
            self._column.insertWidget(0, self.settings_banner)
        if station.virtual_printer is not None:
            # Jobs the virtual printer holds already: the preview waits for the next one to arrive.
            self._prints_seen = station.virtual_printer.jobs_received
            from packstation.qt.widgets.label_preview import LabelPreview  # training only

            self.preview = LabelPreview()
            self._middle.addWidget(self.preview, 1)
        if station.virtual_scale is not None:
            self._add_training_scale(station.virtual_scale)
        self.status.set_station(
            api_url=settings.api_url,
            printer_url=settings.printer.url if settings.printer else None,
            training=self.training,
        )
        self.verdict_panel.show_idle()
        from packstation.qt.lead_tools import LeadTools  # roles and keyring: loaded with the station

        if self._retired_tools is not None:
            self._retired_tools.deleteLater()
            self._retired_tools = None

        self.lead_tools = LeadTools(self, station, self.runner)
        self.lead_tools.settings_saved.connect(self._settings_reviewed)
        self._guard_dialogs_against_scans(settings.scanner.burst_ms)
        self._purge_expired_labels(station)
        # And again every day while the station runs: a station left open for weeks must not
        # keep labels and notes past `label_retention_days`.
        self.retention_timer = QTimer(self)
        self.retention_timer.setInterval(self._retention_interval_ms)
        self.retention_timer.timeout.connect(lambda: self._purge_expired_labels(station))
        self.retention_timer.start()

    def _add_training_scale(self, scale: VirtualScale) -> None:
        """The training scale's field and keys, under the scan field (F6 puts on, F7 takes off)."""
        from packstation.qt.widgets.training_scale import TrainingScale  # only with a virtual scale

        self.training_scale = TrainingScale(scale, self)
        self._column.insertWidget(self._column.indexOf(self.scan_field) + 1, self.training_scale)
        self.focus_keeper.allow(self.training_scale.field)
        self.training_scale.done.connect(self.focus_keeper.restore)

    def _settings_reviewed(self) -> None:
        """A lead saved the settings: the file is theirs now, whatever was changed outside."""
        if self.settings_banner is not None:
            self.settings_banner.hide()

    def _guard_dialogs_against_scans(self, burst_ms: int) -> None:
        """A scan typed while a dialog has the keyboard goes to the scan queue, not the dialog."""
        if burst_ms <= 0:
            return
        from PySide6.QtWidgets import QApplication

        from packstation.qt.scanner_burst import ScannerBurstFilter

        self.burst_filter = ScannerBurstFilter(
            self._burst_scanned,
            burst_ms=burst_ms,
            is_scan_target=lambda widget: widget is self.scan_field,
            parent=self,
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.burst_filter.attach(app, self)

    def _burst_scanned(self, text: str) -> None:
        self.scan(text)
        self.status.showMessage(
            self.tr("A scan typed into a dialog went to the scan queue: %1").replace("%1", text), 8000
        )

    def _purge_expired_labels(self, station: Station) -> None:
        """Labels carry addresses: the ones past `label_retention_days` go, on the journal lane."""
        if self._shut_down:
            return
        self.runner.submit(
            Lane.JOURNAL,
            station.purge_expired,
            lambda report: log.info("retention: %s", report),
            lambda error: log.warning("retention run failed: %s", error),
        )

    def show_open_failure(self, error: BaseException) -> None:
        """The station could not open: say why (panel and dialog); scans are refused with that reason."""
        if not isinstance(error, PackstationError):
            log.error("the station cannot open", exc_info=error)  # a bug: keep its traceback
        failure = opening_error(error)
        self.open_failure = failure
        self.status.show_not_open()
        self.queue.refuse(failure)
        self._show_open_failure()
        self.sounds.play(Sound.ERROR)
        from PySide6.QtWidgets import QMessageBox  # only now: its enums cost start-up time

        self.failure_dialog = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("Packstation cannot start"), error_text(failure), parent=self
        )
        self.failure_dialog.setDetailedText(failure.message)  # the core's words, for whoever fixes it
        self.failure_dialog.open()  # not exec(): the GUI thread keeps running (and tests drive it)
        self.station_failed.emit(failure.message)

    def _show_open_failure(self) -> None:
        from packstation.app.faces import Verdict

        if self.open_failure is not None:
            headline = self.tr("The station could not open. Scans are refused until this is fixed.")
            self.verdict_panel.show_notice(Verdict.FAILED, headline, failure_detail(self.open_failure))

    def _connect(self) -> None:
        self.scan_field.scanned.connect(self.scan)
        self.queue.entry_changed.connect(self._entry_changed)
        self.queue.recovery_started.connect(self.verdict_panel.show_recovering)
        self.queue.recovery_finished.connect(self._recovered)
        self.queue.recovery_failed.connect(self._recovery_failed)
        self.queue.limit_wait.connect(self.status.show_limit_wait)
        self.queue.journal_outage.connect(self.status.show_journal_outage)
        for keys in REPRINT_KEYS:
            QShortcut(keys, self, self.reprint_last)
        QShortcut(CLEAR_KEY, self, self.clear)
        QShortcut(ITEMS_KEY, self, self.verdict_panel.toggle_items)
        for keys in COMPLETE_KEYS:
            QShortcut(keys, self, self.complete_unverified)
        QShortcut(CONFIRM_KEY, self, self.confirm_next_line)
        QShortcut(NEW_BOX_KEY, self, self.new_box)
        for digit, keys in BOX_SIZE_KEYS:
            QShortcut(keys, self, lambda digit=digit: self.choose_box_size(digit))

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        """Queue start-up recovery; scans typed meanwhile wait behind it on the same lane."""
        self.queue.recover()

    def scan(self, raw: str) -> ScanEntry:
        return self.queue.scan(raw)

    def reprint_last(self) -> ScanEntry | None:
        if not self.station_open:
            self.status.showMessage(self.tr("Nothing to reprint: the station is not open."), 5000)
            self.sounds.play(Sound.ERROR)
            return None
        entry = self.queue.reprint_last()
        if entry is None:
            # A note, not a new verdict: after a red STOP the packer still needs to read why.
            self.verdict_panel.add_note(self.tr("Nothing to reprint yet."))
            self.sounds.play(Sound.ERROR)
        return entry

    # ------------------------------------------------------------------ item verification
    def complete_unverified(self) -> None:
        """Ctrl+Enter: the open order's label without scanning the rest (journalled); where every
        item is required, a shift lead's PIN and reason first."""
        if self.packing_order is None or self.lead_tools is None:
            return
        if self.station.settings.item_verification != "required":
            self.queue.act(
                self.tr("Completed without scanning the rest"), lambda flow: flow.skip_verification()
            )
            return
        self.lead_tools.force_complete(self.packing_order, self._force_complete)

    def _force_complete(self, lead: str, reason: str) -> None:
        self.queue.act(
            self.tr("Completed by %1: %2").replace("%1", lead).replace("%2", reason),
            lambda flow: flow.force_complete(lead, reason),
        )

    def confirm_next_line(self) -> None:
        """F4: the next line with nothing to scan on it is in the box."""
        checklist = self.verdict_panel.checklist
        view = checklist.view if checklist is not None and self.packing_order else None
        if view is None:
            return
        index = next(
            (i for i, line in enumerate(view.lines) if line.needs_confirmation and line.remaining), None
        )
        if index is None:
            self.verdict_panel.add_note(self.tr("Every line of this order has a code to scan."))
            return
        self.queue.act(view.lines[index].name, lambda flow: flow.confirm_line(index))

    def new_box(self) -> None:
        """F3: close the box being packed (its items, its weight, its size); the next items go in
        the next box. The station refuses, saying why, where the order may not leave in several
        boxes."""
        if self.packing_order is None:
            self.verdict_panel.add_note(self.tr("No order is open for packing: there is no box to close."))
            return
        self.queue.act(self.tr("New box"), lambda flow: flow.new_box())

    def choose_box_size(self, digit: str) -> None:
        """Ctrl+1…9: the size of the box being packed, by its shortcut in the station's box sizes."""
        if self.packing_order is None:
            self.verdict_panel.add_note(self.tr("No order is open for packing: scan an order first."))
            return
        self.queue.act(self.tr("Box size %1").replace("%1", digit), lambda flow: flow.choose_box_size(digit))

    def _abandon_or_arm(self) -> bool:
        """Esc while an order is open for packing: the first press asks, the second gives it up."""
        if self.packing_order is None:
            return False
        if not self._abandon_armed:
            self._abandon_armed = True
            self.verdict_panel.add_note(
                self.tr("Press Esc again to give up packing order %1.").replace("%1", self.packing_order)
            )
            from PySide6.QtCore import QTimer

            QTimer.singleShot(ABANDON_WINDOW_MS, self, self._disarm)
            return True
        self._abandon_armed = False
        self.queue.act(self.tr("Packing given up"), lambda flow: flow.abandon())
        return True

    def _disarm(self) -> None:
        self._abandon_armed = False

    def clear(self) -> None:
        """Esc: empty the scan field and, unless something is in flight, the verdict area."""
        self.scan_field.clear()
        if self._abandon_or_arm():
            return
        if self.open_failure is not None:
            self._show_open_failure()  # the reason stays until the station is fixed
        elif not self.station_open:
            self.verdict_panel.show_opening()
        elif not self.runner.busy(Lane.API):
            self.verdict_panel.show_idle()
        self.scan_field.setFocus()

    def shutdown(self) -> None:
        """Let queued work finish (it may be buying a label); call before the station closes."""
        self._shut_down = True
        if self.retention_timer is not None:
            self.retention_timer.stop()
        if self.burst_filter is not None:
            self.burst_filter.detach()
        if self.lead_tools is not None:
            self.lead_tools.close()
        self.runner.shutdown(wait=True)

    # ------------------------------------------------------------------ results (GUI thread)
    def _entry_changed(self, entry: ScanEntry) -> None:
        self.recent_model.upsert(entry)
        self.status.set_queue(len(self.queue.open_entries()))
        if entry.state is EntryState.DONE and entry.verdict is not None:
            self._show_verdict(entry.verdict, entry.raw)
        elif entry.state is EntryState.WORKING and (
            entry.stage is not None or entry.kind is EntryKind.REPRINT or entry.weighing
        ):
            # A scan shows progress once its attempt began: a double read never begins one, and
            # the verdict it leaves standing must not flash "working".
            self._started(entry)
            waiting = sum(1 for e in self.queue.open_entries() if e.state is EntryState.QUEUED)
            if entry.weighing:
                text = self.tr("Weighing: put the parcel on the scale and let go of it…")
            else:
                text = stage_text(entry.stage) if entry.stage else self.tr("Working…")
            self.verdict_panel.show_working(text, waiting)
            if entry.weighing:
                self.weighing_started.emit()

    def _started(self, entry: ScanEntry) -> None:
        """A scan's attempt began: whatever the preview shows now belongs to an older order."""
        if self.preview is not None and entry.ticket != self._preview_for and entry.kind is EntryKind.SCAN:
            self._preview_for = entry.ticket
            self.preview.show_waiting()

    def _show_verdict(self, verdict: ScanVerdict, scanned: str) -> None:
        from packstation.app.faces import Verdict

        still_open = verdict.checklist is not None and verdict.verdict in (Verdict.PACKING, Verdict.FAILED)
        self.packing_order = verdict.checklist.order_number if still_open and verdict.checklist else None
        if is_repeat(verdict):
            self.verdict_panel.add_note(verdict_text(verdict, scanned))
        else:
            self.verdict_panel.show_verdict(verdict, scanned)
            self.status.show_verdict(verdict)
            self._preview_if_printed(verdict)
        sound = sound_for(verdict)
        if sound is not None:
            self.sounds.play(sound)
        self.verdict_shown.emit(verdict)

    def _recovered(self, verdicts: list[ScanVerdict]) -> None:
        notice, self._notice = self._notice, None
        for verdict in verdicts:
            self.status.show_verdict(verdict)
            self._preview_if_printed(verdict)
        if self.queue.open_entries():
            pass  # a scan is already under way: its progress owns the verdict area
        elif not verdicts:
            if notice is None:
                self.verdict_panel.show_idle()
            else:
                self.verdict_panel.show_notice(*notice)
            self.status.showMessage(self.tr("Start-up check done: nothing was left unfinished."), 15000)
        else:
            worst = max((v.verdict for v in verdicts), key=_severity)
            orders = ", ".join(v.order.order_number if v.order else str(v.attempt_id) for v in verdicts)
            headline = self.tr(
                "Start-up check: %n label(s) from the last session need a look. F5 reprints the last one.",
                "",
                len(verdicts),
            )
            self.verdict_panel.show_notice(worst, headline, orders)
        self.recovery_done.emit(verdicts)

    def _recovery_failed(self, error: BaseException) -> None:
        from packstation.app.faces import Verdict

        if not self.queue.open_entries():
            self.verdict_panel.show_notice(
                Verdict.ATTENTION,
                self.tr("The start-up check could not finish; it runs again at the next start."),
                failure_detail(error),
            )
        self.recovery_done.emit(error_text(error))

    def _preview_if_printed(self, verdict: ScanVerdict) -> None:
        printer = self._station.virtual_printer if self._station is not None else None
        outcome = verdict.print_outcome
        if printer is None or self.preview is None or outcome is None or not outcome.printed:
            return
        documents = verdict.documents_printed
        # Several boxes: a label per box, in box order; the preview shows the last one printed.
        self._prints_seen += max(1, len(verdict.parcels)) + documents
        expected, owner = self._prints_seen, self._preview_for
        from packstation.qt.widgets.label_preview import render_job

        self.runner.submit(
            Lane.PRINTER,
            lambda: render_job(printer, expected, documents),
            lambda image: self._show_preview(owner, image, documents),
            lambda error: self._no_preview(owner, error),
        )

    def _show_preview(self, owner: int, image: QImage, documents: int) -> None:
        if self.preview is not None and owner == self._preview_for:
            self.preview.show_image(image, documents)
            self.preview_shown.emit()

    def _no_preview(self, owner: int, error: BaseException) -> None:
        if self.preview is not None and owner == self._preview_for:
            self.preview.show_unavailable(str(error))

    # ------------------------------------------------------------------ focus and closing
    def closeEvent(self, event: QCloseEvent) -> None:
        # While the station is still opening the API lane is busy with that, not with a label.
        working = self.station_open and self.runner.busy(Lane.API)
        if not self._shut_down and working and self.isVisible():
            from PySide6.QtWidgets import QMessageBox

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
    from packstation.app.faces import Verdict

    return {Verdict.SUCCESS: 0, Verdict.PACKING: 0, Verdict.ATTENTION: 1, Verdict.FAILED: 2}[verdict]
