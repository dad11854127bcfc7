"""The TRAINING banner: nobody mistakes a training station for a real one.

It also carries what a trainee needs to start: the practice shift-lead PIN and the link to the
printable practice barcodes.
"""

from __future__ import annotations

import html  # built on attach, after the window shows: off the start-up path
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


class TrainingBanner(QLabel):
    def __init__(
        self, barcode_sheet: Path | None = None, lead_pin: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        title = self.tr("TRAINING — practice orders and a virtual printer; nothing is shipped or paid for")
        # What a trainee needs shares the second line: the banner must not take the height the
        # verdict's item lines need on a 1366×768 bench screen.
        helps: list[str] = []
        if lead_pin is not None:
            helps.append(html.escape(self.tr("Shift-lead PIN for practice: %1").replace("%1", lead_pin)))
        if barcode_sheet is not None:
            link = QUrl.fromLocalFile(str(barcode_sheet)).toString()
            sheet = self.tr("Print the practice barcodes")
            helps.append(f"<a style='color: white' href='{html.escape(link)}'>{html.escape(sheet)}</a>")
            self.setOpenExternalLinks(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText("<br>".join([html.escape(title), *([" · ".join(helps)] if helps else [])]))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(16)
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#trainingBanner { background: #6a1b9a; color: white; padding: 8px; }")
