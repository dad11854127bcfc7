"""The detail pane: one attempt's whole history, its API error in words, the order as it is now.

The error part is drawn at once from the row; the history is read on the journal lane and the
order fetched from Sendcloud on the API lane. A newer selection makes older answers stale: they
are dropped (the pane never shows one attempt's history under another's error).

The three parts sit in a vertical splitter (the window remembers its sizes); the error part
scrolls rather than squeezing its wrapped lines, so a long Sendcloud message is never cut.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app.faces import Attempt, FailureReview, Journal, Order, bucket_of, field_label
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import (
    bucket_description,
    bucket_text,
    error_text,
    item_outcome_text,
    stage_descriptions,
    stage_name,
)


def order_summary(order: Order) -> str:
    """The order as a person reads it: address, weight, items (not Sendcloud's JSON)."""

    # Spelled out per string (no local helper): lupdate files a message under its context only when
    # it sees the literal QCoreApplication.translate("DetailPane", ...) call.
    translate = QCoreApplication.translate
    lines = [
        translate("DetailPane", "%1 (Sendcloud id %2, shop %3)")
        .replace("%1", order.order_number)
        .replace("%2", str(order.id or "—"))
        .replace("%3", str(order.integration_id))
    ]
    address = order.shipping_address
    if address is None:
        lines.append(translate("DetailPane", "Ship to: no shipping address"))
    else:
        name = address.name + (f", {address.company_name}" if address.company_name else "")
        lines.append(translate("DetailPane", "Ship to: %1").replace("%1", name))
        lines.append("  " + " ".join(part for part in (address.address_line_1, address.house_number) if part))
        if address.address_line_2:
            lines.append(f"  {address.address_line_2}")
        lines.append(f"  {address.postal_code} {address.city} {address.country_code}")
    measurement = order.shipping_details.measurement if order.shipping_details else None
    if measurement is not None and measurement.weight is not None:
        weight = f"{measurement.weight.value:g} {measurement.weight.unit}"
        lines.append(translate("DetailPane", "Weight: %1").replace("%1", weight))
    lines.append(translate("DetailPane", "Items:"))
    lines.extend(
        f"  {item.quantity} × {item.name}" + (f" ({item.sku})" if item.sku else "")
        for item in order.order_details.order_items
    )
    return "\n".join(lines)


class DetailPane(QWidget):
    history_shown = Signal(int)  # attempt id
    order_shown = Signal(int)  # attempt id; after the order (or why it could not be read) is shown

    def __init__(
        self,
        journal: Journal,
        review: FailureReview | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._review = review
        self._runner = runner
        self._attempt: Attempt | None = None
        self._shown = 0  # selection counter: answers for an older selection are stale

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.problem = QLabel()
        self.status = QLabel()
        self.code = QLabel()
        self.field = QLabel()
        self.message = QLabel()
        self.detail = QLabel()
        for label in (self.problem, self.status, self.code, self.field, self.message, self.detail):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error_box = QGroupBox(self.tr("What went wrong"))
        form = QFormLayout(error_box)
        form.addRow(self.tr("Problem"), self.problem)
        form.addRow(self.tr("HTTP status"), self.status)
        form.addRow(self.tr("Error code"), self.code)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("Message"), self.message)
        form.addRow(self.tr("Detail"), self.detail)
        # Wrapped labels get the height their text needs (heightForWidth) only from a scroll area:
        # squeezed into a plain layout beside two stretching boxes they were cut to a line and a half.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error_area = QScrollArea()
        self.error_area.setWidgetResizable(True)
        self.error_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.error_area.setWidget(error_box)

        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Stage"), self.tr("After"), self.tr("Error code")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)

        self.order = QPlainTextEdit()
        self.order.setReadOnly(True)
        order_box = QGroupBox(self.tr("The order in Sendcloud now"))
        QVBoxLayout(order_box).addWidget(self.order)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for part, stretch in ((self.error_area, 3), (history_box, 2), (order_box, 2)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.indexOf(part), stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, stretch=1)
        self.show_attempt(None)

    @property
    def attempt(self) -> Attempt | None:
        return self._attempt

    def show_attempt(self, attempt: Attempt | None) -> None:
        self._shown += 1
        self._attempt = attempt
        self.history.setRowCount(0)
        if attempt is None:
            self.heading.setText(self.tr("Select a row to see what happened."))
            for label in (self.problem, self.status, self.code, self.field, self.message, self.detail):
                label.clear()
            self.order.clear()
            return
        order = attempt.order_number or attempt.raw_scan or "—"
        self.heading.setText(
            self.tr("<b>%1</b> — scanned %2 at %3 by %4")
            .replace("%1", order)
            .replace("%2", attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%3", attempt.station)
            .replace("%4", attempt.packer_name or attempt.packer_id or self.tr("nobody signed in"))
        )
        self._show_error(attempt)
        self._load_history(attempt)
        self._load_order(attempt)

    def refresh(self) -> None:
        """Read the shown attempt again (after an action changed it)."""
        if self._attempt is None:
            return
        attempt_id, shown = self._attempt.id, self._shown

        def done(fresh: Attempt) -> None:
            if shown == self._shown:
                self.show_attempt(fresh)

        self._runner.submit(Lane.JOURNAL, lambda: self._journal.attempt(attempt_id), done, lambda _: None)

    def _show_error(self, attempt: Attempt) -> None:
        bucket = bucket_of(attempt)
        self.problem.setText(
            f"{bucket_text(bucket)} — {bucket_description(bucket)}"
            if bucket is not None
            else stage_descriptions()[attempt.stage]
        )
        self.status.setText(str(attempt.error_status) if attempt.error_status is not None else "—")
        self.code.setText(attempt.error_code or "—")
        self.field.setText(field_label(attempt.error_pointer) if attempt.error_pointer else "—")
        self.message.setText(attempt.error_message or "—")
        self.detail.setText(attempt.error_detail or "—")

    def _load_history(self, attempt: Attempt) -> None:
        shown, journal = self._shown, self._journal

        def read() -> list[tuple[datetime, tuple[str, str, str, str], str]]:
            """The stages and the item scans (item verification), in the order they happened."""
            rows = [
                (
                    event.at,
                    (
                        event.at.astimezone().strftime("%H:%M:%S.%f")[:-3],
                        stage_name(event.stage),
                        f"{event.duration_ms} ms",
                        # The weight sent with the label request (issue 17), where it was weighed;
                        # with several boxes (issue 18) their weights, then their parcels.
                        event.error_code
                        or str(
                            event.fields.get("weight")
                            or event.fields.get("weights")
                            or event.fields.get("parcels")
                            or ""
                        ),
                    ),
                    stage_descriptions()[event.stage],
                )
                for event in journal.history(attempt.id)
            ]
            boxes = journal.boxes(attempt.id)
            rows += [
                (
                    box.printed_at,
                    (
                        box.printed_at.astimezone().strftime("%H:%M:%S.%f")[:-3],
                        self.tr("Box %1 printed").replace("%1", str(box.box)),
                        "",
                        str(box.parcel_id),
                    ),
                    "",
                )
                for box in boxes
                if len(boxes) > 1 and box.printed_at is not None
            ]
            rows += [
                (
                    scan.at,
                    (
                        scan.at.astimezone().strftime("%H:%M:%S.%f")[:-3],
                        item_outcome_text(scan.outcome),
                        "",
                        f"{scan.code} ×{scan.units}" if scan.units else scan.code,
                    ),
                    scan.reason or "",
                )
                for scan in journal.item_scans(attempt.id)
            ]
            return sorted(rows, key=lambda row: row[0])

        def done(rows: list[tuple[datetime, tuple[str, str, str, str], str]]) -> None:
            if shown != self._shown:
                return
            self.history.setRowCount(len(rows))
            for row, (_, cells, tip) in enumerate(rows):
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 1 and tip:
                        item.setToolTip(tip)
                    self.history.setItem(row, column, item)
            if not rows:
                self.history.setRowCount(1)
                self.history.setItem(0, 1, QTableWidgetItem(self.tr("(history purged)")))
            self.history_shown.emit(attempt.id)

        def failed(error: BaseException) -> None:
            if shown == self._shown:
                self.history.setRowCount(1)
                self.history.setItem(0, 1, QTableWidgetItem(error_text(error)))
                self.history_shown.emit(attempt.id)

        self._runner.submit(Lane.JOURNAL, read, done, failed)

    def _load_order(self, attempt: Attempt) -> None:
        review, shown = self._review, self._shown
        if review is None or attempt.order_number is None:
            self.order.setPlainText(
                self.tr("No order in Sendcloud for this scan.")
                if attempt.order_number is None
                else self.tr("Not connected to Sendcloud.")
            )
            self.order_shown.emit(attempt.id)
            return
        self.order.setPlainText(self.tr("Asking Sendcloud…"))

        def done(order: Order) -> None:
            if shown == self._shown:
                self.order.setPlainText(order_summary(order))
                self.order_shown.emit(attempt.id)

        def failed(error: BaseException) -> None:
            if shown == self._shown:
                self.order.setPlainText(error_text(error))
                self.order_shown.emit(attempt.id)

        self._runner.submit(Lane.API, lambda: review.order_now(attempt.id), done, failed)
