"""The simulator refuses what Sendcloud's spec refuses (issue #11 §3.4), so the project's tests catch
a request defect: every request below fails the contract harness, and the simulator answers it with
Sendcloud's 400 error shape (405 for a method the path does not have), never a 500 or a success."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from packstation.training.simulator import Simulator, SimulatorConfig

from .openapi import ContractValidator, default_validator

PUBLIC, SECRET = "pk-strict", "sk-strict"
SYNC, ASYNC = "/orders/create-label-sync", "/orders/create-labels-async"


@pytest.fixture(scope="module")
def validator() -> ContractValidator:
    return default_validator()  # skips without the spec files


@pytest.fixture(scope="module")
def simulator() -> Iterator[Simulator]:
    with Simulator(SimulatorConfig(public_key=PUBLIC, secret_key=SECRET, record=True)) as sim:
        yield sim


@pytest.fixture(scope="module")
def http(simulator: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        trust_env=False, base_url=simulator.base_url, auth=(PUBLIC, SECRET), timeout=10
    ) as client:
        yield client


def _sync(order: Any, **extra: Any) -> dict[str, Any]:
    return {"integration_id": 0, "order": order, **extra}  # integration filled in per simulator


def _selector(simulator: Simulator) -> dict[str, Any]:
    order = simulator.seed_data.orders[0]
    return {"order_id": order["order_id"]}


BAD_QUERIES = [
    ("/orders", "page_size=0"),
    ("/orders", "page_size=201"),
    ("/orders", "page_size=many"),
    ("/orders", "integration=70,418"),
    ("/orders", "integration=abc"),
    ("/orders", "order_created_at=yesterday"),
    ("/orders", "order_number=A&order_number=B"),
    ("/orders", "colour=red"),
    ("/shipments", "page_size=101"),
    ("/parcels/400000001/documents/label", "dpi=96"),
    ("/parcels/400000001/documents/label", "paper_size=A3"),
    ("/parcel-documents/label", "dpi=72&parcels=1"),
    ("/contracts", "is_active=maybe"),
]


@pytest.mark.parametrize(("path", "query"), BAD_QUERIES)
def test_a_query_the_spec_refuses_is_a_400(
    validator: ContractValidator, simulator: Simulator, http: httpx.Client, path: str, query: str
) -> None:
    response = http.get(f"{path}?{query}")
    _assert_refused(validator, simulator, response, 400)
    assert json.loads(response.content)["errors"][0]["source"]["parameter"] == query.split("=", maxsplit=1)[0]


BAD_BODIES: list[tuple[str, str, Any]] = [
    ("both ids", SYNC, lambda s, sel: _sync({**sel, "order_number": "X"})),
    ("no id", SYNC, lambda s, sel: _sync({"apply_shipping_rules": True})),
    ("a list where a string is expected", SYNC, lambda s, sel: _sync({"order_number": ["X"]})),
    ("a list as sender address", SYNC, lambda s, sel: _sync(sel, sender_address_id=[1])),
    ("a string as integration", SYNC, lambda s, sel: {**_sync(sel), "integration_id": "70"}),
    ("an unknown MIME type", SYNC, lambda s, sel: _sync(sel, label_details={"mime_type": "text/plain"})),
    ("a DPI as text", SYNC, lambda s, sel: _sync(sel, label_details={"dpi": "72"})),
    ("a DPI outside the enum", SYNC, lambda s, sel: _sync(sel, label_details={"dpi": 96})),
    (
        "a ship_with of another type",
        SYNC,
        lambda s, sel: _sync(sel, ship_with={"type": "x", "properties": {}}),
    ),
    ("rules as text", SYNC, lambda s, sel: _sync({**sel, "apply_shipping_rules": "yes"})),
    ("the order as a list", SYNC, lambda s, sel: _sync([sel])),
    ("no orders", ASYNC, lambda s, sel: {"integration_id": 0, "orders": []}),
    (
        "an order with both ids",
        ASYNC,
        lambda s, sel: {"integration_id": 0, "orders": [{**sel, "order_number": "X"}]},
    ),
    ("the same order twice", ASYNC, lambda s, sel: {"integration_id": 0, "orders": [sel, sel]}),
]


@pytest.mark.parametrize("case", BAD_BODIES, ids=[case[0] for case in BAD_BODIES])
def test_a_label_body_the_spec_refuses_is_a_400_and_makes_no_label(
    validator: ContractValidator, simulator: Simulator, http: httpx.Client, case: tuple[str, str, Any]
) -> None:
    _, path, make = case
    body = make(simulator, _selector(simulator))
    if body.get("integration_id") == 0:
        body["integration_id"] = int(simulator.seed_data.orders[0]["order_details"]["integration"]["id"])
    before = simulator.labels_created()
    response = http.post(path, json=body)
    _assert_refused(validator, simulator, response, 400)
    assert json.loads(response.content)["errors"][0]["source"]["pointer"].startswith("/data/attributes")
    assert simulator.labels_created() == before


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", SYNC), ("PATCH", SYNC), ("DELETE", "/orders"), ("PUT", "/orders/1"), ("OPTIONS", "/orders")],
)
def test_a_method_the_path_does_not_have_is_a_405(
    validator: ContractValidator, simulator: Simulator, http: httpx.Client, method: str, path: str
) -> None:
    response = http.request(method, path)
    _assert_refused(validator, simulator, response, 405)


def _assert_refused(
    validator: ContractValidator, simulator: Simulator, response: httpx.Response, status: int
) -> None:
    assert response.status_code == status, response.text
    [error] = json.loads(response.content)["errors"]
    assert error["status"] == str(status)
    assert error["code"]
    assert error["detail"]
    exchange = simulator.exchanges()[-1]
    assert [v for v in validator.check(exchange) if v.where == "request"], "the spec accepts this request"
