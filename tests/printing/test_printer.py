"""`LabelPrinter` against the virtual Zebra over real loopback TCP, with 0.2 s timeouts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packstation.printing.errors import (
    PrinterBusyError,
    PrinterNotReadyError,
    PrinterResolutionMismatchError,
    PrinterStatusUnknownError,
    PrinterUnreachableError,
)
from packstation.printing.printer import LabelPrinter, PrintState, printer_lock
from packstation.printing.profile import PrinterLanguage, PrinterProfile
from packstation.printing.status import StatusSource
from packstation.training.virtual_printer import PrinterState, VirtualPrinter, VirtualPrinterConfig

LABEL = b"^XA^FO50,50^A0N,40^FDHello^FS^XZ\n"


@dataclass(frozen=True)
class Job:  # the shape of convert.PrintJob that send() relies on
    payload: bytes
    description: str = "test label"


def profile_for(url: str, **overrides: object) -> PrinterProfile:
    fields: dict[str, object] = {
        "url": url,
        "connect_timeout": 0.2,
        "write_timeout": 0.2,
        "status_timeout": 0.2,
        **overrides,
    }
    return PrinterProfile.model_validate(fields)


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as printer:
        yield printer


@pytest.fixture
def printer(virtual: VirtualPrinter) -> LabelPrinter:
    return LabelPrinter(profile_for(virtual.url))


def test_identify_reads_the_head_resolution() -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300, model="ZD421-300dpi")) as virtual:
        identity = LabelPrinter(profile_for(virtual.url)).identify()
    assert (identity.model, identity.dpmm, identity.dpi) == ("ZD421-300dpi", 12, 300)


def test_verify_resolution_refuses_a_wrong_profile() -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300)) as virtual:
        assert LabelPrinter(profile_for(virtual.url, dpi=300)).verify_resolution().dpi == 300
        with pytest.raises(PrinterResolutionMismatchError, match="prints at 300 dpi") as caught:
            LabelPrinter(profile_for(virtual.url, dpi=203)).verify_resolution()
    assert (caught.value.profile_dpi, caught.value.printer_dpi) == (203, 300)


def test_identify_without_answer(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.hang_next(5)
    with pytest.raises(PrinterStatusUnknownError, match="did not say what it is"):
        printer.identify()


def test_ready_printer(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    status = printer.ensure_ready()
    assert status.ready
    assert virtual.status_queries == 1
    assert virtual.jobs() == []


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (PrinterState.PAPER_OUT, "out of labels"),
        (PrinterState.RIBBON_OUT, "out of ribbon"),
        (PrinterState.HEAD_OPEN, "head is open"),
        (PrinterState.PAUSED, "paused"),
    ],
)
def test_not_ready_is_refused_in_plain_words(
    printer: LabelPrinter, virtual: VirtualPrinter, state: PrinterState, words: str
) -> None:
    virtual.set_state(state)
    with pytest.raises(PrinterNotReadyError) as caught:
        printer.ensure_ready()
    assert caught.value.code == "printer_not_ready"
    assert words in caught.value.message
    assert caught.value.status is not None
    assert not caught.value.status.ready
    assert virtual.jobs() == []  # nothing was sent: no label


def test_silent_printer_counts_as_not_ready() -> None:
    config = VirtualPrinterConfig(state=PrinterState.PAPER_OUT, silent_when_faulted=True)
    with VirtualPrinter(config) as virtual:
        printer = LabelPrinter(profile_for(virtual.url))
        started = time.monotonic()
        with pytest.raises(PrinterNotReadyError, match="did not answer a status request"):
            printer.ensure_ready()
    assert time.monotonic() - started < 1


def test_hanging_printer_is_not_ready_quickly(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.hang_next(5)
    started = time.monotonic()
    status = printer.status()
    assert status.source is StatusSource.NO_ANSWER
    assert not status.ready
    assert time.monotonic() - started < 1
    virtual.hang_next(5)
    with pytest.raises(PrinterNotReadyError):
        printer.ensure_ready()


def test_refused_is_unreachable_and_not_ready(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.refuse_connections(True)
    with pytest.raises(PrinterUnreachableError, match="refused") as caught:
        printer.ensure_ready()
    assert isinstance(caught.value, PrinterNotReadyError)  # one clause guards label creation
    assert caught.value.code == "printer_unreachable"


def test_send_prints_and_confirms(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    outcome = printer.send(Job(LABEL))
    assert outcome.state is PrintState.PRINTED
    assert outcome.printed
    assert outcome.bytes_sent == outcome.job_bytes == len(LABEL)  # the ~HS after it is not counted
    assert outcome.status_after is not None
    assert outcome.status_after.ready
    [job] = virtual.wait_for_jobs(1)
    assert job.data == LABEL  # byte for byte, the confirming ~HS is not part of the job
    assert job.printed


def test_send_raw_bytes_without_confirmation(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(profile_for(virtual.url), confirm_after_send=False)
    outcome = printer.send(LABEL)
    assert outcome.state is PrintState.PRINTED
    assert virtual.status_queries == 0


def test_paused_after_send_is_unconfirmed(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.set_state(PrinterState.PAUSED)
    outcome = printer.send(Job(LABEL))
    assert outcome.state is PrintState.SENT_UNCONFIRMED
    assert "paused" in outcome.reason
    assert "before reprinting" in outcome.reason
    assert not virtual.wait_for_jobs(1)[0].printed


@pytest.mark.parametrize(
    ("language", "confirm"),
    [("zpl", True), ("zpl", False), ("escpos", True)],
    ids=["ZPL confirmed by ~HS", "ZPL unconfirmed", "ESC/POS (cannot be asked)"],
)
def test_a_reset_mid_job_is_never_reported_as_taken(
    virtual: VirtualPrinter, language: str, confirm: bool
) -> None:
    """The printer reads 20 bytes of the job, then resets the connection (SO_LINGER 0). The job is
    small enough for the kernel to take whole, so the send itself succeeds: only what follows tells."""
    virtual.drop_next_after(20)
    printer = LabelPrinter(profile_for(virtual.url, language=language), confirm_after_send=confirm)
    job = b"^XA" + b"0" * 5000 + b"^XZ"
    outcome = printer.send(Job(job))
    assert outcome.state is PrintState.SENT_UNCONFIRMED
    assert "took" not in outcome.reason
    assert outcome.bytes_sent == len(job)  # what the kernel took, all of it; not the ~HS after it
    assert f"{len(job)} bytes" in outcome.reason
    [received] = virtual.wait_for_jobs(1)
    assert (len(received.data), received.complete) == (20, False)


def test_big_job_dropped_mid_send_is_sent_unconfirmed(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(profile_for(virtual.url, write_timeout=2.0))
    virtual.drop_next_after(1000)
    outcome = printer.send(Job(b"^XA" + b"0" * 30_000_000 + b"^XZ"))
    assert outcome.state is PrintState.SENT_UNCONFIRMED
    assert 0 < outcome.bytes_sent < outcome.job_bytes


def test_hang_during_send_is_unconfirmed_and_quick(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.hang_next(5)
    started = time.monotonic()
    outcome = printer.send(Job(LABEL))
    assert time.monotonic() - started < 1
    assert outcome.state is PrintState.SENT_UNCONFIRMED  # it may still print when the printer wakes


def test_refused_send_is_not_sent(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    virtual.refuse_connections(True)
    outcome = printer.send(Job(LABEL))
    assert outcome.state is PrintState.NOT_SENT
    assert outcome.bytes_sent == 0
    assert "refused" in outcome.reason
    assert not outcome.reason.endswith(".")  # a clause: whoever shows it ends the sentence


def test_one_connection_at_a_time(printer: LabelPrinter, virtual: VirtualPrinter) -> None:
    lock = printer_lock(virtual.url)
    assert lock is printer_lock(virtual.url.replace("127.0.0.1", "127.0.0.1"))
    busy = LabelPrinter(printer.profile, lock_timeout=0.05)
    with lock:
        assert busy.send(Job(LABEL)).state is PrintState.NOT_SENT
        with pytest.raises(PrinterBusyError):
            busy.status()
    assert virtual.connections == 0
    outcomes = []
    threads = [threading.Thread(target=lambda: outcomes.append(printer.send(Job(LABEL)))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [o.state for o in outcomes] == [PrintState.PRINTED] * 4
    assert len(virtual.wait_for_jobs(4)) == 4


def test_file_printer_status_is_unknown_and_sends(tmp_path: Path) -> None:
    target = tmp_path / "out.zpl"
    printer = LabelPrinter(profile_for(f"file://{target}"))
    status = printer.ensure_ready()  # not refused: nothing can be checked, and it says so
    assert status.source is StatusSource.UNSUPPORTED
    assert "status unknown" in status.summary
    with pytest.raises(PrinterStatusUnknownError, match="resolution unknown"):
        printer.identify()
    outcome = printer.send(Job(LABEL))
    assert outcome.state is PrintState.PRINTED
    assert "cannot confirm" in outcome.reason
    assert target.read_bytes() == LABEL


def test_escpos_printer_on_tcp_is_not_asked(virtual: VirtualPrinter) -> None:
    printer = LabelPrinter(profile_for(virtual.url, language=PrinterLanguage.ESCPOS))
    assert printer.status().source is StatusSource.UNSUPPORTED
    assert printer.send(b"\x1b@").state is PrintState.PRINTED
    assert virtual.status_queries == 0


def test_unavailable_transport_is_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from packstation.printing.transports import escpos_printer_module

    monkeypatch.setattr(sys.modules[escpos_printer_module().Serial.__module__], "_DEP_PYSERIAL", False)
    outcome = LabelPrinter(profile_for("serial:///dev/ttyUSB0")).send(Job(LABEL))
    assert outcome.state is PrintState.NOT_SENT
    assert "pyserial" in outcome.reason
    assert not outcome.reason.endswith(".")
