"""~HS / ~HI parsing (notes §3.5), including the exact bytes the virtual printer sends."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.printing.status import (
    PrinterStatus,
    StatusParseError,
    StatusSource,
    complete_frames,
    dpi_from_dpmm,
    parse_host_identification,
    parse_host_status,
    split_frames,
)
from packstation.training.virtual_printer import PrinterState, VirtualPrinter, VirtualPrinterConfig

OK1 = "030,0,0,1218,000,0,0,0,000,0,0,0"
OK2 = "001,0,0,0,1,2,6,0,00000000,1,000"
READY = (
    b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)


def hs(first: str, second: str) -> bytes:
    return b"\x02" + first.encode() + b"\x03\r\n\x02" + second.encode() + b"\x03\r\n\x021234,0\x03\r\n"


def test_ready_printer() -> None:
    status = parse_host_status(READY)
    assert status.ready
    assert status.known
    assert status.source is StatusSource.REPORTED
    assert status.reasons == ()
    assert status.summary == "ready"
    assert status.label_length_dots == 1218
    assert status.thermal_transfer is True
    assert status.print_mode == "tear-off"
    assert status.raw == READY


@pytest.mark.parametrize(
    ("first", "second", "flag", "words"),
    [
        ("030,1,0,1218,000,0,0,0,000,0,0,0", OK2, "paper_out", "out of labels"),
        ("030,0,1,1218,000,0,0,0,000,0,0,0", OK2, "paused", "paused"),
        (OK1, "001,0,1,0,1,2,6,0,00000000,1,000", "head_open", "head is open"),
        (OK1, "001,0,0,1,1,2,6,0,00000000,1,000", "ribbon_out", "out of ribbon"),
        ("030,0,0,1218,000,1,0,0,000,0,0,0", OK2, "buffer_full", "memory is full"),
        ("030,0,0,1218,000,0,0,0,000,0,0,1", OK2, "over_temperature", "too hot"),
    ],
)
def test_each_blocking_condition_has_plain_words(first: str, second: str, flag: str, words: str) -> None:
    status = parse_host_status(hs(first, second))
    assert getattr(status, flag) is True
    assert not status.ready
    assert len(status.reasons) == 1
    assert words in status.reasons[0]
    assert words in status.summary


def test_warnings_do_not_block() -> None:
    status = parse_host_status(hs("030,0,0,1218,002,0,0,1,000,1,1,0", "001,0,0,0,0,1,6,0,00000005,1,000"))
    assert status.ready
    assert status.formats_in_buffer == 2
    assert status.partial_format
    assert status.under_temperature
    assert status.corrupt_ram
    assert status.labels_remaining == 5
    assert status.thermal_transfer is False
    assert status.print_mode == "peel-off"
    assert len(status.warnings) == 4
    assert "2 earlier label(s)" in status.warnings[0]


def test_several_reasons_head_first() -> None:
    status = parse_host_status(hs("030,1,1,1218,000,0,0,0,000,0,0,0", "001,0,1,0,1,2,6,0,00000000,1,000"))
    assert status.reasons[0].startswith("the print head is open")
    assert len(status.reasons) == 3


@pytest.mark.parametrize(
    "reply",
    [b"", b"\x02030,0,0,1218,00", READY[:40], b"\x02a,b\x03\x02c\x03\x02d\x03", b"garbage"],
)
def test_truncated_or_garbled_answers_are_errors(reply: bytes) -> None:
    with pytest.raises(StatusParseError):
        parse_host_status(reply)


@pytest.mark.parametrize("state", list(PrinterState))
def test_virtual_printer_answers_parse_to_its_state(state: PrinterState) -> None:
    printer = VirtualPrinter(VirtualPrinterConfig(state=state))  # answers need no socket
    status = parse_host_status(printer.status_answer())
    assert status.ready is (state is PrinterState.READY)
    assert status.paper_out is (state is PrinterState.PAPER_OUT)
    assert status.ribbon_out is (state is PrinterState.RIBBON_OUT)
    assert status.head_open is (state is PrinterState.HEAD_OPEN)
    assert status.paused is (state is PrinterState.PAUSED)


def test_unknown_and_no_answer_are_never_ready() -> None:
    assert not PrinterStatus.unsupported("status unknown: x").ready
    no_answer = PrinterStatus.no_answer("no answer")
    assert not no_answer.ready
    assert not no_answer.known
    assert no_answer.summary == "no answer"


def test_frames() -> None:
    assert split_frames(b"x\x02a\x03\r\n\x02b\x03\x02c") == [b"a", b"b"]
    assert complete_frames(READY) == 3
    assert complete_frames(READY[:-3]) == 2


@given(st.binary(max_size=200))
def test_parsers_never_crash_on_noise(data: bytes) -> None:
    for parse in (parse_host_status, parse_host_identification):
        with contextlib.suppress(StatusParseError):
            parse(data)


def test_host_identification() -> None:
    identity = parse_host_identification(b"\x02ZD421-300dpi,V84.20.18Z,12,8192KB\x03\r\n")
    assert identity.model == "ZD421-300dpi"
    assert identity.firmware == "V84.20.18Z"
    assert identity.dpmm == 12
    assert identity.dpi == 300
    assert identity.memory == "8192KB"


@pytest.mark.parametrize("dpi", [203, 300, 600])
def test_virtual_printer_identity_round_trips_dpi(dpi: int) -> None:
    printer = VirtualPrinter(VirtualPrinterConfig(dpi=dpi))
    assert parse_host_identification(printer.info_answer()).dpi == dpi


@pytest.mark.parametrize("reply", [b"", b"\x02ZD421,V1\x03", b"\x02ZD421,V1,x,1\x03", b"\x02ZD,V1,0\x03"])
def test_bad_identification(reply: bytes) -> None:
    with pytest.raises(StatusParseError):
        parse_host_identification(reply)


def test_dpmm_table() -> None:
    assert [dpi_from_dpmm(d) for d in (6, 8, 12, 24)] == [152, 203, 300, 600]
    assert dpi_from_dpmm(16) == 406
