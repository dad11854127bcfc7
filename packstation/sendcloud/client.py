"""`SendcloudClient`: the typed Sendcloud API v3 client over an injected `httpx.Client`.

The caller creates and owns the `httpx.Client` (connection pool, proxies, TLS), so training mode
and tests point the very same client class at the loopback simulator without patching anything.

Longer than most modules (~830 lines): one endpoint method per API call the station makes (25),
each with its own rules. What they share lives beside it: `transport.py` (requests, retries, pages,
the error mapping) and `wire.py` (parameters checked and built, answers read).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Final, Unpack
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from packstation.sendcloud.errors import (
    ApiError,
    CancelRefusedError,
    InvalidRequestError,
    LabelOutcomeUnknownError,
    NetworkError,
    RequestTimeoutError,
)
from packstation.sendcloud.models import (
    READ_ONLY_ORDER_FIELDS,
    ApiErrorDetail,
    AsyncLabelEnvelope,
    AsyncLabelResult,
    AsyncOrder,
    CancelResult,
    CancelShipmentEnvelope,
    Contract,
    ContractListEnvelope,
    CreateLabelsAsyncRequest,
    CreateLabelSyncRequest,
    DocumentType,
    ExistingLabel,
    Integration,
    IntegrationListEnvelope,
    LabelDetails,
    LabelMimeType,
    LabelResult,
    LabelSettlement,
    MeasurementUpdate,
    Order,
    OrderEnvelope,
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
    ShippingDetailsUpdate,
    ShippingOptionsEnvelope,
    ShippingOptionsRequest,
    ShippingOptionsResult,
    SyncLabelEnvelope,
    WeightUnit,
    WeightUpdate,
)
from packstation.sendcloud.transport import (
    SendcloudTransport,
    _error_details,
    _Retry,
    _summarise,
    _validate,
)
from packstation.sendcloud.wire import (
    MAX_ORDERS_PAGE_SIZE,
    MAX_SENDER_ADDRESSES_PAGE_SIZE,
    ORDER_DATE_FILTERS,
    ORDER_LIST,
    OrderFilters,
    ShipmentFilters,
    checked_before_sending,
    checked_id,
    day_param,
    decode_label_file,
    describe_orders,
    document_type_param,
    integration_id_set,
    label_dpi,
    looks_like,
    order_sort_param,
    page_size_param,
    paper_size_param,
    parcel_id_hint,
    read_async_result,
    read_document,
    read_orders,
    read_shipments,
    ship_with_param,
    shipment_filter_params,
)

MAX_UPSERT_ORDERS: Final = 100  # api-notes §3.1
MAX_ASYNC_ORDERS: Final = 20  # §4.1
MAX_BULK_DOCUMENTS: Final = 20  # §5


# --------------------------------------------------------------------------------------------------
# Small pure helpers (public where tests and callers benefit)


# --------------------------------------------------------------------------------------------------


class SendcloudClient(SendcloudTransport):
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
        content = ORDER_LIST.dump_json(
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
        order_id = checked_id(sendcloud_id, "Sendcloud order id")
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
        order_id = checked_id(sendcloud_id, "Sendcloud order id")
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

    def update_order_weight(
        self,
        sendcloud_id: int | str,
        value: float,
        unit: WeightUnit,
        *,
        timeout: httpx.Timeout | None = None,
    ) -> OrderRef:
        """PATCH /orders/{id} with the parcel's measured weight (`shipping_details.measurement.weight`,
        a number above zero in kg, g, lbs or oz) and nothing else. Orders are saved asynchronously:
        read the weight back with `get_order` before a label call relies on it."""
        if not value > 0:
            raise InvalidRequestError(f"A parcel's weight must be above zero, not {value:g} {unit}.")
        weight = WeightUpdate(value=value, unit=unit)
        changes = OrderUpdate(
            shipping_details=ShippingDetailsUpdate(measurement=MeasurementUpdate(weight=weight))
        )
        return self.update_order(sendcloud_id, changes, timeout=timeout)

    def delete_order(self, sendcloud_id: int | str, *, timeout: httpx.Timeout | None = None) -> None:
        """DELETE /orders/{id} (204). Existing shipments and labels are not affected."""
        order_id = checked_id(sendcloud_id, "Sendcloud order id")
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
        with checked_before_sending():
            selector = OrderSelector(
                order_id=order_id, order_number=order_number, apply_shipping_rules=apply_shipping_rules
            )
            request = CreateLabelSyncRequest(
                integration_id=integration_id,
                order=selector,
                sender_address_id=sender_address_id,
                brand_id=brand_id,
                ship_with=ship_with_param(shipping_option_code, contract_id),
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
        with checked_before_sending():
            request = CreateLabelsAsyncRequest(
                integration_id=integration,
                orders=selectors,
                sender_address_id=sender_address_id,
                brand_id=brand_id,
                ship_with=ship_with_param(shipping_option_code, contract_id),
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
        return read_async_result(envelope, selectors)

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
        parcel = checked_id(parcel_id, "parcel id")
        kind = document_type_param(document_type)
        resolved_dpi = label_dpi(mime_type, dpi)
        params = [("dpi", str(resolved_dpi))]
        if paper_size is not None:
            params.append(("paper_size", paper_size_param(paper_size)))
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
        return read_document(response, path, mime_type, resolved_dpi)

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
        kind = document_type_param(document_type)
        # OpenAPI's default for a query array is form/explode: the parameter repeated.
        params = [("parcels", str(checked_id(parcel, "parcel id"))) for parcel in parcel_ids]
        if paper_size is not None:
            params.append(("paper_size", paper_size_param(paper_size)))
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
        return read_document(response, path, mime_type, None)

    # -------------------------------------------------------------------------------- Shipments

    def list_shipments(
        self,
        *,
        cursor: str | None = None,
        timeout: httpx.Timeout | None = None,
        **filters: Unpack[ShipmentFilters],
    ) -> Page[Shipment]:
        """GET /shipments: one page of shipments with their parcels (ids, tracking, documents)."""
        params = shipment_filter_params(filters)
        if cursor is not None:
            params.append(("cursor", cursor))
        return self._page("/shipments", params, read_shipments, timeout, not_found="The page of shipments")

    def iter_shipments(
        self, *, timeout: httpx.Timeout | None = None, **filters: Unpack[ShipmentFilters]
    ) -> Iterator[Shipment]:
        """Every shipment matching the filters, following `Link: rel="next"`."""
        params = shipment_filter_params(filters)
        for page in self._pages(
            "/shipments", params, read_shipments, timeout, not_found="The page of shipments"
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
            params.append(("page_size", str(page_size_param(page_size, MAX_SENDER_ADDRESSES_PAGE_SIZE))))
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
            params.append(("page_size", str(page_size_param(page_size, None))))
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

    def _order_query(
        self, filters: OrderFilters
    ) -> tuple[list[tuple[str, str]], Callable[[bytes], list[Order]]]:
        """The query parameters of GET /orders, and the parser of its answer."""
        integration = filters.get("integration")
        order_number, order_id = filters.get("order_number"), filters.get("order_id")
        status, sort, page_size = filters.get("status"), filters.get("sort"), filters.get("page_size")
        params: list[tuple[str, str]] = []
        parse = read_orders
        if integration is not None:
            wanted = integration_id_set(integration)
            if len(wanted) == 1:
                params.append(("integration", str(next(iter(wanted)))))
            else:
                # §7.6: the spec types the filter as one integer, the guide shows a comma-separated
                # list. Sending none and filtering here is valid under both readings.
                def parse(body: bytes) -> list[Order]:
                    return [order for order in read_orders(body) if order.integration_id in wanted]

        for key, text in (("order_number", order_number), ("order_id", order_id), ("status", status)):
            if text is not None:
                params.append((key, text))
        for key in ORDER_DATE_FILTERS:
            day = filters.get(key)
            if day is not None:
                params.append((key, day_param(day, key)))
        if sort is not None:
            params.append(("sort", order_sort_param(sort)))
        if page_size is not None:
            params.append(("page_size", str(page_size_param(page_size, MAX_ORDERS_PAGE_SIZE))))
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
                    f"Sendcloud could not find {describe_orders(selectors)} to ship. If the order was "
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
            f"{made} for {describe_orders(selectors)}: {reason}. Do not ship it again yet: first check "
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
                parcel_id=parcel_id_hint(response.content),
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
            content = decode_label_file(file.file)
        except ValueError as exc:
            raise unusable("the label file was not valid Base64") from exc
        mime_type = file.mime_type or requested_mime_type
        if not looks_like(mime_type, content):
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
                with checked_before_sending():
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
