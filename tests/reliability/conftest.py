"""Exactly once, over real sockets: the simulator (with its fault injection), a virtual Zebra, real
journals and real `packstation` processes. Labels are counted at the simulator, jobs at the printer.

`StationClock` is the settle window's wall clock, moved by the tests instead of waiting minutes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.journal import Journal, utc_now
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import RetryPolicy, SendcloudClient, http_client
from packstation.settings import LookupSetting, StationSettings
from packstation.station.workflow import StationWorkflow
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

REPO = Path(__file__).resolve().parents[2]
SYNC = ("POST", "/orders/create-label-sync")
DOCUMENT = ("GET", "/parcels/{id}/documents/{type}")
SHIPMENTS = ("GET", "/shipments")
# The client gives up on a label call after this long; the simulator's slow calls outlast it.
LABEL_TIMEOUT = 0.5


class StationClock:
    """Wall time as the station sees it, `ahead` of the real one."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return utc_now() + self.ahead

    def pass_settle_window(self, settings: StationSettings) -> None:
        self.ahead += timedelta(seconds=settings.settle_window + 1)


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with http_client() as client:
        yield client


@pytest.fixture
def client(simulator: Simulator, http: httpx.Client) -> SendcloudClient:
    return SendcloudClient(
        http,
        credentials=ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY),
        base_url=simulator.base_url,
        timeout=httpx.Timeout(2.0),
        label_timeout=httpx.Timeout(LABEL_TIMEOUT),
        retry=RetryPolicy(max_attempts=2, backoff_base=0.0, sleep=lambda _: None),
    )


@pytest.fixture
def clock() -> StationClock:
    return StationClock()


StationFactory = Callable[..., StationWorkflow]


@pytest.fixture
def station(
    client: SendcloudClient,
    printer: VirtualPrinter,
    journal_path: Path,
    tmp_path: Path,
    clock: StationClock,
) -> Iterator[StationFactory]:
    """`station()`: a ZPL station on the shared journal file, as one process would open it (its own
    journal connection and claim holder). Closing its journal is the process dying: the kernel
    drops its lock the same way."""
    opened: list[Journal] = []

    def open_station() -> StationWorkflow:
        settings = StationSettings(
            label_mime_type="application/zpl",
            printer=PrinterProfile(url=printer.url),
            lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
            label_timeout_seconds=1,
            settle_window_seconds=2,
        )
        assert settings.printer is not None
        journal = Journal.open(journal_path, "Bench 1")
        opened.append(journal)
        return StationWorkflow(
            client,
            journal,
            tmp_path / "labels",
            settings,
            LabelPrinter(settings.printer),
            sleep=lambda _: None,
            wall_clock=clock,
        )

    yield open_station
    for journal in opened:
        journal.close()


@pytest.fixture
def home(tmp_path: Path, simulator: Simulator) -> Path:
    """A station folder for `packstation` processes: a ZPL station with short label waits."""
    root = tmp_path / "station"
    (root / "config").mkdir(parents=True)
    settings = {
        "label_mime_type": "application/zpl",
        "lookup": {"attempts": 2, "backoff_seconds": 0.0},
        "label_timeout_seconds": 1,
        "settle_window_seconds": 2,
    }
    (root / "config" / "settings.json").write_text(json.dumps(settings))
    return root


def run_cli(
    home: Path, *args: str, wait: bool = True, timeout: float = 60
) -> subprocess.CompletedProcess[str] | subprocess.Popen[str]:
    """`packstation ARGS` as a real process on the station folder `home`."""
    env = {
        **os.environ,
        "PACKSTATION_HOME": str(home),
        "PACKSTATION_PUBLIC_KEY": TEST_PUBLIC_KEY,
        "PACKSTATION_SECRET_KEY": TEST_SECRET_KEY,
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "packstation", *args]
    if not wait:
        return subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    return subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def completed(
    process: subprocess.CompletedProcess[str] | subprocess.Popen[str],
) -> subprocess.CompletedProcess[str]:
    assert isinstance(process, subprocess.CompletedProcess)
    return process


def api(simulator: Simulator) -> Sequence[str]:
    return ("--api-url", simulator.base_url)
