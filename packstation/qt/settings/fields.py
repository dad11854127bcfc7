"""What the settings dialog's tabs share: a form row with its field's error line (`FieldErrors`),
the `TaskRunner` for a widget that may be closed before its results arrive (`OwnedTasks`), a
failure in words, and small widget helpers. No texts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packstation.errors import PackstationError
from packstation.qt.tasks import Lane, TaskRunner

T = TypeVar("T")

ERROR_STYLE: Final = "color: #b71c1c;"


class FieldErrors:
    """The error line under each settings field, by the field's name in `StationSettings`: the tabs
    make the rows, the dialog shows there what validating (or a save step) found."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def row(self, form: QFormLayout, label: str, widget: QWidget, field: str | None = None) -> None:
        """A form row; with `field`, an error line under it for that settings field."""
        if field is None:
            form.addRow(label, widget)
            return
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        error = wrapped_label(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        self._labels[field] = error
        form.addRow(label, holder)

    def show(self, field: str, text: str) -> None:
        """`text` under `field` (a field with no row shows nothing)."""
        label = self._labels.get(field)
        if label is not None:
            label.setText(text)
            label.show()

    def text(self, field: str) -> str:
        """The error shown next to a settings field ("" when none)."""
        label = self._labels.get(field)
        return label.text() if label is not None else ""

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()


class OwnedTasks:
    """`TaskRunner.submit` for one widget of the dialog, with the callbacks dropped once Qt deleted
    it: a result that arrives after the lead closed the dialog must not touch its widgets."""

    def __init__(self, runner: TaskRunner, owner: QObject) -> None:
        self._runner = runner
        self._owner = owner

    def submit(
        self,
        lane: Lane,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        def succeeded(result: T) -> None:
            if shiboken6.isValid(self._owner):
                on_success(result)

        def failed(error: BaseException) -> None:
            if shiboken6.isValid(self._owner):
                on_failure(error)

        self._runner.submit(lane, work, succeeded, failed)


def wrapped_label(object_name: str, text: str = "") -> QLabel:
    """A word-wrapped label, named so tests and screenshots find it."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def in_words(error: BaseException) -> str:
    # Only our own messages are shown: they name no key. Anything else by its type alone.
    return error.message if isinstance(error, PackstationError) else type(error).__name__


def select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def double_spin(low: float, high: float, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(2)
    box.setSingleStep(0.1)
    box.setSuffix(suffix)
    return box
