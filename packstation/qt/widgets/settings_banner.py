"""The red banner of a settings file changed outside Packstation (station/settings_guard.py).

Across the top of the packing window from the moment the station opens until a shift lead saves
the settings (F9): whoever stands at the bench sees that the station is not on the file as it is,
and calls a lead. Built only when there is a change, so its imports stay off the first frame.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from packstation.error_codes import ErrorCode
from packstation.qt.theme import active_theme
from packstation.qt.wording import headline


class SettingsChangedBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsChangedBanner")
        self.setText(headline(ErrorCode.SETTINGS_CHANGED_OUTSIDE) or "")
        self.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        self.setFont(font)
        # The theme's own STOP colours, so the high-contrast theme's pair (contrast-checked) applies.
        background, text = active_theme().verdict_colours("failed")
        self.setStyleSheet(
            f"QLabel#settingsChangedBanner {{ background: {background.name()}; color: {text.name()}; "
            "padding: 8px; }"
        )
