"""The failed-shipments console's actions over real sockets: simulator (HTTP), virtual printer (TCP),
journal (SQLite). Nothing is mocked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.errors import PackstationError
from packstation.journal import AttemptFilter, AttemptId, Journal, Stage
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import RetryPolicy, SendcloudClient
from packstation.settings import LookupSetting, StationSettings
from packstation.station.review import FailureReview, ItemChange, OrderChanges
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

SYNC = ("POST", "/orders/create-label-sync")
ASYNC = ("POST", "/orders/create-labels-async")
DOCUMENT = ("GET", "/parcels/{id}/documents/{type}")
LEAD = "Lead Lotte"


class FakeClock:
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


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def workflow(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, waits: list[float]
) -> StationWorkflow:
    settings = StationSettings(
        label_mime_type="application/zpl",
        printer=PrinterProfile(url=printer.url, connect_timeout=3.0, status_timeout=3.0, write_timeout=3.0),
        lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
    )
    assert settings.printer is not None
    return StationWorkflow(
        client=client,
        journal=journal,
        label_store=tmp_path / "labels",
        settings=settings,
        printer=LabelPrinter(settings.printer),
        sleep=waits.append,
        clock=FakeClock(),
    )


@pytest.fixture
def review(workflow: StationWorkflow) -> FailureReview:
    return FailureReview(workflow, document_attempts=5, document_wait=0.25)


def _failed_scan(workflow: StationWorkflow, simulator: Simulator, number: str) -> AttemptId:
    """Scan `number` while the carrier refuses it: a real failed attempt with no label."""
    simulator.faults.add(Fault(FaultKind.ANNOUNCEMENT_ERROR, path=SYNC[1], order_number=number))
    verdict = workflow.handle_scan(number)
    assert verdict.verdict is Verdict.FAILED, verdict.message
    assert verdict.attempt_id is not None
    return verdict.attempt_id


def _printed_scan(workflow: StationWorkflow, number: str) -> AttemptId:
    verdict = workflow.handle_scan(number)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.attempt_id is not None
    return verdict.attempt_id


def _actions(journal: Journal) -> list[tuple[str, str]]:
    return [(entry.actor, entry.action) for entry in journal.audit_log()]


# ------------------------------------------------------------------------------------- reading


def test_order_now_is_the_order_as_sendcloud_has_it(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    number = simulator.shippable_order_numbers()[0]
    attempt = _failed_scan(workflow, simulator, number)
    order = review.order_now(attempt)
    assert order.order_number == number
    assert order.shipping_address is not None


def test_order_now_of_a_scan_that_named_no_order_says_so(
    review: FailureReview, workflow: StationWorkflow
) -> None:
    verdict = workflow.handle_scan("\x02\x03")
    assert verdict.attempt_id is not None
    with pytest.raises(PackstationError) as raised:
        review.order_now(verdict.attempt_id)
    assert raised.value.code == "review_no_order"


# ------------------------------------------------------------------------------------- reprint


def test_reprint_uses_the_stored_label_and_never_makes_one(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    attempt = _printed_scan(workflow, simulator.shippable_order_numbers()[1])
    printer.wait_for_jobs(1, timeout=5)
    verdict = review.reprint(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    jobs = printer.wait_for_jobs(2, timeout=5)
    assert jobs[0].data == jobs[1].data
    assert simulator.labels_created() == 1
    assert simulator.count(*DOCUMENT) == 0  # the label store had it
    assert journal.attempt(attempt).print_count == 2
    assert (LEAD, "reprint") in _actions(journal)


def test_reprint_fetches_a_label_whose_file_is_gone_and_never_makes_one(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    attempt = _printed_scan(workflow, simulator.shippable_order_numbers()[2])
    printer.wait_for_jobs(1, timeout=5)
    label_path = journal.attempt(attempt).label_path
    assert label_path is not None
    label_path.unlink()
    before = simulator.labels_created()
    verdict = review.reprint(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert len(printer.wait_for_jobs(2, timeout=5)) == 2
    assert simulator.labels_created() == before == 1
    assert simulator.count(*SYNC) == 1
    assert simulator.count(*DOCUMENT) == 1


def test_reprint_of_an_attempt_without_a_label_is_refused(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[3])
    with pytest.raises(PackstationError) as raised:
        review.reprint(attempt, actor=LEAD)
    assert raised.value.code == "no_label"


# ------------------------------------------------------------------------------- mark resolved


def test_mark_resolved_keeps_the_failure_and_leaves_the_failed_view(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[4])
    failed_view = AttemptFilter(troubles_only=True)
    assert [a.id for a in journal.attempts(failed_view)] == [attempt]
    review.mark_resolved(attempt, "Sent by courier from the office.", actor=LEAD)
    resolved = journal.attempt(attempt)
    assert resolved.stage is Stage.FAILED  # history is not rewritten
    assert resolved.resolved_by == LEAD
    assert resolved.resolution_note == "Sent by courier from the office."
    assert journal.attempts(failed_view) == ()
    assert journal.count(failed_view) == 0
    [entry] = [e for e in journal.audit_log() if e.action == "mark_resolved"]
    assert entry.actor == LEAD
    assert "courier" in entry.detail
    with pytest.raises(PackstationError) as again:
        review.mark_resolved(attempt, "twice", actor=LEAD)
    assert again.value.code == "already_resolved"


def test_mark_resolved_needs_a_note(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[5])
    with pytest.raises(PackstationError) as raised:
        review.mark_resolved(attempt, "  ", actor=LEAD)
    assert raised.value.code == "resolution_note_missing"


_ = (datetime, UTC, timedelta, ItemChange, OrderChanges)
