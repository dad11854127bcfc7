"""Item verification: from an item scan's Enter to its ticked line repainted, against a bare field.

The real packing window on a training station (simulator in-process, virtual printer), offscreen,
with `item_verification: on`. One order of two lines (1,000 units by EAN, 1,000 by SKU) is opened
and its 2,000 units are scanned one at a time: each sample runs from the Enter key to the verdict
shown and the checklist repainted (a synchronous `repaint`, so the paint is inside the sample);
the last unit, which makes the label, is `scan_to_print.py`'s business and not sampled.
The baseline is a bare `QLineEdit` whose Enter sets a label's text and repaints it, in the same
run. The bench asserts that every item scan's journal write ran off the GUI thread. Goal: p99 of
the window's samples < 16 ms (one frame at 60 Hz). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

GOAL_P99_MS = 16.0
EAN, SKU = "4006381333931", "BENCH-SKU-1"


def _figures(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
    }


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _at_least(items: list[object] | list[bool], count: int) -> Callable[[], bool]:
    return lambda: len(items) >= count


def _bare(scans: int) -> list[float]:
    window = QWidget()
    field, label = QLineEdit(), QLabel()
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(label)
    done: list[bool] = []

    def answer() -> None:
        label.setText(f"{field.text()} 1 / 1")
        field.clear()
        label.repaint()
        done.append(True)

    field.returnPressed.connect(answer)
    window.show()
    field.setFocus()
    samples = []
    for index in range(scans):
        QTest.keyClicks(field, EAN if index % 2 else SKU)
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        _wait(_at_least(done, index + 1))
        samples.append(time.perf_counter() - started)
    window.close()
    return samples


def _window(units: int) -> tuple[list[float], set[str]]:
    from packstation.app.station import open_station
    from packstation.journal import Journal
    from packstation.qt.feedback import RecordingSoundPlayer
    from packstation.qt.main_window import MainWindow
    from packstation.sendcloud import Order

    writers: set[str] = set()
    record_item = Journal.record_item

    def watched(self: Journal, *args: object, **kwargs: object) -> object:
        writers.add(threading.current_thread().name)
        return record_item(self, *args, **kwargs)  # type: ignore[arg-type]  # passed through as given

    setattr(Journal, "record_item", watched)  # noqa: B010 - a bench's probe, undone below
    try:
        with open_station(training=True, overrides={"item_verification": "on"}) as station:
            simulator = station.simulator
            assert simulator is not None
            template = next(
                o
                for o in simulator.seed_data.orders
                if o["order_number"] in simulator.shippable_order_numbers()
            )
            body = {key: value for key, value in json.loads(json.dumps(template)).items() if key != "id"}
            body["order_id"], body["order_number"] = "bench-verify-1", "BENCH-VERIFY-1"
            price = body["order_details"]["order_items"][0]["total_price"]
            body["order_details"]["order_items"] = [
                {"name": "Bench tent", "quantity": units // 2, "ean": EAN, "total_price": price},
                {"name": "Bench socks", "quantity": units - units // 2, "sku": SKU, "total_price": price},
            ]
            station.workflow.client.upsert_orders([Order.model_validate(body)])
            window = MainWindow(station, sounds=RecordingSoundPlayer())
            window.show()
            shown: list[object] = []
            window.verdict_shown.connect(shown.append)
            window.start()
            _wait(lambda: not window.queue.recovering)
            QTest.keyClicks(window.scan_field, "BENCH-VERIFY-1")
            QTest.keyClick(window.scan_field, Qt.Key.Key_Return)
            _wait(lambda: len(shown) == 1)
            samples = []
            for index in range(units):
                QTest.keyClicks(window.scan_field, EAN if index < units // 2 else SKU)
                started = time.perf_counter()
                QTest.keyClick(window.scan_field, Qt.Key.Key_Return)
                _wait(_at_least(shown, index + 2))
                checklist = window.verdict_panel.checklist
                if checklist is not None and checklist.isVisible():
                    checklist.repaint()
                else:
                    window.verdict_panel.repaint()  # the last unit: the green verdict with its label
                if index < units - 1:  # the last unit makes the label: that is scan_to_print's sample
                    samples.append(time.perf_counter() - started)
            window.shutdown()
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    finally:
        setattr(Journal, "record_item", record_item)  # noqa: B010
    return samples, writers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=2000)
    options = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    QTimer()  # keep PySide's timer machinery loaded before the first sample
    with tempfile.TemporaryDirectory() as home:
        os.environ["PACKSTATION_HOME"] = home
        window_samples, writers = _window(options.scans)
    bare_samples = _bare(options.scans)
    off_gui = "MainThread" not in writers and bool(writers)
    app_figures, bare_figures = _figures(window_samples), _figures(bare_samples)
    result = {
        "bench": "verify_scan",
        "item_scans": len(window_samples),
        "window": app_figures,
        "bare_field": bare_figures,
        "ratio_median": round(app_figures["median_ms"] / bare_figures["median_ms"], 2),
        "journal_writes_on": sorted(writers),
        "journal_off_gui_thread": off_gui,
        "goal_p99_ms": GOAL_P99_MS,
        "goal_met": off_gui and app_figures["p99_ms"] < GOAL_P99_MS,
    }
    if not off_gui:
        raise SystemExit(f"an item scan's journal write ran on the GUI thread: {sorted(writers)}")
    print(f"window: p99 {app_figures['p99_ms']} ms, median {app_figures['median_ms']} ms")
    print(f"bare field: p99 {bare_figures['p99_ms']} ms, median {bare_figures['median_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
