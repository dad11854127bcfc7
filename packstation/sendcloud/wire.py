"""What goes on the wire: request parameters checked and built before anything is sent, and answers
read into models (a label's file decoded and checked, a batch's answer tied to its orders). Pure
functions; `SendcloudClient` (client.py) sends and receives through them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Final, Literal, TypedDict

import httpx
from pydantic import TypeAdapter, ValidationError

from packstation.sendcloud.errors import (
    InvalidRequestError,
    MalformedResponseError,
)
from packstation.sendcloud.models import (
    ApiErrorDetail,
    AsyncLabelEnvelope,
    AsyncLabelResult,
    AsyncLabelSuccess,
    AsyncOrder,
    AsyncOrderFailure,
    Order,
    OrderListEnvelope,
    OrderSelector,
    ParcelDocument,
    Shipment,
    ShipmentListEnvelope,
    ShipWith,
    order_index_from_pointer,
)
from packstation.sendcloud.transport import (
    _summarise,
    _validate,
)

MAX_ORDERS_PAGE_SIZE: Final = 200  # §3.2


MAX_SHIPMENTS_PAGE_SIZE: Final = 100  # S-SH


MAX_SENDER_ADDRESSES_PAGE_SIZE: Final = 100  # S-MRG


ORDER_SORT_FIELDS: Final = frozenset(
    {"integration", "order_number", "order_created_at", "order_updated_at", "pk"}
)


DOCUMENT_TYPES: Final = frozenset({"label", "customs-declaration", "air-waybill", "proof-of-delivery"})


PAPER_SIZES: Final = frozenset({"A4", "A5", "A6"})


ORDER_LIST: Final = TypeAdapter(list[Order])  # built at import: lazy building is not thread-safe


def label_dpi(mime_type: str, dpi: int | None) -> int:
    """The DPI to send for a label format, refusing combinations Sendcloud rejects.

    Sendcloud's enum allows 72/150/203/300/600 for every format, but its own text restricts PDF to
    72 and PNG to 150 or 300; ZPL ignores the DPI (the carrier sets it, usually 203), so 203 is
    sent (api-notes §4.2, §7.5). Checked before sending, so the packer gets a message naming the
    allowed values instead of a bare 400.
    """
    if mime_type == "application/zpl":
        return 203
    if mime_type == "application/pdf":
        allowed: tuple[int, ...] = (72,)
        default, name = 72, "PDF"
    elif mime_type == "image/png":
        allowed = (150, 300)
        default, name = 300, "PNG"
    else:
        raise InvalidRequestError(
            f"Sendcloud makes labels as application/pdf, image/png or application/zpl, not {mime_type!r}."
        )
    if dpi is None:
        return default
    if dpi not in allowed:
        allowed_text = " or ".join(str(value) for value in allowed)
        raise InvalidRequestError(
            f"{name} labels come in {allowed_text} DPI only, not {dpi}. "
            "Choose a supported resolution in the printer settings."
        )
    return dpi


def checked_id(value: int | str, what: str) -> int:
    """An id for a URL path: a positive integer, so nothing else can ever end up in the path."""
    if isinstance(value, bool):
        raise InvalidRequestError(f"The {what} must be a positive whole number, not {value!r}.")
    if isinstance(value, str):
        if not value.isascii() or not value.isdigit():
            raise InvalidRequestError(f"The {what} must be a positive whole number, not {value!r}.")
        value = int(value)
    if value < 1:
        raise InvalidRequestError(f"The {what} must be a positive whole number, not {value!r}.")
    return value


def day_param(value: date, name: str) -> str:
    if isinstance(value, datetime):
        raise InvalidRequestError(f"{name} filters on whole days: pass a date, not a datetime.")
    return value.isoformat()


def csv_ints_param(value: Sequence[int], name: str) -> str:
    if not value:
        raise InvalidRequestError(f"{name} needs at least one id.")
    return ",".join(str(checked_id(item, name)) for item in value)


def integration_id_set(value: int | Sequence[int]) -> frozenset[int]:
    values = [value] if isinstance(value, int) else list(value)
    if not values:
        raise InvalidRequestError("integration needs at least one id.")
    return frozenset(checked_id(item, "integration") for item in values)


def looks_like(mime_type: str, content: bytes) -> bool:
    """Whether a decoded label starts the way its format must (catches a wrong or garbled file)."""
    if mime_type == "application/pdf":
        return b"%PDF-" in content[:1024]
    if mime_type == "image/png":
        return content.startswith(b"\x89PNG\r\n\x1a\n")
    if mime_type == "application/zpl":
        return b"^XA" in content[:4096]
    return bool(content)


def decode_label_file(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error is a ValueError; so is a non-ASCII str
        stripped = "".join(text.split())  # tolerate line-wrapped Base64, nothing else
        if stripped == text:
            raise
        return base64.b64decode(stripped, validate=True)


def parcel_id_hint(body: bytes) -> int | None:
    """The parcel id of a label answer that failed validation, if one can still be found in it."""
    try:
        document = json.loads(body)
    except ValueError:
        return None
    data = document.get("data") if isinstance(document, dict) else None
    if isinstance(data, list) and data:
        data = data[0]
    parcel_id = data.get("parcel_id") if isinstance(data, dict) else None
    return parcel_id if isinstance(parcel_id, int) and not isinstance(parcel_id, bool) else None


class OrderFilters(TypedDict, total=False):
    """The filters of GET /orders (api-notes §3.2), shared by `list_orders` and `iter_orders`."""

    integration: int | Sequence[int] | None  # one id or several (several are filtered client-side)
    order_number: str | None  # exact, case-insensitive
    order_id: str | None
    status: str | None
    order_created_at: date | None
    order_created_at_min: date | None
    order_created_at_max: date | None
    order_updated_at: date | None
    order_updated_at_min: date | None
    order_updated_at_max: date | None
    sort: str | Sequence[str] | None  # ORDER_SORT_FIELDS, `-` prefix for descending
    page_size: int | None  # 1–200


OrderDateFilter = Literal[
    "order_created_at",
    "order_created_at_min",
    "order_created_at_max",
    "order_updated_at",
    "order_updated_at_min",
    "order_updated_at_max",
]


ORDER_DATE_FILTERS: Final[tuple[OrderDateFilter, ...]] = (
    "order_created_at",
    "order_created_at_min",
    "order_created_at_max",
    "order_updated_at",
    "order_updated_at_min",
    "order_updated_at_max",
)


class ShipmentFilters(TypedDict, total=False):
    """The filters of GET /shipments (S-SH), shared by `list_shipments` and `iter_shipments`."""

    order_number: str | None
    integration_id: int | None
    tracking_number: str | None
    parcel_status: str | int | None
    external_reference_id: str | None
    updated_before: datetime | None
    updated_after: datetime | None
    announced_before: datetime | None
    announced_after: datetime | None
    parcel_ids: Sequence[int] | None
    shipment_ids: Sequence[str] | None
    page_size: int | None  # 1–100


@contextmanager
def checked_before_sending() -> Iterator[None]:
    """Turns a request model's validation failure into the client's `InvalidRequestError`."""
    try:
        yield
    except ValidationError as exc:
        raise InvalidRequestError(f"The request was not sent: {_summarise(exc)}.") from exc


def read_orders(body: bytes) -> list[Order]:
    return _validate(OrderListEnvelope, body).data


def read_shipments(body: bytes) -> list[Shipment]:
    return _validate(ShipmentListEnvelope, body).data


def ship_with_param(shipping_option_code: str | None, contract_id: int | None) -> ShipWith | None:
    if shipping_option_code is None:
        if contract_id is not None:
            raise InvalidRequestError("A contract id needs a shipping option code to go with it.")
        return None
    return ShipWith.option(shipping_option_code, contract_id)


def document_type_param(value: str) -> str:
    if value not in DOCUMENT_TYPES:
        raise InvalidRequestError(
            f"Sendcloud has no document type {value!r}; use one of {', '.join(sorted(DOCUMENT_TYPES))}."
        )
    return value


def paper_size_param(value: str) -> str:
    if value not in PAPER_SIZES:
        raise InvalidRequestError(f"Paper size must be A4, A5 or A6, not {value!r}.")
    return value


def page_size_param(value: int, maximum: int | None) -> int:
    if isinstance(value, bool) or value < 1 or (maximum is not None and value > maximum):
        upper = f" to {maximum}" if maximum is not None else " or more"
        raise InvalidRequestError(f"The page size must be 1{upper}, not {value!r}.")
    return value


def order_sort_param(sort: str | Sequence[str]) -> str:
    fields = (
        [part.strip() for part in sort.split(",")] if isinstance(sort, str) else [s.strip() for s in sort]
    )
    for name in fields:
        if name.removeprefix("-") not in ORDER_SORT_FIELDS:
            raise InvalidRequestError(
                f"Orders cannot be sorted by {name!r}; use {', '.join(sorted(ORDER_SORT_FIELDS))}, "
                "each optionally prefixed with '-' for descending."
            )
    if not fields:
        raise InvalidRequestError("The sort order names no field.")
    return ",".join(fields)


def shipment_filter_params(filters: ShipmentFilters) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = []
    for key in ("order_number", "tracking_number", "external_reference_id"):
        text = filters.get(key)
        if text is not None:
            params.append((key, str(text)))
    integration_id = filters.get("integration_id")
    if integration_id is not None:
        params.append(("integration_id", str(checked_id(integration_id, "integration id"))))
    parcel_status = filters.get("parcel_status")
    if parcel_status is not None:
        params.append(("parcel_status", str(parcel_status)))
    for key in ("updated_before", "updated_after", "announced_before", "announced_after"):
        moment = filters.get(key)
        if isinstance(moment, datetime):
            params.append((key, moment.isoformat()))
    parcel_ids = filters.get("parcel_ids")
    if parcel_ids is not None:
        if not 1 <= len(parcel_ids) <= 100:
            raise InvalidRequestError("Filter on 1 to 100 parcel ids at a time.")
        params.append(("ids", csv_ints_param(parcel_ids, "parcel ids")))
    shipment_ids = filters.get("shipment_ids")
    if shipment_ids is not None:
        if not 1 <= len(shipment_ids) <= 100:
            raise InvalidRequestError("Filter on 1 to 100 shipment ids at a time.")
        params.append(("shipment_uuids", ",".join(shipment_ids)))
    page_size = filters.get("page_size")
    if page_size is not None:
        params.append(("page_size", str(page_size_param(page_size, MAX_SHIPMENTS_PAGE_SIZE))))
    return params


def read_document(response: httpx.Response, path: str, requested: str, dpi: int | None) -> ParcelDocument:
    """A document answer, typed by the Content-Type Sendcloud returned (not the one asked for)."""
    content = response.content
    mime_type = response.headers.get("content-type", "").partition(";")[0].strip().lower() or requested
    if mime_type == "application/json" or not content:
        raise MalformedResponseError(
            "Sendcloud answered without the document file. Try again in a moment.",
            status=response.status_code,
            method="GET",
            path=path,
        )
    return ParcelDocument(
        content=content,
        mime_type=mime_type,
        requested_mime_type=requested,
        dpi=None if mime_type == "application/zpl" else dpi,
    )


def read_async_result(envelope: AsyncLabelEnvelope, selectors: Sequence[AsyncOrder]) -> AsyncLabelResult:
    """Ties each success and each error back to the request order it concerns."""
    by_id = {s.order_id.casefold(): i for i, s in enumerate(selectors) if s.order_id is not None}
    by_number = {s.order_number.casefold(): i for i, s in enumerate(selectors) if s.order_number is not None}
    successes = []
    for item in envelope.data:
        if item.parcel_id is None and not item.parcels_ids:
            # Nothing to fetch a label by: the order stays unmentioned, its outcome unknown, and
            # the caller settles it with a lookup (`settle_label_outcome`), never by sending it again.
            continue
        index = None
        if item.order_id is not None:
            index = by_id.get(item.order_id.casefold())
        if index is None and item.order_number is not None:
            index = by_number.get(item.order_number.casefold())
        successes.append(
            AsyncLabelSuccess(
                parcel_id=item.parcel_id,
                parcels_ids=tuple(item.parcels_ids),
                shipment_id=item.shipment_id,
                order_id=item.order_id,
                order_number=item.order_number,
                request_index=index,
            )
        )
    per_order: dict[int, list[ApiErrorDetail]] = {}
    request_errors = []
    for error in envelope.errors:
        index = order_index_from_pointer(error.pointer)
        if index is not None and 0 <= index < len(selectors):
            per_order.setdefault(index, []).append(error)
        else:
            request_errors.append(error)
    failures = tuple(
        AsyncOrderFailure(request_index=index, order=selectors[index], errors=tuple(errors))
        for index, errors in sorted(per_order.items())
    )
    return AsyncLabelResult(
        successes=tuple(successes), failures=failures, request_errors=tuple(request_errors)
    )


def describe_orders(selectors: Sequence[OrderSelector]) -> str:
    if len(selectors) == 1:
        return f"order {selectors[0].describe()}"
    shown = ", ".join(selector.describe() for selector in selectors[:5])
    more = f" and {len(selectors) - 5} more" if len(selectors) > 5 else ""
    return f"orders {shown}{more}"
