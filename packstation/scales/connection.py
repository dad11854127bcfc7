"""The station's scale for a whole shift: opened at the first weighing, opened again after it went away.

A station must open without its scale (a USB scale unplugged at start, a serial port not there
yet): the packer learns at the first weighing, as a refusal that names the scale, and the next
weighing tries again. A device that goes away mid-shift (`ScaleNotConnectedError`) is let go, so
plugging it back in is all it takes. Not thread-safe: one worker weighs (the station's API lane).
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.scales.base import ClosesOnExit, Scale, ScaleTimeouts
from packstation.scales.errors import ScaleNotConnectedError
from packstation.scales.urls import ScaleSpec
from packstation.scales.weight import Reading, Weight


class ScaleConnection(ClosesOnExit):
    """A `Scale` that opens its device when first asked, and again after losing it."""

    def __init__(
        self, spec: ScaleSpec, timeouts: ScaleTimeouts, opener: Callable[[ScaleSpec, ScaleTimeouts], Scale]
    ) -> None:
        self.spec = spec
        self.timeouts = timeouts
        self._opener = opener
        self._scale: Scale | None = None

    @property
    def url(self) -> str:
        return self.spec.url

    def _device(self) -> Scale:
        if self._scale is None:
            self._scale = self._opener(self.spec, self.timeouts)
        return self._scale

    def read_stable(self, timeout: float | None = None, *, unlike: Weight | None = None) -> Weight:
        try:
            return self._device().read_stable(timeout, unlike=unlike)
        except ScaleNotConnectedError:
            self.close()
            raise

    def read_now(self) -> Reading:
        try:
            return self._device().read_now()
        except ScaleNotConnectedError:
            self.close()
            raise

    def close(self) -> None:
        scale, self._scale = self._scale, None
        if scale is not None:
            scale.close()
