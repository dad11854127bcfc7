"""The shipping options' weight limits, cached when the settings are saved, checked before a label.

`POST /shipping-options` answers each option with `weight.min` and `weight.max` (strings with a
unit, api-notes §6: `{"value": "23.001", "unit": "kg"}`). The call counts against Sendcloud's write
limit, so it is made when a shift lead saves the settings (as for the names, station/shipping_names),
never per scan; the limits are kept beside the names in the station's data folder. A weighed parcel
is checked against the limits of the option the station names (`ship_with`) before anything is paid
for; where the station names none, or the cache does not know it, the verdict says the limit was
not checked.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from packstation.atomic import atomic_write_bytes
from packstation.scales import Unit, Weight
from packstation.sendcloud import ShippingOption

log = logging.getLogger("packstation.station.shipping_limits")

# Sendcloud's weight units (api-notes §3.3) as the scales name them.
_UNITS: dict[str, Unit] = {"kg": "kg", "g": "g", "lbs": "lb", "lb": "lb", "oz": "oz"}


@dataclass(frozen=True)
class WeightLimits:
    """The lightest and heaviest parcel a shipping option takes (either may be unknown), and whether
    it takes one order in several boxes (its `multicollo` functionality, issue 18)."""

    minimum: Weight | None = None
    maximum: Weight | None = None
    multicollo: bool = False

    def too_light(self, weight: Weight) -> bool:
        return self.minimum is not None and weight.grams() < self.minimum.grams()

    def too_heavy(self, weight: Weight) -> bool:
        return self.maximum is not None and weight.grams() > self.maximum.grams()

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            name: {"value": str(limit.value), "unit": limit.unit}
            for name, limit in (("min", self.minimum), ("max", self.maximum))
            if limit is not None
        }
        if self.multicollo:
            data["multicollo"] = True
        return data

    @property
    def known(self) -> bool:
        return self.minimum is not None or self.maximum is not None or self.multicollo


def _weight(raw: object) -> Weight | None:
    """`{"value": "23.001", "unit": "kg"}` as a Weight; None for anything else."""
    if not isinstance(raw, Mapping):
        return None
    unit = _UNITS.get(str(raw.get("unit", "")).lower())
    try:
        value = Decimal(str(raw.get("value")))
    except InvalidOperation:
        return None
    if unit is None or not value.is_finite():
        return None
    return Weight(value, unit)


def limits_of(options: Iterable[ShippingOption]) -> dict[str, WeightLimits]:
    """Each option's weight limits by its code (options that give none are left out)."""
    limits: dict[str, WeightLimits] = {}
    for option in options:
        weight = option.weight
        found = WeightLimits(
            _weight(weight.min.model_dump() if weight is not None and weight.min else None),
            _weight(weight.max.model_dump() if weight is not None and weight.max else None),
            multicollo=option.functionalities.get("multicollo") is True,
        )
        if found.known:
            limits[option.code] = found
    return limits


def save_weight_limits(path: Path, limits: Mapping[str, WeightLimits]) -> None:
    data = {code: limits[code].as_json() for code in sorted(limits)}
    atomic_write_bytes(path, json.dumps(data, indent=1).encode())


def load_weight_limits(path: Path) -> dict[str, WeightLimits]:
    """The cached limits; none (nothing is checked, and the verdict says so) when there is no cache
    or it cannot be read."""
    try:
        loaded: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("shipping option weight limits not read from %s: %s", path, error)
        return {}
    if not isinstance(loaded, dict):
        return {}
    limits: dict[str, WeightLimits] = {}
    for code, raw in loaded.items():
        if isinstance(raw, dict):
            found = WeightLimits(
                _weight(raw.get("min")), _weight(raw.get("max")), multicollo=raw.get("multicollo") is True
            )
            if found.known:
                limits[str(code)] = found
    return limits
