"""The simulated account's settings: its ids, shops (integrations), sender addresses, carrier
contracts and brands, drawn from the seed.

A Dutch outdoor retailer, "Noordkaap Outdoor", selling through its ERP (API integration) and a
Shopify shop, with a second brand, "Trailhead Kids", on WooCommerce. The dicts are shaped exactly as
the v3 API returns its settings lists (api-notes §6), so the simulator serves them as they are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from packstation.training.draws import EPOCH, digits

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class Account:
    """The ids the orders and rules refer to, and the sender's tax numbers customs papers carry."""

    api_id: int
    shopify_id: int
    woo_id: int
    contract_ids: dict[str, int]
    sender_vat: str
    sender_eori: str

    def integration_id(self, kind: str) -> int:
        return {"api": self.api_id, "shopify": self.shopify_id, "woocommerce": self.woo_id}[kind]


def draw_account(rng: random.Random) -> Account:
    """The ids and tax numbers the rest of the account refers to."""
    sender_vat = "NL" + digits(rng, 9) + "B01"
    return Account(
        api_id=rng.randint(40, 99),
        shopify_id=rng.randint(300, 899),
        woo_id=rng.randint(4000, 9999),
        contract_ids=dict(
            zip(
                ("postnl", "dhl", "dpd", "ups", "sendcloud"),
                sorted(rng.sample(range(20, 2000), 5)),
                strict=True,
            )
        ),
        sender_vat=sender_vat,
        sender_eori=sender_vat[:11],  # a Dutch EORI is "NL" + the VAT number's 9 digits
    )


def integrations(account: Account, rng: random.Random) -> list[JSONDict]:
    def stamp(days_before: int) -> str:
        moment = EPOCH - timedelta(days=days_before, seconds=rng.randint(0, 86_399))
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    return [
        {
            "id": account.api_id,
            "shop_name": "Noordkaap ERP",
            "shop_url": "https://erp.noordkaap-outdoor.example/",
            "type": "api",
            "created_at": stamp(900),
            "updated_at": stamp(40),
            "last_fetched_at": None,  # API integrations push orders; nothing is fetched
            "started_failing_at": None,
            "service_point_enabled": False,
            "service_point_carriers": [],
            "webhook_active": False,
            "webhook_url": None,
            "feedback_type": "none",
        },
        {
            "id": account.shopify_id,
            "shop_name": "Noordkaap Outdoor",
            "shop_url": "https://noordkaap-outdoor.example/",
            "type": "shopify",
            "created_at": stamp(700),
            "updated_at": stamp(12),
            "last_fetched_at": stamp(0),
            "started_failing_at": None,
            "service_point_enabled": True,
            "service_point_carriers": ["postnl", "dhl"],
            "webhook_active": True,
            "webhook_url": "https://noordkaap-outdoor.example/webhooks/sendcloud",
            "feedback_type": "eager",
        },
        {
            "id": account.woo_id,
            "shop_name": "Trailhead Kids",
            "shop_url": "https://trailhead-kids.example/",
            "type": "woocommerce",
            "created_at": stamp(300),
            "updated_at": stamp(3),
            "last_fetched_at": stamp(0),
            "started_failing_at": None,
            "service_point_enabled": True,
            "service_point_carriers": ["postnl"],
            "webhook_active": False,
            "webhook_url": None,
            "feedback_type": "delayed",
        },
    ]


def sender_addresses(account: Account, rng: random.Random) -> list[JSONDict]:
    """The warehouse in Best first: it is the default sender address."""
    base_id = rng.randint(100_000, 900_000)
    tax_numbers = [
        {"name": "VAT", "country_code": "NL", "value": account.sender_vat},
        {"name": "EORI", "country_code": "NL", "value": account.sender_eori},
        {"name": "VAT", "country_code": "GB", "value": "GB" + digits(rng, 9)},
    ]
    return [
        {
            "id": base_id,
            "name": "Sanne de Wit",
            "company_name": "Noordkaap Outdoor B.V.",
            "address_line_1": "Hallenweg",
            "house_number": "12",
            "address_line_2": "",
            "postal_code": "5683 CT",
            "city": "Best",
            "country_code": "NL",
            "email": "warehouse@noordkaap-outdoor.example",
            "phone_number": "+31 499 " + digits(rng, 6),
            "tax_numbers": tax_numbers,
            "signature": {"full_name": "Sanne de Wit", "initials": "SdW"},
        },
        {
            "id": base_id + rng.randint(1, 400),
            "name": "Wout Peeters",
            "company_name": "Noordkaap Outdoor B.V.",
            "address_line_1": "Antwerpsesteenweg",
            "house_number": "221",
            "address_line_2": "",
            "postal_code": "2800",
            "city": "Mechelen",
            "country_code": "BE",
            "email": "mechelen@noordkaap-outdoor.example",
            "phone_number": "+32 15 " + digits(rng, 6),
            "tax_numbers": tax_numbers[:2],
            "signature": {"full_name": "Wout Peeters", "initials": "WP"},
        },
        {
            "id": base_id + rng.randint(401, 900),
            "name": "Leonie Köhler",
            "company_name": "Trailhead Kids",
            "address_line_1": "Lagerstraße",
            "house_number": "4",
            "address_line_2": "Tor 3",
            "postal_code": "47533",
            "city": "Kleve",
            "country_code": "DE",
            "email": "versand@trailhead-kids.example",
            "phone_number": "+49 2821 " + digits(rng, 6),
            "tax_numbers": tax_numbers[:2],
            "signature": {"full_name": "Leonie Köhler", "initials": "LK"},
        },
    ]


def contracts(account: Account, rng: random.Random) -> list[JSONDict]:
    """Direct contracts with PostNL and DHL; the other carriers at Sendcloud's rates."""
    ids = account.contract_ids

    def contract(carrier: str, name: str, client_id: str, kind: str, label: str) -> JSONDict:
        return {
            "id": ids[carrier],
            "carrier": {"code": carrier, "name": name},
            "client_id": client_id,
            "country": "NL",
            "is_default_per_carrier": True,
            "state": "active",
            "type": kind,
            # Not in the list example, but in the spec's `contract` schema and in ShippingOption.
            "name": label,
        }

    return [
        contract("postnl", "PostNL", digits(rng, 8), "direct", "Direct contract PostNL"),
        contract("dhl", "DHL Parcel", "5" + digits(rng, 7), "direct", "Direct contract DHL"),
        contract("dpd", "DPD", "", "sendcloud", "Sendcloud rates"),
        contract("ups", "UPS", "", "sendcloud", "Sendcloud rates"),
        contract("sendcloud", "Sendcloud", "", "sendcloud", "Sendcloud rates"),
    ]


def brands(rng: random.Random) -> list[JSONDict]:
    return [
        {"id": rng.randint(1000, 4999), "name": "Noordkaap Outdoor"},
        {"id": rng.randint(5000, 9999), "name": "Trailhead Kids"},
    ]
