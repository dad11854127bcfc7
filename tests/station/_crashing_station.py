"""A station process that dies (SIGKILL, no clean-up) the moment it reaches a given stage.

Run by test_crash_recovery.py: `python -m tests.station._crashing_station BASE_URL PRINTER_URL
JOURNAL LABELS ORDER_NUMBER STAGE`. A real process killed for real stands in for a power cut.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from packstation.credentials import ApiCredentials
from packstation.journal import Journal, Stage
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import SendcloudClient, http_client
from packstation.settings import StationSettings
from packstation.station.workflow import Event, StageReached, StationWorkflow
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

REPO = Path(__file__).resolve().parents[2]


def crash_at(stage: Stage, order: str, *, base_url: str, printer_url: str, folder: Path) -> None:
    """Run a station process on `folder` (its journal.sqlite3 and labels/) that ships `order` and
    is killed at `stage`."""
    arguments = [base_url, printer_url, str(folder / "journal.sqlite3"), str(folder / "labels"), order]
    arguments.append(stage.value)
    completed = subprocess.run(
        [sys.executable, "-m", "tests.station._crashing_station", *arguments],
        cwd=REPO,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == -signal.SIGKILL, completed.stderr.decode()


def main() -> None:
    base_url, printer_url, journal_path, label_store, order_number, stage = sys.argv[1:7]
    die_at = Stage(stage)

    def emit(event: Event) -> None:
        if isinstance(event, StageReached) and event.stage is die_at:
            os.kill(os.getpid(), signal.SIGKILL)

    settings = StationSettings(label_mime_type="application/zpl", printer=PrinterProfile(url=printer_url))
    assert settings.printer is not None
    with http_client() as http, Journal.open(Path(journal_path), "Bench 1") as journal:
        client = SendcloudClient(http, ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY), base_url=base_url)
        workflow = StationWorkflow(
            client, journal, Path(label_store), settings, LabelPrinter(settings.printer), emit=emit
        )
        workflow.handle_scan(order_number)
    sys.exit("the station was supposed to die before finishing")


if __name__ == "__main__":
    main()
