"""The one input of the packing screen: a wedge scanner types an order number and Enter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QWidget

from packstation.qt.theme import active_theme


class ScanField(QLineEdit):
    """Emits `scanned(text)` on Enter (never for an empty line) and clears itself for the next scan."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan an order barcode"))
        font = QFont(self.font())
        font.setPointSize(22)
        self.setFont(font)
        self.setMinimumHeight(56)
        self.setStyleSheet(active_theme().scan_field_style())  # high contrast: a thick focus outline
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text().strip()
        self.clear()  # cleared first: the next scan's characters never join this one
        if text:
            self.scanned.emit(text)
