"""The label call of an order in several boxes (issue 18), against the simulator over loopback:
each box tied to its parcel, labels fetched in box order, a refused box voids the others."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from packstation.credentials import ApiCredentials
from packstation.scales import Weight
from packstation.sendcloud import AsyncLabelResult, LabelOutcomeUnknownError, Order, SendcloudClient
from packstation.station.box_labels import (
    BoxesOutcomeUnknownError,
    BoxesRefusedError,
    BoxParcel,
    check_boxes,
    create_box_labels,
    fetch_box_labels,
)
from packstation.station.boxes import Box, BoxesError, Dimensions
from packstation.station.shipping import ShippingProfile
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator, SimulatorConfig
from tests.sendcloud import http_client, make_client

PROFILE = ShippingProfile(mime_type="application/zpl", shipping_option_code="postnl:standard")
MULTICOLLO = {"multicollo": True}


@pytest.fixture
def client(simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, simulator.base_url, credentials)


def _order(sim: Simulator, client: SendcloudClient, lines: int) -> Order:
    raw = {o["order_number"]: o for o in sim.seed_data.orders}
    number = next(
        n
        for n in sim.shippable_order_numbers()
        if raw[n]["shipping_address"]["country_code"] == "NL"
        and len(raw[n]["order_details"]["order_items"]) >= lines
    )
    [order] = client.list_orders(order_number=number).items
    return order


def _boxes(order: Order, count: int, kg: list[str] | None = None) -> list[Box]:
    items = order.order_details.order_items
    parts = [items[i : i + 1] for i in range(count - 1)] + [items[count - 1 :]]
    weights = kg or [f"{k + 1}.25" for k in range(count)]
    return [
        Box(
            {str(item.item_id): item.quantity for item in part},
            Weight(Decimal(weights[k]), "kg"),
            Dimensions(Decimal(30), Decimal(20), Decimal(10 + k), "cm"),
        )
        for k, part in enumerate(parts)
    ]


@pytest.mark.parametrize("count", [2, 3])
def test_each_box_gets_its_parcel_and_its_label_in_box_order(
    simulator: Simulator, client: SendcloudClient, count: int
) -> None:
    order = _order(simulator, client, count)
    boxes = _boxes(order, count)
    check_boxes(order, boxes, MULTICOLLO)
    shipment = create_box_labels(client, order, boxes, PROFILE)
    assert [p.box for p in shipment.parcels] == list(range(1, count + 1))
    made = {p.id: p for p in simulator.backend.parcels()}
    assert {made[p.parcel_id].shipment_id for p in shipment.parcels} == {shipment.shipment_id}
    for parcel, box in zip(shipment.parcels, boxes, strict=True):
        # The box's own weight and items went to the parcel tied to it.
        weighed = box.weight.kilograms() if box.weight else 0
        assert made[parcel.parcel_id].weight_kg == pytest.approx(float(weighed))
        assert made[parcel.parcel_id].parcel_items == tuple(box.items.items())
    labels = fetch_box_labels(client, shipment, "application/zpl", sleep=time.sleep)
    assert [parcel for parcel, _ in labels] == list(shipment.parcels)
    for parcel, document in labels:
        assert made[parcel.parcel_id].tracking_number.encode() in document.content


def test_a_refused_box_voids_the_parcels_that_were_made(
    simulator: Simulator, client: SendcloudClient
) -> None:
    order = _order(simulator, client, 3)
    boxes = _boxes(order, 3, kg=["1", "99", "1"])  # box 2 is over PostNL's 23 kg
    with pytest.raises(BoxesRefusedError) as caught:
        create_box_labels(client, order, boxes, PROFILE)
    error = caught.value
    assert "box 2:" in error.message
    assert "23" in error.message
    assert "cancelled; no box has a label" in error.message
    assert len(error.voided) == 2
    assert error.left is None
    assert {p.status_code for p in simulator.backend.parcels()} == {"CANCELLED"}


def test_a_void_that_fails_says_which_shipment_is_left(simulator: Simulator, client: SendcloudClient) -> None:
    order = _order(simulator, client, 2)
    simulator.faults.add(Fault(FaultKind.STATUS, path="/shipments/{id}/cancel", status=409, times=None))
    with pytest.raises(BoxesRefusedError) as caught:
        create_box_labels(client, order, _boxes(order, 2, kg=["99", "1"]), PROFILE)
    [made] = simulator.backend.parcels()
    assert caught.value.left == made.shipment_id
    assert f"void shipment {made.shipment_id} in the console" in caught.value.message
    assert "box 1:" in caught.value.message


def test_an_option_without_multicollo_refuses_the_whole_order_and_makes_nothing(
    simulator: Simulator, client: SendcloudClient
) -> None:
    order = _order(simulator, client, 2)
    mailbox = ShippingProfile(mime_type="application/zpl", shipping_option_code="postnl:mailbox")
    with pytest.raises(BoxesRefusedError, match="made no label") as caught:
        create_box_labels(client, order, _boxes(order, 2, kg=["0.5", "0.5"]), mailbox)
    assert "the order: The shipping option postnl:mailbox does not support multicollo" in caught.value.message
    assert simulator.backend.parcels() == []


def test_boxes_are_checked_before_any_call(simulator: Simulator, client: SendcloudClient) -> None:
    order = _order(simulator, client, 2)
    boxes = _boxes(order, 2)
    with pytest.raises(BoxesError, match="no multicollo"):
        check_boxes(order, boxes, {"multicollo": False})
    with pytest.raises(BoxesError, match="the boxes hold 0 of item"):
        check_boxes(
            order, [*boxes[:1], Box({str(order.order_details.order_items[0].item_id): 0})], MULTICOLLO
        )
    assert simulator.count("POST", "/orders/create-labels-async") == 0


def test_labels_not_ready_yet_are_asked_for_again(credentials: ApiCredentials) -> None:
    config = SimulatorConfig(
        public_key=credentials.public_key, secret_key=credentials.secret_key, document_delay=0.3
    )
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        time.sleep(seconds)

    with Simulator(config) as sim, http_client() as http:
        client = make_client(http, sim.base_url, credentials)
        order = _order(sim, client, 2)
        shipment = create_box_labels(client, order, _boxes(order, 2), PROFILE)
        labels = fetch_box_labels(client, shipment, "application/pdf", wait=0.2, sleep=sleep)
    assert [parcel.box for parcel, _ in labels] == [1, 2]
    assert all(document.content.startswith(b"%PDF") for _, document in labels)
    assert slept  # the first fetch came before the documents were ready
    assert BoxParcel(1, labels[0][0].parcel_id) == labels[0][0]


def test_an_unclear_answer_is_an_unknown_outcome_never_a_refusal(
    simulator: Simulator, client: SendcloudClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    order = _order(simulator, client, 2)
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, path="/orders/create-labels-async"))
    with pytest.raises(LabelOutcomeUnknownError):
        create_box_labels(client, order, _boxes(order, 2), PROFILE)
    assert len(simulator.backend.parcels()) == 2  # made, though the answer was unreadable
    # An answer that names neither a parcel nor an error for the order (Sendcloud "fails
    # gracefully"; the simulator never answers so, hence the stand-in).
    monkeypatch.setattr(client, "create_labels_async", lambda *a, **k: AsyncLabelResult((), (), ()))
    with pytest.raises(BoxesOutcomeUnknownError, match="did not mention"):
        create_box_labels(client, order, _boxes(order, 2), PROFILE)
