"""Item verification in the scan flow, over real sockets: simulator, virtual printer, journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from packstation.error_codes import ErrorCode
from packstation.journal import ClaimKind, Journal, Stage
from packstation.sendcloud import SendcloudClient
from packstation.station.packing import VerificationRequiredError
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.barcode_sheet import practice_packing_codes
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.station.conftest import zpl_workflow


def _workflow(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, **settings: Any
) -> StationWorkflow:
    workflow = zpl_workflow(
        client, journal, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None
    )
    workflow.settings = workflow.settings.model_copy(update={"item_verification": "on", **settings})
    return workflow


@pytest.fixture
def workflow(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path
) -> StationWorkflow:
    return _workflow(client, journal, printer, tmp_path)


def _lines(simulator: Simulator, number: str) -> list[dict[str, Any]]:
    [order] = [o for o in simulator.seed_data.orders if o["order_number"] == number]
    return list(order["order_details"]["order_items"])


def _order_with(simulator: Simulator, check: Any) -> str:
    return next(n for n in simulator.shippable_order_numbers() if check(_lines(simulator, n)))


def test_the_label_comes_when_the_last_unit_is_in_the_box(
    workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter, journal: Journal
) -> None:
    number = _order_with(simulator, lambda lines: any(line["quantity"] > 1 for line in lines))
    opened = workflow.handle_scan(number)
    assert opened.verdict is Verdict.PACKING
    assert opened.code == ErrorCode.PACKING_OPEN
    assert opened.checklist is not None
    assert simulator.labels_created() == 0
    assert [c.kind for c, _ in journal.claims()] == [ClaimKind.PACKING]
    verdicts = []
    for line in _lines(simulator, number):
        for _ in range(line["quantity"]):
            verdicts.append(workflow.handle_scan(line["ean"]))  # the same EAN twice: both count
    assert [v.code for v in verdicts[:-1]] == [ErrorCode.ITEM_PACKED] * (len(verdicts) - 1)
    assert verdicts[-1].verdict is Verdict.SUCCESS, verdicts[-1].message
    assert simulator.labels_created() == 1
    assert len(printer.wait_for_jobs(1)) == 1
    assert workflow.open_order is None
    assert opened.attempt_id is not None
    records = journal.item_scans(opened.attempt_id)
    assert [r.outcome for r in records] == ["packed"] * len(verdicts)
    assert journal.attempt(opened.attempt_id).stage is Stage.PRINTED


def test_wrong_over_and_unreadable_scans_are_red_and_count_nothing(
    workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    number = _order_with(simulator, lambda lines: len(lines) >= 2)
    first, second = _lines(simulator, number)[:2]
    other = next(
        line["ean"]
        for n in simulator.shippable_order_numbers()
        for line in _lines(simulator, n)
        if line["ean"] not in {item["ean"] for item in _lines(simulator, number)}
    )
    opened = workflow.handle_scan(number)
    assert opened.checklist is not None
    wrong = workflow.handle_scan(other)
    assert (wrong.verdict, wrong.code) == (Verdict.FAILED, ErrorCode.ITEM_NOT_IN_ORDER)
    over = workflow.handle_scan(f"+{first['quantity'] + 1}{first['sku']}")
    assert over.code == ErrorCode.ITEM_OVER_SCAN
    unreadable = workflow.handle_scan(second["ean"][:-1] + str((int(second["ean"][-1]) + 1) % 10))
    assert unreadable.code == ErrorCode.ITEM_UNREADABLE
    assert unreadable.checklist is not None
    assert unreadable.checklist.remaining == opened.checklist.remaining
    assert simulator.labels_created() == 0
    assert workflow.open_order is not None  # the order stays open
    assert opened.attempt_id is not None
    assert [r.outcome for r in journal.item_scans(opened.attempt_id)] == [
        "not_in_order",
        "over_scan",
        "unreadable",
    ]


def test_another_order_parks_the_first_and_scanning_it_again_resumes_it(
    workflow: StationWorkflow, simulator: Simulator
) -> None:
    first, second = [n for n in simulator.shippable_order_numbers() if len(_lines(simulator, n)) >= 2][:2]
    workflow.handle_scan(first)
    workflow.handle_scan(_lines(simulator, first)[0]["sku"])  # one unit in
    opened_second = workflow.handle_scan(second)
    assert opened_second.verdict is Verdict.PACKING
    assert opened_second.checklist is not None
    assert opened_second.checklist.parked == (first,)

    resumed = workflow.handle_scan(first)

    assert resumed.checklist is not None
    assert resumed.checklist.order_number == first
    assert resumed.checklist.lines[0].packed == 1  # progress kept
    assert simulator.labels_created() == 0


def test_a_parked_order_survives_a_restart(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    number = _order_with(simulator, lambda lines: len(lines) >= 2)
    before = _workflow(client, journal, printer, tmp_path)
    before.handle_scan(number)
    before.handle_scan(_lines(simulator, number)[0]["ean"])
    after = _workflow(client, journal, printer, tmp_path)  # a new session on the same journal

    resumed = after.handle_scan(number)

    assert resumed.checklist is not None
    assert resumed.checklist.lines[0].packed == 1


def test_skipping_is_journalled_and_required_mode_refuses_it(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    numbers = simulator.shippable_order_numbers()
    on = _workflow(client, journal, printer, tmp_path)
    opened = on.handle_scan(numbers[0])
    shipped = on.skip_verification()
    assert shipped.verdict is Verdict.SUCCESS
    assert opened.attempt_id is not None
    assert [r.outcome for r in journal.item_scans(opened.attempt_id)] == ["skipped"]

    required = _workflow(client, journal, printer, tmp_path, item_verification="required")
    required.handle_scan(numbers[1])
    with pytest.raises(VerificationRequiredError):
        required.skip_verification()
    forced = required.force_complete("Sam", "scanner broken")
    assert forced.verdict is Verdict.SUCCESS
    assert any(
        entry.action == "force_complete" and "scanner broken" in entry.detail for entry in journal.audit_log()
    )
    assert simulator.labels_created() == 2


def test_abandoning_frees_the_order_and_leaves_a_failure_for_the_lead(
    workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    number = simulator.shippable_order_numbers()[0]
    opened = workflow.handle_scan(number)
    abandoned = workflow.abandon()
    assert abandoned.code == ErrorCode.PACKING_ABANDONED
    assert opened.attempt_id is not None
    assert journal.attempt(opened.attempt_id).stage is Stage.FAILED
    assert journal.claims() == ()
    assert workflow.handle_scan(number).verdict is Verdict.PACKING  # free to pack again


def test_an_order_barcode_prefix_settles_a_number_that_looks_like_a_product(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    workflow = _workflow(client, journal, printer, tmp_path, order_barcode_prefix="#")
    first, second = simulator.shippable_order_numbers()[:2]
    workflow.handle_scan(f"#{first}")
    assert workflow.open_order is not None
    parked = workflow.handle_scan(f"#{second}")
    assert parked.checklist is not None
    assert parked.checklist.order_number == second


def test_verification_off_is_todays_flow(workflow: StationWorkflow, simulator: Simulator) -> None:
    workflow.settings = workflow.settings.model_copy(update={"item_verification": "off"})
    assert workflow.handle_scan(simulator.shippable_order_numbers()[0]).verdict is Verdict.SUCCESS


def test_the_practice_sheet_packs_its_orders_and_its_wrong_item_is_refused(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, simulator: Simulator, tmp_path: Path
) -> None:
    """What a trainee scans from the sheet's item section, in its order: every order ships at its
    last item (the meals by their case code), and the wrong item ticks nothing."""
    seed = simulator.seed_data
    workflow = _workflow(client, journal, printer, tmp_path, case_barcodes=seed.case_barcodes)
    codes = practice_packing_codes(seed, simulator.shippable_order_numbers())
    orders = [code.data for code in codes if code.caption == "the order: scan it first"]
    assert len(orders) == 3
    wrong = codes[-1]
    assert wrong.caption.startswith("wrong item")
    on_sheet = {code.data for code in codes}
    assert any(code in on_sheet for code in seed.case_barcodes)
    assert any(not code.data[0].isdigit() and code.data not in orders for code in codes)  # a SKU
    for number in orders:
        assert workflow.handle_scan(number).verdict is Verdict.PACKING
        refused = workflow.handle_scan(wrong.data)
        assert refused.code == ErrorCode.ITEM_NOT_IN_ORDER
        scans: list[str] = []
        for line in _lines(simulator, number):
            case = next((c for c in seed.case_barcodes if line.get("ean", "")[:12] == c[1:13]), None)
            if case is not None:
                assert case in on_sheet
                scans += [case] * (line["quantity"] // seed.case_barcodes[case])
            else:
                code = line.get("ean") or line["sku"]
                assert code in on_sheet
                scans += [code] * line["quantity"]
        verdicts = [workflow.handle_scan(scan) for scan in scans]
        assert verdicts[-1].verdict is Verdict.SUCCESS, verdicts[-1].message
        assert {v.code for v in verdicts[:-1]} <= {ErrorCode.ITEM_PACKED}
    assert simulator.labels_created() == len(orders)
