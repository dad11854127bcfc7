"""The last 20 scans with their outcome, newest first (Qt model/view)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from packstation.qt.messages import stage_text, verdict_text
from packstation.qt.scan_queue import EntryKind, EntryState, ScanEntry

MAX_ROWS = 20

# Row tint per `Verdict` value (keyed by value: the window imports this before the core is loaded).
_TINTS = {
    "success": QColor("#c8e6c9"),
    "attention": QColor("#ffe082"),
    "failed": QColor("#ffcdd2"),
}

Index = QModelIndex | QPersistentModelIndex


class RecentScansModel(QAbstractTableModel):
    TIME, SCAN, OUTCOME = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ScanEntry] = []  # newest first

    def entries(self) -> list[ScanEntry]:
        return list(self._entries)

    def upsert(self, entry: ScanEntry) -> None:
        """Add a new entry at the top, or update the row of a known one (found by ticket)."""
        for row, known in enumerate(self._entries):
            if known.ticket == entry.ticket:
                self._entries[row] = entry
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._entries.insert(0, entry)
        self.endInsertRows()
        if len(self._entries) > MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._entries) - 1)
            del self._entries[MAX_ROWS:]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Scan"), self.tr("Outcome"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and entry.verdict is not None:
            return QBrush(_TINTS[entry.verdict.verdict.value])
        if role == Qt.ItemDataRole.ToolTipRole and entry.verdict is not None:
            return entry.verdict.message
        return None

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
