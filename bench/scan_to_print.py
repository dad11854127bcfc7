"""Scan to print: from a scan's Enter to the last label byte at the (virtual) printer, app vs bare.

The simulator runs in a process of its own (`bench/_simulator_process.py`) with pre-rendered
labels, so its rendering (measured and printed separately) is no part of either side's figure.
The virtual printer runs in this process, a real TCP peer on loopback.

- app: `StationWorkflow.handle_scan(order_number)` of a station built by `open_station` (real
  journal in a temporary PACKSTATION_HOME, keys from the environment, LabelPrinter → virtual
  printer), timed until the virtual printer holds the complete job. That is: journal writes,
  GET /orders, the already-shipped guard (GET /shipments), the printer status check (~HS),
  POST create-label-sync, saving the label file, the print job conversion, the send and the ~HS
  confirmation after it.
- bare: the least a script could do: httpx GET /orders?order_number + POST create-label-sync,
  Base64 decode, one socket write of the bytes to the printer. For PDF the bare side converts too
  (`prepare_print_job`, PDF → ZPL ^GFA: a thermal printer cannot take a PDF), so the difference
  isolates the app's own overhead; the conversion time is reported on its own.

Every scan ships a distinct order (the guard refuses a second label, as it should), so the
simulator clones its seeded orders, and the guard (GET /shipments) is measured on every scan. Only
orders that need no customs papers are scanned: for a GB or CH parcel the app also fetches and
prints the CN23, a second job the bare path does not have.
Sides run interleaved in small blocks so machine noise hits both alike.

The weighed case (issue 17): the station has a scale (`virtual:`, a new weight put on before each
scan, outside the timing) and sends the parcel's weight before the label. The app weighs, checks,
`PATCH /orders/{id}`, reads `GET /orders/{id}` until the weight shows, then asks for the label; the
bare side makes the same three calls (PATCH, one read-back GET, create-label-sync) after its
lookup. With latency, each of the three calls takes it (PATCH and GET too, not only the label
call), and the simulator saves a PATCH two thirds of the latency later: saved while the read-back
is in flight, as the goal assumes (a read-back that must wait costs both sides the same second GET).

Goals: at a realistic 300 ms label latency the app's median is at most 1.1x the bare path's; at
zero latency the app adds under 25 ms at p99 (ZPL, and PDF beyond the conversion both pay). The
weighed case at 300 ms per call: at most 1.1x the bare three-call path.
Human lines first; the last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from packstation.app.station import Station, open_station
from packstation.journal.write_budget import BudgetLimits, LocalWriteBudget
from packstation.printing.convert import prepare_print_job
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import http_client
from packstation.sendcloud.budget import WriteGate
from packstation.station.workflow import Verdict
from packstation.training.labels import render_label, sample_label_content
from packstation.training.virtual_printer import VirtualPrinter

PUBLIC_KEY, SECRET_KEY = "bench-public-key", "bench-secret-key"  # simulator-only keys
MIME = {"zpl": "application/zpl", "pdf": "application/pdf"}
DPI = {"zpl": 203, "pdf": 72}
WARM_UP = 5
JOB_TIMEOUT = 10.0


@contextmanager
def simulator_process(
    *, latency: float, clones: int, weighed: bool = False
) -> Iterator[tuple[str, list[str]]]:
    """(base URL, shippable order numbers) of a simulator in its own process, for the block's life."""
    script = Path(__file__).with_name("_simulator_process.py")
    command = [
        sys.executable,
        str(script),
        *("--public-key", PUBLIC_KEY, "--secret-key", SECRET_KEY),
        *("--label-latency", str(latency), "--clones", str(clones), "--prerender"),
    ]
    if weighed:
        command += ["--order-latency", str(latency), "--patch-save-delay", str(latency * 2 / 3)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        orders = json.loads(process.stdout.readline())
        if not base_url.startswith("http"):
            raise RuntimeError(f"the simulator process did not start (said {base_url!r})")
        yield base_url, orders
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the child serves until its stdin closes
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def bench_station(
    base_url: str, fmt: str, printer: VirtualPrinter, home: Path, **settings: Any
) -> tuple[Station, Callable[[], object]]:
    """The app side's station (`open_station`, real journal in `home`, keys from the environment,
    the virtual printer; `settings` on top) and its closer."""
    os.environ.update(
        {
            "PACKSTATION_HOME": str(home),
            "PACKSTATION_PUBLIC_KEY": PUBLIC_KEY,
            "PACKSTATION_SECRET_KEY": SECRET_KEY,
        }
    )
    overrides: dict[str, Any] = {
        "api_url": base_url,
        "label_mime_type": MIME[fmt],
        "printer": PrinterProfile(url=printer.url),
        "station_name": "Bench station",
        **settings,
    }
    context = open_station(training=False, overrides=overrides)
    station = context.__enter__()
    # The station keeps Sendcloud's write limit (100 a minute), which this bench's 200 scans a
    # minute would meet; the bare side and the simulator know no limit. The gate stays (its
    # bookkeeping is the app's cost), with a budget no bench run reaches.
    client = station.workflow.client
    assert client.write_gate is not None
    client.write_gate = WriteGate(
        LocalWriteBudget(BudgetLimits(per_minute=10**9, per_second=10**9)), sleep=time.sleep
    )
    return station, lambda: context.__exit__(None, None, None)


def app_side(
    base_url: str, fmt: str, printer: VirtualPrinter, home: Path, *, weighed: bool = False
) -> tuple[Callable[[str], float], Callable[[], object]]:
    """A scan function timing `handle_scan` until the job is at the printer, and a closer. Weighed:
    the station has a (training) scale, and a new parcel is put on it before each scan."""
    station, close = bench_station(
        base_url, fmt, printer, home, **({"scale_url": "virtual:"} if weighed else {})
    )
    workflow = station.workflow
    parcels = itertools.count(1)

    def scan(order_number: str) -> float:
        expected = printer.jobs_received + 1
        if station.virtual_scale is not None:
            station.virtual_scale.set_weight(bench_weight(next(parcels)), "kg")  # the next parcel
        started = time.perf_counter()
        verdict = workflow.handle_scan(order_number)
        if verdict.verdict is not Verdict.SUCCESS:  # said before waiting for a job that never comes
            raise RuntimeError(f"app scan of {order_number} failed: {verdict.message}")
        printer.wait_for_jobs(expected, timeout=JOB_TIMEOUT)
        elapsed = time.perf_counter() - started
        if weighed and (verdict.order is None or verdict.order.weight is None):
            raise RuntimeError(f"app scan of {order_number} was not weighed")
        return elapsed

    return scan, close


def bench_weight(parcel: int) -> str:
    """A parcel's weight in kg, a new one for each parcel (a scale never gives two the same)."""
    return f"{0.5 + (parcel % 4000) / 1000:.3f}"


def bare_side(
    base_url: str, fmt: str, printer: VirtualPrinter, *, weighed: bool = False
) -> tuple[Callable[[str], float], Callable[[], object]]:
    http = http_client(auth=(PUBLIC_KEY, SECRET_KEY), headers={"Accept": "application/json"})
    profile = PrinterProfile(url=printer.url)
    address = (printer.host, printer.port)
    mime_type = MIME[fmt]
    parcels = itertools.count(1)

    def weigh(order: dict[str, Any], value: float) -> None:
        """PATCH the weight, then GET the order until it shows it (a bare read-back loop)."""
        url = f"{base_url}/orders/{order['id']}"
        weight = {"value": value, "unit": "kg"}
        http.patch(url, json={"shipping_details": {"measurement": {"weight": weight}}}).raise_for_status()
        for _ in range(20):
            shown = http.get(url)
            shown.raise_for_status()
            measured = (shown.json()["data"].get("shipping_details") or {}).get("measurement") or {}
            if measured.get("weight") == weight:
                return
            time.sleep(0.25)
        raise RuntimeError(f"bare read-back of {order['order_number']} never showed the weight")

    def scan(order_number: str) -> float:
        expected = printer.jobs_received + 1
        value = float(bench_weight(next(parcels)))
        started = time.perf_counter()
        response = http.get(f"{base_url}/orders", params={"order_number": order_number})
        response.raise_for_status()
        order = response.json()["data"][0]
        if weighed:
            weigh(order, value)
        body = {
            "integration_id": order["order_details"]["integration"]["id"],
            "order": {"order_id": order["order_id"]},  # one id: the spec's oneOf selector
            "label_details": {"mime_type": mime_type, "dpi": DPI[fmt]},
        }
        created = http.post(f"{base_url}/orders/create-label-sync", json=body)
        created.raise_for_status()
        label = base64.b64decode(created.json()["data"][0]["label"]["file"])
        payload = label if fmt == "zpl" else prepare_print_job(label, mime_type, profile).payload
        with socket.create_connection(address, timeout=JOB_TIMEOUT) as connection:
            connection.sendall(payload)
            connection.shutdown(socket.SHUT_WR)
        printer.wait_for_jobs(expected, timeout=JOB_TIMEOUT)
        return time.perf_counter() - started

    return scan, http.close


def p99(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100, method="inclusive")[98]


def figures(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(samples) * 1000, 2),
        "p99_ms": round(p99(samples) * 1000, 2),
        "max_ms": round(max(samples) * 1000, 2),
        "total_s": round(sum(samples), 3),
    }


def run_case(fmt: str, latency: float, scans: int, block: int, *, weighed: bool = False) -> dict[str, Any]:
    needed = 2 * (scans + WARM_UP)
    clones = needed // 55 + 1  # the seed has about 60 shippable orders
    with (
        simulator_process(latency=latency, clones=clones, weighed=weighed) as (base_url, orders),
        VirtualPrinter() as printer,
        tempfile.TemporaryDirectory(prefix="packstation-bench-") as home,
    ):
        if len(orders) < needed:
            raise RuntimeError(f"only {len(orders)} shippable orders for {needed} scans")
        fresh = iter(orders)
        app, close_app = app_side(base_url, fmt, printer, Path(home), weighed=weighed)
        bare, close_bare = bare_side(base_url, fmt, printer, weighed=weighed)
        sides = {"app": app, "bare": bare}
        try:
            for run in sides.values():
                for _ in range(WARM_UP):
                    run(next(fresh))
            timings: dict[str, list[float]] = {name: [] for name in sides}
            done = 0
            while done < scans:
                size = min(block, scans - done)
                for name, run in sides.items():
                    timings[name].extend(run(next(fresh)) for _ in range(size))
                done += size
        finally:
            close_app()
            close_bare()
    app_figures, bare_figures = figures(timings["app"]), figures(timings["bare"])
    return {
        "format": fmt,
        "weighed": weighed,
        "label_latency_s": latency,
        "scans_per_side": scans,
        "app": app_figures,
        "bare": bare_figures,
        "ratio_median": round(app_figures["median_ms"] / bare_figures["median_ms"], 3),
        "ratio_total": round(app_figures["total_s"] / bare_figures["total_s"], 3),
        "added_median_ms": round(app_figures["median_ms"] - bare_figures["median_ms"], 2),
        "added_p99_ms": round(app_figures["p99_ms"] - bare_figures["p99_ms"], 2),
    }


CONTENT = sample_label_content(
    recipient_lines=("Juergen Mueller", "Hauptstrasse 5a", "04109 Leipzig", "Germany")
)


def render_and_convert_costs(runs: int = 20) -> dict[str, float]:
    """What pre-rendering takes out (the simulator's per-request rendering) and the PDF conversion."""
    profile = PrinterProfile(url="tcp://127.0.0.1:9100")
    result: dict[str, float] = {}
    for fmt in ("zpl", "pdf"):
        render_label(CONTENT, MIME[fmt], DPI[fmt])  # warm fonts and caches
        times = []
        for i in range(runs):
            content = CONTENT.__class__(**{**CONTENT.__dict__, "parcel_id": CONTENT.parcel_id + i})
            started = time.perf_counter()
            render_label(content, MIME[fmt], DPI[fmt])
            times.append(time.perf_counter() - started)
        result[f"simulator_render_{fmt}_median_ms"] = round(statistics.median(times) * 1000, 2)
    pdf = render_label(CONTENT, MIME["pdf"], DPI["pdf"])
    prepare_print_job(pdf, MIME["pdf"], profile)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        prepare_print_job(pdf, MIME["pdf"], profile)
        times.append(time.perf_counter() - started)
    result["pdf_conversion_median_ms"] = round(statistics.median(times) * 1000, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=200, help="scans per side at zero label latency")
    parser.add_argument("--latency-scans", type=int, default=30, help="scans per side at the label latency")
    parser.add_argument("--latency", type=float, default=0.3, help="realistic label latency, seconds")
    parser.add_argument("--block", type=int, default=10, help="scans per interleaved block")
    parser.add_argument("--skip-weighed", action="store_true", help="leave out the weighed cases")
    parser.add_argument("--weighed-only", action="store_true", help="only the weighed cases (issue 17)")
    options = parser.parse_args()

    started = time.perf_counter()
    costs = render_and_convert_costs()
    cases = []
    plan = [
        (fmt, latency, scans, False)
        for latency, scans in ((0.0, options.scans), (options.latency, options.latency_scans))
        for fmt in ("zpl", "pdf")
    ]
    plan += [("zpl", 0.0, options.scans, True), ("zpl", options.latency, options.latency_scans, True)]
    for fmt, latency, scans, weighed in plan:
        if weighed and options.skip_weighed:
            continue
        if not weighed and options.weighed_only:
            continue
        case = run_case(fmt, latency, scans, options.block, weighed=weighed)
        cases.append(case)
        app, bare = case["app"], case["bare"]
        kind = "weighed, latency per call" if weighed else "label latency"
        print(
            f"{fmt.upper():3} {kind} {latency * 1000:3.0f} ms, {scans} scans/side: "
            f"app median {app['median_ms']} p99 {app['p99_ms']} ms | bare median {bare['median_ms']} "
            f"p99 {bare['p99_ms']} ms | ratio {case['ratio_median']}x, "
            f"added p99 {case['added_p99_ms']} ms",
            flush=True,
        )
    plain = [c for c in cases if not c["weighed"]]
    zero = {c["format"]: c for c in plain if c["label_latency_s"] == 0}
    slow = {c["format"]: c for c in plain if c["label_latency_s"] > 0}
    weighed_slow = [c for c in cases if c["weighed"] and c["label_latency_s"] > 0]
    goals: dict[str, Any] = {"latency_ratio_max": 1.1, "zero_latency_added_p99_ms_max": 25.0}
    if plain:
        goals |= {
            "met_latency_ratio": all(c["ratio_median"] <= 1.1 for c in slow.values()),
            "met_added_p99_zpl": zero["zpl"]["added_p99_ms"] < 25.0,
            # the bare side converts too, so the PDF goal "25 ms plus the conversion" is 25 ms here
            "met_added_p99_pdf": zero["pdf"]["added_p99_ms"] < 25.0,
        }
    if weighed_slow:
        goals["met_weighed_latency_ratio"] = all(c["ratio_median"] <= 1.1 for c in weighed_slow)
    print(
        f"simulator rendering per label (taken out by pre-rendering): ZPL "
        f"{costs['simulator_render_zpl_median_ms']} ms, PDF {costs['simulator_render_pdf_median_ms']} ms; "
        f"PDF -> ZPL conversion {costs['pdf_conversion_median_ms']} ms (both sides pay it)"
    )
    if plain:
        print(
            f"goals: ratio <= 1.1x at {options.latency * 1000:.0f} ms: {goals['met_latency_ratio']}; "
            f"added p99 < 25 ms: ZPL {goals['met_added_p99_zpl']}, PDF {goals['met_added_p99_pdf']}"
        )
    if weighed_slow:
        print(
            f"goal, weighed: ratio <= 1.1x the bare three-call path at {options.latency * 1000:.0f} ms "
            f"per call: {goals['met_weighed_latency_ratio']}"
        )
    result = {
        "bench": "scan_to_print",
        "python": sys.version.split()[0],
        "cases": cases,
        **costs,
        "goals": goals,
        "guard": "already-shipped guard on, one distinct order per scan (cloned seed orders)",
        "wall_s": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
