"""Training mode: the label the virtual printer printed for the current scan, so a trainee sees it.

Only ever the current scan's label: the window clears the preview when a new scan starts and drops
a rendering that arrives for an older one. For an order with customs papers the label is shown,
not the last page printed, with a line saying how many documents followed it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from packstation.training.virtual_printer import VirtualPrinter

# How long the worker waits for the virtual printer to file the job (it does so when the
# connection closes, a moment after the station's send returned).
JOB_WAIT_SECONDS = 5.0


def render_job(printer: VirtualPrinter, jobs_expected: int, documents_after: int = 0) -> QImage:
    """Worker side (PRINTER lane): wait until `jobs_expected` jobs arrived and return the label's,
    the one before the `documents_after` customs papers printed after it, as a QImage.

    QImage (unlike QPixmap) may be built off the GUI thread.
    """
    jobs = printer.wait_for_jobs(jobs_expected, timeout=JOB_WAIT_SECONDS)
    image = printer.preview_image(jobs[-1 - documents_after]).convert("L")
    data = image.tobytes()
    width, height = image.size
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class LabelPreview(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self.setMinimumSize(QSize(220, 320))
        self.setStyleSheet("QFrame#labelPreview { background: white; border: 1px solid #999; }")
        self.picture = QLabel(self)
        self.picture.setObjectName("labelPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setStyleSheet("color: #555;")
        # Ignored: the pixmap must follow the space it is given, never claim its own size (a
        # taller verdict beside it would otherwise crop the label).
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption = QLabel(self)
        self.caption.setObjectName("labelCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: #333;")
        self.caption.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        self.image: QImage | None = None
        self.picture.setText(self.tr("The last printed label appears here."))

    def show_waiting(self) -> None:
        """A new scan started: the previous order's label must not stand beside its verdict."""
        self._show_text(self.tr("The label of this scan appears here."))

    def show_image(self, image: QImage, documents_after: int = 0) -> None:
        self.image = image
        self._scale()
        if documents_after:
            self.caption.setText(self.tr("and %n customs document(s)", "", documents_after))
        self.caption.setVisible(bool(documents_after))

    def show_unavailable(self, reason: str) -> None:
        self._show_text(self.tr("No preview: %1").replace("%1", reason))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _show_text(self, text: str) -> None:
        self.image = None
        self.picture.clear()
        self.picture.setText(text)
        self.caption.hide()

    def _scale(self) -> None:
        if self.image is None:
            return
        size = self.picture.size()
        if size.width() < 2 or size.height() < 2:
            size = self.minimumSize()
        self.picture.setPixmap(
            QPixmap.fromImage(self.image).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
