"""§1.3, §1.4 and §2: recovery claims no other attempt's parcel, reprints nothing unasked, loses
no paid label, recovers each attempt on its own, and works from the command line."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from packstation.journal import AttemptFilter, AttemptId, Journal, Stage, migrate
from packstation.sendcloud import SendcloudClient
from packstation.station.review import FailureReview
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.reliability.conftest import (
    DOCUMENT,
    SHIPMENTS,
    SYNC,
    StationClock,
    StationFactory,
    api,
    completed,
    run_cli,
)
from tests.station._crashing_station import crash_at
from tests.station.conftest import requested_attempt

# ------------------------------------------------------------------------ §1.3 a parcel, one attempt


def _requested(workflow: StationWorkflow, client: SendcloudClient, number: str) -> AttemptId:
    return requested_attempt(workflow.journal, client, number)[0]


def test_recovery_never_settles_onto_a_parcel_another_attempt_holds(
    simulator: Simulator,
    station: StationFactory,
    client: SendcloudClient,
    printer: VirtualPrinter,
    clock: StationClock,
) -> None:
    """The swallowed request: attempt 1 made nothing and was killed; the rescan (attempt 2) made
    and printed parcel P. Before the fix, recovery then settled attempt 1 onto P and printed it
    again: journal rows (1, printed, P) and (2, printed, P)."""
    number = simulator.shippable_order_numbers()[0]
    killed = station()
    first = _requested(killed, client, number)
    killed.journal.close()  # the process dies: its claim's lock is free
    rescanning = station()
    clock.pass_settle_window(rescanning.settings)
    second = rescanning.handle_scan(number)
    assert second.verdict is Verdict.SUCCESS, second.message
    assert len(printer.wait_for_jobs(1)) == 1
    [proved] = [a for a in rescanning.journal.attempts() if a.id == first]
    assert (proved.stage, proved.parcel_id) == (Stage.FAILED, None)
    # Even an attempt left unsettled beside it (a journal from the old version) is never given P.
    third = _requested(rescanning, client, number)
    assert [v.code for v in rescanning.recover()] == ["label_not_created"]
    assert rescanning.journal.attempt(third).parcel_id is None
    assert second.parcel_id is not None
    assert rescanning.journal.parcel_holder(second.parcel_id) == second.attempt_id
    assert len(printer.jobs()) == 1
    assert simulator.labels_created() == 1


def test_the_upgrade_gives_a_parcel_held_twice_to_the_earliest_attempt(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        migrate(connection, target=3)
        for stage in ("printed", "printed", "label_requested"):
            connection.execute(
                "INSERT INTO attempts (station, stage, reached, started_at, updated_at, order_number, "
                "integration_id, parcel_id) VALUES ('Bench 1', ?, ?, '2026-01-01T08:00:00.000000+00:00', "
                "'2026-01-01T08:00:01.000000+00:00', 'WEB-7', 7, ?)",
                (stage, stage, None if stage == "label_requested" else 500),
            )
    finally:
        connection.close()
    with Journal.open(path, "Bench 1") as journal:
        assert journal.parcel_holder(500) == 1
        [(claim, alive)] = journal.claims()  # the unsettled one keeps its order until settled
        assert (claim.attempt_id, claim.order_number, alive) == (3, "WEB-7", False)


# ------------------------------------------------------------------- §1.4 unconfirmed prints


def test_a_print_that_was_not_confirmed_is_listed_never_reprinted_unasked(
    simulator: Simulator, station: StationFactory, printer: VirtualPrinter
) -> None:
    workflow = station()
    printer.drop_next_after(64)  # the connection breaks mid-job: the printer may have kept it
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[1])
    assert verdict.verdict is Verdict.ATTENTION, verdict.message
    jobs = len(printer.jobs())
    restarted = station()
    [listed] = restarted.recover()
    assert (listed.code, listed.reprint_attempt) == ("label_not_printed", verdict.attempt_id)
    assert len(printer.jobs()) == jobs  # before the fix, start-up printed it again
    assert restarted.recover()[0].code == "label_not_printed"  # listed at every start until done
    assert simulator.labels_created() == 1


# ------------------------------------------------------------------- §2.1 the lost answer and a 500


def test_a_lost_answer_and_one_document_500_still_print_the_one_label(
    simulator: Simulator, station: StationFactory, printer: VirtualPrinter
) -> None:
    """Before the fix: the attempt ended `failed` with no parcel id, and only a paid second label
    could get the parcel out."""
    workflow = station()
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, path=SYNC[1]))
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=500, times=1))
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[2])
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert simulator.count(*DOCUMENT) == 2  # the 500, then the retry
    assert len(printer.wait_for_jobs(1)) == 1
    assert simulator.labels_created() == 1


def test_a_label_whose_document_keeps_failing_stays_reprintable_everywhere(
    simulator: Simulator, station: StationFactory, printer: VirtualPrinter, home: Path
) -> None:
    workflow = station()
    number = simulator.shippable_order_numbers()[3]
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, path=SYNC[1]))
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=500, times=None))
    made = workflow.handle_scan(number)
    assert (made.verdict, made.code) == (Verdict.ATTENTION, "label_not_fetched"), made.message
    assert made.attempt_id is not None
    attempt = workflow.journal.attempt(made.attempt_id)
    assert attempt.parcel_id is not None  # journalled the moment it was known
    again = workflow.handle_scan(number)
    assert (again.code, again.reprint_attempt) == ("already_shipped", made.attempt_id)  # F5
    simulator.faults.clear()
    reprinted = FailureReview(workflow).reprint(made.attempt_id, actor="Lead")  # the console
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    assert len(printer.wait_for_jobs(1)) == 1
    assert simulator.labels_created() == 1


# ----------------------------------------------------------------- §2.2 each attempt on its own


def test_one_failed_lookup_does_not_stop_the_rest_of_recovery(
    simulator: Simulator, station: StationFactory, client: SendcloudClient, printer: VirtualPrinter
) -> None:
    """Before the fix a single `GET /orders` 500 ended recovery with a traceback, and unrelated
    saved labels stayed unprinted."""
    workflow = station()
    blocked, made = simulator.shippable_order_numbers()[4:6]
    first = _requested(workflow, client, blocked)
    second = _requested(workflow, client, made)
    [order] = client.list_orders(order_number=made).items
    shop = order.order_details.integration.id
    client.create_label_sync(integration_id=shop, order_id=order.order_id, mime_type="application/zpl")
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/orders", status=500, times=None))
    lookup_fails = Fault(FaultKind.STATUS, method=SHIPMENTS[0], path=SHIPMENTS[1], order_number=blocked)
    lookup_fails.times = None
    simulator.faults.add(lookup_fails)
    verdicts = {verdict.attempt_id: verdict for verdict in workflow.recover()}
    assert verdicts[first].code == "outcome_still_unknown"  # left for the next try, and shown
    assert verdicts[second].code == "label_not_printed"  # found, kept, listed for F5
    assert workflow.journal.attempt(first).stage is Stage.LABEL_REQUESTED
    kept = workflow.journal.attempt(second)
    # Kept, not printed, and in the console's "created but not printed" list.
    assert (kept.stage, kept.reached, kept.error_code) == (
        Stage.FAILED,
        Stage.LABEL_SAVED,
        "label_not_printed",
    )
    assert second in [a.id for a in workflow.journal.attempts(AttemptFilter(troubles_only=True))]
    assert printer.jobs() == []
    assert simulator.labels_created() == 1


# ------------------------------------------------------------------ §2.3 from the command line


def _killed_at(stage: Stage, home: Path, simulator: Simulator, printer: VirtualPrinter, order: str) -> None:
    crash_at(stage, order, base_url=simulator.base_url, printer_url=printer.url, folder=home / "data")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_reprint_and_recover_from_the_command_line(
    simulator: Simulator, printer: VirtualPrinter, home: Path, tmp_path: Path
) -> None:
    order = simulator.shippable_order_numbers()[6]
    _killed_at(Stage.LABEL_CREATED, home, simulator, printer, order)
    assert simulator.labels_created() == 1
    again = completed(run_cli(home, "ship", order, *api(simulator)))
    assert again.returncode == 4, again.stderr  # already shipped: reprint it…
    doctor = completed(run_cli(home, "doctor", "--timeout", "2"))
    assert f"made but not printed: {order}" in doctor.stdout
    recovered = completed(run_cli(home, "recover", *api(simulator)))
    assert recovered.returncode == 0, recovered.stderr
    [line] = recovered.stdout.splitlines()
    assert "label_not_printed" in line
    assert order in line
    output = tmp_path / "label.zpl"
    reprinted = completed(
        run_cli(home, "reprint", order, *api(simulator), "--printer", printer.url, "--output", str(output))
    )
    assert reprinted.returncode == 0, reprinted.stderr  # …which the command line now can
    [job] = printer.wait_for_jobs(1)
    assert output.read_bytes() == job.data
    assert simulator.labels_created() == 1
    wrong = completed(run_cli(home, "reprint", order, *api(simulator), "--parcel", "1"))
    assert wrong.returncode == 1
    assert "no label with parcel 1" in wrong.stderr
