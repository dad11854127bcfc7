"""Reading an order dict the way the simulated carriers do: its shop, country and weight, and
whether any carrier would take its address.

The simulator's backend, its shipping rules and the order generator all judge orders by these
readers, so an order is shippable (or not) for the same reason everywhere. The countries the
carriers serve live here too: the unshippable verdict rests on them, and so do the shipping
options' routes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

# --- countries --------------------------------------------------------------------------------

# fmt: off
EU_COUNTRY_CODES: Final = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})
# fmt: on
# Outside the EU customs union: these need customs details and a CN23.
CUSTOMS_COUNTRY_CODES: Final = frozenset({"GB", "CH"})
# Every country one of the simulator's carriers delivers to.
KNOWN_COUNTRY_CODES: Final = EU_COUNTRY_CODES | CUSTOMS_COUNTRY_CODES
# Carriers here want the house number in its own field; elsewhere (GB, FR, …) it may be part of
# address_line_1 or absent (a house name).
HOUSE_NUMBER_REQUIRED_COUNTRIES: Final = frozenset({"NL", "BE", "DE"})

# Reason codes unshippable_reason() gives (and SeedData.unshippable_reasons holds).
MISSING_HOUSE_NUMBER: Final = "missing_house_number"
UNKNOWN_COUNTRY: Final = "unknown_country"
MISSING_SHIPPING_ADDRESS: Final = "missing_shipping_address"


# --- readers -------------------------------------------------------------------------------------

_KG_PER_UNIT: Final = {"kg": 1.0, "g": 0.001, "lbs": 0.45359237, "oz": 0.028349523125}


def order_integration_id(order: Mapping[str, Any]) -> int | None:
    integration = (order.get("order_details") or {}).get("integration") or {}
    value = integration.get("id")
    return value if isinstance(value, int) else None


def order_country_code(order: Mapping[str, Any]) -> str | None:
    """The upper-cased shipping country, or None without a shipping address."""
    address = order.get("shipping_address")
    if not isinstance(address, Mapping):
        return None
    code = address.get("country_code")
    return code.strip().upper() if isinstance(code, str) and code.strip() else None


def weight_to_kg(weight: Mapping[str, Any]) -> float:
    """A Measurement weight (`{"value": 850, "unit": "g"}`; value may be a string) in kilograms."""
    unit = weight.get("unit", "kg")
    if unit not in _KG_PER_UNIT:
        raise ValueError(f"unknown weight unit {unit!r}")
    return float(weight["value"]) * _KG_PER_UNIT[unit]


def order_weight_kg(order: Mapping[str, Any]) -> float | None:
    """The order's weight: `shipping_details.measurement.weight` if given, else the item weights × quantities.

    None when neither is known (then the simulator uses ShippingDefaults.weight_kg). A partial sum
    would understate the weight and could pick a service the parcel is too heavy for, so one item
    without a weight makes the item sum unknown.
    """
    shipping = order.get("shipping_details") or {}
    weight = (shipping.get("measurement") or {}).get("weight")
    if weight:
        return round(weight_to_kg(weight), 3)
    items = (order.get("order_details") or {}).get("order_items") or []
    total = 0.0
    for item in items:
        item_weight = (item.get("measurement") or {}).get("weight")
        if not item_weight:
            return None
        total += weight_to_kg(item_weight) * int(item.get("quantity", 1))
    return round(total, 3) if items else None


def unshippable_reason(order: Mapping[str, Any]) -> str | None:
    """Why no carrier would take this order's address, or None if the address is fine."""
    country = order_country_code(order)
    if country is None:
        return MISSING_SHIPPING_ADDRESS
    if country not in KNOWN_COUNTRY_CODES:
        return UNKNOWN_COUNTRY
    house_number = order["shipping_address"].get("house_number")
    if country in HOUSE_NUMBER_REQUIRED_COUNTRIES and not (
        isinstance(house_number, str) and house_number.strip()
    ):
        return MISSING_HOUSE_NUMBER
    return None
