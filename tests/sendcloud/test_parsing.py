"""The client's pure parts: tolerant-where-contradictory parsing, Link/Retry-After, DPI matrix, backoff."""

from __future__ import annotations

import base64
import json
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from packstation.errors import PackstationError
from packstation.sendcloud import (
    ApiErrorDetail,
    AsyncOrder,
    InvalidRequestError,
    LabelOutcomeUnknownError,
    NetworkError,
    Order,
    OrderRef,
    OrderSelector,
    OrderUpdate,
    RetryPolicy,
    SendcloudError,
    ShippingOptionsRequest,
    ShipWith,
    label_dpi,
    order_index_from_pointer,
    parse_link_header,
    parse_retry_after,
)
from packstation.sendcloud.models import (
    RESPONSE_CONTEXT,
    AsyncLabelEnvelope,
    ErrorEnvelope,
    OrderEnvelope,
    SyncLabelEnvelope,
)
from packstation.sendcloud.transport import _network_error
from packstation.sendcloud.wire import read_async_result

from . import SleepRecorder

PDF = b"%PDF-1.4\n%fake\n"
B64 = base64.b64encode(PDF).decode()

ORDER_JSON: dict[str, Any] = {
    "id": "669",
    "order_id": "555413",
    "order_number": "OXSDFGHTD-12",
    "created_at": "2018-02-27T10:00:00.555Z",
    "modified_at": "2018-02-27T10:00:00.555Z",
    "order_details": {
        "integration": {"id": 739283},
        "status": {"code": "fulfilled", "message": "Fulfilled"},
        "order_created_at": "2018-02-27T10:00:00.555Z",
        "order_items": [
            {"name": "Cylinder candle", "quantity": 1, "total_price": {"value": 3.5, "currency": "EUR"}}
        ],
    },
    "payment_details": {"total_price": {"value": 7, "currency": "EUR"}, "status": {"code": "paid"}},
    "shipping_address": {
        "name": "John Doe",
        "address_line_1": "Stadhuisplein",
        "house_number": "15",
        "postal_code": "5341TW",
        "city": "Oss",
        "country_code": "NL",
    },
}


# ---------------------------------------------------------------------------- §7 contradictions


@pytest.mark.parametrize("as_array", [True, False])
@pytest.mark.parametrize("file_key", ["label", "label_details"])
def test_sync_label_envelope_reads_every_documented_shape(as_array: bool, file_key: str) -> None:
    item = {
        "parcel_id": 420,
        "shipment_id": "511",
        "order_number": "ORD-1",
        file_key: {"file": B64, "mime_type": "application/pdf", "dpi": 72},
    }
    body = json.dumps({"data": [item] if as_array else item}).encode()
    envelope = SyncLabelEnvelope.model_validate_json(body, context=RESPONSE_CONTEXT)
    assert envelope.first.parcel_id == 420
    assert envelope.first.label_file is not None
    assert envelope.first.label_file.file == B64


def test_sync_label_envelope_refuses_an_empty_array_and_a_missing_parcel_id() -> None:
    with pytest.raises(ValidationError):
        SyncLabelEnvelope.model_validate_json(b'{"data": []}', context=RESPONSE_CONTEXT)
    with pytest.raises(ValidationError):
        SyncLabelEnvelope.model_validate_json(b'{"data": {"shipment_id": "1"}}', context=RESPONSE_CONTEXT)


@pytest.mark.parametrize("status", ['"429"', "429"])
def test_error_status_may_be_string_or_integer(status: str) -> None:
    body = f'{{"errors": [{{"status": {status}, "code": "hit_rate_limit", "detail": "slow down"}}]}}'
    (error,) = ErrorEnvelope.model_validate_json(body.encode(), context=RESPONSE_CONTEXT).errors
    assert error.status == "429"
    assert error.status_code == 429


def test_errors_may_be_a_single_object() -> None:
    body = b'{"errors": {"status": "400", "code": "invalid", "detail": "Bad."}}'
    assert len(ErrorEnvelope.model_validate_json(body, context=RESPONSE_CONTEXT).errors) == 1


def test_error_objects_missing_required_fields_keep_what_they_say() -> None:
    """Read tolerantly: an error without its code or status still carries Sendcloud's words."""
    (error,) = ErrorEnvelope.model_validate_json(
        b'{"errors": [{"detail": "Bad."}]}', context=RESPONSE_CONTEXT
    ).errors
    assert (error.status, error.code, error.describe()) == ("", "", "Bad.")
    (bare,) = ErrorEnvelope.model_validate_json(
        b'{"errors": [{"status": "400"}]}', context=RESPONSE_CONTEXT
    ).errors
    assert bare.describe() == "no detail given"


def test_order_id_is_read_as_int_or_str_and_always_sent_as_str() -> None:
    order = OrderEnvelope.model_validate_json(
        json.dumps({"data": ORDER_JSON}).encode(), context=RESPONSE_CONTEXT
    )
    assert order.data.id == "669"
    assert order.data.sendcloud_id == 669
    as_int = Order.model_validate({**ORDER_JSON, "id": 669})
    assert as_int.model_dump(mode="json")["id"] == "669"
    assert OrderRef.model_validate({"id": 669, "order_id": "a", "order_number": "b"}).id == 669


def test_responses_keep_unknown_fields_but_requests_refuse_them() -> None:
    extended = {**ORDER_JSON, "brand_new_field": 1}
    extended["order_details"] = {**ORDER_JSON["order_details"], "also_new": True}
    parsed = OrderEnvelope.model_validate_json(
        json.dumps({"data": extended}).encode(), context=RESPONSE_CONTEXT
    )
    assert parsed.data.model_extra == {"brand_new_field": 1}
    with pytest.raises(ValidationError, match="unknown field"):
        Order.model_validate(extended)  # a caller building an order with a typo
    with pytest.raises(ValidationError):
        OrderSelector(order_number="A", order_numbr="B")  # type: ignore[call-arg]


def test_order_required_fields_and_types_are_enforced() -> None:
    missing = {k: v for k, v in ORDER_JSON.items() if k != "payment_details"}
    with pytest.raises(ValidationError, match="payment_details"):
        OrderEnvelope.model_validate_json(json.dumps({"data": missing}).encode(), context=RESPONSE_CONTEXT)
    wrong = json.loads(json.dumps(ORDER_JSON))
    wrong["order_details"]["order_items"][0]["quantity"] = "many"
    with pytest.raises(ValidationError, match="quantity"):
        OrderEnvelope.model_validate_json(json.dumps({"data": wrong}).encode(), context=RESPONSE_CONTEXT)


def test_order_update_sends_only_what_was_set() -> None:
    update = OrderUpdate.model_validate({"order_details": {"notes": "Ring twice"}})
    assert update.model_dump(mode="json", exclude_unset=True) == {"order_details": {"notes": "Ring twice"}}


def test_ship_with_always_sends_its_type() -> None:
    ship_with = ShipWith.option("postnl:standard", 517)
    assert ship_with.model_dump(mode="json", exclude_unset=True) == {
        "type": "shipping_option_code",
        "properties": {"shipping_option_code": "postnl:standard", "contract_id": 517},
    }


def test_selectors_need_an_identifier_and_keep_integration_client_side() -> None:
    with pytest.raises(ValidationError):
        OrderSelector()
    selector = AsyncOrder(order_number="A-1", integration_id=7)
    assert "integration_id" not in selector.model_dump()


def test_shipping_options_parcel_price_may_be_number_or_money() -> None:
    request = ShippingOptionsRequest.model_validate(
        {
            "parcels": [
                {"additional_insured_price": 50.0},
                {"total_insured_price": {"value": "100.00", "currency": "EUR"}},
            ]
        }
    )
    assert request.parcels is not None
    assert len(request.parcels) == 2


# ------------------------------------------------------------------------- pointer → order index


@pytest.mark.parametrize(
    ("pointer", "index"),
    [
        ("/data/attributes/orders/[1]", 1),
        ("/data/attributes/orders/0/order_id", 0),
        ("/data/attributes/orders/12", 12),
        ("/data/attributes/[3]/order_details/integration", 3),
        ("/data/attributes/orders/[2]/parcels/[0]/weight", 2),
        ("/data/attributes/orders/4/parcels/1", 4),
        ("/data/attributes/sender_address_id", None),
        ("/data", None),
        ("", None),
        (None, None),
    ],
)
def test_order_index_from_pointer(pointer: str | None, index: int | None) -> None:
    assert order_index_from_pointer(pointer) == index


def test_async_result_ties_errors_to_request_orders() -> None:
    selectors = [AsyncOrder(order_number=f"N-{i}") for i in range(4)]
    body = {
        "data": [
            {"parcel_id": 7, "parcels_ids": [7], "shipment_id": "1", "order_id": "x", "order_number": "n-2"}
        ],
        "errors": [
            {
                "status": "400",
                "code": "validation_error",
                "detail": "No address.",
                "source": {"pointer": "/data/attributes/orders/[1]"},
            },
            {
                "status": 400,
                "code": "invalid",
                "detail": "Bad id.",
                "source": {"pointer": "/data/attributes/orders/3/order_id"},
            },
            {
                "status": "404",
                "code": "invalid",
                "detail": "Does not exist.",
                "source": {"pointer": "/data/attributes/sender_address_id"},
            },
            {
                "status": "400",
                "code": "invalid",
                "detail": "Out of range.",
                "source": {"pointer": "/data/attributes/orders/[9]"},
            },
        ],
    }
    envelope = AsyncLabelEnvelope.model_validate_json(json.dumps(body).encode(), context=RESPONSE_CONTEXT)
    result = read_async_result(envelope, selectors)
    assert [s.request_index for s in result.successes] == [2]
    assert [(f.request_index, f.order.order_number) for f in result.failures] == [(1, "N-1"), (3, "N-3")]
    assert [e.detail for e in result.request_errors] == ["Does not exist.", "Out of range."]
    assert not result.ok


# ------------------------------------------------------------------------------ Link / Retry-After


def test_link_header_in_sendclouds_documented_form() -> None:
    header = (
        "<https://panel.sendcloud.sc/api/v3/addresses/sender-addresses/?cursor=cj0xJnA9MjUzNTQyMzM3>; "
        'rel="prev", '
        "<https://panel.sendcloud.sc/api/v3/addresses/sender-addresses/?cursor=cD0yNTM1NDIyODI%3D>; "
        'rel="next"'
    )
    links = parse_link_header(header)
    assert links["prev"].endswith("cursor=cj0xJnA9MjUzNTQyMzM3")
    assert links["next"].endswith("cursor=cD0yNTM1NDIyODI%3D")


def test_link_header_variants() -> None:
    assert parse_link_header(None) == {}
    assert parse_link_header("") == {}
    assert parse_link_header("<a?x=1,2>; rel=next") == {"next": "a?x=1,2"}
    assert parse_link_header('<b>; title="a, b; c"; rel="prev next"') == {"prev": "b", "next": "b"}
    assert parse_link_header('<c>; rel="NEXT", <d>; rel="next"') == {"next": "c"}


_url_text = st.text(
    alphabet=st.characters(blacklist_characters='<>"\\', min_codepoint=33, max_codepoint=126), min_size=1
)


@settings(max_examples=50)
@given(next_url=_url_text, prev_url=_url_text, next_first=st.booleans())
def test_link_header_round_trip(next_url: str, prev_url: str, next_first: bool) -> None:
    parts = [f'<{next_url}>; rel="next"', f'<{prev_url}>; rel="prev"']
    header = ", ".join(parts if next_first else parts[::-1])
    assert parse_link_header(header) == {"next": next_url.strip(), "prev": prev_url.strip()}


def test_retry_after_seconds_and_http_date() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after(" 1.5 ", now) == 1.5
    assert parse_retry_after("-4", now) == 0.0
    assert parse_retry_after(formatdate(now + 7, usegmt=True), now) == pytest.approx(7.0)
    assert parse_retry_after(formatdate(now - 7, usegmt=True), now) == 0.0
    for unreadable in (None, "", "soon", "nan", "Mon, 99 Foo 2024"):
        assert parse_retry_after(unreadable, now) is None


def test_backoff_is_jittered_exponential_and_capped() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=5.0, jitter=lambda: 1.0, sleep=SleepRecorder())
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 50)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    low = RetryPolicy(backoff_base=1.0, backoff_max=5.0, jitter=lambda: 0.0, sleep=SleepRecorder())
    assert [low.backoff(n) for n in (1, 2, 3)] == [0.5, 1.0, 2.0]
    assert policy.wait_before_retry(1, 3.0) == 3.0
    assert policy.wait_before_retry(1, 60.0) is None  # too long: raise instead of freezing the station
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)


# ----------------------------------------------------------------------------- MIME/DPI matrix


@pytest.mark.parametrize(
    ("mime", "dpi", "sent"),
    [
        ("application/pdf", None, 72),
        ("application/pdf", 72, 72),
        ("image/png", None, 300),
        ("image/png", 150, 150),
        ("image/png", 300, 300),
        ("application/zpl", None, 203),
        ("application/zpl", 300, 203),
        ("application/zpl", 72, 203),
    ],
)
def test_label_dpi_allowed(mime: str, dpi: int | None, sent: int) -> None:
    assert label_dpi(mime, dpi) == sent


@pytest.mark.parametrize(
    ("mime", "dpi", "named"),
    [
        ("application/pdf", 300, "72"),
        ("application/pdf", 203, "72"),
        ("image/png", 72, "150 or 300"),
        ("image/png", 203, "150 or 300"),
        ("image/png", 600, "150 or 300"),
        ("image/gif", None, "application/pdf, image/png or application/zpl"),
    ],
)
def test_label_dpi_refused_with_the_allowed_values_named(mime: str, dpi: int | None, named: str) -> None:
    with pytest.raises(InvalidRequestError, match=named) as caught:
        label_dpi(mime, dpi)
    assert isinstance(caught.value, PackstationError)
    assert caught.value.code == "sendcloud_invalid_request"


# ------------------------------------------------------------------------ transport classification


def test_only_a_failed_connect_counts_as_never_sent() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/api/v3/orders/create-label-sync")
    timeout = httpx.Timeout(1.0)
    never = [
        httpx.ConnectError("refused", request=request),
        httpx.ConnectTimeout("slow", request=request),
        httpx.PoolTimeout("full", request=request),
    ]
    maybe = [
        httpx.ReadTimeout("slow", request=request),
        httpx.WriteTimeout("slow", request=request),
        httpx.ReadError("reset", request=request),
        httpx.RemoteProtocolError("gone", request=request),
        httpx.WriteError("broken", request=request),
    ]
    for exc in never:
        assert _network_error(exc, "POST", "/x", timeout).request_sent is False, exc
    for exc in maybe:
        assert _network_error(exc, "POST", "/x", timeout).request_sent is True, exc
    assert isinstance(_network_error(never[1], "POST", "/x", timeout), NetworkError)


def test_error_tree_is_packstation_errors_with_stable_codes() -> None:
    error = LabelOutcomeUnknownError(
        "lost",
        orders=[OrderSelector(order_number="A-1")],
        integration_id=3,
        reason="timeout",
        errors=[ApiErrorDetail(status="500", code="server_error", detail="Boom.")],
    )
    assert isinstance(error, SendcloudError)
    assert isinstance(error, PackstationError)
    assert error.code == "sendcloud_label_outcome_unknown"
    assert error.order_number == "A-1"
    assert error.order_numbers == ("A-1",)
    assert error.details == ["Boom."]
