"""Ship an Order, parcel documents and shipments through the client, against the simulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    AsyncOrder,
    BadRequestError,
    InvalidRequestError,
    LabelOutcomeUnknownError,
    NotFoundError,
    Order,
    SendcloudClient,
)
from packstation.training.simulator import Simulator

from . import http_client, make_client


@pytest.fixture
def client(simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, simulator.base_url, credentials)


def raw_order(sim: Simulator, order_number: str) -> dict[str, Any]:
    return next(o for o in sim.seed_data.orders if o["order_number"] == order_number)


def integration_of(sim: Simulator, order_number: str) -> int:
    return int(raw_order(sim, order_number)["order_details"]["integration"]["id"])


def shippable_by_integration(sim: Simulator) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {}
    for number in sim.shippable_order_numbers():
        grouped.setdefault(integration_of(sim, number), []).append(number)
    return grouped


# --------------------------------------------------------------------------------------- sync


@pytest.mark.parametrize(
    ("mime_type", "dpi", "magic"),
    [
        ("application/pdf", None, b"%PDF-"),
        ("image/png", 150, b"\x89PNG\r\n\x1a\n"),
        ("image/png", None, b"\x89PNG\r\n\x1a\n"),
        ("application/zpl", 600, b"^XA"),
    ],
)
def test_create_label_sync_returns_the_decoded_label(
    client: SendcloudClient, simulator: Simulator, mime_type: Any, dpi: int | None, magic: bytes
) -> None:
    number = simulator.shippable_order_numbers()[0]
    result = client.create_label_sync(
        integration_id=integration_of(simulator, number), order_number=number, mime_type=mime_type, dpi=dpi
    )
    assert magic in result.label[:1024]
    assert result.mime_type == mime_type
    assert result.dpi == {"application/pdf": 72, "image/png": dpi or 300, "application/zpl": 203}[mime_type]
    assert result.order_number == number
    assert result.tracking_number
    assert result.tracking_url is not None
    assert result.tracking_url.startswith("https://")
    assert result.shipment_id
    assert next(d.document_type for d in result.documents) == "label"
    assert "label=" not in repr(result)  # the file bytes stay out of logs
    assert simulator.labels_created() == 1


def test_create_label_sync_by_order_id_with_a_shipping_option(
    client: SendcloudClient, simulator: Simulator
) -> None:
    number = simulator.shippable_order_numbers()[1]
    raw = raw_order(simulator, number)
    integration = integration_of(simulator, number)
    contract = next(c for c in simulator.seed_data.contracts if c["carrier"]["code"] == "postnl")
    result = client.create_label_sync(
        integration_id=integration,
        order_id=raw["order_id"],
        shipping_option_code="postnl:standard",
        contract_id=int(contract["id"]),
        sender_address_id=simulator.seed_data.default_sender_address_id,
    )
    assert result.order_id == raw["order_id"]
    assert result.ship_with is not None
    assert result.ship_with.properties.shipping_option_code == "postnl:standard"
    assert result.ship_with.properties.contract_id == contract["id"]


def test_label_format_is_checked_before_sending(client: SendcloudClient, simulator: Simulator) -> None:
    number = simulator.shippable_order_numbers()[0]
    integration = integration_of(simulator, number)
    with pytest.raises(InvalidRequestError, match="PDF labels come in 72 DPI only, not 300"):
        client.create_label_sync(integration_id=integration, order_number=number, dpi=300)
    with pytest.raises(InvalidRequestError, match="150 or 300"):
        client.create_label_sync(
            integration_id=integration, order_number=number, mime_type="image/png", dpi=203
        )
    with pytest.raises(InvalidRequestError, match="name the order by its order number or its order id"):
        client.create_label_sync(integration_id=integration)
    with pytest.raises(InvalidRequestError, match="contract id needs a shipping option"):
        client.create_label_sync(integration_id=integration, order_number=number, contract_id=5)
    assert simulator.count("POST", "/orders/create-label-sync") == 0


def test_unknown_order_is_not_found_with_advice(client: SendcloudClient, simulator: Simulator) -> None:
    integration = int(simulator.seed_data.integrations[0]["id"])
    with pytest.raises(NotFoundError, match="NO-SUCH-ORDER to ship") as caught:
        client.create_label_sync(integration_id=integration, order_number="NO-SUCH-ORDER")
    assert "wait a few seconds" in caught.value.message
    assert not isinstance(caught.value, LabelOutcomeUnknownError)  # a 404 is a clear answer
    assert simulator.labels_created() == 0


def test_unshippable_order_is_a_bad_request_naming_the_reason(
    client: SendcloudClient, simulator: Simulator
) -> None:
    number = simulator.unshippable_order_numbers()[0]
    with pytest.raises(BadRequestError, match="no valid shipping address") as caught:
        client.create_label_sync(integration_id=integration_of(simulator, number), order_number=number)
    assert caught.value.errors[0].code == "validation_error"
    assert simulator.labels_created() == 0


def test_unknown_sender_address_is_not_found(client: SendcloudClient, simulator: Simulator) -> None:
    number = simulator.shippable_order_numbers()[0]
    with pytest.raises(NotFoundError) as caught:
        client.create_label_sync(
            integration_id=integration_of(simulator, number), order_number=number, sender_address_id=987654
        )
    assert caught.value.errors[0].pointer == "/data/attributes/sender_address_id"


# -------------------------------------------------------------------------------------- async


def test_async_maps_successes_and_failures_to_request_orders(
    client: SendcloudClient, simulator: Simulator
) -> None:
    grouped = shippable_by_integration(simulator)
    unshippable = {integration_of(simulator, n): n for n in simulator.unshippable_order_numbers()}
    integration = next(i for i in unshippable if len(grouped.get(i, [])) >= 2)
    good = grouped[integration][:2]
    bad = unshippable[integration]
    request = [
        AsyncOrder(order_number=good[0]),
        AsyncOrder(order_number=bad),
        AsyncOrder(order_number="NO-SUCH-ORDER"),
        AsyncOrder(order_id=raw_order(simulator, good[1])["order_id"]),
    ]
    result = client.create_labels_async(request, integration_id=integration)
    assert sorted(s.request_index for s in result.successes if s.request_index is not None) == [0, 3]
    for success in result.successes:
        assert success.parcel_id is not None
        assert success.parcels_ids == (success.parcel_id,)
    assert [f.request_index for f in result.failures] == [1, 2]
    assert result.failures[0].order.order_number == bad
    assert "shipping address" in result.failures[0].errors[0].detail
    assert result.failures[1].order.order_number == "NO-SUCH-ORDER"
    assert result.request_errors == ()
    assert not result.ok
    assert simulator.labels_created() == 2

    # Async labels are fetched as parcel documents.
    document = client.get_parcel_document(result.successes[0].parcel_id or 0)
    assert document.content.startswith(b"%PDF-")


def test_async_takes_orders_as_listed(client: SendcloudClient, simulator: Simulator) -> None:
    grouped = shippable_by_integration(simulator)
    integration, numbers = next(iter(grouped.items()))
    orders = [client.list_orders(order_number=n).items[0] for n in numbers[:3]]
    result = client.create_labels_async(orders)  # the integration comes from the orders themselves
    assert result.ok
    assert len(result.successes) == 3
    assert {s.order_number for s in result.successes} == set(numbers[:3])
    assert all(isinstance(o, Order) and o.integration_id == integration for o in orders)


@pytest.mark.parametrize("count", [0, 21])
def test_async_batch_size_is_checked_before_sending(
    client: SendcloudClient, simulator: Simulator, count: int
) -> None:
    orders = [AsyncOrder(order_number=f"N-{i}") for i in range(count)]
    with pytest.raises(InvalidRequestError, match="1 to 20 orders"):
        client.create_labels_async(orders, integration_id=int(simulator.seed_data.integrations[0]["id"]))
    assert simulator.count("POST", "/orders/create-labels-async") == 0


def test_async_accepts_exactly_twenty(client: SendcloudClient, simulator: Simulator) -> None:
    integration = int(simulator.seed_data.integrations[0]["id"])
    result = client.create_labels_async(
        [AsyncOrder(order_number=f"MISSING-{i}") for i in range(20)], integration_id=integration
    )
    assert [f.request_index for f in result.failures] == list(range(20))
    assert simulator.count("POST", "/orders/create-labels-async") == 1


def test_async_refuses_a_mixture_of_integrations(client: SendcloudClient, simulator: Simulator) -> None:
    grouped = shippable_by_integration(simulator)
    (first, a), (second, b) = list(grouped.items())[:2]
    orders = [client.list_orders(order_number=n).items[0] for n in (a[0], b[0])]
    with pytest.raises(InvalidRequestError, match="same integration") as caught:
        client.create_labels_async(orders)
    assert str(first) in caught.value.message
    assert str(second) in caught.value.message
    with pytest.raises(InvalidRequestError, match="same integration"):
        client.create_labels_async(
            [AsyncOrder(order_number=a[0], integration_id=first)], integration_id=second
        )
    with pytest.raises(InvalidRequestError, match="needs an integration id"):
        client.create_labels_async([AsyncOrder(order_number=a[0])])
    assert simulator.count("POST", "/orders/create-labels-async") == 0


def test_async_refuses_the_same_order_twice(client: SendcloudClient, simulator: Simulator) -> None:
    number = simulator.shippable_order_numbers()[0]
    with pytest.raises(InvalidRequestError, match="twice"):
        client.create_labels_async(
            [AsyncOrder(order_number=number), AsyncOrder(order_number=number.upper())],
            integration_id=integration_of(simulator, number),
        )
    assert simulator.labels_created() == 0


# ---------------------------------------------------------------------------------- documents


def test_documents_trust_the_returned_content_type(client: SendcloudClient, simulator: Simulator) -> None:
    number = simulator.shippable_order_numbers()[0]
    zpl = client.create_label_sync(
        integration_id=integration_of(simulator, number), order_number=number, mime_type="application/zpl"
    )
    # A native-ZPL label cannot be converted: asked as PDF, it still comes back as ZPL.
    document = client.get_parcel_document(zpl.parcel_id, mime_type="application/pdf")
    assert document.mime_type == "application/zpl"
    assert document.requested_mime_type == "application/pdf"
    assert document.dpi is None
    assert b"^XA" in document.content


@pytest.mark.parametrize(
    ("mime_type", "dpi", "magic"), [("image/png", 150, b"\x89PNG"), ("application/pdf", None, b"%PDF")]
)
def test_single_and_bulk_documents(
    client: SendcloudClient, simulator: Simulator, mime_type: Any, dpi: int | None, magic: bytes
) -> None:
    grouped = shippable_by_integration(simulator)
    integration, numbers = next(iter(grouped.items()))
    result = client.create_labels_async(
        [AsyncOrder(order_number=n) for n in numbers[:2]], integration_id=integration
    )
    parcel_ids = [s.parcel_id for s in result.successes if s.parcel_id is not None]
    single = client.get_parcel_document(parcel_ids[0], mime_type=mime_type, dpi=dpi, paper_size="A6")
    assert single.content.startswith(magic)
    assert single.mime_type == mime_type
    bulk = client.get_parcel_documents_bulk(parcel_ids, mime_type=mime_type)
    assert bulk.content.startswith(magic)
    assert bulk.size > 0


def test_document_arguments_are_checked_before_sending(client: SendcloudClient, simulator: Simulator) -> None:
    with pytest.raises(InvalidRequestError, match="1 to 20 parcels"):
        client.get_parcel_documents_bulk(list(range(1, 22)))
    with pytest.raises(InvalidRequestError, match="1 to 20 parcels"):
        client.get_parcel_documents_bulk([])
    with pytest.raises(InvalidRequestError, match="72 DPI only"):
        client.get_parcel_document(1, dpi=300)
    with pytest.raises(InvalidRequestError, match="no document type"):
        client.get_parcel_document(1, "../../orders")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="Paper size"):
        client.get_parcel_document(1, paper_size="Letter")  # type: ignore[arg-type]
    assert simulator.counts() == {}


def test_missing_document_is_not_found(client: SendcloudClient) -> None:
    with pytest.raises(NotFoundError, match="no label document for parcel 12345"):
        client.get_parcel_document(12345)


# ---------------------------------------------------------------------------------- shipments


def test_shipments_and_existing_labels(client: SendcloudClient, simulator: Simulator) -> None:
    number = simulator.shippable_order_numbers()[0]
    integration = integration_of(simulator, number)
    assert client.find_existing_labels(number) == []
    made = client.create_label_sync(integration_id=integration, order_number=number)

    page = client.list_shipments(order_number=number, integration_id=integration, page_size=10)
    (shipment,) = page.items
    assert shipment.order_number == number
    (parcel,) = shipment.parcels
    assert parcel.id == made.parcel_id
    assert parcel.tracking_number == made.tracking_number
    assert parcel.status is not None
    assert parcel.status.code
    assert parcel.documents

    (existing,) = client.find_existing_labels(number.lower(), integration_id=integration)
    assert existing.parcel_id == made.parcel_id
    assert existing.shipment_id == made.shipment_id
    assert not existing.cancelled
    assert client.find_existing_labels(simulator.shippable_order_numbers()[1]) == []
    with pytest.raises(InvalidRequestError):
        client.list_shipments(page_size=101)
