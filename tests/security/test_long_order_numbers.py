"""Item 7: a long order number (Sendcloud allows 255) must not lose a paid label.

The file name used to be the whole order number: ~230 characters and more made a name the file
system refuses, so the label was bought, could not be saved, a raw `OSError` escaped the scan, and
every start-up recovery stopped at that attempt. Over the simulator (an order upserted through its
API with a 255-character number) and a virtual printer; a save that fails is a label folder that
is not a folder (root ignores a read-only mode, and CI runs as root).
"""

from __future__ import annotations

import copy
from pathlib import Path

import httpx

from packstation.error_codes import ErrorCode
from packstation.journal import Journal, Stage
from packstation.sendcloud import SendcloudClient
from packstation.station.label_store import MAX_ORDER_CHARS, label_file_name
from packstation.station.verdicts import Verdict
from packstation.station.workflow import StationWorkflow
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.station.conftest import zpl_workflow

LONG_NUMBER = "LONG-" + "1234567890" * 25  # 255 characters, Sendcloud's maximum
LABEL_CALL = ("POST", "/orders/create-label-sync")
DOCUMENT_CALL = ("GET", "/parcels/{id}/documents/{type}")


def _upsert(simulator: Simulator, order_id: str, number: str) -> str:
    """A copy of a shippable seeded order under a new id and number, through the simulator's API."""
    template = next(
        order
        for order in simulator.seed_data.orders
        if order["order_number"] == simulator.shippable_order_numbers()[0]
    )
    order = copy.deepcopy(template)
    for read_only in ("id", "created_at", "modified_at"):
        order.pop(read_only, None)
    order["order_id"], order["order_number"] = order_id, number
    with httpx.Client(trust_env=False, auth=(TEST_PUBLIC_KEY, TEST_SECRET_KEY)) as raw:
        raw.post(f"{simulator.base_url}/orders", json=[order]).raise_for_status()
    return number


def _workflow(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, labels: Path
) -> StationWorkflow:
    return zpl_workflow(client, journal, printer, labels, emit=lambda _event: None, sleep=lambda _s: None)


def test_a_255_character_order_number_ships_saves_and_reprints(
    simulator: Simulator, client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path
) -> None:
    number = _upsert(simulator, "LONG-ORDER-1", LONG_NUMBER)
    workflow = _workflow(client, journal, printer, tmp_path / "labels")
    verdict = workflow.handle_scan(number)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.label_path is not None
    assert verdict.label_path.is_file()
    assert len(verdict.label_path.name) < 120
    assert verdict.label_path.name.startswith(LONG_NUMBER[:MAX_ORDER_CHARS])
    assert verdict.attempt_id is not None
    reprinted = workflow.reprint(verdict.attempt_id)
    assert reprinted.code is ErrorCode.REPRINTED, reprinted.message
    assert len(printer.wait_for_jobs(2)) == 2
    assert simulator.count(*LABEL_CALL) == 1


def test_long_numbers_that_start_alike_never_share_a_file() -> None:
    first = label_file_name(LONG_NUMBER, 7, "application/pdf")
    second = label_file_name(LONG_NUMBER[:-1] + "X", 7, "application/pdf")
    assert first != second
    assert len(first.encode()) <= 255 - len(".tmp") - 20  # room for the atomic write's temporary name
    assert label_file_name("SHOP-3127", 7, "application/pdf") == "SHOP-3127-7.pdf"  # short ones as before


def test_a_label_the_disk_refuses_is_kept_reprintable_and_recovery_goes_on(
    simulator: Simulator, client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path
) -> None:
    labels = tmp_path / "labels"
    labels.write_text("not a folder")  # the label store cannot hold a file: every save fails
    workflow = _workflow(client, journal, printer, labels)
    numbers = [_upsert(simulator, "LONG-ORDER-2", LONG_NUMBER), simulator.shippable_order_numbers()[1]]
    verdicts = [workflow.handle_scan(number) for number in numbers]
    for verdict in verdicts:
        assert verdict.verdict is Verdict.ATTENTION
        assert verdict.code is ErrorCode.LABEL_NOT_SAVED
        assert "could not be saved" in verdict.message
        assert "reprint" in verdict.message
        assert verdict.reprint_attempt == verdict.attempt_id
        assert verdict.attempt_id is not None
        attempt = journal.attempt(verdict.attempt_id)
        assert attempt.parcel_id is not None
        assert (attempt.stage, attempt.reached) == (Stage.FAILED, Stage.LABEL_CREATED)
    assert simulator.count(*LABEL_CALL) == 2

    # Start-up recovery with the folder still broken: each attempt is listed, none stops the rest.
    recovered = workflow.recover()
    assert [verdict.code for verdict in recovered] == [ErrorCode.LABEL_NOT_SAVED] * 2

    # The folder fixed: recovery saves both from Sendcloud's parcel documents, then F5 prints.
    labels.unlink()
    labels.mkdir()
    recovered = workflow.recover()
    assert [verdict.code for verdict in recovered] == [ErrorCode.LABEL_NOT_PRINTED] * 2
    assert len(list(labels.iterdir())) == 2
    assert simulator.count(*DOCUMENT_CALL) >= 2
    for verdict in verdicts:
        assert verdict.attempt_id is not None
        assert workflow.reprint(verdict.attempt_id).code is ErrorCode.REPRINTED
    assert len(printer.wait_for_jobs(2)) == 2
    assert simulator.count(*LABEL_CALL) == 2  # never a new label
