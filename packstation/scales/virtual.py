"""The training scale (`virtual:`): what it weighs is set from code, not from a device.

A new one reads zero. `set_weight` puts a weight on it, steady or still moving; `set_zero` and
`set_overload` give those states (a negative weight is below zero, as on a real scale). Readers on
another thread are woken by each change, so `read_stable` returns as soon as a stable weight is set.
Every `set_…` is a change of parcel: the same weight set again (before or during the next
weighing) counts as the next parcel put on (`read_stable(unlike=…)`), as lifting a parcel off a
real scale and putting the next one on does.
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal

from packstation.scales.base import ClosesOnExit, ScaleTimeouts, unchanged
from packstation.scales.weight import Reading, ScaleState, Unit, Weight

VIRTUAL_URL = "virtual:"


class VirtualScale(ClosesOnExit):
    url = VIRTUAL_URL

    def __init__(self, timeouts: ScaleTimeouts | None = None) -> None:
        self.timeouts = timeouts or ScaleTimeouts()
        self._changed = threading.Condition()
        self._reading = Reading(ScaleState.ZERO, Weight(Decimal(0), "kg"), "zero")
        self._changes = 0  # how often the weight was set: each time is a parcel put on or taken off
        self._taken: int | None = None  # `_changes` when `read_stable` last gave a weight

    def _show(self, reading: Reading) -> None:
        with self._changed:
            self._reading = reading
            self._changes += 1
            self._changed.notify_all()

    def set_weight(self, value: Decimal | str, unit: Unit = "kg", *, stable: bool = True) -> None:
        """Put `value` `unit` on the scale, steady (`stable`) or still moving."""
        weight = Weight(Decimal(value), unit)
        self._show(Reading.of(weight, stable=stable, raw=f"{weight} {'stable' if stable else 'moving'}"))

    def set_zero(self) -> None:
        self.set_weight(Decimal(0))

    def set_overload(self) -> None:
        self._show(Reading(ScaleState.OVERLOAD, raw="overload"))

    def read_now(self) -> Reading:
        with self._changed:
            return self._reading

    def read_stable(self, timeout: float | None = None, *, unlike: Weight | None = None) -> Weight:
        wait = self.timeouts.stability if timeout is None else timeout
        deadline = time.monotonic() + wait
        with self._changed:
            start = self._changes if self._taken is None else self._taken
            while True:
                reading = self._reading
                # Any change since the last parcel was taken (or, before any, since this weighing
                # began), even the same weight put on again, is a new parcel.
                moved = self._changes != start
                weight = reading.weight if reading.is_weight else None
                if weight is not None and (unlike is None or moved or not weight.same_as(unlike)):
                    self._taken = self._changes
                    return weight
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if reading.is_weight and not moved:
                        raise unchanged(self.url, reading, wait)
                    raise reading.problem(self.url, wait)
                self._changed.wait(remaining)
