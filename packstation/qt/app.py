"""The GUI entry point (`packstation-gui`, or `packstation` with no subcommand).

The packing screen itself arrives with the station workflow; until then the window says what the
headless commands do, so a launcher never opens onto nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from packstation import __version__


class PlaceholderWindow(QMainWindow):
    """Shown until the packing screen exists: names the version and the headless commands."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Packstation %1").replace("%1", __version__))
        message = QLabel(
            self.tr(
                "The packing screen is not part of this version yet.\n\n"
                "Ship an order from a terminal:\n"
                "  packstation ship ORDER_NUMBER\n"
                "or try the whole flow without an account:\n"
                "  packstation --training"
            )
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setObjectName("placeholderMessage")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(message)
        self.setCentralWidget(body)
        self.resize(640, 360)


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    window = PlaceholderWindow()
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
