"""The GUI entry point (`packstation-gui`, `packstation`, or `packstation --training`).

`main()` is the Qt side of the composition root: one instance per station (a lock file in the
station's data folder: two instances could print two labels), a global exception hook that logs
and tells the packer, then the packing window, shown at once, and the station from
`packstation.app.station`, opened on the API lane (it reads the keyring, opens the journal and, in
training, starts the simulator: nothing the GUI thread may wait for). Scans typed while it opens
wait in the queue and run once start-up recovery is done.

Start-up speed (bench/startup.py): this module and the window import only Qt and the widgets before
`show()`; the core (httpx, pydantic, the journal, printing, training) loads with the station, on
the worker. `--quit-when-ready` prints `READY <s>` when the window takes scans and
`STATION-READY <s>` when the station is open and recovered, then exits: the installer and the bench
time the app with it.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QLockFile, QThread, QTimer
from PySide6.QtWidgets import QApplication

from packstation.app.station_scope import StationScope
from packstation.paths import StationPaths, station_paths
from packstation.private_files import open_private, private_file
from packstation.qt.feedback import SoundPlayer
from packstation.qt.i18n import SOURCE_LANGUAGE, install_translators
from packstation.qt.icon import app_icon
from packstation.qt.main_window import MainWindow
from packstation.qt.theme import DEFAULT_THEME, STYLE_ARGUMENTS, apply_theme

if TYPE_CHECKING:
    from packstation.app.station import Station

log = logging.getLogger("packstation.qt.app")

LOCK_FILE_NAME = "packstation.lock"
LOG_FILE_NAME = "packstation.log"
QUIT_WHEN_READY = "--quit-when-ready"
EXIT_STATION_NOT_READY = 1

# Opens the station: `runtime.open_station(training=…)` unless a test passes its own.
StationOpener = Callable[[], AbstractContextManager["Station"]]

# The fallback clock of `seconds_since_process_start`, where the platform cannot say.
_IMPORTED_AT = time.monotonic()

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(show: Callable[[str], None] | None = None) -> ExceptHook:
    """A `sys.excepthook` that logs the traceback and, on the GUI thread, shows a dialog."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            return
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return  # widgets only on the GUI thread; the log has it
        summary = "".join(traceback.format_exception_only(kind, error)).strip()
        (show or _show_error)(summary)

    return hook


def _show_error(summary: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only now: its enums cost start-up time

    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "Packstation: unexpected error"),
        QCoreApplication.translate(
            "app",
            "Something went wrong that Packstation did not expect. It was written to the log. "
            "Check the last scan in the list before scanning it again.\n\n%1",
        ).replace("%1", summary),
    )


def log_to_file(paths: StationPaths) -> logging.Handler:
    """Warnings and errors (the exception hook's tracebacks among them) go to the station's log
    folder too: a GUI started from a launcher has no terminal. WARNING and up only, so no request
    URLs or order data pile up; secrets are never logged by the layers below."""
    import logging.handlers  # sockets, pickle…: kept out of the imports before the window shows

    class PrivateLog(logging.handlers.RotatingFileHandler):
        """Each log file 0600 (POSIX) from its first byte, the rotated ones too: a traceback can
        name an order or an address."""

        def _open(self) -> io.TextIOWrapper:
            return open_private(Path(self.baseFilename), "a", encoding=self.encoding, errors=self.errors)

    for old in paths.log_dir.glob(f"{LOG_FILE_NAME}*"):  # written 0644 by a version before this rule
        private_file(old)
    handler = PrivateLog(paths.log_dir / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


@contextmanager
def single_instance(paths: StationPaths) -> Iterator[bool]:
    """Yields True while this process holds the station's lock, False when another one does.

    QLockFile notices a lock left by a crashed process (dead PID) and takes it over.
    """
    lock = QLockFile(str(paths.data_dir / LOCK_FILE_NAME))
    locked = lock.tryLock(0)
    if locked:
        private_file(paths.data_dir / LOCK_FILE_NAME)  # Qt writes it 0666 less the umask
    try:
        yield locked
    finally:
        if locked:
            lock.unlock()


def saved_look(settings_file: Path) -> tuple[object, object]:
    """(language, theme) as the station's settings file has them, read before any window is built.

    Plain JSON, not `load_settings`: pydantic would double the time to the first window
    (bench/startup.py). Nothing is judged here: `install_look` shows what it can, and the settings
    model judges the whole file when the station opens, and refuses scans while it is invalid.
    """
    import json

    try:
        saved = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: a deeply nested array
        saved = None
    if not isinstance(saved, dict):
        return "system", DEFAULT_THEME
    return saved.get("language", "system"), saved.get("theme", DEFAULT_THEME)


def install_look(app: QApplication, language: object, theme: object, *, set_style: bool) -> None:
    """The translators and the theme for the first frame, from `saved_look`'s values.

    A value the Qt layer cannot show ("es", "EN", a list) shows English and the light theme: the
    window must open to say what is wrong with the file, never die before it is shown.
    """
    try:
        install_translators(app, language if isinstance(language, str) else SOURCE_LANGUAGE)
    except ValueError:  # no translation for it
        install_translators(app, SOURCE_LANGUAGE)
    try:
        apply_theme(app, theme if isinstance(theme, str) else DEFAULT_THEME, set_style=set_style)
    except ValueError:  # no such theme
        apply_theme(app, DEFAULT_THEME, set_style=set_style)


def seconds_since_process_start() -> float:
    """How long this process has existed, as the operating system counts it (best effort).

    Linux: /proc (10 ms resolution); Windows: the process creation time. Elsewhere, or when that
    fails: since this module was imported (which misses the interpreter's own start-up).
    """
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations only
            import ctypes
            from ctypes import wintypes

            created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
            kernel32 = ctypes.windll.kernel32
            if kernel32.GetProcessTimes(
                kernel32.GetCurrentProcess(),
                ctypes.byref(created),
                ctypes.byref(exited),
                ctypes.byref(kernel),
                ctypes.byref(user),
            ):
                kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

                def ticks(filetime: wintypes.FILETIME) -> int:  # 100 ns units
                    return (filetime.dwHighDateTime << 32) | filetime.dwLowDateTime

                return (ticks(now) - ticks(created)) / 1e7
        elif sys.platform.startswith("linux"):
            with open("/proc/self/stat", "rb") as stat:
                # Field 22, starttime, in clock ticks after boot; the fields after the ")" that
                # closes the command name start at field 3.
                started = int(stat.read().rsplit(b")", 1)[1].split()[19])
            return time.clock_gettime(time.CLOCK_BOOTTIME) - started / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return time.monotonic() - _IMPORTED_AT


def report_readiness(app: QApplication, window: MainWindow, out: TextIO | None = None) -> None:
    """`--quit-when-ready`: print `READY <s>` once the window takes scans, `STATION-READY <s>` once
    the station is open and start-up recovery done, then quit (non-zero when the station could not
    open or recovery failed; the reason goes to stderr). Seconds since the process started."""
    stream = out if out is not None else sys.stdout

    def line(text: str) -> bool:
        """Whether the line was written; if not, the app is quitting with a failure code."""
        try:
            stream.write(f"{text} {seconds_since_process_start():.3f}\n")
            stream.flush()
        except OSError as error:  # whoever timed us has gone (a closed pipe): quit, never hang
            sys.stderr.write(f"packstation: cannot report {text}: {error}\n")
            app.exit(EXIT_STATION_NOT_READY)
            return False
        return True

    def recovered(result: object) -> None:
        if isinstance(result, str):
            sys.stderr.write(f"packstation: start-up recovery failed: {result}\n")
            app.exit(EXIT_STATION_NOT_READY)
            return
        if line("STATION-READY"):
            app.exit(0)

    def failed(message: str) -> None:
        sys.stderr.write(f"packstation: the station could not open: {message}\n")
        app.exit(EXIT_STATION_NOT_READY)

    window.recovery_done.connect(recovered)
    window.station_failed.connect(failed)
    # Call after show(): this runs in the event loop's first turn, with the scan field the window's
    # focus widget (the focus keeper made it so), as the bare window's line edit is.
    QTimer.singleShot(0, window, lambda: line("READY"))


def run_event_loop(app: QApplication, window: MainWindow) -> int:
    return int(app.exec())


def main(
    argv: Sequence[str] | None = None,
    *,
    training: bool | None = None,
    quit_when_ready: bool | None = None,
    run: Callable[[QApplication, MainWindow], int] = run_event_loop,
    opener: StationOpener | None = None,
) -> int:
    """Start the packing screen; `run` is the event loop (tests pass one that drives the window).

    `training` and `quit_when_ready` default to the `--training` and `--quit-when-ready` flags in
    `argv`. `opener` opens the station on the API lane (default: `runtime.open_station`).
    """
    arguments = list(argv if argv is not None else sys.argv)
    if training is None:
        training = "--training" in arguments[1:]
    if quit_when_ready is None:
        quit_when_ready = QUIT_WHEN_READY in arguments[1:]
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, created = existing, False
    else:
        app, created = QApplication([*arguments, *STYLE_ARGUMENTS]), True
    app.setApplicationName("Packstation")
    app.setDesktopFileName("packstation")  # taskbars and docks match installer/linux/packstation.desktop
    app.setWindowIcon(app_icon())
    sys.excepthook = make_excepthook()
    paths = station_paths(training=training).create()
    # Before any window or dialog: widgets take their texts and colours when they are built.
    language, theme = saved_look(paths.settings_file)
    install_look(app, language, theme, set_style=not created)  # a new app has Fusion from STYLE_ARGUMENTS
    with single_instance(paths) as locked:
        if not locked:
            log_to_file(paths)
            log.warning("station %s is already open in another process", paths.data_dir)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                None,
                QCoreApplication.translate("app", "Packstation is already running"),
                QCoreApplication.translate(
                    "app",
                    "This station is already open in another window. Use that one: two copies "
                    "could print two labels for one order.",
                ),
            )
            return 1

        def open_station_here() -> AbstractContextManager[Station]:
            from packstation.app.station import open_station  # the core loads on the worker

            return open_station(training=training)

        # Left last: the station (journal, simulator) outlives the window's lanes.
        with StationScope(opener or open_station_here) as scope, SoundPlayer() as sounds:

            def open_on_worker() -> Station:
                """API lane: the log file, the core's imports and the opening (disk, keyring,
                simulator: off the GUI thread). The station stays open until the window closes
                (or, in training, a practice reset closes and opens it again, also on this lane)."""
                log_to_file(paths)
                return scope.open()

            # The station's `sounds` setting applies on attach; the scope serves the practice reset.
            window = MainWindow(sounds=sounds, scope=scope)
            window.station_failed.connect(lambda message: log.error("the station cannot start: %s", message))
            window.show()
            if quit_when_ready:
                report_readiness(app, window)
            # From the event loop, after the window's first turn: the worker's imports hold the GIL
            # most of the time, and started now they would slow the window's first paint.
            QTimer.singleShot(0, window, lambda: window.attach_when_open(open_on_worker))
            try:
                code = run(app, window)
            finally:
                window.shutdown()  # queued work (the opening, a scan) finishes before the station closes
            return code if window.open_failure is None else max(code, EXIT_STATION_NOT_READY)


if __name__ == "__main__":
    raise SystemExit(main())
