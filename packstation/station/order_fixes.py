"""A shift lead's fix of an order: the changes the console's dialog edits, checked against
Sendcloud's own update model before anything is sent, and turned into a PATCH body or, when lines
are added or removed (PATCH cannot), into the whole order for an upsert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pydantic import ValidationError

from packstation.error_codes import ErrorCode
from packstation.sendcloud import (
    Measurement,
    Order,
    OrderItem,
    OrderUpdate,
    Price,
)
from packstation.sendcloud.models import (
    ShippingDetails,
    Weight,
)
from packstation.station.field_names import field_label
from packstation.station.review_outcomes import ReviewError
from packstation.validation import problems

# The shipping-address fields the fix dialog edits, as `Address`/`AddressUpdate` name them.
ADDRESS_FIELDS: Final = (
    "name",
    "company_name",
    "address_line_1",
    "house_number",
    "address_line_2",
    "postal_code",
    "city",
    "country_code",
    "state_province_code",
    "phone_number",
    "email",
)


@dataclass(frozen=True)
class ItemChange:
    """One order line as it should be after the fix; lines are matched by name (as PATCH does)."""

    name: str
    quantity: int  # 0 removes the line


@dataclass(frozen=True)
class OrderChanges:
    """What the console's fix dialog edits; `None` leaves a field as Sendcloud has it.

    The address fields are the order's *shipping* address. `items`, when given, is the whole list
    of lines after the fix: a line left out or with quantity 0 is removed, a new name is added.
    """

    name: str | None = None
    company_name: str | None = None
    address_line_1: str | None = None
    house_number: str | None = None
    address_line_2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    state_province_code: str | None = None
    phone_number: str | None = None
    email: str | None = None
    weight_kg: float | None = None
    items: tuple[ItemChange, ...] | None = None

    @property
    def address(self) -> dict[str, str]:
        return {name: value for name in ADDRESS_FIELDS if (value := getattr(self, name)) is not None}

    def changed_fields(self) -> tuple[str, ...]:
        """The names of what is changed (for the audit log: names only, never the values, which
        are a customer's personal data)."""
        names = [f"shipping_address.{name}" for name in self.address]
        if self.weight_kg is not None:
            names.append("weight")
        if self.items is not None:
            names.append("items")
        return tuple(names)

    @property
    def is_empty(self) -> bool:
        return not self.changed_fields()


def invalid_changes_text(exc: ValidationError) -> str:
    """A refused fix in words: which field, and what is wrong with it."""
    described = [f"{field_label('/'.join(problem.path))}: {problem.message}" for problem in problems(exc)]
    return "These changes cannot be sent: " + "; ".join(described) + "."


def patchable(order: Order, items: Sequence[ItemChange]) -> bool:
    """PATCH changes lines matched by name; adding or removing one needs an upsert."""
    current = {item.name for item in order.order_details.order_items}
    wanted = {item.name for item in items if item.quantity > 0}
    return wanted == current and all(item.quantity > 0 for item in items)


def update_data(changes: OrderChanges, order: Order | None = None) -> dict[str, object]:
    """The changes as a PATCH body; with `order`, only the lines whose quantity differs."""
    data: dict[str, object] = {}
    if changes.address:
        data["shipping_address"] = changes.address
    if changes.weight_kg is not None:
        data["shipping_details"] = {"measurement": {"weight": {"value": changes.weight_kg, "unit": "kg"}}}
    if changes.items is not None:
        quantities = {item.name: item.quantity for item in order.order_details.order_items} if order else {}
        lines = [
            {"name": item.name, "quantity": item.quantity}
            for item in changes.items
            if order is None or quantities.get(item.name) != item.quantity
        ]
        if lines:
            data["order_details"] = {"order_items": lines}
    return data


def check_changes(changes: OrderChanges) -> None:
    """Every value against Sendcloud's own update model, before anything is sent or audited."""
    if changes.items is not None and any(
        not item.name.strip() or item.quantity < 0 for item in changes.items
    ):
        raise ReviewError(
            "Every order line needs a name and a quantity of 0 or more.", code=ErrorCode.FIX_INVALID
        )
    try:
        OrderUpdate.model_validate(update_data(changes))
    except ValidationError as exc:
        raise ReviewError(invalid_changes_text(exc), code=ErrorCode.FIX_INVALID) from exc


def patch_body(order: Order, changes: OrderChanges) -> OrderUpdate:
    data = update_data(changes, order)
    if not data:
        raise ReviewError(
            "The order already has these values; nothing was sent.", code=ErrorCode.FIX_NOTHING_CHANGED
        )
    return OrderUpdate.model_validate(data)


def upserted_order(order: Order, changes: OrderChanges) -> Order:
    """The whole order with the changes applied, for an upsert (PATCH cannot add or drop lines)."""
    updates: dict[str, object] = {}
    if changes.address:
        if order.shipping_address is None:
            raise ReviewError(
                "The order has no shipping address to change; enter it in the shop.",
                code=ErrorCode.FIX_NO_ADDRESS,
            )
        updates["shipping_address"] = order.shipping_address.model_copy(update=changes.address)
    if changes.weight_kg is not None:
        shipping = order.shipping_details or ShippingDetails()
        measurement = (shipping.measurement or Measurement()).model_copy(
            update={"weight": Weight(value=changes.weight_kg, unit="kg")}
        )
        updates["shipping_details"] = shipping.model_copy(update={"measurement": measurement})
    if changes.items is not None:
        current = {item.name: item for item in order.order_details.order_items}
        # A tolerant reader may have read an order without its total's currency: take a line's.
        currency = order.payment_details.total_price.currency or next(
            (item.total_price.currency for item in current.values() if item.total_price.currency), None
        )
        if currency is None and any(item.name not in current for item in changes.items if item.quantity > 0):
            raise ReviewError(
                "Sendcloud did not say the order's currency, so a new line cannot be priced; add the "
                "line in the shop.",
                code=ErrorCode.FIX_NO_CURRENCY,
            )
        lines = [
            current[item.name].model_copy(update={"quantity": item.quantity})
            if item.name in current
            # A line the shop never had: Sendcloud needs a price; the shop's own total stands.
            else OrderItem(
                name=item.name, quantity=item.quantity, total_price=Price(value=0.0, currency=currency)
            )
            for item in changes.items
            if item.quantity > 0
        ]
        if not lines:
            raise ReviewError("An order needs at least one line.", code=ErrorCode.FIX_NO_ITEMS)
        updates["order_details"] = order.order_details.model_copy(update={"order_items": lines})
    return order.model_copy(update=updates)
