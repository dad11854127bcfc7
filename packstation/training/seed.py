"""Deterministic seed data for the simulator: one Sendcloud account and its open orders.

`make_seed_data(seed)` draws everything from one `random.Random(seed)` (never the global generator,
the clock or a `set`'s iteration order), so the same seed gives byte-identical JSON on every run and
platform. The dicts are shaped exactly as the v3 API returns them (api-notes §3.3 for orders, §6 for
the settings lists) so the simulator can serve them as they are.

The parts live beside this module: `account.py` (ids, shops, sender addresses, contracts, brands),
`catalogue.py` (products, prices, barcodes), `customers.py` (who orders and where they live),
`order_generator.py` (the orders), `shipping_rules.py` (options, rules, defaults) and
`order_reading.py` (an order's country, weight and whether it can ship).

Domains and e-mail addresses use the reserved `.example` / `example.com` names; UK phone numbers
use Ofcom's drama range, so nothing here reaches a real person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from packstation.training.account import brands, contracts, draw_account, integrations, sender_addresses
from packstation.training.catalogue import CASE_SKU, CASE_UNITS, case_code, draw_product_codes
from packstation.training.order_generator import OrderGenerator
from packstation.training.order_reading import KNOWN_COUNTRY_CODES
from packstation.training.shipping_rules import (
    ShippingDefaults,
    ShippingRule,
    shipping_options,
    shipping_rules,
)

__all__ = ["SeedData", "make_seed_data"]

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class SeedData:
    """One simulated account. The dicts are JSON-shaped exactly as the v3 API returns them."""

    seed: int
    integrations: list[JSONDict]  # GET /integrations items (S-INT)
    sender_addresses: list[JSONDict]  # GET /addresses/sender-addresses items (S-MRG)
    default_sender_address_id: int
    brands: list[JSONDict]  # {"id": int, "name": str}
    contracts: list[JSONDict]  # GET /contracts items (S-MRG), plus the contract's "name"
    shipping_options: list[JSONDict]  # ShippingOption objects (S-SO), "quotes": null
    # For the simulator's filtering: option code → (from countries, to countries).
    shipping_option_routes: dict[str, tuple[frozenset[str], frozenset[str]]]
    shipping_rules: list[ShippingRule]
    shipping_defaults: ShippingDefaults
    orders: list[JSONDict]  # GET /orders/{id} "data" objects, sorted by id ascending
    unshippable_reasons: dict[str, str]  # order_number → MISSING_HOUSE_NUMBER | UNKNOWN_COUNTRY
    duplicate_order_numbers: frozenset[str]  # order numbers used by orders of two integrations
    case_barcodes: dict[str, int]  # the cases' GTIN-14 → units, as a station's `case_barcodes` lists them
    known_country_codes: frozenset[str] = KNOWN_COUNTRY_CODES


def make_seed_data(seed: int) -> SeedData:
    """The simulated account for `seed`: the same seed always gives identical data."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    # The draws happen in this order, and each takes the next numbers from `rng`: reordering the
    # lines below changes every seed's data (and the orders a trainer's notes refer to).
    products = draw_product_codes(rng)
    account = draw_account(rng)
    account_contracts = contracts(account, rng)
    options, routes = shipping_options(account_contracts)
    senders = sender_addresses(account, rng)
    orders, unshippable, duplicates = OrderGenerator(rng, products).orders(account)
    return SeedData(
        seed=seed,
        integrations=integrations(account, rng),
        sender_addresses=senders,
        default_sender_address_id=senders[0]["id"],
        brands=brands(rng),
        contracts=account_contracts,
        shipping_options=options,
        shipping_option_routes=routes,
        shipping_rules=shipping_rules(account.woo_id),
        shipping_defaults=ShippingDefaults(),
        orders=orders,
        unshippable_reasons=unshippable,
        duplicate_order_numbers=duplicates,
        case_barcodes={case_code(products[CASE_SKU][1]): CASE_UNITS},
    )
