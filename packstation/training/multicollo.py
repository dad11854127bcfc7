"""The simulator's reading of a multicollo order: `parcels[]` on `create-labels-async` (issue 18).

The spec (S-SAO `create-labels-parcels`, api-notes §4.2): per order 1–50 parcels, each with
`parcel_items` (`item_id` of an order line and a `quantity` ≥ 1, at most 1,000), optional
`dimensions` (`length`, `width`, `height` as strings and a `unit`: cm, mm, m, yd, ft, in) and
optional `weight` (`value` as a string and a `unit`: kg, g, lbs, oz).

What the spec does not say, and the simulator decides (docs/api-deviations.md, "Multicollo"):
an order whose shipping option lacks the `multicollo` functionality, an unknown `item_id`, or more
pieces than the order has, refuse the whole order (no parcel is made); a parcel over the option's
maximum weight or dimensions is refused on its own while the order's other parcels are made, the
refusal pointing at the parcel (`/data/attributes/orders/[i]/parcels/[k]/weight`). That partial
outcome is what the station must void. Pure functions; the backend turns a `ParcelProblem` into
Sendcloud's error shape.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

KG_PER_UNIT: Mapping[str, float] = {"kg": 1.0, "g": 0.001, "lbs": 0.45359237, "oz": 0.028349523125}
CM_PER_UNIT: Mapping[str, float] = {"cm": 1.0, "mm": 0.1, "m": 100.0, "yd": 91.44, "ft": 30.48, "in": 2.54}
MAX_PARCEL_ITEMS = 1000


class ParcelProblem(Exception):
    """A parcel the carrier refuses: the detail in Sendcloud's words and the pointer below the order."""

    def __init__(self, detail: str, pointer: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.pointer = pointer


@dataclass(frozen=True, slots=True)
class ParcelSpec:
    """One parcel of a multicollo request, read and checked against its order."""

    index: int
    items: tuple[tuple[str, int], ...]  # (item_id, quantity), in request order
    weight_kg: float | None
    dimensions_cm: tuple[float, float, float] | None
    dimensions: dict[str, Any] | None  # as sent, for the shipment's answer


def _number(raw: object, pointer: str) -> float:
    try:
        value = float(str(raw).strip())
    except ValueError:
        raise ParcelProblem("Input should be a valid decimal number as a string.", pointer) from None
    if not math.isfinite(value) or value <= 0 or not isinstance(raw, str):
        raise ParcelProblem("Input should be a positive decimal number as a string.", pointer)
    return value


def _weight(raw: object, pointer: str) -> float | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) != {"value", "unit"}:
        raise ParcelProblem("A weight needs exactly a value and a unit.", pointer)
    unit = raw["unit"]
    if unit not in KG_PER_UNIT:
        raise ParcelProblem(f"Input should be {', '.join(map(repr, KG_PER_UNIT))}.", f"{pointer}/unit")
    return _number(raw["value"], f"{pointer}/value") * KG_PER_UNIT[unit]


def _dimensions(raw: object, pointer: str) -> tuple[float, float, float] | None:
    if raw is None:
        return None
    names = ("length", "width", "height")
    if not isinstance(raw, dict) or set(raw) != {*names, "unit"}:
        raise ParcelProblem("Dimensions need a length, width, height and unit.", pointer)
    unit = raw["unit"]
    if unit not in CM_PER_UNIT:
        raise ParcelProblem(f"Input should be {', '.join(map(repr, CM_PER_UNIT))}.", f"{pointer}/unit")
    length, width, height = (_number(raw[n], f"{pointer}/{n}") * CM_PER_UNIT[unit] for n in names)
    return (length, width, height)


def parcel_shape(raw: object, k: int) -> ParcelSpec:
    """One parcel of the request read by the spec's schema alone; a `ParcelProblem` when it breaks it.

    The simulator's request rules refuse such a request whole (400), as a spec-strict server would.
    Pointers are relative to the order (`/parcels/[k]/…`)."""
    pointer = f"/parcels/[{k}]"
    if not isinstance(raw, dict) or not set(raw) <= {"parcel_items", "weight", "dimensions"}:
        raise ParcelProblem("A parcel has parcel_items and optionally weight and dimensions.", pointer)
    items = raw.get("parcel_items")
    if not isinstance(items, list) or len(items) > MAX_PARCEL_ITEMS:
        raise ParcelProblem(
            f"Give a list of at most {MAX_PARCEL_ITEMS} parcel items.", f"{pointer}/parcel_items"
        )
    read_items = []
    for j, item in enumerate(items):
        where = f"{pointer}/parcel_items/[{j}]"
        if not isinstance(item, dict) or set(item) != {"item_id", "quantity"}:
            raise ParcelProblem("A parcel item needs exactly an item_id and a quantity.", where)
        item_id, quantity = item["item_id"], item["quantity"]
        if not isinstance(item_id, str) or not item_id:
            raise ParcelProblem("Input should be a valid string.", f"{where}/item_id")
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
            raise ParcelProblem("Input should be an integer of at least 1.", f"{where}/quantity")
        read_items.append((item_id, quantity))
    return ParcelSpec(
        index=k,
        items=tuple(read_items),
        weight_kg=_weight(raw.get("weight"), f"{pointer}/weight"),
        dimensions_cm=_dimensions(raw.get("dimensions"), f"{pointer}/dimensions"),
        dimensions=dict(raw["dimensions"]) if raw.get("dimensions") is not None else None,
    )


def read_parcels(raw_parcels: Sequence[object], order: Mapping[str, Any]) -> list[ParcelSpec]:
    """Every parcel of the request, checked against the order's lines (each `item_id` one of the
    order's, never more pieces than the order has); the first problem raises."""
    on_order: dict[str, int] = {}
    for line in (order.get("order_details") or {}).get("order_items") or []:
        item_id = line.get("item_id")
        if isinstance(item_id, str):
            on_order[item_id] = on_order.get(item_id, 0) + int(line.get("quantity") or 0)
    packed: dict[str, int] = {}
    specs = [parcel_shape(raw, k) for k, raw in enumerate(raw_parcels)]
    for spec in specs:
        for j, (item_id, quantity) in enumerate(spec.items):
            where = f"/parcels/[{spec.index}]/parcel_items/[{j}]"
            if item_id not in on_order:
                raise ParcelProblem(f"The order has no item with item_id {item_id}.", f"{where}/item_id")
            packed[item_id] = packed.get(item_id, 0) + quantity
            if packed[item_id] > on_order[item_id]:
                raise ParcelProblem(
                    f"The parcels hold {packed[item_id]} of item {item_id}; "
                    f"the order has {on_order[item_id]}.",
                    f"{where}/quantity",
                )
    return specs


def multicollo_refusal(option: Mapping[str, Any]) -> str | None:
    """Why the option cannot ship several parcels in one shipment, or None when it can."""
    if (option.get("functionalities") or {}).get("multicollo"):
        return None
    return f"The shipping option {option['code']} does not support multicollo shipments."


def parcel_refusal(spec: ParcelSpec, option: Mapping[str, Any], weight_kg: float) -> ParcelProblem | None:
    """The carrier's refusal of this one parcel (too heavy, too big), or None."""
    maximum = float(((option.get("weight") or {}).get("max") or {}).get("value") or "inf")
    if weight_kg > maximum:
        return ParcelProblem(
            f"The parcel weighs {weight_kg:.3f} kg; {option['name']} takes at most {maximum:g} kg.",
            f"/parcels/[{spec.index}]/weight",
        )
    limits = option.get("max_dimensions") or {}
    if spec.dimensions_cm is not None and limits:
        allowed = sorted((float(limits[n]) for n in ("length", "width", "height")), reverse=True)
        given = sorted(spec.dimensions_cm, reverse=True)
        # 0 means "no limit", as in the spec's example.
        if any(limit > 0 and size > limit for size, limit in zip(given, allowed, strict=True)):
            return ParcelProblem(
                f"The parcel measures {' x '.join(f'{s:g}' for s in given)} cm; "
                f"{option['name']} takes at most {' x '.join(f'{a:g}' for a in allowed)} cm.",
                f"/parcels/[{spec.index}]/dimensions",
            )
    return None
