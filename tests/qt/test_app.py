"""The GUI entry point: one instance per station, an exception hook that tells, the window shown
before the station opens, and `--quit-when-ready` for timing the app."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation import cli
from packstation.app.station import Station, open_station
from packstation.credentials import PUBLIC_KEY_ENV, SECRET_KEY_ENV
from packstation.paths import station_paths
from packstation.qt.app import make_excepthook, single_instance
from tests.qt.driving import FAST_LOOKUP, WAIT_MS

# Generous: a subprocess start-up on a loaded 2-core machine; the test asserts no timing.
SUBPROCESS_TIMEOUT_S = 120


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

    calls: list[tuple[bool, bool]] = []

    def fake_main(
        argv: object = None, *, training: bool | None = None, quit_when_ready: bool | None = None
    ) -> int:
        calls.append((bool(training), bool(quit_when_ready)))
        return 0

    monkeypatch.setattr(app, "main", fake_main)
    assert cli.main(["--training"]) == 0
    assert cli.main([]) == 0
    assert cli.main(["--training", "--quit-when-ready"]) == 0
    assert calls == [(True, False), (False, False), (True, True)]


def test_quit_when_ready_is_not_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = capsys.readouterr().out
    assert "--training" in shown
    assert "quit-when-ready" not in shown


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
        # qtbot deletes it on the GUI thread after the test: left to the garbage collector, it could be
        # destroyed on whichever thread collects (a simulator or lane thread) and crash.
        qtbot.addWidget(window)
        assert window.isVisible()
        assert not window.station_open  # shown first; the station opens on the API lane
        with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
            pass
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


@contextmanager
def _restoring_logging_and_hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own: restore it after
    handlers = list(logging.getLogger().handlers)
    try:
        yield
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_scan_typed_while_the_station_opens_ships_once_it_is_open(
    qtbot: QtBot, station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through main(): the scan is typed before the station exists; it waits, then ships once."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from packstation.qt import app
    from packstation.qt.main_window import MainWindow
    from packstation.qt.scan_queue import EntryState
    from packstation.training.simulator import Simulator
    from tests.qt.driving import type_scan

    # Not started: only its (deterministic, default) seed data, the same as the station's simulator.
    order_number = Simulator().shippable_order_numbers()[0]
    typed = threading.Event()  # the station opens only after the scan was typed: no race
    opened: list[Station] = []

    @contextmanager
    def opener() -> Iterator[Station]:
        assert typed.wait(WAIT_MS / 1000)
        with open_station(training=True, overrides=FAST_LOOKUP) as station:
            opened.append(station)
            yield station

    def run(_app: object, window: MainWindow) -> int:
        # qtbot deletes it on the GUI thread after the test: left to the garbage collector, it could be
        # destroyed on whichever thread collects (a simulator or lane thread) and crash.
        qtbot.addWidget(window)
        assert not window.station_open
        assert window.verdict_panel.look == "working"
        type_scan(qtbot, window, order_number)
        [entry] = window.recent_model.entries()
        assert entry.state is EntryState.QUEUED
        assert window.status.api.text() == "Opening the station…"
        with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as blocker:
            typed.set()
        verdict = blocker.args[0]
        station = window.station
        assert station.virtual_printer is not None
        assert station.simulator is not None
        [job] = station.virtual_printer.wait_for_jobs(1, timeout=WAIT_MS / 1000)
        assert job.printed
        assert verdict.verdict.value == "success"
        assert station.simulator.labels_created() == 1
        [done] = window.recent_model.entries()  # the same row, now done: never run twice
        assert done.state is EntryState.DONE
        assert window.banner is not None  # training-only parts arrive with the station
        assert window.preview is not None
        QTest.keyClick(window.scan_field, Qt.Key.Key_Escape)
        window.close()
        return 0

    with _restoring_logging_and_hook(monkeypatch):
        assert app.main(["packstation-gui"], training=True, run=run, opener=opener) == 0
    [station] = opened
    assert station.simulator is not None
    assert station.simulator.labels_created() == 1


def test_a_station_that_cannot_open_says_why_and_refuses_scans(
    qtbot: QtBot, station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real failure: only one of the two API key variables is set, so the keys cannot load."""
    from packstation.qt import app
    from packstation.qt.main_window import MainWindow
    from tests.qt.driving import scan_and_wait

    monkeypatch.setenv(PUBLIC_KEY_ENV, "pk-only-half")
    monkeypatch.delenv(SECRET_KEY_ENV, raising=False)
    messages: list[str] = []

    def run(_app: object, window: MainWindow) -> int:
        # qtbot deletes it on the GUI thread after the test: left to the garbage collector, it could be
        # destroyed on whichever thread collects (a simulator or lane thread) and crash.
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.station_failed, timeout=WAIT_MS) as blocker:
            pass
        [message] = blocker.args
        messages.append(message)
        assert SECRET_KEY_ENV in message
        assert window.verdict_panel.look == "failed"
        assert message not in window.verdict_panel.detail.text()  # the core's English: the details
        assert window.failure_dialog is not None
        assert window.failure_dialog.isVisible()
        assert window.failure_dialog.detailedText() == message
        window.failure_dialog.accept()
        verdict = scan_and_wait(qtbot, window, "ORDER-123")
        assert verdict.verdict.value == "failed"
        assert verdict.message == message
        assert verdict.code == "credentials_incomplete"
        assert window.status.api.text() == "The station is not open"
        window.close()
        return 0

    with _restoring_logging_and_hook(monkeypatch):
        assert app.main(["packstation-gui"], training=False, run=run) == 1
    assert messages


# Settings files a station was found with: values the model refuses, read before the window by
# plain JSON (a language with no translation, a typo's capitals) or too deep for it to parse.
BAD_SETTINGS = {
    "language es": b'{"language": "es"}',
    "language EN": b'{"language": "EN"}',
    "language a list": b'{"language": ["nl"], "theme": ["dark"]}',
    "theme dark": b'{"theme": "dark"}',
    "deeply nested": b'{"packers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "not an object": b"[]",
    "not UTF-8": b'{"station_name": "\xff"}',
}
STATION_NOT_OPEN = "The station could not open. Scans are refused until this is fixed."


@pytest.mark.usefixtures("station_home")
@pytest.mark.parametrize("content", BAD_SETTINGS.values(), ids=BAD_SETTINGS.keys())
def test_a_bad_settings_file_opens_the_window_and_refuses_scans(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    """The window still opens, says the file is invalid, and refuses scans until it is fixed. A
    language it cannot show is English, not the computer's Dutch; a theme it cannot show is light."""
    from PySide6.QtCore import QLocale

    from packstation.qt import app
    from packstation.qt.i18n import remove_translators
    from packstation.qt.main_window import MainWindow
    from packstation.qt.theme import active_theme, load_theme
    from tests.qt.driving import scan_and_wait

    settings_file = station_paths().create().settings_file
    settings_file.write_bytes(content)
    computer_language = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    messages: list[str] = []

    def run(_app: object, window: MainWindow) -> int:
        qtbot.addWidget(window)  # deleted on the GUI thread, never by a lane's garbage collection
        assert window.isVisible()
        with qtbot.waitSignal(window.station_failed, timeout=WAIT_MS) as blocker:
            pass
        [message] = blocker.args
        messages.append(message)
        assert message.startswith(f"The settings file {settings_file} is not valid")
        assert window.verdict_panel.look == "failed"
        assert message not in window.verdict_panel.detail.text()  # the core's English: the details
        if b'"language"' in content:
            assert window.verdict_panel.headline.text() == STATION_NOT_OPEN
        assert window.failure_dialog is not None
        window.failure_dialog.accept()
        verdict = scan_and_wait(qtbot, window, "ORDER-123")
        assert (verdict.verdict.value, verdict.code) == ("failed", "settings_invalid")
        window.close()
        return 0

    try:
        with _restoring_logging_and_hook(monkeypatch):
            assert app.main(["packstation-gui"], training=False, run=run) == 1
        assert active_theme() == load_theme("light")
    finally:
        QLocale.setDefault(computer_language)
        remove_translators(qapp)
    assert messages


def test_every_look_the_settings_model_allows_is_shown_as_chosen(qapp: QApplication) -> None:
    """The model holds the allowed values; the first frame falls back only for values it refuses."""
    from typing import get_args

    from packstation.qt.app import install_look
    from packstation.qt.i18n import remove_translators
    from packstation.qt.theme import active_theme, load_theme
    from packstation.settings import StationSettings

    languages = get_args(StationSettings.model_fields["language"].annotation)
    themes = get_args(StationSettings.model_fields["theme"].annotation)
    try:
        for language in languages:
            for theme in themes:
                install_look(qapp, language, theme, set_style=True)
                assert active_theme() == load_theme(theme)
                if language in ("nl", "de", "fr"):
                    assert QCoreApplication.translate("VerdictPanel", "READY") != "READY", language
    finally:
        remove_translators(qapp)
        install_look(qapp, "en", "light", set_style=True)


def _environment(home: Path) -> dict[str, str]:
    """A child process's environment: offscreen Qt, the station folders under `home`."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PACKSTATION_HOME": str(home)}


def _packstation(
    *arguments: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "packstation", *arguments],
        env={**_environment(home), **(env or {})},
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )


def test_quit_when_ready_prints_both_lines_and_exits_0(tmp_path: Path) -> None:
    done = _packstation("--training", "--quit-when-ready", home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["READY", "STATION-READY"]
    window_ready, station_ready = (float(line.split()[1]) for line in lines)
    assert 0 < window_ready <= station_ready


@pytest.mark.parametrize("lines_read", [0, 1], ids=["closed before READY", "closed after READY"])
def test_quit_when_ready_fails_when_nobody_reads_its_lines(tmp_path: Path, lines_read: int) -> None:
    """A timing harness that closed its pipe: the app exits non-zero, never 0 (the harness could
    not tell), and never raises into the exception hook, whose dialog nobody could close."""
    with (tmp_path / "stderr.txt").open("w+", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "packstation", "--training", "--quit-when-ready"],
            env=_environment(tmp_path),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        assert child.stdout is not None
        for _ in range(lines_read):
            assert child.stdout.readline().startswith("READY")
        child.stdout.close()
        assert child.wait(timeout=SUBPROCESS_TIMEOUT_S) != 0
        stderr.seek(0)
        assert f"cannot report {'STATION-READY' if lines_read else 'READY'}" in stderr.read()


def test_quit_when_ready_exits_non_zero_when_the_station_cannot_open(tmp_path: Path) -> None:
    env = {PUBLIC_KEY_ENV: "pk-only-half", SECRET_KEY_ENV: ""}
    done = _packstation("--quit-when-ready", home=tmp_path, env=env)
    assert done.returncode != 0
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["READY"]
    assert SECRET_KEY_ENV in done.stderr


@pytest.mark.parametrize("bad", ["language es", "deeply nested"])
def test_quit_when_ready_exits_non_zero_on_a_bad_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    """Not a traceback dialog that nobody can close: the window is ready, the station says why not."""
    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path))  # where the child finds its settings
    settings_file = station_paths().create().settings_file
    settings_file.write_bytes(BAD_SETTINGS[bad])
    done = _packstation("--quit-when-ready", home=tmp_path)
    assert done.returncode == 1, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["READY"]
    assert f"the station could not open: The settings file {settings_file} is not valid" in done.stderr


# Runs the real `main()` in a fresh process and reports, when the window takes scans (where
# `--quit-when-ready` prints READY), which PySide classes have had their Python enums built, the
# modules loaded, the style and the focused widget: then quits.
_FIRST_FRAME_PROBE = """
import enum, sys
import packstation.cli  # the entry point's imports come first, as in `packstation`
from PySide6.QtCore import QTimer
import packstation.qt.app as app

def enum_owners():
    owners, stack, seen = set(), [enum.Enum], set()
    while stack:
        for kind in stack.pop().__subclasses__():
            if kind not in seen:
                seen.add(kind)
                stack.append(kind)
                if kind.__module__.startswith("PySide6"):
                    owners.add(kind.__qualname__.split(".")[0])
    return owners

def report_readiness(qapp, window, out=None):
    def ready():
        print("ENUMS", *sorted(enum_owners()))
        print("MODULES", *sorted(sys.modules))
        print("STYLE", qapp.style().name())
        print("FOCUS", type(window.focusWidget()).__name__)
        qapp.exit(0)
    QTimer.singleShot(0, window, ready)

app.report_readiness = report_readiness
sys.exit(app.main(["packstation"], training=True, quit_when_ready=True))
"""


def test_the_first_frame_is_built_without_the_costly_python_enums(tmp_path: Path) -> None:
    """Start-up speed (docs/performance.md): PySide builds a class's Python enums the first time
    Python touches the class. The `Qt` namespace's ~90 enums took 15 ms, QStyle's 5 ms, QEvent's
    2.5 ms, before the window could take scans: the first frame sets enum properties by name
    (qt/enum_names.py), the style by QApplication's arguments, the recent scans are a C++ model,
    and no Python event handler runs. Nor is what the window does not need loaded yet: the core
    (httpx, pydantic, sqlite, the journal, printing, training) loads with the station, on the
    worker. These tricks stay on the first-frame path (qt/app.py and the scan window); the rest of
    the code imports at the top and uses dataclasses like any other."""
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME_PROBE],
        env=_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = {line.split()[0]: set(line.split()[1:]) for line in done.stdout.splitlines() if line.strip()}
    assert "QLineEdit" in report["ENUMS"]  # the probe sees the enums that are built
    assert report["ENUMS"].isdisjoint({"Qt", "QStyle", "QMessageBox", "QEvent"}), sorted(report["ENUMS"])
    assert "PySide6.QtWidgets" in report["MODULES"]  # the probe sees the modules that are loaded
    later = {
        "httpx",
        "pydantic",
        "keyring",
        "sqlite3",
        "PIL",
        "pypdfium2",
        "importlib.metadata",
        "packstation.settings",
        "packstation.journal",
        "packstation.printing",
        "packstation.sendcloud",
        "packstation.station",
        "packstation.training.simulator",
        "wave",
        "importlib.resources",
        "packstation.app.station",
        "packstation.qt.widgets.training_banner",  # with a training station
        "packstation.qt.widgets.label_preview",
    }
    assert report["MODULES"].isdisjoint(later), sorted(report["MODULES"] & later)
    assert report["STYLE"] == {"fusion"}
    assert report["FOCUS"] == {"ScanField"}  # the window's keys go to the scan field


def test_main_gives_a_training_window_its_practice_reset(
    qtbot: QtBot, station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from packstation.qt import app
    from packstation.qt.main_window import MainWindow

    results: list[object] = []
    errors: list[str] = []
    monkeypatch.setattr(app, "_show_error", errors.append)  # a modal dialog would hang the run

    def run(_app: object, window: MainWindow) -> int:
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
            pass
        tools = window.practice_tools
        assert tools is not None
        old = window.station
        with (
            qtbot.waitSignal(tools.finished, timeout=WAIT_MS) as finished,
            qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS),
        ):
            tools.reset()  # confirmed (the dialog is tests/qt/test_practice_reset.py's)
        results.append(finished.args[0])
        assert window.station is not old
        window.close()
        return 0

    with _restoring_logging_and_hook(monkeypatch):
        assert app.main(["packstation-gui", "--training"], run=run) == 0
    assert errors == []
    [result] = results
    assert getattr(result, "refused", "no result") is None
    with single_instance(station_paths(training=True)) as again:
        assert again  # the reopened station was closed with the window
