"""The GUI entry point's safety nets: one instance per station, and an exception hook that tells."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation import cli
from packstation.paths import station_paths
from packstation.qt.app import make_excepthook, single_instance


def test_a_second_instance_of_the_same_station_is_refused(qtbot: QtBot, station_home: Path) -> None:
    paths = station_paths().create()
    with single_instance(paths) as first:
        assert first
        with single_instance(paths) as second:
            assert not second
    with single_instance(paths) as again:
        assert again  # released on exit


def test_training_and_real_stations_lock_separately(qtbot: QtBot, station_home: Path) -> None:
    with (
        single_instance(station_paths().create()) as real,
        single_instance(station_paths(training=True).create()) as training,
    ):
        assert real
        assert training


def test_the_exception_hook_logs_and_shows_the_error(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    hook = make_excepthook(shown.append)
    try:
        raise RuntimeError("journal on fire")
    except RuntimeError as error:
        with caplog.at_level(logging.CRITICAL, logger="packstation.qt.app"):
            hook(type(error), error, error.__traceback__)
    assert shown == ["RuntimeError: journal on fire"]
    assert "journal on fire" in caplog.text
    assert sys.excepthook is not hook  # installed by main(), never at import


def test_training_flag_starts_the_gui_in_training_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    from packstation.qt import app

    calls: list[bool] = []

    def fake_main(argv: object = None, *, training: bool | None = None) -> int:
        calls.append(bool(training))
        return 0

    monkeypatch.setattr(app, "main", fake_main)
    assert cli.main(["--training"]) == 0
    assert cli.main([]) == 0
    assert calls == [True, False]


def test_main_opens_the_training_station_and_releases_it_on_quit(
    qtbot: QtBot, station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.qt import app
    from packstation.qt.main_window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own: restore it after
    handlers = list(logging.getLogger().handlers)
    seen: list[MainWindow] = []

    def run(_app: object, window: MainWindow) -> int:
        """Stands in for the event loop: wait for start-up recovery, then close like a packer."""
        qtbot.waitUntil(lambda: not window.queue.recovering, timeout=15_000)
        seen.append(window)
        # qtbot deletes it on the GUI thread after the test: left to Python's garbage collector, it
        # was destroyed on whatever thread ran the collection (a simulator thread) and crashed.
        qtbot.addWidget(window)
        window.close()
        return 0

    try:
        assert app.main(["packstation-gui", "--training"], run=run) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    [window] = seen
    assert window.training
    assert window.banner is not None
    training = station_paths(training=True)
    assert (training.log_dir / app.LOG_FILE_NAME).exists()
    with single_instance(training) as again:
        assert again  # the lock was released when the window closed
