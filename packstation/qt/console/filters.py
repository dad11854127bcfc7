"""The console's filter bar: date range, station, packer, kind of problem, error code, search.

Every edit restarts a short single-shot timer; only when it fires is `filter_changed` emitted, so
typing an order number reads the journal once, not once per key. The wait is a parameter.

The error-code picker lists each code in trouble by its short name and its code, wide enough to
read ("Order data refused (sendcloud_bad_request)"); it is a list to pick from, not a text field.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from packstation.app.faces import AttemptFilter, Bucket, narrowed_to
from packstation.qt.wording import bucket_text, short_name

DEBOUNCE_MS = 250


def _start_of(day: QDate) -> datetime:
    """Local midnight of `day`, as an aware UTC time (the journal stores UTC)."""
    local = datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()
    return local.astimezone(UTC)


class FilterBar(QWidget):
    filter_changed = Signal(object)  # AttemptFilter

    def __init__(self, *, debounce_ms: int = DEBOUNCE_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._emit)

        self.dated = QCheckBox(self.tr("From"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-7))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.station = QLineEdit()
        self.station.setPlaceholderText(self.tr("any station"))
        self.packer = QLineEdit()
        self.packer.setPlaceholderText(self.tr("any packer (badge)"))
        self.problem = QComboBox()
        self.problem.addItem(self.tr("All problems"), None)
        for bucket in Bucket:
            self.problem.addItem(bucket_text(bucket), bucket.value)  # Qt keeps a StrEnum as str
        self.error_code = QComboBox()
        self.error_code.addItem(self.tr("Any error code"), None)
        # Room for a short name: an empty editable box shrank to a sliver whose entries were "…".
        self.error_code.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.error_code.setMinimumContentsLength(22)
        self.error_code.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("order or tracking number"))
        self.search.setClearButtonEnabled(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dated)
        layout.addWidget(self.since)
        layout.addWidget(QLabel(self.tr("until")))
        layout.addWidget(self.until)
        for widget in (self.station, self.packer, self.problem, self.error_code):
            layout.addWidget(widget)
        layout.addWidget(self.search, stretch=1)

        self.dated.toggled.connect(self.since.setEnabled)
        self.dated.toggled.connect(self.until.setEnabled)
        self.dated.toggled.connect(self._changed)
        self.since.dateChanged.connect(self._changed)
        self.until.dateChanged.connect(self._changed)
        for line in (self.station, self.packer, self.search):
            line.textChanged.connect(self._changed)
        self.problem.currentIndexChanged.connect(self._changed)
        self.error_code.currentIndexChanged.connect(self._changed)

    def current_filter(self) -> AttemptFilter:
        """What the bar shows now, as the journal's filter."""
        since = until = None
        if self.dated.isChecked():
            since = _start_of(self.since.date())
            until = _start_of(self.until.date()) + timedelta(days=1)  # "until" includes that day
        chosen = self.problem.currentData()
        query = AttemptFilter(
            since=since,
            until=until,
            station=self.station.text().strip() or None,
            packer_id=self.packer.text().strip() or None,
            error_code=self.error_code.currentData(),
            search=self.search.text().strip() or None,
        )
        return narrowed_to(query, Bucket(chosen) if chosen else None)

    @property
    def pending(self) -> bool:
        """An edit is waiting for the debounce to end."""
        return self._timer.isActive()

    def clear(self) -> None:
        """Back to every failed shipment, any time (one journal read, not one per widget)."""
        widgets = (self.dated, self.station, self.packer, self.problem, self.error_code, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.dated.setChecked(False)
            self.since.setEnabled(False)
            self.until.setEnabled(False)
            for line in (self.station, self.packer, self.search):
                line.clear()
            self.problem.setCurrentIndex(0)
            self.error_code.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._changed()

    def choose_problem(self, bucket: Bucket | None) -> None:
        self.problem.setCurrentIndex(self.problem.findData(bucket.value) if bucket else 0)

    def choose_error_code(self, code: str | None) -> None:
        """Pick `code` (None: any), offering it first when the journal has not listed it yet."""
        if code is not None:
            self.offer_error_codes({code})
        self.error_code.setCurrentIndex(self.error_code.findData(code) if code else 0)

    def offer_stations(self, stations: Sequence[str]) -> None:
        """The stations that wrote to the journal (on a shared journal, the warehouse's), offered as
        the station field is typed; any text still filters by exactly that station."""
        completer = QCompleter(list(stations), self.station)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.station.setCompleter(completer)
        self.station.setToolTip(", ".join(stations))

    def offer_error_codes(self, codes: set[str]) -> None:
        """Add codes seen in the journal to the error-code picker, sorted by what it shows; the
        choice stays. The popup is made as wide as its longest entry."""
        picker = self.error_code
        known = {picker.itemData(i) for i in range(1, picker.count())}
        new = codes - known
        if not new:
            return
        for code in new:
            text = f"{short_name(code)} ({code})"
            row = 1
            while row < picker.count() and picker.itemText(row).casefold() < text.casefold():
                row += 1
            picker.blockSignals(True)  # an insertion may move the current index: not a new filter
            try:
                chosen = picker.currentData()
                picker.insertItem(row, text, code)
                picker.setCurrentIndex(picker.findData(chosen) if chosen else 0)
            finally:
                picker.blockSignals(False)
        view, metrics = picker.view(), picker.fontMetrics()
        widest = max(metrics.horizontalAdvance(picker.itemText(i)) for i in range(picker.count()))
        view.setMinimumWidth(widest + view.verticalScrollBar().sizeHint().width() + 24)

    def _changed(self) -> None:
        self._timer.start()  # restarts: only the last edit of a burst counts

    def _emit(self) -> None:
        self.filter_changed.emit(self.current_filter())
