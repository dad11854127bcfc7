"""The training scale on screen (`scale_url: virtual:`): what lies on it, typed or put there by a key.

A packer in training has no scale on the bench, so the packing screen stands in for one: type a
weight (`1.25 kg`, `1,25kg`, `800 g`, `2.5 lb`) and press Enter or **Put on scale**; **F6** puts
the typed weight on again (the next parcel, as heavy as the last), **F7** takes the parcel off.
The scale itself lives in the core (`VirtualScale`, thread-safe): setting it never waits, and the
weighing on the API lane wakes as soon as a stable weight is there. Enter hands the keyboard back
to the scan field, where the scanner types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from packstation.app.faces import VirtualScale

PUT_KEY = QKeySequence("F6")
TAKE_OFF_KEY = QKeySequence("F7")


class TrainingScale(QFrame):
    """A field and two buttons in place of a scale; shows what the scale reads now."""

    changed = Signal(str)  # what the scale shows now, in words
    done = Signal()  # a weight was put on or taken off: the scan field may have the keyboard back

    def __init__(self, scale: VirtualScale, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingScale")
        self._scale = scale
        caption = QLabel(self.tr("Training scale"))
        self.field = QLineEdit()
        self.field.setObjectName("trainingScaleWeight")
        self.field.setPlaceholderText(self.tr("weight, e.g. 1.25 kg"))
        self.field.setMaximumWidth(180)
        self.put_button = QPushButton(self.tr("Put on scale (F6)"))
        self.take_off_button = QPushButton(self.tr("Take off (F7)"))
        self.reading = QLabel()
        self.reading.setObjectName("trainingScaleReading")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for widget in (caption, self.field, self.put_button, self.take_off_button, self.reading):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.field.returnPressed.connect(self.put_on)
        self.put_button.clicked.connect(self.put_on)
        self.take_off_button.clicked.connect(self.take_off)
        QShortcut(PUT_KEY, window, self.put_on)
        QShortcut(TAKE_OFF_KEY, window, self.take_off)
        self._show(self.tr("Scale: empty"))

    def put_on(self) -> bool:
        """The typed weight on the scale (again, if it is there already: the next parcel)."""
        from packstation.app.faces import parse_weight

        text = self.field.text().strip()
        try:
            weight = parse_weight(text)
        except ValueError:
            self._show(self.tr("Type a weight with its unit, such as 1.25 kg, 800 g or 2.5 lb."))
            return False
        self._scale.set_weight(weight.value, weight.unit)
        self._show(self.tr("Scale: %1").replace("%1", str(weight)))
        self.done.emit()
        return True

    def take_off(self) -> None:
        """The parcel off the scale: it reads zero."""
        self._scale.set_zero()
        self._show(self.tr("Scale: empty"))
        self.done.emit()

    def _show(self, text: str) -> None:
        self.reading.setText(text)
        self.changed.emit(text)
