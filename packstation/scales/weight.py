"""A weight, and one reading of a scale: what every protocol's answer is turned into.

`Weight` keeps the scale's own number and unit as a `Decimal` (no float rounding between the scale
and a label) and converts exactly: a pound is 0.45359237 kg by definition, an ounce a sixteenth of
it. `Reading` is one answer: its state (stable, moving, zero, below zero, overloaded) and, where the
scale sent one, its weight. Only a `STABLE` reading is a weight a parcel may be shipped with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final, Literal, get_args

from packstation.scales.errors import (
    ScaleError,
    ScaleNegativeError,
    ScaleOverloadError,
    ScaleUnstableError,
    ScaleZeroError,
)

Unit = Literal["kg", "g", "lb", "oz"]
UNITS: Final[tuple[Unit, ...]] = get_args(Unit)
_GRAMS_PER_UNIT: Final[dict[Unit, Decimal]] = {
    "kg": Decimal(1000),
    "g": Decimal(1),
    "lb": Decimal("453.59237"),  # the international pound, exactly
    "oz": Decimal("28.349523125"),  # 1/16 lb, exactly
}
# How scales write their units, for the parsers: "lbs", "KG", "Gram"…
_UNIT_SPELLINGS: Final[dict[str, Unit]] = {
    "kg": "kg",
    "g": "g",
    "gr": "g",
    "lb": "lb",
    "lbs": "lb",
    "oz": "oz",
}


def unit_named(text: str) -> Unit | None:
    """The unit a scale wrote ("kg", "lbs", "G"), or None for one Packstation does not weigh in."""
    return _UNIT_SPELLINGS.get(text.strip().lower())


# What a person types (`--weight 1.25kg`, `1,25 kg`, `800g`, `2.5 lbs`, `12oz`): a number with a
# dot or a comma for its decimals, then its unit; no thousands separators (1,250 is 1.25).
_TYPED: Final = re.compile(r"\s*(\d+(?:[.,]\d*)?|[.,]\d+)\s*([A-Za-z]+)\s*")
_TYPED_UNITS: Final[dict[str, Unit]] = {"kg": "kg", "g": "g", "lb": "lb", "lbs": "lb", "oz": "oz"}


def parse_weight(text: str) -> Weight:
    """A weight as a person types it: `1.25kg`, `1,25 kg`, `800 g`, `2.5lbs`, `12 oz` (units kg, g,
    lb, lbs, oz). Raises ValueError, worded for that person, for anything else or a weight that is
    not above zero."""
    match = _TYPED.fullmatch(text)
    unit = _TYPED_UNITS.get(match[2].lower()) if match else None
    if match is None or unit is None:
        raise ValueError(
            f"{text!r} is not a weight: give a number and its unit, such as 1.25kg, 1,25kg, 800g, "
            "2.5lb or 12oz (units kg, g, lb, lbs, oz)"
        )
    weight = Weight(Decimal(match[1].replace(",", ".")), unit)
    if weight.value <= 0:
        raise ValueError(f"{text!r} is no parcel's weight: it must be above zero")
    return weight


@dataclass(frozen=True)
class Weight:
    """A weight as the scale gave it. Compare weights through `grams()`: 1 kg and 1000 g differ here."""

    value: Decimal
    unit: Unit

    def __post_init__(self) -> None:
        if self.unit not in _GRAMS_PER_UNIT:
            raise ValueError(f"unknown weight unit {self.unit!r}; use one of {', '.join(UNITS)}")
        if not isinstance(self.value, Decimal) or not self.value.is_finite():
            raise ValueError(f"a weight is a finite Decimal, not {self.value!r}")

    @classmethod
    def parse(cls, value: str, unit: Unit) -> Weight:
        """`Weight.parse("1.250", "kg")`; raises ValueError for a number that is not one."""
        try:
            number = Decimal(value.replace(" ", ""))
        except InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
        return cls(number, unit)

    def grams(self) -> Decimal:
        return self.value * _GRAMS_PER_UNIT[self.unit]

    def kilograms(self) -> Decimal:
        return self.grams() / _GRAMS_PER_UNIT["kg"]

    def same_as(self, other: Weight | None) -> bool:
        """The same weight, whatever the units (1 kg and 1000 g are; 1.000 kg and 1.001 kg are not)."""
        return other is not None and self.grams() == other.grams()

    def to(self, unit: Literal["kg", "g"]) -> Weight:
        """The same weight in kg or g (exact: an ounce is 28.349523125 g)."""
        return Weight(self.grams() if unit == "g" else self.kilograms(), unit)

    def __str__(self) -> str:
        return f"{self.value} {self.unit}"


class ScaleState(StrEnum):
    STABLE = "stable"  # a steady weight above zero: the only state a weight is taken from
    MOTION = "motion"  # moving, or the scale could not settle (MT-SICS "S D", "S I")
    ZERO = "zero"  # steady at zero: nothing on the scale
    NEGATIVE = "negative"  # below zero, or under range
    OVERLOAD = "overload"  # over capacity


@dataclass(frozen=True)
class Reading:
    """One answer of a scale. `weight` is None where the scale sent no number (overload, "S I")."""

    state: ScaleState
    weight: Weight | None = None
    raw: str = ""  # what the scale sent, for messages and the debug log

    @classmethod
    def of(cls, weight: Weight, *, stable: bool, raw: str = "") -> Reading:
        """The reading of a number the scale sent: moving unless `stable`, then by its sign."""
        if not stable:
            state = ScaleState.MOTION
        elif weight.value == 0:
            state = ScaleState.ZERO
        elif weight.value < 0:
            state = ScaleState.NEGATIVE
        else:
            state = ScaleState.STABLE
        return cls(state, weight, raw)

    @property
    def is_weight(self) -> bool:
        """A steady weight above zero: the only reading a parcel may be shipped with."""
        return self.state is ScaleState.STABLE and self.weight is not None

    def problem(self, url: str, waited: float) -> ScaleError:
        """Why this reading is no weight to ship with, as the error to raise after `waited` seconds."""
        shown = f" ({self.weight})" if self.weight is not None else ""
        if self.state is ScaleState.ZERO:
            return ScaleZeroError(f"The scale at {url} reads zero: put the parcel on the scale.")
        if self.state is ScaleState.NEGATIVE:
            return ScaleNegativeError(
                f"The scale at {url} reads below zero{shown}: take everything off it and zero it."
            )
        if self.state is ScaleState.OVERLOAD:
            return ScaleOverloadError(
                f"The scale at {url} is overloaded{shown}: the parcel is heavier than it can weigh."
            )
        return ScaleUnstableError(
            f"The scale at {url} gave no stable weight within {waited:g} s (last reading{shown}: "
            f"{self.state.value}). Keep the parcel still on the scale, then weigh it again."
        )
