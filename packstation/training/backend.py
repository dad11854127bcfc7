"""The simulated Sendcloud account: orders, parcels and labels, with the seeds' semantics.

Pure Python and HTTP-free: `simulator.py` parses requests and hands them here; every method returns
an `ApiResponse` or raises `ApiFailure` carrying a JSON:API `errors[]` body exactly as Sendcloud
words it (api-notes §2–§5). One lock guards all state, so the threaded HTTP server stays consistent.

Long on purpose (~1,070 lines): one simulated account under one lock, whose operations share its
state (orders, parcels, async labels, rules); split, each part would reach into the others.
"""

from __future__ import annotations

import base64
import binascii
import copy
import itertools
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from packstation.training.labels import (
    LabelContent,
    render_customs_declarations,
    render_label,
    render_labels,
)
from packstation.training.multicollo import (
    ParcelProblem,
    ParcelSpec,
    multicollo_refusal,
    parcel_refusal,
    read_parcels,
)
from packstation.training.order_reading import (
    CUSTOMS_COUNTRY_CODES,
    MISSING_HOUSE_NUMBER,
    MISSING_SHIPPING_ADDRESS,
    UNKNOWN_COUNTRY,
    order_weight_kg,
    unshippable_reason,
    weight_to_kg,
)
from packstation.training.seed import SeedData
from packstation.training.shipping_rules import first_matching_rule

JsonDict = dict[str, Any]

LABEL_DPI_BY_MIME: Mapping[str, frozenset[int]] = {
    "application/pdf": frozenset({72}),
    "image/png": frozenset({150, 300}),
    "application/zpl": frozenset({72, 150, 203, 300, 600}),  # ignored: the carrier decides (203)
}
DEFAULT_DPI_BY_MIME: Mapping[str, int] = {"application/pdf": 72, "image/png": 300, "application/zpl": 203}
DOCUMENT_TYPES = frozenset({"label", "customs-declaration", "air-waybill"})
UNSTAMPED_LETTER = "sendcloud:letter"
# How the carrier words each reason order_reading.unshippable_reason gives, and the field it points at.
_UNSHIPPABLE_WORDING: Mapping[str, tuple[str, str]] = {
    UNKNOWN_COUNTRY: ("country '{country}' is not served by any carrier.", "/to_address/country_code"),
    MISSING_HOUSE_NUMBER: ("a house number is required for {country}.", "/to_address/house_number"),
    MISSING_SHIPPING_ADDRESS: ("the order has no shipping address.", "/to_address"),
}
FIRST_PARCEL_ID = 400_000_001  # tracking numbers end in the id's last 7 digits: 3S…0000001
MAX_UPSERT = 100
MAX_ASYNC = 20
MAX_PAGE_SIZE = 200
CANCELLED = "CANCELLED"
CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED"
DELIVERED = "DELIVERED"
CANCEL_DEADLINE_DAYS = 42
STILL_PROCESSING = "We are still processing a previous request. Please try again in a moment."


def error_object(
    status: int,
    code: str,
    detail: str,
    *,
    title: str | None = None,
    pointer: str | None = None,
    parameter: str | None = None,
) -> JsonDict:
    error: JsonDict = {"status": str(status), "code": code}
    if title is not None:
        error["title"] = title
    error["detail"] = detail
    if pointer is not None:
        error["source"] = {"pointer": pointer}
    elif parameter is not None:
        error["source"] = {"parameter": parameter}
    return error


class ApiFailure(Exception):
    """An error answer: HTTP status plus JSON:API `errors[]`."""

    def __init__(self, status: int, errors: list[JsonDict]) -> None:
        super().__init__(f"{status}: {errors}")
        self.status = status
        self.errors = errors

    @classmethod
    def single(cls, status: int, code: str, detail: str, **where: str | None) -> ApiFailure:
        return cls(status, [error_object(status, code, detail, **where)])


@dataclass(frozen=True)
class ApiResponse:
    status: int
    body: JsonDict | bytes | None = None
    content_type: str = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Parcel:
    id: int
    shipment_id: str
    order: JsonDict  # snapshot of the order as shipped
    integration_id: int
    tracking_number: str
    tracking_url: str
    shipping_option: JsonDict
    contract: JsonDict | None
    content: LabelContent
    created_at: datetime
    documents_ready_at: float  # monotonic time when the parcel documents can be fetched
    native_mime_type: str | None  # set when the label was made as native ZPL: never converted later
    ship_with_echo: JsonDict | None
    status_code: str = "READY_TO_SEND"
    status_message: str = "Ready to send"
    weight_kg: float = 0.0
    parcel_items: tuple[tuple[str, int], ...] = ()  # multicollo: (item_id, quantity) in this parcel
    dimensions: JsonDict | None = None  # multicollo: as the request gave them

    @property
    def needs_customs(self) -> bool:
        return str(self.order.get("shipping_address", {}).get("country_code", "")) in CUSTOMS_COUNTRY_CODES


@dataclass(frozen=True)
class ShipOutcome:
    """One order of an async request: the parcels made (one shipment) and the errors about it.
    A multicollo order may have both: some parcels made, others refused."""

    parcels: tuple[Parcel, ...] = ()
    errors: tuple[JsonDict, ...] = ()


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class SendcloudBackend:
    """The whole simulated account. Thread-safe; every public method takes the lock once."""

    def __init__(
        self,
        seed_data: SeedData,
        *,
        order_save_delay: float = 0.0,
        patch_save_delay: float = 0.0,
        document_delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = _now,
        parcel_ids: Callable[[], int] | None = None,
    ) -> None:
        """`parcel_ids` gives each new parcel its id (its tracking number is made from it); by
        default they count up from `FIRST_PARCEL_ID` in memory, so a restart starts again."""
        self.seed_data = seed_data
        self.order_save_delay = order_save_delay
        # Sendcloud saves a PATCHed order a moment later, as a new one: until then GET, the list and
        # the label calls see the order as it was (api-notes §3.1; the station reads a weight back).
        self.patch_save_delay = patch_save_delay
        self._unsaved: dict[int, tuple[float, JsonDict]] = {}  # id → (saved at, the patched order)
        self.document_delay = document_delay
        self._clock = clock
        # The date a label was made and "today" for the cancel rules; tests move it forward.
        self.wall_clock = wall_clock
        self._lock = threading.RLock()
        self._orders: dict[int, JsonDict] = {}
        self._visible_at: dict[int, float] = {}
        for order in seed_data.orders:
            self._orders[int(order["id"])] = copy.deepcopy(order)
            self._visible_at[int(order["id"])] = 0.0
        self._next_order_id = itertools.count(max(self._orders, default=1000) + 1)
        self._parcels: dict[int, Parcel] = {}
        self._next_parcel_id = parcel_ids or itertools.count(FIRST_PARCEL_ID).__next__
        self._integrations = {int(i["id"]): i for i in seed_data.integrations}
        self._senders = {int(s["id"]): s for s in seed_data.sender_addresses}
        self._brands = {int(b["id"]): b for b in seed_data.brands}
        self._contracts = {int(c["id"]): c for c in seed_data.contracts}
        self._options = {str(o["code"]): o for o in seed_data.shipping_options}

    # ----------------------------------------------------------------- orders
    def _visible(self, order_id: int) -> bool:
        return self._visible_at.get(order_id, float("inf")) <= self._clock()

    def _save_patches(self) -> None:
        """PATCHed orders whose save delay has passed become the orders everyone sees."""
        if not self._unsaved:
            return
        now = self._clock()
        for sendcloud_id, (saved_at, order) in list(self._unsaved.items()):
            if saved_at <= now:
                del self._unsaved[sendcloud_id]
                if sendcloud_id in self._orders:
                    self._orders[sendcloud_id] = order

    def visible_orders(self) -> list[JsonDict]:
        with self._lock:
            self._save_patches()
            return [o for oid, o in sorted(self._orders.items()) if self._visible(oid)]

    def order_numbers_of(self, sendcloud_id: int) -> frozenset[str]:
        with self._lock:
            order = self._orders.get(sendcloud_id)
            return frozenset({str(order["order_number"]).casefold()}) if order else frozenset()

    def order_numbers_with_order_id(self, order_id: str) -> frozenset[str]:
        with self._lock:
            return frozenset(
                str(o["order_number"]).casefold() for o in self._orders.values() if o["order_id"] == order_id
            )

    def upsert_orders(self, body: object) -> ApiResponse:
        if not isinstance(body, list):
            raise ApiFailure.single(
                400, "non_field_errors", "Wrong request format, expected list of objects", pointer="/data"
            )
        if len(body) > MAX_UPSERT:
            raise ApiFailure.single(
                400,
                "invalid",
                f"Orders list should have at most {MAX_UPSERT} items, not {len(body)}",
                pointer="/data/attributes/",
            )
        if not body:
            raise ApiFailure.single(
                400, "invalid", "Orders list should have at least 1 item", pointer="/data/attributes/"
            )
        with self._lock:
            # All-or-nothing: validate every order before touching any state.
            plan = [self._plan_upsert(index, item) for index, item in enumerate(body)]
            now = self._clock()
            refs = []
            for target_id, order in plan:
                sendcloud_id = target_id if target_id is not None else next(self._next_order_id)
                stored = copy.deepcopy(order)
                stored["id"] = str(sendcloud_id)
                stamp = _iso(_now())
                stored.setdefault("created_at", self._orders.get(sendcloud_id, {}).get("created_at", stamp))
                stored["modified_at"] = stamp
                self._orders[sendcloud_id] = stored
                self._visible_at[sendcloud_id] = now + self.order_save_delay
                refs.append(
                    {
                        "id": sendcloud_id,
                        "order_id": stored["order_id"],
                        "order_number": stored["order_number"],
                    }
                )
        return ApiResponse(201, {"data": refs})

    def _plan_upsert(self, index: int, item: object) -> tuple[int | None, JsonDict]:
        at = f"/data/attributes/[{index}]"
        if not isinstance(item, dict):
            raise ApiFailure.single(400, "invalid", "Expected an object.", pointer=at)
        for required in ("order_id", "order_number", "order_details", "payment_details"):
            if required not in item:
                raise ApiFailure.single(400, "required", "Field required", pointer=f"{at}/{required}")
        for text_field in ("order_id", "order_number"):
            if not isinstance(item[text_field], str) or not item[text_field]:
                raise ApiFailure.single(
                    400, "invalid", "Input should be a valid string", pointer=f"{at}/{text_field}"
                )
        if "id" in item and not isinstance(item["id"], str):
            raise ApiFailure.single(400, "invalid", "Input should be a valid string", pointer=f"{at}/id")
        details = item["order_details"]
        integration = details.get("integration") if isinstance(details, dict) else None
        integration_id = integration.get("id") if isinstance(integration, dict) else None
        if not _is_int(integration_id):
            raise ApiFailure.single(
                400, "required", "Field required", pointer=f"{at}/order_details/integration/id"
            )
        if integration_id not in self._integrations:
            raise ApiFailure.single(
                400,
                "invalid",
                f"Integration with id {integration_id} does not exist",
                pointer=f"{at}/order_details/integration/id",
            )
        for required in ("status", "order_created_at", "order_items"):
            if required not in details:
                raise ApiFailure.single(
                    400, "required", "Field required", pointer=f"{at}/order_details/{required}"
                )
        target: int | None = None
        if "id" in item:
            if not item["id"].isdigit() or int(item["id"]) not in self._orders:
                raise ApiFailure.single(400, "invalid", "Order does not exist.", pointer=f"{at}/id")
            target = int(item["id"])
            if self._orders[target]["order_id"] != item["order_id"]:
                old = self._orders[target]["order_id"]
                raise ApiFailure.single(
                    400, "invalid", f"Order id {old} cannot be changed", pointer=f"{at}/order_id"
                )
        else:
            target = self._find_by_external_id(str(item["order_id"]), int(integration_id))
        if target is not None and not self._visible(target):
            raise ApiFailure.single(400, "invalid", STILL_PROCESSING, pointer="/data")
        return target, item

    def _find_by_external_id(self, order_id: str, integration_id: int) -> int | None:
        for sendcloud_id, order in self._orders.items():
            if (
                order["order_id"] == order_id
                and order["order_details"]["integration"]["id"] == integration_id
            ):
                return sendcloud_id
        return None

    def _require_order(self, sendcloud_id: int) -> JsonDict:
        self._save_patches()
        order = self._orders.get(sendcloud_id)
        if order is None or not self._visible(sendcloud_id):
            raise ApiFailure.single(
                404,
                "not_found",
                "The order could not be found with the search criteria given",
                title="Not found",
            )
        return order

    def get_order(self, sendcloud_id: int) -> ApiResponse:
        with self._lock:
            return ApiResponse(200, {"data": copy.deepcopy(self._require_order(sendcloud_id))})

    def patch_order(self, sendcloud_id: int, body: object) -> ApiResponse:
        with self._lock:
            order = self._require_order(sendcloud_id)
            if not isinstance(body, dict):
                raise ApiFailure.single(400, "invalid", "Expected an object.", pointer="/data")
            if "order_id" in body and body["order_id"] != order["order_id"]:
                raise ApiFailure.single(
                    400,
                    "invalid",
                    f"Order id {order['order_id']} cannot be changed",
                    pointer="order/order_id",
                )
            pending = self._unsaved.get(sendcloud_id)
            updated = copy.deepcopy(pending[1] if pending else order)  # on top of a PATCH not saved yet
            _merge_order(updated, body)
            _check_measurement(updated)
            updated["modified_at"] = _iso(_now())
            if self.patch_save_delay > 0:
                self._unsaved[sendcloud_id] = (self._clock() + self.patch_save_delay, updated)
            else:
                self._orders[sendcloud_id] = updated
            ref = {
                "id": sendcloud_id,
                "order_id": updated["order_id"],
                "order_number": updated["order_number"],
            }
        return ApiResponse(200, {"data": ref})

    def delete_order(self, sendcloud_id: int) -> ApiResponse:
        with self._lock:
            self._require_order(sendcloud_id)
            del self._orders[sendcloud_id]
            del self._visible_at[sendcloud_id]
            self._unsaved.pop(sendcloud_id, None)
        return ApiResponse(204)

    def list_orders(
        self, query: Mapping[str, list[str]], page_url: Callable[[Mapping[str, str]], str]
    ) -> ApiResponse:
        """GET /orders: filters, sort, page size and an opaque offset cursor with `Link` headers."""
        params = {name: values[-1] for name, values in query.items() if values}
        page_size = _page_size(params.get("page_size"))
        offset = _decode_cursor(params["cursor"]) if "cursor" in params else 0
        with self._lock:
            matches = [o for o in self.visible_orders() if self._order_matches(o, params)]
        matches.sort(key=_sort_key(params.get("sort", "-pk")))
        page = matches[offset : offset + page_size]
        links = []
        if offset > 0:
            links.append(
                f'<{page_url({**params, "cursor": _encode_cursor(max(0, offset - page_size))})}>; rel="prev"'
            )
        if offset + page_size < len(matches):
            links.append(
                f'<{page_url({**params, "cursor": _encode_cursor(offset + page_size)})}>; rel="next"'
            )
        headers = {"Link": ", ".join(links)} if links else {}
        return ApiResponse(200, {"data": copy.deepcopy(page)}, headers=headers)

    def _order_matches(self, order: JsonDict, params: Mapping[str, str]) -> bool:
        details = order["order_details"]
        if "integration" in params:
            wanted = int(params["integration"])  # an integer: request_rules checked it
            if wanted not in self._integrations:
                raise ApiFailure.single(
                    400,
                    "invalid_choice",
                    f"Select a valid choice. {wanted} is not one of the available choices.",
                    parameter="integration",
                )
            if details["integration"]["id"] != wanted:
                return False
        for name, value in (
            ("order_number", order["order_number"]),
            ("order_id", order["order_id"]),
            ("status", details["status"]["code"]),
        ):
            if name in params and params[name].casefold() != str(value).casefold():
                return False
        created = str(details.get("order_created_at", ""))[:10]
        updated = str(details.get("order_updated_at") or order.get("modified_at") or "")[:10]
        for prefix, day in (("order_created_at", created), ("order_updated_at", updated)):
            for suffix, accept in (("", day.__eq__), ("_min", day.__ge__), ("_max", day.__le__)):
                bound = params.get(prefix + suffix)
                if bound is not None and not accept(_check_date(bound, prefix + suffix)):
                    return False
        return True

    # ------------------------------------------------------- ship an order
    def _validate_base(self, body: object) -> JsonDict:
        if not isinstance(body, dict):
            raise ApiFailure.single(400, "invalid", "Expected an object.", pointer="/data")
        integration_id = body.get("integration_id")
        if integration_id is None:
            raise ApiFailure.single(
                400, "required", "Field required", pointer="/data/attributes/integration_id"
            )
        if not _is_int(integration_id) or integration_id not in self._integrations:
            raise ApiFailure.single(
                400,
                "invalid",
                f"Integration with id {integration_id} does not exist",
                pointer="/data/attributes/integration_id",
            )
        sender_id = body.get("sender_address_id")
        if sender_id is not None and sender_id not in self._senders:
            raise ApiFailure.single(
                404, "invalid", "Does not exist.", pointer="/data/attributes/sender_address_id"
            )
        brand_id = body.get("brand_id")
        if brand_id is not None and brand_id not in self._brands:
            raise ApiFailure.single(404, "invalid", "Does not exist.", pointer="/data/attributes/brand_id")
        ship_with = body.get("ship_with")
        if ship_with is not None:
            properties = ship_with.get("properties") if isinstance(ship_with, dict) else None
            if (
                not isinstance(ship_with, dict)
                or ship_with.get("type") != "shipping_option_code"
                or not isinstance(properties, dict)
                or not properties.get("shipping_option_code")
            ):
                raise ApiFailure.single(
                    400,
                    "invalid",
                    "ship_with needs type 'shipping_option_code' and a shipping_option_code.",
                    pointer="/data/attributes/ship_with",
                )
            code = str(properties["shipping_option_code"])
            if code not in self._options:
                raise ApiFailure.single(
                    400,
                    "invalid",
                    f"Invalid shipping option code {code}.",
                    pointer="/data/attributes/ship_with/properties/shipping_option_code",
                )
            contract_id = properties.get("contract_id")
            if contract_id is not None and not self._contract_fits(contract_id, code):
                raise ApiFailure.single(
                    400,
                    "invalid",
                    "Invalid contract.",
                    pointer="/data/attributes/ship_with/properties/contract_id",
                )
        return body

    def _contract_fits(self, contract_id: object, option_code: str) -> bool:
        contract = self._contracts.get(contract_id) if _is_int(contract_id) else None  # type: ignore[call-overload]
        carrier = self._options[option_code]["carrier"]["code"]
        return contract is not None and contract["carrier"]["code"] == carrier

    def _select_order(self, selector: object, integration_id: int, pointer: str) -> JsonDict:
        if not isinstance(selector, dict):
            raise ApiFailure.single(400, "invalid", "Expected an object.", pointer=pointer)
        order_id, order_number = selector.get("order_id"), selector.get("order_number")
        if order_id is None and order_number is None:
            raise ApiFailure.single(
                400, "required", "Either order_id or order_number is required.", pointer=pointer
            )
        for name, value, limit in (("order_id", order_id, 64), ("order_number", order_number, 255)):
            if value is not None and (not isinstance(value, str) or not 1 <= len(value) <= limit):
                raise ApiFailure.single(
                    400, "invalid", "Input should be a valid string.", pointer=f"{pointer}/{name}"
                )
        candidates = [
            o
            for o in self.visible_orders()
            if o["order_details"]["integration"]["id"] == integration_id
            and (order_id is None or o["order_id"] == order_id)
            and (order_number is None or str(o["order_number"]).casefold() == str(order_number).casefold())
        ]
        if not candidates:
            raise ApiFailure.single(
                404,
                "not_found",
                "The order could not be found with the search criteria given",
                title="Not found",
                pointer=pointer,
            )
        return candidates[0]

    def _resolve_option(self, order: JsonDict, body: JsonDict, apply_rules: bool) -> JsonDict:
        """Shipping method, in the seeds' priority order (api-notes §4.5)."""
        if apply_rules:
            rule = first_matching_rule(self.seed_data.shipping_rules, order)
            if rule is not None and rule.shipping_option_code in self._options:
                return self._options[rule.shipping_option_code]
        ship_with = body.get("ship_with")
        if ship_with:
            return self._options[ship_with["properties"]["shipping_option_code"]]
        order_ship_with = (order.get("shipping_details") or {}).get("ship_with") or {}
        order_code = (order_ship_with.get("properties") or {}).get("shipping_option_code")
        if order_code in self._options:
            return self._options[order_code]
        default_code = self.seed_data.shipping_defaults.shipping_option_code
        if default_code in self._options:
            return self._options[default_code]
        return self._options[UNSTAMPED_LETTER]

    def _resolve_contract(self, option: JsonDict, body: JsonDict) -> JsonDict | None:
        """The given contract, else the carrier's default direct contract, else Sendcloud rates."""
        ship_with = body.get("ship_with") or {}
        contract_id = (ship_with.get("properties") or {}).get("contract_id")
        if contract_id is not None and ship_with["properties"]["shipping_option_code"] == option["code"]:
            return self._contracts[contract_id]
        carrier = option["carrier"]["code"]
        for contract in self._contracts.values():
            if (
                contract["carrier"]["code"] == carrier
                and contract.get("type") == "direct"
                and contract.get("is_default_per_carrier")
            ):
                return contract
        return None

    def _check_shippable(self, order: JsonDict, option: JsonDict) -> None:
        self._check_address(order)
        weight = order_weight_kg(order) or self.seed_data.shipping_defaults.weight_kg
        limits = option.get("weight") or {}
        minimum = weight_to_kg(limits["min"]) if limits.get("min") else 0.0
        maximum = weight_to_kg(limits["max"]) if limits.get("max") else float("inf")
        if not minimum <= weight <= maximum:
            bound = f"at most {maximum:g}" if weight > maximum else f"at least {minimum:g}"
            raise ApiFailure.single(
                400,
                "validation_error",
                f"The parcel weighs {weight:.3f} kg; {option['name']} takes {bound} kg.",
                title="Invalid order",
                pointer="/parcels/0/weight",
            )

    def _check_address(self, order: JsonDict) -> None:
        reason = unshippable_reason(order)
        if reason is not None:
            address = order.get("shipping_address") or {}
            detail, pointer = _UNSHIPPABLE_WORDING.get(reason, ("the address is incomplete", "/to_address"))
            raise ApiFailure.single(
                400,
                "validation_error",
                "The order has no valid shipping address: "
                + detail.format(country=address.get("country_code", "")),
                title="Invalid order",
                pointer=pointer,
            )

    def _create_parcel(
        self,
        order: JsonDict,
        body: JsonDict,
        apply_rules: bool,
        native_mime_type: str | None,
        *,
        multicollo: tuple[JsonDict, ParcelSpec, float, str | None] | None = None,
    ) -> Parcel:
        """A new parcel of `order`. `multicollo` is (option, parcel, weight in kg, shipment id of
        the order's earlier parcels or None) for one parcel of a multicollo shipment, already checked."""
        if multicollo is None:
            option = self._resolve_option(order, body, apply_rules)
            self._check_shippable(order, option)
            weight_kg = order_weight_kg(order) or self.seed_data.shipping_defaults.weight_kg
        else:
            option, _, weight_kg, _ = multicollo
        contract = self._resolve_contract(option, body)
        parcel_id = self._next_parcel_id()
        carrier = option["carrier"]
        tracking = f"3S{carrier['code'][:4].upper():X<4}{parcel_id % 10_000_000:07d}"
        address = order.get("shipping_address") or {}
        tracking_url = (
            "https://tracking.eu-central-1-0.sendcloud.sc/forward?"
            f"carrier={carrier['code']}&code={tracking}&destination={address.get('country_code', '')}"
        )
        sender = self._senders.get(body.get("sender_address_id") or self.seed_data.default_sender_address_id)
        brand = self._brands.get(body["brand_id"]) if body.get("brand_id") is not None else None
        service_point = order.get("service_point_details") or None
        content = LabelContent(
            tracking_number=tracking,
            carrier_name=str(carrier["name"]),
            service_name=str((option.get("product") or {}).get("name") or option["name"]),
            shipping_option_code=str(option["code"]),
            sender_lines=_address_lines(sender or {}),
            recipient_lines=_address_lines(address),
            order_number=str(order["order_number"]),
            parcel_id=parcel_id,
            weight_kg=weight_kg,
            brand_name=str(brand["name"]) if brand else None,
            service_point_line=_service_point_line(service_point),
            contract_name=_contract_name(contract),
        )
        ship_with = body.get("ship_with")
        parcel = Parcel(
            id=parcel_id,
            shipment_id=(multicollo[3] if multicollo and multicollo[3] else None)
            or str(parcel_id - 400_000_000 + 500_000),
            order=copy.deepcopy(order),
            integration_id=int(order["order_details"]["integration"]["id"]),
            tracking_number=tracking,
            tracking_url=tracking_url,
            shipping_option=option,
            contract=contract,
            content=content,
            created_at=self.wall_clock(),
            documents_ready_at=self._clock() + (self.document_delay if native_mime_type is None else 0.0),
            native_mime_type=native_mime_type,
            ship_with_echo=copy.deepcopy(ship_with) if ship_with else None,
            weight_kg=weight_kg,
            parcel_items=multicollo[1].items if multicollo else (),
            dimensions=copy.deepcopy(multicollo[1].dimensions) if multicollo else None,
        )
        self._parcels[parcel_id] = parcel
        return parcel

    def _documents(self, parcel: Parcel, base_url: str) -> list[JsonDict]:
        link = f"{base_url}/parcels/{parcel.id}/documents"
        documents = [{"type": "label", "document_type": "label", "size": "a6", "link": f"{link}/label"}]
        if parcel.needs_customs:
            documents.append(
                {
                    "type": "cn23",
                    "document_type": "customs-declaration",
                    "size": "a4",
                    "link": f"{link}/customs-declaration",
                }
            )
        return documents

    def _ship_with_of(self, parcel: Parcel) -> JsonDict:
        contract_id = parcel.contract["id"] if parcel.contract else None
        return {
            "type": "shipping_option_code",
            "properties": {
                "shipping_option_code": parcel.shipping_option["code"],
                "contract_id": contract_id,
            },
        }

    def create_label_sync(self, body: object, base_url: str) -> tuple[ApiResponse, Parcel]:
        """POST /orders/create-label-sync: 201 in the documented example shape (api-notes §7.1)."""
        with self._lock:
            request = self._validate_base(body)
            selector = request.get("order")
            if not isinstance(selector, dict):
                raise ApiFailure.single(400, "required", "Field required", pointer="/data/attributes/order")
            label_details = request.get("label_details") or {}
            mime_type = str(label_details.get("mime_type", "application/pdf"))
            dpi = label_details.get("dpi", DEFAULT_DPI_BY_MIME.get(mime_type, 72))
            check_mime_dpi(mime_type, dpi, pointer="/data/attributes/label_details")
            if mime_type == "application/zpl":
                dpi = 203
            order = self._select_order(selector, int(request["integration_id"]), "/data/attributes/order")
            native = mime_type if mime_type == "application/zpl" else None
            parcel = self._create_parcel(order, request, bool(selector.get("apply_shipping_rules")), native)
        label = render_label(parcel.content, mime_type, int(dpi))
        item = {
            "parcel_id": parcel.id,
            "shipment_id": parcel.shipment_id,
            "order_id": parcel.order["order_id"],
            "order_number": parcel.order["order_number"],
            "ship_with": self._ship_with_of(parcel),
            "tracking_number": parcel.tracking_number,
            "tracking_url": parcel.tracking_url,
            "label": {"file": base64.b64encode(label).decode("ascii"), "mime_type": mime_type, "dpi": dpi},
            "documents": self._documents(parcel, base_url),
        }
        return ApiResponse(201, {"data": [item]}), parcel

    def create_labels_async(self, body: object, refused: frozenset[str] = frozenset()) -> ApiResponse:
        """POST /orders/create-labels-async: 202, per-order successes and `errors[]` (fails gracefully).

        `refused` (casefolded order numbers, from `FaultKind.REFUSE_ORDER`) are refused by the
        carrier one by one while the rest of the batch is shipped.
        """
        with self._lock:
            request = self._validate_base(body)
            orders = request.get("orders")
            if not isinstance(orders, list) or not 1 <= len(orders) <= MAX_ASYNC:
                count = len(orders) if isinstance(orders, list) else 0
                raise ApiFailure.single(
                    400,
                    "invalid",
                    f"Between 1 and {MAX_ASYNC} orders are allowed per request, not {count}.",
                    pointer="/data/attributes/orders",
                )
            data: list[JsonDict] = []
            errors: list[JsonDict] = []
            for index, selector in enumerate(orders):
                outcome = self._ship_one_async(index, selector, request, refused)
                if outcome.parcels:
                    parcel = outcome.parcels[0]
                    item: JsonDict = {
                        "parcel_id": parcel.id,
                        "parcels_ids": [p.id for p in outcome.parcels],
                        "shipment_id": parcel.shipment_id,
                        "order_id": parcel.order["order_id"],
                        "order_number": parcel.order["order_number"],
                    }
                    if parcel.ship_with_echo:
                        item["ship_with"] = parcel.ship_with_echo
                    data.append(item)
                errors.extend(outcome.errors)
        return ApiResponse(202, {"data": data, "errors": errors})

    def _ship_one_async(
        self, index: int, selector: object, request: JsonDict, refused: frozenset[str]
    ) -> ShipOutcome:
        pointer = f"/data/attributes/orders/[{index}]"
        try:
            order = self._select_order(selector, int(request["integration_id"]), pointer)
            if str(order["order_number"]).casefold() in refused:
                raise self.announcement_failure()
            apply_rules = bool(isinstance(selector, dict) and selector.get("apply_shipping_rules"))
            raw_parcels = selector.get("parcels") if isinstance(selector, dict) else None
            if isinstance(raw_parcels, list):
                return self._ship_multicollo(order, request, apply_rules, raw_parcels, pointer)
            return ShipOutcome(parcels=(self._create_parcel(order, request, apply_rules, None),))
        except ApiFailure as failure:
            return ShipOutcome(errors=(_order_error(failure, pointer),))

    def _ship_multicollo(
        self, order: JsonDict, request: JsonDict, apply_rules: bool, raw_parcels: list[Any], pointer: str
    ) -> ShipOutcome:
        """One shipment of several parcels (`parcels[]`, S-SAO); see `multicollo.py` for what is refused."""
        option = self._resolve_option(order, request, apply_rules)
        self._check_address(order)
        reason = multicollo_refusal(option)
        if reason is not None:
            raise ApiFailure.single(
                400, "validation_error", reason, title="Invalid order", pointer="/parcels"
            )
        try:
            specs = read_parcels(raw_parcels, order)
        except ParcelProblem as problem:
            raise ApiFailure.single(
                400, "validation_error", problem.detail, title="Invalid order", pointer=problem.pointer
            ) from None
        share = (order_weight_kg(order) or self.seed_data.shipping_defaults.weight_kg) / len(specs)
        made: list[Parcel] = []
        errors: list[JsonDict] = []
        for spec in specs:
            weight = spec.weight_kg if spec.weight_kg is not None else share
            refusal = parcel_refusal(spec, option, weight)
            if refusal is not None:
                failure = ApiFailure.single(
                    400, "validation_error", refusal.detail, title="Invalid parcel", pointer=refusal.pointer
                )
                errors.append(_order_error(failure, pointer))
                continue
            shipment_id = made[0].shipment_id if made else None
            made.append(
                self._create_parcel(
                    order, request, apply_rules, None, multicollo=(option, spec, weight, shipment_id)
                )
            )
        return ShipOutcome(parcels=tuple(made), errors=tuple(errors))

    def announcement_failure(self) -> ApiFailure:
        return ApiFailure.single(
            400,
            "parcel_announcement_error",
            "Service error: An error occurred while connecting to the carrier.",
            title="Announcement error",
        )

    # ----------------------------------------------------- parcel documents
    def _parcel_for_document(self, parcel_id: int, document_type: str) -> Parcel:
        if document_type not in DOCUMENT_TYPES:
            raise ApiFailure.single(400, "invalid", "Invalid document type.")
        parcel = self._parcels.get(parcel_id)
        if parcel is None:
            raise ApiFailure.single(404, "not_found", "No Parcel matches the given query.")
        if self._clock() < parcel.documents_ready_at:
            raise ApiFailure.single(
                404, "not_found", "Document type requested is not available for the parcel (yet)."
            )
        if document_type == "air-waybill" or (
            document_type == "customs-declaration" and not parcel.needs_customs
        ):
            raise ApiFailure.single(
                404, "not_found", "Document type requested is not available for the parcel"
            )
        return parcel

    def parcel_document(
        self, parcel_id: int, document_type: str, accept: str, dpi_raw: str | None
    ) -> ApiResponse:
        with self._lock:
            parcel = self._parcel_for_document(parcel_id, document_type)
        return self._render_documents([parcel], document_type, accept, dpi_raw)

    def parcel_documents_bulk(
        self, parcel_ids: Sequence[str], document_type: str, accept: str, dpi_raw: str | None
    ) -> ApiResponse:
        if not 1 <= len(parcel_ids) <= MAX_ASYNC or not all(p.isdigit() for p in parcel_ids):
            raise ApiFailure.single(
                400, "invalid", f"Give between 1 and {MAX_ASYNC} parcel ids.", parameter="parcels"
            )
        with self._lock:
            parcels = [self._parcel_for_document(int(p), document_type) for p in parcel_ids]
        return self._render_documents(parcels, document_type, accept, dpi_raw)

    def _render_documents(
        self, parcels: Sequence[Parcel], document_type: str, accept: str, dpi_raw: str | None
    ) -> ApiResponse:
        mime_type = accept if accept in LABEL_DPI_BY_MIME else "application/pdf"
        # A label made as native ZPL cannot be converted: it always comes back as ZPL (S-PD).
        if document_type == "label" and any(p.native_mime_type for p in parcels):
            mime_type = "application/zpl"
        if document_type != "label":
            mime_type = "application/pdf"
        dpi = DEFAULT_DPI_BY_MIME[mime_type] if dpi_raw is None else _int_param(dpi_raw, "dpi")
        check_mime_dpi(mime_type, dpi, parameter="dpi")
        if mime_type == "application/zpl":
            dpi = 203
        if document_type == "customs-declaration":
            content = render_customs_declarations([(p.content, _customs_items(p.order)) for p in parcels])
        else:
            content = render_labels([p.content for p in parcels], mime_type, dpi)
        return ApiResponse(200, content, content_type=mime_type)

    # ------------------------------------------------------------ shipments
    def list_shipments(self, query: Mapping[str, list[str]], base_url: str) -> ApiResponse:
        params = {name: values[-1] for name, values in query.items() if values}
        with self._lock:
            parcels = [
                p
                for p in self._parcels.values()
                if (
                    "order_number" not in params
                    or str(p.order["order_number"]).casefold() == params["order_number"].casefold()
                )
                and ("integration_id" not in params or str(p.integration_id) == params["integration_id"])
                and ("tracking_number" not in params or p.tracking_number == params["tracking_number"])
            ]
            shipments: dict[str, list[Parcel]] = {}
            for p in sorted(parcels, key=lambda p: p.id):
                shipments.setdefault(p.shipment_id, []).append(p)
            data = [self._shipment(group, base_url) for group in shipments.values()]
        return ApiResponse(200, {"data": data})

    def _shipment(self, parcels: Sequence[Parcel], base_url: str) -> JsonDict:
        """One shipment: a single parcel, or a multicollo shipment's parcels in creation order."""
        parcel = parcels[0]
        sender = self._senders.get(self.seed_data.default_sender_address_id) or {}
        return {
            "id": parcel.shipment_id,
            "order_number": parcel.order["order_number"],
            "external_reference_id": parcel.order["order_id"],
            "from_address": _shipment_address(sender),
            "to_address": _shipment_address(parcel.order.get("shipping_address") or {}),
            "ship_with": self._ship_with_of(parcel),
            "carrier": dict(parcel.shipping_option["carrier"]),
            "errors": [],
            "parcels": [
                {
                    "id": p.id,
                    "status": {"code": p.status_code, "message": p.status_message},
                    # The Shipments schema's document types (label, air-waybill, commercial-invoice)
                    # have no CN23; recovery only needs the label, so only the label is listed.
                    "documents": [
                        {"type": d["type"], "size": d["size"], "link": d["link"]}
                        for d in self._documents(p, base_url)
                        if d["type"] == "label"
                    ],
                    "weight": {"value": f"{p.content.weight_kg:.3f}", "unit": "kg"},
                    "tracking_number": p.tracking_number,
                    "tracking_url": p.tracking_url,
                    "created_at": _iso(p.created_at),
                    "updated_at": _iso(p.created_at),
                    "announced_at": _iso(p.created_at),
                }
                for p in parcels
            ],
        }

    def cancel_shipment(self, shipment_id: str) -> ApiResponse:
        """POST /shipments/{id}/cancel with Sendcloud's rules (S-SH, SC-CANCEL).

        404 unknown shipment; 409 already cancelled or being cancelled, delivered, or made more
        than 42 days ago; 200 `cancelled` on the day the label was made (UTC; the free
        cancellation); 202 `queued` later (the real API watches such a shipment for 14 days; the
        simulator leaves it at "cancellation requested").
        """
        with self._lock:
            # A multicollo shipment's parcels are cancelled together, as the one shipment they are.
            group = [p for p in self._parcels.values() if p.shipment_id == shipment_id]
            parcel = group[0] if group else None
            if parcel is None:
                raise ApiFailure.single(404, "not_found", "Not found")
            if parcel.status_code in (CANCELLED, CANCELLATION_REQUESTED):
                raise ApiFailure.single(409, "invalid", "This shipment is already being cancelled.")
            if parcel.status_code == DELIVERED:
                raise ApiFailure.single(
                    409, "invalid", "This shipment is delivered and can no longer be cancelled."
                )
            now = self.wall_clock()
            if (now - parcel.created_at).days >= CANCEL_DEADLINE_DAYS:
                raise ApiFailure.single(
                    409,
                    "invalid",
                    f"Shipments announced more than {CANCEL_DEADLINE_DAYS} days ago cannot be cancelled.",
                )
            if now.astimezone(UTC).date() == parcel.created_at.astimezone(UTC).date():
                for p in group:
                    p.status_code, p.status_message = CANCELLED, "Cancelled"
                return ApiResponse(
                    200, {"data": {"status": "cancelled", "message": "Shipment has been cancelled"}}
                )
            for p in group:
                p.status_code, p.status_message = CANCELLATION_REQUESTED, "Cancellation requested"
            return ApiResponse(
                202, {"data": {"status": "queued", "message": "Shipment cancellation has been queued"}}
            )

    def parcels(self) -> list[Parcel]:
        with self._lock:
            return list(self._parcels.values())

    # ------------------------------------------------------ settings lists
    def integrations(self) -> ApiResponse:
        return ApiResponse(200, {"data": copy.deepcopy(self.seed_data.integrations)})

    def sender_addresses(self) -> ApiResponse:
        return ApiResponse(200, {"data": copy.deepcopy(self.seed_data.sender_addresses)})

    def contracts(self, query: Mapping[str, list[str]]) -> ApiResponse:
        params = {name: values[-1] for name, values in query.items() if values}
        data = [
            c
            for c in self.seed_data.contracts
            if "carrier_code" not in params or c["carrier"]["code"] == params["carrier_code"]
        ]
        return ApiResponse(200, {"data": copy.deepcopy(data)})

    def shipping_options(self, body: object) -> ApiResponse:
        if body is not None and not isinstance(body, dict):
            raise ApiFailure.single(400, "invalid", "Expected an object.", pointer="/data")
        request = body or {}
        to_country = request.get("to_country_code")
        routes = self.seed_data.shipping_option_routes
        data = []
        for option in self.seed_data.shipping_options:
            code = str(option["code"])
            if request.get("carrier_code") and option["carrier"]["code"] != request["carrier_code"]:
                continue
            if request.get("shipping_option_code") and code != request["shipping_option_code"]:
                continue
            destinations = routes.get(code, (frozenset(), frozenset()))[1]
            if to_country and destinations and to_country not in destinations:
                continue
            data.append(copy.deepcopy(option))
        message = None if data else "We couldn't find any shipping options for the given parameters."
        return ApiResponse(200, {"data": data, "message": message})


# --------------------------------------------------------------- helpers
def check_mime_dpi(
    mime_type: str, dpi: object, *, pointer: str | None = None, parameter: str | None = None
) -> None:
    allowed = LABEL_DPI_BY_MIME.get(mime_type)
    if allowed is None:
        raise ApiFailure.single(
            400,
            "invalid_choice",
            f"'{mime_type}' is not a valid choice; use application/pdf, application/zpl or image/png.",
            pointer=f"{pointer}/mime_type" if pointer else None,
            parameter=parameter,
        )
    if not _is_int(dpi) or dpi not in allowed:
        values = ", ".join(str(v) for v in sorted(allowed))
        raise ApiFailure.single(
            400,
            "invalid",
            f"DPI {dpi} is not valid for {mime_type}; allowed: {values}.",
            pointer=f"{pointer}/dpi" if pointer else None,
            parameter=parameter,
        )


def _int_param(raw: str, name: str) -> int:
    if not raw.isdigit():
        raise ApiFailure.single(400, "invalid", "A valid integer is required.", parameter=name)
    return int(raw)


def _page_size(raw: str | None) -> int:
    if raw is None:
        return 100
    size = _int_param(raw, "page_size")
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ApiFailure.single(
            400, "invalid", f"Ensure this value is between 1 and {MAX_PAGE_SIZE}.", parameter="page_size"
        )
    return size


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o={offset}".encode()).decode("ascii")


def _decode_cursor(cursor: str) -> int:
    try:
        decoded = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
    except (binascii.Error, UnicodeError, ValueError):
        decoded = ""
    match = re.fullmatch(r"o=(\d+)", decoded)
    if match is None:
        raise ApiFailure.single(404, "not_found", "Invalid cursor", title="Invalid cursor")
    return int(match.group(1))


def _check_date(raw: str, name: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        raise ApiFailure.single(400, "invalid", "Enter a valid date (YYYY-MM-DD).", parameter=name)
    return raw


_SORT_FIELDS: Mapping[str, Callable[[JsonDict], Any]] = {
    "pk": lambda o: int(o["id"]),
    "integration": lambda o: o["order_details"]["integration"]["id"],
    "order_number": lambda o: str(o["order_number"]),
    "order_created_at": lambda o: str(o["order_details"].get("order_created_at", "")),
    "order_updated_at": lambda o: str(o["order_details"].get("order_updated_at") or o.get("modified_at", "")),
}


def _sort_key(raw: str) -> Callable[[JsonDict], tuple[Any, ...]]:
    """Sendcloud's `sort`: comma list, `-` for descending, conflicting pairs ignored, `-pk` fallback."""
    terms = [t.strip() for t in raw.split(",") if t.strip()]
    names = [t.lstrip("-") for t in terms]
    valid = [t for t, n in zip(terms, names, strict=True) if n in _SORT_FIELDS and names.count(n) == 1]
    if not valid:
        valid = ["-pk"]
    if "pk" not in {t.lstrip("-") for t in valid}:
        valid.append("-pk" if valid[0].startswith("-") else "pk")  # stable, total order for paging

    def key(order: JsonDict) -> tuple[Any, ...]:
        return tuple(_Ordered(_SORT_FIELDS[t.lstrip("-")](order), t.startswith("-")) for t in valid)

    return key


class _Ordered:
    """A sort key element that can be reversed per field."""

    __slots__ = ("descending", "value")

    def __init__(self, value: Any, descending: bool) -> None:
        self.value = value
        self.descending = descending

    def __lt__(self, other: _Ordered) -> bool:
        return bool(self.value > other.value) if self.descending else bool(self.value < other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Ordered) and bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]


def _check_measurement(order: Mapping[str, Any]) -> None:
    """The order's weight as the Orders spec has it: a number above zero in kg, g, lbs or oz."""
    weight = ((order.get("shipping_details") or {}).get("measurement") or {}).get("weight")
    if weight is None:
        return
    pointer = "/data/attributes/shipping_details/measurement/weight"
    if not isinstance(weight, dict):
        raise ApiFailure.single(400, "invalid", "Expected an object.", pointer=pointer)
    value, unit = weight.get("value"), weight.get("unit")
    if unit not in ("kg", "g", "lbs", "oz"):
        raise ApiFailure.single(
            400,
            "invalid_choice",
            f'"{unit}" is not a valid choice. Use one of kg, g, lbs, oz.',
            pointer=f"{pointer}/unit",
        )
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ApiFailure.single(
            400, "min_value", "Input should be greater than 0", pointer=f"{pointer}/value"
        )


def _merge_order(target: JsonDict, patch: Mapping[str, Any], path: str = "order") -> None:
    """PATCH semantics: nested objects merge; `order_items` lines are matched by `name`."""
    for key, value in patch.items():
        if key == "order_items" and isinstance(value, list):
            lines = target.setdefault("order_items", [])
            for change in value:
                name = change.get("name") if isinstance(change, dict) else None
                line = next((item for item in lines if item.get("name") == name), None)
                if line is None:
                    raise ApiFailure.single(
                        400,
                        "invalid",
                        "Could not find specified item.",
                        title="Invalid",
                        pointer="order/order_details/order_items",
                    )
                _merge_order(line, change, f"{path}/order_items")
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_order(target[key], value, f"{path}/{key}")
        else:
            target[key] = copy.deepcopy(value)


def _address_lines(address: Mapping[str, Any]) -> tuple[str, ...]:
    street = " ".join(str(address.get(k) or "") for k in ("address_line_1", "house_number")).strip()
    town = " ".join(str(address.get(k) or "") for k in ("postal_code", "city")).strip()
    lines: Iterable[object] = (
        address.get("name"),
        address.get("company_name"),
        street,
        address.get("address_line_2"),
        town,
        address.get("country_code"),
    )
    return tuple(str(line) for line in lines if line)


def _shipment_address(address: Mapping[str, Any]) -> JsonDict:
    keys = (
        "name",
        "company_name",
        "address_line_1",
        "house_number",
        "address_line_2",
        "postal_code",
        "city",
        "country_code",
        "email",
        "phone_number",
    )
    return {k: address[k] for k in keys if address.get(k) not in (None, "")}


def _service_point_line(details: Mapping[str, Any] | None) -> str | None:
    if not details:
        return None
    extra = details.get("extra_data") or {}
    name = extra.get("name") or details.get("carrier_service_point_id") or details.get("id")
    return f"Service point: {name}"


def _contract_name(contract: Mapping[str, Any] | None) -> str:
    if contract is None:
        return "Sendcloud rates"
    return f"Direct contract {contract['carrier']['name']}"


def _customs_items(order: Mapping[str, Any]) -> list[tuple[str, int, float, str]]:
    items = []
    for line in order.get("order_details", {}).get("order_items", []):
        value = float((line.get("total_price") or {}).get("value") or 0)
        items.append(
            (str(line.get("name", "")), int(line.get("quantity", 1)), value, str(line.get("hs_code") or ""))
        )
    return items


def _order_error(failure: ApiFailure, pointer: str) -> JsonDict:
    """An async order's error: a 400 whose pointer starts with the order's index (it ties the
    error to the order), then the field it is about when there is one ("/to_address/house_number",
    "/parcels/[1]/weight"): both are worth showing."""
    error = dict(failure.errors[0])
    error["status"] = "400"
    error.setdefault("title", "Invalid order")
    field_pointer = (error.get("source") or {}).get("pointer")
    suffix = field_pointer if isinstance(field_pointer, str) and not field_pointer.startswith("/data") else ""
    error["source"] = {"pointer": pointer + suffix}
    return error
