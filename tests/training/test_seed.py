"""Seed data: deterministic, shaped exactly like Sendcloud's v3 JSON, with the awkward cases in it."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import (
    OAS30Validator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from packstation.station.item_codes import read_item_scan
from packstation.training.catalogue import CASE_SKU, CASE_UNITS, UNMARKED_SKUS
from packstation.training.order_reading import (
    CUSTOMS_COUNTRY_CODES,
    HOUSE_NUMBER_REQUIRED_COUNTRIES,
    KNOWN_COUNTRY_CODES,
    MISSING_HOUSE_NUMBER,
    UNKNOWN_COUNTRY,
    order_weight_kg,
    unshippable_reason,
)
from packstation.training.seed import SeedData, make_seed_data
from packstation.training.shipping_rules import ShippingDefaults, ShippingRule, first_matching_rule

# Sendcloud's specs live beside the repository, never inside it (same override as tests/contract).
SPEC_DIR = Path(
    os.environ.get("PACKSTATION_OPENAPI_DIR")
    or Path(__file__).resolve().parents[2].parent / "shared" / "sendcloud" / "openapi"
)
needs_specs = pytest.mark.skipif(
    not (SPEC_DIR / "v3-orders.openapi.yml").is_file(),
    reason=f"Sendcloud OpenAPI documents not found in {SPEC_DIR} (set PACKSTATION_OPENAPI_DIR)",
)

SEEDS = (0, 1, 7, 20260101)


@cache
def seed_data(seed: int) -> SeedData:
    return make_seed_data(seed)


def as_json(data: SeedData) -> str:
    """Every field, as JSON: the frozensets sorted, the dataclasses as dicts."""

    def default(value: object) -> object:
        if isinstance(value, frozenset | set):
            return sorted(value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        raise TypeError(type(value))

    return json.dumps(dataclasses.asdict(data), default=default, sort_keys=True, ensure_ascii=False)


@cache
def spec_document(file_name: str) -> dict[str, Any]:
    path = SPEC_DIR / file_name
    document: dict[str, Any] = (
        json.loads(path.read_text()) if path.suffix == ".json" else yaml.safe_load(path.read_text())
    )
    return document


def schema_validator(file_name: str, schema_name: str) -> Callable[[Any], list[str]]:
    """Errors of one object against `#/components/schemas/<schema_name>` of a spec file, $refs resolved."""
    document = spec_document(file_name)
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schema = {"$ref": f"urn:spec#/components/schemas/{schema_name}"}
    validator: OAS30Validator | OAS31Validator
    if str(document["openapi"]).startswith("3.0"):
        validator = OAS30Validator(schema, registry=registry, format_checker=oas30_format_checker)
    else:
        validator = OAS31Validator(schema, registry=registry, format_checker=oas31_format_checker)

    def errors(instance: Any) -> list[str]:
        return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(instance)]

    return errors


# --- determinism and shape -------------------------------------------------------------------


def test_same_seed_gives_identical_data() -> None:
    assert as_json(make_seed_data(42)) == as_json(make_seed_data(42))


def test_different_seeds_give_different_data() -> None:
    first, second = make_seed_data(1), make_seed_data(2)
    assert as_json(first) != as_json(second)
    assert [o["order_number"] for o in first.orders] != [o["order_number"] for o in second.orders]


def test_seed_data_does_not_touch_the_global_random_state() -> None:
    import random

    random.seed(123)
    expected = random.random()
    random.seed(123)
    make_seed_data(5)
    assert random.random() == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_everything_is_json_serialisable(seed: int) -> None:
    data = seed_data(seed)
    for part in (
        data.integrations,
        data.sender_addresses,
        data.brands,
        data.contracts,
        data.shipping_options,
        data.orders,
    ):
        assert json.loads(json.dumps(part)) == part


@pytest.mark.parametrize("seed", SEEDS)
def test_account_lists(seed: int) -> None:
    data = seed_data(seed)
    assert [i["type"] for i in data.integrations] == ["api", "shopify", "woocommerce"]
    assert len({i["id"] for i in data.integrations}) == 3
    assert 2 <= len(data.sender_addresses) <= 3
    assert data.default_sender_address_id in {a["id"] for a in data.sender_addresses}
    assert {a["country_code"] for a in data.sender_addresses} <= {"NL", "DE", "BE"}
    assert len(data.brands) == 2
    assert all(set(b) == {"id", "name"} for b in data.brands)
    assert {c["carrier"]["code"] for c in data.contracts} == {"postnl", "dhl", "dpd", "ups", "sendcloud"}
    assert all(c["state"] == "active" and c["type"] in ("direct", "sendcloud") for c in data.contracts)
    assert len({c["id"] for c in data.contracts}) == len(data.contracts)


@pytest.mark.parametrize("seed", SEEDS)
def test_shipping_options_and_routes(seed: int) -> None:
    data = seed_data(seed)
    codes = [o["code"] for o in data.shipping_options]
    assert len(codes) == len(set(codes)) >= 8
    for code in (
        "postnl:standard",
        "postnl:standard/signature",
        "dhl:parcel",
        "dpd:classic",
        "ups:standard",
        "postnl:servicepoint",
        "sendcloud:letter",
    ):
        assert code in codes
    assert set(data.shipping_option_routes) == set(codes)
    contract_ids = {c["id"] for c in data.contracts}
    for option in data.shipping_options:
        assert option["carrier"]["code"] == option["code"].split(":")[0]
        assert option["contract"]["id"] in contract_ids
        assert isinstance(option["weight"]["max"]["value"], str)
        assert option["quotes"] is None
        from_countries, to_countries = data.shipping_option_routes[option["code"]]
        assert from_countries <= KNOWN_COUNTRY_CODES
        assert to_countries <= KNOWN_COUNTRY_CODES
    letter = next(o for o in data.shipping_options if o["code"] == "sendcloud:letter")
    assert letter["name"] == "Unstamped letter"
    assert data.shipping_option_routes["sendcloud:letter"][1] == KNOWN_COUNTRY_CODES  # the last resort
    service_point = next(o for o in data.shipping_options if o["code"] == "postnl:servicepoint")
    assert service_point["requirements"]["is_service_point_required"] is True
    # Every rule and the defaults name an option that exists.
    assert {r.shipping_option_code for r in data.shipping_rules} | {
        data.shipping_defaults.shipping_option_code
    } <= set(codes)


# --- orders ----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_orders(seed: int) -> None:
    data = seed_data(seed)
    orders = data.orders
    assert len(orders) >= 60
    ids = [int(o["id"]) for o in orders]
    assert all(isinstance(o["id"], str) for o in orders)  # GET /orders returns the id as a string
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert Counter(o["order_details"]["integration"]["id"] for o in orders).keys() == {
        i["id"] for i in data.integrations
    }
    # Upsert key: order_id is unique per integration.
    keys = [(o["order_details"]["integration"]["id"], o["order_id"]) for o in orders]
    assert len(set(keys)) == len(keys)
    # Some lower-case order numbers, so a case-insensitive lookup is needed.
    assert any(o["order_number"] != o["order_number"].upper() for o in orders)
    assert any(o["order_number"] == o["order_number"].upper() for o in orders)
    for order in orders:
        for price in _prices(order):
            assert price["currency"] in ("EUR", "GBP", "USD")
        # Placed in the shop, imported into Sendcloud, maybe modified: timestamps in that order.
        details = order["order_details"]
        placed, updated = (
            datetime.fromisoformat(details[k]) for k in ("order_created_at", "order_updated_at")
        )
        created, modified = (datetime.fromisoformat(order[k]) for k in ("created_at", "modified_at"))
        assert placed <= updated <= created <= modified
        assert created.tzinfo is not None


@needs_specs
@pytest.mark.parametrize("seed", SEEDS)
def test_orders_validate_against_the_v3_order_schema(seed: int) -> None:
    errors = schema_validator("v3-orders.openapi.yml", "order")
    for order in seed_data(seed).orders:
        assert errors(order) == [], order["order_number"]


@needs_specs
def test_the_schema_check_catches_mistakes() -> None:
    """The validator really applies the schema: oneOf, enums and date-time formats."""
    errors = schema_validator("v3-orders.openapi.yml", "order")
    order = json.loads(json.dumps(next(o for o in seed_data(0).orders if "service_point_details" in o)))
    order["service_point_details"].update({"id": "1", "carrier_service_point_id": "2"})  # both: fails oneOf
    order["payment_details"]["total_price"]["currency"] = "CHF"
    order["created_at"] = "yesterday"
    assert len(errors(order)) == 3


@needs_specs
@pytest.mark.parametrize("seed", SEEDS)
def test_settings_lists_validate_against_their_schemas(seed: int) -> None:
    data = seed_data(seed)
    checks: list[tuple[str, str, list[dict[str, Any]]]] = [
        ("v3-integrations.openapi.yml", "integration-response-model", data.integrations),
        ("v3-merged-toppynl.openapi.json", "SenderAddressResponse", data.sender_addresses),
        ("v3-merged-toppynl.openapi.json", "contract", data.contracts),
        ("v3-shipping-options.openapi.yaml", "shipping-option", data.shipping_options),
    ]
    for file_name, schema_name, objects in checks:
        errors = schema_validator(file_name, schema_name)
        for obj in objects:
            assert errors(obj) == [], (schema_name, obj)


@pytest.mark.parametrize("seed", SEEDS)
def test_eans_are_valid_ean13(seed: int) -> None:
    items = [item for order in seed_data(seed).orders for item in order["order_details"]["order_items"]]
    eans = {item["ean"] for item in items if "ean" in item}
    assert len(eans) >= 10
    for ean in eans:
        assert re.fullmatch(r"\d{13}", ean), ean
        digits = [int(d) for d in ean]
        # Independent of the implementation: weighted sum of all 13 digits is a multiple of 10.
        assert sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0, ean


def test_ean13_check_digit() -> None:
    from packstation.gs1 import check_digit as ean13_check_digit

    # 8+21+1+6+3+12+5+18+7+24+9+0 = 114, and 114 + 6 is a multiple of 10.
    assert ean13_check_digit("871234567890") == "6"
    assert ean13_check_digit("079943911276") == "6"  # the spec's example EAN 0799439112766


POSTAL_CODE = {
    "NL": r"[1-9]\d{3} ?[A-Z]{2}",
    "BE": r"\d{4}",
    "AT": r"\d{4}",
    "CH": r"\d{4}",
    "DE": r"\d{5}",
    "FR": r"\d{5}",
    "ES": r"\d{5}",
    "IT": r"\d{5}",
    "GB": r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}",
}


@pytest.mark.parametrize("seed", SEEDS)
def test_addresses_are_realistic(seed: int) -> None:
    orders = seed_data(seed).orders
    countries = Counter(o["shipping_address"]["country_code"] for o in orders)
    assert set(POSTAL_CODE) <= set(countries)
    for order in orders:
        for key in ("shipping_address", "billing_address"):
            address = order[key]
            country = address["country_code"]
            if country in POSTAL_CODE:
                assert re.fullmatch(POSTAL_CODE[country], address["postal_code"]), (
                    country,
                    address["postal_code"],
                )
            assert re.fullmatch(r"[^@\s]+@example\.(com|net|org)", address["email"])
        assert order["customer_details"]["name"]


@pytest.mark.parametrize("seed", SEEDS)
def test_orders_outside_the_eu_carry_customs_details(seed: int) -> None:
    for order in seed_data(seed).orders:
        country = order["shipping_address"]["country_code"]
        assert ("customs_details" in order) == (country in CUSTOMS_COUNTRY_CODES)
        if country in CUSTOMS_COUNTRY_CODES:
            for item in order["order_details"]["order_items"]:
                assert item["hs_code"]
                assert len(item["country_of_origin"]) == 2


@pytest.mark.parametrize("seed", SEEDS)
def test_service_point_orders(seed: int) -> None:
    with_point = [o for o in seed_data(seed).orders if "service_point_details" in o]
    assert len(with_point) >= 3
    variants = set()
    for order in with_point:
        point = order["service_point_details"]
        assert ("id" in point) != ("carrier_service_point_id" in point)  # the schema's oneOf
        variants.add("id" if "id" in point else "carrier_service_point_id")
        assert point["extra_data"]["name"]
        assert point["extra_data"]["address"]
        assert (
            order["shipping_details"]["ship_with"]["properties"]["shipping_option_code"]
            == "postnl:servicepoint"
        )
    assert variants == {"id", "carrier_service_point_id"}


@pytest.mark.parametrize("seed", SEEDS)
def test_unshippable_orders_are_marked(seed: int) -> None:
    data = seed_data(seed)
    computed = {o["order_number"]: r for o in data.orders if (r := unshippable_reason(o)) is not None}
    assert computed == data.unshippable_reasons
    reasons = Counter(data.unshippable_reasons.values())
    assert reasons[MISSING_HOUSE_NUMBER] >= 3
    assert reasons[UNKNOWN_COUNTRY] >= 2
    by_number = {o["order_number"]: o for o in data.orders}
    for number, reason in data.unshippable_reasons.items():
        address = by_number[number]["shipping_address"]
        if reason == MISSING_HOUSE_NUMBER:
            assert address["country_code"] in HOUSE_NUMBER_REQUIRED_COUNTRIES
            assert not address.get("house_number", "").strip()
        else:
            assert address["country_code"] not in KNOWN_COUNTRY_CODES
    # Both ways of missing: an empty string and no key at all.
    missing = [
        by_number[n]["shipping_address"]
        for n, r in data.unshippable_reasons.items()
        if r == MISSING_HOUSE_NUMBER
    ]
    assert any("house_number" not in a for a in missing)
    assert any(a.get("house_number") == "" for a in missing)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_order_number_is_shared_by_two_integrations(seed: int) -> None:
    data = seed_data(seed)
    assert data.duplicate_order_numbers
    for number in data.duplicate_order_numbers:
        sharing = [o for o in data.orders if o["order_number"].casefold() == number.casefold()]
        assert len(sharing) == 2
        assert len({o["order_details"]["integration"]["id"] for o in sharing}) == 2
        assert number not in data.unshippable_reasons
    # No other collisions, not even by case.
    numbers = Counter(o["order_number"].casefold() for o in data.orders)
    assert {n for n, count in numbers.items() if count > 1} == {
        n.casefold() for n in data.duplicate_order_numbers
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_weights_and_rules_cover_every_path(seed: int) -> None:
    data = seed_data(seed)
    weights = [order_weight_kg(o) for o in data.orders]
    assert any(w is None for w in weights)  # unknown: the defaults' weight applies
    assert any(w is not None and w >= 10 for w in weights)  # heavy: the DHL rule
    grams = [
        o
        for o in data.orders
        if o["shipping_details"].get("measurement", {}).get("weight", {}).get("unit") == "g"
    ]
    assert grams
    matched = Counter(
        rule.name if (rule := first_matching_rule(data.shipping_rules, o)) else None for o in data.orders
    )
    assert set(matched) - {None} == {r.name for r in data.shipping_rules}  # every rule is used
    assert matched[None] > 0  # some orders fall through to ship_with or the defaults
    ship_with = {
        o["shipping_details"]["ship_with"]["properties"]["shipping_option_code"]
        for o in data.orders
        if "ship_with" in o["shipping_details"]
    }
    assert {
        "postnl:servicepoint",
        "sendcloud:letter",
        "postnl:mailbox",
        "postnl:standard/signature",
    } <= ship_with
    assert data.shipping_defaults == ShippingDefaults(weight_kg=1.0, shipping_option_code="postnl:standard")


# --- helpers ---------------------------------------------------------------------------------


def _order(
    country: str = "NL",
    weight: dict[str, Any] | None = None,
    items: list[dict[str, Any]] | None = None,
    integration: int = 1,
) -> dict[str, Any]:
    order: dict[str, Any] = {
        "order_details": {"integration": {"id": integration}, "order_items": items or []},
        "shipping_address": {"country_code": country, "house_number": "1"},
        "shipping_details": {},
    }
    if weight is not None:
        order["shipping_details"]["measurement"] = {"weight": weight}
    return order


def test_order_weight_kg() -> None:
    item = {"name": "x", "quantity": 3, "measurement": {"weight": {"value": 0.2, "unit": "kg"}}}
    assert order_weight_kg(_order(weight={"value": 850, "unit": "g"})) == 0.85
    assert (
        order_weight_kg(_order(weight={"value": "1.320", "unit": "kg"})) == 1.32
    )  # Ship-an-Order style string
    assert order_weight_kg(_order(weight={"value": 2, "unit": "lbs"})) == 0.907
    assert order_weight_kg(_order(items=[item])) == 0.6
    assert order_weight_kg(_order(items=[item, {"name": "y", "quantity": 1}])) is None
    assert order_weight_kg(_order()) is None
    with pytest.raises(ValueError, match="unit"):
        order_weight_kg(_order(weight={"value": 1, "unit": "stone"}))


def test_first_matching_rule() -> None:
    rules = [
        ShippingRule("UK", "ups:standard", to_countries=frozenset({"GB"})),
        ShippingRule("Heavy", "dhl:parcel", min_weight_kg=10.0),
        ShippingRule(
            "Shop 7 to BE", "postnl:standard/signature", to_countries=frozenset({"BE"}), integration_id=7
        ),
    ]
    assert _name(first_matching_rule(rules, _order("gb", weight={"value": 20, "unit": "kg"}))) == "UK"
    assert _name(first_matching_rule(rules, _order("NL", weight={"value": 12, "unit": "kg"}))) == "Heavy"
    assert first_matching_rule(rules, _order("NL")) is None  # unknown weight never meets a weight condition
    assert _name(first_matching_rule(rules, _order("BE", integration=7))) == "Shop 7 to BE"
    assert first_matching_rule(rules, _order("BE", integration=8)) is None
    assert first_matching_rule([], _order()) is None


def test_unshippable_reason() -> None:
    assert unshippable_reason(_order("NL")) is None
    assert unshippable_reason(_order("XX")) == UNKNOWN_COUNTRY
    no_number = _order("DE")
    no_number["shipping_address"]["house_number"] = "  "
    assert unshippable_reason(no_number) == MISSING_HOUSE_NUMBER
    house_name = _order("GB")
    del house_name["shipping_address"]["house_number"]
    assert unshippable_reason(house_name) is None  # a UK house name needs no number
    assert unshippable_reason({"order_details": {}}) == "missing_shipping_address"


def _name(rule: ShippingRule | None) -> str | None:
    return rule.name if rule else None


def _prices(value: object) -> list[Mapping[str, Any]]:
    """Every Price object ({value: number, currency}) anywhere in `value`."""
    found: list[Mapping[str, Any]] = []
    if isinstance(value, Mapping):
        if set(value) == {"value", "currency"} and isinstance(value["value"], int | float):
            found.append(value)
        for child in value.values():
            found.extend(_prices(child))
    elif isinstance(value, list):
        for child in value:
            found.extend(_prices(child))
    return found


@pytest.mark.parametrize("seed", SEEDS)
def test_some_lines_have_no_ean_and_the_meals_come_by_the_case(seed: int) -> None:
    data = seed_data(seed)
    items = [item for order in data.orders for item in order["order_details"]["order_items"]]
    unmarked = [item for item in items if item["sku"] in UNMARKED_SKUS]
    assert unmarked
    assert all("ean" not in item for item in unmarked)  # matched by their SKU
    assert all("ean" in item for item in items if item["sku"] not in UNMARKED_SKUS)
    meals = [item for item in items if item["sku"] == CASE_SKU]
    assert meals
    assert all(item["quantity"] % CASE_UNITS == 0 for item in meals)
    [(case, units)] = data.case_barcodes.items()
    assert units == CASE_UNITS
    # Read as a station reads it: a case of six of the meal's own GTIN.
    scan = read_item_scan(case, data.case_barcodes)
    assert (scan.units, scan.case_units) == (CASE_UNITS, CASE_UNITS)
    assert scan.gtin == "0" + meals[0]["ean"]
    assert case[0] == "1"
