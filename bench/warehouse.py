"""Many stations, one account (issue 19): 30 headless station processes against one simulator that
enforces Sendcloud's account limit (100 writes in any minute, 15 in any second, sliding windows),
with a 300 ms label call, and one PostgreSQL; then the same with a SQLite journal per station.

Time runs `--time-scale` times fast (the simulator's windows, the label latency, the stations'
pace and their queued-scan age limit alike). Each station scans a stream of orders at 250 parcels
an hour (so thirty want ~125 label calls a minute, more than the account allows); 10 % of the
orders are scanned at two stations at the same moment. Measured: writes per minute as a ratio of
the limit (writes the simulator admitted, over the run's simulated minutes), labels per hour,
duplicate labels (orders with more than one parcel), 429s that reached a packer, 429s at the
simulator, scans refused as too old, and p50/p99 scan-to-verdict (simulated seconds; a station
without a printer: the label saved). The last line printed is one JSON object with both runs side
by side. Goals (shared journal): >= 0.95 of the limit, 0 duplicates, 0 packer-visible 429s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from packstation.training.account_limit import AccountLimit
from packstation.training.faults import Fault, FaultKind
from packstation.training.seed import make_seed_data
from packstation.training.simulator import Simulator, SimulatorConfig

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).parent))
from _simulator_process import label_only_orders, prerender_labels, with_clones  # noqa: E402

from tests.postgres_server import OWNER_PASSWORD, PostgresServer, migrated_database  # noqa: E402

PUBLIC_KEY, SECRET_KEY = "pk-bench-warehouse", "sk-bench-warehouse"
PARCELS_PER_HOUR = 250
LABEL_LATENCY_S = 0.3
PAIRED = 0.10


def streams(
    orders: list[str], stations: int, duration: float, scale: float, seed: int
) -> list[list[tuple[str, float]]]:
    """Each station's (order, moment) list: one scan every 3600/250 simulated seconds (jittered),
    10 % of them an order another station scans at the same moment."""
    rng = random.Random(seed)
    interval = 3600 / PARCELS_PER_HOUR / scale
    pool = iter(orders)
    plan: list[list[tuple[str, float]]] = [[] for _ in range(stations)]
    for slot in range(int(duration / interval)):
        taken: set[int] = set()
        for station in range(stations):
            if station in taken:
                continue
            at = slot * interval + rng.uniform(0, interval * 0.9)
            order = next(pool)
            plan[station].append((order, at))
            taken.add(station)
            free = [other for other in range(stations) if other not in taken]
            if free and rng.random() < PAIRED:  # the same order at another station, the same moment
                other = rng.choice(free)
                plan[other].append((order, at))
                taken.add(other)
    return plan


def run(engine: str, args: argparse.Namespace, folder: Path, server: PostgresServer | None) -> dict[str, Any]:
    scale = args.time_scale
    limit = AccountLimit(time_scale=scale)
    seed = make_seed_data(1)
    needed = int(args.stations * args.duration / (3600 / PARCELS_PER_HOUR / scale)) + 100
    copies = needed // max(1, len(label_only_orders(seed))) + 1
    seed = with_clones(seed, copies)
    orders = [str(order["order_number"]) for order in label_only_orders(seed)]
    random.Random(7).shuffle(orders)
    prerender_labels()
    config = SimulatorConfig(public_key=PUBLIC_KEY, secret_key=SECRET_KEY, account_limit=limit)
    url = migrated_database(server) if server is not None else ""
    url = url.replace(f":{OWNER_PASSWORD}@", "@")
    with Simulator(config, seed_data=seed) as simulator:
        simulator.faults.add(
            Fault(
                FaultKind.LATENCY, path="/orders/create-label-sync", delay=LABEL_LATENCY_S / scale, times=None
            )
        )
        plan = streams(orders, args.stations, args.duration, scale, seed=11)
        start = time.time() + args.warm_up
        busy_from = time.monotonic() + args.warm_up  # the scanning, on the simulator's clock
        processes: list[subprocess.Popen[bytes]] = []
        outs: list[Path] = []
        for index, stream in enumerate(plan):
            station_id = f"Station {index + 1}"
            out = folder / engine / f"station-{index + 1}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            station_config = {
                "station_id": station_id,
                "engine": engine,
                "journal": url if engine == "postgresql" else str(out.with_suffix(".sqlite3")),
                "api_url": simulator.base_url,
                "public_key": PUBLIC_KEY,
                "secret_key": SECRET_KEY,
                "time_scale": scale,
                "start": start,
                "stream": stream,
                "labels": str(out.parent / f"labels-{index + 1}"),
                "out": str(out),
            }
            config_file = out.with_suffix(".config.json")
            config_file.write_text(json.dumps(station_config))
            env = {"PACKSTATION_JOURNAL_PASSWORD": OWNER_PASSWORD, "PATH": "/usr/bin:/bin"}
            processes.append(
                subprocess.Popen(
                    [sys.executable, str(Path(__file__).parent / "_warehouse_station.py"), str(config_file)],
                    cwd=REPO,
                    env=env,
                )
            )
            outs.append(out)
        for process in processes:
            process.wait(timeout=args.duration + args.warm_up + 600)
        ended = time.time()
        assert simulator.account is not None
        admitted, refused = simulator.account.total_admitted, simulator.account.refused
        # While the stations scan (more than the account allows), how close the writes come to the
        # limit; the minutes after, when the queues drain and the processes end, are not counted.
        busy = sum(1 for at in simulator.account.history if busy_from <= at < busy_from + args.duration)
        by_order = Counter(str(parcel.order.get("order_number")) for parcel in simulator.backend.parcels())
    results = [item for out in outs if out.exists() for item in json.loads(out.read_text())["results"]]
    codes = Counter(str(item["code"]) for item in results)
    seconds = sorted(float(item["seconds"]) * scale for item in results if item["code"] == "success")
    simulated_minutes = max(1e-9, (ended - start) * scale / 60)
    labels = sum(by_order.values())
    return {
        "engine": engine,
        "stations": args.stations,
        "scans": len(results),
        "writes_per_minute_ratio": round(busy / (args.duration * scale / 60) / limit.per_minute, 3),
        "writes_per_minute_ratio_whole_run": round(admitted / simulated_minutes / limit.per_minute, 3),
        "labels_per_hour": round(labels / simulated_minutes * 60),
        "duplicate_labels": sum(count - 1 for count in by_order.values() if count > 1),
        "packer_visible_429s": codes.get("sendcloud_rate_limited", 0),
        "simulator_429s": refused,
        "refused_too_old": codes.get("scan_too_old", 0),
        "claimed_elsewhere": codes.get("order_claimed", 0),
        "already_shipped": codes.get("already_shipped", 0),
        "crashes": sum(count for code, count in codes.items() if code.startswith("crash:")),
        "p50_scan_to_label_s": round(statistics.median(seconds), 2) if seconds else None,
        "p99_scan_to_label_s": round(seconds[int(0.99 * (len(seconds) - 1))], 2) if seconds else None,
        "codes": dict(codes),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=30)
    parser.add_argument("--duration", type=float, default=60.0, help="real seconds of scanning per run")
    parser.add_argument("--time-scale", type=float, default=6.0, help="simulated seconds per real second")
    parser.add_argument("--warm-up", type=float, default=25.0, help="real seconds for the processes to start")
    parser.add_argument("--only", choices=("postgresql", "sqlite"), help="run one engine only")
    args = parser.parse_args()
    server = PostgresServer.start_new()
    try:
        with tempfile.TemporaryDirectory(prefix="packstation-warehouse-") as scratch:
            runs = {}
            for engine in ("postgresql", "sqlite"):
                if args.only in (None, engine):
                    runs[engine] = run(
                        engine, args, Path(scratch), server if engine == "postgresql" else None
                    )
                    print(json.dumps(runs[engine]), flush=True)
    finally:
        server.destroy()
    shared = runs.get("postgresql")
    goals = None
    if shared is not None:
        goals = (
            "met"
            if shared["writes_per_minute_ratio"] >= 0.95
            and shared["duplicate_labels"] == 0
            and shared["packer_visible_429s"] == 0
            else "missed"
        )
    print(json.dumps({"bench": "warehouse", "time_scale": args.time_scale, **runs, "goals": goals}))


if __name__ == "__main__":
    main()
