"""Find the order, make sure it has no label yet, create its label: the core of one scan.

No Qt and no I/O besides the injected `SendcloudClient`; the CLI and (later) the GUI drive it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.sendcloud import (
    ExistingLabel,
    LabelMimeType,
    LabelResult,
    Order,
    SendcloudClient,
)
from packstation.settings import StationSettings


@dataclass(frozen=True)
class ShippingProfile:
    """What the station asks Sendcloud for on every label."""

    mime_type: LabelMimeType = "application/pdf"
    dpi: int | None = None  # None: Sendcloud's default for the MIME type
    integration_ids: tuple[int, ...] = ()  # empty: any integration of the account
    shipping_option_code: str | None = None
    contract_id: int | None = None
    sender_address_id: int | None = None
    brand_id: int | None = None
    apply_shipping_rules: bool = False


@dataclass(frozen=True)
class OrderLookupPolicy:
    """Orders are saved asynchronously (seed: "order not found" right after creation), so a lookup
    that finds nothing tries again a bounded number of times, waiting `backoff`, 2×, 4× … seconds."""

    attempts: int = 4
    backoff: float = 0.5
    sleep: Callable[[float], None] = time.sleep


class OrderNotFoundError(PackstationError):
    code = ErrorCode.ORDER_NOT_FOUND


class AmbiguousOrderError(PackstationError):
    code = ErrorCode.ORDER_AMBIGUOUS

    def __init__(self, message: str, candidates: Sequence[Order]) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)


class AlreadyShippedError(PackstationError):
    """The order has a live label already: shipping it again would pay for a second parcel."""

    code = ErrorCode.ALREADY_SHIPPED

    def __init__(self, order_number: str, existing: Sequence[ExistingLabel]) -> None:
        first = existing[0]
        tracking = f", tracking {first.tracking_number}" if first.tracking_number else ""
        super().__init__(
            f"Order {order_number} is already shipped: parcel {first.parcel_id}{tracking}. "
            "Reprint that label instead of creating a new one."
        )
        self.existing = tuple(existing)


def find_order(
    client: SendcloudClient,
    order_number: str,
    *,
    integration_ids: Sequence[int] = (),
    policy: OrderLookupPolicy | None = None,
) -> Order:
    """The one order with this number (case-insensitive) in the station's integrations."""
    policy = policy or OrderLookupPolicy()
    integration = list(integration_ids) or None
    for attempt in range(policy.attempts):
        page = client.list_orders(order_number=order_number, integration=integration)
        if len(page.items) == 1:
            return page.items[0]
        if len(page.items) > 1:
            where = ", ".join(str(o.order_details.integration.id) for o in page.items)
            raise AmbiguousOrderError(
                f"Order number {order_number} exists in several shops (integrations {where}). "
                "Limit the station to one integration, or pick the order on screen.",
                page.items,
            )
        if attempt + 1 < policy.attempts:
            policy.sleep(policy.backoff * 2**attempt)
    scope = f" in integration(s) {', '.join(map(str, integration_ids))}" if integration_ids else ""
    raise OrderNotFoundError(
        f"Order {order_number} was not found in Sendcloud{scope}. Check the barcode; an order that "
        "was only just created can take a moment to appear."
    )


def ensure_not_shipped(client: SendcloudClient, order: Order) -> None:
    """Refuse an order that already has a live (not cancelled) parcel in Sendcloud."""
    existing = client.find_existing_labels(
        order.order_number, integration_id=order.order_details.integration.id
    )
    live = [label for label in existing if not label.cancelled]
    if live:
        raise AlreadyShippedError(order.order_number, live)


def create_label(client: SendcloudClient, order: Order, profile: ShippingProfile) -> LabelResult:
    """One synchronous Ship-an-Order call for exactly the order the lookup found.

    Sendcloud is sent its `order_id` with its integration, never the order number alone: numbers
    may repeat (api-notes §3.2). The number names the order in messages and in the lookup after an
    unknown outcome.
    """
    return client.create_label_sync(
        integration_id=order.order_details.integration.id,
        order_id=order.order_id,
        order_number=order.order_number,
        apply_shipping_rules=profile.apply_shipping_rules,
        shipping_option_code=profile.shipping_option_code,
        contract_id=profile.contract_id,
        sender_address_id=profile.sender_address_id,
        brand_id=profile.brand_id,
        mime_type=profile.mime_type,
        dpi=profile.dpi,
    )


def shipping_profile(settings: StationSettings) -> ShippingProfile:
    ship_with = settings.ship_with
    return ShippingProfile(
        mime_type=settings.label_mime_type,
        dpi=settings.label_dpi,
        integration_ids=settings.integration_ids,
        shipping_option_code=ship_with.shipping_option_code if ship_with else None,
        contract_id=ship_with.contract_id if ship_with else None,
        sender_address_id=settings.sender_address_id,
        brand_id=settings.brand_id,
        apply_shipping_rules=settings.apply_shipping_rules,
    )
