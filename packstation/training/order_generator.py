"""The account's open orders, drawn from the seed: every path a packing station must handle.

Orders are GET /orders/{id} "data" objects exactly as the v3 API returns them (api-notes §3.3).
Besides ordinary orders to every country the addresses cover, the mix always holds orders that
cannot ship (no house number, an unknown country), service-point orders in both `oneOf` shapes,
the shipping-method paths (heavy, letter, mailbox, signature), customs orders outside the EU and
one order number used by two shops.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from packstation.training.account import Account
from packstation.training.catalogue import (
    CASE_SKU,
    CASE_UNITS,
    CURRENCY_RATE,
    HEAVY_SKU,
    LIGHT_SKUS,
    NOORDKAAP_PRODUCTS,
    SHIPPING_PRICE_EUR,
    TRAILHEAD_PRODUCTS,
    UNMARKED_SKUS,
    VAT_RATE,
    Product,
    ProductCodes,
)
from packstation.training.customers import (
    CITIES,
    CITY_COORDINATES,
    COMPANIES,
    CUSTOMER_NAMES,
    GB_INWARD_LETTERS,
    NL_POSTCODE_LETTERS,
    ORDER_NOTES,
    PHONE_PREFIXES,
)
from packstation.training.draws import EPOCH, digits
from packstation.training.order_reading import CUSTOMS_COUNTRY_CODES, unshippable_reason

JSONDict = dict[str, Any]


@dataclass
class _OrderSpec:
    """One order to draw: its shop, its country and the path through the station it exercises."""

    integration: str  # "api" | "shopify" | "woocommerce"
    country: str
    # regular, no_house_number_empty, no_house_number_absent, unknown_country, service_point,
    # heavy, letter, mailbox or signature
    kind: str = "regular"
    country_override: str | None = None
    service_point_variant: str = "id"
    currency: str | None = None


class OrderGenerator:
    """Draws the account's orders from the seed's `rng`, with the seed's product codes on their lines."""

    def __init__(self, rng: random.Random, products: ProductCodes) -> None:
        self.rng = rng
        self.products = products

    # -- small draws --

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _jitter(self) -> timedelta:
        """Sub-second noise, so timestamps look like Sendcloud's ("…:50.858102+00:00")."""
        return timedelta(microseconds=self.rng.randint(0, 999_999))

    # -- orders --

    def _order_specs(self) -> list[_OrderSpec]:
        rng = self.rng
        integrations = ("api", "shopify", "woocommerce")
        countries = ("NL", "BE", "DE", "FR", "AT", "ES", "IT", "GB", "CH")
        weights = (30, 12, 15, 8, 5, 5, 5, 12, 8)
        specs = [
            # Unshippable on purpose.
            _OrderSpec("shopify", "NL", "no_house_number_empty"),
            _OrderSpec("api", "DE", "no_house_number_empty"),
            _OrderSpec("woocommerce", "NL", "no_house_number_absent"),
            _OrderSpec("api", "DE", "unknown_country", country_override="XX"),
            _OrderSpec("shopify", "FR", "unknown_country", country_override="ZZ"),
            # Service points, both oneOf variants of service_point_details.
            _OrderSpec("shopify", "NL", "service_point", service_point_variant="id"),
            _OrderSpec("shopify", "NL", "service_point", service_point_variant="carrier_service_point_id"),
            _OrderSpec("woocommerce", "BE", "service_point", service_point_variant="id"),
            _OrderSpec(
                "woocommerce", "NL", "service_point", service_point_variant="carrier_service_point_id"
            ),
            # Paths through shipping-method resolution.
            _OrderSpec("api", "NL", "heavy"),
            _OrderSpec("shopify", "NL", "letter"),
            _OrderSpec("shopify", "NL", "mailbox"),
            _OrderSpec("woocommerce", "NL", "signature"),
            # Customs: at least two of each non-EU country, one priced in USD.
            _OrderSpec("api", "GB"),
            _OrderSpec("shopify", "GB"),
            _OrderSpec("api", "CH", currency="USD"),
            _OrderSpec("woocommerce", "CH"),
            # At least one ordinary order to every country the seed addresses cover.
            *(_OrderSpec(integrations[n % 3], country) for n, country in enumerate(countries)),
        ]
        while len(specs) < 68:
            specs.append(
                _OrderSpec(
                    rng.choices(integrations, weights=(35, 40, 25))[0],
                    rng.choices(countries, weights=weights)[0],
                )
            )
        rng.shuffle(specs)
        return specs

    def orders(self, account: Account) -> tuple[list[JSONDict], dict[str, str], frozenset[str]]:
        """The orders (by id ascending), why each unshippable one cannot ship (by order number),
        and the order number two shops share."""
        rng = self.rng
        counters = {
            "api": rng.randint(10_000, 19_000),
            "shopify": rng.randint(1_000, 4_000),
            "woocommerce": rng.randint(40_000, 60_000),
        }
        next_id = rng.randint(180_000_000, 240_000_000)
        moment = EPOCH - timedelta(days=6)
        orders: list[JSONDict] = []
        unshippable: dict[str, str] = {}
        for spec in self._order_specs():
            next_id += rng.randint(1, 250)
            moment += timedelta(seconds=rng.randint(60, 3 * 3600))
            counters[spec.integration] += rng.randint(1, 3)
            order = self._order(
                spec, account, counter=counters[spec.integration], sendcloud_id=next_id, moment=moment
            )
            orders.append(order)
            reason = unshippable_reason(order)
            if reason is not None:
                unshippable[order["order_number"]] = reason

        # order_number "may contain duplicates" (api-notes §3.2): the WooCommerce shop also has a
        # "WEB-…" order, imported from the ERP's old numbering. Both are shippable and distinct.
        api_order = next(o for o in orders if o["order_number"].startswith("WEB-") and _plain(o))
        woo_order = next(
            o
            for o in reversed(orders)
            if o["order_details"]["integration"]["id"] == account.woo_id and _plain(o)
        )
        woo_order["order_number"] = api_order["order_number"]
        return orders, unshippable, frozenset({api_order["order_number"]})

    def _order(
        self, spec: _OrderSpec, account: Account, *, counter: int, sendcloud_id: int, moment: datetime
    ) -> JSONDict:
        rng = self.rng
        country = spec.country
        currency = spec.currency or ("GBP" if country == "GB" else "EUR")
        first_names, last_names = CUSTOMER_NAMES[country]
        name = f"{rng.choice(first_names)} {rng.choice(last_names)}"
        company = rng.choice(COMPANIES[country]) if country in COMPANIES and rng.random() < 0.12 else None
        address = self._address(country, name, company)
        if spec.kind == "no_house_number_empty":
            address["house_number"] = ""
        elif spec.kind == "no_house_number_absent":
            address.pop("house_number", None)
        if spec.country_override:
            address["country_code"] = spec.country_override

        order_id, order_number, status = self._identity(spec.integration, counter)
        # Placed in the shop, then imported into Sendcloud, then maybe touched again: in that order.
        created = moment + self._jitter()
        placed = created - timedelta(minutes=rng.randint(2, 45)) - self._jitter()
        updated = placed + timedelta(minutes=rng.randint(0, 30)) + self._jitter()
        modified = created + timedelta(seconds=rng.randint(0, 1) * rng.randint(5, 3600)) + self._jitter()
        items = self._items(spec, currency)
        order_details: JSONDict = {
            "integration": {"id": account.integration_id(spec.integration)},
            "status": status,
            "order_created_at": _iso(placed),
            "order_updated_at": _iso(min(updated, created)),
            "order_items": items,
        }
        if rng.random() < 0.15:
            order_details["notes"] = rng.choice(ORDER_NOTES)
        tags = [tag for tag, p in (("gift", 0.08), ("priority", 0.08), ("fragile", 0.05)) if rng.random() < p]
        if company:
            tags.append("b2b")
        if tags:
            order_details["tags"] = tags

        order: JSONDict = {
            "id": str(sendcloud_id),
            "order_id": order_id,
            "order_number": order_number,
            "created_at": _iso(created),
            "modified_at": _iso(modified),
            "order_details": order_details,
            "payment_details": _payment_details(spec, country, currency, items, placed),
        }
        if country in CUSTOMS_COUNTRY_CODES:
            order["customs_details"] = self._customs_details(account, country, company, placed, counter)
        customer: JSONDict = {"name": name, "email": address["email"]}
        if "phone_number" in address:
            customer["phone_number"] = address["phone_number"]
        order["customer_details"] = customer
        order["billing_address"] = self._billing_address(address, country, "gift" in tags)
        order["shipping_address"] = address
        order["shipping_details"] = self._shipping_details(spec, items, account)
        if spec.kind == "service_point":
            order["service_point_details"] = self._service_point(spec, address)
        return order

    def _identity(self, integration: str, counter: int) -> tuple[str, str, JSONDict]:
        """(order_id, order_number, order status) the way each kind of shop numbers its orders."""
        if integration == "api":
            return self._uuid(), f"WEB-{counter}", {"code": "unshipped", "message": "Unshipped"}
        if integration == "shopify":
            order_id = str(self.rng.randint(5_500_000_000_000, 5_999_999_999_999))
            return order_id, f"SHOP-{counter}", {"code": "paid", "message": "Paid, awaiting fulfilment"}
        # Lower case on purpose: a scanner may send "WC-…", and lookups are case-insensitive.
        return str(counter), f"wc-{counter}", {"code": "processing", "message": "Processing"}

    def _address(self, country: str, name: str, company: str | None) -> JSONDict:
        rng = self.rng
        city, postcodes, streets, subdivision = rng.choice(CITIES[country])
        address: JSONDict = {"name": name}
        if company:
            address["company_name"] = company
        street = rng.choice(streets)
        number = rng.randint(1, 180)
        house_number = str(number)
        line_2 = ""
        if country in ("NL", "DE", "CH", "IT") and rng.random() < 0.2:
            house_number += (
                rng.choice(("A", "B", "a", "-2", "-H")) if country == "NL" else rng.choice(("a", "b", "/B"))
            )
        elif country == "AT" and rng.random() < 0.3:
            house_number += f"/{rng.randint(1, 4)}/{rng.randint(1, 20)}"
        elif country == "BE" and rng.random() < 0.25:
            line_2 = f"bus {rng.randint(1, 12)}"
        elif country == "ES" and rng.random() < 0.6:
            line_2 = f"{rng.randint(1, 8)}º {rng.choice('ABCD')}"  # "3º B": floor and door
        elif country == "FR" and rng.random() < 0.15:
            house_number += " bis"
        elif country == "NL" and rng.random() < 0.08:
            line_2 = rng.choice(("3e verdieping", "Achterhuis"))
        if country == "GB" and rng.random() < 0.25:
            # A house name and no house number: normal in the UK and perfectly shippable.
            address["address_line_1"] = (
                f"{rng.choice(('Rose Cottage', 'The Old Forge', 'Flat 3, Kingsley House'))}, {street}"
            )
        else:
            address["address_line_1"] = street
            address["house_number"] = house_number
        if line_2:
            address["address_line_2"] = line_2
        address["postal_code"] = self._postal_code(country, postcodes)
        address["city"] = city
        if subdivision:
            address["state_province_code"] = subdivision
        address["country_code"] = country
        address["email"] = _email(name, rng.choice(("example.com", "example.net", "example.org")))
        if rng.random() < 0.9:
            prefix, length = PHONE_PREFIXES[country]
            address["phone_number"] = prefix + digits(self.rng, length)
        return address

    def _postal_code(self, country: str, spec: tuple[int, int] | tuple[str, ...]) -> str:
        rng = self.rng
        if country == "GB":
            outward = rng.choice(spec)
            inward_letters = "".join(rng.choice(GB_INWARD_LETTERS) for _ in range(2))
            return f"{outward} {rng.randint(0, 9)}{inward_letters}"
        low, high = (int(bound) for bound in spec)
        number = rng.randint(low, high)
        if country == "NL":
            while True:
                letters = "".join(rng.choice(NL_POSTCODE_LETTERS) for _ in range(2))
                if letters not in ("SA", "SD", "SS"):  # never issued
                    break
            # Shops send both "1234 AB" and "1234AB"; the app must accept either.
            return f"{number} {letters}" if rng.random() < 0.85 else f"{number}{letters}"
        if country == "AT" and low < 2000:
            number = 1000 + rng.randint(1, 23) * 10  # Vienna: 1XX0, XX = district
        width = 4 if country in ("BE", "AT", "CH") else 5
        return f"{number:0{width}d}"

    def _billing_address(self, shipping: JSONDict, country: str, gift: bool) -> JSONDict:
        if not gift:
            return dict(shipping)
        # A gift: billed to someone else at another address in the same country.
        first_names, last_names = CUSTOMER_NAMES[country]
        payer = f"{self.rng.choice(first_names)} {self.rng.choice(last_names)}"
        billing = self._address(country, payer, None)
        billing.setdefault("house_number", str(self.rng.randint(1, 99)))
        return billing

    def _items(self, spec: _OrderSpec, currency: str) -> list[JSONDict]:
        rng = self.rng
        rate = CURRENCY_RATE[currency]
        products = TRAILHEAD_PRODUCTS if spec.integration == "woocommerce" else NOORDKAAP_PRODUCTS
        light = [p for p in products if p.sku in LIGHT_SKUS]
        normal = [p for p in products if p.sku not in LIGHT_SKUS and p.sku != HEAVY_SKU]
        chosen: list[tuple[Product, int]]
        if spec.kind == "heavy":
            chosen = [(self.products[HEAVY_SKU][0], 2), (rng.choice(normal), 1)]
        elif spec.kind in ("letter", "mailbox"):
            chosen = [(product, rng.randint(1, 2)) for product in rng.sample(light, min(2, len(light)))]
        else:
            lines = rng.choices((1, 2, 3, 4), weights=(50, 30, 15, 5))[0]
            chosen = [
                (product, rng.choices((1, 2, 3), weights=(80, 15, 5))[0])
                for product in rng.sample(normal, lines)
            ]
        # The ERP sometimes sends lines without weights: then only defaults can decide.
        weightless = spec.integration == "api" and spec.kind == "regular" and rng.random() < 0.25
        items: list[JSONDict] = []
        for line, (product, picked) in enumerate(chosen, start=1):
            _, ean, product_id = self.products[product.sku]
            quantity = picked * CASE_UNITS if product.sku == CASE_SKU else picked
            unit_price = round(product.price_eur * rate, 2)
            if spec.integration == "shopify":
                item_id = str(rng.randint(13_000_000_000_000, 13_999_999_999_999))
            elif spec.integration == "woocommerce":
                item_id = str(rng.randint(1_000, 99_999))
            else:
                item_id = f"L{line:02d}"
            item: JSONDict = {
                "item_id": item_id,
                "product_id": product_id,
                "name": product.name,
                "quantity": quantity,
                "sku": product.sku,
                **({} if product.sku in UNMARKED_SKUS else {"ean": ean}),
                "hs_code": product.hs_code,
                "country_of_origin": product.origin,
                "unit_price": {"value": unit_price, "currency": currency},
                "total_price": {"value": round(unit_price * quantity, 2), "currency": currency},
            }
            if not weightless:
                item["measurement"] = {"weight": {"value": product.weight_kg, "unit": "kg"}}
            items.append(item)
        return items

    def _shipping_details(self, spec: _OrderSpec, items: list[JSONDict], account: Account) -> JSONDict:
        rng = self.rng
        details: JSONDict = {"is_local_pickup": False}
        item_weight = sum(
            item["measurement"]["weight"]["value"] * item["quantity"]
            for item in items
            if "measurement" in item
        )
        packaging = 0.15
        if item_weight and spec.integration == "shopify" and rng.random() < 0.7:
            details["measurement"] = {"weight": {"value": round(item_weight + packaging, 3), "unit": "kg"}}
        elif item_weight and spec.integration == "woocommerce" and rng.random() < 0.5:
            # WooCommerce shops configured in grams send grams.
            details["measurement"] = {
                "weight": {"value": round((item_weight + packaging) * 1000), "unit": "g"}
            }
        if spec.integration == "api" and "measurement" in details and rng.random() < 0.5:
            details["measurement"]["dimension"] = {"length": 40, "width": 30, "height": 15, "unit": "cm"}

        ship_with: tuple[str, int | None, str] | None = None
        if spec.kind == "service_point":
            contract = account.contract_ids["postnl"] if spec.service_point_variant == "id" else None
            ship_with = ("postnl:servicepoint", contract, "PostNL - pick up at a service point")
        elif spec.kind == "letter":
            ship_with = ("sendcloud:letter", None, "Letter post")
        elif spec.kind == "mailbox":
            ship_with = ("postnl:mailbox", account.contract_ids["postnl"], "Mailbox parcel")
        elif spec.kind == "signature":
            ship_with = ("postnl:standard/signature", None, "Delivery with signature")
        if ship_with is not None:
            code, contract_id, indicator = ship_with
            details["ship_with"] = {
                "type": "shipping_option_code",
                "properties": {"shipping_option_code": code, "contract_id": contract_id},
            }
            details["delivery_indicator"] = indicator
        elif rng.random() < 0.3:
            details["delivery_indicator"] = "Standard shipping"
        return details

    def _service_point(self, spec: _OrderSpec, customer_address: JSONDict) -> JSONDict:
        """A pick-up point in the customer's city.

        The schema's oneOf takes either a Sendcloud `id` or a `carrier_service_point_id`, never
        both: with both, the object matches both branches and fails oneOf.
        """
        rng = self.rng
        country = customer_address["country_code"]
        city = customer_address["city"]
        shops = (
            ("Primera", "Bruna", "Albert Heijn", "Jumbo", "Gamma")
            if country == "NL"
            else ("Delhaize", "Standaard Boekhandel", "Carrefour Express")
        )
        name = f"{rng.choice(shops)} {city}"
        streets = next(entry[2] for entry in CITIES[country] if entry[0] == city)
        spec_range = next(entry[1] for entry in CITIES[country] if entry[0] == city)
        postal_code = self._postal_code(country, spec_range)
        point: JSONDict
        if spec.service_point_variant == "id":
            point = {"id": str(rng.randint(10_000_000, 19_999_999))}
        else:
            point = {"carrier_service_point_id": str(rng.randint(100_000, 299_999))}
        latitude, longitude = CITY_COORDINATES[city]
        point["latitude"] = f"{latitude + rng.uniform(-0.015, 0.015):.6f}"
        point["longitude"] = f"{longitude + rng.uniform(-0.02, 0.02):.6f}"
        point["type"] = "locker" if rng.random() < 0.25 else "servicepoint"
        point["extra_data"] = {
            "name": name,
            "address": f"{rng.choice(streets)} {rng.randint(1, 120)}, {postal_code} {city}",
            "carrier": "postnl",
        }
        return point

    def _customs_details(
        self, account: Account, country: str, company: str | None, placed: datetime, counter: int
    ) -> JSONDict:
        sender = [{"name": "EORI", "country_code": "NL", "value": account.sender_eori}]
        if country == "GB":
            # UK VAT on goods up to £135 is collected by the seller, so the seller's UK VAT number goes along.
            sender.append({"name": "VAT", "country_code": "GB", "value": "GB" + digits(self.rng, 9)})
        receiver = []
        if company:
            receiver.append({"name": "VAT", "country_code": country, "value": country + digits(self.rng, 9)})
        return {
            "commercial_invoice_number": f"INV-{placed.year}-{counter:05d}",
            "shipment_type": "commercial_goods",
            "export_type": "commercial_b2b" if company else "commercial_b2c",
            "tax_numbers": {"sender": sender, "receiver": receiver, "importer_of_record": []},
        }


def _payment_details(
    spec: _OrderSpec, country: str, currency: str, items: list[JSONDict], placed: datetime
) -> JSONDict:
    rate = CURRENCY_RATE[currency]
    subtotal = round(sum(item["total_price"]["value"] for item in items), 2)
    shipping_price = 0.0 if subtotal >= 75 * rate else round(SHIPPING_PRICE_EUR[country] * rate, 2)
    total = round(subtotal + shipping_price, 2)
    payment: JSONDict = {
        "is_cash_on_delivery": False,
        "total_price": {"value": total, "currency": currency},
        "subtotal_price": {"value": subtotal, "currency": currency},
        "estimated_shipping_price": {"value": shipping_price, "currency": currency},
        "status": {"code": "paid", "message": "Order has been paid"},
    }
    if country in VAT_RATE:  # prices include VAT inside the EU; exports are zero-rated
        vat = VAT_RATE[country]
        payment["estimated_tax_price"] = {"value": round(total - total / (1 + vat), 2), "currency": currency}
    if spec.integration == "woocommerce":
        payment["invoice_date"] = placed.date().isoformat()
    return payment


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _plain(order: JSONDict) -> bool:
    """A regular, shippable order without a shipping choice (a safe pick for the duplicate pair)."""
    return unshippable_reason(order) is None and "ship_with" not in order["shipping_details"]


def _email(name: str, domain: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    local = ".".join(part for part in "".join(c if c.isalnum() else " " for c in ascii_name.lower()).split())
    return f"{local}@{domain}"
