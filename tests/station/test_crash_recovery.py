"""A station killed mid-scan (SIGKILL, a real process) never loses a label and never makes two."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from packstation.journal import Journal, Stage, utc_now
from packstation.sendcloud import http_client
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.station._crashing_station import crash_at, station_workflow

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


def _crash_at(
    stage: Stage, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path, order: str
) -> None:
    crash_at(stage, order, base_url=simulator.base_url, printer_url=printer.url, folder=tmp_path)


def _restarted_station(
    simulator: Simulator,
    printer: VirtualPrinter,
    tmp_path: Path,
    http: httpx.Client,
    journal: Journal,
    *,
    later: timedelta = timedelta(0),
) -> StationWorkflow:
    """The station started again, `later` after now (past the settle window, say)."""
    return station_workflow(
        http,
        journal,
        base_url=simulator.base_url,
        printer_url=printer.url,
        label_store=tmp_path / "labels",
        wall_clock=lambda: utc_now() + later,
    )


@pytest.mark.parametrize("stage", [Stage.LABEL_CREATED, Stage.LABEL_SAVED])
def test_killed_between_label_and_printer_keeps_the_one_label_for_a_reprint(
    stage: Stage, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    """Recovery saves the label and lists it; it never prints unasked (its print may have come out
    already, and nobody may be at the bench for it). One key reprints it."""
    order = simulator.shippable_order_numbers()[0]
    _crash_at(stage, simulator, printer, tmp_path, order)
    assert simulator.labels_created() == 1
    assert printer.jobs() == []
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _restarted_station(simulator, printer, tmp_path, http, journal)
        [listed] = station.recover()
        assert (listed.verdict, listed.code) == (Verdict.ATTENTION, "label_not_printed")
        assert listed.label_path is not None
        assert listed.label_path.exists()
        assert printer.jobs() == []
        assert station.handle_scan(order).code == "already_shipped"  # and a re-scan makes no second
        assert listed.reprint_attempt is not None
        assert station.reprint(listed.reprint_attempt).verdict is Verdict.SUCCESS
    assert simulator.labels_created() == 1
    assert simulator.count("POST", "/orders/create-label-sync") == 1
    assert len(printer.wait_for_jobs(1, timeout=5)) == 1


def test_killed_before_the_label_call_finds_no_label_and_a_rescan_ships_once(
    simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    order = simulator.shippable_order_numbers()[1]
    _crash_at(Stage.LABEL_REQUESTED, simulator, printer, tmp_path, order)
    assert simulator.labels_created() == 0
    with http_client() as http, Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        station = _restarted_station(simulator, printer, tmp_path, http, journal)
        [unknown] = station.recover()  # too soon: Sendcloud may still be making it
        assert (unknown.verdict, unknown.code) == (Verdict.ATTENTION, "outcome_still_unknown")
        assert station.handle_scan(order).code == "outcome_still_unknown"
        later = _restarted_station(simulator, printer, tmp_path, http, journal, later=timedelta(seconds=121))
        [proved] = later.recover()
        assert (proved.verdict, proved.code) == (Verdict.FAILED, "label_not_created")
        assert journal.unsettled() == ()  # settled: Sendcloud has no parcel for it
        station = later
        assert station.handle_scan(order).verdict is Verdict.SUCCESS
    assert simulator.labels_created() == 1
