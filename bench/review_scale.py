"""The failed-shipments console over a big journal: time to open it, and to apply a filter.

A journal of 100,000 attempts (5% failed, spread over the four kinds of failure, 30 days, 4
stations, 12 packers) is written once into a temp dir in one transaction. Then, offscreen:

- "open": `ConsoleWindow` built and shown, until the first page of rows is painted in its table;
- "filter": a filter change (kind of failure, search prefix, station, error code, last 7 days; the
  debounce set to 0 so the figure is the console's own work) until the new rows are painted.

The baseline, in the same run: a bare `QTableView` over a minimal table model of the rows of a plain
sqlite3 query of the same first page (same WHERE, ORDER BY, LIMIT), built, shown and painted.
Several repeats, medians. Goal: under 200 ms each. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtWidgets import QApplication, QTableView

from packstation.journal import AttemptFilter, Journal, Stage

# The journal's own WHERE builder: the baseline must ask SQLite exactly the same question.
from packstation.journal.rows import timestamp, where_clause
from packstation.qt.console.window import ConsoleWindow
from packstation.qt.tasks import TaskRunner
from packstation.station.buckets import Bucket, narrowed_to

GOAL_MS = 200.0
STATIONS = ("station-1", "station-2", "station-3", "station-4")
PACKERS = tuple(f"B-{n:03d}" for n in range(12))
ERROR_CODES = ("sendcloud_bad_request", "sendcloud_server_error", "order_not_found", "print_failed")
PAGE = 200


def build_journal(path: Path, attempts: int, failed_share: float, seed: int = 5) -> float:
    """Write the journal (schema through Journal.open, rows with executemany); returns seconds."""
    started = time.perf_counter()
    Journal.open(path, STATIONS[0]).close()  # creates and migrates the schema
    rng = random.Random(seed)
    now = datetime.now(UTC)
    span = timedelta(days=30).total_seconds()
    kinds = (
        (Stage.FAILED, Stage.SCANNED, None),  # not found
        (Stage.FAILED, Stage.LABEL_REQUESTED, None),  # label not created
        (Stage.FAILED, Stage.LABEL_SAVED, 1),  # created, not printed
        (Stage.OUTCOME_UNKNOWN, Stage.LABEL_REQUESTED, None),
    )
    rows: list[tuple[object, ...]] = []
    for n in range(attempts):
        started_at = now - timedelta(seconds=span * (attempts - n) / attempts)
        order = f"ORD-{n:06d}"
        packer = rng.choice(PACKERS)
        if rng.random() < failed_share:
            stage, reached, label = kinds[n % len(kinds)]
            code = "order_not_found" if reached is Stage.SCANNED else rng.choice(ERROR_CODES)
            rows.append(
                (
                    rng.choice(STATIONS), packer, f"Packer {packer}", order, stage.value, reached.value,
                    timestamp(started_at), timestamp(started_at + timedelta(seconds=2)),
                    None if reached is Stage.SCANNED else order, 1,
                    None if label is None else 400_000_000 + n,
                    None if label is None else f"3SPOST{n:07d}",
                    stage.value, code, "It failed.", 400, 2000, None,
                )
            )  # fmt: skip
        else:
            rows.append(
                (
                    rng.choice(STATIONS), packer, f"Packer {packer}", order, "printed", "printed",
                    timestamp(started_at), timestamp(started_at + timedelta(seconds=2)), order, 1,
                    400_000_000 + n, f"3SPOST{n:07d}", None, None, None, None, 2000, 1800,
                )
            )  # fmt: skip
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    connection.executemany(
        """
        INSERT INTO attempts (station, packer_id, packer_name, raw_scan, stage, reached, started_at,
                              updated_at, order_number, integration_id, parcel_id, tracking_number,
                              error_stage, error_code, error_message, error_status, elapsed_ms,
                              scan_to_print_ms)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows,
    )
    connection.execute("COMMIT")
    connection.execute("ANALYZE")  # what a long-lived station's journal has after `PRAGMA optimize`
    connection.close()
    return time.perf_counter() - started


def wait_for(signal: SignalInstance, timeout_s: float = 30.0) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def painted(view: QTableView) -> None:
    """Let the view lay out and paint its rows now (what a person would see)."""
    QApplication.processEvents()
    view.viewport().repaint()


class _RowsModel(QAbstractTableModel):
    """The least a table needs: fixed rows of text. (Not QStandardItemModel: with PySide6 6.12 on
    CPython 3.11 every call of a void method such as `setItem` drops a reference to None, and
    the 1,600 calls per page crash a long benchmark run with "none_dealloc".)"""

    def __init__(self, rows: list[tuple[object, ...]]) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][index.column()]
        return "" if value is None else str(value)


def baseline(path: Path, query: AttemptFilter) -> float:
    """A bare table over a plain sqlite3 query of the same first page, on the GUI thread."""
    started = time.perf_counter()
    where, params = where_clause(query)
    connection = sqlite3.connect(path)
    rows = connection.execute(
        f"SELECT started_at, station, packer_name, order_number, tracking_number, stage, error_code, "
        f"error_message FROM attempts {where} ORDER BY started_at DESC, id DESC LIMIT ?",
        (*params, PAGE),
    ).fetchall()
    connection.close()
    model = _RowsModel(rows)
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 600)
    view.show()
    painted(view)
    elapsed = time.perf_counter() - started
    view.close()
    view.deleteLater()
    return elapsed


def _time_filters(
    window: ConsoleWindow,
    path: Path,
    *,
    filters: dict[str, Callable[[ConsoleWindow], None]],
    same_queries: dict[str, AttemptFilter],
    samples: dict[str, list[float]] | None,
    totals: dict[str, int],
) -> None:
    """Each filter change on its own, from "every failed shipment", against the bare table."""
    for name, change in filters.items():
        started = time.perf_counter()
        change(window)
        wait_for(window.rows_shown)
        painted(window.table)
        elapsed = time.perf_counter() - started
        base = baseline(path, same_queries[name])
        if samples is not None:
            samples[f"filter_{name}"].append(elapsed)
            samples[f"baseline_filter_{name}"].append(base)
        totals[name] = window.model.total
        window.filters.clear()
        wait_for(window.rows_shown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--failed-share", type=float, default=0.05)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--dir", type=Path, default=None, help="folder to write in (default: a temp dir)")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory(dir=options.dir) as folder:
        path = Path(folder) / "journal.sqlite3"
        build_s = build_journal(path, options.attempts, options.failed_share)
        journal = Journal.open(path, STATIONS[0])
        week_ago = datetime.now(UTC) - timedelta(days=7)
        troubles = AttemptFilter(troubles_only=True)
        filters: dict[str, Callable[[ConsoleWindow], None]] = {
            "kind": lambda w: w.filters.choose_problem(Bucket.NOT_PRINTED),
            "search": lambda w: w.filters.search.setText("ord-0123"),
            "station": lambda w: w.filters.station.setText("station-2"),
            "error_code": lambda w: w.filters.choose_error_code("sendcloud_server_error"),
            "last_7_days": lambda w: w.filters.dated.setChecked(True),
        }  # fmt: skip
        same_queries = {
            "kind": narrowed_to(AttemptFilter(), Bucket.NOT_PRINTED),
            "search": AttemptFilter(troubles_only=True, search="ord-0123"),
            "station": AttemptFilter(troubles_only=True, station="station-2"),
            "error_code": AttemptFilter(troubles_only=True, error_code="sendcloud_server_error"),
            "last_7_days": AttemptFilter(troubles_only=True, since=week_ago),
        }
        samples: dict[str, list[float]] = {"open": [], "baseline_open": []}
        for name in filters:
            samples[f"filter_{name}"] = []
            samples[f"baseline_filter_{name}"] = []
        totals: dict[str, int] = {}

        for repeat in range(options.repeats + 1):  # the first round warms the caches; not counted
            keep = repeat > 0
            runner = TaskRunner()
            started = time.perf_counter()
            window = ConsoleWindow(journal, None, runner, lambda: None, debounce_ms=0)
            window.show()
            wait_for(window.rows_shown)
            painted(window.table)
            opened = time.perf_counter() - started
            base_open = baseline(path, troubles)
            if keep:
                samples["open"].append(opened)
                samples["baseline_open"].append(base_open)
            totals["open"] = window.model.total
            if window.chart.stats is None:
                wait_for(window.stats_shown)  # the chart's query is not part of a filter's time
            _time_filters(
                window,
                path,
                filters=filters,
                same_queries=same_queries,
                samples=samples if keep else None,
                totals=totals,
            )
            window.close()
            runner.shutdown()
            window.deleteLater()
            app.processEvents()
        journal.close()

    medians = {name: round(statistics.median(values) * 1000, 2) for name, values in samples.items()}
    filter_names = [f"filter_{name}" for name in filters]
    worst_filter = max(medians[name] for name in filter_names)
    result: dict[str, object] = {
        "bench": "review_scale",
        "attempts": options.attempts,
        "failed_share": options.failed_share,
        "repeats": options.repeats,
        "build_journal_s": round(build_s, 2),
        "open_ms": medians["open"],
        "baseline_open_ms": medians["baseline_open"],
        "filter_ms": {name: medians[f"filter_{name}"] for name in filters},
        "baseline_filter_ms": {name: medians[f"baseline_filter_{name}"] for name in filters},
        "worst_filter_ms": worst_filter,
        "rows_matching": totals,
        "goal_ms": GOAL_MS,
        "goal_met": medians["open"] < GOAL_MS and worst_filter < GOAL_MS,
        "sqlite": sqlite3.sqlite_version,
    }
    print(f"journal of {options.attempts} attempts written in {build_s:.2f} s")
    print(f"open the console      median {medians['open']:8.2f} ms   ", end="")
    print(f"(bare table {medians['baseline_open']:.2f} ms)")
    for name in filters:
        print(
            f"filter {name:14} median {medians[f'filter_{name}']:8.2f} ms   "
            f"(bare table {medians[f'baseline_filter_{name}']:.2f} ms, {totals[name]} rows)"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
