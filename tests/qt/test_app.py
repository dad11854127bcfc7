from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from packstation import __version__
from packstation.qt.app import PlaceholderWindow


def test_placeholder_window_names_version_and_headless_commands(qtbot: QtBot) -> None:
    window = PlaceholderWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert __version__ in window.windowTitle()
    label = window.findChild(QLabel, "placeholderMessage")
    assert label is not None
    assert "packstation ship" in label.text()
    assert "packstation --training" in label.text()
