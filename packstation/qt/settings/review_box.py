"""The settings dialog's review of a settings file changed outside Packstation.

The dialog shows the settings the station runs on: the file's, except the safety fields, which
keep what a lead last saved (station/settings_guard.py). This box, red at the top, says so and
lists each safety field the file changed, with both values and a box to take the file's value
instead. Nothing is taken unless a lead ticks it; saving makes the whole form the lead's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout

from packstation.qt.settings.fields import ERROR_STYLE, wrapped_label

if TYPE_CHECKING:
    from packstation.app.settings_service import StationSettings
    from packstation.station.settings_guard import SettingsChange

# A value planted in the file is shown this long at most: enough to recognise, never a page.
_SHOWN_CHARACTERS = 60


class ReviewBox(QFrame):
    """One tick box per held-back field: `toggled(field, take_from_file)`."""

    toggled = Signal(str, bool)

    def __init__(self, change: SettingsChange, in_use: StationSettings) -> None:
        super().__init__()
        self.setObjectName("settingsReview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        if change.held_back:
            text = self.tr(
                "The settings file was changed outside Packstation. Until a shift lead saves these "
                "settings, the station keeps the values below as a lead last saved them, and this "
                "dialog shows them. Tick a value to take the file's instead. Check every page: "
                "saving makes all of it the settings a lead saved."
            )
        else:
            text = self.tr(
                "The settings file was changed outside Packstation. Its changes are in use and shown "
                "here. Check every page: saving makes all of it the settings a lead saved."
            )
        self.intro = wrapped_label("settingsReviewIntro", text)
        self.intro.setStyleSheet(ERROR_STYLE)
        column.addWidget(self.intro)
        self.take_from_file: dict[str, QCheckBox] = {}
        for held in change.held_back:
            values = self.tr("%1: in use %2; in the file %3").replace("%1", self._label(held.field))
            values = values.replace("%2", self._value(held.field, in_use))
            line = wrapped_label(
                f"review_{held.field}", values.replace("%3", self._value(held.field, change.in_file))
            )
            line.setTextFormat(Qt.TextFormat.PlainText)  # the file's value is shown, never rendered
            box = QCheckBox(self.tr("Take the file's value"))
            box.toggled.connect(lambda taken, field=held.field: self.toggled.emit(field, taken))
            self.take_from_file[held.field] = box
            row = QHBoxLayout()
            row.addWidget(line, 1)
            row.addWidget(box)
            column.addLayout(row)

    def taken(self) -> set[str]:
        """The fields whose value the lead takes from the file."""
        return {field for field, box in self.take_from_file.items() if box.isChecked()}

    def _label(self, field: str) -> str:
        labels = {
            "api_url": self.tr("Sendcloud address"),
            "printer": self.tr("Printer"),
            "label_mime_type": self.tr("Label format"),
            "label_dpi": self.tr("Label resolution"),
            "label_retention_days": self.tr("Keep labels for"),
        }
        return labels.get(field, field)

    def _value(self, field: str, settings: StationSettings) -> str:
        if field == "printer":
            text = settings.printer.url if settings.printer is not None else self.tr("none")
        elif field == "label_dpi":
            dpi = settings.label_dpi
            text = self.tr("%1 dpi").replace("%1", str(dpi)) if dpi else self.tr("Sendcloud's default")
        elif field == "label_retention_days":
            text = self.tr("%1 days").replace("%1", str(settings.label_retention_days))
        else:
            text = str(getattr(settings, field))
        if len(text) > _SHOWN_CHARACTERS:
            text = text[: _SHOWN_CHARACTERS - 1] + "…"
        return "".join(char if char.isprintable() else "?" for char in text)  # no control characters
