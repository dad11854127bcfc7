"""Exactly once under SIGKILL: real `packstation ship` processes killed at random moments of the flow.

Each trial ships one order from a station folder of its own, on the simulator (in this process, for
its fault injection) and a virtual printer of its own, and is killed with SIGKILL at a random moment
of a chosen journal stage: the bench reads the trial's journal every millisecond and kills a random
time into the stage it aims at (aiming next at the stage that has had the fewest kills, so every
stage gets its share). Where a kill really landed is read from the journal afterwards. Every stage
is made long enough to hit: the order and shipments lookups take 0.12 s at the simulator, a label
call answers 0.4 s after the label was made (so a kill in `label_requested` leaves a paid label the
journal does not know yet), one trial in five has a label call that outlasts the 2 s label timeout
and is finished by Sendcloud later (the late label), and the printer holds the print connection
0.3 s. After each trial, `packstation recover` runs once the 4 s settle window has passed.

Then, per order: duplicate labels (more than one live parcel at the simulator), lost labels (a
parcel at the simulator that no attempt of the journal holds), double prints (more than one job out
of the printer), unsettled attempts (an outcome still unknown after recovery), and labels left for a
person's reprint (made, never printed: recovery lists them, it never prints). Then 20 pairs of
`packstation ship` started together on one order and one station folder.

The baseline in the same run: a bare interpreter start and an unkilled `ship`, the time a trial's
kill moments are spread over. The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packstation.credentials import ApiCredentials
from packstation.sendcloud import SendcloudClient, http_client
from packstation.training.faults import Fault, FaultKind
from packstation.training.seed import make_seed_data
from packstation.training.simulator import Simulator, SimulatorConfig
from packstation.training.virtual_printer import VirtualPrinter

sys.path.insert(0, str(Path(__file__).parent))
from _simulator_process import label_only_orders, with_clones

PUBLIC_KEY, SECRET_KEY = "pk-bench-crash", "sk-bench-crash"
REPO = Path(__file__).resolve().parents[1]
LABEL_TIMEOUT_S, SETTLE_WINDOW_S = 2.0, 4.0
SYNC = "/orders/create-label-sync"
STAGES = ("scanned", "order_found", "label_requested", "label_created", "label_saved")
# How far into each stage a kill may land (the stage's length here, or 0 for the short ones).
KILL_SPREAD_S = {
    "scanned": 0.11,
    "order_found": 0.11,
    "label_requested": 0.38,
    "label_created": 0.0,
    "label_saved": 0.28,
}
UNSETTLED = ("label_requested", "outcome_unknown")


@dataclass
class Trial:
    number: int
    order: str
    home: Path
    printer: VirtualPrinter
    aimed_at: str
    late_label: bool = False
    landed: str = "not_started"
    ship_exit: int | None = None
    recover_exit: int | None = None
    findings: dict[str, int] = field(default_factory=dict)


def environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PACKSTATION_HOME": str(home),
        "PACKSTATION_PUBLIC_KEY": PUBLIC_KEY,
        "PACKSTATION_SECRET_KEY": SECRET_KEY,
        "QT_QPA_PLATFORM": "offscreen",
    }


def station_folder(root: Path, name: str) -> Path:
    home = root / name
    (home / "config").mkdir(parents=True)
    settings = {
        "label_mime_type": "application/zpl",
        "lookup": {"attempts": 1, "backoff_seconds": 0.0},
        "label_timeout_seconds": LABEL_TIMEOUT_S,
        "settle_window_seconds": SETTLE_WINDOW_S,
    }
    (home / "config" / "settings.json").write_text(json.dumps(settings))
    return home


def packstation(home: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "packstation", *args],
        cwd=REPO,
        env=environment(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def latest_stage(journal: Path) -> str | None:
    """The newest attempt's stage, read as any other process may read a WAL journal."""
    if not journal.exists():
        return None
    try:
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True, timeout=0.05) as connection:
            row = connection.execute("SELECT stage FROM attempts ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:  # not created yet, or mid-migration
        return None
    return None if row is None else str(row[0])


def run_trial(trial: Trial, base_url: str, rng: random.Random) -> None:
    journal = trial.home / "data" / "journal.sqlite3"
    process = packstation(
        trial.home, "ship", trial.order, "--api-url", base_url, "--printer", trial.printer.url
    )
    armed_printer = False
    while process.poll() is None:
        stage = latest_stage(journal)
        if stage == "label_requested" and not armed_printer:
            trial.printer.hang_next(0.3)  # the print connection comes next: a long label_saved
            armed_printer = True
        if stage == trial.aimed_at:
            time.sleep(rng.uniform(0.0, KILL_SPREAD_S[stage]))
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    trial.ship_exit = process.wait()
    trial.landed = latest_stage(journal) or "not_started"
    if trial.ship_exit != -signal.SIGKILL:
        trial.landed = f"finished ({trial.landed})"


def recover_and_check(trial: Trial, base_url: str, client: SendcloudClient, due: float) -> None:
    time.sleep(max(0.0, due - time.monotonic()))
    trial.recover_exit = packstation(trial.home, "recover", "--api-url", base_url).wait()
    trial.findings = check(trial.home, trial.order, trial.printer, client)


def check(home: Path, order: str, printer: VirtualPrinter, client: SendcloudClient) -> dict[str, int]:
    parcels = {label.parcel_id for label in client.find_existing_labels(order) if not label.cancelled}
    held: set[int] = set()
    unsettled = unprinted = 0
    journal = home / "data" / "journal.sqlite3"
    if journal.exists():
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as connection:
            held = {int(row[0]) for row in connection.execute("SELECT parcel_id FROM attempt_parcels")}
            marks = ", ".join("?" for _ in UNSETTLED)
            unsettled = connection.execute(
                f"SELECT COUNT(*) FROM attempts WHERE stage IN ({marks})",
                UNSETTLED,
            ).fetchone()[0]
            unprinted = connection.execute(
                "SELECT COUNT(*) FROM attempts WHERE parcel_id IS NOT NULL AND printed_at IS NULL "
                "AND voided_at IS NULL"
            ).fetchone()[0]
    printed = len(printer.printed_jobs())
    return {
        "labels": len(parcels),
        "duplicate_labels": max(0, len(parcels) - 1),
        "lost_labels": len(parcels - held),
        "double_prints": max(0, printed - 1),
        "unsettled": int(unsettled),
        "left_for_reprint": int(unprinted),
        "printed": printed,
    }


def run_pair(root: Path, number: int, order: str, base_url: str, client: SendcloudClient) -> dict[str, Any]:
    home = station_folder(root, f"pair-{number}")
    with VirtualPrinter() as printer:
        pair = [
            packstation(home, "ship", order, "--api-url", base_url, "--printer", printer.url)
            for _ in range(2)
        ]
        codes = sorted(process.wait() for process in pair)
        printer.wait_for_jobs(1, timeout=5)
        recovered = packstation(home, "recover", "--api-url", base_url).wait()
        findings = check(home, order, printer, client)
    return {"exit_codes": codes, "recover_exit": recovered, **findings}


def bare_start(runs: int) -> float:
    """The median start of a bare interpreter: the floor under any process's time."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def unkilled_ship(root: Path, number: int, order: str, simulator: Simulator) -> float:
    """One whole `ship`, not killed: the time a trial's kill moments are spread over."""
    simulator.faults.add(
        Fault(FaultKind.LATENCY, path=SYNC, order_number=order, delay=0.4, after_processing=True)
    )
    home = station_folder(root, f"baseline-{number}")
    with VirtualPrinter() as printer:
        began = time.perf_counter()
        packstation(home, "ship", order, "--api-url", simulator.base_url, "--printer", printer.url).wait()
        return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    began = time.perf_counter()

    seed = make_seed_data(1)
    needed = options.trials + options.pairs + 8
    seed = with_clones(seed, needed // max(1, len(label_only_orders(seed))) + 1)
    orders = [str(order["order_number"]) for order in label_only_orders(seed)]
    rng.shuffle(orders)
    config = SimulatorConfig(public_key=PUBLIC_KEY, secret_key=SECRET_KEY, seed=1)
    with (
        Simulator(config, seed_data=seed) as simulator,
        http_client() as http,
        tempfile.TemporaryDirectory(prefix="crash-trials-") as folder,
        ThreadPoolExecutor(max_workers=1) as checker,
    ):
        root = Path(folder)
        client = SendcloudClient(http, ApiCredentials(PUBLIC_KEY, SECRET_KEY), base_url=simulator.base_url)
        for path in ("/orders", "/shipments"):
            simulator.faults.add(Fault(FaultKind.LATENCY, method="GET", path=path, delay=0.12, times=None))

        # The baseline: a bare interpreter, and a whole unkilled `ship`.
        bare = bare_start(5)
        unkilled = [unkilled_ship(root, number, orders.pop(), simulator) for number in range(3)]

        landed: Counter[str] = Counter()
        trials: list[Trial] = []
        checks: list[Future[None]] = []
        for number in range(options.trials):
            aimed = min(STAGES, key=lambda stage: (landed[stage], rng.random()))
            order = orders.pop()
            late = number % 5 == 4
            if late:  # Sendcloud makes this label after the client gave up
                simulator.faults.add(
                    Fault(FaultKind.LATENCY, path=SYNC, order_number=order, delay=LABEL_TIMEOUT_S + 0.5)
                )
            else:
                simulator.faults.add(
                    Fault(FaultKind.LATENCY, path=SYNC, order_number=order, delay=0.4, after_processing=True)
                )
            printer = VirtualPrinter()
            printer.start()
            trial = Trial(number, order, station_folder(root, f"trial-{number}"), printer, aimed, late)
            run_trial(trial, simulator.base_url, rng)
            landed[trial.landed] += 1
            trials.append(trial)
            due = time.monotonic() + SETTLE_WINDOW_S + 0.5
            checks.append(checker.submit(recover_and_check, trial, simulator.base_url, client, due))
        for done in checks:
            done.result()
        for trial in trials:
            trial.printer.stop()

        pairs = [
            run_pair(root, number, orders.pop(), simulator.base_url, client)
            for number in range(options.pairs)
        ]
        labels_created = simulator.labels_created()

    totals = {
        key: sum(trial.findings[key] for trial in trials)
        for key in ("duplicate_labels", "lost_labels", "double_prints", "unsettled", "left_for_reprint")
    }
    pair_totals = {
        key: sum(pair[key] for pair in pairs)
        for key in ("labels", "duplicate_labels", "lost_labels", "unsettled")
    }
    killed = {stage: count for stage, count in landed.items() if not stage.startswith("finished")}
    shares = {stage: round(killed.get(stage, 0) / options.trials, 3) for stage in STAGES}
    result = {
        "bench": "crash_trials",
        "python": sys.version.split()[0],
        "trials": options.trials,
        "kills_landed": dict(sorted(landed.items())),
        "kill_share_by_stage": shares,
        "late_label_trials": sum(trial.late_label for trial in trials),
        **totals,
        "recover_exit_codes": dict(Counter(str(trial.recover_exit) for trial in trials)),
        "ship_exit_codes": dict(Counter(str(trial.ship_exit) for trial in trials)),
        "pairs": {
            "pairs": options.pairs,
            **pair_totals,
            "exit_codes": dict(Counter(",".join(map(str, pair["exit_codes"])) for pair in pairs)),
        },
        "labels_created_at_simulator": labels_created,
        "baseline": {
            "bare_python_start_median_s": round(bare, 3),
            "unkilled_ship_median_s": round(statistics.median(unkilled), 3),
            "ship_over_bare": round(statistics.median(unkilled) / bare, 2),
        },
        "goals": {
            "duplicates": 0,
            "lost": 0,
            "unsettled": 0,
            "min_share_per_stage": 0.15,
            "met": totals["duplicate_labels"] == totals["lost_labels"] == totals["unsettled"] == 0
            and pair_totals["duplicate_labels"] == pair_totals["lost_labels"] == 0
            and min(shares.values()) >= 0.15,
        },
        "wall_s": round(time.perf_counter() - began, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
