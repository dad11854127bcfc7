"""The client reads every answer Sendcloud's spec allows (issue #11 §3.3), driven by the spec's own
examples: each optional field of every 2xx example is removed, or set to null, one at a time, and the
real client must still read the answer. Only the fields the station needs (`parcel_id`/`parcels_ids`
and the label file) may not be missing: then the outcome is unknown and a lookup follows.

Whether a change is still spec-valid is decided by the contract harness itself: a change that adds
no violation to those the example already has is one Sendcloud may send.

The answers come from an `httpx.MockTransport` in front of the client, not from the simulator: the
point is to serve Sendcloud's examples byte for byte, changed one field at a time (hundreds of
answers), which the simulator, built to behave like an account, does not produce.
"""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    AsyncLabelResult,
    AsyncOrder,
    BadRequestError,
    LabelOutcomeUnknownError,
    MalformedResponseError,
    Order,
    OrderUpdate,
    RetryPolicy,
    SendcloudClient,
    ShippingOptionsRequest,
)
from packstation.sendcloud.models import RESPONSE_CONTEXT
from packstation.training.recording import Exchange

from .openapi import ContractValidator, default_validator

BASE_URL = "https://panel.sendcloud.sc/api/v3"
PDF = base64.b64encode(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n").decode()

JsonPath = tuple[str | int, ...]
Call = Callable[[SendcloudClient, Any], object]


@dataclass(frozen=True)
class Answer:
    """One 2xx example of an operation the client uses, and the client call that reads it."""

    spec: str
    method: str
    template: str
    path: str  # a concrete path below /api/v3
    status: int
    example: str
    call: Call

    @property
    def name(self) -> str:
        return f"{self.method} {self.template} {self.status} {self.example}"


def _orders_of_async(client: SendcloudClient, body: Any) -> AsyncLabelResult:
    """The batch the example answers: its orders by number, plus enough to match error pointers."""
    items = body.get("data") or [] if isinstance(body, dict) else []
    numbers = [f"ORDER-{index}" for index in range(max(len(items), 2))]
    return client.create_labels_async([AsyncOrder(order_number=n) for n in numbers], integration_id=70)


def _any_order(body: Any) -> Order:
    del body
    return Order.model_validate(
        {
            "order_id": "1",
            "order_number": "ORDER-1",
            "order_details": {
                "integration": {"id": 70},
                "status": {"code": "fulfilled"},
                "order_created_at": "2024-01-01T00:00:00Z",
                "order_items": [
                    {"name": "Mug", "quantity": 1, "total_price": {"value": 5, "currency": "EUR"}}
                ],
            },
            "payment_details": {"total_price": {"value": 5, "currency": "EUR"}, "status": {"code": "paid"}},
        }
    )


ANSWERS = (
    Answer("S-ORD", "GET", "/orders", "/orders", 200, "Response", lambda c, _: c.list_orders()),
    Answer(
        "S-ORD",
        "GET",
        "/orders/{id}",
        "/orders/669",
        200,
        "RetrievingSpecificOrder",
        lambda c, _: c.get_order(669),
    ),
    *(
        Answer(
            "S-ORD", "POST", "/orders", "/orders", 201, name, lambda c, b: c.upsert_orders([_any_order(b)])
        )
        for name in ("SingleOrderCreation", "BatchOrderCreation")
    ),
    Answer(
        "S-ORD",
        "PATCH",
        "/orders/{id}",
        "/orders/669",
        200,
        "UpdateOrder",
        lambda c, _: c.update_order(669, OrderUpdate(order_number="ORDER-2")),
    ),
    Answer(
        "S-SAO",
        "POST",
        "/orders/create-label-sync",
        "/orders/create-label-sync",
        201,
        "LabelSuccessfulWithShipWith",
        lambda c, _: c.create_label_sync(integration_id=70, order_number="ORDER-1"),
    ),
    *(
        Answer(
            "S-SAO",
            "POST",
            "/orders/create-labels-async",
            "/orders/create-labels-async",
            202,
            name,
            _orders_of_async,
        )
        for name in (
            "AllLabelsSuccessful",
            "MulticolloLabelsSuccessful",
            "SomeLabelsContainErrors",
            "SenderAddressIDDoesNotExist",
            "LabelsSuccessfulWithShipWith",
        )
    ),
    Answer(
        "S-SH",
        "GET",
        "/shipments",
        "/shipments",
        200,
        "RetrievedDomesticSingleParcelShipments",
        lambda c, _: c.list_shipments(),
    ),
    *(
        Answer(
            "S-SH",
            "POST",
            "/shipments/{id}/cancel",
            "/shipments/511/cancel",
            status,
            "Cancelled",
            lambda c, _: c.cancel_shipment("511"),
        )
        for status in (200, 202)
    ),
    Answer(
        "S-INT", "GET", "/integrations", "/integrations", 200, "Response", lambda c, _: c.list_integrations()
    ),
    *(
        Answer(
            "S-SO",
            "POST",
            "/shipping-options",
            "/shipping-options",
            200,
            name,
            lambda c, _: c.shipping_options(ShippingOptionsRequest()),
        )
        for name in ("EmptyResponse", "ShippingOptions")
    ),
    Answer(
        "S-MRG",
        "GET",
        "/addresses/sender-addresses",
        "/addresses/sender-addresses",
        200,
        "RetrieveSenderAddresses",
        lambda c, _: c.list_sender_addresses(),
    ),
    Answer(
        "S-MRG", "GET", "/contracts", "/contracts", 200, "RetrieveContracts", lambda c, _: c.list_contracts()
    ),
)


def _answer(method: str, template: str) -> Answer:
    return next(a for a in ANSWERS if (a.method, a.template) == (method, template))


# What the station cannot do without, by the removed key: then the call must fail, never guess
# (for a label call: outcome unknown, settled by a lookup). `data` everywhere but the async batch,
# where an order left out of the answer is settled by a lookup already.
# (`data: null` from POST /shipping-options is "no options", as the spec says.)
_NEEDED: dict[tuple[str, str], frozenset[str]] = {
    ("GET", "/orders"): frozenset({"data", "order_id", "order_number"}),
    ("GET", "/orders/{id}"): frozenset({"data", "order_id", "order_number"}),
    ("POST", "/orders"): frozenset({"data", "id"}),
    ("PATCH", "/orders/{id}"): frozenset({"data", "id"}),
    ("POST", "/orders/create-label-sync"): frozenset({"data", "parcel_id", "label", "label_details", "file"}),
    ("GET", "/shipments"): frozenset({"data", "id", "parcels"}),  # a shipment's id and parcels, their ids
    ("GET", "/integrations"): frozenset({"data", "id"}),
    ("GET", "/addresses/sender-addresses"): frozenset({"data", "id"}),
    ("GET", "/contracts"): frozenset({"data", "id"}),
    ("POST", "/shipping-options"): frozenset({"code"}),
}
_LABEL_CALLS = frozenset({"/orders/create-label-sync", "/orders/create-labels-async"})


def _example(validator: ContractValidator, answer: Answer) -> Any:
    document = validator.spec(answer.spec).document
    operation = document["paths"][answer.template][answer.method.lower()]
    response = operation["responses"][str(answer.status)]
    while "$ref" in response:
        section, name = response["$ref"].removeprefix("#/components/").split("/")
        response = document["components"][section][name]
    return copy.deepcopy(response["content"]["application/json"]["examples"][answer.example]["value"])


def _sync_shapes(example: Any) -> list[Any]:
    """The sync example as the documented shape (one parcel, a real file) and as the schema's shape.

    The example itself lists two parcels and a placeholder for the file (api-notes §4.3).
    """
    item = example["data"][0]
    item["label"]["file"] = PDF
    schema_item = {k: v for k, v in item.items() if k != "label"}
    schema_item["label_details"] = item["label"]
    return [{"data": [item]}, {"data": schema_item}]


def _field_paths(node: Any, path: JsonPath = ()) -> Iterator[JsonPath]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _field_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _field_paths(value, (*path, index))


def _changed(body: Any, path: JsonPath, *, remove: bool) -> Any:
    changed = copy.deepcopy(body)
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    if remove:
        del parent[path[-1]]
    else:
        parent[path[-1]] = None
    return changed


def _exchange(answer: Answer, body: Any) -> Exchange:
    return Exchange(
        method=answer.method,
        path="/api/v3" + answer.path,
        path_template="",
        query="",
        request_headers={"authorization": "Basic eDp5", "accept": "application/json"},
        request_body=b"",
        status=answer.status,
        response_headers={"content-type": "application/json"},
        response_body=json.dumps(body).encode(),
    )


def _response_violations(validator: ContractValidator, answer: Answer, body: Any) -> set[str]:
    return {v.message for v in validator.check(_exchange(answer, body)) if v.where == "response"}


def _client(answer: Answer, body: Any) -> SendcloudClient:
    payload = json.dumps(body).encode()

    def serve(request: httpx.Request) -> httpx.Response:
        del request
        return httpx.Response(answer.status, content=payload, headers={"content-type": "application/json"})

    return SendcloudClient(
        httpx.Client(transport=httpx.MockTransport(serve)),
        ApiCredentials("public", "secret"),
        base_url=BASE_URL,
        retry=RetryPolicy(max_attempts=1, sleep=lambda _seconds: None),
    )


def _needs(answer: Answer, path: JsonPath) -> bool:
    """Whether the removed key is needed; nested keys count only below the list of items."""
    key = path[-1]
    needed = _NEEDED.get((answer.method, answer.template), frozenset())
    if key == "data":
        return key in needed and len(path) == 1
    if answer.template == "/shipments":
        return path[-2:-1] == (0,) and len(path) in (3, 5) and key in needed  # data[n].x, parcels[n].id
    if answer.template == "/orders/create-label-sync":
        return key in needed
    return isinstance(key, str) and key in needed and len(path) <= 3 and key != "data"


def _check_async_result(body: Any, result: object) -> None:
    """A success needs a parcel id; an item answered without one is no success (outcome unknown)."""
    assert isinstance(result, AsyncLabelResult)
    items = body.get("data") or []
    with_parcel = [i for i in items if isinstance(i, dict) and (i.get("parcel_id") or i.get("parcels_ids"))]
    assert len(result.successes) == len(with_parcel)
    assert all(s.parcel_id is not None or s.parcels_ids for s in result.successes)


@pytest.fixture(scope="module")
def validator() -> ContractValidator:
    return default_validator()


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda answer: answer.name)
def test_every_spec_valid_omission_is_read(validator: ContractValidator, answer: Answer) -> None:
    example = _example(validator, answer)
    shapes = _sync_shapes(example) if answer.template == "/orders/create-label-sync" else [example]
    unreadable: list[str] = []
    for shape in shapes:
        baseline = _response_violations(validator, answer, shape)
        answer.call(_client(answer, shape), shape)  # the example itself is read
        for path in _field_paths(shape):
            for remove in (True, False):
                changed = _changed(shape, path, remove=remove)
                needed = _needs(answer, path)
                if not needed and not _response_violations(validator, answer, changed) <= baseline:
                    continue  # not an answer Sendcloud may send
                what = f"{'without' if remove else 'null'} {path}"
                try:
                    result = answer.call(_client(answer, changed), changed)
                except LabelOutcomeUnknownError:
                    if not needed:
                        unreadable.append(f"{what}: outcome unknown")
                    continue
                except MalformedResponseError as exc:
                    if not needed or answer.template in _LABEL_CALLS:
                        unreadable.append(f"{what}: {exc}")
                    continue
                if needed:
                    unreadable.append(f"{what}: read although the station needs it")
                if answer.template == "/orders/create-labels-async":
                    _check_async_result(changed, result)
    assert not unreadable, "\n".join(unreadable)


def test_an_order_line_with_quantity_0_does_not_hide_the_page(validator: ContractValidator) -> None:
    """The spec puts no minimum on `quantity` (only a misplaced `minLength`); Sendcloud may answer 0."""
    answer = _answer("GET", "/orders")
    body = _example(validator, answer)
    body["data"][0]["order_details"]["order_items"][0]["quantity"] = 0
    assert _response_violations(validator, answer, body) <= _response_violations(
        validator, answer, _example(validator, answer)
    )
    page = _client(answer, body).list_orders()
    assert page.items[0].order_details.order_items[0].quantity == 0
    with pytest.raises(ValueError, match="greater than or equal to 1"):
        Order.model_validate(page.items[0].model_dump(mode="json"))  # but never sent as 0
    assert Order.model_validate(page.items[0].model_dump(mode="json"), context=RESPONSE_CONTEXT)


@pytest.mark.parametrize(
    ("errors", "said"),
    [
        ({"code": "invalid", "detail": "Input should be a valid string."}, "Input should be a valid string."),
        (
            {"order_number": ["This field may not be blank."]},
            "This field may not be blank. (at /order_number)",
        ),
    ],
    ids=["one-error-object", "field-messages"],
)
def test_an_errors_object_keeps_sendclouds_words(
    validator: ContractValidator, errors: dict[str, Any], said: str
) -> None:
    """The spec types `errors` as "array | object" and constrains only the array."""
    answer = replace(_answer("GET", "/orders"), status=400)
    assert _response_violations(validator, answer, {"errors": errors}) == set()
    with pytest.raises(BadRequestError) as caught:
        _client(answer, {"errors": errors}).list_orders()
    assert said in caught.value.message
    batch = _answer("POST", "/orders/create-labels-async")
    result = _client(
        batch, {"data": [], "errors": {**errors, "source": {"pointer": "/data/attributes/orders/[1]"}}}
    )
    if "detail" in errors:
        outcome = _orders_of_async(result, {})
        assert [f.request_index for f in outcome.failures] == [1]
        assert outcome.failures[0].errors[0].detail == said
