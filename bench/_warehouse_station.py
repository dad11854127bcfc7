"""One headless packing station for bench/warehouse.py: `python bench/_warehouse_station.py CONFIG`.

CONFIG is a JSON file: the simulator's URL and keys, the journal (a shared PostgreSQL URL, or a
SQLite file of this station's own), the time scale, and this station's stream of orders with the
moment (seconds after the common start) each is scanned. A scanner thread puts each scan in the
queue at its moment; the worker ships them in order through the station workflow, as the packing
screen's API lane does, with the queue time (a scan too old is refused). Writes the verdicts (code,
scan-to-verdict seconds) as JSON to CONFIG's `out` file and exits.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any

from packstation.credentials import ApiCredentials
from packstation.journal import Journal
from packstation.journal.postgres import PostgresJournal
from packstation.journal.write_budget import BudgetLimits, LocalWriteBudget, PgWriteBudget
from packstation.sendcloud import RetryPolicy, SendcloudClient, WriteGate, http_client
from packstation.settings import LookupSetting, StationSettings
from packstation.station.workflow import StationWorkflow


def main() -> None:
    if len(sys.argv) != 2:  # `./dev bench` runs every script: this one is bench/warehouse.py's
        print("usage: python bench/_warehouse_station.py CONFIG (started by bench/warehouse.py)")
        return
    config: dict[str, Any] = json.loads(Path(sys.argv[1]).read_text())
    scale = float(config["time_scale"])
    station_id = str(config["station_id"])
    settings = StationSettings(
        station_id=station_id,
        station_name=station_id,
        label_mime_type="application/zpl",
        lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
        queued_scan_max_age_s=max(1.0, 30.0 / scale),
        label_timeout_seconds=10,
    )
    limits = BudgetLimits(time_scale=scale)
    journal: Journal
    budget: LocalWriteBudget | PgWriteBudget
    if config["engine"] == "postgresql":
        password = os.environ.get("PACKSTATION_JOURNAL_PASSWORD")
        journal = PostgresJournal.connect(config["journal"], station_id, password=password)
        budget = PgWriteBudget(config["journal"], password=password, limits=limits, station=station_id)
    else:
        journal = Journal.open(Path(config["journal"]), station_id)
        budget = LocalWriteBudget(limits)
    results: list[dict[str, Any]] = []
    scans: queue.Queue[tuple[str, float] | None] = queue.Queue()
    start = float(config["start"])
    with http_client() as http:
        client = SendcloudClient(
            http,
            ApiCredentials(config["public_key"], config["secret_key"]),
            base_url=config["api_url"],
            retry=RetryPolicy(max_attempts=3, backoff_base=0.05 / scale * 60, backoff_max=30.0),
            write_gate=WriteGate(budget),
        )
        workflow = StationWorkflow(client, journal, Path(config["labels"]), settings, None)

        def scanner() -> None:
            for order, at in config["stream"]:
                delay = start + at - time.time()
                if delay > 0:
                    time.sleep(delay)
                scans.put((order, time.monotonic()))
            scans.put(None)

        threading.Thread(target=scanner, daemon=True).start()
        while (item := scans.get()) is not None:
            order, queued_at = item
            try:
                verdict = workflow.handle_scan(order, queued_at=queued_at)
                code = verdict.code.value if verdict.code else verdict.verdict.value
            except Exception as error:  # a crash of the station: counted, never hidden
                code = f"crash:{type(error).__name__}"
            results.append(
                {"order": order, "code": code, "seconds": time.monotonic() - queued_at, "at": time.time()}
            )
    journal.close()
    if isinstance(budget, PgWriteBudget):
        budget.close()
    Path(config["out"]).write_text(json.dumps({"station": station_id, "results": results}))


if __name__ == "__main__":
    main()
