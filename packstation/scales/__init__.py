"""Bench scales, without Qt: one URL opens one, and every kind is read the same way.

`open_scale(url)` returns a `Scale`: `read_stable(timeout)` is the parcel's weight (a `Weight`, the
scale's own `Decimal` and unit, convertible to kg or g) or the error that says why there is none;
`read_now()` is the scale's answer right now (a `Reading`). Modules, one per kind:
`sics` (Mettler Toledo MT-SICS), `continuous` (streamed weight lines), `hid_pos` (USB HID POS
scales through hidapi), `virtual` (training); `urls` parses the URL, `base` holds the weighing
loop and its waits, `weight` the weight and the reading, `errors` one error per way to fail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.scales.base import Scale, ScaleTimeouts
from packstation.scales.errors import (
    InvalidScaleUrlError,
    ScaleError,
    ScaleNegativeError,
    ScaleNoAnswerError,
    ScaleNotConnectedError,
    ScaleOverloadError,
    ScaleUnstableError,
    ScaleZeroError,
)
from packstation.scales.urls import ScaleSpec, parse_scale_url
from packstation.scales.virtual import VirtualScale
from packstation.scales.weight import Reading, ScaleState, Unit, Weight

if TYPE_CHECKING:
    from packstation.scales.base import DeviceScale

__all__ = [
    "InvalidScaleUrlError",
    "Reading",
    "Scale",
    "ScaleError",
    "ScaleNegativeError",
    "ScaleNoAnswerError",
    "ScaleNotConnectedError",
    "ScaleOverloadError",
    "ScaleSpec",
    "ScaleState",
    "ScaleTimeouts",
    "ScaleUnstableError",
    "ScaleZeroError",
    "Unit",
    "VirtualScale",
    "Weight",
    "open_scale",
    "parse_scale_url",
]


def open_scale(url: str | ScaleSpec, timeouts: ScaleTimeouts | None = None) -> Scale:
    """The scale at `url`, opened: a `with` block closes it. Raises `InvalidScaleUrlError` for a URL
    that cannot be read and `ScaleNotConnectedError` for a device that cannot be opened."""
    spec = parse_scale_url(url) if isinstance(url, str) else url
    waits = timeouts or ScaleTimeouts()
    if spec.protocol == "virtual":
        return VirtualScale(waits)
    scale: DeviceScale
    # The device modules load pyserial or hidapi: only for a scale that needs them.
    if spec.protocol == "sics":
        from packstation.scales.sics import SicsScale

        scale = SicsScale(spec, waits)
    elif spec.protocol == "continuous":
        from packstation.scales.continuous import ContinuousScale

        scale = ContinuousScale(spec, waits)
    else:
        from packstation.scales.hid_pos import HidPosScale

        scale = HidPosScale(spec, waits)
    return scale
