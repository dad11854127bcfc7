"""The scale tools the faces use: a scale weighed once from its URL (`packstation scale-read`).

The packing screen will keep a scale open for the shift (the scan flow's part of issue 17); this
module opens one, waits for a stable weight and closes it again.
"""

from __future__ import annotations

from packstation.scales import Weight, open_scale

__all__ = ["Weight", "weigh_once"]


def weigh_once(url: str, timeout: float | None = None) -> Weight:
    """The first stable weight above zero the scale at `url` gives within `timeout` seconds (its
    stability timeout when None), or the `ScaleError` that says why there is none."""
    with open_scale(url) as scale:
        return scale.read_stable(timeout)
