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

from packstation.app.settings_service import (
    ScannerSetting,
    StationSettings,
    badge_in,
    badge_pattern,
    badge_prefixes,
)
from packstation.errors import PackstationError
from packstation.qt.scanner_burst import mark_scan_target
from packstation.qt.settings.fields import FieldErrors, double_spin, select, spin, wrapped_label


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
        add.clicked.connect(lambda: self.add_packer("", "", edit=True))
        remove.clicked.connect(lambda: self.packers.removeRow(max(self.packers.currentRow(), 0)))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        errors.row(form, self.tr("Packers"), self.packers, "packers")
        # On a shared journal: the list is the warehouse's (`show_shared`).
        self.shared_note = wrapped_label(
            "sharedPackers",
            self.tr(
                "The warehouse's packers: every station shares this list. A badge added here signs "
                "in at every station."
            ),
        )
        self.shared_note.setVisible(False)
        form.addRow("", self.shared_note)
        column.addLayout(form)
        column.addLayout(buttons)
        scanner = QFormLayout()
        self.strip_prefix, self.strip_suffix = QLineEdit(), QLineEdit()
        self.keyboard_layout = QComboBox()
        for layout in get_args(ScannerSetting.model_fields["keyboard_layout"].annotation):
            self.keyboard_layout.addItem(self.tr("Detect") if layout == "auto" else layout.upper(), layout)
        self.debounce_seconds = double_spin(0, 1_000, self.tr(" s"))
        self.burst_ms = spin(0, 1_000, self.tr(" ms"))
        self.lookup_attempts = spin(0, 1_000, "")
        self.lookup_backoff = double_spin(0, 1_000, self.tr(" s"))
        errors.row(scanner, self.tr("Scanner prefix to strip"), self.strip_prefix, "scanner")
        scanner.addRow(self.tr("Scanner suffix to strip"), self.strip_suffix)
        scanner.addRow(self.tr("Scanner keyboard layout"), self.keyboard_layout)
        scanner.addRow(self.tr("Ignore a repeated scan within"), self.debounce_seconds)
        scanner.addRow(self.tr("Scanner keys at most this far apart"), self.burst_ms)
        self._add_badge_rows(scanner)
        errors.row(scanner, self.tr("Order lookups"), self.lookup_attempts, "lookup")
        scanner.addRow(self.tr("Wait between lookups"), self.lookup_backoff)
        column.addLayout(scanner)

    def _add_badge_rows(self, form: QFormLayout) -> None:
        """Badges in words (their prefixes) and a field to try one; a hand-written pattern, if the
        settings file has one, is shown as it is."""
        self.badge_prefixes = QLineEdit()
        self.badge_prefixes.setObjectName("badgePrefixes")
        self.badge_prefixes.setPlaceholderText(self.tr("none: packers do not sign in by badge"))
        form.addRow(self.tr("Badges start with"), self.badge_prefixes)
        self.badge_help = wrapped_label(
            "badgeHelp",
            self.tr(
                "Words separated by commas. A badge is one of these words, then - or :, then its id "
                "(1 to 32 letters or digits), for example BADGE-A17."
            ),
        )
        form.addRow("", self.badge_help)
        self.custom_pattern = QLineEdit()
        self.custom_pattern.setObjectName("customBadgePattern")
        self.custom_pattern_label = wrapped_label(
            "customPatternLabel", self.tr("Badge pattern (written by hand)")
        )
        form.addRow(self.custom_pattern_label, self.custom_pattern)
        self._show_custom(False)
        self.try_badge = QLineEdit()
        self.try_badge.setObjectName("tryBadge")
        self.try_badge.setPlaceholderText(self.tr("scan or type a badge"))
        mark_scan_target(self.try_badge)  # a scanner's burst here is a test, not a scan to ship
        self.try_result = wrapped_label("tryBadgeResult")
        form.addRow(self.tr("Try a badge"), self.try_badge)
        form.addRow("", self.try_result)
        for field in (self.try_badge, self.badge_prefixes, self.custom_pattern):
            field.textChanged.connect(self._try)

    def show_shared(self) -> None:
        """The station is on a shared journal: its packers are the warehouse's (a save sends the
        lead's changes to the shared list, app/journal_service.py `share_packer_changes`)."""
        self.shared_note.setVisible(True)

    def _show_custom(self, shown: bool) -> None:
        self._custom = shown
        for widget in (self.custom_pattern, self.custom_pattern_label):
            widget.setVisible(shown)
        for widget in (self.badge_prefixes, self.badge_help):
            widget.setEnabled(not shown)

    def chosen_badge_pattern(self) -> str | None:
        """The pattern to save; ValueError for a prefix the scanner could not tell from the rest."""
        if self._custom:
            return self.custom_pattern.text() or None
        return badge_pattern(self.badge_prefixes.text().replace(";", ",").split(","))

    def _try(self) -> None:
        scan = self.try_badge.text().strip()
        if not scan:
            self.try_result.clear()
            return
        try:
            badge = badge_in(scan, self.chosen_badge_pattern())
        except (ValueError, PackstationError) as error:
            self.try_result.setText(str(error))
            return
        if badge is None:
            self.try_result.setText(self.tr("Not a badge: this scans as an order number."))
            return
        names = {row["badge_id"].casefold(): row["name"] for row in self._packer_values()}
        name = names.get(badge.casefold())
        text = (
            self.tr("Badge %1: signs in %2.").replace("%2", name)
            if name
            else self.tr("Badge %1: not in the packers list above.")
        )
        self.try_result.setText(text.replace("%1", badge))

    def add_packer(self, badge_id: str, name: str, *, edit: bool = False) -> None:
        """A packer row; `edit`: the lead types the badge id at once (Add packer)."""
        row = self.packers.rowCount()
        self.packers.insertRow(row)
        badge = QTableWidgetItem(badge_id)
        self.packers.setItem(row, 0, badge)
        self.packers.setItem(row, 1, QTableWidgetItem(name))
        if edit:
            self.packers.setCurrentCell(row, 0)
            self.packers.editItem(badge)

    def fill(self, settings: StationSettings) -> None:
        for packer in settings.packers:
            self.add_packer(packer.badge_id, packer.name)
        scanner = settings.scanner
        self.strip_prefix.setText(scanner.strip_prefix)
        self.strip_suffix.setText(scanner.strip_suffix)
        select(self.keyboard_layout, scanner.keyboard_layout)
        self.debounce_seconds.setValue(scanner.debounce_seconds)
        self.burst_ms.setValue(scanner.burst_ms)
        prefixes = badge_prefixes(scanner.badge_pattern)
        self.badge_prefixes.setText(", ".join(prefixes or ()))
        self.custom_pattern.setText(scanner.badge_pattern or "" if prefixes is None else "")
        self._show_custom(prefixes is None)
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
                "burst_ms": self.burst_ms.value(),
                "badge_pattern": self._badge_pattern_value(),
            },
            "lookup": {
                "attempts": self.lookup_attempts.value(),
                "backoff_seconds": self.lookup_backoff.value(),
            },
        }

    def _badge_pattern_value(self) -> str | None:
        try:
            return self.chosen_badge_pattern()
        except ValueError:
            # Saved as typed: the settings model refuses it and the dialog shows why, by the field.
            return self.badge_prefixes.text()

    def _packer_values(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.packers.rowCount()):
            cells = [self.packers.item(row, column) for column in (0, 1)]
            badge, name = (cell.text().strip() if cell else "" for cell in cells)
            if badge or name:
                rows.append({"badge_id": badge, "name": name})
        return rows
