"""Fixtures shared by the station tests: a real journal, a client on the simulator (loopback) and
a virtual printer (TCP). Nothing is mocked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.journal import AttemptId, Journal, Stage
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import Order, RetryPolicy, SendcloudClient, http_client
from packstation.settings import LookupSetting, StationSettings
from packstation.station.workflow import Event, StationWorkflow
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
    with http_client() as http:
        yield SendcloudClient(
            http,
            credentials=ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY),
            base_url=simulator.base_url,
            timeout=httpx.Timeout(2.0),
            label_timeout=httpx.Timeout(0.5),
            retry=RetryPolicy(max_attempts=2, backoff_base=0.0, sleep=lambda _: None),
        )


def zpl_workflow(
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
    label_store: Path,
    *,
    emit: Callable[[Event], None],
    sleep: Callable[[float], None],
) -> StationWorkflow:
    """A ZPL station printing to `printer`, looking an order up twice without waiting between."""
    settings = StationSettings(
        label_mime_type="application/zpl",
        # Generous: only a silent printer would wait this long, and no test here has one.
        printer=PrinterProfile(url=printer.url, connect_timeout=3.0, status_timeout=3.0, write_timeout=3.0),
        lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
    )
    assert settings.printer is not None
    return StationWorkflow(
        client=client,
        journal=journal,
        label_store=label_store,
        settings=settings,
        printer=LabelPrinter(settings.printer),
        emit=emit,
        sleep=sleep,
        clock=FakeClock(),
    )


def requested_attempt(journal: Journal, client: SendcloudClient, number: str) -> tuple[AttemptId, Order]:
    """An attempt journalled up to its label call, as a station killed right then leaves it."""
    [order] = client.list_orders(order_number=number).items
    attempt = journal.start_attempt(number)
    journal.record(
        attempt,
        Stage.ORDER_FOUND,
        order_id=order.order_id,
        order_number=order.order_number,
        integration_id=order.order_details.integration.id,
    )
    journal.record(attempt, Stage.LABEL_REQUESTED)
    return attempt, order
