"""Start-up: process start to "ready to scan", against a bare PySide6 window in the same run.

Each side is a fresh Python process (offscreen Qt), started alternately. The app side is the real
`packstation.qt.app.main` in training mode; it counts as ready when start-up recovery has finished
and the scan field accepts input. The bare side shows a window with a line edit. The time is taken
from the spawn to the child's "READY" line, on one clock (wall time handed to the child).
Goal: app ≤ 1.5× bare. The last line printed is one JSON object.
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

APP_CHILD = """
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from packstation.qt import app as packstation_app

def run(app, window):
    def ready(_result):
        print(f"READY {time.time() - t0:.6f}", flush=True)
        app.quit()
    window.recovery_done.connect(ready)
    return app.exec()

sys.exit(packstation_app.main(["packstation"], training=True, run=run))
"""

BARE_CHILD = """
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
field.setFocus()

def ready():
    print(f"READY {time.time() - t0:.6f}", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""


def _time_child(code: str, home: str) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PACKSTATION_HOME": home,
        "BENCH_T0": repr(time.time()),
    }
    completed = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    line = next(line for line in completed.stdout.splitlines() if line.startswith("READY "))
    return float(line.split()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    app_times: list[float] = []
    bare_times: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        _time_child(APP_CHILD, home)  # warm the OS file cache and the training folder once
        _time_child(BARE_CHILD, home)
        for _ in range(options.runs):
            app_times.append(_time_child(APP_CHILD, home))
            bare_times.append(_time_child(BARE_CHILD, home))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    result = {
        "bench": "startup",
        "runs": options.runs,
        "app_ready_median_s": round(app_median, 3),
        "app_ready_max_s": round(max(app_times), 3),
        "bare_window_median_s": round(bare_median, 3),
        "ratio_median": round(app_median / bare_median, 3),
        "goal_ratio": 1.5,
        "mode": "training (embedded simulator and virtual printer started, start-up recovery run)",
    }
    print(f"app  ready to scan, median {app_median:.3f} s")
    print(f"bare PySide6 window, median {bare_median:.3f} s")
    print(f"ratio {result['ratio_median']}x, goal <= 1.5x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
