"""Many stations on one shared journal (issue 19): one claim per order across stations, said in
amber with the station that holds it; an order shipped at another station is reprinted here."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.error_codes import ErrorCode
from packstation.journal import AttemptFilter, AttemptId, Journal, Packer, Stage
from packstation.journal.postgres import PostgresJournal
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import RetryPolicy, SendcloudClient, http_client
from packstation.settings import LookupSetting, StationSettings
from packstation.station.workflow import Event, JournalOutage, ScanVerdict, StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.postgres_server import OWNER_PASSWORD, PostgresServer, migrated_database
from tests.reliability.conftest import SYNC, StationClock, api, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process timing is POSIX")


@pytest.fixture
def shared_url(postgres_server: PostgresServer) -> str:
    return migrated_database(postgres_server)


def _station_home(tmp_path: Path, station_id: str) -> Path:
    root = tmp_path / station_id.replace(" ", "-")
    (root / "config").mkdir(parents=True)
    settings = {
        "station_id": station_id,
        "label_mime_type": "application/zpl",
        "lookup": {"attempts": 2, "backoff_seconds": 0.0},
        "label_timeout_seconds": 1,
        "settle_window_seconds": 2,
    }
    (root / "config" / "settings.json").write_text(json.dumps(settings))
    return root


def test_two_stations_scanning_one_order_at_once_make_one_label(
    simulator: Simulator, tmp_path: Path, shared_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured before the shared journal: 1 pair in 10 with two station folders both paid. Each
    label call takes 0.6 s here, so the second station reaches its own while the first is in it."""
    monkeypatch.setenv("PACKSTATION_JOURNAL_URL", shared_url.replace(f":{OWNER_PASSWORD}@", "@"))
    monkeypatch.setenv("PACKSTATION_JOURNAL_PASSWORD", OWNER_PASSWORD)
    homes = [_station_home(tmp_path, "Station 1"), _station_home(tmp_path, "Station 3")]
    orders = simulator.shippable_order_numbers()[:4]
    simulator.faults.add(Fault(FaultKind.LATENCY, path=SYNC[1], delay=0.6, times=None))
    for order in orders:
        pair = [run_cli(home, "ship", order, *api(simulator), wait=False) for home in homes]
        results = [
            process.communicate(timeout=60) for process in pair if isinstance(process, subprocess.Popen)
        ]
        codes = sorted(process.returncode for process in pair if isinstance(process, subprocess.Popen))
        assert codes[0] == 0, results
        assert codes[1] in (4, 10), results  # refused while the other's call runs, or shipped there
        refused = next(err for (_, err), process in zip(results, pair, strict=True) if process.returncode)
        if codes[1] == 10:
            assert "is being made at Station" in refused
    assert simulator.labels_created() == len(orders)
    # Neither station has a journal file of its own: both wrote to the shared one.
    assert not any((home / "data" / "journal.sqlite3").exists() for home in homes)


@pytest.fixture
def stations(
    client: SendcloudClient, printer: VirtualPrinter, tmp_path: Path, clock: StationClock, shared_url: str
) -> Iterator[dict[str, StationWorkflow]]:
    opened: list[Journal] = []

    def open_one(station_id: str, packer: str, **choices: object) -> StationWorkflow:
        settings = StationSettings(
            station_id=station_id,
            label_mime_type="application/zpl",
            printer=PrinterProfile(url=printer.url),
            lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
            label_timeout_seconds=1,
            settle_window_seconds=2,
            **choices,
        )
        assert settings.printer is not None
        journal = PostgresJournal.connect(shared_url, station_id)
        opened.append(journal)
        workflow = StationWorkflow(
            client,
            journal,
            tmp_path / station_id / "labels",
            settings,
            LabelPrinter(settings.printer),
            sleep=lambda _: None,
            wall_clock=clock,
        )
        workflow.packer = Packer(f"B-{packer}", packer)
        return workflow

    yield {
        "Station 3": open_one("Station 3", "Anna", item_verification="on"),
        "Station 5": open_one("Station 5", "Bob"),
    }
    for journal in opened:
        journal.close()


def test_an_order_being_packed_at_another_station_is_amber_and_names_it(
    stations: dict[str, StationWorkflow], simulator: Simulator
) -> None:
    order = simulator.shippable_order_numbers()[5]
    packing = stations["Station 3"].handle_scan(order)
    assert packing.verdict is Verdict.PACKING, packing.message
    refused = stations["Station 5"].handle_scan(order)
    assert refused.verdict is Verdict.ATTENTION
    assert refused.code is ErrorCode.ORDER_CLAIMED
    assert refused.elsewhere == "Station 3 (Anna)"
    assert f"Order {order} is being packed at Station 3 (Anna)" in refused.message
    assert simulator.labels_created() == 0


def test_an_order_shipped_at_another_station_is_reprinted_here_not_paid_again(
    stations: dict[str, StationWorkflow], simulator: Simulator, printer: VirtualPrinter
) -> None:
    order = simulator.shippable_order_numbers()[6]
    shipped = stations["Station 5"].handle_scan(order)
    assert shipped.verdict is Verdict.SUCCESS, shipped.message
    jobs = len(printer.jobs())
    again = stations["Station 3"].handle_scan(order)
    assert again.verdict is Verdict.ATTENTION
    assert again.code is ErrorCode.ALREADY_SHIPPED
    assert again.elsewhere == "Station 5"
    assert again.elsewhere_at is not None
    assert again.reprint_attempt == shipped.attempt_id is not None
    reprinted = stations["Station 3"].reprint(shipped.attempt_id)
    assert reprinted.code is ErrorCode.REPRINTED, reprinted.message
    assert len(printer.jobs()) == jobs + 1
    assert simulator.labels_created() == 1
    assert stations["Station 3"].journal.attempt(shipped.attempt_id).stage is Stage.PRINTED


# ------------------------------------------------------------------ outages of the shared journal
def _outage_station(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path, shared_url: str, max_age: float
) -> tuple[StationWorkflow, list[Event], httpx.Client]:
    """A station whose label call may take seconds (the outage must land inside it)."""
    http = http_client()
    client = SendcloudClient(
        http,
        credentials=ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY),
        base_url=simulator.base_url,
        label_timeout=httpx.Timeout(10.0),
        retry=RetryPolicy(max_attempts=2, backoff_base=0.0, sleep=lambda _: None),
    )
    settings = StationSettings(
        station_id="Station 7",
        label_mime_type="application/zpl",
        printer=PrinterProfile(url=printer.url),
        lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
        queued_scan_max_age_s=max_age,
        label_timeout_seconds=10,
    )
    assert settings.printer is not None
    workflow = StationWorkflow(
        client,
        PostgresJournal.connect(shared_url, "Station 7"),
        tmp_path / "labels",
        settings,
        LabelPrinter(settings.printer),
    )
    events: list[Event] = []
    workflow.set_event_sink(events.append)
    return workflow, events, http


def _scan_in_background(workflow: StationWorkflow, order: str) -> tuple[threading.Thread, list[ScanVerdict]]:
    verdicts: list[ScanVerdict] = []
    thread = threading.Thread(target=lambda: verdicts.append(workflow.handle_scan(order)))
    thread.start()
    return thread, verdicts


def test_a_journal_outage_mid_shift_makes_no_label_and_the_station_resumes_by_itself(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path, postgres_server: PostgresServer
) -> None:
    """The real server stopped and started again: scans wait (said in red) and go through after,
    nothing recorded before is lost or repeated."""
    url = migrated_database(postgres_server)
    workflow, events, http = _outage_station(simulator, printer, tmp_path, url, max_age=30)
    first, second = simulator.shippable_order_numbers()[7:9]
    before = workflow.handle_scan(first)
    assert before.verdict is Verdict.SUCCESS, before.message
    postgres_server.stop()
    try:
        thread, verdicts = _scan_in_background(workflow, second)
        time.sleep(2.5)
        assert thread.is_alive()  # waiting for the journal, not failed
        assert simulator.labels_created() == 1  # no label without its journal row
        outages = [event.reason for event in events if isinstance(event, JournalOutage)]
        assert outages
        assert "cannot be reached" in (outages[0] or "")
    finally:
        postgres_server.start()
    thread.join(timeout=30)
    [after] = verdicts
    assert after.verdict is Verdict.SUCCESS, after.message
    said = [event.reason for event in events if isinstance(event, JournalOutage)]
    assert said[0] is not None
    assert said[-1] is None  # "back": the red goes
    assert simulator.labels_created() == 2
    journal = workflow.journal
    assert journal.attempt(before.attempt_id or AttemptId(0)).stage is Stage.PRINTED
    assert [a.order_number for a in journal.attempts(AttemptFilter(stages=(Stage.PRINTED,)))] == [
        second,
        first,
    ]
    journal.close()
    http.close()


def test_a_scan_that_outlives_its_age_limit_in_an_outage_is_refused_in_red(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path, postgres_server: PostgresServer
) -> None:
    url = migrated_database(postgres_server)
    workflow, _, http = _outage_station(simulator, printer, tmp_path, url, max_age=2)
    postgres_server.stop()
    try:
        verdict = workflow.handle_scan(simulator.shippable_order_numbers()[9])
    finally:
        postgres_server.start()
    assert verdict.verdict is Verdict.FAILED
    assert verdict.code is ErrorCode.JOURNAL_UNAVAILABLE
    assert "No label is made" in verdict.message
    assert simulator.labels_created() == 0
    workflow.journal.close()
    http.close()


def test_an_outage_during_the_label_call_never_pays_twice(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path, postgres_server: PostgresServer
) -> None:
    """The server goes while Sendcloud makes the label: its `label_created` cannot be written. Once
    the journal is back the scan runs again; the unanswered call is settled by a lookup (the label
    is found and kept), never made again."""
    url = migrated_database(postgres_server)
    workflow, _, http = _outage_station(simulator, printer, tmp_path, url, max_age=30)
    order = simulator.shippable_order_numbers()[10]
    simulator.faults.add(Fault(FaultKind.LATENCY, path=SYNC[1], delay=2.0))
    thread, verdicts = _scan_in_background(workflow, order)
    deadline = time.monotonic() + 10
    while simulator.count("POST", SYNC[1]) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    postgres_server.stop()  # the label call is at Sendcloud now, its answer 2 s away
    try:
        time.sleep(2.5)
        assert simulator.labels_created() == 1
    finally:
        postgres_server.start()
    thread.join(timeout=30)
    [verdict] = verdicts
    assert verdict.verdict in (Verdict.SUCCESS, Verdict.ATTENTION), verdict.message
    assert simulator.labels_created() == 1
    assert workflow.journal.label_for_order(order) is not None
    workflow.journal.close()
    http.close()
