"""The scale tools the faces use: a scale weighed once from its URL (`packstation scale-read`), and
a typed weight read (`packstation ship --weight 1.25kg`).

The packing station keeps its scale open for the shift (`Station.scale`); this module opens one,
waits for a stable weight and closes it again.
"""

from __future__ import annotations

from packstation.scales import ScaleTimeouts, Weight, open_scale, parse_weight

__all__ = ["Weight", "parse_weight", "weigh_once"]

# An answer to one question never takes longer than this (a silent scale is reported sooner).
_READ_TIMEOUT = 1.0


def weigh_once(url: str, timeout: float | None = None) -> Weight:
    """The first stable weight above zero the scale at `url` gives within `timeout` seconds (its
    stability timeout when None), or the `ScaleError` that says why there is none."""
    defaults = ScaleTimeouts()
    stability = defaults.stability if timeout is None else max(0.0, timeout)
    timeouts = ScaleTimeouts(read=min(_READ_TIMEOUT, max(stability, 0.05)), stability=stability)
    with open_scale(url, timeouts) as scale:
        return scale.read_stable()
