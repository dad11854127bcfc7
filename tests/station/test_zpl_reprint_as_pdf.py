"""A native ZPL label reprinted on a printer that does not speak ZPL (issue 20): the station says so,
offers a PDF of the same parcel from Sendcloud's parcel documents, and prints that. Never a new
label. Over real sockets: the simulator, a TSPL virtual printer, the journal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from packstation.cli.main import build_parser
from packstation.error_codes import ErrorCode
from packstation.journal import Journal
from packstation.printing import PrinterProfile
from packstation.printing.printer import LabelPrinter
from packstation.sendcloud import SendcloudClient
from packstation.station.workflow import ScanVerdict, StationWorkflow, Verdict
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.printing import read_barcodes
from tests.station.conftest import zpl_workflow

Station = Callable[[str], tuple[StationWorkflow, ScanVerdict]]


@pytest.fixture
def zpl_label_elsewhere(
    client: SendcloudClient, journal: Journal, simulator: Simulator, printer: VirtualPrinter, tmp_path: Path
) -> Station:
    """A ZPL station makes and prints a label; then its printer is one speaking `language`."""

    def make(language: str) -> tuple[StationWorkflow, ScanVerdict]:
        return _zpl_label_then_another_printer(
            client, journal, simulator, printer, tmp_path, language=language
        )

    return make


def _zpl_label_then_another_printer(
    client: SendcloudClient,
    journal: Journal,
    simulator: Simulator,
    printer: VirtualPrinter,
    tmp_path: Path,
    *,
    language: str,
) -> tuple[StationWorkflow, ScanVerdict]:
    workflow = zpl_workflow(
        client, journal, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None
    )
    made = workflow.handle_scan(simulator.shippable_order_numbers()[0])
    assert made.verdict is Verdict.SUCCESS, made.message
    printer.wait_for_jobs(1)
    # The station's printer is now (or this is another station with) a printer without ZPL.
    workflow.printer = LabelPrinter(PrinterProfile(url=printer.url, language=language, status_timeout=0.5))
    return workflow, made


@pytest.mark.parametrize("language", ["tspl", "epl2", "escpos"])
def test_a_zpl_label_on_another_printer_is_reprinted_from_a_pdf_of_the_same_parcel(
    zpl_label_elsewhere: Station,
    journal: Journal,
    simulator: Simulator,
    printer: VirtualPrinter,
    language: str,
) -> None:
    workflow, made = zpl_label_elsewhere(language)
    assert made.attempt_id is not None
    refused = workflow.reprint(made.attempt_id)
    assert (refused.verdict, refused.code) == (Verdict.FAILED, ErrorCode.ZPL_LABEL_NEEDS_PDF)
    name = {"tspl": "TSPL", "epl2": "EPL2", "escpos": "ESC/POS"}[language]
    assert f"which this {name} printer cannot print" in refused.message
    assert "Press F5 again" in refused.message
    assert "No new label is made" in refused.message
    assert printer.jobs_received == 1  # nothing was sent

    # A carrier without native ZPL: Sendcloud made the ZPL itself and can make a PDF of the parcel.
    [parcel] = simulator.backend.parcels()
    parcel.native_mime_type = None
    reprinted = workflow.reprint(made.attempt_id, as_pdf=True)
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    assert reprinted.code == ErrorCode.REPRINTED
    [_, job] = printer.wait_for_jobs(2)
    assert job.language == language
    assert read_barcodes(printer.preview_image(job).crop((0, 0, 812, 1218))) == [made.tracking_number]
    assert simulator.labels_created() == 1  # the same parcel, never a second label
    assert journal.attempt(made.attempt_id).print_count == 2


def test_a_native_zpl_label_has_no_pdf_and_the_station_says_so(
    zpl_label_elsewhere: Station, simulator: Simulator, printer: VirtualPrinter
) -> None:
    """Sendcloud: a label the carrier made as native ZPL "will always be returned in ZPL"."""
    workflow, made = zpl_label_elsewhere("tspl")
    assert made.attempt_id is not None
    answer = workflow.reprint(made.attempt_id, as_pdf=True)
    assert (answer.verdict, answer.code) == (Verdict.FAILED, ErrorCode.ZPL_LABEL_NEEDS_PDF)
    assert "only as application/zpl" in answer.message
    assert "Print it on a ZPL (Zebra) printer" in answer.message
    assert printer.jobs_received == 1
    assert simulator.labels_created() == 1


def test_reprint_takes_as_pdf_on_the_command_line() -> None:
    args = build_parser().parse_args(["reprint", "WEB-1", "--as-pdf"])
    assert args.as_pdf is True
