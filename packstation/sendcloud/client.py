"""`SendcloudClient`: the typed Sendcloud API v3 client over an injected `httpx.Client`.

The caller creates and owns the `httpx.Client` (connection pool, proxies, TLS), so training mode
and tests point the very same client class at the loopback simulator without patching anything.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Final, Literal, TypedDict, TypeVar, Unpack
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from packstation import __version__
from packstation.credentials import ApiCredentials, redact
from packstation.errors import ConfigurationError
from packstation.sendcloud.errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CancelRefusedError,
    CarrierRefusedError,
    ForbiddenError,
    InvalidRequestError,
    LabelOutcomeUnknownError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    StillProcessingError,
    is_carrier_refusal,
)
from packstation.sendcloud.models import (
    READ_ONLY_ORDER_FIELDS,
    RESPONSE_CONTEXT,
    ApiErrorDetail,
    AsyncLabelEnvelope,
    AsyncLabelResult,
    AsyncLabelSuccess,
    AsyncOrder,
    AsyncOrderFailure,
    CancelResult,
    CancelShipmentEnvelope,
    Contract,
    ContractListEnvelope,
    CreateLabelsAsyncRequest,
    CreateLabelSyncRequest,
    DocumentType,
    ErrorEnvelope,
    ExistingLabel,
    Integration,
    IntegrationListEnvelope,
    LabelDetails,
    LabelMimeType,
    LabelResult,
    LabelSettlement,
    Order,
    OrderEnvelope,
    OrderListEnvelope,
    OrderRef,
    OrderRefEnvelope,
    OrderRefListEnvelope,
    OrderSelector,
    OrderUpdate,
    Page,
    PaperSize,
    ParcelDocument,
    SenderAddress,
    SenderAddressListEnvelope,
    Shipment,
    ShipmentListEnvelope,
    ShippingOptionsEnvelope,
    ShippingOptionsRequest,
    ShippingOptionsResult,
    ShipWith,
    SyncLabelEnvelope,
    order_index_from_pointer,
)
from packstation.sendcloud.retry import RetryPolicy, parse_retry_after

DEFAULT_BASE_URL: Final = "https://panel.sendcloud.sc/api/v3"
DEFAULT_TIMEOUT: Final = httpx.Timeout(15.0, connect=5.0)
# Making a label means Sendcloud announcing the parcel to the carrier, which can take many seconds.
DEFAULT_LABEL_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
USER_AGENT: Final = f"Packstation/{__version__} (+httpx/{httpx.__version__})"

MAX_UPSERT_ORDERS: Final = 100  # api-notes §3.1
MAX_ASYNC_ORDERS: Final = 20  # §4.1
MAX_BULK_DOCUMENTS: Final = 20  # §5
MAX_ORDERS_PAGE_SIZE: Final = 200  # §3.2
MAX_SHIPMENTS_PAGE_SIZE: Final = 100  # S-SH
MAX_SENDER_ADDRESSES_PAGE_SIZE: Final = 100  # S-MRG
ORDER_SORT_FIELDS: Final = frozenset(
    {"integration", "order_number", "order_created_at", "order_updated_at", "pk"}
)
_DOCUMENT_TYPES: Final = frozenset({"label", "customs-declaration", "air-waybill", "proof-of-delivery"})
_PAPER_SIZES: Final = frozenset({"A4", "A5", "A6"})
_RETRYABLE_READ_STATUSES: Final = frozenset({502, 503, 504})
_STILL_PROCESSING: Final = "still processing"

logger = logging.getLogger("packstation.sendcloud")

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


_ORDER_LIST: Final = TypeAdapter(list[Order])  # built at import: lazy building is not thread-safe


class _Retry(Enum):
    """Which failures a call may retry by itself (see the `SendcloudClient` docstring)."""

    READ = "read"  # timeouts, connection errors, 502/503/504, 429
    RATE_LIMIT_ONLY = "rate_limit_only"  # 429 only: Sendcloud did not process the request


# --------------------------------------------------------------------------------------------------
# Small pure helpers (public where tests and callers benefit)


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


_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,\"]*(?:\"(?:[^\"\\]|\\.)*\")?)*)")
_LINK_PARAM = re.compile(r";\s*([^=;,\s]+)\s*(?:=\s*(\"(?:[^\"\\]|\\.)*\"|[^;,\s]*))?")


def parse_link_header(value: str | None) -> dict[str, str]:
    """Targets of an RFC 8288 `Link` header by relation type (lower-cased), first one winning.

    `<https://…?cursor=a>; rel="prev", <https://…?cursor=b>; rel="next"` gives
    `{"prev": "https://…?cursor=a", "next": "https://…?cursor=b"}`. A `rel` may list several
    space-separated types; unquoted values and extra parameters are accepted.
    """
    links: dict[str, str] = {}
    if not value:
        return links
    for match in _LINK_VALUE.finditer(value):
        target = match.group(1).strip()
        for param in _LINK_PARAM.finditer(match.group(2)):
            if param.group(1).lower() != "rel" or param.group(2) is None:
                continue
            for rel in param.group(2).strip('"').split():
                links.setdefault(rel.lower(), target)
    return links


def _positive_id(value: int | str, what: str) -> int:
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


def _day(value: date, name: str) -> str:
    if isinstance(value, datetime):
        raise InvalidRequestError(f"{name} filters on whole days: pass a date, not a datetime.")
    return value.isoformat()


def _csv_ints(value: Sequence[int], name: str) -> str:
    if not value:
        raise InvalidRequestError(f"{name} needs at least one id.")
    return ",".join(str(_positive_id(item, name)) for item in value)


def _integration_ids(value: int | Sequence[int]) -> frozenset[int]:
    values = [value] if isinstance(value, int) else list(value)
    if not values:
        raise InvalidRequestError("integration needs at least one id.")
    return frozenset(_positive_id(item, "integration") for item in values)


def _looks_like(mime_type: str, content: bytes) -> bool:
    """Whether a decoded label starts the way its format must (catches a wrong or garbled file)."""
    if mime_type == "application/pdf":
        return b"%PDF-" in content[:1024]
    if mime_type == "image/png":
        return content.startswith(b"\x89PNG\r\n\x1a\n")
    if mime_type == "application/zpl":
        return b"^XA" in content[:4096]
    return bool(content)


def _decode_base64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error is a ValueError; so is a non-ASCII str
        stripped = "".join(text.split())  # tolerate line-wrapped Base64, nothing else
        if stripped == text:
            raise
        return base64.b64decode(stripped, validate=True)


def _summarise(exc: ValidationError) -> str:
    """A short description of why a body did not match, without echoing its values."""
    problems = exc.errors(include_url=False, include_input=False, include_context=False)
    if not problems:
        return "unexpected shape"
    first = problems[0]
    if first["type"] == "json_invalid":
        return "not JSON"
    message = str(first["msg"]).removeprefix("Value error, ")
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


def _error_details(body: bytes) -> tuple[ApiErrorDetail, ...]:
    if not body:
        return ()
    try:
        return tuple(ErrorEnvelope.model_validate_json(body, context=RESPONSE_CONTEXT).errors)
    except ValidationError:
        return ()


def _parcel_id_hint(body: bytes) -> int | None:
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


_OrderDateFilter = Literal[
    "order_created_at",
    "order_created_at_min",
    "order_created_at_max",
    "order_updated_at",
    "order_updated_at_min",
    "order_updated_at_max",
]
_ORDER_DATE_FILTERS: Final[tuple[_OrderDateFilter, ...]] = (
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
def _checked_before_sending() -> Iterator[None]:
    """Turns a request model's validation failure into the client's `InvalidRequestError`."""
    try:
        yield
    except ValidationError as exc:
        raise InvalidRequestError(f"The request was not sent: {_summarise(exc)}.") from exc


# --------------------------------------------------------------------------------------------------


class SendcloudClient:
    """Typed access to the Sendcloud API v3 endpoints a packing station needs.

    Transport: every call sends HTTP Basic auth (public key as user, secret key as password) on the
    request, never in a URL; an explicit timeout (`timeout`, or `label_timeout` for label calls,
    both overridable per call); `User-Agent: Packstation/<version> (+httpx/<version>)`; and
    `Sendcloud-Partner-Id` when one is configured.

    Retries (bounded by `retry.max_attempts`, waits from `retry`, 429 honours `Retry-After`):

    * Reads (every GET, and POST /shipping-options, which only computes options) retry timeouts,
      connection failures, 502/503/504 and 429. A 500 is not retried: it is rarely transient.
    * POST /orders (upsert), PATCH and DELETE retry only a 429, which Sendcloud sends *instead of*
      processing the request. A DELETE retried after a lost answer would report a confusing 404,
      and a repeated upsert is not worth its rate-limit budget, so these surface the failure.
    * Label calls (create-label-sync, create-labels-async) are NEVER retried blindly: each success
      creates a parcel and costs money, and Sendcloud offers no idempotency key. Only a 429 is
      retried. A connection that never opened is reported as a plain `NetworkError`
      (`request_sent=False`), not retried. After a read/write timeout, a dropped or reset
      connection, a 5xx, or a 2xx without a usable label, the outcome is unknown and
      `LabelOutcomeUnknownError` is raised; `settle_label_outcome(error)` (or
      `find_existing_labels(order_number)`) asks GET /shipments whether a parcel exists. Only an
      answer without a live parcel makes a retry safe.

    Logging: `packstation.sendcloud` at DEBUG, one line per attempt with method, path (no query),
    status and duration. Never headers or bodies; the keys appear in no log, message, repr or URL.
    """

    def __init__(
        self,
        http: httpx.Client,
        credentials: ApiCredentials,
        *,
        base_url: str = DEFAULT_BASE_URL,
        partner_id: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        label_timeout: httpx.Timeout = DEFAULT_LABEL_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        base = httpx.URL(base_url.rstrip("/"))
        if base.scheme not in ("http", "https") or not base.host:
            raise ConfigurationError(f"The Sendcloud base URL must be an http(s) URL, not {base_url!r}.")
        if base.userinfo or base.query or base.fragment:
            # Keys (or anything else) in the URL would end up in logs and proxies.
            raise ConfigurationError("The Sendcloud base URL must not contain credentials or a query.")
        self._http = http
        self._base = str(base)
        self._base_url = base
        self._auth = httpx.BasicAuth(credentials.public_key, credentials.secret_key)
        self._key_hint = redact(credentials.public_key)
        self._timeout = timeout
        self._label_timeout = label_timeout
        self._retry = retry if retry is not None else RetryPolicy()
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if partner_id:
            headers["Sendcloud-Partner-Id"] = partner_id
        # Built once: per-call overhead matters (a station makes thousands of calls a shift).
        self._headers = headers
        self._json_headers = {**headers, "Content-Type": "application/json"}
        self._document_headers = {
            mime: {**headers, "Accept": mime} for mime in ("application/pdf", "application/zpl", "image/png")
        }

    def __repr__(self) -> str:
        return f"SendcloudClient(base_url={self._base!r}, public_key={self._key_hint})"

    @property
    def base_url(self) -> str:
        return self._base

    # ---------------------------------------------------------------------------------- Orders

    def upsert_orders(
        self, orders: Sequence[Order], *, timeout: httpx.Timeout | None = None
    ) -> list[OrderRef]:
        """POST /orders: create or update 1–100 orders (matched by order_id + integration).

        All-or-nothing: one invalid order rejects the batch with a `BadRequestError` whose error
        pointers (`/data/attributes/[N]/…`) give the 0-based index, see `order_index_from_pointer`.
        Orders are saved asynchronously: check with `get_order` before shipping a new one.
        """
        count = len(orders)
        if not 1 <= count <= MAX_UPSERT_ORDERS:
            raise InvalidRequestError(
                f"Sendcloud takes 1 to {MAX_UPSERT_ORDERS} orders per upload; {count} were given. "
                "Split them into smaller batches."
            )
        content = _ORDER_LIST.dump_json(
            list(orders), exclude_unset=True, exclude={"__all__": set(READ_ONLY_ORDER_FIELDS)}
        )
        response = self._request(
            "POST",
            "/orders",
            _Retry.RATE_LIMIT_ONLY,
            content=content,
            headers=self._json_headers,
            timeout=timeout,
        )
        # §7.2: 201 in the spec, 200 in the guide; any 2xx is success.
        return self._parse(response, "/orders", lambda body: _validate(OrderRefListEnvelope, body).data)

    def list_orders(
        self,
        *,
        cursor: str | None = None,
        timeout: httpx.Timeout | None = None,
        **filters: Unpack[OrderFilters],
    ) -> Page[Order]:
        """GET /orders: one page. Filters are exact, case-insensitive matches (api-notes §3.2).

        `integration` takes one id or several. The spec types the filter as one integer, so several
        are not sent: the answer is filtered here instead, and a page may then hold fewer orders
        than `page_size`. `sort` takes field names from `ORDER_SORT_FIELDS`, each optionally
        prefixed with `-` for descending. An unknown order number gives an empty page, not a 404;
        an invalid cursor gives `NotFoundError`.
        """
        params, parse = self._order_query(filters)
        if cursor is not None:
            params.append(("cursor", cursor))
        return self._page("/orders", params, parse, timeout, not_found="The page of orders")

    def iter_orders(
        self, *, timeout: httpx.Timeout | None = None, **filters: Unpack[OrderFilters]
    ) -> Iterator[Order]:
        """Every order matching the filters, following `Link: rel="next"` until there is none."""
        params, parse = self._order_query(filters)
        for page in self._pages("/orders", params, parse, timeout, not_found="The page of orders"):
            yield from page.items

    def get_order(self, sendcloud_id: int | str, *, timeout: httpx.Timeout | None = None) -> Order:
        """GET /orders/{id} by Sendcloud's internal id (`Order.id`, not the shop's order_id)."""
        order_id = _positive_id(sendcloud_id, "Sendcloud order id")
        path = f"/orders/{order_id}"
        response = self._request(
            "GET",
            path,
            _Retry.READ,
            timeout=timeout,
            not_found=(
                f"Order {order_id} was not found in Sendcloud. It may have been deleted, or it was "
                "created moments ago and is not saved yet: wait a few seconds and try again"
            ),
        )
        return self._parse(response, path, lambda body: _validate(OrderEnvelope, body).data)

    def update_order(
        self, sendcloud_id: int | str, changes: OrderUpdate, *, timeout: httpx.Timeout | None = None
    ) -> OrderRef:
        """PATCH /orders/{id}: sends only the fields set on `changes`.

        To change an order line include its `name` (Sendcloud matches lines by name); adding or
        removing lines needs `upsert_orders`.
        """
        order_id = _positive_id(sendcloud_id, "Sendcloud order id")
        if not changes.model_fields_set:
            raise InvalidRequestError("An order update must change at least one field.")
        path = f"/orders/{order_id}"
        response = self._request(
            "PATCH",
            path,
            _Retry.RATE_LIMIT_ONLY,
            content=changes.model_dump_json(exclude_unset=True).encode(),
            headers=self._json_headers,
            timeout=timeout,
            not_found=f"Order {order_id} was not found in Sendcloud, so it could not be changed",
        )
        return self._parse(response, path, lambda body: _validate(OrderRefEnvelope, body).data)

    def delete_order(self, sendcloud_id: int | str, *, timeout: httpx.Timeout | None = None) -> None:
        """DELETE /orders/{id} (204). Existing shipments and labels are not affected."""
        order_id = _positive_id(sendcloud_id, "Sendcloud order id")
        self._request(
            "DELETE",
            f"/orders/{order_id}",
            _Retry.RATE_LIMIT_ONLY,
            timeout=timeout,
            not_found=f"Order {order_id} was not found in Sendcloud (it may already be deleted)",
        )

    # ---------------------------------------------------------------------------- Ship an Order

    def create_label_sync(
        self,
        *,
        integration_id: int,
        order_number: str | None = None,
        order_id: str | None = None,
        apply_shipping_rules: bool = False,
        shipping_option_code: str | None = None,
        contract_id: int | None = None,
        sender_address_id: int | None = None,
        brand_id: int | None = None,
        mime_type: LabelMimeType = "application/pdf",
        dpi: int | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> LabelResult:
        """POST /orders/create-label-sync: make the label for one order and return the file.

        The order is named by `order_id` or `order_number`; given both, only `order_id` is sent
        (`OrderSelector`) and the number names the order in messages and in the lookup after an
        unknown outcome.
        The MIME/DPI pair is checked first (`label_dpi`). The answer is read tolerantly (`data` as
        object or array, file under `label` or `label_details`, api-notes §7.1) and the Base64 file
        decoded and checked. See the class docstring for why this call is never retried blindly;
        an unclear outcome raises `LabelOutcomeUnknownError`.
        """
        resolved_dpi = label_dpi(mime_type, dpi)
        with _checked_before_sending():
            selector = OrderSelector(
                order_id=order_id, order_number=order_number, apply_shipping_rules=apply_shipping_rules
            )
            request = CreateLabelSyncRequest(
                integration_id=integration_id,
                order=selector,
                sender_address_id=sender_address_id,
                brand_id=brand_id,
                ship_with=_ship_with(shipping_option_code, contract_id),
                label_details=LabelDetails(mime_type=mime_type, dpi=resolved_dpi),
            )
        path = "/orders/create-label-sync"
        response = self._label_call(
            path, request.model_dump_json(exclude_none=True).encode(), [selector], integration_id, timeout
        )
        return self._read_sync_label(response, path, selector, integration_id, mime_type)

    def create_labels_async(
        self,
        orders: Sequence[AsyncOrder | Order],
        *,
        integration_id: int | None = None,
        shipping_option_code: str | None = None,
        contract_id: int | None = None,
        sender_address_id: int | None = None,
        brand_id: int | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> AsyncLabelResult:
        """POST /orders/create-labels-async for 1–20 orders of ONE integration.

        `orders` are selectors (`AsyncOrder`, optionally carrying their `integration_id`) or
        `Order`s as listed. Sendcloud requires one integration per request; the client refuses a
        mixture before sending, and needs `integration_id` when no order carries one. The same
        order twice is refused too (it would make two labels).

        Sendcloud "fails gracefully": the result holds per-order successes (parcel ids; fetch the
        labels with `get_parcel_document`) and failures, each failure tied to its request order
        through the error's `source.pointer`. Errors naming no order are `request_errors`. An order
        in neither list (left out of the answer, or answered without a parcel id) has an unknown
        outcome: settle it with `settle_label_outcome`.
        """
        selectors = self._async_selectors(orders, integration_id)
        integration = self._single_integration(selectors, integration_id)
        with _checked_before_sending():
            request = CreateLabelsAsyncRequest(
                integration_id=integration,
                orders=selectors,
                sender_address_id=sender_address_id,
                brand_id=brand_id,
                ship_with=_ship_with(shipping_option_code, contract_id),
            )
        path = "/orders/create-labels-async"
        response = self._label_call(
            path, request.model_dump_json(exclude_none=True).encode(), selectors, integration, timeout
        )
        try:
            envelope = _validate(AsyncLabelEnvelope, response.content)
        except ValidationError as exc:
            raise self._outcome_unknown(
                selectors, integration, f"the answer could not be read ({_summarise(exc)})", path
            ) from exc
        return _async_result(envelope, selectors)

    def find_existing_labels(
        self, order_number: str, *, integration_id: int | None = None, timeout: httpx.Timeout | None = None
    ) -> list[ExistingLabel]:
        """Parcels Sendcloud already has for an order number (GET /shipments?order_number=…).

        This is the lookup that settles a `LabelOutcomeUnknownError`: an empty list means no label
        exists, so shipping again is safe. Cancelled parcels are listed too (`.cancelled`).
        """
        wanted = order_number.casefold()
        found: list[ExistingLabel] = []
        for shipment in self.iter_shipments(
            order_number=order_number, integration_id=integration_id, timeout=timeout
        ):
            if shipment.order_number is not None and shipment.order_number.casefold() != wanted:
                continue  # defensive: only ever report parcels of the order asked about
            found.extend(
                ExistingLabel(
                    order_number=shipment.order_number,
                    shipment_id=shipment.id,
                    parcel_id=parcel.id,
                    tracking_number=parcel.tracking_number,
                    tracking_url=parcel.tracking_url,
                    status=parcel.status.code if parcel.status else None,
                    documents=tuple(parcel.documents),
                )
                for parcel in shipment.parcels
            )
        return found

    def settle_label_outcome(
        self, error: LabelOutcomeUnknownError, *, timeout: httpx.Timeout | None = None
    ) -> LabelSettlement:
        """Look up every order of a label call whose outcome was unknown.

        Orders named only by `order_id` are first resolved to their order number. An order that
        Sendcloud does not know has no parcel. `LabelSettlement.safe_to_retry` is the answer.
        Any failure of the lookup itself propagates: an unclear lookup never says "safe".
        """
        found: dict[str, tuple[ExistingLabel, ...]] = {}
        for selector in error.orders:
            number = selector.order_number
            if number is None:
                page = self.list_orders(
                    order_id=selector.order_id, integration=error.integration_id, timeout=timeout
                )
                if not page.items:
                    found[f"id:{selector.order_id}"] = ()
                    continue
                number = page.items[0].order_number
            found[number] = tuple(
                self.find_existing_labels(number, integration_id=error.integration_id, timeout=timeout)
            )
        return LabelSettlement(labels=found)

    # -------------------------------------------------------------------------- Parcel documents

    def get_parcel_document(
        self,
        parcel_id: int,
        document_type: DocumentType = "label",
        *,
        mime_type: LabelMimeType = "application/pdf",
        dpi: int | None = None,
        paper_size: PaperSize | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> ParcelDocument:
        """GET /parcels/{id}/documents/{type}: the raw file (not JSON, not Base64).

        The format is asked for with `Accept`, but the returned `Content-Type` is what counts: a
        label made as native ZPL by the carrier always comes back as ZPL (api-notes §5).
        """
        parcel = _positive_id(parcel_id, "parcel id")
        kind = _document_type(document_type)
        resolved_dpi = label_dpi(mime_type, dpi)
        params = [("dpi", str(resolved_dpi))]
        if paper_size is not None:
            params.append(("paper_size", _paper_size(paper_size)))
        path = f"/parcels/{parcel}/documents/{kind}"
        response = self._request(
            "GET",
            path,
            _Retry.READ,
            params=params,
            headers=self._document_headers[mime_type],
            timeout=timeout,
            not_found=f"Sendcloud has no {kind} document for parcel {parcel}",
        )
        return _document(response, path, mime_type, resolved_dpi)

    def get_parcel_documents_bulk(
        self,
        parcel_ids: Sequence[int],
        document_type: DocumentType = "label",
        *,
        mime_type: LabelMimeType = "application/pdf",
        paper_size: PaperSize | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> ParcelDocument:
        """GET /parcel-documents/{type}?parcels=1&parcels=2…: one combined file for 1–20 parcels.

        The spec declares no `dpi` on this operation (only on the single-document one), so none is
        sent and Sendcloud's default for the format applies; fetch documents one by one with
        `get_parcel_document` where the DPI matters.
        """
        count = len(parcel_ids)
        if not 1 <= count <= MAX_BULK_DOCUMENTS:
            raise InvalidRequestError(
                f"Sendcloud combines documents of 1 to {MAX_BULK_DOCUMENTS} parcels at a time; "
                f"{count} were given."
            )
        kind = _document_type(document_type)
        # OpenAPI's default for a query array is form/explode: the parameter repeated.
        params = [("parcels", str(_positive_id(parcel, "parcel id"))) for parcel in parcel_ids]
        if paper_size is not None:
            params.append(("paper_size", _paper_size(paper_size)))
        path = f"/parcel-documents/{kind}"
        response = self._request(
            "GET",
            path,
            _Retry.READ,
            params=params,
            headers=self._document_headers[mime_type],
            timeout=timeout,
            not_found=f"Sendcloud has no {kind} documents for some of these parcels",
        )
        return _document(response, path, mime_type, None)

    # -------------------------------------------------------------------------------- Shipments

    def list_shipments(
        self,
        *,
        cursor: str | None = None,
        timeout: httpx.Timeout | None = None,
        **filters: Unpack[ShipmentFilters],
    ) -> Page[Shipment]:
        """GET /shipments: one page of shipments with their parcels (ids, tracking, documents)."""
        params = _shipment_filters(filters)
        if cursor is not None:
            params.append(("cursor", cursor))
        return self._page("/shipments", params, _parse_shipments, timeout, not_found="The page of shipments")

    def iter_shipments(
        self, *, timeout: httpx.Timeout | None = None, **filters: Unpack[ShipmentFilters]
    ) -> Iterator[Shipment]:
        """Every shipment matching the filters, following `Link: rel="next"`."""
        params = _shipment_filters(filters)
        for page in self._pages(
            "/shipments", params, _parse_shipments, timeout, not_found="The page of shipments"
        ):
            yield from page.items

    # --------------------------------------------------------------------------- Settings lists

    def cancel_shipment(self, shipment_id: str, *, timeout: httpx.Timeout | None = None) -> CancelResult:
        """POST /shipments/{id}/cancel: void an announced label (S-SH).

        200 `cancelled`: cancelled now. 202 `queued`: Sendcloud watches the shipment (up to 14 days)
        and cancels it if it is not handed over. 404: no such shipment (`NotFoundError`). 409:
        already (being) cancelled, delivered, or announced more than 42 days ago
        (`CancelRefusedError`, Sendcloud's reason in `.errors`). Only a 429 is retried: a cancel
        whose answer was lost is checked with `find_existing_labels`, not sent again.

        Cancelling is free only on the day the label was created; a label cancelled later (within
        42 days, never shipped) is reimbursed by Sendcloud afterwards (SC-CANCEL).
        """
        shipment = str(shipment_id).strip()
        if not shipment or "/" in shipment or not shipment.isprintable():
            raise InvalidRequestError(f"{shipment_id!r} is not a Sendcloud shipment id.")
        path = f"/shipments/{quote(shipment, safe='')}/cancel"
        try:
            response = self._request(
                "POST",
                path,
                _Retry.RATE_LIMIT_ONLY,  # the operation declares no request body: none is sent
                timeout=timeout,
                not_found=f"Sendcloud has no shipment {shipment} to cancel",
            )
        except ApiError as exc:
            if exc.status != 409:
                raise
            said = "; ".join(error.detail for error in exc.errors) or "no reason given"
            raise CancelRefusedError(
                f"Sendcloud refused to cancel shipment {shipment} (409): {said}.",
                status=exc.status,
                errors=exc.errors,
                method="POST",
                path=path,
            ) from exc
        envelope = self._parse(response, path, lambda body: _validate(CancelShipmentEnvelope, body))
        return CancelResult(
            shipment_id=shipment,
            status=envelope.data.status,
            message=envelope.data.message,
            http_status=response.status_code,
        )

    def list_integrations(
        self, *, sort: str | None = None, timeout: httpx.Timeout | None = None
    ) -> list[Integration]:
        """GET /integrations: the shops connected to the account (for the settings screen)."""
        params = [("sort", sort)] if sort else []
        return self._collect(
            "/integrations", params, lambda body: _validate(IntegrationListEnvelope, body).data, timeout
        )

    def list_sender_addresses(
        self, *, page_size: int | None = None, timeout: httpx.Timeout | None = None
    ) -> list[SenderAddress]:
        """GET /addresses/sender-addresses, every page."""
        params: list[tuple[str, str]] = []
        if page_size is not None:
            params.append(("page_size", str(_page_size(page_size, MAX_SENDER_ADDRESSES_PAGE_SIZE))))
        return self._collect(
            "/addresses/sender-addresses",
            params,
            lambda body: _validate(SenderAddressListEnvelope, body).data,
            timeout,
        )

    def list_contracts(
        self,
        *,
        carrier_code: str | None = None,
        is_active: bool | None = None,
        client_id: str | None = None,
        name: str | None = None,
        country_code: str | None = None,
        page_size: int | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> list[Contract]:
        """GET /contracts, every page."""
        params: list[tuple[str, str]] = []
        for key, value in (
            ("carrier_code", carrier_code),
            ("client_id", client_id),
            ("name", name),
            ("country_code", country_code),
        ):
            if value is not None:
                params.append((key, value))
        if is_active is not None:
            params.append(("is_active", "true" if is_active else "false"))
        if page_size is not None:
            params.append(("page_size", str(_page_size(page_size, None))))
        return self._collect(
            "/contracts", params, lambda body: _validate(ContractListEnvelope, body).data, timeout
        )

    def shipping_options(
        self, request: ShippingOptionsRequest, *, timeout: httpx.Timeout | None = None
    ) -> ShippingOptionsResult:
        """POST /shipping-options: the options (and quotes) for a shipment.

        A POST only because the filter is a body; it changes nothing, so it retries like a read.
        """
        response = self._request(
            "POST",
            "/shipping-options",
            _Retry.READ,
            content=request.model_dump_json(exclude_none=True).encode(),
            headers=self._json_headers,
            timeout=timeout,
        )
        envelope = self._parse(
            response, "/shipping-options", lambda body: _validate(ShippingOptionsEnvelope, body)
        )
        return ShippingOptionsResult(options=tuple(envelope.data or ()), message=envelope.message)

    # ------------------------------------------------------------------------------- Internals

    def _request(
        self,
        method: str,
        path: str,
        retry: _Retry,
        *,
        params: list[tuple[str, str]] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None,
        url: str | None = None,
        not_found: str | None = None,
    ) -> httpx.Response:
        """Send one call with the retry rules of `retry`; return a 2xx response or raise."""
        target = url if url is not None else self._base + path
        effective_timeout = timeout if timeout is not None else self._timeout
        policy = self._retry
        attempt = 1
        while True:
            started = time.perf_counter()
            try:
                response = self._http.request(
                    method,
                    target,
                    params=tuple(params) if params else None,
                    content=content,
                    headers=headers if headers is not None else self._headers,
                    auth=self._auth,
                    timeout=effective_timeout,
                )
            except httpx.TransportError as exc:
                failure = _network_error(exc, method, path, effective_timeout)
                _log(method, path, type(exc).__name__, started, attempt)
                if retry is _Retry.READ and attempt < policy.max_attempts:
                    policy.sleep(policy.backoff(attempt))
                    attempt += 1
                    continue
                raise failure from exc
            status = response.status_code
            _log(method, path, status, started, attempt)
            if 200 <= status < 300:
                return response
            if attempt < policy.max_attempts and (
                status == 429 or (retry is _Retry.READ and status in _RETRYABLE_READ_STATUSES)
            ):
                retry_after = parse_retry_after(response.headers.get("retry-after"), policy.clock())
                wait = policy.wait_before_retry(attempt, retry_after)
                if wait is not None:
                    policy.sleep(wait)
                    attempt += 1
                    continue
            raise _api_error(response, method, path, not_found, policy.clock())

    def _parse(self, response: httpx.Response, path: str, parse: Callable[[bytes], T]) -> T:
        try:
            return parse(response.content)
        except ValidationError as exc:
            raise MalformedResponseError(
                f"Sendcloud sent an answer Packstation could not read ({_summarise(exc)}). "
                "Try again; if it keeps happening, report it.",
                status=response.status_code,
                method=response.request.method,
                path=path,
            ) from exc

    def _page(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
        *,
        url: str | None = None,
        not_found: str | None = None,
    ) -> Page[T]:
        response = self._request(
            "GET", path, _Retry.READ, params=params, timeout=timeout, url=url, not_found=not_found
        )
        items = self._parse(response, path, parse)
        links = parse_link_header(response.headers.get("link"))
        return Page(
            items=tuple(items),
            next_url=self._link(links.get("next"), response, path),
            prev_url=self._link(links.get("prev"), response, path),
        )

    def _pages(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
        *,
        not_found: str | None = None,
    ) -> Iterator[Page[T]]:
        page = self._page(path, params, parse, timeout, not_found=not_found)
        seen: set[str] = set()
        while True:
            yield page
            next_url = page.next_url
            if next_url is None:
                return
            if next_url in seen:
                raise MalformedResponseError(
                    "Sendcloud's page links went round in a circle; the list could not be read to the end.",
                    method="GET",
                    path=path,
                )
            seen.add(next_url)
            page = self._page(path, [], parse, timeout, url=next_url, not_found=not_found)

    def _collect(
        self,
        path: str,
        params: list[tuple[str, str]],
        parse: Callable[[bytes], list[T]],
        timeout: httpx.Timeout | None,
    ) -> list[T]:
        return [item for page in self._pages(path, params, parse, timeout) for item in page.items]

    def _link(self, target: str | None, response: httpx.Response, path: str) -> str | None:
        """An absolute page link, refused unless it points below our base URL.

        The keys go along with every request, so a `Link` to another host must never be followed.
        """
        if target is None:
            return None
        url = response.request.url.join(target)
        base = self._base_url
        if (
            url.scheme != base.scheme
            or url.host != base.host
            or url.port != base.port
            or not url.path.startswith(base.path)
        ):
            raise MalformedResponseError(
                "Sendcloud sent a page link outside the API; it was not followed.", method="GET", path=path
            )
        return str(url)

    def _order_query(
        self, filters: OrderFilters
    ) -> tuple[list[tuple[str, str]], Callable[[bytes], list[Order]]]:
        """The query parameters of GET /orders, and the parser of its answer."""
        integration = filters.get("integration")
        order_number, order_id = filters.get("order_number"), filters.get("order_id")
        status, sort, page_size = filters.get("status"), filters.get("sort"), filters.get("page_size")
        params: list[tuple[str, str]] = []
        parse = _parse_orders
        if integration is not None:
            wanted = _integration_ids(integration)
            if len(wanted) == 1:
                params.append(("integration", str(next(iter(wanted)))))
            else:
                # §7.6: the spec types the filter as one integer, the guide shows a comma-separated
                # list. Sending none and filtering here is valid under both readings.
                def parse(body: bytes) -> list[Order]:
                    return [order for order in _parse_orders(body) if order.integration_id in wanted]

        for key, text in (("order_number", order_number), ("order_id", order_id), ("status", status)):
            if text is not None:
                params.append((key, text))
        for key in _ORDER_DATE_FILTERS:
            day = filters.get(key)
            if day is not None:
                params.append((key, _day(day, key)))
        if sort is not None:
            params.append(("sort", _order_sort(sort)))
        if page_size is not None:
            params.append(("page_size", str(_page_size(page_size, MAX_ORDERS_PAGE_SIZE))))
        return params, parse

    def _label_call(
        self,
        path: str,
        content: bytes,
        selectors: Sequence[OrderSelector],
        integration_id: int,
        timeout: httpx.Timeout | None,
    ) -> httpx.Response:
        """POST a label request; anything that leaves the outcome open becomes outcome-unknown."""
        try:
            return self._request(
                "POST",
                path,
                _Retry.RATE_LIMIT_ONLY,
                content=content,
                headers=self._json_headers,
                timeout=timeout if timeout is not None else self._label_timeout,
                not_found=(
                    f"Sendcloud could not find {_describe_orders(selectors)} to ship. If the order was "
                    "created moments ago it may not be saved yet: wait a few seconds and try again"
                ),
            )
        except NetworkError as exc:
            if not exc.request_sent:
                raise  # the request never left: nothing can have been created
            reason = (
                "Sendcloud did not answer in time"
                if isinstance(exc, RequestTimeoutError)
                else "the connection was lost before the answer arrived"
            )
            raise self._outcome_unknown(selectors, integration_id, reason, path) from exc
        except ApiError as exc:
            status = exc.status or 0
            if 400 <= status < 500 and status != 408:
                raise  # Sendcloud refused the request: no label was made
            raise self._outcome_unknown(
                selectors,
                integration_id,
                f"Sendcloud answered with status {status}",
                path,
                status=status,
                errors=exc.errors,
            ) from exc

    def _outcome_unknown(
        self,
        selectors: Sequence[OrderSelector],
        integration_id: int,
        reason: str,
        path: str,
        *,
        parcel_id: int | None = None,
        status: int | None = None,
        errors: Sequence[ApiErrorDetail] = (),
    ) -> LabelOutcomeUnknownError:
        made = (
            f"Sendcloud made parcel {parcel_id}, but its label could not be used"
            if parcel_id is not None
            else "It is not known whether Sendcloud made a label"
        )
        return LabelOutcomeUnknownError(
            f"{made} for {_describe_orders(selectors)}: {reason}. Do not ship it again yet: first check "
            "for an existing label, which tells whether a retry is safe.",
            orders=selectors,
            integration_id=integration_id,
            reason=reason,
            parcel_id=parcel_id,
            status=status,
            errors=errors,
            method="POST",
            path=path,
        )

    def _read_sync_label(
        self,
        response: httpx.Response,
        path: str,
        selector: OrderSelector,
        integration_id: int,
        requested_mime_type: str,
    ) -> LabelResult:
        try:
            envelope = _validate(SyncLabelEnvelope, response.content)
        except ValidationError as exc:
            raise self._outcome_unknown(
                [selector],
                integration_id,
                f"the answer could not be read ({_summarise(exc)})",
                path,
                parcel_id=_parcel_id_hint(response.content),
                status=response.status_code,
                errors=_error_details(response.content),
            ) from exc
        label = envelope.first
        file = label.label_file
        embedded = envelope.errors or ()

        def unusable(reason: str) -> LabelOutcomeUnknownError:
            return self._outcome_unknown(
                [selector],
                integration_id,
                reason,
                path,
                parcel_id=label.parcel_id,
                status=response.status_code,
                errors=embedded,
            )

        if file is None:
            raise unusable("the answer had no label file")
        try:
            content = _decode_base64(file.file)
        except ValueError as exc:
            raise unusable("the label file was not valid Base64") from exc
        mime_type = file.mime_type or requested_mime_type
        if not _looks_like(mime_type, content):
            raise unusable(f"the label file was empty or not a {mime_type} file")
        return LabelResult(
            label=content,
            mime_type=mime_type,
            dpi=file.dpi,
            parcel_id=label.parcel_id,
            shipment_id=label.shipment_id,
            tracking_number=label.tracking_number,
            tracking_url=label.tracking_url,
            order_id=label.order_id,
            order_number=label.order_number,
            documents=tuple(label.documents),
            ship_with=label.ship_with,
        )

    def _async_selectors(
        self, orders: Sequence[AsyncOrder | Order], integration_id: int | None
    ) -> list[AsyncOrder]:
        count = len(orders)
        if not 1 <= count <= MAX_ASYNC_ORDERS:
            raise InvalidRequestError(
                f"Sendcloud makes labels for 1 to {MAX_ASYNC_ORDERS} orders per batch; {count} were given. "
                "Split them into smaller batches."
            )
        selectors: list[AsyncOrder] = []
        seen: set[tuple[str, str]] = set()
        for item in orders:
            if isinstance(item, Order):
                with _checked_before_sending():
                    selector = AsyncOrder(
                        order_id=item.order_id,
                        order_number=item.order_number,
                        integration_id=item.integration_id,
                    )
            else:
                selector = item
            keys = set()
            if selector.order_id is not None:
                keys.add(("id", selector.order_id.casefold()))
            if selector.order_number is not None:
                keys.add(("number", selector.order_number.casefold()))
            if keys & seen:
                raise InvalidRequestError(
                    f"Order {selector.describe()} is in the batch twice; it would get two labels."
                )
            seen |= keys
            selectors.append(selector)
        return selectors

    @staticmethod
    def _single_integration(selectors: Sequence[AsyncOrder], integration_id: int | None) -> int:
        by_integration: dict[int, list[str]] = {}
        if integration_id is not None:
            by_integration[integration_id] = []
        for selector in selectors:
            if selector.integration_id is not None:
                by_integration.setdefault(selector.integration_id, []).append(selector.describe())
        if len(by_integration) > 1:
            parts = "; ".join(
                f"integration {integration}: {', '.join(names) if names else '(requested)'}"
                for integration, names in sorted(by_integration.items())
            )
            raise InvalidRequestError(
                "All orders of one label batch must belong to the same integration, but these differ "
                f"({parts}). Make one batch per integration."
            )
        if not by_integration:
            raise InvalidRequestError(
                "The label batch needs an integration id: pass integration_id or orders that carry one."
            )
        return next(iter(by_integration))


# --------------------------------------------------------------------------------------------------
# Module-level pieces of the client (kept out of the class so they are cheap and testable)


def _validate(model: type[M], body: bytes) -> M:
    return model.model_validate_json(body, context=RESPONSE_CONTEXT)


def _parse_orders(body: bytes) -> list[Order]:
    return _validate(OrderListEnvelope, body).data


def _parse_shipments(body: bytes) -> list[Shipment]:
    return _validate(ShipmentListEnvelope, body).data


def _ship_with(shipping_option_code: str | None, contract_id: int | None) -> ShipWith | None:
    if shipping_option_code is None:
        if contract_id is not None:
            raise InvalidRequestError("A contract id needs a shipping option code to go with it.")
        return None
    return ShipWith.option(shipping_option_code, contract_id)


def _document_type(value: str) -> str:
    if value not in _DOCUMENT_TYPES:
        raise InvalidRequestError(
            f"Sendcloud has no document type {value!r}; use one of {', '.join(sorted(_DOCUMENT_TYPES))}."
        )
    return value


def _paper_size(value: str) -> str:
    if value not in _PAPER_SIZES:
        raise InvalidRequestError(f"Paper size must be A4, A5 or A6, not {value!r}.")
    return value


def _page_size(value: int, maximum: int | None) -> int:
    if isinstance(value, bool) or value < 1 or (maximum is not None and value > maximum):
        upper = f" to {maximum}" if maximum is not None else " or more"
        raise InvalidRequestError(f"The page size must be 1{upper}, not {value!r}.")
    return value


def _order_sort(sort: str | Sequence[str]) -> str:
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


def _shipment_filters(filters: ShipmentFilters) -> list[tuple[str, str]]:
    params: list[tuple[str, str]] = []
    for key in ("order_number", "tracking_number", "external_reference_id"):
        text = filters.get(key)
        if text is not None:
            params.append((key, str(text)))
    integration_id = filters.get("integration_id")
    if integration_id is not None:
        params.append(("integration_id", str(_positive_id(integration_id, "integration id"))))
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
        params.append(("ids", _csv_ints(parcel_ids, "parcel ids")))
    shipment_ids = filters.get("shipment_ids")
    if shipment_ids is not None:
        if not 1 <= len(shipment_ids) <= 100:
            raise InvalidRequestError("Filter on 1 to 100 shipment ids at a time.")
        params.append(("shipment_uuids", ",".join(shipment_ids)))
    page_size = filters.get("page_size")
    if page_size is not None:
        params.append(("page_size", str(_page_size(page_size, MAX_SHIPMENTS_PAGE_SIZE))))
    return params


def _document(response: httpx.Response, path: str, requested: str, dpi: int | None) -> ParcelDocument:
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


def _async_result(envelope: AsyncLabelEnvelope, selectors: Sequence[AsyncOrder]) -> AsyncLabelResult:
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


def _describe_orders(selectors: Sequence[OrderSelector]) -> str:
    if len(selectors) == 1:
        return f"order {selectors[0].describe()}"
    shown = ", ".join(selector.describe() for selector in selectors[:5])
    more = f" and {len(selectors) - 5} more" if len(selectors) > 5 else ""
    return f"orders {shown}{more}"


def _seconds(value: float | None) -> str:
    return "in time" if value is None else f"within {value:g} s"


def _network_error(exc: httpx.TransportError, method: str, path: str, timeout: httpx.Timeout) -> NetworkError:
    """Classifies a transport failure, noting whether the request can have reached Sendcloud."""
    # Only a failed connect or a full pool proves the request never left this machine.
    never_sent = isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol
    )
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            what = f"could not connect {_seconds(timeout.connect)}"
        elif isinstance(exc, httpx.PoolTimeout):
            what = f"no free connection {_seconds(timeout.pool)}"
        elif isinstance(exc, httpx.WriteTimeout):
            what = f"could not send the request {_seconds(timeout.write)}"
        else:
            what = f"did not answer {_seconds(timeout.read)}"
        return RequestTimeoutError(
            f"Sendcloud {what}. Check the network connection and try again.",
            request_sent=not never_sent,
            method=method,
            path=path,
        )
    if isinstance(exc, httpx.ConnectError):
        what = "Could not connect to Sendcloud"
    else:
        what = "The connection to Sendcloud broke off"
    return NetworkError(
        f"{what} ({type(exc).__name__}). Check the network connection and try again.",
        request_sent=not never_sent,
        method=method,
        path=path,
    )


def _api_error(
    response: httpx.Response, method: str, path: str, not_found: str | None, now: float
) -> ApiError:
    """The typed error for a non-2xx answer, worded for the packer, with Sendcloud's details kept."""
    status = response.status_code
    errors = _error_details(response.content)
    texts = "; ".join(error.describe() for error in errors)
    said = f": {texts}" if texts else ""
    if status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"), now)
        return RateLimitedError(
            "Sendcloud is limiting how fast this station may send requests (429). "
            f"{_when_to_retry(retry_after)}.",
            retry_after=retry_after,
            status=status,
            errors=errors,
            method=method,
            path=path,
        )
    kind, message = _classify(status, errors, said, not_found)
    return kind(message, status=status, errors=errors, method=method, path=path)


def _when_to_retry(retry_after: float | None) -> str:
    if retry_after is None:
        return "Wait a minute and try again"
    if retry_after < 1:  # `Retry-After: 0` or a date just passed: "wait 0 seconds" reads as a glitch
        return "Try again in a moment"
    seconds = math.ceil(retry_after)  # never suggest less than Sendcloud asked for
    return f"Wait {seconds} second{'' if seconds == 1 else 's'} and try again"


def _classify(
    status: int, errors: Sequence[ApiErrorDetail], said: str, not_found: str | None
) -> tuple[type[ApiError], str]:
    if status == 400:
        if any(_STILL_PROCESSING in error.detail.lower() for error in errors):
            return StillProcessingError, (
                "Sendcloud is still processing a previous request for this order. Try again in a moment."
            )
        if is_carrier_refusal(errors):
            return CarrierRefusedError, (
                f"The carrier refused the parcel{said}. Check the address and the shipping method, "
                "then try again."
            )
        return BadRequestError, f"Sendcloud refused the request (400){said}."
    fixed: dict[int, tuple[type[ApiError], str]] = {
        401: (
            AuthenticationError,
            "Sendcloud rejected the API keys (401). Check the public and secret key in Settings.",
        ),
        403: (
            ForbiddenError,
            "Sendcloud refused this action for these API keys (403). Check the permissions of the API "
            "integration in the Sendcloud panel.",
        ),
        404: (NotFoundError, f"{not_found or 'Sendcloud could not find what was asked for'} (404){said}."),
    }
    if status in fixed:
        return fixed[status]
    if status >= 500:
        return ServerError, (
            f"Sendcloud had a server error ({status}). Try again in a minute; if it persists, check "
            "https://status.sendcloud.com."
        )
    return ApiError, f"Sendcloud answered with unexpected status {status}{said}."


def _log(method: str, path: str, outcome: int | str, started: float, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.debug("%s %s -> %s in %.1f ms (attempt %d)", method, path, outcome, elapsed_ms, attempt)
