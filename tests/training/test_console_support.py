"""What the simulator offers the failed-shipments console: per-order refusals inside an async batch
(with the field a refusal is about), and the shipment cancel endpoint, over raw HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator

ASYNC = "/orders/create-labels-async"


@pytest.fixture
def http(simulator: Simulator) -> Iterator[httpx.Client]:
    auth = (simulator.config.public_key, simulator.config.secret_key)
    with httpx.Client(trust_env=False, base_url=simulator.base_url, auth=auth) as client:
        yield client


def _of_integration(simulator: Simulator, integration: int, count: int) -> list[str]:
    return [
        str(o["order_number"])
        for o in simulator.seed_data.orders
        if o["order_details"]["integration"]["id"] == integration
        and o["order_number"] in simulator.shippable_order_numbers()
    ][:count]


def _batch(http: httpx.Client, integration: int, numbers: list[str]) -> dict[str, Any]:
    body = {"integration_id": integration, "orders": [{"order_number": n} for n in numbers]}
    response = http.post(ASYNC, json=body)
    assert response.status_code == 202
    answer: dict[str, Any] = response.json()
    return answer


def test_refuse_order_fails_only_the_chosen_orders_of_a_batch(
    simulator: Simulator, http: httpx.Client
) -> None:
    numbers = _of_integration(simulator, 817, 5)
    for chosen in (numbers[1], numbers[3]):
        simulator.faults.add(Fault(FaultKind.REFUSE_ORDER, path=ASYNC, order_number=chosen.lower()))
    answer = _batch(http, 817, numbers)
    assert [item["order_number"] for item in answer["data"]] == [numbers[0], numbers[2], numbers[4]]
    assert [error["source"]["pointer"] for error in answer["errors"]] == [
        "/data/attributes/orders/[1]",
        "/data/attributes/orders/[3]",
    ]
    assert {error["code"] for error in answer["errors"]} == {"parcel_announcement_error"}
    assert simulator.labels_created() == 3
    # Used up: the next batch with the same orders is shipped whole.
    assert len(_batch(http, 817, [numbers[1], numbers[3]])["data"]) == 2


def test_refuse_order_is_not_a_request_level_fault(simulator: Simulator, http: httpx.Client) -> None:
    [number] = _of_integration(simulator, 817, 1)
    simulator.faults.add(Fault(FaultKind.REFUSE_ORDER, order_number=number))  # any path
    listed = http.get("/orders", params={"order_number": number})
    assert listed.status_code == 200
    assert listed.json()["data"]
    sync = http.post(
        "/orders/create-label-sync",
        json={"integration_id": 817, "order": {"order_number": number}},
    )
    assert sync.status_code == 201  # refusals act inside an async batch only


def test_an_async_refusal_names_the_order_and_the_field(simulator: Simulator, http: httpx.Client) -> None:
    unshippable = next(
        n
        for n, reason in simulator.seed_data.unshippable_reasons.items()
        if reason == "missing_house_number"
        and next(o for o in simulator.seed_data.orders if o["order_number"] == n)["order_details"][
            "integration"
        ]["id"]
        == 817
    )
    [good] = _of_integration(simulator, 817, 1)
    answer = _batch(http, 817, [good, unshippable])
    [error] = answer["errors"]
    assert error["source"]["pointer"] == "/data/attributes/orders/[1]/to_address/house_number"
    assert "house number" in error["detail"]


def test_cancel_follows_the_same_day_rule(simulator: Simulator, http: httpx.Client) -> None:
    first, second = _of_integration(simulator, 817, 2)
    shipped = _batch(http, 817, [first, second])["data"]
    today, later = (item["shipment_id"] for item in shipped)
    cancelled = http.post(f"/shipments/{today}/cancel")
    assert cancelled.status_code == 200
    assert cancelled.json() == {"data": {"status": "cancelled", "message": "Shipment has been cancelled"}}
    again = http.post(f"/shipments/{today}/cancel")
    assert again.status_code == 409
    moment = datetime.now(UTC) + timedelta(hours=25)
    simulator.backend.wall_clock = lambda: moment
    queued = http.post(f"/shipments/{later}/cancel")
    assert queued.status_code == 202
    assert queued.json()["data"]["status"] == "queued"
    statuses = {
        shipment["id"]: shipment["parcels"][0]["status"]["code"]
        for shipment in http.get("/shipments").json()["data"]
    }
    assert statuses == {today: "CANCELLED", later: "CANCELLATION_REQUESTED"}
    assert http.post("/shipments/1/cancel").status_code == 404
    assert http.get(f"/shipments/{today}/cancel").status_code == 405
    assert simulator.labels_created() == 2  # voiding never makes or removes a parcel
