"""The simulator's multicollo: `parcels[]` on create-labels-async, over loopback (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from packstation.training.simulator import Simulator
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

ASYNC = "/orders/create-labels-async"


@pytest.fixture
def http(simulator: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        trust_env=False, base_url=simulator.base_url, auth=(TEST_PUBLIC_KEY, TEST_SECRET_KEY), timeout=5
    ) as client:
        yield client


def _order_with_lines(simulator: Simulator, lines: int) -> dict[str, Any]:
    """A shippable Dutch order with at least `lines` order lines."""
    orders = {o["order_number"]: o for o in simulator.seed_data.orders}
    return next(
        orders[n]
        for n in simulator.shippable_order_numbers()
        if orders[n]["shipping_address"]["country_code"] == "NL"
        and len(orders[n]["order_details"]["order_items"]) >= lines
    )


def _items(order: dict[str, Any]) -> list[tuple[str, int]]:
    return [(line["item_id"], line["quantity"]) for line in order["order_details"]["order_items"]]


def _box(
    items: list[tuple[str, int]], kg: str, size: tuple[str, str, str] = ("30", "20", "10")
) -> dict[str, Any]:
    return {
        "parcel_items": [{"item_id": item_id, "quantity": quantity} for item_id, quantity in items],
        "weight": {"value": kg, "unit": "kg"},
        "dimensions": {"length": size[0], "width": size[1], "height": size[2], "unit": "cm"},
    }


def _ship(
    http: httpx.Client, order: dict[str, Any], parcels: list[dict[str, Any]], option: str = "postnl:standard"
) -> httpx.Response:
    body = {
        "integration_id": order["order_details"]["integration"]["id"],
        "ship_with": {"type": "shipping_option_code", "properties": {"shipping_option_code": option}},
        "orders": [{"order_number": order["order_number"], "parcels": parcels}],
    }
    return http.post(ASYNC, json=body)


def test_a_two_box_order_is_one_shipment_of_two_parcels_each_with_its_label(
    simulator: Simulator, http: httpx.Client
) -> None:
    order = _order_with_lines(simulator, 2)
    first, *rest = _items(order)
    response = _ship(http, order, [_box([first], "1.1"), _box(rest, "2.250")])
    assert response.status_code == 202
    assert response.json()["errors"] == []
    [made] = response.json()["data"]
    assert len(made["parcels_ids"]) == 2
    assert made["parcel_id"] == made["parcels_ids"][0]  # deprecated: the first parcel
    for parcel_id in made["parcels_ids"]:
        label = http.get(f"/parcels/{parcel_id}/documents/label", headers={"Accept": "application/pdf"})
        assert label.status_code == 200
        assert label.content.startswith(b"%PDF")
    parcels = {p.id: p for p in simulator.backend.parcels()}
    assert [parcels[i].weight_kg for i in made["parcels_ids"]] == [pytest.approx(1.1), pytest.approx(2.25)]
    assert parcels[made["parcels_ids"][0]].parcel_items == (first,)
    assert {parcels[i].shipment_id for i in made["parcels_ids"]} == {made["shipment_id"]}
    [shipment] = http.get("/shipments", params={"order_number": order["order_number"]}).json()["data"]
    assert shipment["id"] == made["shipment_id"]
    assert [p["id"] for p in shipment["parcels"]] == made["parcels_ids"]
    assert [p["weight"]["value"] for p in shipment["parcels"]] == ["1.100", "2.250"]


def test_a_three_box_order_in_grams_pounds_and_ounces(simulator: Simulator, http: httpx.Client) -> None:
    order = _order_with_lines(simulator, 3)
    one, two, three = _items(order)[:3]
    parcels = [_box([one], "1.1"), _box([two], "1.1"), _box([three], "1.1")]
    parcels[1]["weight"] = {"value": "500", "unit": "g"}
    parcels[2]["weight"] = {"value": "2", "unit": "lbs"}
    response = _ship(http, order, parcels)
    [made] = response.json()["data"]
    assert len(made["parcels_ids"]) == 3
    weights = {p.id: p.weight_kg for p in simulator.backend.parcels()}
    assert [weights[i] for i in made["parcels_ids"]] == [
        pytest.approx(1.1),
        pytest.approx(0.5),
        pytest.approx(0.907, abs=0.001),
    ]
    bulk = http.get(
        "/parcel-documents/label",
        params={"parcels": made["parcels_ids"]},
        headers={"Accept": "application/zpl"},
    )
    assert bulk.content.count(b"^XA") == 3


def test_an_option_without_the_multicollo_functionality_refuses_the_order(
    simulator: Simulator, http: httpx.Client
) -> None:
    mailbox = next(o for o in simulator.seed_data.shipping_options if o["code"] == "postnl:mailbox")
    assert mailbox["functionalities"]["multicollo"] is False
    order = _order_with_lines(simulator, 2)
    first, *rest = _items(order)
    response = _ship(http, order, [_box([first], "0.5"), _box(rest, "0.5")], option="postnl:mailbox")
    assert response.status_code == 202
    assert response.json()["data"] == []
    [error] = response.json()["errors"]
    assert error["status"] == "400"
    assert error["code"] == "validation_error"
    assert "multicollo" in error["detail"]
    assert error["source"]["pointer"] == "/data/attributes/orders/[0]/parcels"
    assert simulator.backend.parcels() == []


def test_items_not_on_the_order_or_too_many_pieces_refuse_the_whole_order(
    simulator: Simulator, http: httpx.Client
) -> None:
    order = _order_with_lines(simulator, 2)
    (first_id, first_quantity), *rest = _items(order)
    unknown = _ship(http, order, [_box([("NOT-A-LINE", 1)], "1")]).json()
    assert unknown["data"] == []
    assert (
        unknown["errors"][0]["source"]["pointer"]
        == "/data/attributes/orders/[0]/parcels/[0]/parcel_items/[0]/item_id"
    )
    too_many = _ship(
        http, order, [_box([(first_id, first_quantity)], "1"), _box([(first_id, 1), *rest], "1")]
    ).json()
    assert too_many["data"] == []
    assert too_many["errors"][0]["source"]["pointer"].endswith("/parcels/[1]/parcel_items/[0]/quantity")
    assert simulator.backend.parcels() == []


def test_a_parcel_over_the_options_limits_is_refused_while_the_others_are_made_and_can_be_voided(
    simulator: Simulator, http: httpx.Client
) -> None:
    order = _order_with_lines(simulator, 3)
    one, two, three = _items(order)[:3]
    parcels = [_box([one], "1.0"), _box([two], "40.0"), _box([three], "1.0", size=("200", "20", "10"))]
    response = _ship(http, order, parcels)
    assert response.status_code == 202
    [made] = response.json()["data"]
    assert len(made["parcels_ids"]) == 1
    errors = response.json()["errors"]
    assert [e["source"]["pointer"] for e in errors] == [
        "/data/attributes/orders/[0]/parcels/[1]/weight",
        "/data/attributes/orders/[0]/parcels/[2]/dimensions",
    ]
    assert all(e["status"] == "400" and e["code"] == "validation_error" and e["detail"] for e in errors)
    cancelled = http.post(f"/shipments/{made['shipment_id']}/cancel")
    assert cancelled.status_code == 200
    assert {p.status_code for p in simulator.backend.parcels()} == {"CANCELLED"}


def test_cancelling_a_multicollo_shipment_cancels_every_parcel(
    simulator: Simulator, http: httpx.Client
) -> None:
    order = _order_with_lines(simulator, 2)
    first, *rest = _items(order)
    [made] = _ship(http, order, [_box([first], "1"), _box(rest, "1")]).json()["data"]
    assert http.post(f"/shipments/{made['shipment_id']}/cancel").status_code == 200
    [shipment] = http.get("/shipments", params={"order_number": order["order_number"]}).json()["data"]
    assert [p["status"]["code"] for p in shipment["parcels"]] == ["CANCELLED", "CANCELLED"]
    assert http.post(f"/shipments/{made['shipment_id']}/cancel").status_code == 409


@pytest.mark.parametrize(
    ("parcel", "pointer"),
    [
        ({"parcel_items": [{"item_id": "", "quantity": 1}]}, "/parcels/[0]/parcel_items/[0]/item_id"),
        ({"parcel_items": [{"item_id": "X", "quantity": 0}]}, "/parcels/[0]/parcel_items/[0]/quantity"),
        ({"parcel_items": [], "weight": {"value": "1", "unit": "stone"}}, "/parcels/[0]/weight/unit"),
        ({"parcel_items": [], "weight": {"value": 1.5, "unit": "kg"}}, "/parcels/[0]/weight/value"),
        ({"parcel_items": [], "dimensions": {"length": "1", "unit": "cm"}}, "/parcels/[0]/dimensions"),
        ({"weight": {"value": "1", "unit": "kg"}}, "/parcels/[0]/parcel_items"),
    ],
)
def test_a_parcel_outside_the_schema_refuses_the_request_in_sendclouds_error_shape(
    simulator: Simulator, http: httpx.Client, parcel: dict[str, Any], pointer: str
) -> None:
    order = _order_with_lines(simulator, 1)
    response = _ship(http, order, [parcel])
    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["status"] == "400"
    assert error["code"] == "invalid"
    assert error["source"]["pointer"] == "/data/attributes/orders/0" + pointer
    assert simulator.backend.parcels() == []
