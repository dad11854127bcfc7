"""Screenshots for the user guide, taken from the app itself so they stay current.

    .venv/bin/python docs/screenshots.py                      # every shot → docs/images/*.png
    .venv/bin/python docs/screenshots.py --only scan-failed   # one shot (repeatable)
    .venv/bin/python docs/screenshots.py --out /tmp/shots     # somewhere else
    .venv/bin/python docs/screenshots.py --list               # the shots and what they show

Each shot opens a fresh training station (`open_station(training=True)`: simulator, virtual
printer, seed 1) in a temporary PACKSTATION_HOME, builds the packing window on it offscreen,
drives it as the tests do (key presses into the scan field, waiting on the window's signals) and
saves the window, or one part of it, as PNG. Nothing is mocked except the sound player (silent).

Deterministic where possible: the window has a fixed size and the seed is fixed, so order numbers,
parcel ids and tracking numbers are the same on every run. Two things are not, and are pinned
after the fact so a re-run only changes the PNGs when the screen changed: the times in the recent
scans list (set to 10:30:00, 10:30:07, …) and the loopback ports of the simulator and the virtual
printer in the status bar (shown as 8765 and 9100). Fonts come from the machine (fontconfig), so
another machine may draw slightly different pixels.

To add a shot, add one `Shot` to `SHOTS` and reference `images/<name>.png` from the guide.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSize, Qt, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from packstation.paths import HOME_ENV
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.main_window import MainWindow
from packstation.runtime import Station, open_station
from packstation.training.barcode_sheet import UNKNOWN_ORDER_NUMBER
from packstation.training.virtual_printer import PrinterState

IMAGES = Path(__file__).resolve().parent / "images"
WINDOW_SIZE = QSize(1100, 760)
WAIT_MS = 15_000
# One lookup, no back-off, no double-scan window: the shots need no waiting and may scan an order twice.
FAST: Mapping[str, Any] = {
    "lookup": {"attempts": 1, "backoff_seconds": 0},
    "scanner": {"debounce_seconds": 0},
}
PINNED_START = datetime(2026, 11, 23, 10, 30, 0).astimezone()
PINNED_STEP = timedelta(seconds=7)
PINNED_API_PORT, PINNED_PRINTER_PORT = 8765, 9100


def build_window(station: Station) -> MainWindow:
    """The packing window on `station`, shown and past its start-up check.

    The one place that knows how the app builds its window: adapt it here when that changes.
    """
    window = MainWindow(station, sounds=RecordingSoundPlayer())
    window.resize(WINDOW_SIZE)
    window.show()
    wait_for(window.recovery_done, window.start)
    return window


# --------------------------------------------------------------------------- driving


class Recorder:
    """Records a signal's emissions from now on; `wait()` spins the event loop until there are enough."""

    def __init__(self, signal: SignalInstance) -> None:
        self.signal = signal
        self.emissions: list[tuple[object, ...]] = []
        self._loop: QEventLoop | None = None
        signal.connect(self._record)

    def _record(self, *args: object) -> None:
        self.emissions.append(args)
        if self._loop is not None:
            self._loop.quit()

    def wait(self, count: int = 1, timeout_ms: int = WAIT_MS) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.start(timeout_ms)
        while len(self.emissions) < count and timer.isActive():
            self._loop = QEventLoop()
            timer.timeout.connect(self._loop.quit)
            self._loop.exec()
            self._loop = None
        if len(self.emissions) < count:
            raise TimeoutError(
                f"{self.signal} fired {len(self.emissions)} of {count} time(s) in {timeout_ms} ms"
            )

    def close(self) -> None:
        self.signal.disconnect(self._record)


def wait_for(signal: SignalInstance, trigger: Callable[[], object]) -> tuple[object, ...]:
    """Run `trigger`, then spin the event loop until `signal` fires; returns its arguments."""
    recorder = Recorder(signal)
    try:
        trigger()
        recorder.wait()
    finally:
        recorder.close()
    return recorder.emissions[0]


@dataclasses.dataclass
class Bench:
    """The window and the training fakes behind it, for a shot's steps."""

    window: MainWindow
    station: Station

    @property
    def orders(self) -> list[str]:
        assert self.station.simulator is not None
        return self.station.simulator.shippable_order_numbers()

    @property
    def unshippable(self) -> list[str]:
        assert self.station.simulator is not None
        return self.station.simulator.unshippable_order_numbers()

    def scan(self, text: str) -> None:
        """Scan `text` and wait for its verdict."""
        self._settle(lambda: self.type(text))

    def type(self, text: str) -> None:
        """As a keyboard-wedge scanner does: the characters, then Enter."""
        QTest.keyClicks(self.window.scan_field, text)
        self.press(Qt.Key.Key_Return)

    def key(self, key: Qt.Key) -> None:
        """A key press in the scan field (the focus is always there: F5, Esc…); waits for the verdict."""
        self._settle(lambda: self.press(key))

    def press(self, key: Qt.Key) -> None:
        QTest.keyClick(self.window.scan_field, key)

    def _settle(self, trigger: Callable[[], object]) -> None:
        """Run `trigger`; wait for its verdict and, when a label was printed, for the label preview."""
        previews = Recorder(self.window.preview_shown)
        try:
            (verdict,) = wait_for(self.window.verdict_shown, trigger)
            outcome = getattr(verdict, "print_outcome", None)
            if outcome is not None and outcome.printed and self.window.preview is not None:
                previews.wait()
        finally:
            previews.close()

    def set_printer(self, state: PrinterState) -> None:
        assert self.station.virtual_printer is not None
        self.station.virtual_printer.set_state(state)


# --------------------------------------------------------------------------- the shots


@dataclasses.dataclass(frozen=True)
class Shot:
    """One PNG: `steps` drive the window, `part` picks the widget to save (None: the whole window)."""

    name: str
    what: str
    steps: Callable[[Bench], None] = lambda bench: None
    part: Callable[[MainWindow], QWidget | None] | None = None
    settings: Mapping[str, Any] = dataclasses.field(default_factory=dict)


def _scan_first(bench: Bench) -> None:
    bench.scan(bench.orders[0])


def _scan_twice(bench: Bench) -> None:
    bench.scan(bench.orders[0])
    bench.scan(bench.orders[0])


def _reprint(bench: Bench) -> None:
    bench.scan(bench.orders[0])
    bench.key(Qt.Key.Key_F5)


def _paper_out(bench: Bench) -> None:
    bench.set_printer(PrinterState.PAPER_OUT)
    bench.scan(bench.orders[0])


def _badge(bench: Bench) -> None:
    bench.scan("BADGE-17")


PACKERS = {"packers": [{"badge_id": "17", "name": "Sam Jansen"}]}

SHOTS: tuple[Shot, ...] = (
    Shot("packing-idle", "the packing screen after start-up, ready for a scan"),
    Shot("signed-in", "a badge scanned: the packer is signed in", _badge, settings=PACKERS),
    Shot("scan-success", "green OK: the label printed (training: its preview on the right)", _scan_first),
    Shot("scan-failed", "red STOP: an order Sendcloud does not have", lambda b: b.scan(UNKNOWN_ORDER_NUMBER)),
    Shot(
        "scan-refused",
        "red STOP: Sendcloud refused the order (no house number)",
        lambda b: b.scan(b.unshippable[0]),
    ),
    Shot("already-shipped", "amber CHECK: the order already has a label", _scan_twice),
    Shot("reprint", "F5 pressed after a label: the same label printed again", _reprint),
    Shot("printer-paper-out", "red STOP: the printer is out of labels, so no label was bought", _paper_out),
    Shot("training-banner", "the TRAINING banner with its practice-barcodes link", part=lambda w: w.banner),
    Shot("label-preview", "training: the virtual printer's label", _scan_first, part=lambda w: w.preview),
    # TODO(shift-lead console, settings dialog, PIN): being built in parallel (issue 5). Add them
    # when they land; each needs a step that opens its window and a `part` that returns it, e.g.:
    # Shot("lead-unlock", "the shift-lead PIN prompt", _open_pin_prompt, part=_pin_dialog),
    # Shot("console-failed", "the failed-shipments console with one failure", _fail_then_console, ...),
    # Shot("console-detail", "a failure's history and the field to fix", ...),
    # Shot("console-statistics", "shift statistics: labels per hour, failure causes", ...),
    # Shot("settings-printer", "the settings dialog, printer page, after Test print", ...),
    # Shot("settings-sendcloud", "the settings dialog, Sendcloud page (keys, integration)", ...),
)


# --------------------------------------------------------------------------- taking them


@contextmanager
def _station_home() -> Iterator[Path]:
    """A fresh PACKSTATION_HOME for one shot: nothing carries over, no real station is touched."""
    before = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="packstation-shot-") as home:
        os.environ[HOME_ENV] = home
        try:
            yield Path(home)
        finally:
            if before is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = before


def _pin_moving_parts(window: MainWindow, station: Station) -> None:
    """Fixed times in the recent-scans list, fixed loopback ports wherever the window shows them."""
    for position, entry in enumerate(sorted(window.recent_model.entries(), key=lambda e: e.ticket)):
        window.recent_model.upsert(dataclasses.replace(entry, at=PINNED_START + position * PINNED_STEP))
    ports: dict[str, str] = {}
    if station.simulator is not None:
        ports[f"127.0.0.1:{station.simulator.port}"] = f"127.0.0.1:{PINNED_API_PORT}"
    if station.virtual_printer is not None:
        ports[f"127.0.0.1:{station.virtual_printer.port}"] = f"127.0.0.1:{PINNED_PRINTER_PORT}"
    for label in window.findChildren(QLabel):
        text = label.text()
        for real, pinned in ports.items():
            text = text.replace(real, pinned)
        if text != label.text():
            label.setText(text)


def _application() -> QApplication:
    """The running QApplication (pytest-qt's in the tests), or a new offscreen one kept for the process."""
    global _APP  # noqa: PLW0603 - one QApplication per process, made on first use
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application is made
    _APP = QApplication([sys.argv[0]])
    return _APP


_APP: QApplication | None = None


def take(shot: Shot, out_dir: Path) -> Path:
    """Take one shot into `out_dir`; returns the PNG's path."""
    _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{shot.name}.png"
    with _station_home(), open_station(training=True, overrides={**FAST, **shot.settings}) as station:
        window = build_window(station)
        try:
            shot.steps(Bench(window, station))
            _pin_moving_parts(window, station)
            widget = shot.part(window) if shot.part is not None else window
            if widget is None:
                raise RuntimeError(f"shot {shot.name}: the window has no such part")
            QApplication.processEvents()
            if not widget.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
        finally:
            window.shutdown()  # queued work finishes before the station closes
            window.close()
            window.deleteLater()
    return path


def take_all(shots: Sequence[Shot], out_dir: Path) -> list[Path]:
    return [take(shot, out_dir) for shot in shots]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the user guide's screenshots offscreen.")
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder for the PNGs (default: docs/images)")
    parser.add_argument("--only", action="append", metavar="NAME", help="take only this shot (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the shots and exit")
    args = parser.parse_args(argv)
    by_name = {shot.name: shot for shot in SHOTS}
    if args.list:
        sys.stdout.write("".join(f"{shot.name:20} {shot.what}\n" for shot in SHOTS))
        return 0
    unknown = sorted(set(args.only or ()) - set(by_name))
    if unknown:
        parser.error(f"unknown shot(s): {', '.join(unknown)}; see --list")
    chosen = [by_name[name] for name in args.only] if args.only else list(SHOTS)
    for path in take_all(chosen, args.out):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
