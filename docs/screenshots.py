"""Screenshots for the user guide, taken from the app itself so they stay current.

    .venv/bin/python docs/screenshots.py                      # every shot, both screens → docs/images/
    .venv/bin/python docs/screenshots.py --only scan-failed   # one shot (repeatable)
    .venv/bin/python docs/screenshots.py --screen 1366x768    # one screen size
    .venv/bin/python docs/screenshots.py --out /tmp/shots     # somewhere else
    .venv/bin/python docs/screenshots.py --list               # the shots and what they show

The two screen sizes packing benches really have: 1366×768 (the guide's pictures, docs/images/) and
1920×1080 (docs/images/1920x1080/). The packing window and the console fill the screen, as on a
bench where they run maximised without a taskbar (with one, the window is some 40–60 px shorter);
dialogs keep their own size, and the parts of the window (banner, label preview) follow its size.

Each shot opens a fresh training station (`open_station(training=True)`: simulator, virtual
printer, seed 1) in a temporary PACKSTATION_HOME, builds the packing window on it offscreen,
drives it as the tests do (key presses into the scan field, waiting on the window's signals) and
saves the window, one part of it, or a window it opened (the PIN dialog, the failed-shipments
console, the settings dialog) as PNG. Nothing is mocked except the sound player (silent). The OS
keyring is a real in-memory backend (tests/keyrings.py) holding the training keys, so no shot reads
or writes the machine's own keyring; the shift lead's PIN is in the training folder, as training
keeps it.

Deterministic where possible: the window has a fixed size and the seed is fixed, so order numbers,
parcel ids and tracking numbers are the same on every run. Two things are not, and are pinned
after the fact so a re-run only changes the PNGs when the screen changed: the times in the recent
scans list (set to 10:30:00, 10:30:07, …) and the loopback ports of the simulator and the virtual
printer wherever they are shown (as 8765 and 9100). The console's times and its shift chart come
from the journal, written with the real clock: console-failed and console-detail change on every
run (the scan times, the history's times and millisecond offsets; the chart's median scan-to-print
time could too). Fonts come from the machine (fontconfig), so another machine may draw
slightly different pixels.

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
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from packstation.app.station import Station, open_station
from packstation.credentials import ApiCredentials, save_credentials
from packstation.paths import HOME_ENV
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.i18n import install_translators
from packstation.qt.lead_mode import PinDialog
from packstation.qt.main_window import MainWindow
from packstation.qt.theme import apply_theme
from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY
from packstation.training.barcode_sheet import UNKNOWN_ORDER_NUMBER
from packstation.training.faults import Fault, FaultKind
from packstation.training.order_reading import MISSING_HOUSE_NUMBER
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import PrinterState

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: tests/ (for its in-memory keyring) is not on the path
    sys.path.insert(0, str(ROOT))
from tests.keyrings import MemoryKeyring, installed  # noqa: E402 - needs the path above

IMAGES = Path(__file__).resolve().parent / "images"
SCREENS: Mapping[str, QSize] = {"1366x768": QSize(1366, 768), "1920x1080": QSize(1920, 1080)}
GUIDE_SCREEN = "1366x768"  # its shots are docs/images/*.png; every other screen's, a folder of its own
WAIT_MS = 15_000
# One lookup, no back-off, no double-scan window: the shots need no waiting and may scan an order
# twice. The burst filter is off: the shots type the lead's PIN at a scanner's speed.
FAST: Mapping[str, Any] = {
    "lookup": {"attempts": 1, "backoff_seconds": 0},
    "scanner": {"debounce_seconds": 0, "burst_ms": 0},
}
PINNED_START = datetime(2026, 11, 23, 10, 30, 0).astimezone()
PINNED_STEP = timedelta(seconds=7)
PINNED_API_PORT, PINNED_PRINTER_PORT = 8765, 9100
SETTINGS_SIZE = QSize(760, 620)
LEAD_NAME, LEAD_PIN = "Alex de Vries", "246813"


def build_window(station: Station, screen: QSize = SCREENS[GUIDE_SCREEN]) -> MainWindow:
    """The packing window on `station`, shown and past its start-up check.

    The one place that knows how the app builds its window: adapt it here when that changes. As the
    app does: the window is shown first, then given the station (which runs the start-up check).
    """
    window = MainWindow(sounds=RecordingSoundPlayer())
    window.resize(screen)
    window.show()
    wait_for(window.recovery_done, lambda: window.attach(station))
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


def wait_until(condition: Callable[[], object], what: str, timeout_ms: int = WAIT_MS) -> None:
    """Spin the event loop until `condition()` holds (for state that no signal announces)."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(timeout_ms)
    while not condition():
        if not timer.isActive():
            raise TimeoutError(f"not within {timeout_ms} ms: {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


@dataclasses.dataclass
class Bench:
    """The window and the training fakes behind it, for a shot's steps."""

    window: MainWindow
    station: Station
    subject: QWidget | None = None  # a window the steps opened, for `part` to pick

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

    @property
    def simulator(self) -> Simulator:
        assert self.station.simulator is not None
        return self.station.simulator

    def pin_dialog(self, open_it: Callable[[], object]) -> PinDialog:
        """Run `open_it` (a shift-lead key's action) and wait for the PIN prompt it opens."""
        lead_tools = self.window.lead_tools
        assert lead_tools is not None
        open_it()
        wait_until(lambda: isinstance(lead_tools.lock.dialog, PinDialog), "the PIN dialog")
        dialog = lead_tools.lock.dialog
        assert isinstance(dialog, PinDialog)
        wait_until(dialog.isVisible, "the PIN dialog on screen")
        return dialog

    def as_lead(self, open_it: Callable[[], object], opened: SignalInstance) -> QWidget:
        """Run `open_it`, type the lead's name and PIN into the prompt, wait for `opened`; returns
        its window."""
        dialog = self.pin_dialog(open_it)
        recorder = Recorder(opened)
        try:
            dialog.name_field.setText(LEAD_NAME)
            QTest.keyClicks(dialog.pin_field, LEAD_PIN)
            # With the scanner's burst filter on (the settings shots' defaults), typed keys reach
            # the field `burst_ms` late.
            wait_until(lambda: dialog.pin_field.text() == LEAD_PIN, "the PIN in its field")
            dialog.unlock_button.click()
            recorder.wait()
        finally:
            recorder.close()
        (widget,) = recorder.emissions[0]
        assert isinstance(widget, QWidget)
        return widget


# --------------------------------------------------------------------------- the shots


@dataclasses.dataclass(frozen=True)
class Shot:
    """One PNG: `steps` drive the window, `part` picks the widget to save (None: the window the steps
    opened, `bench.subject`, else the packing window)."""

    name: str
    what: str
    steps: Callable[[Bench], None] = lambda bench: None
    part: Callable[[Bench], QWidget | None] | None = None
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


# The console's fault recipes (as in tests/qt/console): one failure of each kind the console sorts.
SYNC, SHIPMENTS, DOCUMENTS = "/orders/create-label-sync", "/shipments", "/parcels/{id}/documents/{type}"


def _house_number_order(bench: Bench) -> str:
    reasons = bench.simulator.seed_data.unshippable_reasons
    return next(number for number, reason in reasons.items() if reason == MISSING_HOUSE_NUMBER)


def _a_shift(bench: Bench) -> None:
    """A packer signs in, ships three parcels and runs into each kind of failure once."""
    first, second, third, fourth, fifth = bench.orders[:5]
    faults = bench.simulator.faults
    bench.scan("BADGE-17")
    for order in (first, second, third):
        bench.scan(order)
    bench.scan(UNKNOWN_ORDER_NUMBER)
    bench.scan(_house_number_order(bench))
    # Sendcloud made the label, but its file is unusable and cannot be fetched again.
    faults.add(Fault(FaultKind.BAD_BASE64, path=SYNC, order_number=fourth))
    faults.add(Fault(FaultKind.STATUS, path=DOCUMENTS, status=500, times=None))
    bench.scan(fourth)
    faults.clear()
    # The label call's answer is lost, and Sendcloud cannot be asked afterwards.
    faults.add(Fault(FaultKind.RESET, path=SYNC, order_number=fifth))
    faults.add(Fault(FaultKind.LATENCY, path=SHIPMENTS, times=1))
    faults.add(Fault(FaultKind.STATUS, path=SHIPMENTS, status=400, times=None))
    bench.scan(fifth)
    faults.clear()


def _packing(bench: Bench) -> None:
    """Item verification: an order of three lines or more scanned, then its first item."""

    def lines(number: str) -> list[dict[str, Any]]:
        [order] = [o for o in bench.simulator.seed_data.orders if o["order_number"] == number]
        return list(order["order_details"]["order_items"])

    number = next(n for n in bench.orders if len(lines(n)) >= 3 and "ean" in lines(n)[0])
    bench.scan(number)
    bench.scan(lines(number)[0]["ean"])


def _open_console(bench: Bench) -> Any:
    lead_tools = bench.window.lead_tools
    assert lead_tools is not None
    console = bench.as_lead(lead_tools.open_console, lead_tools.console_opened)
    from packstation.qt.console.window import ConsoleWindow

    assert isinstance(console, ConsoleWindow)
    console.resize(bench.window.size())  # maximised on the bench's screen, as the packing window
    wait_until(
        lambda: console.model.total > 0 and console.chart.stats is not None, "the console's rows and chart"
    )
    bench.subject = console
    return console


def _console_with_detail(bench: Bench) -> None:
    _a_shift(bench)
    console = _open_console(bench)
    order = _house_number_order(bench)
    row = next(i for i, attempt in enumerate(console.model.loaded()) if attempt.order_number == order)
    shown = [Recorder(console.detail.history_shown), Recorder(console.detail.order_shown)]
    try:
        console.table.selectRow(row)
        for recorder in shown:
            recorder.wait()
    finally:
        for recorder in shown:
            recorder.close()


def _pin_prompt(bench: Bench) -> None:
    lead_tools = bench.window.lead_tools
    assert lead_tools is not None
    dialog = bench.pin_dialog(lead_tools.open_console)
    dialog.name_field.setText(LEAD_NAME)  # in place of training's practice lead
    QTest.keyClicks(dialog.pin_field, LEAD_PIN)  # shown masked
    bench.subject = dialog


def _settings(tab: int, test: str | None = None) -> Callable[[Bench], None]:
    """The settings dialog, its lists loaded from the simulator, on page `tab`, after `test`
    ("connection" or "print") when given."""

    def steps(bench: Bench) -> None:
        from packstation.qt.settings.dialog import SettingsDialog

        lead_tools = bench.window.lead_tools
        assert lead_tools is not None
        loaded: list[Recorder] = []

        def watch(dialog: SettingsDialog) -> None:  # connected before the dialog's answers arrive
            loaded.extend((Recorder(dialog.choices_loaded), Recorder(dialog.keys_state_known)))

        lead_tools.settings_opened.connect(watch)
        try:
            dialog = bench.as_lead(lead_tools.open_settings, lead_tools.settings_opened)
            for recorder in loaded:
                recorder.wait()
        finally:
            lead_tools.settings_opened.disconnect(watch)
            for recorder in loaded:
                recorder.close()
        assert isinstance(dialog, SettingsDialog)
        dialog.resize(SETTINGS_SIZE)
        dialog.tabs.setCurrentIndex(tab)
        if test == "connection":
            wait_for(dialog.connection_tested, dialog.test_connection_button.click)
        elif test == "print":
            wait_for(dialog.test_printed, dialog.test_print_button.click)
        bench.subject = dialog

    return steps


PACKERS = {"packers": [{"badge_id": "17", "name": "Sam Jansen"}]}
# The settings dialog shows the settings in force: the default lookups and scanner, not FAST's.
AS_SHIPPED: Mapping[str, Any] = {"lookup": {}, "scanner": {}, **PACKERS}

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
    Shot(
        "packing-checklist",
        "item verification: the order's checklist, its first item scanned",
        _packing,
        settings={"item_verification": "on"},
    ),
    Shot("already-shipped", "amber CHECK: the order already has a label", _scan_twice),
    Shot("reprint", "F5 pressed after a label: the same label printed again", _reprint),
    Shot("printer-paper-out", "red STOP: the printer is out of labels, so no label was bought", _paper_out),
    Shot(
        "training-banner",
        "the TRAINING banner with its practice lead and PIN and its practice-barcodes link",
        part=lambda b: b.window.banner,
    ),
    Shot(
        "label-preview", "training: the virtual printer's label", _scan_first, part=lambda b: b.window.preview
    ),
    Shot("lead-unlock", "F8 in packer mode: the shift-lead prompt, a name and a PIN typed", _pin_prompt),
    Shot(
        "console-failed",
        "the failed-shipments console after a shift: one failure of each kind, one selected",
        _console_with_detail,
        settings=PACKERS,
    ),
    Shot(
        "console-detail",
        "the detail pane: the history, Sendcloud's error and the field in words, the order now",
        _console_with_detail,
        part=lambda b: getattr(b.subject, "detail", None),
        settings=PACKERS,
    ),
    Shot(
        "console-statistics",
        "the shift chart: labels, labels per hour, failure rate, failures by cause",
        _console_with_detail,
        part=lambda b: getattr(b.subject, "chart", None),
        settings=PACKERS,
    ),
    Shot("settings-station", "the settings dialog, Station page", _settings(0), settings=AS_SHIPPED),
    Shot(
        "settings-sendcloud",
        "the settings dialog, Sendcloud page, after Test connection",
        _settings(1, "connection"),
        settings=AS_SHIPPED,
    ),
    Shot(
        "settings-people",
        "the settings dialog, Packers and scanner page (badges, scanner prefix/suffix, layout)",
        _settings(3),
        settings=AS_SHIPPED,
    ),
    Shot(
        "settings-printer",
        "the settings dialog, Labels and printer page, after Test print",
        _settings(2, "print"),
        settings=AS_SHIPPED,
    ),
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


def _pin_moving_parts(window: MainWindow, station: Station, widgets: Sequence[QWidget]) -> None:
    """Fixed times in the recent-scans list, fixed loopback ports wherever the window shows them."""
    for position, entry in enumerate(sorted(window.recent_model.entries(), key=lambda e: e.ticket)):
        window.recent_model.upsert(entry._replace(at=PINNED_START + position * PINNED_STEP))
    ports: dict[str, str] = {}
    if station.simulator is not None:
        ports[f"127.0.0.1:{station.simulator.port}"] = f"127.0.0.1:{PINNED_API_PORT}"
    if station.virtual_printer is not None:
        ports[f"127.0.0.1:{station.virtual_printer.port}"] = f"127.0.0.1:{PINNED_PRINTER_PORT}"
    shown: list[QLabel | QLineEdit] = []
    for widget in widgets:
        shown += [*widget.findChildren(QLabel), *widget.findChildren(QLineEdit)]
    for text_widget in shown:
        text = text_widget.text()
        for real, pinned in ports.items():
            text = text.replace(real, pinned)
        if text != text_widget.text():
            text_widget.setText(text)


def _application() -> QApplication:
    """The running QApplication (pytest-qt's in the tests), or a new offscreen one kept for the process."""
    global _APP  # noqa: PLW0603 - one QApplication per process, made on first use
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application is made
    _APP = QApplication([sys.argv[0]])
    # As packstation.qt.app.main does before any window: English texts (with their plural forms)
    # and the default theme, so the shots look like the station.
    install_translators(_APP, "en")
    apply_theme(_APP, "light")
    return _APP


_APP: QApplication | None = None


def screen_folder(out_dir: Path, screen: str) -> Path:
    """Where the shots at `screen` go: `out_dir` itself for the guide's screen, else a folder in it."""
    return out_dir if screen == GUIDE_SCREEN else out_dir / screen


def take(shot: Shot, out_dir: Path, screen: str = GUIDE_SCREEN) -> Path:
    """Take one shot at `screen` (a key of `SCREENS`) into `out_dir`; returns the PNG's path."""
    _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{shot.name}.png"
    size = SCREENS[screen]
    with (
        _station_home(),
        installed(MemoryKeyring()),
        open_station(training=True, overrides={**FAST, **shot.settings}) as station,
    ):
        # A station set up as a real one is: its keys in the keyring, a shift lead's PIN of their own.
        save_credentials(ApiCredentials(TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY))
        station.pin_store().set_pin(LEAD_NAME, LEAD_PIN)
        window = build_window(station, size)
        try:
            bench = Bench(window, station)
            shot.steps(bench)
            shown = [window] if bench.subject is None else [window, bench.subject]
            _pin_moving_parts(window, station, shown)
            widget = shot.part(bench) if shot.part is not None else (bench.subject or window)
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


def take_all(shots: Sequence[Shot], out_dir: Path, screens: Sequence[str] = tuple(SCREENS)) -> list[Path]:
    return [take(shot, screen_folder(out_dir, screen), screen) for screen in screens for shot in shots]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the user guide's screenshots offscreen.")
    parser.add_argument("--out", type=Path, default=IMAGES, help="folder for the PNGs (default: docs/images)")
    parser.add_argument("--only", action="append", metavar="NAME", help="take only this shot (repeatable)")
    parser.add_argument(
        "--screen", choices=sorted(SCREENS), action="append", help="only this screen size (default: both)"
    )
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
    for path in take_all(chosen, args.out, args.screen or tuple(SCREENS)):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
