"""The longest GUI-thread stall while shipping through a simulator with 2 s label latency.

A 5 ms QTimer heartbeat runs on the GUI thread while the packing window ships several orders from
a training station whose simulator answers every create-label call after 2 s. The stall is the
longest gap between heartbeats beyond their 5 ms period. The baseline is the same heartbeat in a
bare window that does nothing, in the same run. Goal: under 20 ms. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

HEARTBEAT_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def figures(self) -> dict[str, float]:
        gaps = sorted(self.gaps)
        return {
            "max_stall_ms": round(max(0.0, gaps[-1] - HEARTBEAT_MS), 2),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1], 2),
            "median_gap_ms": round(statistics.median(gaps), 2),
            "ticks": len(gaps),
        }


def _spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _ship_in_window(
    station: object, numbers: list[str], latency: float
) -> tuple[dict[str, float], int, float]:
    from packstation.app.station import Station
    from packstation.qt.feedback import RecordingSoundPlayer
    from packstation.qt.main_window import MainWindow

    assert isinstance(station, Station)
    window = MainWindow(station, sounds=RecordingSoundPlayer())
    window.show()
    window.start()
    _spin(0.5)  # start-up recovery and first paint are start-up, not shipping
    done: list[object] = []
    window.verdict_shown.connect(done.append)
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    for number in numbers:
        window.scan(number)
    deadline = started + len(numbers) * (latency + 5) + 10
    while len(done) < len(numbers) and time.perf_counter() < deadline:
        _spin(0.05)
    busy = time.perf_counter() - started
    heartbeat.stop()
    window.shutdown()
    window.close()
    # Deleted here, on the GUI thread: a window left to the cyclic garbage collector was destroyed
    # on whichever thread collected next (a lane or simulator thread) and crashed the process.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return heartbeat.figures(), len(done), busy


def _separate_process_run(
    mime_type: str, orders: slice, latency: float
) -> tuple[dict[str, float], int, float]:
    """The station as in production: Sendcloud (the simulator) in another process."""
    import subprocess
    import sys
    from pathlib import Path

    from packstation.app.station import open_station
    from packstation.printing.profile import PrinterProfile
    from packstation.training.virtual_printer import VirtualPrinter

    script = Path(__file__).with_name("_simulator_process.py")
    child = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "--public-key",
            "bench-pk",
            "--secret-key",
            "bench-sk",
            "--label-latency",
            str(latency),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        base_url = child.stdout.readline().strip()
        numbers = json.loads(child.stdout.readline())[orders]  # each run its own orders: one journal
        os.environ["PACKSTATION_PUBLIC_KEY"], os.environ["PACKSTATION_SECRET_KEY"] = "bench-pk", "bench-sk"
        with (
            VirtualPrinter() as printer,
            open_station(
                training=False,
                overrides={
                    "api_url": base_url,
                    "label_mime_type": mime_type,
                    "printer": PrinterProfile(url=printer.url),
                },
            ) as station,
        ):
            return _ship_in_window(station, numbers, latency)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=3)
    parser.add_argument("--latency", type=float, default=2.0)
    options = parser.parse_args()
    _app = QApplication.instance() or QApplication([])  # kept alive for the whole run
    runs: dict[str, dict[str, object]] = {}
    busy_total = 0.0
    with tempfile.TemporaryDirectory() as home:
        os.environ["PACKSTATION_HOME"] = home
        for run, mime_type in enumerate(("application/zpl", "application/pdf")):
            orders = slice(run * options.orders, (run + 1) * options.orders)
            figures, shipped, busy = _separate_process_run(mime_type, orders, options.latency)
            runs[mime_type] = {**figures, "shipped": shipped, "busy_s": round(busy, 2)}
            busy_total += busy
        from packstation.app.station import open_station
        from packstation.training.faults import Fault, FaultKind

        with open_station(training=True) as station:
            assert station.simulator is not None
            station.simulator.faults.add(
                Fault(FaultKind.LATENCY, path="/orders/create-label-sync", delay=options.latency, times=None)
            )
            numbers = station.simulator.shippable_order_numbers()[: options.orders]
            figures, shipped, busy = _ship_in_window(station, numbers, options.latency)
            runs["training (simulator in-process, PDF)"] = {
                **figures,
                "shipped": shipped,
                "busy_s": round(busy, 2),
            }

    bare = QMainWindow()
    bare.setCentralWidget(QLineEdit())
    bare.show()
    baseline = Heartbeat()
    baseline.start()
    _spin(min(busy_total / 2, 10.0))
    baseline.stop()
    bare.close()
    base_figures = baseline.figures()

    result = {
        "bench": "gui_stall",
        "orders_per_run": options.orders,
        "label_latency_s": options.latency,
        "runs": runs,
        "bare_window": base_figures,
        "goal_max_stall_ms": 20,
    }
    for name, measured in runs.items():
        print(f"{name}: longest GUI stall {measured['max_stall_ms']} ms ({measured['shipped']} shipped)")
    print(f"bare window: longest GUI stall {base_figures['max_stall_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
