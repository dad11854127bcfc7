"""Scales that stream their weight ("continuous output", "stream mode") over a serial port.

Nothing is sent to the scale; each line it sends is read in one of these formats (docs/setup.md
lists them with an example line each):

- **status, gross/net, weight** (many indicators): `ST,GS,+0001.234kg`: `ST` stable, `US` moving,
  `OL` overloaded; then `GS` gross or `NT` net (`TR`, a tare line, is skipped); sign, value, unit.
- **A&D standard format**: `ST,+00012.34  g`, the same without gross/net; `QT` (a piece count) is
  refused; a comparison result (`OK`, `HI`, `LO`, `--`) after the status is passed over.
- **MT-SICS stream** (a Mettler Toledo scale in continuous mode, `SIR`): `S S      1.234 kg`.
- **weight only**: `   1.234 kg`. Such a line says nothing of stability, so a weight counts as
  stable only when the same value comes `repeats` times in a row (default 3).
- **Mettler Toledo continuous output** (IND indicators, many floor and bench scales, and their
  clones): `<STX>` three status bytes, six digits of displayed weight, six of tare, `<CR>`, an
  optional checksum. Status byte A bits 0-2 place the decimal point (`2` none, `3` one decimal …
  `7` five; `0`, `1` one or two dummy zeros); B bit 0 net, 1 negative, 2 out of range, 3 in motion,
  4 kg (else lb); C bit 0 grams. The parity bit (bit 7) is ignored.

Lines in none of these are passed over; a scale that sends only such lines is reported with one.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from typing import ClassVar, Final

from packstation.scales.base import DeviceScale, ScaleTimeouts
from packstation.scales.errors import ScaleError
from packstation.scales.serial_lines import SerialLines
from packstation.scales.sics import parse_sics
from packstation.scales.urls import ScaleSpec
from packstation.scales.weight import Reading, ScaleState, Unit, Weight, unit_named

_NUMBER: Final = r"([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)?"
_WITH_STATUS: Final = re.compile(
    rf"(ST|US|OL|QT)\s*,\s*(?:(GS|NT|TR|OK|HI|LO|--)\s*,\s*)?{_NUMBER}\s*(?:E[+-]?\d+)?\s*([A-Za-z]*)",
    re.IGNORECASE,
)
_WEIGHT_ONLY: Final = re.compile(rf"{_NUMBER}\s*([A-Za-z]+)")
DEFAULT_REPEATS: Final = 3


_STX: Final = "\x02"
_TOLEDO_DIGITS: Final = re.compile(r"[0-9 ]{6}")


def parse_toledo(line: str) -> Reading | None:
    """The reading in one Mettler Toledo continuous output record (from its `<STX>`; a checksum
    byte left over from the record before is passed over); None when it is no such record."""
    start = line.rfind(_STX)
    record = line[start + 1 :] if start >= 0 else ""
    if len(record) < 15 or _TOLEDO_DIGITS.fullmatch(record[3:9]) is None:
        return None
    status_a, status_b, status_c = (ord(byte) & 0x7F for byte in record[:3])
    shown = record[3:9].replace(" ", "0")
    value = Decimal(shown).scaleb(2 - (status_a & 0b111))
    negative, out_of_range, moving = (bool(status_b & bit) for bit in (0b10, 0b100, 0b1000))
    raw = "STX " + " ".join(f"{ord(byte):02x}" for byte in record[:3]) + " " + record[3:15]
    if out_of_range:
        return Reading(ScaleState.NEGATIVE if negative else ScaleState.OVERLOAD, raw=raw)
    unit: Unit = "g" if status_c & 0b1 else "kg" if status_b & 0b10000 else "lb"
    return Reading.of(Weight(-value if negative else value, unit), stable=not moving, raw=raw)


def parse_line(line: str, url: str) -> tuple[Reading, bool] | None:  # noqa: PLR0911 - one per format
    """The reading in one streamed line, and whether the line said if it was stable; None when the
    line is in no known format (or is a tare line). Raises `ScaleError` for a unit or mode the
    station cannot ship with."""
    if _STX in line:
        toledo = parse_toledo(line)
        return None if toledo is None else (toledo, True)
    text = line.strip()
    if text.startswith("S "):
        reading = parse_sics(text, url)
        return None if reading is None else (reading, True)
    match = _WITH_STATUS.fullmatch(text)
    if match is not None:
        status, kind, sign, number, unit_text = match.groups()
        status, kind = status.upper(), (kind or "").upper()
        if kind == "TR":
            return None
        if status == "QT":
            raise ScaleError(f"The scale at {url} is counting pieces: set it to weighing.")
        if status == "OL":
            return Reading(ScaleState.OVERLOAD, raw=line), True
        return _reading(sign, number, unit_text, stable=status == "ST", line=line, url=url), True
    match = _WEIGHT_ONLY.fullmatch(text)
    if match is not None and match[2] is not None:
        sign, number, unit_text = match.groups()
        return _reading(sign, number, unit_text, stable=True, line=line, url=url), False
    return None


def _reading(sign: str, number: str | None, unit_text: str, *, stable: bool, line: str, url: str) -> Reading:
    unit = unit_named(unit_text)
    if unit is None:
        raise ScaleError(f"The scale at {url} weighs in {unit_text!r}: set its unit to g, kg, lb or oz.")
    if number is None:
        raise ScaleError(f"The scale at {url} sent a weight line without a number: {line!r}.")
    return Reading.of(Weight.parse(sign + number, unit), stable=stable, raw=line)


class ContinuousScale(DeviceScale):
    """A scale that streams weight lines; `repeats` settles lines that carry no status."""

    UNREADABLE_HINT: ClassVar[str] = (
        "set the scale to one of the streamed formats in the setup guide, or use protocol=sics"
    )

    def __init__(self, spec: ScaleSpec, timeouts: ScaleTimeouts, *, repeats: int = DEFAULT_REPEATS) -> None:
        super().__init__(spec, timeouts)
        self.repeats = max(1, repeats)
        self._port = SerialLines(spec, write_timeout=timeouts.read)

    def _forget(self) -> None:
        self._port.forget(mid_line=True)

    def _next(self, wait: float, *, settled: bool) -> Reading | None:
        deadline = time.monotonic() + wait
        same: list[Reading] = []
        while (line := self._port.read_line(deadline - time.monotonic())) is not None:
            parsed = parse_line(line, self.url)
            if parsed is None:
                self._unreadable = line
                continue
            reading, says_status = parsed
            if says_status:
                return reading
            same = [*same, reading] if same and same[-1].weight == reading.weight else [reading]
            if len(same) >= self.repeats:
                return reading
        # Time is up in the middle of a status-less run: the last value, not yet known to be stable.
        return Reading(ScaleState.MOTION, same[-1].weight, same[-1].raw) if same else None

    def close(self) -> None:
        self._port.close()
