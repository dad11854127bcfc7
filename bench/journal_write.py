"""Journal write cost: one `Journal.record()` vs a bare sqlite3 INSERT + COMMIT with the same pragmas.

Four sides, interleaved in small blocks so machine noise hits them alike, all in one temporary folder
(the same disk):

- `record_durable`: `record(attempt, LABEL_REQUESTED)`, the row written before every label call
  (WAL, synchronous=FULL: one fsync of the WAL per commit).
- `record_normal`:  `record(attempt, ORDER_FOUND)` (WAL, synchronous=NORMAL: no fsync).
- `bare_full` / `bare_normal`: one INSERT of a comparable row + COMMIT on a bare connection with the
  same pragmas.

The ratio record/bare is the journal's own overhead (reading the row, checking the transition, the
history row, building the result); durable/normal is the price of the fsync. The last line printed is
one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from packstation.journal import Journal, Packer, Stage

BARE_SCHEMA = """
CREATE TABLE IF NOT EXISTS rows (
    id INTEGER PRIMARY KEY, station TEXT, stage TEXT, at TEXT, order_number TEXT, detail TEXT
)
"""


def _bare(path: Path, synchronous: str) -> tuple[sqlite3.Connection, Callable[[int], None]]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA fullfsync=ON")
    connection.execute(f"PRAGMA synchronous={synchronous}")
    connection.execute(BARE_SCHEMA)

    def insert(n: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO rows (station, stage, at, order_number, detail) VALUES (?, ?, ?, ?, ?)",
            ("bench", "label_requested", "2026-11-23T08:00:00.000000+00:00", f"WEB-{n}", "{}"),
        )
        connection.execute("COMMIT")

    return connection, insert


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=500, help="timed writes per side")
    parser.add_argument("--block", type=int, default=25, help="writes per interleaved block")
    parser.add_argument("--dir", type=Path, default=None, help="folder to write in (default: a temp dir)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=options.dir) as folder:
        root = Path(folder)
        bare_full_connection, bare_full = _bare(root / "bare_full.sqlite3", "FULL")
        bare_normal_connection, bare_normal = _bare(root / "bare_normal.sqlite3", "NORMAL")
        packer = Packer("B-bench", "Bench")
        with Journal.open(root / "journal.sqlite3", "bench") as journal:

            def record_durable(n: int) -> float:
                attempt = journal.start_attempt(f"WEB-{n}", packer, "bench-printer")
                journal.record(attempt, Stage.ORDER_FOUND, order_number=f"WEB-{n}", integration_id=1)
                started = time.perf_counter()
                journal.record(attempt, Stage.LABEL_REQUESTED)
                return time.perf_counter() - started

            def record_normal(n: int) -> float:
                attempt = journal.start_attempt(f"WEB-{n}", packer, "bench-printer")
                started = time.perf_counter()
                journal.record(attempt, Stage.ORDER_FOUND, order_number=f"WEB-{n}", integration_id=1)
                return time.perf_counter() - started

            def timed(insert: Callable[[int], None]) -> Callable[[int], float]:
                def run(n: int) -> float:
                    started = time.perf_counter()
                    insert(n)
                    return time.perf_counter() - started

                return run

            sides: dict[str, Callable[[int], float]] = {
                "record_durable": record_durable,
                "bare_full": timed(bare_full),
                "record_normal": record_normal,
                "bare_normal": timed(bare_normal),
            }
            for run in sides.values():  # warm up: page cache, WAL files, statement caches
                for n in range(20):
                    run(n)
            samples: dict[str, list[float]] = {name: [] for name in sides}
            done = 0
            while done < options.writes:
                block = min(options.block, options.writes - done)
                for name, run in sides.items():
                    for n in range(done, done + block):
                        samples[name].append(run(n))
                done += block
            rows = journal.count()
        bare_full_connection.close()
        bare_normal_connection.close()

    def figures(values: list[float]) -> dict[str, float]:
        return {
            "median_ms": round(statistics.median(values) * 1000, 3),
            "p99_ms": round(_percentile(values, 0.99) * 1000, 3),
            "mean_ms": round(statistics.fmean(values) * 1000, 3),
        }

    result: dict[str, object] = {
        "bench": "journal_write",
        "writes": options.writes,
        "sqlite": sqlite3.sqlite_version,
    }
    for name, values in samples.items():
        result[name] = figures(values)
    median = {name: statistics.median(values) for name, values in samples.items()}
    result["ratio_durable_vs_bare_full"] = round(median["record_durable"] / median["bare_full"], 3)
    result["ratio_normal_vs_bare_normal"] = round(median["record_normal"] / median["bare_normal"], 3)
    result["fsync_cost_ms"] = round((median["record_durable"] - median["record_normal"]) * 1000, 3)
    result["journal_rows"] = rows

    for name in sides:
        side = figures(samples[name])
        print(f"{name:15} median {side['median_ms']:8.3f} ms   p99 {side['p99_ms']:8.3f} ms")
    print(f"record (durable) / bare INSERT+COMMIT (FULL): {result['ratio_durable_vs_bare_full']}x")
    print(f"cost of the fsync per durable row: {result['fsync_cost_ms']} ms")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
