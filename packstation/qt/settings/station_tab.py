"""The settings dialog's "Station" tab: the station's name, the scan sound, the language and theme, when
shift-lead mode locks itself and how long labels are kept. (A second label for a shipped order is
no setting: a lead decides it per order in the console.)"""

from __future__ import annotations

from typing import Any, get_args

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from packstation.app.settings_service import StationSettings
from packstation.qt.settings.fields import FieldErrors, select, spin


class StationTab(QWidget):
    """The station's own settings, as a page of the settings dialog."""

    def __init__(self, errors: FieldErrors) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.station_name = QLineEdit()
        errors.row(form, self.tr("Station name"), self.station_name, "station_name")
        self.sounds = QCheckBox(self.tr("Play a sound for every scan"))
        errors.row(form, "", self.sounds, "sounds")
        self.language = QComboBox()
        names = {
            "system": self.tr("The computer's language"),
            "en": "English",
            "nl": "Nederlands",
            "de": "Deutsch",
            "fr": "Français",
        }
        for code in get_args(StationSettings.model_fields["language"].annotation):
            self.language.addItem(names.get(code, code), code)
        errors.row(form, self.tr("Language"), self.language, "language")
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        themes = {"light": self.tr("Light"), "high_contrast": self.tr("High contrast (white on black)")}
        for code in get_args(StationSettings.model_fields["theme"].annotation):
            self.theme.addItem(themes.get(code, code), code)
        errors.row(form, self.tr("Theme (from the next start)"), self.theme, "theme")
        # Wide ranges on purpose: the model's bounds are the rule, reported next to the field.
        self.auto_lock_minutes = spin(0, 100_000, self.tr(" min"))
        errors.row(form, self.tr("Lock shift-lead mode after"), self.auto_lock_minutes, "auto_lock_minutes")
        self.label_retention_days = spin(0, 100_000, self.tr(" days"))
        errors.row(form, self.tr("Keep labels for"), self.label_retention_days, "label_retention_days")

    def fill(self, settings: StationSettings) -> None:
        self.station_name.setText(settings.station_name)
        self.sounds.setChecked(settings.sounds)
        select(self.language, settings.language)
        select(self.theme, settings.theme)
        self.auto_lock_minutes.setValue(settings.auto_lock_minutes)
        self.label_retention_days.setValue(settings.label_retention_days)

    def values(self) -> dict[str, Any]:
        """This tab's fields as settings data."""
        return {
            "station_name": self.station_name.text().strip(),
            "sounds": self.sounds.isChecked(),
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
            "auto_lock_minutes": self.auto_lock_minutes.value(),
            "label_retention_days": self.label_retention_days.value(),
        }
