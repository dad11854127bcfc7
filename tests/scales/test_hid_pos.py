"""USB HID POS scales. No USB scale can exist here, so hidapi is faked at the one place it touches a
device: `hidraw.device()` (the real module is imported, the real parser and weighing loop run). The
fake device is fed report bytes captured from real scales:

- `03 02 0b ff 00 00`: a DYMO M10, empty, in ounces (S. Snyder, "Reading a Dymo USB scale using
  Python": `array('B', [3, 2, 11, 255, 0, 0])`);
- `.. 02 00 14 00` and `.. 0b ff 34 19`: DYMO M10/M25 at 20 g and at 645.2 oz (Antradar, "Dymo
  USB Scale Interface Specs": the same layout without its report id and status byte, which we add:
  3 and 4, stable).
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal
from typing import ClassVar

import hidraw
import pytest

from packstation.error_codes import ErrorCode
from packstation.scales import (
    ScaleError,
    ScaleNegativeError,
    ScaleNotConnectedError,
    ScaleOverloadError,
    ScaleUnchangedError,
    ScaleUnstableError,
    ScaleZeroError,
    Weight,
    open_scale,
)
from packstation.scales.hid_pos import parse_report
from tests.scales.devices import FAST

URL = "hid://0922:8003"  # DYMO M10
EMPTY_OZ = bytes([0x03, 0x02, 0x0B, 0xFF, 0x00, 0x00])
TWENTY_GRAMS = bytes([0x03, 0x04, 0x02, 0x00, 0x14, 0x00])
OUNCES_645_2 = bytes([0x03, 0x04, 0x0B, 0xFF, 0x34, 0x19])
KILOGRAMS_1_25 = bytes([0x03, 0x04, 0x03, 0xFE, 0x7D, 0x00])  # 125 x 10^-2 kg
MOVING = bytes([0x03, 0x03, 0x02, 0x00, 0x10, 0x01])
UNDER_ZERO = bytes([0x03, 0x05, 0x02, 0x00, 0x00, 0x00])
OVER_WEIGHT = bytes([0x03, 0x06, 0x02, 0x00, 0x00, 0x00])


class FakeHidDevice:
    """`hidraw.device` as the scale's input reports reach it: a queue the OS fills, read newest first
    by the driver. `read(n)` returns at once (non-blocking mode), `read(n, ms)` waits that long."""

    opened: ClassVar[list[tuple[int, int]]] = []
    present: ClassVar[bool] = True

    def __init__(self) -> None:
        self.queue: list[bytes] = []
        self.nonblocking = False
        self.closed = False
        self.gone = False
        self._arrived = threading.Condition()
        FakeHidDevice.last = self

    last: FakeHidDevice

    def open(self, vendor_id: int, product_id: int) -> None:
        if not FakeHidDevice.present:
            raise OSError("open failed")
        FakeHidDevice.opened.append((vendor_id, product_id))

    def set_nonblocking(self, value: int) -> int:
        self.nonblocking = bool(value)
        return 0

    def report(self, *reports: bytes) -> None:
        """The scale sends these input reports (they queue in the OS)."""
        with self._arrived:
            self.queue.extend(reports)
            self._arrived.notify_all()

    def read(self, max_length: int, timeout_ms: int = 0) -> list[int]:
        with self._arrived:
            if self.gone:
                raise OSError("read error")
            if not self.queue and timeout_ms > 0:
                self._arrived.wait(timeout_ms / 1000)
            if not self.queue:
                return []
            return list(self.queue.pop(0)[:max_length])

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def device(monkeypatch: pytest.MonkeyPatch) -> type[FakeHidDevice]:
    monkeypatch.setattr(hidraw, "device", FakeHidDevice)
    FakeHidDevice.opened = []
    FakeHidDevice.present = True
    return FakeHidDevice


def fed(*reports: bytes) -> None:
    """Reports arriving after the weighing began (the stale first one is dropped: see below)."""
    FakeHidDevice.last.report(*reports)


def test_the_real_report_bytes_read_as_weights() -> None:
    assert parse_report(TWENTY_GRAMS, URL) is not None
    readings = {
        report: parse_report(report, URL) for report in (EMPTY_OZ, TWENTY_GRAMS, OUNCES_645_2, KILOGRAMS_1_25)
    }
    assert readings[TWENTY_GRAMS].weight == Weight(Decimal("20"), "g")  # type: ignore[union-attr]
    assert readings[OUNCES_645_2].weight == Weight(Decimal("645.2"), "oz")  # type: ignore[union-attr]
    assert readings[KILOGRAMS_1_25].weight == Weight(Decimal("1.25"), "kg")  # type: ignore[union-attr]
    assert readings[EMPTY_OZ].state == "zero"  # type: ignore[union-attr]
    assert parse_report(bytes([0x01, 0x00]), URL) is None  # another report of the device


def test_a_stable_weight_is_read(device: type[FakeHidDevice]) -> None:
    with open_scale(URL, FAST) as scale:
        # The first report after opening is an old weighing's (DYMO): never taken.
        device.last.report(OUNCES_645_2, TWENTY_GRAMS)
        assert scale.read_stable() == Weight(Decimal("20"), "g")
    assert device.opened == [(0x0922, 0x8003)]
    assert device.last.nonblocking
    assert device.last.closed


def test_the_newest_queued_report_is_the_answer(device: type[FakeHidDevice]) -> None:
    with open_scale(URL, FAST) as scale:
        device.last.report(EMPTY_OZ, MOVING, OUNCES_645_2, KILOGRAMS_1_25)
        assert scale.read_stable() == Weight(Decimal("1.25"), "kg")
        assert device.last.queue == []


def test_motion_then_a_stable_weight(device: type[FakeHidDevice]) -> None:
    with open_scale(URL, FAST) as scale:
        device.last.report(EMPTY_OZ)
        timer = threading.Timer(0.05, fed, [MOVING])
        later = threading.Timer(0.1, fed, [KILOGRAMS_1_25])
        timer.start()
        later.start()
        try:
            assert scale.read_stable() == Weight(Decimal("1.25"), "kg")
        finally:
            timer.join()
            later.join()


@pytest.mark.parametrize(
    ("report", "error"),
    [
        (EMPTY_OZ, ScaleZeroError),
        (UNDER_ZERO, ScaleNegativeError),
        (OVER_WEIGHT, ScaleOverloadError),
        (MOVING, ScaleUnstableError),
    ],
)
def test_refusals(device: type[FakeHidDevice], report: bytes, error: type[ScaleError]) -> None:
    with open_scale(URL, FAST) as scale:
        device.last.report(EMPTY_OZ, report)
        with pytest.raises(error):
            scale.read_stable(0.1)


@pytest.mark.parametrize(("status", "words"), [(1, "fault"), (7, "calibrating"), (8, "re-zeroing")])
def test_faults_the_scale_reports_are_worded(device: type[FakeHidDevice], status: int, words: str) -> None:
    with open_scale(URL, FAST) as scale:
        device.last.report(EMPTY_OZ, bytes([0x03, status, 0x02, 0x00, 0x00, 0x00]))
        with pytest.raises(ScaleError, match=words):
            scale.read_stable(0.1)


def test_units_packstation_does_not_weigh_in_are_refused() -> None:
    with pytest.raises(ScaleError, match="troy ounces"):
        parse_report(bytes([0x03, 0x04, 0x0A, 0x00, 0x10, 0x00]), URL)


def test_the_previous_parcels_weight_waits_for_a_change(device: type[FakeHidDevice]) -> None:
    previous = Weight(Decimal("1.25"), "kg")
    with open_scale(URL, FAST) as scale:
        device.last.report(EMPTY_OZ, KILOGRAMS_1_25)
        with pytest.raises(ScaleUnchangedError):
            scale.read_stable(0.1, unlike=previous)
        device.last.report(KILOGRAMS_1_25, EMPTY_OZ)
        timer = threading.Timer(0.05, fed, [KILOGRAMS_1_25])
        timer.start()
        try:
            # Zero came between: the same weight again is the next parcel's.
            assert scale.read_stable(1.0, unlike=previous) == previous
        finally:
            timer.join()


def test_an_unplugged_scale_is_not_connected(device: type[FakeHidDevice]) -> None:
    device.present = False
    with pytest.raises(ScaleNotConnectedError) as missing:
        open_scale(URL, FAST)
    assert "udev rule" in missing.value.message
    device.present = True
    scale = open_scale(URL, FAST)
    device.last.gone = True
    with pytest.raises(ScaleNotConnectedError, match="went away"):
        scale.read_stable(0.1)


def test_a_device_that_sends_no_scale_report_is_named(device: type[FakeHidDevice]) -> None:
    with open_scale(URL, FAST) as scale:
        device.last.report(b"\x01\x00", b"\x01\x00")
        started = time.monotonic()
        with pytest.raises(ScaleError) as refused:
            scale.read_stable(0.1)
    assert refused.value.code is ErrorCode.SCALE_ERROR
    assert "no HID POS scale data report" in refused.value.message
    assert time.monotonic() - started < 1
