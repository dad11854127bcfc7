"""serial:// for real (issue 20): the station's side is pyserial (through python-escpos' `Serial`, as
in production), the printer's side the virtual printer reading the other end of a pseudo-terminal
pair. Printing, ~HS / ~HI (new over serial) and TSPL's <ESC>!? are all exercised; nothing is faked.

POSIX only (a pseudo-terminal); CI runs on Linux, so these never skip there.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

import pytest

from packstation.cli import main
from packstation.printing import PrinterLanguage, PrinterProfile
from packstation.printing.convert import prepare_print_job
from packstation.printing.errors import PrinterNotReadyError
from packstation.printing.printer import LabelPrinter, PrintState
from packstation.printing.status import StatusSource
from packstation.training.labels import render_label
from packstation.training.virtual_printer import PrinterState, VirtualPrinter, VirtualPrinterConfig
from tests.printing import ASCII_CONTENT, CONTENT, read_barcodes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")

PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")
NATIVE_ZPL = render_label(ASCII_CONTENT, "application/zpl", 203)


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter(VirtualPrinterConfig(serial_idle_seconds=0.05)) as printer:
        yield printer


def serial_profile(
    path: str, language: PrinterLanguage = PrinterLanguage.ZPL, **fields: object
) -> PrinterProfile:
    return PrinterProfile.model_validate(
        {"url": f"serial://{path}?baudrate=115200", "language": language, "status_timeout": 0.5, **fields}
    )


def test_native_zpl_over_serial_arrives_byte_for_byte_and_is_confirmed(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(serial_profile(virtual.serve_serial()))
    assert printer.can_query
    outcome = printer.send(prepare_print_job(NATIVE_ZPL, "application/zpl", printer.profile))
    assert outcome.state is PrintState.PRINTED, outcome.reason
    assert "reports ready" in outcome.reason  # ~HS on the line, after the job
    [job] = virtual.wait_for_jobs(1)
    assert job.data == NATIVE_ZPL
    assert job.connection_id == 0
    assert virtual.status_queries == 1
    assert read_barcodes(virtual.preview_image(job)) == [ASCII_CONTENT.tracking_number]


def test_zpl_status_and_identity_over_serial(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(serial_profile(virtual.serve_serial()))
    status = printer.status()
    assert (status.source, status.ready) == (StatusSource.REPORTED, True)
    identity = printer.identify()
    assert (identity.model, identity.dpi) == ("ZD421-203dpi", 203)
    virtual.set_state(PrinterState.HEAD_OPEN)
    with pytest.raises(PrinterNotReadyError, match="print head is open"):
        printer.ensure_ready()
    assert virtual.jobs() == []  # queries alone make no job


@pytest.mark.parametrize("language", [PrinterLanguage.TSPL, PrinterLanguage.EPL2])
def test_a_pdf_label_over_serial_scans(virtual: VirtualPrinter, language: PrinterLanguage) -> None:
    printer = LabelPrinter(serial_profile(virtual.serve_serial(), language))
    outcome = printer.send(prepare_print_job(PDF_A6, "application/pdf", printer.profile))
    assert outcome.state is PrintState.PRINTED, outcome.reason
    [job] = virtual.wait_for_jobs(1)
    assert job.language == language.value
    assert read_barcodes(virtual.preview_image(job)) == [CONTENT.tracking_number]


def test_tspl_status_over_serial(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(serial_profile(virtual.serve_serial(), PrinterLanguage.TSPL))
    assert printer.status().ready
    virtual.set_state(PrinterState.PAPER_OUT)
    status = printer.status()
    assert (status.ready, status.paper_out) == (False, True)
    assert status.reasons == ("the printer is out of labels: load a new roll",)
    assert virtual.tspl_status_queries == 2


def test_a_silent_printer_on_the_line_is_not_ready_within_the_read_timeout() -> None:
    config = VirtualPrinterConfig(silent_when_faulted=True, state=PrinterState.PAPER_OUT)
    with VirtualPrinter(config) as virtual:
        printer = LabelPrinter(serial_profile(virtual.serve_serial(), status_timeout=0.3))
        started = time.monotonic()
        status = printer.status()
    assert time.monotonic() - started < 2
    assert status.source is StatusSource.NO_ANSWER
    assert "did not answer" in status.summary


def test_printer_status_command_over_serial(
    virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"serial://{virtual.serve_serial()}"
    assert main(["printer-status", url, "--timeout", "0.5"]) == 0
    out = capsys.readouterr().out
    assert "resolution 203 dpi (8 dots/mm)" in out
    assert "status     ready" in out
    virtual.set_state(PrinterState.PAUSED)
    assert main(["printer-status", url, "--language", "tspl", "--timeout", "0.5"]) == 6
    assert "paused" in capsys.readouterr().err


def test_test_print_over_serial_asks_the_resolution(
    virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["test-print", "--printer", f"serial://{virtual.serve_serial()}", "--timeout", "0.5"]) == 0
    [job] = virtual.wait_for_jobs(1)
    assert b"^GFA" in job.data
    assert virtual.info_queries == 1
    assert "Printed the test label" in capsys.readouterr().out
