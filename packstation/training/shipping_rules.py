"""The account's shipping set-up: the options its carrier contracts offer, and the panel's rules and
defaults that choose among them.

The backend picks an order's option in Sendcloud's order (api-notes §4.5): the first matching rule
when rules apply, else the request's or the order's `ship_with`, else the defaults. The options are
ShippingOption objects exactly as the v3 API returns them, so the simulator serves them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from packstation.training.order_reading import (
    CUSTOMS_COUNTRY_CODES,
    EU_COUNTRY_CODES,
    KNOWN_COUNTRY_CODES,
    order_country_code,
    order_integration_id,
    order_weight_kg,
)

JSONDict = dict[str, Any]

# --- shipping rules and defaults -----------------------------------------------------------------


@dataclass(frozen=True)
class ShippingRule:
    """A panel shipping rule: when every given condition holds, ship with `shipping_option_code`.

    A condition left as None always holds. Rules are tried in list order (api-notes §4.5: rules
    come first when `apply_shipping_rules` is true).
    """

    name: str
    shipping_option_code: str
    to_countries: frozenset[str] | None = None
    min_weight_kg: float | None = None
    integration_id: int | None = None

    def matches(self, order: Mapping[str, Any]) -> bool:
        if self.integration_id is not None and order_integration_id(order) != self.integration_id:
            return False
        if self.to_countries is not None and order_country_code(order) not in self.to_countries:
            return False
        if self.min_weight_kg is not None:
            weight = order_weight_kg(order)
            # An order of unknown weight does not satisfy a weight condition.
            if weight is None or weight < self.min_weight_kg:
                return False
        return True


def first_matching_rule(rules: Iterable[ShippingRule], order: Mapping[str, Any]) -> ShippingRule | None:
    """The first rule whose conditions all hold for `order`, or None."""
    return next((rule for rule in rules if rule.matches(order)), None)


@dataclass(frozen=True)
class ShippingDefaults:
    """The panel's shipping defaults: used when neither a rule nor `ship_with` decides."""

    weight_kg: float = 1.0
    shipping_option_code: str = "postnl:standard"


# --- the account's shipping options and rules -------------------------------------------------


def _functionalities(**overrides: Any) -> JSONDict:
    """A realistic subset of the ~40 ShippingOption functionality flags."""
    flags: JSONDict = {
        "b2b": True,
        "b2c": True,
        "tracked": True,
        "signature": False,
        "age_check": None,
        "insurance": None,
        "multicollo": True,
        "form_factor": "parcel",
        "first_mile": "pickup_dropoff",
        "last_mile": "home_delivery",
        "service_area": "domestic",
        "delivery_deadline": "best_effort",
        "registered_delivery": False,
        "direct_contract_only": False,
    }
    flags.update(overrides)
    return flags


def shipping_options(
    contracts: list[JSONDict],
) -> tuple[list[JSONDict], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    """The options the account's contracts offer, and each option's route (from countries, to countries).

    The routes are not part of a ShippingOption; the simulator filters the options by them.
    """
    by_carrier = {contract["carrier"]["code"]: contract for contract in contracts}
    benelux_de = frozenset({"NL", "BE", "DE"})
    every = KNOWN_COUNTRY_CODES

    def option(
        code: str,
        name: str,
        product_name: str,
        *,
        from_countries: frozenset[str],
        to_countries: frozenset[str],
        max_kg: str,
        max_dimensions: tuple[str, str, str],
        functionalities: JSONDict,
        export_documents: bool = False,
        service_point_required: bool = False,
        fields: tuple[str, ...] = (),
        charging_type: str = "label_creation",
    ) -> tuple[JSONDict, tuple[frozenset[str], frozenset[str]]]:
        carrier_code = code.split(":", 1)[0]
        contract = by_carrier[carrier_code]
        return (
            {
                "code": code,
                "name": name,
                "carrier": dict(contract["carrier"]),
                "product": {"code": code.split("/", 1)[0], "name": product_name},
                "functionalities": functionalities,
                "contract": {
                    "id": contract["id"],
                    "client_id": contract["client_id"],
                    "carrier_code": carrier_code,
                    "name": contract["name"],
                },
                "weight": {"min": {"value": "0.001", "unit": "kg"}, "max": {"value": max_kg, "unit": "kg"}},
                "max_dimensions": {
                    "length": max_dimensions[0],
                    "width": max_dimensions[1],
                    "height": max_dimensions[2],
                    "unit": "cm",
                },
                "parcel_billed_weights": [],
                "requirements": {
                    "fields": list(fields),
                    "export_documents": export_documents,
                    "is_service_point_required": service_point_required,
                },
                "charging_type": charging_type,
                "quotes": None,
            },
            (from_countries, to_countries),
        )

    nl = frozenset({"NL"})
    nl_be = frozenset({"NL", "BE"})
    specs = [
        option(
            "postnl:standard",
            "PostNL Standard",
            "PostNL Standard",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(),
        ),
        option(
            "postnl:standard/signature",
            "PostNL Standard + Signature",
            "PostNL Standard",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(signature=True),
        ),
        option(
            "postnl:servicepoint",
            "PostNL Service Point",
            "PostNL Service Point",
            from_countries=nl,
            to_countries=nl_be,
            max_kg="23.001",
            max_dimensions=("176.00", "78.00", "58.00"),
            functionalities=_functionalities(last_mile="service_point", signature=True),
            service_point_required=True,
        ),
        option(
            "postnl:mailbox",
            "PostNL Mailbox Parcel",
            "PostNL Mailbox Parcel",
            from_countries=nl,
            to_countries=nl,
            max_kg="2.001",
            max_dimensions=("38.00", "26.50", "3.20"),
            functionalities=_functionalities(form_factor="mailbox", last_mile="mailbox", multicollo=False),
        ),
        option(
            "dhl:parcel",
            "DHL Parcel",
            "DHL Parcel",
            from_countries=nl,
            to_countries=frozenset(EU_COUNTRY_CODES),
            max_kg="31.501",
            max_dimensions=("240.00", "80.00", "60.00"),
            functionalities=_functionalities(service_area="international"),
        ),
        option(
            "dpd:classic",
            "DPD Classic",
            "DPD Classic",
            from_countries=benelux_de,
            to_countries=frozenset(EU_COUNTRY_CODES),
            max_kg="31.501",
            max_dimensions=("175.00", "100.00", "100.00"),
            functionalities=_functionalities(service_area="international", b2c=True),
            charging_type="first_scan",
        ),
        option(
            "ups:standard",
            "UPS Standard",
            "UPS Standard",
            from_countries=benelux_de,
            to_countries=every,
            max_kg="70.001",
            max_dimensions=("274.00", "150.00", "150.00"),
            functionalities=_functionalities(service_area="international", signature=True),
            export_documents=True,
            fields=("to_telephone",),
        ),
        option(
            "sendcloud:letter",
            "Unstamped letter",
            "Unstamped letter",
            from_countries=every,
            to_countries=every,
            max_kg="20.001",
            max_dimensions=("0.00", "0.00", "0.00"),  # 0 = no limit, as in the spec's example
            functionalities=_functionalities(
                tracked=False, form_factor="letter", multicollo=False, first_mile="dropoff", b2b=True
            ),
        ),
    ]
    return [spec[0] for spec in specs], {spec[0]["code"]: spec[1] for spec in specs}


def shipping_rules(trailhead_integration_id: int) -> list[ShippingRule]:
    """The panel's rules, in the order they are tried; one is only for Trailhead Kids' shop."""
    return [
        ShippingRule("Outside the EU with UPS", "ups:standard", to_countries=CUSTOMS_COUNTRY_CODES),
        ShippingRule("Heavy parcels with DHL", "dhl:parcel", min_weight_kg=10.0),
        ShippingRule("Germany and Austria with DPD", "dpd:classic", to_countries=frozenset({"DE", "AT"})),
        ShippingRule("South-west Europe with DHL", "dhl:parcel", to_countries=frozenset({"FR", "ES", "IT"})),
        ShippingRule(
            "Trailhead Kids to Belgium with signature",
            "postnl:standard/signature",
            to_countries=frozenset({"BE"}),
            integration_id=trailhead_integration_id,
        ),
    ]
