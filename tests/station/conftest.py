"""Fixtures shared by the station tests: a real journal, a client on the simulator (loopback) and
a virtual printer (TCP). Nothing is mocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.journal import Journal
from packstation.sendcloud import RetryPolicy, SendcloudClient
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY


class FakeClock:
    """The debouncer's clock: still unless a test moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as opened:
        yield opened


@pytest.fixture
def client(simulator: Simulator) -> Iterator[SendcloudClient]:
    with httpx.Client() as http:
        yield SendcloudClient(
            http,
            credentials=ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY),
            base_url=simulator.base_url,
            timeout=httpx.Timeout(2.0),
            label_timeout=httpx.Timeout(0.5),
            retry=RetryPolicy(max_attempts=2, backoff_base=0.0, sleep=lambda _: None),
        )
