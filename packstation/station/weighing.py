"""The parcel's weight, before its label: checked against the shipping option, sent, read back.

Carriers re-weigh parcels and charge for weight that was declared too low (issue 17). With a scale
(or `ship --weight`), the label steps (station/label_steps.py) do, before the label call:

1. **Check** the weight against the weight limits of the shipping option the station names
   (`ship_with`, limits cached when the settings were saved: station/shipping_limits), so a parcel
   the option cannot take is refused before anything is paid for. Without a named option, or one
   the cache does not know, nothing can be checked, and the verdict says so.
2. **Send** it: `PATCH /orders/{id}` with `shipping_details.measurement.weight` only, in the unit
   the scale weighed in (Sendcloud takes kg, g, lbs and oz: no rounding on the way).
3. **Read it back**: Sendcloud saves orders asynchronously (api-notes §3.1), so `GET /orders/{id}`
   until the order shows the weight; a label made before that would carry the old weight. A
   weight that never shows is refused (`weight_not_saved`): nothing was paid, scan again.

No Qt; every wait is a parameter (`ReadBack`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.scales import Unit, Weight
from packstation.scales.weight import unit_named
from packstation.sendcloud import NotFoundError, Order, SendcloudClient, WeightUnit
from packstation.sendcloud.models import Weight as OrderWeight
from packstation.station.shipping_limits import WeightLimits

# The scale's units as Sendcloud names them (api-notes §3.3: kg, g, lbs, oz).
SENDCLOUD_UNITS: Mapping[Unit, WeightUnit] = {"kg": "kg", "g": "g", "lb": "lbs", "oz": "oz"}
_UNITS_BACK: Mapping[str, Unit] = {"kg": "kg", "g": "g", "lbs": "lb", "oz": "oz"}
# A weight reads back when it is within half a gram: Sendcloud may keep it in another unit or
# round it to grams; a parcel is never charged by the milligram.
READ_BACK_TOLERANCE_GRAMS = Decimal("0.5")


class WeightOverLimitError(PackstationError):
    code = ErrorCode.WEIGHT_OVER_LIMIT


class WeightUnderLimitError(PackstationError):
    code = ErrorCode.WEIGHT_UNDER_LIMIT


class WeightNotSavedError(PackstationError):
    code = ErrorCode.WEIGHT_NOT_SAVED


@dataclass(frozen=True)
class ReadBack:
    """How long to wait for Sendcloud to save the weight: `attempts` reads of the order, the first
    at once, then after `wait`, 2x, 4x … seconds (at most `max_wait` apart)."""

    attempts: int = 8
    wait: float = 0.25
    max_wait: float = 2.0
    sleep: Callable[[float], None] = time.sleep

    def pause(self, attempt: int) -> float:
        return min(self.wait * float(2**attempt), self.max_wait)


@dataclass(frozen=True)
class WeightCheck:
    """What the limits said of a weight: `checked` False when there was nothing to check against
    (the verdict then says "weight limit not checked", with `reason`)."""

    checked: bool
    reason: str = ""


def check_limits(
    weight: Weight, option_code: str | None, limits: Mapping[str, WeightLimits], option_name: str
) -> WeightCheck:
    """Refuse a weight the station's shipping option cannot take (`WeightOverLimitError`,
    `WeightUnderLimitError`); say whether there was anything to check it against."""
    if option_code is None:
        return WeightCheck(
            False, "the station names no shipping option: Sendcloud's rules or defaults choose it"
        )
    found = limits.get(option_code)
    if found is None or (found.minimum is None and found.maximum is None):
        return WeightCheck(
            False, f"the weight limits of {option_name} are not known: save the settings again"
        )
    if found.too_heavy(weight):
        assert found.maximum is not None
        raise WeightOverLimitError(
            f"The parcel weighs {weight}; {option_name} takes at most {found.maximum}. Nothing was "
            "paid: split the parcel, or ask your shift lead for another shipping option."
        )
    if found.too_light(weight):
        assert found.minimum is not None
        raise WeightUnderLimitError(
            f"The parcel weighs {weight}; {option_name} takes at least {found.minimum}. Nothing was "
            "paid: check the scale and the parcel, or ask your shift lead."
        )
    return WeightCheck(True)


def reads_back(saved: OrderWeight | None, weight: Weight) -> bool:
    """Whether the order's weight is the one sent (whatever unit Sendcloud keeps it in)."""
    unit = _UNITS_BACK.get(saved.unit) if saved is not None else None
    if saved is None or unit is None:
        return False
    back = Weight(Decimal(str(saved.value)), unit)
    return abs(back.grams() - weight.grams()) <= READ_BACK_TOLERANCE_GRAMS


def send_weight(client: SendcloudClient, order: Order, weight: Weight, read_back: ReadBack) -> Order:
    """PATCH the order's weight, then read the order until it shows it. Returns the order as read
    back. Raises `WeightNotSavedError` when it never shows, and what the client raises."""
    sendcloud_id = order.sendcloud_id
    if sendcloud_id is None:
        raise WeightNotSavedError(
            f"Sendcloud did not say which order {order.order_number} is, so its weight cannot be sent."
        )
    client.update_order_weight(sendcloud_id, float(weight.value), SENDCLOUD_UNITS[weight.unit])
    attempts = max(1, read_back.attempts)
    waited = 0.0
    shown: OrderWeight | None = None
    for attempt in range(attempts):
        try:
            current = client.get_order(sendcloud_id)
        except NotFoundError:
            current = None  # not saved yet, as a new order would be
        if current is not None:
            shown = current.weight
            if reads_back(shown, weight):
                return current
        if attempt + 1 < attempts:
            pause = read_back.pause(attempt)
            read_back.sleep(pause)
            waited += pause
    still = f"{shown.value:g} {shown.unit}" if shown is not None else "no weight"
    raise WeightNotSavedError(
        f"Sendcloud did not save the weight of order {order.order_number} ({weight}) within "
        f"{waited:g} s: it still shows {still}. No label was made, nothing was paid: scan the order "
        "again in a moment."
    )


@dataclass
class ParcelWeights:
    """The weights this station took: what the next weighing must not copy.

    "The previous parcel" is the previous *order's* parcel: weighing the same order again (a scan
    after a refusal, its parcel still on the scale) compares with the parcel before it, else the
    packer would have to lift the parcel off and on again for nothing.
    """

    order: str | None = None  # the last weighed order's number (casefolded)
    weight: Weight | None = None  # its weight
    before: Weight | None = None  # the weight of the order weighed before it

    def previous_for(self, order_number: str) -> Weight | None:
        return self.before if order_number.casefold() == self.order else self.weight

    def took(self, order_number: str, weight: Weight) -> None:
        key = order_number.casefold()
        if key != self.order:
            self.before, self.order = self.weight, key
        self.weight = weight

    @classmethod
    def journalled(cls, last: tuple[str | None, str] | None) -> ParcelWeights:
        """From the journal's last weighing (`Journal.last_weighing`), so a restart copies nothing."""
        if last is None:
            return cls()
        order_number, text = last
        try:
            value, unit_text = text.split()
            unit = unit_named(unit_text)
            weight = Weight(Decimal(value), unit) if unit is not None else None
        except (ValueError, ArithmeticError):
            weight = None
        if weight is None:
            return cls()
        return cls((order_number or "").casefold() or None, weight)


def journal_fields(weight: Weight, check: WeightCheck, source: str) -> dict[str, str]:
    """What `label_requested` records of the weight (its history row, station/label_steps.py)."""
    return {
        "weight": str(weight),
        "weight_kg": f"{weight.kilograms().normalize():f}",
        "weight_source": source,
        "weight_limit": "checked" if check.checked else f"not checked: {check.reason}",
    }
