"""Copies (issue 20): a printer profile's copies are journalled with the print, apart from reprints."""

from __future__ import annotations

from pathlib import Path

from packstation.journal import Journal
from packstation.printing.printer import LabelPrinter
from packstation.sendcloud import SendcloudClient
from packstation.station.workflow import Verdict
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.station.conftest import zpl_workflow


def test_copies_are_journalled_apart_from_reprints(
    client: SendcloudClient, journal: Journal, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> None:
    workflow = zpl_workflow(
        client, journal, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None
    )
    assert workflow.printer is not None
    workflow.printer = LabelPrinter(workflow.printer.profile.model_copy(update={"copies": 2}))
    verdict = workflow.handle_scan(simulator.shippable_order_numbers()[0])
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.attempt_id is not None
    attempt = journal.attempt(verdict.attempt_id)
    assert (attempt.print_count, attempt.print_copies) == (1, 2)  # one print, two labels: no reprint
    assert printer.labels_printed() == 2
