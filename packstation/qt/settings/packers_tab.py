"""The settings dialog's "Packers and scanner" tab: the packers' badges, what the scanner adds to a
scan (stripped), its keyboard layout and double-scan window, the badge pattern, and how often an
order is looked up before it counts as not found."""

from __future__ import annotations

from typing import Any, get_args

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.app.settings_service import ScannerSetting, StationSettings
from packstation.qt.settings.fields import FieldErrors, double_spin, select, spin


class PackersTab(QWidget):
    """The packers and the scanner, as a page of the settings dialog."""

    def __init__(self, errors: FieldErrors) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.packers = QTableWidget(0, 2)
        self.packers.setObjectName("packers")
        self.packers.setHorizontalHeaderLabels([self.tr("Badge id"), self.tr("Name")])
        self.packers.horizontalHeader().setStretchLastSection(True)
        add, remove = QPushButton(self.tr("Add packer")), QPushButton(self.tr("Remove packer"))
        add.clicked.connect(lambda: self.add_packer("", ""))
        remove.clicked.connect(lambda: self.packers.removeRow(max(self.packers.currentRow(), 0)))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        errors.row(form, self.tr("Packers"), self.packers, "packers")
        column.addLayout(form)
        column.addLayout(buttons)
        scanner = QFormLayout()
        self.strip_prefix, self.strip_suffix, self.badge_pattern = QLineEdit(), QLineEdit(), QLineEdit()
        self.keyboard_layout = QComboBox()
        for layout in get_args(ScannerSetting.model_fields["keyboard_layout"].annotation):
            self.keyboard_layout.addItem(self.tr("Detect") if layout == "auto" else layout.upper(), layout)
        self.debounce_seconds = double_spin(0, 1_000, self.tr(" s"))
        self.lookup_attempts = spin(0, 1_000, "")
        self.lookup_backoff = double_spin(0, 1_000, self.tr(" s"))
        errors.row(scanner, self.tr("Scanner prefix to strip"), self.strip_prefix, "scanner")
        scanner.addRow(self.tr("Scanner suffix to strip"), self.strip_suffix)
        scanner.addRow(self.tr("Scanner keyboard layout"), self.keyboard_layout)
        scanner.addRow(self.tr("Ignore a repeated scan within"), self.debounce_seconds)
        scanner.addRow(self.tr("Badge pattern"), self.badge_pattern)
        errors.row(scanner, self.tr("Order lookups"), self.lookup_attempts, "lookup")
        scanner.addRow(self.tr("Wait between lookups"), self.lookup_backoff)
        column.addLayout(scanner)

    def add_packer(self, badge_id: str, name: str) -> None:
        row = self.packers.rowCount()
        self.packers.insertRow(row)
        self.packers.setItem(row, 0, QTableWidgetItem(badge_id))
        self.packers.setItem(row, 1, QTableWidgetItem(name))

    def fill(self, settings: StationSettings) -> None:
        for packer in settings.packers:
            self.add_packer(packer.badge_id, packer.name)
        scanner = settings.scanner
        self.strip_prefix.setText(scanner.strip_prefix)
        self.strip_suffix.setText(scanner.strip_suffix)
        select(self.keyboard_layout, scanner.keyboard_layout)
        self.debounce_seconds.setValue(scanner.debounce_seconds)
        self.badge_pattern.setText(scanner.badge_pattern or "")
        self.lookup_attempts.setValue(settings.lookup.attempts)
        self.lookup_backoff.setValue(settings.lookup.backoff_seconds)

    def values(self) -> dict[str, Any]:
        """This tab's fields as settings data."""
        return {
            "packers": self._packer_values(),
            "scanner": {
                "strip_prefix": self.strip_prefix.text(),
                "strip_suffix": self.strip_suffix.text(),
                "keyboard_layout": self.keyboard_layout.currentData(),
                "debounce_seconds": self.debounce_seconds.value(),
                "badge_pattern": self.badge_pattern.text() or None,
            },
            "lookup": {
                "attempts": self.lookup_attempts.value(),
                "backoff_seconds": self.lookup_backoff.value(),
            },
        }

    def _packer_values(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.packers.rowCount()):
            cells = [self.packers.item(row, column) for column in (0, 1)]
            badge, name = (cell.text().strip() if cell else "" for cell in cells)
            if badge or name:
                rows.append({"badge_id": badge, "name": name})
        return rows
