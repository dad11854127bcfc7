"""The failed-shipments console: filters, the table, the detail pane, the shift chart, the actions.

Composition only: the model reads the journal on the journal lane, the detail pane and the actions
use the review on the API lane, and this window passes selections and results between them.
`ConsoleWindow(journal, review, runner, require_lead)`; `review` None gives a read-only console.

Every action has a shortcut (and a mnemonic in the Actions menu); Tab leaves the table. The table,
the detail pane and the chart sit in splitters; with a `UiState` their sizes, the columns' widths
and whether the chart is shown are remembered across openings and restarts. After an action the
rows are read again and the selection is kept: the same attempt when it is still listed, else the
row that took its place, and the detail pane always shows what is selected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from packstation.app.faces import (
    Attempt,
    AttemptFilter,
    AttemptId,
    Bucket,
    FailureReview,
    Journal,
    Stats,
    VerificationCatches,
    bucket_of,
    shift_stats,
)
from packstation.qt.console.actions import ActionResult, ConsoleActions, RequireLead
from packstation.qt.console.chart import ShiftChart
from packstation.qt.console.detail import DetailPane
from packstation.qt.console.filters import DEBOUNCE_MS, FilterBar
from packstation.qt.console.model import PAGE_SIZE, AttemptTableModel, Column
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.ui_state import UiState
from packstation.qt.wording import batch_problem, error_text

log = logging.getLogger(__name__)

SHIFT_HOURS = 12  # the chart's window: the last this many hours
SAVE_LAYOUT_MS = 500  # a splitter drag moves many times: its layout is written once it rests

# Keys of the console's remembered layout in `UiState`.
_MAIN_SPLITTER = "console/main_splitter"
_SIDE_SPLITTER = "console/side_splitter"
_DETAIL_SPLITTER = "console/detail_splitter"
_COLUMNS = "console/columns"
_CHART_SHOWN = "console/chart_shown"

# The actions' keys. Chosen not to mean something else here: F5 refreshes (as in every list), and
# Ctrl+R is not used, because on the packing screen it reprints while here it would make a label.
KEYS: dict[str, str] = {
    "fix": "Ctrl+E",
    "retry": "Ctrl+T",
    "batch": "Ctrl+Shift+T",
    "reprint": "Ctrl+P",
    "void": "Ctrl+Shift+V",
    "second_label": "Ctrl+Shift+L",
    "delete": "Ctrl+Shift+D",
    "resolve": "Ctrl+M",
    "export": "Ctrl+S",
    "refresh": "F5",
    "chart": "Ctrl+G",
}


class ConsoleWindow(QMainWindow):
    rows_shown = Signal()  # the first page of the current filter is in the view
    stats_shown = Signal()
    action_finished = Signal(object)  # ActionResult, after the table and the detail were refreshed

    def __init__(
        self,
        journal: Journal,
        review: FailureReview | None,
        runner: TaskRunner,
        require_lead: RequireLead,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        debounce_ms: int = DEBOUNCE_MS,
        shift_hours: float = SHIFT_HOURS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        ui_state: UiState | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Failed shipments — %1").replace("%1", journal.station))
        self._journal = journal
        self._runner = runner
        self._shift = timedelta(hours=shift_hours)
        self._clock = clock
        self._started = False
        self._ui_state = ui_state
        # What to select again once the rows are read again after an action (ids, and the row).
        self._keep: tuple[frozenset[AttemptId], int] | None = None

        self.filters = FilterBar(debounce_ms=debounce_ms)
        self.count = QLabel()
        self.catches = QLabel()  # what item verification caught this shift (hidden without any)
        self.catches.setObjectName("verificationCatches")
        self.catches.setWordWrap(True)
        self.catches.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AttemptTableModel(journal, runner, page_size=page_size, parent=self)
        self.table = self._build_table()
        self.detail = DetailPane(journal, review, runner)
        self.chart = ShiftChart()
        self.review_actions = ConsoleActions(journal, review, runner, require_lead, self)

        self._build_toolbar()

        central = self._build_splitters()
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self.side_splitter.setSizes([790, 490])

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_LAYOUT_MS)
        self._save_timer.timeout.connect(self.save_layout)
        self._restore_layout()
        for splitter in (self.main_splitter, self.side_splitter, self.detail.splitter):
            splitter.splitterMoved.connect(lambda _pos, _index: self._save_timer.start())
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._save_timer.start())

        self.filters.filter_changed.connect(self.apply_filter)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.page_loaded.connect(lambda _: self._show_count())
        self.model.load_failed.connect(lambda error: self._show_result(False, error_text(error)))
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.review_actions.finished.connect(self._on_action_finished)
        self._update_actions()

    # ------------------------------------------------------------------------------------- public

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            if self._ui_state is None or self._ui_state.state(_COLUMNS) is None:
                self._fit_columns()
            self.model.set_filter(self.filters.current_filter())
            self.load_stats()
            self._load_error_codes()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_timer.isActive():
            self.save_layout()
        super().closeEvent(event)

    def apply_filter(self, query: AttemptFilter) -> None:
        self._keep = None
        self.detail.show_attempt(None)
        self.model.set_filter(query)

    def refresh(self) -> None:
        """Read the rows, the chart and the codes again; the selection stays (see `_reselect`)."""
        rows = self.table.selectionModel().selectedRows()
        ids = frozenset(self.model.attempt_at(index.row()).id for index in rows)
        self._keep = (ids, min(index.row() for index in rows)) if rows else None
        self.model.reload()
        self.load_stats()
        self._load_error_codes()

    def save_layout(self) -> None:
        """Remember the splitters, the columns and the chart (written on the journal lane: disk)."""
        self._save_timer.stop()
        state = self._ui_state
        if state is None:
            return
        state.set_state(_MAIN_SPLITTER, self.main_splitter.saveState())
        state.set_state(_SIDE_SPLITTER, self.side_splitter.saveState())
        state.set_state(_DETAIL_SPLITTER, self.detail.splitter.saveState())
        state.set_state(_COLUMNS, self.table.horizontalHeader().saveState())
        state.set_flag(_CHART_SHOWN, self.chart_action.isChecked())
        self._runner.submit(
            Lane.JOURNAL,
            state.snapshot(),
            lambda _: None,
            lambda error: log.warning("layout not saved: %s", error),
        )

    def show_chart(self, shown: bool) -> None:
        self.chart_action.setChecked(shown)

    def load_stats(self) -> None:
        until = self._clock()
        since = until - self._shift

        def failed(error: BaseException) -> None:
            self._show_result(False, error_text(error))

        journal = self._journal

        def read() -> tuple[Stats, VerificationCatches]:
            return shift_stats(journal, since, until), journal.verification_catches(since, until)

        self._runner.submit(Lane.JOURNAL, read, self._on_stats, failed)

    def selected_attempts(self) -> list[Attempt]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.attempt_at(row) for row in rows]

    def export_to(self, path: Path) -> None:
        """Export what the view shows (its filter and order) to `path`."""
        self.review_actions.export_csv(self.model.filter, path, self.model.order)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        table.setTabKeyNavigation(False)  # Tab goes on to the detail pane; arrows move in the table
        header = table.horizontalHeader()
        header.setSortIndicator(Column.STARTED, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the message takes what is left, never off to the right
        header.setMinimumSectionSize(48)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the tooltip has the whole text
        # Widths from the font, for what each column usually holds: wide enough to read, narrow
        # enough that the error code and the message stay in view beside the detail pane.
        metrics = table.fontMetrics()
        samples = {
            Column.STARTED: "2000-00-00 00:00:00",
            Column.STATION: "station-00",
            Column.PACKER: "Packer name",
            Column.ORDER: "SHOP-000000",
            Column.TRACKING: "JVGL0000000",
            Column.PROBLEM: "Created but not printed",
            Column.ERROR_CODE: "sendcloud_bad_request",
        }
        for column, sample in samples.items():
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        return table

    def _build_splitters(self) -> QWidget:
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal)  # the table | the detail pane
        self.side_splitter.addWidget(self.table)
        self.side_splitter.addWidget(self.detail)
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)  # the rows | the chart
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.addWidget(self.chart)
        self.main_splitter.setCollapsible(0, False)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        central = QWidget()
        layout = self._central_layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.catches)
        layout.addWidget(self.result)
        layout.addWidget(self.main_splitter, stretch=1)
        return central

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setObjectName("console_actions")
        self.addToolBar(self.toolbar)
        # The same actions in a menu: there the mnemonics work (Alt+A, then the underlined letter).
        self.actions_menu = QMenu(self.tr("&Actions"), self)
        self.view_menu = QMenu(self.tr("&View"), self)
        self.menuBar().addMenu(self.actions_menu)
        self.menuBar().addMenu(self.view_menu)
        self.fix_action = self._action(self.tr("&Fix order…"), "fix", self._on_fix)
        self.retry_action = self._action(self.tr("&Retry"), "retry", self._on_retry)
        self.batch_action = self._action(self.tr("Retry &selected"), "batch", self._on_batch)
        self.reprint_action = self._action(self.tr("Re&print"), "reprint", self._on_reprint)
        self.void_action = self._action(self.tr("&Void label…"), "void", self._on_void)
        self.second_label_action = self._action(
            self.tr("Second &label…"), "second_label", self._on_second_label
        )
        self.delete_action = self._action(self.tr("&Delete order…"), "delete", self._on_delete)
        self.resolve_action = self._action(self.tr("&Mark resolved…"), "resolve", self._on_resolve)
        self.toolbar.addSeparator()
        self.actions_menu.addSeparator()
        self.export_action = self._action(self.tr("&Export CSV…"), "export", self._on_export)
        self.refresh_action = self._action(self.tr("Re&fresh"), "refresh", self.refresh, menu=self.view_menu)
        self.chart_action = self._action(self.tr("Shift &chart"), "chart", lambda: None, menu=self.view_menu)
        self.chart_action.setCheckable(True)
        self.chart_action.setChecked(True)
        self.chart_action.toggled.connect(self._chart_toggled)

    def _fit_columns(self, message_room: int = 160) -> None:
        """Narrow the columns, in proportion, until the message column has `message_room` pixels
        in view: no column hides behind the horizontal scroll bar at the first opening."""
        self._central_layout.activate()  # the table's width, before the first paint
        table = self.table
        fixed = [column for column in Column if column is not Column.MESSAGE]
        used = sum(table.columnWidth(column) for column in fixed)
        room = table.viewport().width() - message_room
        if used <= room or room <= 0:
            return
        header = table.horizontalHeader()
        for column in fixed:
            width = table.columnWidth(column) * room // used
            table.setColumnWidth(column, max(width, header.sectionSizeFromContents(column).width()))

    def _restore_layout(self) -> None:
        state = self._ui_state
        if state is None:
            return
        for key, splitter in (
            (_MAIN_SPLITTER, self.main_splitter),
            (_SIDE_SPLITTER, self.side_splitter),
            (_DETAIL_SPLITTER, self.detail.splitter),
        ):
            if (saved := state.state(key)) is not None:
                splitter.restoreState(saved)
        if (columns := state.state(_COLUMNS)) is not None:
            self.table.horizontalHeader().restoreState(columns)
        self.chart_action.setChecked(state.flag(_CHART_SHOWN, True))

    def _chart_toggled(self, shown: bool) -> None:
        self.chart.setVisible(shown)
        self._save_timer.start()

    # ---------------------------------------------------------------------------------- reactions

    def _on_reloaded(self) -> None:
        self._show_count()
        self._reselect()
        self._update_actions()
        self.rows_shown.emit()

    def _reselect(self) -> None:
        """After an action: the same attempts when they are still listed, else the row now where
        the first one was (a retried or resolved failure leaves the view; the lead goes on with
        the next). The detail pane follows the selection, so it never shows a row that left."""
        keep, self._keep = self._keep, None
        if keep is None:
            return
        ids, first_row = keep
        rows = [row for row, attempt in enumerate(self.model.loaded()) if attempt.id in ids]
        if not rows and self.model.rowCount():
            rows = [min(first_row, self.model.rowCount() - 1)]
        if not rows:
            self.detail.show_attempt(None)
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, len(Column) - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.table.scrollTo(self.model.index(rows[0], 0))
        if len(rows) == 1 and self.detail.attempt == self.model.attempt_at(rows[0]):
            # The same row, unchanged in the journal: the action may still have changed the order
            # in Sendcloud (a fix), so the pane reads it again.
            self.detail.show_attempt(self.model.attempt_at(rows[0]))

    def _load_error_codes(self) -> None:
        """Every code now in trouble, for the picker (not only those on the first page)."""
        journal = self._journal
        self._runner.submit(
            Lane.JOURNAL,
            lambda: journal.error_codes(AttemptFilter(troubles_only=True)),
            lambda codes: self.filters.offer_error_codes(set(codes)),
            lambda error: self._show_result(False, error_text(error)),
        )
        self._runner.submit(
            Lane.JOURNAL,
            journal.stations,  # on a shared journal, every station of the warehouse
            self.filters.offer_stations,
            lambda error: self._show_result(False, error_text(error)),
        )

    def _on_stats(self, figures: tuple[Stats, VerificationCatches]) -> None:
        stats, catches = figures
        self.chart.set_stats(stats)
        self._show_catches(catches)
        self.stats_shown.emit()

    def _show_catches(self, catches: VerificationCatches) -> None:
        """Errors item verification stopped before a box was closed: per packer, and the busiest hour."""
        self.catches.setVisible(catches.total > 0)
        if not catches.total:
            return
        nobody = self.tr("(nobody signed in)")  # outside the f-string: lupdate reads no f-string
        packers = ", ".join(f"{name or nobody} {count}" for name, count in catches.by_packer)
        hour, most = max(catches.by_hour, key=lambda item: item[1])
        text = self.tr(
            "Item checks caught %n wrong or extra item(s) this shift: %1; most at %2 (%3).", "", catches.total
        )
        self.catches.setText(
            text.replace("%1", packers)
            .replace("%2", hour.astimezone().strftime("%H:00"))
            .replace("%3", str(most))
        )

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%n failed shipment(s) (%1 loaded)", "", self.model.total).replace(
                "%1", str(self.model.rowCount())
            )
        )

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = self.selected_attempts()
        one = chosen[0] if len(chosen) == 1 else None
        shown = self.detail.attempt
        # A reload re-selects the row: show it again only when it changed (no second order fetch).
        if one is None or shown is None or one != shown:
            self.detail.show_attempt(one)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_attempts()
        one = chosen[0] if len(chosen) == 1 else None
        online = self.review_actions.available
        has_order = one is not None and one.order_number is not None
        has_label = one is not None and one.parcel_id is not None and one.voided_at is None
        # An already-shipped order is never retried (the guard would refuse it again, one more
        # failed row each time): its label is reprinted instead, or a second one shipped.
        shipped = one is not None and bucket_of(one) is Bucket.ALREADY_SHIPPED
        self.fix_action.setEnabled(online and has_order and not shipped)
        self.retry_action.setEnabled(online and has_order and not shipped)
        self.batch_action.setEnabled(online and len(chosen) > 1 and batch_problem(chosen) is None)
        self.reprint_action.setEnabled(online and (has_label or shipped))
        self.void_action.setEnabled(online and has_label)
        self.second_label_action.setEnabled(online and shipped)
        self.delete_action.setEnabled(online and has_order)
        self.resolve_action.setEnabled(online and one is not None)

    def _on_action_finished(self, result: ActionResult) -> None:
        self._show_result(result.ok, result.text)
        if result.action != "export":
            self.refresh()
        self.action_finished.emit(result)

    def _show_result(self, ok: bool, text: str) -> None:
        colour = "#1b5e20" if ok else "#b71c1c"
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result.setText(text)

    # ------------------------------------------------------------------------------------ buttons

    def _action(self, text: str, key: str, slot: Callable[[], None], *, menu: QMenu | None = None) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(KEYS[key]))
        # The console's own window only: F5 or Ctrl+P must never act here from the packing screen.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.iconText()} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        (menu or self.actions_menu).addAction(action)
        return action

    def _one(self) -> Attempt | None:
        chosen = self.selected_attempts()
        return chosen[0] if len(chosen) == 1 else None

    def _on_fix(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.fix_order(attempt)

    def _on_retry(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.retry(attempt)

    def _on_batch(self) -> None:
        self.review_actions.retry_batch(self.selected_attempts())

    def _on_reprint(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.reprint(attempt)

    def _on_void(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.void(attempt)

    def _on_second_label(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.ship_second_label(attempt)

    def _on_delete(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.delete_order(attempt)

    def _on_resolve(self) -> None:
        if (attempt := self._one()) is not None:
            self.review_actions.mark_resolved(attempt)

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the failed shipments"), str(self.export_proposal()), self.tr("CSV (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_proposal(self) -> Path:
        """Where the export is offered: the lead's documents folder (the working directory is the
        install folder or wherever the station was started), named by today's date."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = self._clock().astimezone().strftime("%Y-%m-%d")
        return Path(folder or Path.home()) / f"failed-shipments-{day}.csv"
