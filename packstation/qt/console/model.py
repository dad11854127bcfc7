"""The console's table: attempts from the journal, read a page at a time on the journal lane.

The view asks `canFetchMore`/`fetchMore` as it scrolls; each page is read on `Lane.JOURNAL` and
appended when it arrives, so the GUI thread never touches the journal. A new filter or sort order
starts a new *generation*: answers for an older one that arrive late are dropped, so fast typing in
the search field can never show rows of a filter no longer asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from packstation.app.faces import Attempt, AttemptFilter, AttemptOrder, Journal, bucket_of
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import bucket_description, bucket_text, short_name, stage_descriptions

PAGE_SIZE = 200


class Column(IntEnum):
    STARTED = 0
    STATION = 1
    PACKER = 2
    ORDER = 3
    TRACKING = 4
    PROBLEM = 5
    ERROR_CODE = 6
    MESSAGE = 7


_COLUMNS: tuple[Column, ...] = tuple(Column)  # by index: faster than Column(n) in `data`
_ROLES = frozenset(
    role.value
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
)

# Sorting by a column asks the journal for that order (the whole filtered set is sorted, not just
# the rows loaded so far). Columns without an index-backed order are not sortable.
_SORT_ORDERS: dict[Column, tuple[AttemptOrder, AttemptOrder]] = {  # (ascending, descending)
    Column.STARTED: (AttemptOrder.OLDEST, AttemptOrder.NEWEST),
    Column.STATION: (AttemptOrder.STATION, AttemptOrder.STATION),
    Column.PACKER: (AttemptOrder.PACKER, AttemptOrder.PACKER),
    Column.ORDER: (AttemptOrder.ORDER_NUMBER, AttemptOrder.ORDER_NUMBER),
    Column.PROBLEM: (AttemptOrder.STAGE, AttemptOrder.STAGE),
    Column.ERROR_CODE: (AttemptOrder.ERROR_CODE, AttemptOrder.ERROR_CODE),
}


@dataclass(frozen=True)
class _FirstPage:
    total: int
    rows: tuple[Attempt, ...]


class AttemptTableModel(QAbstractTableModel):
    """Read-only rows of `Journal.attempts(filter, order_by, limit, offset)`."""

    reloaded = Signal()  # the first page of the current filter is in the model
    page_loaded = Signal(int)  # rows appended by `fetchMore`
    load_failed = Signal(object)  # the BaseException a journal read raised

    def __init__(
        self,
        journal: Journal,
        runner: TaskRunner,
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._page_size = page_size
        self._filter = AttemptFilter(troubles_only=True)
        self._order = AttemptOrder.NEWEST
        self._rows: list[Attempt] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._loading = False

    # ------------------------------------------------------------------------------------ queries

    @property
    def filter(self) -> AttemptFilter:
        return self._filter

    @property
    def order(self) -> AttemptOrder:
        return self._order

    @property
    def total(self) -> int:
        """How many attempts match the filter (the rows loaded may be fewer)."""
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading or self._fetching

    @property
    def reloading(self) -> bool:
        """A first page was asked for and `reloaded` has not been emitted for it yet."""
        return self._loading

    def attempt_at(self, row: int) -> Attempt:
        return self._rows[row]

    def loaded(self) -> tuple[Attempt, ...]:
        return tuple(self._rows)

    def set_filter(self, query: AttemptFilter) -> None:
        self._filter = query
        self.reload()

    def set_order(self, order: AttemptOrder) -> None:
        if order is self._order:
            return  # the view re-announces its sort indicator; that is no reason to read again
        self._order = order
        self.reload()

    def reload(self) -> None:
        """Read the count and the first page again (after a filter change or an action)."""
        self._generation += 1
        generation, query, order, size = self._generation, self._filter, self._order, self._page_size
        self._loading = True
        self._fetching = False

        def read() -> _FirstPage:
            return _FirstPage(
                self._journal.count(query), self._journal.attempts(query, order, limit=size, offset=0)
            )

        def done(page: _FirstPage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self.beginResetModel()
            self._rows = list(page.rows)
            self._total = page.total
            self.endResetModel()
            self.reloaded.emit()

        self._runner.submit(Lane.JOURNAL, read, done, self._failed(generation))

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = self._fetching = False
                self.load_failed.emit(error)

        return failed

    # ------------------------------------------------------------------------------ lazy loading

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading or self._fetching:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, order = self._generation, self._filter, self._order
        offset, size = len(self._rows), self._page_size

        def read() -> tuple[Attempt, ...]:
            return self._journal.attempts(query, order, limit=size, offset=offset)

        def done(rows: tuple[Attempt, ...]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            else:
                self._total = len(self._rows)  # rows went away under us (a purge): stop asking
            self.page_loaded.emit(len(rows))

        self._runner.submit(Lane.JOURNAL, read, done, self._failed(generation))

    # --------------------------------------------------------------------------------- the model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.STARTED: self.tr("Scanned at"),
            Column.STATION: self.tr("Station"),
            Column.PACKER: self.tr("Packer"),
            Column.ORDER: self.tr("Order"),
            Column.TRACKING: self.tr("Tracking"),
            Column.PROBLEM: self.tr("Problem"),
            Column.ERROR_CODE: self.tr("Error code"),
            Column.MESSAGE: self.tr("Message"),
        }[Column(section)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # The view asks each visible cell for a dozen roles on every paint; three are answered, so
        # the others return before any lookup (every column in view made this the paint's cost).
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        attempt = self._rows[row]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(attempt, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(attempt, column)
        if role == Qt.ItemDataRole.UserRole:
            return attempt.id
        return None

    def _tooltip(self, attempt: Attempt, column: Column) -> str | None:
        """The whole of what a narrow column cuts short (its cells are elided, never wrapped)."""
        if column is Column.PROBLEM:
            bucket = bucket_of(attempt)
            return bucket_description(bucket) if bucket is not None else stage_descriptions()[attempt.stage]
        if column is Column.ERROR_CODE and attempt.error_code:
            return f"{short_name(attempt.error_code)} ({attempt.error_code})"
        if column is Column.MESSAGE and attempt.error_message:
            return attempt.error_message
        return None

    def _display(self, attempt: Attempt, column: Column) -> str:
        if column is Column.PROBLEM:
            bucket = bucket_of(attempt)
            return bucket_text(bucket) if bucket is not None else attempt.stage.value
        if column is Column.STARTED:
            return attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column is Column.MESSAGE:
            return (attempt.error_message or "").partition("\n")[0]
        text = {
            Column.STATION: attempt.station,
            Column.PACKER: attempt.packer_name or attempt.packer_id,
            Column.ORDER: attempt.order_number or attempt.raw_scan,
            Column.TRACKING: attempt.tracking_number,
            Column.ERROR_CODE: attempt.error_code,
        }[column]
        return text or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        orders = _SORT_ORDERS.get(Column(column))
        if orders is None:
            return
        self.set_order(orders[1] if order == Qt.SortOrder.DescendingOrder else orders[0])
