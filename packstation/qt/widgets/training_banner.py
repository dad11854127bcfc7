"""The TRAINING banner: nobody mistakes a training station for a real one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from packstation.qt.feedback import open_with_desktop


class TrainingBanner(QLabel):
    def __init__(self, barcode_sheet: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        text = self.tr("TRAINING — practice orders and a virtual printer; nothing is shipped or paid for")
        if barcode_sheet is not None:
            import html  # built on attach, after the window shows: off the start-up path

            link = QUrl.fromLocalFile(str(barcode_sheet)).toString()
            sheet = self.tr("Print the practice barcodes")
            text = f"{html.escape(text)}<br><a style='color: white' href='{link}'>{html.escape(sheet)}</a>"
            self.setTextFormat(Qt.TextFormat.RichText)
            # Opened by the station, not by Qt (setOpenExternalLinks): the viewer must not inherit
            # the station's PACKSTATION_* variables.
            self.linkActivated.connect(lambda _link: open_with_desktop(barcode_sheet))
        self.setText(text)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(16)
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#trainingBanner { background: #6a1b9a; color: white; padding: 8px; }")
