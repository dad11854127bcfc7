"""Bench scales, without Qt: one URL opens one, and every kind is read the same way.

`open_scale(url)` returns a `Scale`: `read_stable(timeout, unlike=…)` is the parcel's weight (a
`Weight`, the scale's own `Decimal` and unit, convertible to kg or g) or the error that says why
there is none; `read_now()` is the scale's answer right now (a `Reading`). `connect_scale(url)` is
the station's scale for a shift (`connection`): opened at the first weighing, again after a loss.
Modules, one per kind: `sics` (Mettler Toledo MT-SICS), `continuous` (streamed weight lines),
`hid_pos` (USB HID POS scales through hidapi), `virtual` (training); `urls` parses the URL,
`base` holds the weighing loop and its waits, `weight` the weight and the reading, `errors` one
error per way to fail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.scales.base import Scale, ScaleTimeouts
from packstation.scales.connection import ScaleConnection
from packstation.scales.errors import (
    InvalidScaleUrlError,
    ScaleError,
    ScaleNegativeError,
    ScaleNoAnswerError,
    ScaleNotConnectedError,
    ScaleOverloadError,
    ScaleUnchangedError,
    ScaleUnstableError,
    ScaleZeroError,
)
from packstation.scales.urls import ScaleSpec, parse_scale_url
from packstation.scales.virtual import VIRTUAL_URL, VirtualScale
from packstation.scales.weight import Reading, ScaleState, Unit, Weight, parse_weight

if TYPE_CHECKING:
    from packstation.scales.base import DeviceScale

__all__ = [
    "VIRTUAL_URL",
    "InvalidScaleUrlError",
    "Reading",
    "Scale",
    "ScaleConnection",
    "ScaleError",
    "ScaleNegativeError",
    "ScaleNoAnswerError",
    "ScaleNotConnectedError",
    "ScaleOverloadError",
    "ScaleSpec",
    "ScaleState",
    "ScaleTimeouts",
    "ScaleUnchangedError",
    "ScaleUnstableError",
    "ScaleZeroError",
    "Unit",
    "VirtualScale",
    "Weight",
    "connect_scale",
    "open_scale",
    "parse_scale_url",
    "parse_weight",
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


def connect_scale(url: str | ScaleSpec, timeouts: ScaleTimeouts | None = None) -> Scale:
    """The station's scale: the training scale itself for `virtual:` (its weight is set from the
    screen), else a `ScaleConnection` that opens the device when first weighed with. Raises only
    `InvalidScaleUrlError`: a device that is not there is reported at the first weighing."""
    spec = parse_scale_url(url) if isinstance(url, str) else url
    waits = timeouts or ScaleTimeouts()
    if spec.protocol == "virtual":
        return VirtualScale(waits)
    return ScaleConnection(spec, waits, open_scale)
