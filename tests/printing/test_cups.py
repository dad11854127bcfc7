"""cups:// against a real, private cupsd (issue 20): a raw queue whose device is
`socket://127.0.0.1:PORT`, the virtual printer, reached by the station's transport (python-escpos'
`CupsPrinter` over the real pycups and libcups). Nothing is faked: a ZPL label must arrive byte for
byte, a TSPL label as a bitmap that decodes and scans. CUPS 2.4's warning that raw queues are
deprecated is tolerated (tests/printing/cupsd.py).

Needs Debian's `cups` and pycups (./dev installs both): a failure in CI if missing, a skip elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.printing import PrinterLanguage, PrinterProfile
from packstation.printing.convert import prepare_print_job
from packstation.printing.printer import LabelPrinter, PrintState
from packstation.printing.tspl import parse_tspl
from packstation.training.labels import render_label
from packstation.training.virtual_printer import VirtualPrinter
from tests.printing import ASCII_CONTENT, CONTENT, read_barcodes
from tests.printing.cupsd import PrivateCupsd

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="CUPS is Linux and macOS")

QUEUE = "packstation_raw"
NATIVE_ZPL = render_label(ASCII_CONTENT, "application/zpl", 203)
PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")
# CUPS hands a job to the socket backend within a fraction of a second; a loaded CI box is slower.
ARRIVAL_S = 20.0


def _require_pycups() -> None:
    if importlib.util.find_spec("cups") is None:
        message = "pycups is not installed (./dev setup installs it with libcups2-dev)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as printer:
        yield printer


@pytest.fixture(scope="module")
def cupsd(virtual: VirtualPrinter) -> Iterator[PrivateCupsd]:
    _require_pycups()
    with PrivateCupsd() as server:
        server.add_raw_queue(QUEUE, f"socket://127.0.0.1:{virtual.port}")
        yield server


@pytest.fixture
def fresh(virtual: VirtualPrinter) -> VirtualPrinter:
    virtual.clear_jobs()
    return virtual


def cups_url(server: PrivateCupsd, queue: str = QUEUE) -> str:
    return f"cups://{queue}?host=127.0.0.1&port={server.port}"


def test_native_zpl_through_cupsd_arrives_byte_for_byte(cupsd: PrivateCupsd, fresh: VirtualPrinter) -> None:
    before = fresh.jobs_received
    profile = PrinterProfile(url=cups_url(cupsd))
    outcome = LabelPrinter(profile).send(prepare_print_job(NATIVE_ZPL, "application/zpl", profile))
    assert outcome.state is PrintState.PRINTED, outcome.reason
    assert "cannot confirm" in outcome.reason  # the queue took it; CUPS cannot say it printed
    [job] = fresh.wait_for_jobs(before + 1, timeout=ARRIVAL_S)[-1:]
    assert job.data == NATIVE_ZPL
    assert read_barcodes(fresh.preview_image(job)) == [ASCII_CONTENT.tracking_number]


def test_a_tspl_bitmap_through_cupsd_decodes_and_scans(cupsd: PrivateCupsd, fresh: VirtualPrinter) -> None:
    before = fresh.jobs_received
    profile = PrinterProfile(url=cups_url(cupsd), language=PrinterLanguage.TSPL, dpi=203)
    job_sent = prepare_print_job(PDF_A6, "application/pdf", profile)
    assert LabelPrinter(profile).send(job_sent).printed
    [job] = fresh.wait_for_jobs(before + 1, timeout=ARRIVAL_S)[-1:]
    assert job.data == job_sent.payload  # raw: CUPS ran no filter over the binary bitmap
    assert parse_tspl(job.data, dpi=203).labels == 1
    assert read_barcodes(fresh.preview_image(job)) == [CONTENT.tracking_number]


def test_an_unknown_queue_is_not_sent(cupsd: PrivateCupsd, fresh: VirtualPrinter) -> None:
    outcome = LabelPrinter(PrinterProfile(url=cups_url(cupsd, "no_such_queue"))).send(b"^XA^XZ\n")
    assert outcome.state is PrintState.NOT_SENT
    assert "Incorrect printer name" in outcome.reason


def test_a_stopped_cupsd_is_unreachable() -> None:
    _require_pycups()
    with PrivateCupsd() as server:
        url = cups_url(server)
    outcome = LabelPrinter(PrinterProfile(url=url, connect_timeout=2)).send(b"^XA^XZ\n")
    assert outcome.state is PrintState.NOT_SENT, outcome.reason


def test_packstation_print_through_cupsd(
    cupsd: PrivateCupsd, fresh: VirtualPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    label = tmp_path / "label.zpl"
    label.write_bytes(NATIVE_ZPL)
    before = fresh.jobs_received
    assert main(["print", str(label), "--printer", cups_url(cupsd)]) == 0
    [job] = fresh.wait_for_jobs(before + 1, timeout=ARRIVAL_S)[-1:]
    assert job.data == NATIVE_ZPL
    out = capsys.readouterr().out
    assert "status     unknown" in out  # a CUPS queue cannot be asked ~HS
