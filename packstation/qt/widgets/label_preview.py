"""Training mode: what the virtual printer printed last, so a trainee sees the label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from packstation.training.virtual_printer import VirtualPrinter

# How long the worker waits for the virtual printer to file the job (it does so when the
# connection closes, a moment after the station's send returned).
JOB_WAIT_SECONDS = 5.0


def render_job(printer: VirtualPrinter, jobs_expected: int) -> QImage:
    """Worker side (PRINTER lane): wait for the job, decode it, and return it as a QImage.

    QImage (unlike QPixmap) may be built off the GUI thread.
    """
    jobs = printer.wait_for_jobs(jobs_expected, timeout=JOB_WAIT_SECONDS)
    image = printer.preview_image(jobs[-1]).convert("L")
    data = image.tobytes()
    width, height = image.size
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class LabelPreview(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(QSize(220, 320))
        self.setStyleSheet("QLabel#labelPreview { background: white; color: #555; border: 1px solid #999; }")
        self.setWordWrap(True)
        self.image: QImage | None = None
        self.setText(self.tr("The last printed label appears here."))

    def show_image(self, image: QImage) -> None:
        self.image = image
        pixmap = QPixmap.fromImage(image).scaled(
            self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.setPixmap(pixmap)

    def show_unavailable(self, reason: str) -> None:
        self.image = None
        self.clear()
        self.setText(self.tr("No preview: %1").replace("%1", reason))
