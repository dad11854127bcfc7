"""Streaming ("continuous output") scales over a real pseudo-terminal: the scale sends, unasked, one
weight line after another; the station reads them with pyserial on the other end."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from decimal import Decimal

import pytest

from packstation.error_codes import ErrorCode
from packstation.scales import (
    ScaleError,
    ScaleNegativeError,
    ScaleOverloadError,
    ScaleUnchangedError,
    ScaleUnstableError,
    ScaleZeroError,
    Weight,
    open_scale,
)
from packstation.scales.continuous import parse_line
from tests.scales.devices import FAST, StreamingScale

URL = "serial:///dev/x?protocol=continuous"


def toledo(status_a: int, status_b: int, status_c: int, shown: str, tare: str = "000000") -> bytes:
    """A Mettler Toledo continuous output record: STX, three status bytes, weight, tare, CR, checksum."""
    body = bytes([0x02, status_a, status_b, status_c]) + shown.encode() + tare.encode() + b"\r"
    checksum = (-sum(byte & 0x7F for byte in body)) & 0x7F
    return body + bytes([checksum])


# Each format in docs/setup.md, as the scale sends it, and what the station reads in it.
FORMATS = [
    (b"ST,GS,+0001.234kg\r\n", "1.234", "kg"),
    (b"ST,NT,+  0.850 kg\r\n", "0.850", "kg"),
    (b"ST,+00012.34  g\r\n", "12.34", "g"),  # A&D standard format
    (b"ST,+002.500  lb\r\n", "2.500", "lb"),
    (b"S S      1.234 kg\r\n", "1.234", "kg"),  # MT-SICS in stream mode (SIR)
    (toledo(0x25, 0x30, 0x20, "001234"), "1.234", "kg"),  # Toledo: XXX.XXX, kg
    (toledo(0x24, 0x20, 0x20, "000250"), "2.50", "lb"),  # Toledo: XXXX.XX, lb
    (toledo(0x23, 0x30, 0x21, "012345"), "1234.5", "g"),  # Toledo: XXXXX.X, grams (C bit 0)
]


@pytest.mark.parametrize(("line", "value", "unit"), FORMATS)
def test_each_documented_format_is_read_from_the_stream(line: bytes, value: str, unit: str) -> None:
    with StreamingScale(line) as device, open_scale(device.url("continuous"), FAST) as scale:
        assert scale.read_stable() == Weight(Decimal(value), unit)  # type: ignore[arg-type]


def test_an_unstable_stream_then_a_stable_line() -> None:
    lines = itertools.chain(
        [b"US,GS,+0001.1", b"00kg\r\n"],  # a line split over two writes, as a UART delivers it
        itertools.repeat(b"US,GS,+0001.180kg\r\n", 5),
        itertools.repeat(b"ST,GS,+0001.200kg\r\n"),
    )
    with (
        StreamingScale(lambda: next(lines)) as device,
        open_scale(device.url("continuous"), FAST) as scale,
    ):
        assert scale.read_stable() == Weight(Decimal("1.200"), "kg")


def test_a_line_cut_by_opening_the_port_is_never_read() -> None:
    # The station starts reading in the middle of a line: "234kg" must not become 234 kg.
    with (
        StreamingScale(b"ST,GS,+0001.234kg\r\n", interval=0.05) as device,
        open_scale(device.url("continuous"), FAST) as scale,
    ):
        device.write(b"234kg\r\n")
        assert scale.read_stable() == Weight(Decimal("1.234"), "kg")


def test_a_stream_that_never_settles_is_refused() -> None:
    with (
        StreamingScale(b"US,GS,+0002.100kg\r\n") as device,
        open_scale(device.url("continuous"), FAST) as scale,
        pytest.raises(ScaleUnstableError) as refused,
    ):
        scale.read_stable(0.2)
    assert "2.100 kg" in refused.value.message


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b"ST,GS,+0000.000kg\r\n", ScaleZeroError),
        (b"ST,GS,-0000.150kg\r\n", ScaleNegativeError),
        (b"OL,GS,+9999.999kg\r\n", ScaleOverloadError),
        (toledo(0x25, 0x34, 0x20, "999999"), ScaleOverloadError),  # out of range
        (toledo(0x25, 0x36, 0x20, "000000"), ScaleNegativeError),  # out of range, negative
        (toledo(0x25, 0x32, 0x20, "000150"), ScaleNegativeError),  # below zero
    ],
)
def test_zero_below_zero_and_overload_are_refused(line: bytes, error: type[ScaleError]) -> None:
    with (
        StreamingScale(line) as device,
        open_scale(device.url("continuous"), FAST) as scale,
        pytest.raises(error),
    ):
        scale.read_stable(0.2)


def test_toledo_motion_is_not_stable() -> None:
    moving = toledo(0x25, 0x38, 0x20, "001234")  # B bit 3: in motion
    settled = toledo(0x25, 0x30, 0x20, "001240")
    lines = itertools.chain(itertools.repeat(moving, 4), itertools.repeat(settled))
    with (
        StreamingScale(lambda: next(lines)) as device,
        open_scale(device.url("continuous"), FAST) as scale,
    ):
        assert scale.read_stable() == Weight(Decimal("1.240"), "kg")


def test_weight_only_lines_count_as_stable_after_three_equal_ones() -> None:
    values: Callable[[], bytes] = iter(
        [b"   1.200 kg\r\n", b"   1.210 kg\r\n", b"   1.230 kg\r\n", *[b"   1.230 kg\r\n"] * 200]
    ).__next__
    with StreamingScale(values) as device, open_scale(device.url("continuous"), FAST) as scale:
        assert scale.read_stable() == Weight(Decimal("1.230"), "kg")
        assert device.sent.count(b"   1.230 kg\r\n") >= 3


def test_weight_only_lines_that_keep_changing_are_not_stable() -> None:
    counter = itertools.count()

    def changing() -> bytes:
        return f"   1.{next(counter) % 1000:03d} kg\r\n".encode()

    with (
        StreamingScale(changing) as device,
        open_scale(device.url("continuous"), FAST) as scale,
        pytest.raises(ScaleUnstableError),
    ):
        scale.read_stable(0.2)


def test_the_previous_parcels_weight_waits_for_a_change() -> None:
    with StreamingScale(b"ST,GS,+0001.250kg\r\n") as device:
        previous = Weight(Decimal("1.250"), "kg")
        with open_scale(device.url("continuous"), FAST) as scale:
            with pytest.raises(ScaleUnchangedError):
                scale.read_stable(0.2, unlike=previous)

            def swap() -> None:
                device.show(b"ST,GS,+0000.000kg\r\n")
                time.sleep(0.06)
                device.show(b"ST,GS,+0001.250kg\r\n")

            timer = threading.Timer(0.05, swap)
            timer.start()
            try:
                assert scale.read_stable(1.0, unlike=previous) == previous
            finally:
                timer.join()


def test_a_stream_no_parser_reads_is_named() -> None:
    with (
        StreamingScale(b"WEIGHT? 12\r\n") as device,
        open_scale(device.url("continuous"), FAST) as scale,
        pytest.raises(ScaleError) as unreadable,
    ):
        scale.read_stable(0.2)
    assert "WEIGHT? 12" in unreadable.value.message
    assert "setup guide" in unreadable.value.message


def test_a_silent_line_is_no_answer() -> None:
    with (
        StreamingScale(b"") as device,
        open_scale(device.url("continuous"), FAST) as scale,
        pytest.raises(ScaleError) as silent,
    ):
        scale.read_stable(0.2)
    assert silent.value.code is ErrorCode.SCALE_NO_ANSWER


def test_counting_pieces_and_odd_units_are_refused() -> None:
    with pytest.raises(ScaleError, match="counting pieces"):
        parse_line("QT,+00000012 PC", URL)
    with pytest.raises(ScaleError, match="set its unit"):
        parse_line("ST,GS,+0001.234ct", URL)
    assert parse_line("ST,TR,+0000.500kg", URL) is None  # a tare line is no weight
