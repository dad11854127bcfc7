"""USB HID Point-of-Sale scales (usage page 0x8D, Weighing Devices), through hidapi.

Such a scale (DYMO M-series postal scales, many shipping scales) sends its scale data report by
itself, six bytes: the report id (3 on these scales, 4 on a few), the scale status, the weight unit, a signed
power-of-ten exponent, then the weight as an unsigned 16-bit little-endian number. Status and unit
are indexes into the HID POS usage tables: status 1 fault, 2 stable at zero, 3 in motion, 4 stable,
5 under zero, 6 over weight, 7 requires calibration, 8 requires re-zeroing; unit 2 gram, 3
kilogram, 11 ounce, 12 pound (the others, milligrams to troy ounces, are refused).

On Linux the `hidraw` backend of the hidapi package is used (the kernel's hidraw device, given to
the packers by a udev rule: docs/setup.md); elsewhere its `hid` module (the system's HID API).
The scale keeps reporting, and reports pile up in the OS's queue: each answer is the newest one
queued, or the next to come, never an older one. The first report after opening the device is
dropped: DYMO scales are known to send the weight of the previous weighing first
(erjiang/usbscale, "we get old data the first time").
"""

from __future__ import annotations

import importlib
import sys
import time
from decimal import Decimal
from types import ModuleType
from typing import Any, Final

from packstation.scales.base import DeviceScale, ScaleTimeouts
from packstation.scales.errors import ScaleError, ScaleNotConnectedError
from packstation.scales.urls import ScaleSpec
from packstation.scales.weight import Reading, ScaleState, Unit, Weight

# The scale data report's id: 3 on DYMO and most shipping scales; 4 on some others (erjiang/usbscale
# reads both, with the same layout).
REPORT_IDS: Final = frozenset({3, 4})
REPORT_SIZE: Final = 6
_READ_SIZE: Final = 64  # a whole report whatever its size: hidapi returns one report per read
_UNITS: Final[dict[int, Unit]] = {2: "g", 3: "kg", 11: "oz", 12: "lb"}
_UNIT_NAMES: Final = {
    **{1: "milligrams", 4: "carats", 5: "taels", 6: "grains", 7: "pennyweights"},
    **{8: "metric tons", 9: "tons", 10: "troy ounces"},
}
_FAULTS: Final = {
    1: "reports a fault: switch it off and on again",
    7: "needs calibrating: see its manual",
    8: "needs re-zeroing: take everything off it and press its zero button",
}
_STATES: Final = {3: ScaleState.MOTION, 5: ScaleState.NEGATIVE, 6: ScaleState.OVERLOAD}


def hid_module() -> ModuleType:
    """hidapi's `hidraw` on Linux (the kernel's hidraw device), its `hid` elsewhere. Imported by name,
    so the installer lists both (installer/bundle_contents.py, OPTIONAL_IMPORTS: each platform's
    bundle has only its own)."""
    name = "hidraw" if sys.platform.startswith("linux") else "hid"
    return importlib.import_module(name)


def parse_report(report: bytes, url: str) -> Reading | None:
    """The reading in one input report; None for a report that is no scale data report.

    Raises `ScaleError` for a fault the scale reports, and for a unit Packstation does not weigh in.
    """
    if len(report) < REPORT_SIZE or report[0] not in REPORT_IDS:
        return None
    status, unit_code, exponent = report[1], report[2], int.from_bytes(report[3:4], signed=True)
    raw = report[:REPORT_SIZE].hex(" ")
    if status in _FAULTS:
        raise ScaleError(f"The scale at {url} {_FAULTS[status]}.")
    if status in _STATES:
        return Reading(_STATES[status], raw=raw)
    if status not in (2, 4):
        raise ScaleError(f"The scale at {url} sent an unknown status ({status}) in {raw!r}.")
    unit = _UNITS.get(unit_code)
    if unit is None:
        name = _UNIT_NAMES.get(unit_code, f"unit {unit_code}")
        raise ScaleError(f"The scale at {url} weighs in {name}: set it to g, kg, oz or lb.")
    weight = Weight(Decimal(int.from_bytes(report[4:6], "little")).scaleb(exponent), unit)
    if status == 2:  # stable at zero
        return Reading(ScaleState.ZERO, weight, raw)
    return Reading.of(weight, stable=True, raw=raw)


class HidPosScale(DeviceScale):
    """A HID POS scale by vendor and product id, opened at once (raises `ScaleNotConnectedError`)."""

    UNREADABLE_HINT = "it sends no HID POS scale data report (id 3)"

    def __init__(self, spec: ScaleSpec, timeouts: ScaleTimeouts) -> None:
        super().__init__(spec, timeouts)
        try:
            module = hid_module()
        except ImportError:
            raise ScaleNotConnectedError(
                f"Cannot use the scale at {spec.url}: USB scales need the hidapi library "
                "(pip install hidapi)."
            ) from None
        device: Any = module.device()
        try:
            device.open(spec.vendor_id, spec.product_id)
            device.set_nonblocking(1)
        except (OSError, ValueError) as exc:
            raise ScaleNotConnectedError(
                f"Cannot open the scale at {spec.url}: {exc or 'not found'}. Check that it is plugged in "
                "and switched on; on Linux, that the udev rule in the setup guide is in place."
            ) from None
        self._device = device
        self._stale = True  # the first report after opening may be an old weighing's

    def _forget(self) -> None:
        """Nothing to drop: every answer is the newest report queued."""

    def _read(self, timeout_ms: int = 0) -> bytes:
        try:
            # Non-blocking: 0 returns at once (b"" when nothing is queued); more waits that long.
            data = self._device.read(_READ_SIZE, timeout_ms) if timeout_ms else self._device.read(_READ_SIZE)
        except (OSError, ValueError) as exc:
            raise ScaleNotConnectedError(
                f"The scale at {self.url} went away: {exc or 'read error'}."
            ) from None
        return bytes(data)

    def _next(self, wait: float, *, settled: bool) -> Reading | None:
        deadline = time.monotonic() + wait
        newest = b""
        while report := self._read():  # the queue, up to its newest report
            newest = self._fresh(report) or newest
        while True:
            if newest:
                reading = parse_report(newest, self.url)
                if reading is not None:
                    return reading
                self._unreadable = newest.hex(" ")
            remaining_ms = int((deadline - time.monotonic()) * 1000)
            if remaining_ms <= 0:
                return None
            newest = self._fresh(self._read(remaining_ms))

    def _fresh(self, report: bytes) -> bytes:
        """`report`, unless it is the first since the device was opened (b"" then)."""
        if report and self._stale:
            self._stale = False
            return b""
        return report

    def close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            device.close()
