"""Requests Sendcloud's own spec refuses must never be sent (issue #11 §3.1, §3.2).

Checked on the wire: a recording simulator keeps every request the real client sends.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import LabelOutcomeUnknownError, SendcloudClient
from packstation.station.shipping import ShippingProfile, create_label, find_order
from packstation.training.faults import Fault, FaultKind
from packstation.training.recording import Exchange
from packstation.training.simulator import Simulator, SimulatorConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

from . import http_client, make_client

SYNC = "/orders/create-label-sync"
ASYNC = "/orders/create-labels-async"


@pytest.fixture
def recording_simulator() -> Iterator[Simulator]:
    config = SimulatorConfig(public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY, record=True)
    with Simulator(config) as sim:
        yield sim


@pytest.fixture
def client(recording_simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, recording_simulator.base_url, credentials, max_attempts=1)


def sent(sim: Simulator, method: str, template: str) -> list[Exchange]:
    return [e for e in sim.exchanges() if e.method == method and e.path_template == template]


def body(exchange: Exchange) -> Any:
    return json.loads(exchange.request_body)


def integration_of(sim: Simulator, order_number: str) -> int:
    order = next(o for o in sim.seed_data.orders if o["order_number"] == order_number)
    return int(order["order_details"]["integration"]["id"])


# ------------------------------------------------------------------------- §3.1 the selector


def test_the_station_ships_the_order_it_found_by_its_order_id_alone(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    """The spec's selector is a oneOf: both ids match both branches and a strict server refuses."""
    number = recording_simulator.shippable_order_numbers()[0]
    order = find_order(client, number)
    create_label(client, order, ShippingProfile())
    [request] = sent(recording_simulator, "POST", SYNC)
    assert body(request)["order"] == {"order_id": order.order_id, "apply_shipping_rules": False}
    assert body(request)["integration_id"] == order.integration_id


def test_a_batch_of_listed_orders_sends_one_id_per_order(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    number = recording_simulator.shippable_order_numbers()[0]
    integration = integration_of(recording_simulator, number)
    [order] = client.list_orders(order_number=number, integration=integration).items
    client.create_labels_async([order])
    [request] = sent(recording_simulator, "POST", ASYNC)
    assert body(request)["orders"] == [{"order_id": order.order_id, "apply_shipping_rules": False}]


def test_an_unknown_outcome_still_names_the_order_by_its_number(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    """The number is kept on the selector (never sent) for the message and the shipments lookup."""
    number = recording_simulator.shippable_order_numbers()[0]
    order = find_order(client, number)
    recording_simulator.faults.add(Fault(FaultKind.STATUS, method="POST", path=SYNC, status=500))
    with pytest.raises(LabelOutcomeUnknownError) as caught:
        create_label(client, order, ShippingProfile())
    assert caught.value.order_number == number
    assert number in caught.value.message
    assert client.settle_label_outcome(caught.value).safe_to_retry
    assert all("order_id" not in e.query for e in sent(recording_simulator, "GET", "/orders"))


def test_an_order_named_by_number_only_is_sent_by_number(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    number = recording_simulator.shippable_order_numbers()[0]
    client.create_label_sync(integration_id=integration_of(recording_simulator, number), order_number=number)
    [request] = sent(recording_simulator, "POST", SYNC)
    assert body(request)["order"] == {"order_number": number, "apply_shipping_rules": False}


# ------------------------------------------------------------------- §3.2 the integration filter


def integrations_queried(sim: Simulator) -> list[list[str]]:
    return [
        [value for key, value in parse_qsl(e.query) if key == "integration"]
        for e in sent(sim, "GET", "/orders")
    ]


def test_several_integrations_are_filtered_in_the_client_not_sent_as_a_list(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    """`integration` is an integer in the spec: `integration=94,817` is not a valid value."""
    orders = recording_simulator.seed_data.orders
    ids = sorted({int(o["order_details"]["integration"]["id"]) for o in orders})
    wanted, other = ids[:2], ids[2]
    got = {o.id for o in client.iter_orders(integration=wanted, page_size=7)}
    assert got == {o["id"] for o in orders if o["order_details"]["integration"]["id"] in wanted}
    queried = integrations_queried(recording_simulator)
    assert len(queried) > 1  # several pages, each filtered
    assert all(q == [] for q in queried)
    number = next(o["order_number"] for o in orders if o["order_details"]["integration"]["id"] == other)
    assert client.list_orders(order_number=number, integration=wanted).items == ()


def test_one_integration_is_still_sent_as_the_integer_filter(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    integration = int(recording_simulator.seed_data.integrations[0]["id"])
    client.list_orders(integration=integration)
    client.list_orders(integration=[integration])
    assert integrations_queried(recording_simulator) == [[str(integration)], [str(integration)]]


def test_find_order_in_several_integrations_sends_no_list(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    number = recording_simulator.shippable_order_numbers()[0]
    ids = [int(i["id"]) for i in recording_simulator.seed_data.integrations]
    assert find_order(client, number, integration_ids=ids).order_number == number
    assert integrations_queried(recording_simulator) == [[]]
