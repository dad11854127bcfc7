"""Several boxes, one order (issue 18): exactly once per order when the station is killed between
the creation of the parcels and the print of the second box's label (SIGKILL, a real process), or
when the label call's answer is lost. Nothing is printed by recovery; a reprint prints the boxes not
out, and never makes a parcel again."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from packstation.journal import Journal, Stage, utc_now
from packstation.sendcloud import http_client
from packstation.station.boxes import read_boxes_file
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.multicollo import boxes_file, order_with_lines
from tests.station._crashing_station import BOX_1_PRINTED, crash_at, station_workflow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
ASYNC = ("POST", "/orders/create-labels-async")


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


def _station(
    simulator: Simulator,
    printer: VirtualPrinter,
    tmp_path: Path,
    http: httpx.Client,
    journal: Journal,
    *,
    later: timedelta = timedelta(0),
) -> StationWorkflow:
    return station_workflow(
        http,
        journal,
        base_url=simulator.base_url,
        printer_url=printer.url,
        label_store=tmp_path / "labels",
        boxes=True,
        wall_clock=lambda: utc_now() + later,
    )


def test_killed_after_box_1_printed_reprints_only_box_2(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    order = order_with_lines(simulator, 2)
    number = order["order_number"]
    boxes = boxes_file(tmp_path, order, 2)
    crash_at(
        BOX_1_PRINTED,
        number,
        base_url=simulator.base_url,
        printer_url=printer.url,
        folder=tmp_path,
        boxes=boxes,
    )
    [first_print] = printer.wait_for_jobs(1, timeout=5)
    made = simulator.backend.parcels()
    assert len(made) == 2
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _station(simulator, printer, tmp_path, http, journal)
        [listed] = station.recover()
        assert (listed.verdict, listed.code) == (Verdict.ATTENTION, "label_not_printed")
        assert "box 2 did not print" in listed.message
        assert printer.jobs_received == 1  # recovery prints nothing
        # A re-scan makes no second set of labels: the order is shipped, its labels are here.
        assert station.handle_scan(number, boxes=read_boxes_file(boxes)).code == "already_shipped"
        assert listed.reprint_attempt is not None
        again = station.reprint(listed.reprint_attempt)
        assert again.verdict is Verdict.SUCCESS, again.message
        [attempt] = [a for a in journal.attempts() if a.parcel_id is not None]
        assert attempt.stage is Stage.PRINTED
        assert [box.printed for box in journal.boxes(attempt.id)] == [True, True]
        box_2 = journal.boxes(attempt.id)[1]
    jobs = printer.wait_for_jobs(2, timeout=5)
    assert len(jobs) == 2  # box 1 once, then box 2 once: never box 1 twice
    by_id = {parcel.id: parcel for parcel in made}
    assert by_id[box_2.parcel_id].tracking_number.encode() in jobs[1].data
    assert by_id[box_2.parcel_id].tracking_number.encode() not in first_print.data
    assert simulator.count(*ASYNC) == 1


@pytest.mark.parametrize("stage", [Stage.LABEL_CREATED, Stage.LABEL_SAVED])
def test_killed_between_creation_and_the_prints_keeps_every_box_for_a_reprint(
    stage: Stage, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    order = order_with_lines(simulator, 3)
    number = order["order_number"]
    boxes = boxes_file(tmp_path, order, 3)
    crash_at(
        stage, number, base_url=simulator.base_url, printer_url=printer.url, folder=tmp_path, boxes=boxes
    )
    assert printer.jobs() == []
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _station(simulator, printer, tmp_path, http, journal)
        [listed] = station.recover()
        assert listed.code == "label_not_printed"
        assert "boxes 1, 2, 3 did not print" in listed.message
        assert len(listed.parcels) == 3
        assert printer.jobs() == []
        assert listed.reprint_attempt is not None
        assert station.reprint(listed.reprint_attempt).verdict is Verdict.SUCCESS
    assert len(printer.wait_for_jobs(3, timeout=5)) == 3
    assert len(simulator.backend.parcels()) == 3
    assert simulator.count(*ASYNC) == 1


def test_a_lost_answer_is_settled_onto_the_boxes_never_sent_again(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    """The async call's answer is lost after Sendcloud made the parcels: the shipments lookup finds
    the order's one shipment with a parcel per box, and its labels print in box order."""
    order = order_with_lines(simulator, 2)
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, path="/orders/create-labels-async"))
    boxes = read_boxes_file(boxes_file(tmp_path, order, 2))
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _station(simulator, printer, tmp_path, http, journal)
        verdict = station.handle_scan(order["order_number"], boxes=boxes)
        assert verdict.verdict is Verdict.SUCCESS, verdict.message
        [attempt] = journal.attempts()
        assert [e.stage for e in journal.history(attempt.id)][-4:] == [
            Stage.OUTCOME_UNKNOWN,
            Stage.LABEL_CREATED,
            Stage.LABEL_SAVED,
            Stage.PRINTED,
        ]
        assert [box.parcel_id for box in journal.boxes(attempt.id)] == sorted(
            p.id for p in simulator.backend.parcels()
        )
    assert simulator.count(*ASYNC) == 1
    assert len(printer.wait_for_jobs(2, timeout=5)) == 2


def test_a_lost_answer_with_nothing_made_blocks_until_proved(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    order = order_with_lines(simulator, 2)
    simulator.faults.add(Fault(FaultKind.STATUS, path="/orders/create-labels-async", status=504))
    boxes = read_boxes_file(boxes_file(tmp_path, order, 2))
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _station(simulator, printer, tmp_path, http, journal)
        first = station.handle_scan(order["order_number"], boxes=boxes)
        assert first.code == "outcome_still_unknown" or first.verdict is Verdict.SUCCESS, first.message
        if first.verdict is Verdict.SUCCESS:
            pytest.fail("a 504 must not be taken for a made label")
        later = _station(simulator, printer, tmp_path, http, journal, later=timedelta(seconds=121))
        [proved] = later.recover()
        assert proved.code == "label_not_created"
        assert later.handle_scan(order["order_number"], boxes=boxes).verdict is Verdict.SUCCESS
    assert len(simulator.backend.parcels()) == 2
