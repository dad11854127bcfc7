"""A station process that dies (SIGKILL, no clean-up) the moment it reaches a given stage.

Run by test_crash_recovery.py: `python -m tests.station._crashing_station BASE_URL PRINTER_URL
JOURNAL LABELS ORDER_NUMBER STAGE [BOXES.json]`. A real process killed for real stands in for a
power cut. With a boxes file the order leaves in those boxes (issue 18), and STAGE may also be
`box-1-printed`: killed the moment box 1's print is journalled, before box 2's label is sent.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from packstation.credentials import ApiCredentials
from packstation.journal import Journal, Stage
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import SendcloudClient, http_client
from packstation.settings import ShipWithSetting, StationSettings
from packstation.station.boxes import read_boxes_file
from packstation.station.shipping_limits import WeightLimits
from packstation.station.workflow import Event, StageReached, StationWorkflow
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

REPO = Path(__file__).resolve().parents[2]


BOX_1_PRINTED = "box-1-printed"
MULTICOLLO_OPTION = "postnl:standard"


def crash_at(
    stage: Stage | str,
    order: str,
    *,
    base_url: str,
    printer_url: str,
    folder: Path,
    boxes: Path | None = None,
) -> None:
    """Run a station process on `folder` (its journal.sqlite3 and labels/) that ships `order` (in
    `boxes`, a `--boxes` file, when given) and is killed at `stage`."""
    arguments = [base_url, printer_url, str(folder / "journal.sqlite3"), str(folder / "labels"), order]
    arguments.append(str(stage))
    if boxes is not None:
        arguments.append(str(boxes))
    completed = subprocess.run(
        [sys.executable, "-m", "tests.station._crashing_station", *arguments],
        cwd=REPO,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == -signal.SIGKILL, completed.stderr.decode()


def station_workflow(
    http: httpx.Client,
    journal: Journal,
    *,
    base_url: str,
    printer_url: str,
    label_store: Path,
    boxes: bool = False,
    **workflow_fields: Any,
) -> StationWorkflow:
    """The station these tests kill and start again: ZPL labels on the printer at `printer_url`;
    with `boxes`, a shipping option that takes several boxes, cached as a lead's save caches it."""
    settings = StationSettings(
        label_mime_type="application/zpl",
        printer=PrinterProfile(url=printer_url),
        ship_with=ShipWithSetting(shipping_option_code=MULTICOLLO_OPTION) if boxes else None,
    )
    assert settings.printer is not None
    client = SendcloudClient(http, ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY), base_url=base_url)
    return StationWorkflow(
        client,
        journal,
        label_store,
        settings,
        LabelPrinter(settings.printer),
        weight_limits={MULTICOLLO_OPTION: WeightLimits(multicollo=True)} if boxes else {},
        box_label_wait=0.05,
        **workflow_fields,
    )


def main() -> None:
    base_url, printer_url, journal_path, label_store, order_number, stage = sys.argv[1:7]
    boxes = read_boxes_file(Path(sys.argv[7])) if len(sys.argv) > 7 else ()
    die_at = None if stage == BOX_1_PRINTED else Stage(stage)

    def emit(event: Event) -> None:
        if isinstance(event, StageReached) and event.stage is die_at:
            os.kill(os.getpid(), signal.SIGKILL)

    with http_client() as http, Journal.open(Path(journal_path), "Bench 1") as journal:
        workflow = station_workflow(
            http,
            journal,
            base_url=base_url,
            printer_url=printer_url,
            label_store=Path(label_store),
            boxes=bool(boxes),
            emit=emit,
        )
        if stage == BOX_1_PRINTED:
            record_box = journal.record_box

            def record_then_die(*args: Any, **kwargs: Any) -> Any:
                recorded = record_box(*args, **kwargs)
                if recorded.box == 1 and recorded.printed:
                    os.kill(os.getpid(), signal.SIGKILL)
                return recorded

            journal.record_box = record_then_die  # type: ignore[method-assign]
        workflow.handle_scan(order_number, boxes=boxes)
    sys.exit("the station was supposed to die before finishing")


if __name__ == "__main__":
    main()
