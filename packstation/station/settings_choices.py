"""What the settings screen offers, asked from Sendcloud and the printer. No Qt, no threads: the
dialog calls these on its background lanes.

The shipping options depend on a route, and a station has no single route, so the screen asks
for the station's *typical* one:

- from: the chosen sender address's country; with none chosen, the account's first sender
  address (the one Sendcloud falls back to);
- to: the most common destination among the latest `RECENT_ORDERS` orders of the chosen
  integrations (all of them when none is chosen); with no orders yet, the sender's own country.

Orders are the best evidence of where a station ships: an integration has no country of its
own in the API, and a domestic guess would hide the options of a station that mostly exports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from packstation.printing.errors import ZplDpiMismatchError
from packstation.printing.printer import LabelPrinter
from packstation.printing.status import PrinterIdentity
from packstation.sendcloud import (
    Contract,
    Integration,
    SendcloudClient,
    SenderAddress,
    ShippingOption,
    ShippingOptionsRequest,
    label_dpi,
)
from packstation.settings import StationSettings

RECENT_ORDERS: Final = 100  # one page of GET /orders: enough to see a pattern, one request


@dataclass(frozen=True)
class Route:
    from_country: str | None
    to_country: str | None
    orders_seen: int  # how many recent orders `to_country` was chosen from (0: the domestic guess)


@dataclass(frozen=True)
class ShippingChoices:
    route: Route
    options: tuple[ShippingOption, ...]
    message: str | None  # Sendcloud's reason when it offers nothing


@dataclass(frozen=True)
class SettingsChoices:
    integrations: tuple[Integration, ...]
    sender_addresses: tuple[SenderAddress, ...]
    contracts: tuple[Contract, ...]
    shipping: ShippingChoices


def load_choices(
    client: SendcloudClient, integration_ids: Sequence[int], sender_address_id: int | None
) -> SettingsChoices:
    """Everything the pickers list: integrations, sender addresses, contracts, shipping options."""
    integrations = tuple(client.list_integrations())
    senders = tuple(client.list_sender_addresses())
    contracts = tuple(client.list_contracts())
    # Integrations chosen earlier but gone from the account would make GET /orders fail: skip them.
    existing = {integration.id for integration in integrations}
    chosen = [i for i in integration_ids if i in existing]
    shipping = load_shipping_choices(client, chosen, senders, sender_address_id)
    return SettingsChoices(integrations, senders, contracts, shipping)


def load_shipping_choices(
    client: SendcloudClient,
    integration_ids: Sequence[int],
    sender_addresses: Sequence[SenderAddress],
    sender_address_id: int | None,
) -> ShippingChoices:
    """The shipping options for the station's typical route (see the module docstring)."""
    route = typical_route(client, integration_ids, sender_country(sender_addresses, sender_address_id))
    result = client.shipping_options(
        ShippingOptionsRequest(from_country_code=route.from_country, to_country_code=route.to_country)
    )
    return ShippingChoices(route, result.options, result.message)


def sender_country(sender_addresses: Sequence[SenderAddress], sender_address_id: int | None) -> str | None:
    chosen = [a for a in sender_addresses if a.id == sender_address_id] or list(sender_addresses[:1])
    return chosen[0].country_code if chosen else None


def typical_route(client: SendcloudClient, integration_ids: Sequence[int], from_country: str | None) -> Route:
    page = client.list_orders(
        integration=list(integration_ids) or None, sort="-order_created_at", page_size=RECENT_ORDERS
    )
    countries = Counter(
        order.shipping_address.country_code.upper() for order in page.items if order.shipping_address
    )
    if not countries:
        return Route(from_country, from_country, 0)
    # Most orders first; on a tie the domestic route, then the alphabet, so the answer is stable.
    to_country = min(countries, key=lambda country: (-countries[country], country != from_country, country))
    return Route(from_country, to_country, sum(countries.values()))


def verify_printer(settings: StationSettings) -> PrinterIdentity:
    """Ask the printer (~HI) before its profile is saved: refuse a profile whose DPI is not the
    head's (`PrinterResolutionMismatchError`), and ZPL labels made for another resolution than the
    head's (`ZplDpiMismatchError`: they would print too small or cut off, notes §5.1).

    Raises what `LabelPrinter.identify()` raises when the printer cannot be asked or reached.
    """
    if settings.printer is None:
        raise ValueError("no printer to verify")
    identity = LabelPrinter(settings.printer).verify_resolution()
    if settings.label_mime_type == "application/zpl":
        sent = label_dpi(settings.label_mime_type, settings.label_dpi)
        if sent != identity.dpi:
            effect = "too small" if sent < identity.dpi else "too large and cut off"
            raise ZplDpiMismatchError(
                f"Sendcloud's ZPL labels are {sent} dpi but the printer at {settings.printer.url} "
                f"({identity.model}) prints at {identity.dpi} dpi: every label would come out {effect}. "
                f"Choose PDF labels for this printer, or use a {sent} dpi printer.",
                label_dpi=sent,
                printer_dpi=identity.dpi,
            )
    return identity
