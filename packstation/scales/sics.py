"""Mettler Toledo MT-SICS over a serial port: `S` for a stable weight, `SI` for the weight now.

Answers (MT-SICS reference manual): `S S <value> <unit>` stable, `S D <value> <unit>` dynamic
(to `SI` only: never taken as final), `S I` the command cannot be executed now (busy taring, or the
balance's own stability timeout ran out), `S +` / `S -` over / under range, and the general
errors `ES` (not understood), `ET` (transmission error), `EL` (cannot be executed). `S` makes the
balance wait for stability itself, so its answer may take as long as the weighing: an `S` still
unanswered when the wait ends is cancelled with `@` (the balance answers `I4 A "<serial no.>"`),
so a late answer cannot be taken for the next question's.
"""

from __future__ import annotations

import re
import time
from typing import ClassVar, Final

from packstation.scales.base import DeviceScale, ScaleTimeouts
from packstation.scales.errors import ScaleError
from packstation.scales.serial_lines import SerialLines
from packstation.scales.urls import ScaleSpec
from packstation.scales.weight import Reading, ScaleState, Weight, unit_named

_WEIGHT: Final = re.compile(r"S\s+([SD])\s+([+-]?\s*\d+(?:\.\d*)?)\s+(\S+)")
_NO_WEIGHT: Final = {"S I": ScaleState.MOTION, "S +": ScaleState.OVERLOAD, "S -": ScaleState.NEGATIVE}
_REFUSALS: Final = {
    "ES": "did not understand the command (ES)",
    "ET": "received it garbled (ET: check the baud rate, parity and cable)",
    "EL": "cannot execute it (EL)",
}


def parse_sics(line: str, url: str) -> Reading | None:
    """The reading in an MT-SICS weight answer; None for a line that is none (`I4 A …` after `@`).

    Raises `ScaleError` for a refusal (`ES`, `ET`, `EL`) or a unit Packstation does not weigh in.
    """
    text = " ".join(line.split())
    if text in _NO_WEIGHT:
        return Reading(_NO_WEIGHT[text], raw=line)
    if text in _REFUSALS:
        raise ScaleError(
            f"The scale at {url} {_REFUSALS[text]}: check that it is set to MT-SICS, "
            "or use protocol=continuous."
        )
    match = _WEIGHT.fullmatch(text)
    if match is None:
        return None
    status, number, unit_text = match.groups()
    unit = unit_named(unit_text)
    if unit is None:
        raise ScaleError(f"The scale at {url} weighs in {unit_text!r}: set its unit to g, kg, lb or oz.")
    return Reading.of(Weight.parse(number, unit), stable=status == "S", raw=line)


class SicsScale(DeviceScale):
    """An MT-SICS balance or scale (also the many indicators and clones that speak it)."""

    ASKS: ClassVar[bool] = True
    UNREADABLE_HINT: ClassVar[str] = (
        "it is no MT-SICS weight; check that the scale is set to MT-SICS, or use protocol=continuous"
    )

    def __init__(self, spec: ScaleSpec, timeouts: ScaleTimeouts) -> None:
        super().__init__(spec, timeouts)
        self._port = SerialLines(spec, write_timeout=timeouts.read)

    def _forget(self) -> None:
        self._port.forget()

    def _next(self, wait: float, *, settled: bool) -> Reading | None:
        self._port.forget()  # an answer to an earlier question is not this one's
        self._port.send("S" if settled else "SI")
        deadline = time.monotonic() + wait
        while (line := self._port.read_line(deadline - time.monotonic())) is not None:
            reading = parse_sics(line, self.url)
            if reading is not None:
                return reading
            self._unreadable = line
        if settled:
            self._cancel()
        return None

    def _cancel(self) -> None:
        """`@`: the balance drops the pending `S` and answers `I4 A …`, read off here."""
        self._port.send("@")
        deadline = time.monotonic() + self.timeouts.read
        while (line := self._port.read_line(deadline - time.monotonic())) is not None:
            if line.startswith("I4"):
                return

    def _gave_up(self, last: Reading | None, waited: float) -> ScaleError:
        if last is None:  # `S` never came back: the balance may only have been waiting to settle
            last = self._next(self.timeouts.read, settled=False)
        return super()._gave_up(last, waited)

    def close(self) -> None:
        self._port.close()
