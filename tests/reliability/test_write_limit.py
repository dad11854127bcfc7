"""The account's write limit at the bench (issue 19): a 429 from writers outside Packstation is
waited out, never shown to the packer; a wait for the limit is shown; a scan that would wait past
`queued_scan_max_age_s` is refused before its label call is journalled or sent."""

from __future__ import annotations

from pathlib import Path

from packstation.error_codes import ErrorCode
from packstation.journal import Journal, Stage
from packstation.journal.write_budget import BudgetLimits, LocalWriteBudget
from packstation.printing.printer import LabelPrinter
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import SendcloudClient, WriteGate
from packstation.settings import LookupSetting, StationSettings
from packstation.station.workflow import Event, LimitWait, StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.reliability.conftest import SYNC


def _station(
    client: SendcloudClient, printer: VirtualPrinter, tmp_path: Path, budget: LocalWriteBudget, max_age: float
) -> tuple[StationWorkflow, list[Event]]:
    settings = StationSettings(
        label_mime_type="application/zpl",
        printer=PrinterProfile(url=printer.url),
        lookup=LookupSetting(attempts=2, backoff_seconds=0.0),
        queued_scan_max_age_s=max_age,
    )
    assert settings.printer is not None
    client.write_gate = WriteGate(budget)
    workflow = StationWorkflow(
        client,
        Journal.open(tmp_path / "journal.sqlite3", "Bench 1"),
        tmp_path / "labels",
        settings,
        LabelPrinter(settings.printer),
    )
    events: list[Event] = []
    workflow.set_event_sink(events.append)
    return workflow, events


def test_a_429_from_outside_is_waited_out_and_drains_the_budget(
    client: SendcloudClient, printer: VirtualPrinter, simulator: Simulator, tmp_path: Path
) -> None:
    budget = LocalWriteBudget()
    workflow, events = _station(client, printer, tmp_path, budget, 30)
    simulator.faults.add(Fault(FaultKind.STATUS, path=SYNC[1], status=429, retry_after="0.4"))
    order = simulator.shippable_order_numbers()[0]
    verdict = workflow.handle_scan(order)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert simulator.labels_created() == 1
    waits = [event.seconds for event in events if isinstance(event, LimitWait)]
    assert waits[0] > 0.2  # "Waiting for Sendcloud's limit" while the 429 is waited out
    assert waits[-1] == 0
    workflow.journal.close()


def test_a_scan_that_would_wait_past_its_age_limit_is_refused_before_its_label_call(
    client: SendcloudClient, printer: VirtualPrinter, simulator: Simulator, tmp_path: Path
) -> None:
    budget = LocalWriteBudget(BudgetLimits(per_minute=1, per_second=1))
    assert budget.take() == 0  # another write took the minute's only token
    workflow, _ = _station(client, printer, tmp_path, budget, 1)
    order = simulator.shippable_order_numbers()[1]
    verdict = workflow.handle_scan(order)
    assert verdict.verdict is Verdict.ATTENTION
    assert verdict.code is ErrorCode.SCAN_TOO_OLD
    assert simulator.labels_created() == 0
    assert verdict.attempt_id is not None
    attempt = workflow.journal.attempt(verdict.attempt_id)
    assert (attempt.stage, attempt.reached) == (Stage.FAILED, Stage.ORDER_FOUND)  # nothing to settle
    assert workflow.journal.claims() == ()
    workflow.journal.close()


def test_a_scan_older_than_its_age_limit_is_refused_at_once(
    client: SendcloudClient, printer: VirtualPrinter, simulator: Simulator, tmp_path: Path
) -> None:
    workflow, _ = _station(client, printer, tmp_path, LocalWriteBudget(), 30)
    order = simulator.shippable_order_numbers()[2]
    verdict = workflow.handle_scan(order, queued_at=workflow.clock() - 45)
    assert verdict.code is ErrorCode.SCAN_TOO_OLD
    assert "waited 45 s in the queue" in verdict.message
    assert simulator.labels_created() == 0
    fresh = workflow.handle_scan(order, queued_at=workflow.clock() - 2)
    assert fresh.verdict is Verdict.SUCCESS, fresh.message
    workflow.journal.close()
