"""Multicollo through the client (issue 18): `parcels[]` on create-labels-async, the labels per
parcel, and a partial refusal voided, against the simulator over loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    AsyncOrder,
    LabelParcel,
    ParcelItem,
    SendcloudClient,
    StrDimensions,
    StrWeight,
    order_index_from_pointer,
    parcel_index_from_pointer,
)
from packstation.training.simulator import Simulator, SimulatorConfig

from . import http_client, make_client


@pytest.fixture
def client(simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, simulator.base_url, credentials)


def _order_with_lines(sim: Simulator, lines: int) -> dict[str, Any]:
    orders = {o["order_number"]: o for o in sim.seed_data.orders}
    return next(
        orders[n]
        for n in sim.shippable_order_numbers()
        if orders[n]["shipping_address"]["country_code"] == "NL"
        and len(orders[n]["order_details"]["order_items"]) >= lines
    )


def _box(lines: list[dict[str, Any]], kg: str, length: str = "30") -> LabelParcel:
    return LabelParcel(
        parcel_items=[ParcelItem(item_id=line["item_id"], quantity=line["quantity"]) for line in lines],
        weight=StrWeight(value=kg, unit="kg"),
        dimensions=StrDimensions(length=length, width="20", height="10", unit="cm"),
    )


def _ship(client: SendcloudClient, order: dict[str, Any], boxes: list[LabelParcel]) -> Any:
    return client.create_labels_async(
        [AsyncOrder(order_number=order["order_number"], parcels=boxes)],
        integration_id=int(order["order_details"]["integration"]["id"]),
        shipping_option_code="postnl:standard",
    )


@pytest.mark.parametrize("boxes", [2, 3])
def test_boxes_become_one_shipment_whose_labels_come_per_parcel_in_box_order(
    client: SendcloudClient, simulator: Simulator, boxes: int
) -> None:
    order = _order_with_lines(simulator, boxes)
    lines = order["order_details"]["order_items"]
    parts = [lines[i : i + 1] for i in range(boxes - 1)] + [lines[boxes - 1 :]]
    result = _ship(client, order, [_box(part, f"{k + 1}.5") for k, part in enumerate(parts)])
    assert result.ok
    [success] = result.successes
    assert success.request_index == 0
    assert len(success.parcels_ids) == boxes
    assert success.parcel_id == success.parcels_ids[0]
    by_id = {p.id: p for p in simulator.backend.parcels()}
    for k, parcel_id in enumerate(success.parcels_ids):
        document = client.get_parcel_document(parcel_id, mime_type="application/zpl")
        assert document.content.startswith(b"^XA")
        assert by_id[parcel_id].tracking_number.encode() in document.content  # this box's own label
        assert by_id[parcel_id].weight_kg == pytest.approx(k + 1.5)
        assert by_id[parcel_id].parcel_items == tuple(
            (line["item_id"], line["quantity"]) for line in parts[k]
        )
    [existing] = {label.shipment_id for label in client.find_existing_labels(order["order_number"])}
    assert existing == success.shipment_id


def test_the_request_carries_parcels_as_the_spec_has_them(credentials: ApiCredentials) -> None:
    config = SimulatorConfig(
        public_key=credentials.public_key, secret_key=credentials.secret_key, record=True
    )
    with Simulator(config) as sim, http_client() as http:
        client = make_client(http, sim.base_url, credentials)
        order = _order_with_lines(sim, 2)
        lines = order["order_details"]["order_items"]
        _ship(client, order, [_box(lines[:1], "1.100"), _box(lines[1:], "0.25")])
        [exchange] = [e for e in sim.exchanges() if e.path_template == "/orders/create-labels-async"]
    [sent] = json.loads(exchange.request_body)["orders"]
    assert sent["parcels"][0] == {
        "parcel_items": [{"item_id": lines[0]["item_id"], "quantity": lines[0]["quantity"]}],
        "weight": {"value": "1.100", "unit": "kg"},
        "dimensions": {"length": "30", "width": "20", "height": "10", "unit": "cm"},
    }
    assert [len(p["parcel_items"]) for p in sent["parcels"]] == [1, len(lines) - 1]


def test_a_refused_parcel_is_told_apart_and_the_parcels_made_are_voided(
    client: SendcloudClient, simulator: Simulator
) -> None:
    order = _order_with_lines(simulator, 3)
    lines = order["order_details"]["order_items"]
    result = _ship(client, order, [_box(lines[:1], "1"), _box(lines[1:2], "99"), _box(lines[2:], "1")])
    assert not result.ok
    [success] = result.successes
    assert len(success.parcels_ids) == 2  # boxes 1 and 3 were made
    [failure] = result.failures
    assert failure.request_index == 0
    [error] = failure.errors
    assert order_index_from_pointer(error.pointer) == 0
    assert parcel_index_from_pointer(error.pointer) == 1
    assert "23" in error.detail  # the option's maximum weight
    assert success.shipment_id is not None
    assert client.cancel_shipment(success.shipment_id).cancelled
    assert {label.status for label in client.find_existing_labels(order["order_number"])} == {"CANCELLED"}


def test_parcels_are_checked_before_sending() -> None:
    with pytest.raises(ValidationError):
        ParcelItem(item_id="", quantity=1)
    with pytest.raises(ValidationError):
        ParcelItem(item_id="A", quantity=0)
    with pytest.raises(ValidationError):
        StrWeight.model_validate({"value": "1", "unit": "stone"})
    with pytest.raises(ValidationError):
        AsyncOrder(order_number="X", parcels=[])
    box = LabelParcel(parcel_items=[ParcelItem(item_id="A", quantity=1)])
    with pytest.raises(ValidationError):
        AsyncOrder(order_number="X", parcels=[box] * 51)
    assert len(AsyncOrder(order_number="X", parcels=[box] * 50).parcels or []) == 50


def test_parcel_index_from_pointer_reads_both_pointer_styles() -> None:
    assert parcel_index_from_pointer("/data/attributes/orders/[0]/parcels/[2]/dimensions") == 2
    assert parcel_index_from_pointer("/data/attributes/orders/0/parcels/1/weight") == 1
    assert parcel_index_from_pointer("/data/attributes/orders/[0]/parcels") is None
    assert parcel_index_from_pointer("/data/attributes/orders/[0]/to_address") is None
    assert parcel_index_from_pointer(None) is None
