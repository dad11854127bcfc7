"""The GUI entry point (`packstation-gui`, `packstation`, or `packstation --training`).

`main()` is the Qt side of the composition root: one instance per station (a lock file in the
station's data folder: two instances could print two labels), a global exception hook that logs
and tells the packer, then the station from `packstation.runtime` and the packing window on it.
The station is built before the event loop starts (it starts the training simulator, opens the
journal, reads the keyring); everything after that runs on the TaskRunner's lanes.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLockFile, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from packstation.errors import PackstationError
from packstation.paths import StationPaths, station_paths
from packstation.qt.feedback import SoundPlayer
from packstation.qt.main_window import MainWindow
from packstation.runtime import open_station

log = logging.getLogger("packstation.qt.app")

LOCK_FILE_NAME = "packstation.lock"
LOG_FILE_NAME = "packstation.log"

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
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
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
    try:
        yield locked
    finally:
        if locked:
            lock.unlock()


def run_event_loop(app: QApplication, window: MainWindow) -> int:
    return int(app.exec())


def main(
    argv: Sequence[str] | None = None,
    *,
    training: bool | None = None,
    run: Callable[[QApplication, MainWindow], int] = run_event_loop,
) -> int:
    """Start the packing screen; `run` is the event loop (tests pass one that drives the window)."""
    arguments = list(argv if argv is not None else sys.argv)
    if training is None:
        training = "--training" in arguments[1:]
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(arguments)
    app.setApplicationName("Packstation")
    sys.excepthook = make_excepthook()
    paths = station_paths(training=training).create()
    log_to_file(paths)
    with single_instance(paths) as locked:
        if not locked:
            log.warning("station %s is already open in another process", paths.data_dir)
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
        try:
            with open_station(training=training) as station:
                settings = station.workflow.settings
                with SoundPlayer(enabled=settings.sounds) as sounds:
                    window = MainWindow(station, sounds=sounds)
                    window.show()
                    window.start()
                    try:
                        return run(app, window)
                    finally:
                        window.shutdown()  # queued work finishes before the journal closes
        except PackstationError as error:
            log.error("the station cannot start: %s (%s)", error.message, error.code)
            QMessageBox.critical(
                None, QCoreApplication.translate("app", "Packstation cannot start"), error.message
            )
            return 1


if __name__ == "__main__":
    raise SystemExit(main())
