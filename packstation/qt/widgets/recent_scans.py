"""The last 20 scans with their outcome, newest first (Qt model/view).

The model is a `QStandardItemModel` filled from Python, not a Python `QAbstractTableModel`: the
view would call a Python `headerData` while the window is first laid out, and that call's `Qt`
enums alone cost ~15 ms of start-up (qt/enum_names.py). Each paint then reads C++ items, too.
A row's texts and colours are set when its scan changes, so they follow the language and theme the
app started with (both apply at the next start anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from packstation.qt.scan_queue import EntryKind, EntryState, ScanEntry
from packstation.qt.theme import active_theme
from packstation.qt.wording import stage_text, verdict_text

MAX_ROWS = 20


class RecentScansModel(QStandardItemModel):
    TIME, SCAN, OUTCOME = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Scan"), self.tr("Outcome")])
        self._entries: list[ScanEntry] = []  # newest first, one per row

    def entries(self) -> list[ScanEntry]:
        return list(self._entries)

    def upsert(self, entry: ScanEntry) -> None:
        """Add a new entry at the top, or update the row of a known one (found by ticket)."""
        for row, known in enumerate(self._entries):
            if known.ticket == entry.ticket:
                self._entries[row] = entry
                # The row's own items, changed in place: replacing them (setItem) would re-lay out
                # the whole view, three times per update and ~6 updates per scan.
                self._fill([self.item(row, column) for column in range(self.columnCount())], entry)
                return
        self._entries.insert(0, entry)
        items = [QStandardItem() for _ in range(self.columnCount())]
        for item in items:  # read-only, like the view: the list only reports
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
        self._fill(items, entry)
        self.insertRow(0, items)
        if len(self._entries) > MAX_ROWS:
            del self._entries[MAX_ROWS:]
            self.removeRows(MAX_ROWS, self.rowCount() - MAX_ROWS)

    def _fill(self, items: list[QStandardItem], entry: ScanEntry) -> None:
        for column, item in enumerate(items):
            item.setText(self._text(entry, column))
        if entry.verdict is not None:
            # The row's tint and its text colour come together from the theme: a tint with the
            # palette's text colour could be unreadable (white text on a pale tint in high contrast).
            background, text = active_theme().row_colours(entry.verdict.verdict.value)
            for item in items:
                item.setBackground(QBrush(background))
                item.setForeground(QBrush(text))
                item.setToolTip(entry.verdict.message)

    def _text(self, entry: ScanEntry, column: int) -> str:
        if column == self.TIME:
            return entry.at.strftime("%H:%M:%S")
        if column == self.SCAN:
            if entry.kind is EntryKind.REPRINT:
                order = entry.verdict.order.order_number if entry.verdict and entry.verdict.order else ""
                return self.tr("Reprint %1").replace("%1", order).strip()
            return entry.raw
        return self.outcome_text(entry)

    def outcome_text(self, entry: ScanEntry) -> str:
        if entry.state is EntryState.QUEUED:
            return self.tr("queued")
        if entry.state is EntryState.WORKING or entry.verdict is None:
            return stage_text(entry.stage) if entry.stage else self.tr("working…")
        return verdict_text(entry.verdict, entry.raw)


class RecentScansView(QTableView):
    """Read-only; clicking a row never keeps the keyboard focus (the scan field takes it back)."""

    def __init__(self, model: RecentScansModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentScans")
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        # Fixed widths from the font, not ResizeToContents: that re-measures every row on every
        # change, and each scan changes its row six times (bench/gui_stall.py measured the stall).
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        header.setSectionResizeMode(RecentScansModel.TIME, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RecentScansModel.TIME, metrics.horizontalAdvance("00:00:00") + padding)
        header.setSectionResizeMode(RecentScansModel.SCAN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RecentScansModel.SCAN, metrics.horizontalAdvance("W" * 16) + padding)
        header.setSectionResizeMode(RecentScansModel.OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + padding // 2)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
