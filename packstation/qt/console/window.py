"""The failed-shipments console: filters, the table, the detail pane, the shift chart, the actions.

Composition only: the model reads the journal on the journal lane, the detail pane and the actions
use the review on the API lane, and this window passes selections and results between them.
`ConsoleWindow(journal, review, runner, require_lead)`; `review` None gives a read-only console.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from packstation.app.faces import Attempt, AttemptFilter, FailureReview, Journal, Stats
from packstation.qt.console.actions import ActionResult, ConsoleActions, RequireLead
from packstation.qt.console.chart import ShiftChart
from packstation.qt.console.detail import DetailPane
from packstation.qt.console.filters import DEBOUNCE_MS, FilterBar
from packstation.qt.console.model import PAGE_SIZE, AttemptTableModel, Column
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import batch_problem, error_text

SHIFT_HOURS = 12  # the chart's window: the last this many hours


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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Failed shipments — %1").replace("%1", journal.station))
        self._journal = journal
        self._runner = runner
        self._shift = timedelta(hours=shift_hours)
        self._clock = clock
        self._started = False

        self.filters = FilterBar(debounce_ms=debounce_ms)
        self.count = QLabel()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = AttemptTableModel(journal, runner, page_size=page_size, parent=self)
        self.table = self._build_table()
        self.detail = DetailPane(journal, review, runner)
        self.chart = ShiftChart()
        self.review_actions = ConsoleActions(journal, review, runner, require_lead, self)

        self._build_toolbar()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.filters)
        layout.addWidget(self.count)
        layout.addWidget(self.result)
        layout.addWidget(splitter, stretch=1)
        layout.addWidget(self.chart)
        self.setCentralWidget(central)
        self.resize(1280, 800)

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
            self.model.set_filter(self.filters.current_filter())
            self.load_stats()

    def apply_filter(self, query: AttemptFilter) -> None:
        self.detail.show_attempt(None)
        self.model.set_filter(query)

    def refresh(self) -> None:
        self.model.reload()
        self.detail.refresh()
        self.load_stats()

    def load_stats(self) -> None:
        until = self._clock()
        since = until - self._shift

        def failed(error: BaseException) -> None:
            self._show_result(False, error_text(error))

        self._runner.submit(Lane.JOURNAL, lambda: self._journal.stats(since, until), self._on_stats, failed)

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
        table.horizontalHeader().setSortIndicator(Column.STARTED, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        for column, width in ((Column.STARTED, 150), (Column.PROBLEM, 170), (Column.ERROR_CODE, 190)):
            table.setColumnWidth(column, width)
        return table

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Actions"))
        self.addToolBar(self.toolbar)
        self.fix_action = self._action(self.tr("Fix order…"), self._on_fix)
        self.retry_action = self._action(self.tr("Retry"), self._on_retry)
        self.batch_action = self._action(self.tr("Retry selected"), self._on_batch)
        self.reprint_action = self._action(self.tr("Reprint"), self._on_reprint)
        self.void_action = self._action(self.tr("Void label…"), self._on_void)
        self.second_label_action = self._action(self.tr("Second label…"), self._on_second_label)
        self.delete_action = self._action(self.tr("Delete order…"), self._on_delete)
        self.resolve_action = self._action(self.tr("Mark resolved…"), self._on_resolve)
        self.toolbar.addSeparator()
        self.export_action = self._action(self.tr("Export CSV…"), self._on_export)
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh)

    # ---------------------------------------------------------------------------------- reactions

    def _on_reloaded(self) -> None:
        self._show_count()
        self._update_actions()
        codes = {attempt.error_code for attempt in self.model.loaded() if attempt.error_code}
        self.filters.offer_error_codes(codes)
        self.rows_shown.emit()

    def _on_stats(self, stats: Stats) -> None:
        self.chart.set_stats(stats)
        self.stats_shown.emit()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%n failed shipment(s) (%1 loaded)", "", self.model.total).replace(
                "%1", str(self.model.rowCount())
            )
        )

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = self.selected_attempts()
        self.detail.show_attempt(chosen[0] if len(chosen) == 1 else None)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_attempts()
        one = chosen[0] if len(chosen) == 1 else None
        online = self.review_actions.available
        has_order = one is not None and one.order_number is not None
        has_label = one is not None and one.parcel_id is not None and one.voided_at is None
        self.fix_action.setEnabled(online and has_order)
        self.retry_action.setEnabled(online and has_order)
        self.batch_action.setEnabled(online and len(chosen) > 1 and batch_problem(chosen) is None)
        self.reprint_action.setEnabled(online and has_label)
        self.void_action.setEnabled(online and has_label)
        self.second_label_action.setEnabled(
            online and one is not None and one.error_code == "already_shipped"
        )
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

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
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
            self, self.tr("Export the failed shipments"), "failed-shipments.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.export_to(Path(name))
