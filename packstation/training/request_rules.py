"""What Sendcloud's spec accepts in a request, checked before the simulator acts on it.

The simulator is as strict as the spec on requests, so the project's tests catch a request defect
(issue #11 §3.4): query parameters by name, type, bounds and enum, and the Ship-an-Order bodies'
types, enums and `oneOf` selector. A refusal is Sendcloud's 400 error shape, never a 500.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from packstation.training.backend import ApiFailure
from packstation.training.multicollo import ParcelProblem, parcel_shape

Check = Callable[[str], bool]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DPI = frozenset({72, 150, 203, 300, 600})
_PAPER_SIZES = frozenset({"A4", "A5", "A6"})
_MIME_TYPES = frozenset({"application/pdf", "application/zpl", "image/png"})


def _text(_value: str) -> bool:
    return True


def _integer(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _number_between(low: int, high: int) -> Check:
    def check(value: str) -> bool:
        try:
            return low <= float(value) <= high
        except ValueError:
            return False

    return check


def _integer_between(low: int, high: int) -> Check:
    return lambda value: _integer(value) and low <= int(value) <= high


def _one_of(*choices: str) -> Check:
    return lambda value: value in choices


def _date(value: str) -> bool:
    return _DATE.fullmatch(value) is not None


# Per operation: parameter → (check, is an array). Taken from the spec files (api-notes §3.2, §5,
# §6; S-SH for shipments); a parameter not listed is not declared.
_ORDER_DATES = {
    name + suffix: (_date, False)
    for name in ("order_created_at", "order_updated_at")
    for suffix in ("", "_min", "_max")
}
QUERY_RULES: Mapping[tuple[str, str], Mapping[str, tuple[Check, bool]]] = {
    ("GET", "/orders"): {
        "integration": (_integer, False),
        "order_number": (_text, False),
        "order_id": (_text, False),
        "status": (_text, False),
        "sort": (_text, False),
        "cursor": (_text, False),
        "page_size": (_number_between(1, 200), False),
        **_ORDER_DATES,
    },
    ("GET", "/shipments"): {
        **{
            name: (_text, False)
            for name in (
                "parcel_status",
                "tracking_number",
                "external_reference_id",
                "order_number",
                "integration_id",
                "updated_before",
                "updated_after",
                "announced_before",
                "announced_after",
                "ids",
                "shipment_uuids",
                "cursor",
            )
        },
        "page_size": (_integer_between(1, 100), False),
    },
    ("GET", "/parcels/{id}/documents/{type}"): {
        "dpi": (lambda value: _integer(value) and int(value) in _DPI, False),
        "paper_size": (_one_of(*_PAPER_SIZES), False),
    },
    ("GET", "/parcel-documents/{type}"): {
        "parcels": (_integer, True),
        "paper_size": (_one_of(*_PAPER_SIZES), False),
    },
    ("GET", "/integrations"): {"sort": (_text, False)},
    ("GET", "/addresses/sender-addresses"): {
        "cursor": (_text, False),
        "page_size": (_integer_between(1, 100), False),
    },
    ("GET", "/contracts"): {
        "carrier_code": (_text, False),
        "is_active": (_one_of("true", "false"), False),
        "client_id": (_text, False),
        "name": (_text, False),
        "country_code": (_text, False),
        "cursor": (_text, False),
        "page_size": (_integer, False),
    },
}


def check_query(method: str, template: str, query: Mapping[str, list[str]]) -> None:
    """Refuse an undeclared parameter, a repeated non-array one, or a value of the wrong type."""
    rules = QUERY_RULES.get((method, template), {})
    for name, values in query.items():
        rule = rules.get(name)
        if rule is None:
            raise _parameter(name, f"Unknown query parameter '{name}'.", "unknown_field")
        check, is_array = rule
        if len(values) > 1 and not is_array:
            raise _parameter(name, f"'{name}' may be given once, not {len(values)} times.")
        for value in values:
            if not check(value):
                raise _parameter(name, f"'{value}' is not a valid value for '{name}'.")


def _parameter(name: str, detail: str, code: str = "invalid") -> ApiFailure:
    return ApiFailure.single(400, code, detail, parameter=name)


# ------------------------------------------------------------------------------ Ship-an-Order


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _invalid(pointer: str, detail: str) -> ApiFailure:
    return ApiFailure.single(400, "invalid", detail, pointer=pointer)


def check_label_request(body: object, *, batch: bool) -> None:
    """The create-label-sync / create-labels-async body against the spec's schema."""
    root = "/data/attributes"
    if not isinstance(body, dict):
        raise _invalid(root, "Expected an object.")
    if "integration_id" not in body:
        raise ApiFailure.single(400, "required", "Field required", pointer=f"{root}/integration_id")
    for name, minimum in (("integration_id", 0), ("sender_address_id", 0), ("brand_id", 1)):
        if name in body and not (_is_int(body[name]) and body[name] >= minimum):
            raise _invalid(f"{root}/{name}", "Input should be a valid integer.")
    if "ship_with" in body:
        _check_ship_with(body["ship_with"], f"{root}/ship_with")
    if batch:
        orders = body.get("orders")
        if not isinstance(orders, list) or not 1 <= len(orders) <= 20:
            raise _invalid(f"{root}/orders", "Give a list of 1 to 20 orders.")
        for index, selector in enumerate(orders):
            _check_selector(selector, f"{root}/orders/{index}", batch=True)
        if len({repr(sorted(o.items())) for o in orders}) != len(orders):
            raise _invalid(f"{root}/orders", "The orders must be unique.")
    else:
        if "order" not in body:
            raise ApiFailure.single(400, "required", "Field required", pointer=f"{root}/order")
        _check_selector(body["order"], f"{root}/order", batch=False)
        if "label_details" in body:
            _check_label_details(body["label_details"], f"{root}/label_details")


def _check_ship_with(value: object, pointer: str) -> None:
    properties = value.get("properties") if isinstance(value, dict) else None
    if (
        not isinstance(value, dict)
        or value.get("type") != "shipping_option_code"
        or not isinstance(properties, dict)
    ):
        raise _invalid(pointer, "ship_with needs type 'shipping_option_code' and properties.")
    code, contract = properties.get("shipping_option_code"), properties.get("contract_id")
    if code is not None and not isinstance(code, str):
        raise _invalid(f"{pointer}/properties/shipping_option_code", "Input should be a valid string.")
    if contract is not None and not (_is_int(contract) and contract >= 1):
        raise _invalid(f"{pointer}/properties/contract_id", "Input should be a valid integer.")


def _check_selector(selector: object, pointer: str, *, batch: bool) -> None:
    """The spec's `oneOf`: exactly one of order_id (1-64) and order_number (1-255)."""
    if not isinstance(selector, dict):
        raise _invalid(pointer, "Expected an object.")
    ids = [name for name in ("order_id", "order_number") if name in selector]
    if len(ids) != 1:
        raise _invalid(pointer, "Name the order by exactly one of order_id and order_number.")
    (name,) = ids
    limit = 64 if name == "order_id" else 255
    value = selector[name]
    if not isinstance(value, str) or not 1 <= len(value) <= limit:
        raise _invalid(f"{pointer}/{name}", f"Input should be a valid string of 1 to {limit} characters.")
    if "apply_shipping_rules" in selector and not isinstance(selector["apply_shipping_rules"], bool):
        raise _invalid(f"{pointer}/apply_shipping_rules", "Input should be a valid boolean.")
    known = {"order_id", "order_number", "apply_shipping_rules", *(("parcels",) if batch else ())}
    unknown = sorted(set(selector) - known)
    if unknown:
        raise ApiFailure.single(
            400, "unknown_field", f"Unknown field '{unknown[0]}'.", pointer=f"{pointer}/{unknown[0]}"
        )
    if batch and "parcels" in selector:
        parcels: Any = selector["parcels"]
        if not isinstance(parcels, list) or not 1 <= len(parcels) <= 50:
            raise _invalid(f"{pointer}/parcels", "Give a list of 1 to 50 parcels.")
        for k, parcel in enumerate(parcels):
            try:
                parcel_shape(parcel, k)
            except ParcelProblem as problem:
                raise _invalid(pointer + problem.pointer, problem.detail) from None


def _check_label_details(value: object, pointer: str) -> None:
    if not isinstance(value, dict):
        raise _invalid(pointer, "Expected an object.")
    if "mime_type" in value and value["mime_type"] not in _MIME_TYPES:
        raise ApiFailure.single(
            400,
            "invalid_choice",
            f"'{value['mime_type']}' is not a valid choice.",
            pointer=f"{pointer}/mime_type",
        )
    if "dpi" in value and not (_is_int(value["dpi"]) and value["dpi"] in _DPI):
        raise ApiFailure.single(
            400, "invalid_choice", f"'{value['dpi']}' is not a valid choice.", pointer=f"{pointer}/dpi"
        )
