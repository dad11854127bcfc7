"""The TRAINING banner: nobody mistakes a training station for a real one.

It also carries what a trainee needs to start: the practice shift lead and PIN and the link to the
printable practice barcodes. The link is opened by the station, not by QLabel's external-links
switch: the viewer must not inherit the station's PACKSTATION_* variables (`open_with_desktop`),
and when no program opens the PDF the banner says so and shows the file's path, so the sheet can
still be found and printed.
"""

from __future__ import annotations

import html  # built on attach, after the window shows: off the start-up path
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from packstation.qt.feedback import open_with_desktop


class TrainingBanner(QLabel):
    sheet_not_opened = Signal(str)  # the sheet's path: no program opened it

    def __init__(
        self,
        barcode_sheet: Path | None = None,
        lead: tuple[str, str] | None = None,
        parent: QWidget | None = None,
        *,
        open_file: Callable[[Path], bool] = open_with_desktop,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.barcode_sheet = barcode_sheet
        self.open_file = open_file  # the desktop's opener; False: nothing could open the file
        title = self.tr("TRAINING — practice orders and a virtual printer; nothing is shipped or paid for")
        # What a trainee needs shares the second line: the banner must not take the height the
        # verdict's item lines need on a 1366×768 bench screen.
        helps: list[str] = []
        if lead is not None:  # the practice lead's name and PIN: unlocking asks for both
            name, pin = lead
            practice_lead = self.tr("Shift lead for practice: %1, PIN %2").replace("%1", name)
            helps.append(html.escape(practice_lead.replace("%2", pin)))
        if barcode_sheet is not None:
            link = QUrl.fromLocalFile(str(barcode_sheet)).toString()
            sheet = self.tr("Print the practice barcodes")
            helps.append(f"<a style='color: white' href='{html.escape(link)}'>{html.escape(sheet)}</a>")
            self.linkActivated.connect(self.open_sheet)
        self._lines = [html.escape(title), *([" · ".join(helps)] if helps else [])]
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText("<br>".join(self._lines))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(16)
        font.setBold(True)
        self.setFont(font)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#trainingBanner { background: #6a1b9a; color: white; padding: 8px; }")

    def open_sheet(self, _link: str = "") -> bool:
        """Open the practice sheet in the computer's PDF viewer; when nothing opens it, say so on
        the banner with the file's path (selectable, to copy). True when a program took it."""
        if self.barcode_sheet is None:
            return False
        if self.open_file(self.barcode_sheet):
            return True
        notice = self.tr(
            "No program on this computer opened the practice barcodes (a PDF). Print the file: %1"
        ).replace("%1", str(self.barcode_sheet))
        self.setText("<br>".join([*self._lines, html.escape(notice)]))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sheet_not_opened.emit(str(self.barcode_sheet))
        return False
