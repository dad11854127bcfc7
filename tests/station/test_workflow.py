"""The packing workflow over real sockets: simulator (HTTP), virtual printer (TCP), journal (SQLite)."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.errors import PackstationError
from packstation.journal import Journal, Stage
from packstation.sendcloud import SendcloudClient
from packstation.station.workflow import Event, ScanVerdict, StageReached, StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import PrinterState, VirtualPrinter
from tests.station.conftest import FakeClock, requested_attempt, zpl_workflow

SYNC = ("POST", "/orders/create-label-sync")


@pytest.fixture
def events() -> list[Event]:
    return []


@pytest.fixture
def workflow(
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
    tmp_path: Path,
    events: list[Event],
) -> StationWorkflow:
    labels = tmp_path / "labels"
    return zpl_workflow(client, journal, printer, labels, emit=events.append, sleep=lambda _: None)


def test_a_scan_prints_the_label_and_journals_every_step(
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
    events: list[Event],
) -> None:
    number = simulator.shippable_order_numbers()[0]
    verdict = workflow.handle_scan(f"{number}\r\n")
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    [job] = printer.wait_for_jobs(1, timeout=5)
    assert verdict.label_path is not None
    assert job.data == verdict.label_path.read_bytes()  # ZPL goes to the printer byte for byte
    assert job.printed
    assert journal.attempt(verdict.attempt_id).stage is Stage.PRINTED  # type: ignore[arg-type]
    stages = [e.stage for e in events if isinstance(e, StageReached)]
    assert stages == [
        Stage.SCANNED,
        Stage.ORDER_FOUND,
        Stage.LABEL_REQUESTED,
        Stage.LABEL_CREATED,
        Stage.LABEL_SAVED,
        Stage.PRINTED,
    ]
    assert isinstance(events[-1], ScanVerdict)
    assert verdict.order is not None
    assert verdict.order.items
    assert simulator.count(*SYNC) == 1


def test_a_double_scan_is_ignored_and_a_rescan_later_is_already_shipped(
    workflow: StationWorkflow, simulator: Simulator
) -> None:
    number = simulator.shippable_order_numbers()[1]
    assert workflow.handle_scan(number).verdict is Verdict.SUCCESS
    duplicate = workflow.handle_scan(number)
    assert duplicate.code == "scan_duplicate"
    assert isinstance(workflow.clock, FakeClock)
    workflow.clock.now += 60
    again = workflow.handle_scan(number)
    assert again.verdict is Verdict.ATTENTION
    assert again.code == "already_shipped"
    assert simulator.labels_created() == 1


def test_sendcloud_shipments_guard_an_order_this_journal_never_saw(
    workflow: StationWorkflow, simulator: Simulator, client: SendcloudClient
) -> None:
    number = simulator.shippable_order_numbers()[2]
    order = client.list_orders(order_number=number).items[0]
    client.create_label_sync(integration_id=order.order_details.integration.id, order_number=number)
    verdict = workflow.handle_scan(number)
    assert verdict.code == "already_shipped"
    assert simulator.labels_created() == 1


def test_unknown_and_unshippable_orders_fail_clearly(workflow: StationWorkflow, simulator: Simulator) -> None:
    assert workflow.handle_scan("NO-SUCH-ORDER").code == "order_not_found"
    unshippable = simulator.unshippable_order_numbers()[0]
    verdict = workflow.handle_scan(unshippable)
    assert verdict.verdict is Verdict.FAILED
    assert "shipping address" in verdict.message
    assert simulator.labels_created() == 0


def test_paper_out_refuses_before_any_label_is_paid_for(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter
) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[0])
    assert verdict.verdict is Verdict.FAILED
    assert verdict.code == "printer_not_ready"
    assert "out of labels" in verdict.message
    assert verdict.order is not None  # the packer still sees which order it was
    assert simulator.count(*SYNC) == 0


def test_a_lost_label_answer_is_settled_not_repeated(workflow: StationWorkflow, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.RESET, path="/orders/create-label-sync", after_processing=True))
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[3])
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert simulator.count(*SYNC) == 1
    assert simulator.labels_created() == 1
    assert simulator.count("GET", "/parcels/{id}/documents/{type}") == 1


def test_a_failed_print_keeps_the_label_and_reprint_prints_it(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, journal: Journal
) -> None:
    printer.drop_next_after(20)
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[4])
    assert verdict.verdict is Verdict.ATTENTION
    assert verdict.attempt_id is not None
    assert journal.attempt(verdict.attempt_id).stage in (Stage.PRINT_UNCONFIRMED, Stage.FAILED)
    assert [a.id for a in journal.unprinted()] == [verdict.attempt_id]
    reprinted = workflow.reprint(verdict.attempt_id)
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    assert journal.unprinted() == ()
    assert simulator.labels_created() == 1


def test_recovery_after_a_crash_settles_and_keeps_exactly_one_label_for_a_reprint(
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
) -> None:
    number = simulator.shippable_order_numbers()[5]
    # The station crashed after journalling label_requested; Sendcloud had made the label.
    attempt, order = requested_attempt(journal, client, number)
    client.create_label_sync(
        integration_id=order.order_details.integration.id, order_number=number, mime_type="application/zpl"
    )
    [verdict] = workflow.recover()
    assert (verdict.verdict, verdict.code) == (Verdict.ATTENTION, "label_not_printed"), verdict.message
    assert journal.attempt(attempt).reached is Stage.LABEL_SAVED
    assert printer.jobs() == []  # never printed unasked: F5 prints it
    assert verdict.reprint_attempt == attempt
    assert workflow.reprint(attempt).verdict is Verdict.SUCCESS
    assert simulator.labels_created() == 1
    assert len(printer.wait_for_jobs(1, timeout=5)) == 1


def test_malformed_label_bytes_give_a_clear_error_and_the_file_is_kept(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, journal: Journal
) -> None:
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[6])
    assert verdict.verdict is Verdict.SUCCESS
    assert verdict.attempt_id is not None
    assert verdict.label_path is not None
    verdict.label_path.write_bytes(b"^XA^FO50,50^FDcut off")  # the stored file got damaged
    reprinted = workflow.reprint(verdict.attempt_id)
    assert reprinted.verdict is Verdict.ATTENTION
    assert reprinted.code == "label_format_error"
    assert verdict.label_path.read_bytes() == b"^XA^FO50,50^FDcut off"  # nothing deleted or rewritten
    assert len(printer.jobs()) == 1  # the damaged label never reached the printer
    assert simulator.labels_created() == 1
    assert journal.attempt(verdict.attempt_id).stage is Stage.PRINTED  # history is not rewritten


def test_customs_documents_are_fetched_kept_and_printed_after_the_label(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    outside_eu = next(
        o["order_number"]
        for o in simulator.seed_data.orders
        if o["order_number"] in simulator.shippable_order_numbers()
        and (o.get("shipping_address") or {}).get("country_code") in ("GB", "CH")
    )
    verdict = workflow.handle_scan(outside_eu)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    label_job, customs_job = printer.wait_for_jobs(2, timeout=10)
    assert label_job.data.startswith(b"^XA")
    assert b"^GFA" in customs_job.data  # the A4 PDF declaration, rendered for the ZPL printer
    kept = sorted(p.name for p in (tmp_path / "labels").iterdir())
    assert len(kept) == 2
    assert kept[-1].startswith("customs-declaration-")
    assert kept[-1].endswith(".pdf")
    assert simulator.count("GET", "/parcels/{id}/documents/{type}") == 1


def test_a_badge_signs_the_packer_in_and_the_journal_records_who_packed(
    workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    from packstation.settings import PackerSetting

    workflow.settings = workflow.settings.model_copy(
        update={"packers": (PackerSetting(badge_id="A17", name="Sanne"),)}
    )
    assert workflow.handle_scan("BADGE-X99").code == "badge_unknown"
    signed = workflow.handle_scan("BADGE-A17\r")
    assert signed.code == "signed_in"
    assert signed.reference == "Sanne"  # the screen's headline names the packer, not a label
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[7])
    assert verdict.attempt_id is not None
    assert journal.attempt(verdict.attempt_id).packer_name == "Sanne"


DOCUMENT = ("GET", "/parcels/{id}/documents/{type}")


def _label_made_but_never_fetched(
    workflow: StationWorkflow, simulator: Simulator, number: str
) -> ScanVerdict:
    """The label answer's file is not Base64 and the parcel documents endpoint fails: Sendcloud made
    the label (parcel id known) but no file of it reached the station. Then Sendcloud recovers."""
    simulator.faults.add(Fault(FaultKind.BAD_BASE64, path=SYNC[1]))
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=500, times=None))
    verdict = workflow.handle_scan(number)
    simulator.faults.clear()
    # Created, not printed: amber, and F5 reprints it (never a scan for a new one).
    assert (verdict.verdict, verdict.code) == (Verdict.ATTENTION, "label_not_fetched"), verdict.message
    assert verdict.attempt_id is not None
    assert verdict.reprint_attempt == verdict.attempt_id
    attempt = workflow.journal.attempt(verdict.attempt_id)
    assert (attempt.stage, attempt.label_saved_at) == (Stage.FAILED, None)
    assert attempt.parcel_id is not None
    return verdict


def test_a_rescan_of_a_label_made_but_never_fetched_reprints_it_without_a_second_label(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, journal: Journal
) -> None:
    number = simulator.shippable_order_numbers()[8]
    failed = _label_made_but_never_fetched(workflow, simulator, number)
    assert isinstance(workflow.clock, FakeClock)
    workflow.clock.now += 60
    again = workflow.handle_scan(number)
    assert again.code == "already_shipped"
    assert again.reprint_attempt == failed.attempt_id  # what F5 prints next
    assert failed.attempt_id is not None
    reprinted = workflow.reprint(failed.attempt_id)
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    [job] = printer.wait_for_jobs(1, timeout=5)
    after = journal.attempt(failed.attempt_id)
    assert after.stage is Stage.PRINTED
    assert after.label_path is not None
    assert job.data == after.label_path.read_bytes()
    assert simulator.labels_created() == 1
    assert simulator.count(*SYNC) == 1


def test_recovery_leaves_a_label_made_but_never_fetched_to_the_lead_and_it_stays_reprintable(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, journal: Journal
) -> None:
    # Not printed at start-up: recovery fetches and keeps it (Sendcloud answers again) and lists it;
    # a person reprints it (F5, the console, `packstation reprint`).
    failed = _label_made_but_never_fetched(workflow, simulator, simulator.shippable_order_numbers()[9])
    assert failed.attempt_id is not None
    [listed] = workflow.recover()
    assert (listed.code, listed.reprint_attempt) == ("label_not_printed", failed.attempt_id)
    assert printer.jobs() == []
    assert simulator.labels_created() == 1
    assert journal.attempt(failed.attempt_id).reached is Stage.LABEL_SAVED
    reprinted = workflow.reprint(failed.attempt_id)
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    assert len(printer.wait_for_jobs(1, timeout=5)) == 1
    assert journal.attempt(failed.attempt_id).stage is Stage.PRINTED
    assert workflow.recover() == []  # printed once; nothing left to recover
    assert simulator.labels_created() == 1
    assert simulator.count(*SYNC) == 1


def test_a_label_made_but_never_fetched_and_cancelled_since_is_never_printed(
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    number = simulator.shippable_order_numbers()[10]
    failed = _label_made_but_never_fetched(workflow, simulator, number)
    assert failed.attempt_id is not None
    [shipment] = client.find_existing_labels(number)
    client.cancel_shipment(shipment.shipment_id)  # cancelled in Sendcloud's panel meanwhile
    with pytest.raises(PackstationError) as raised:
        workflow.reprint(failed.attempt_id)
    assert raised.value.code == "label_not_live"
    assert printer.jobs() == []
    assert journal.attempt(failed.attempt_id).stage is Stage.FAILED
    assert simulator.labels_created() == 1
