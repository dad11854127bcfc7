"""Start-up: process start to "window ready to take scans" and to "station ready", against a bare
PySide6 window in the same run.

Each side is a fresh Python process (offscreen Qt), started alternately. The app side is the real
command, `python -m packstation --training --quit-when-ready`: it prints `READY` when the packing
window is shown with the scan field focused and accepting scans (scans typed from then on are
queued), and `STATION-READY` when the station is open (keyring, journal, embedded simulator and
virtual printer) and start-up recovery has finished, then exits. The bare side shows a window with
a line edit and prints `READY`. Times are taken by this script, from the spawn to the arrival of
each line, on one clock; the app's own figures (seconds since its process started, as the OS
counts it) are reported beside them. Bytecode caching is switched on for the children (an installed
or frozen app runs from compiled `.pyc` files; with PYTHONDONTWRITEBYTECODE set, as on the dev
machine, every start would compile the app's own modules from source: ~15 ms before the window).

Goal: window ready to take scans ≤ 1.5× the bare window (ratio of the medians). "Station ready" is
reported against the same bare window for information; it has no goal (the packer can scan before
it). On a busy machine the medians drift between runs, so two steadier views are printed too: the
median of the per-pair ratios (each app start against the bare start right after it) and the
ratio of the fastest starts. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

GOAL_RATIO = 1.5
APP_COMMAND = [sys.executable, "-m", "packstation", "--training", "--quit-when-ready"]

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
field.setFocus()

def ready():
    print("READY", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Run:
    lines: dict[str, float]  # first word of each line → seconds from spawn to its arrival here
    reported: dict[str, float]  # first word → the number the child printed after it, if any


def _run_child(command: list[str], home: str, timeout: float) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PACKSTATION_HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: the warm-up run writes the .pyc files
    started = time.perf_counter()
    lines: dict[str, float] = {}
    reported: dict[str, float] = {}
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            words = line.split()
            if words and words[0] not in lines:
                lines[words[0]] = time.perf_counter() - started
                if len(words) > 1:
                    reported[words[0]] = float(words[1])
        code = child.wait(timeout=timeout)
    if code != 0:
        raise SystemExit(f"{command} exited {code}")
    return Run(lines, reported)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds one child may take")
    options = parser.parse_args()
    bare_command = [sys.executable, "-c", BARE_CHILD]
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    with tempfile.TemporaryDirectory() as home:
        # Warm the OS file cache and make the training folder (and its barcode sheet) once.
        _run_child(APP_COMMAND, home, options.timeout)
        _run_child(bare_command, home, options.timeout)
        for _ in range(options.runs):
            app_runs.append(_run_child(APP_COMMAND, home, options.timeout))
            bare_runs.append(_run_child(bare_command, home, options.timeout))
    window = [run.lines["READY"] for run in app_runs]
    station = [run.lines["STATION-READY"] for run in app_runs]
    bare = [run.lines["READY"] for run in bare_runs]
    window_median, station_median, bare_median = _median(window), _median(station), _median(bare)
    window_ratio = round(window_median / bare_median, 3)
    paired = [w / b for w, b in zip(window, bare, strict=True)]
    result = {
        "bench": "startup",
        "runs": options.runs,
        "app_window_ready_median_s": window_median,
        "app_window_ready_max_s": round(max(window), 3),
        "app_station_ready_median_s": station_median,
        "app_station_ready_max_s": round(max(station), 3),
        "bare_window_median_s": bare_median,
        "ratio_window_ready": window_ratio,
        "ratio_station_ready": round(station_median / bare_median, 3),
        "goal_ratio_window_ready": GOAL_RATIO,
        "goal_met": window_ratio <= GOAL_RATIO,
        "ratio_window_ready_paired_median": _median(paired),
        "ratio_window_ready_fastest": round(min(window) / min(bare), 3),
        "app_window_ready_min_s": round(min(window), 3),
        "bare_window_min_s": round(min(bare), 3),
        "app_self_reported_median_s": {
            "READY": _median([run.reported["READY"] for run in app_runs]),
            "STATION-READY": _median([run.reported["STATION-READY"] for run in app_runs]),
        },
        "mode": "training (embedded simulator and virtual printer, start-up recovery run)",
    }
    print(f"app  window ready to take scans, median {window_median:.3f} s ({window_ratio}x)")
    print(f"app  station ready (open + recovery), median {station_median:.3f} s")
    print(f"bare PySide6 window, median {bare_median:.3f} s")
    print(f"ratio (window ready) {window_ratio}x, goal <= {GOAL_RATIO}x")
    print(f"  paired median {_median(paired)}x, fastest starts {result['ratio_window_ready_fastest']}x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
