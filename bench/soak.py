"""A packing shift: the real window in training, offscreen, 2,000 mixed scans back to back.

The packing window (`MainWindow`) on a training station opened by `open_station(training=True)`:
the in-process simulator (its seed cloned, as the other benches do, so every green scan ships an
order of its own) and the virtual printer (ZPL, fed the training PDF labels converted, with the
label preview rendered for every print). Scans are typed into the scan field and sent with Enter,
one at a time, the next as soon as the previous verdict is shown; reprints are F5 on the window.
Each 100 scans of the shift hold the same mix, shuffled:

- 72 green: a fresh order (in 8 of them followed by F5, a reprint of the same label);
- 8 amber "already shipped": an order this station shipped earlier;
- 4 red "cannot ship" (the simulator's unshippable orders) and 3 red "order not found";
- 2 badge sign-ins (two packers take turns);
- 1 amber "outcome unknown": create-label hangs past the label timeout and made no label; the
  same order is scanned again later in the 100, after the settle window, and is shipped (green);
- 1 late label: create-label makes the label, then hangs past the label timeout; settling finds
  the parcel in the same scan and prints it (green).

The label timeout and settle window are the settings' smallest (1 s, 2 s: overrides; the
defaults are 60 s and 120 s) and a lookup is not retried (a missing order is red at once). A
rescan of an amber order that comes before the station would accept it waits on the event loop
until it may (a packer is told how long to wait); that wait is outside the scan's timing.

Measured: scan to verdict, from the Enter key (or F5) to the window's `verdict_shown` signal, all
on the GUI thread's event loop (no sleeps: every wait is a parameter); and the process's resident
memory, threads and open file descriptors from /proc/self after the warm-up and at the end, each
read after the lanes went idle, the event loop ran `--drain` seconds (so the simulator's hung
threads end), the training fakes' bounded caches were emptied (the virtual printer's last jobs,
the simulator's rendered text and barcodes: see `settle_down`), the garbage collector ran and the
heap's free pages went back to the OS (RSS before that is reported as `rss_untrimmed_mb`). The
simulator's parcels, one per label made, stay and count.

The early window (scans 200-700) is the baseline for the late one (the last 500): the same mix,
the same process. The timing goals are read over the scans without an injected label timeout
(the two unknown-outcome kinds wait the 1 s timeout itself; 2 % of the scans, they would be the
p99); the figures with them are reported beside. A bare window (a line edit taking the same Enter
keys) gives the harness's own memory growth, in the same run.

Goals: RSS growth < 30 MB after the warm-up; threads and descriptors within +-2; late p50 <= 1.1x
and late p99 <= 1.3x the early ones. Human lines first; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

sys.path.insert(0, str(Path(__file__).parent))
from _simulator_process import label_only_orders, with_clones

if TYPE_CHECKING:
    from packstation.qt.main_window import MainWindow
    from packstation.station.workflow import ScanVerdict

GOAL_RSS_GROWTH_MB = 30.0
GOAL_THREADS_DELTA = 2
GOAL_FDS_DELTA = 2
GOAL_P50_RATIO = 1.1
GOAL_P99_RATIO = 1.3
SYNC_LABEL = "/orders/create-label-sync"
PACKERS = ({"badge_id": "A1", "name": "Ana"}, {"badge_id": "B2", "name": "Bram"})


class Kind(StrEnum):
    OK = "ok"  # a fresh order: green, printed
    REPRINT = "reprint"  # F5 right after a green scan: its label again
    SHIPPED = "already_shipped"  # an order this station shipped earlier: amber
    UNSHIPPABLE = "unshippable"  # Sendcloud refuses the order: red
    NOT_FOUND = "not_found"  # no such order: red
    BADGE = "badge"  # a packer signs in
    UNKNOWN = "unknown"  # create-label hangs past the timeout, no label made: amber, order blocked
    SETTLED = "settled"  # that order again after the settle window: proved "no label", shipped
    LATE_LABEL = "late_label"  # create-label made the label, then hung: settled in the scan, printed


TIMED_OUT = (Kind.UNKNOWN, Kind.LATE_LABEL)  # these wait the label timeout itself
FRESH = (Kind.OK, Kind.UNKNOWN, Kind.LATE_LABEL)  # each takes an order never scanned before

# The 100 scans every stretch of the shift holds (units stay together: F5 follows its green scan).
UNITS: tuple[tuple[tuple[Kind, ...], int], ...] = (
    ((Kind.OK,), 64),
    ((Kind.OK, Kind.REPRINT), 8),
    ((Kind.SHIPPED,), 8),
    ((Kind.UNSHIPPABLE,), 4),
    ((Kind.NOT_FOUND,), 3),
    ((Kind.BADGE,), 2),
    ((Kind.UNKNOWN,), 1),
    ((Kind.SETTLED,), 1),
    ((Kind.LATE_LABEL,), 1),
)
CYCLE = sum(len(unit) * count for unit, count in UNITS)


def plan(scans: int, rng: random.Random) -> list[Kind]:
    """`scans` kinds: each 100 the same mix, shuffled; a rescan always after its unknown outcome."""
    kinds: list[Kind] = []
    while len(kinds) < scans:
        units = [list(unit) for unit, count in UNITS for _ in range(count)]
        rng.shuffle(units)
        if not kinds:  # the shift starts with two orders shipped, so "already shipped" has one
            plain = [u for u in units if u == [Kind.OK]][:2]
            units = plain + [u for u in units if not any(u is p for p in plain)]
        unknown, settled = units.index([Kind.UNKNOWN]), units.index([Kind.SETTLED])
        if settled < unknown:
            units[settled], units[unknown] = units[unknown], units[settled]
        kinds.extend(kind for unit in units for kind in unit)
    return kinds[:scans]


EXPECTED: dict[Kind, tuple[str, str | None]] = {  # (verdict, error code); None: any code
    Kind.OK: ("success", None),
    Kind.REPRINT: ("success", None),
    Kind.SHIPPED: ("attention", "already_shipped"),
    Kind.UNSHIPPABLE: ("failed", None),
    Kind.NOT_FOUND: ("failed", "order_not_found"),
    Kind.BADGE: ("success", "signed_in"),
    Kind.UNKNOWN: ("attention", "outcome_still_unknown"),
    Kind.SETTLED: ("success", None),
    Kind.LATE_LABEL: ("success", None),
}


# ---------------------------------------------------------------------------------- /proc/self
def _status() -> dict[str, str]:
    status = Path("/proc/self/status").read_text()
    return dict(line.split(":", 1) for line in status.splitlines() if ":" in line)


def _rss_mb() -> float:
    return round(int(_status()["VmRSS"].split()[0]) / 1024, 1)


def _return_free_heap() -> None:
    """Give the heap's free pages back to the OS (glibc's malloc_trim), so RSS counts memory in use,
    not what the allocator kept after the printer lane's large label images were freed."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: RSS then includes the allocator's free pages
        pass


def process_figures() -> dict[str, float]:
    """Resident memory (MB, before and after the free heap is returned), threads and open
    descriptors of this process, from /proc/self."""
    untrimmed = _rss_mb()
    _return_free_heap()
    return {
        "rss_mb": _rss_mb(),
        "rss_untrimmed_mb": untrimmed,
        "threads": int(_status()["Threads"]),
        "fds": len(os.listdir("/proc/self/fd")) - 1,  # minus the one listdir holds open
    }


def descriptor_kinds() -> Counter[str]:
    """What the open descriptors point at, by kind (socket, pipe, anon_inode:…, or the file)."""
    kinds: Counter[str] = Counter()
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue  # the listing's own descriptor, closed by now
        kinds[target.split(":[", 1)[0] if ":[" in target else target] += 1
    return kinds


def thread_names() -> Counter[str]:
    """Python threads by name without their numbers, plus the native ones as "(native)"."""
    names: Counter[str] = Counter(t.name.rstrip("0123456789_-") for t in threading.enumerate())
    native = len(os.listdir("/proc/self/task")) - threading.active_count()
    if native:
        names["(native)"] = native
    return names


# ---------------------------------------------------------------------------------- driving
def spin(seconds: float) -> None:
    """Run the event loop for `seconds` (a wait the bench chose, never a sleep)."""
    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def settle_down(window: MainWindow, drain: float) -> None:
    """Wait until the lanes are idle, run the loop `drain` seconds, free deleted objects, collect.

    The training fakes' bounded caches are emptied first: the virtual printer's last 500 jobs and
    the simulator's label caches (text stamps, barcodes) fill during the shift, up to their limits,
    and are the fake printer's and the fake Sendcloud's memory, not the station's. The simulator's
    parcels stay (a reprint and "already shipped" need them): their growth is counted.
    """
    from packstation.qt.tasks import Lane
    from packstation.training.labels import clear_label_caches

    clear_label_caches()
    if window.station_open and window.station.virtual_printer is not None:
        window.station.virtual_printer.clear_jobs()

    deadline = time.perf_counter() + 30
    while any(window.runner.busy(lane) for lane in Lane) and time.perf_counter() < deadline:
        spin(0.01)
    spin(drain)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


class VerdictClock:
    """Times one action (Enter or F5) until the window's `verdict_shown`, on the event loop."""

    def __init__(self, window: MainWindow, timeout: float) -> None:
        self._loop = QEventLoop()
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(timeout * 1000))
        self._timer.timeout.connect(self._loop.quit)
        self._verdict: ScanVerdict | None = None
        self._shown_at = 0.0
        window.verdict_shown.connect(self._shown)

    def _shown(self, verdict: ScanVerdict) -> None:
        self._shown_at = time.perf_counter()
        self._verdict = verdict
        self._loop.quit()

    def time(self, action: Callable[[], object]) -> tuple[ScanVerdict, float]:
        self._verdict = None
        started = time.perf_counter()
        action()
        if self._verdict is None:
            self._timer.start()
            self._loop.exec()
            self._timer.stop()
        if self._verdict is None:
            raise RuntimeError(f"no verdict within {self._timer.interval() / 1000} s")
        return self._verdict, self._shown_at - started


@dataclass
class Shift:
    """The orders a shift scans, and what it has shipped so far."""

    fresh: Iterator[str]
    unshippable: list[str]
    rng: random.Random
    shipped: list[str] = field(default_factory=list)
    blocked: list[tuple[str, float]] = field(default_factory=list)  # (order, when it may be rescanned)
    last_scanned: str = ""
    not_found: int = 0
    badges: int = 0
    waited: float = 0.0  # event-loop time spent waiting before a rescan was allowed


def scan_text(kind: Kind, shift: Shift, simulator: Any, hang: float) -> str:
    """What the packer scans for `kind`; arranges the simulator's faults for the unknown kinds."""
    from packstation.training.faults import Fault, FaultKind

    if kind in FRESH:
        order = next(shift.fresh)
        if kind is not Kind.OK:
            simulator.faults.add(
                Fault(
                    FaultKind.HANG,
                    method="POST",
                    path=SYNC_LABEL,
                    order_number=order,
                    delay=hang,
                    after_processing=kind is Kind.LATE_LABEL,
                )
            )
        return order
    if kind is Kind.SHIPPED:  # never the order scanned just before: that would be a double read
        return shift.rng.choice([o for o in shift.shipped[-200:] if o != shift.last_scanned])
    if kind is Kind.UNSHIPPABLE:
        return shift.rng.choice(shift.unshippable)
    if kind is Kind.NOT_FOUND:
        shift.not_found += 1
        return f"NOPE-{shift.not_found}"
    if kind is Kind.BADGE:
        shift.badges += 1
        return f"BADGE-{PACKERS[shift.badges % len(PACKERS)]['badge_id']}"
    if kind is Kind.SETTLED:
        order, allowed_at = shift.blocked.pop(0)
        wait = allowed_at - time.perf_counter()
        if wait > 0:
            spin(wait)
            shift.waited += wait
        return order
    raise ValueError(kind)


@dataclass
class Scan:
    kind: Kind
    seconds: float
    verdict: str
    code: str | None
    expected: bool


def run_shift(
    window: MainWindow, shift: Shift, kinds: list[Kind], options: argparse.Namespace
) -> tuple[list[Scan], dict[str, float]]:
    """Scan the plan back to back; the process figures after the warm-up are returned too."""
    simulator = window.station.simulator
    clock = VerdictClock(window, options.timeout)
    field_ = window.scan_field
    scans: list[Scan] = []
    after_warm_up: dict[str, float] = {}
    for index, kind in enumerate(kinds):
        if index == options.warm_up:
            settle_down(window, options.drain)
            after_warm_up = process_figures()
            if options.trace:
                tracemalloc.start(options.trace_frames)
            if options.verbose:
                print(f"after warm-up: {after_warm_up}", flush=True)
        if kind is Kind.REPRINT:
            verdict, seconds = clock.time(lambda: QTest.keyClick(field_, Qt.Key.Key_F5))
        else:
            text = scan_text(kind, shift, simulator, options.hang)
            field_.setText(text)  # the scanner's typing is not the app's time
            verdict, seconds = clock.time(lambda: QTest.keyClick(field_, Qt.Key.Key_Return))
            shift.last_scanned = text
            if verdict.verdict == "success" and kind in (*FRESH, Kind.SETTLED):
                shift.shipped.append(text)
            if kind is Kind.UNKNOWN and verdict.retry_in is not None:
                shift.blocked.append((text, time.perf_counter() + verdict.retry_in + options.margin))
        want_verdict, want_code = EXPECTED[kind]
        code = str(verdict.code) if verdict.code is not None else None
        expected = verdict.verdict == want_verdict and (want_code is None or code == want_code)
        if not expected and options.verbose:
            print(f"scan {index} ({kind}): {verdict.verdict} {code}: {verdict.message}", flush=True)
        scans.append(Scan(kind, seconds, str(verdict.verdict), code, expected))
        if options.verbose and (index + 1) % 100 == 0:
            figures = process_figures()
            print(
                f"{index + 1} scans, last 100 median {median_ms(scans[-100:])} ms; "
                f"RSS {figures['rss_mb']} MB",
                flush=True,
            )
    return scans, after_warm_up


# ---------------------------------------------------------------------------------- figures
def median_ms(scans: list[Scan]) -> float:
    return round(statistics.median(s.seconds for s in scans) * 1000, 2)


def p99_ms(seconds: list[float]) -> float:
    return round(statistics.quantiles(seconds, n=100, method="inclusive")[98] * 1000, 2)


def window_figures(scans: list[Scan]) -> dict[str, Any]:
    plain = [s.seconds for s in scans if s.kind not in TIMED_OUT]
    every = [s.seconds for s in scans]
    by_kind = {
        str(kind): round(statistics.median(s.seconds for s in scans if s.kind is kind) * 1000, 2)
        for kind in Kind
        if any(s.kind is kind for s in scans)
    }
    return {
        "scans": len(scans),
        "p50_ms": round(statistics.median(plain) * 1000, 2),
        "p99_ms": p99_ms(plain),
        "p50_ms_all": round(statistics.median(every) * 1000, 2),
        "p99_ms_all": p99_ms(every),
        "median_ms_by_kind": by_kind,
    }


def report_growth(snapshot: tracemalloc.Snapshot, top: int) -> None:
    """The Python allocations still alive at the end that were made after the warm-up, by place."""
    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    stats = snapshot.statistics("traceback")
    total = sum(stat.size for stat in stats)
    print(f"traced Python allocations made after the warm-up, still alive: {total / 2**20:.1f} MB")
    for stat in stats[:top]:
        print(f"  {stat.size / 2**20:7.2f} MB in {stat.count} blocks")
        for line in stat.traceback.format()[-2 * 6 :]:
            print(f"    {line}")


@contextmanager
def cloned_seed(copies: int) -> Iterator[None]:
    """The training simulator's seed plus `copies` clones of its label-only orders, for this block."""
    from packstation.training import simulator as simulator_module

    original = simulator_module.__dict__["make_seed_data"]  # the name the simulator calls

    def cloned(seed: int) -> Any:
        return with_clones(original(seed), copies)

    setattr(simulator_module, "make_seed_data", cloned)  # noqa: B010 - the station builds its own
    try:
        yield
    finally:
        setattr(simulator_module, "make_seed_data", original)  # noqa: B010


def bare_window(keys: int) -> dict[str, float]:
    """The harness's own growth: a bare window's line edit taking `keys` texts and Enter keys."""
    window = QMainWindow()
    line = QLineEdit()
    window.setCentralWidget(line)
    window.show()
    line.returnPressed.connect(line.clear)
    spin(0.1)
    gc.collect()
    before = process_figures()
    for index in range(keys):
        line.setText(f"ORDER-{index}")
        QTest.keyClick(line, Qt.Key.Key_Return)
    spin(0.1)
    gc.collect()
    after = process_figures()
    window.close()
    return {"rss_growth_mb": round(after["rss_mb"] - before["rss_mb"], 1), "keys": keys}


def soak(options: argparse.Namespace) -> dict[str, Any]:
    from packstation.app.station import open_station
    from packstation.qt.feedback import RecordingSoundPlayer
    from packstation.qt.main_window import MainWindow
    from packstation.training.seed import make_seed_data

    rng = random.Random(options.seed)
    kinds = plan(options.scans, rng)
    needed = sum(kind in FRESH for kind in kinds)
    copies = needed // len(label_only_orders(make_seed_data(1))) + 1
    overrides = {
        "label_timeout_seconds": options.label_timeout,
        "settle_window_seconds": options.settle_window,
        "lookup": {"attempts": 1, "backoff_seconds": 0},
        "packers": list(PACKERS),
    }
    with (
        tempfile.TemporaryDirectory(prefix="packstation-soak-") as home,
        cloned_seed(copies),
    ):
        os.environ["PACKSTATION_HOME"] = home
        with open_station(training=True, overrides=overrides) as station:
            assert station.simulator is not None
            window = MainWindow(station, sounds=RecordingSoundPlayer(enabled=False))
            window.show()
            done: list[object] = []
            window.recovery_done.connect(done.append)
            window.start()
            while not done:
                spin(0.01)
            seed = station.simulator.seed_data
            shift = Shift(
                fresh=iter(str(order["order_number"]) for order in label_only_orders(seed)),
                unshippable=station.simulator.unshippable_order_numbers(),
                rng=rng,
            )
            started = time.perf_counter()
            scans, after_warm_up = run_shift(window, shift, kinds, options)
            wall = time.perf_counter() - started
            settle_down(window, options.drain)
            at_end = process_figures()
            if options.trace:
                report_growth(tracemalloc.take_snapshot(), options.trace)
                tracemalloc.stop()
            threads_at_end, fds_at_end = thread_names(), descriptor_kinds()
            labels = station.simulator.labels_created()
            jobs = station.virtual_printer.jobs_received if station.virtual_printer else 0
            window.shutdown()
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    width = min(options.window, (options.scans - options.warm_up) // 2)
    early = scans[options.warm_up : options.warm_up + width]
    late = scans[-width:]
    return {
        "scans": scans,
        "early": window_figures(early),
        "late": window_figures(late),
        "window_scans": width,
        "after_warm_up": after_warm_up,
        "at_end": at_end,
        "threads_at_end": dict(threads_at_end),
        "fds_at_end": dict(fds_at_end),
        "labels_created": labels,
        "printer_jobs": jobs,
        "wall_s": round(wall, 1),
        "waited_for_settle_window_s": round(shift.waited, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--warm-up", type=int, default=200, help="scans before the first figures")
    parser.add_argument("--window", type=int, default=500, help="scans in the early and the late window")
    parser.add_argument("--seed", type=int, default=13, help="the shuffle of each 100 scans' mix")
    parser.add_argument("--label-timeout", type=float, default=1.0, help="label_timeout_seconds (>= 1)")
    parser.add_argument("--settle-window", type=float, default=2.0, help="settle_window_seconds")
    parser.add_argument("--hang", type=float, default=1.3, help="how long a hung create-label holds on, s")
    parser.add_argument("--margin", type=float, default=0.05, help="added to a rescan's announced wait, s")
    parser.add_argument("--drain", type=float, default=1.5, help="event loop time before each figure, s")
    parser.add_argument("--timeout", type=float, default=30.0, help="longest wait for one verdict, s")
    parser.add_argument("--trace", type=int, default=0, help="tracemalloc: show the N largest growths")
    parser.add_argument("--trace-frames", type=int, default=12, help="tracemalloc: frames kept")
    parser.add_argument("--verbose", action="store_true", help="progress every 100 scans")
    options = parser.parse_args()
    if options.scans < options.warm_up + 2:
        parser.error("--scans must exceed --warm-up")
    if options.hang <= options.label_timeout:
        parser.error("--hang must outlast --label-timeout (that is what makes the outcome unknown)")

    _app = QApplication.instance() or QApplication([])  # kept alive for the whole run
    bare = bare_window(options.scans)
    run = soak(options)
    scans: list[Scan] = run.pop("scans")
    before, after = run["after_warm_up"], run["at_end"]
    early, late = run["early"], run["late"]
    growth = round(after["rss_mb"] - before["rss_mb"], 1)
    threads_delta = int(after["threads"] - before["threads"])
    fds_delta = int(after["fds"] - before["fds"])
    p50_ratio = round(late["p50_ms"] / early["p50_ms"], 3)
    p99_ratio = round(late["p99_ms"] / early["p99_ms"], 3)
    goals = {
        "rss_growth_mb_max": GOAL_RSS_GROWTH_MB,
        "threads_delta_max": GOAL_THREADS_DELTA,
        "fds_delta_max": GOAL_FDS_DELTA,
        "p50_ratio_max": GOAL_P50_RATIO,
        "p99_ratio_max": GOAL_P99_RATIO,
        "met_rss": growth < GOAL_RSS_GROWTH_MB,
        "met_threads": abs(threads_delta) <= GOAL_THREADS_DELTA,
        "met_fds": abs(fds_delta) <= GOAL_FDS_DELTA,
        "met_p50": p50_ratio <= GOAL_P50_RATIO,
        "met_p99": p99_ratio <= GOAL_P99_RATIO,
    }
    goals["met_all"] = all(value for name, value in goals.items() if name.startswith("met_"))
    kinds = Counter(str(s.kind) for s in scans)
    unexpected = Counter(f"{s.kind}: {s.verdict} {s.code}" for s in scans if not s.expected)
    result = {
        "bench": "soak",
        "python": sys.version.split()[0],
        "scans": len(scans),
        "warm_up": options.warm_up,
        "kinds": dict(sorted(kinds.items())),
        "unexpected_verdicts": dict(unexpected),
        "after_warm_up": before,
        "at_end": after,
        "rss_growth_mb": growth,
        "threads_delta": threads_delta,
        "fds_delta": fds_delta,
        "early": {"from_scan": options.warm_up, **early},
        "late": {"from_scan": len(scans) - run["window_scans"], **late},
        "p50_ratio": p50_ratio,
        "p99_ratio": p99_ratio,
        "p99_ratio_all": round(late["p99_ms_all"] / early["p99_ms_all"], 3),
        "goals": goals,
        "bare_window": bare,
        "threads_at_end": run["threads_at_end"],
        "fds_at_end": run["fds_at_end"],
        "labels_created": run["labels_created"],
        "printer_jobs": run["printer_jobs"],
        "label_timeout_s": options.label_timeout,
        "settle_window_s": options.settle_window,
        "waited_for_settle_window_s": run["waited_for_settle_window_s"],
        "wall_s": run["wall_s"],
    }
    print(
        f"{len(scans)} scans in {run['wall_s']} s; unexpected verdicts: {sum(unexpected.values())}\n"
        f"RSS {before['rss_mb']} -> {after['rss_mb']} MB ({growth:+} MB; bare window "
        f"{bare['rss_growth_mb']:+} MB); threads {before['threads']} -> {after['threads']}; "
        f"fds {before['fds']} -> {after['fds']}\n"
        f"scan to verdict p50 {early['p50_ms']} -> {late['p50_ms']} ms ({p50_ratio}x), "
        f"p99 {early['p99_ms']} -> {late['p99_ms']} ms ({p99_ratio}x)\n"
        f"goals met: {goals['met_all']}"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
