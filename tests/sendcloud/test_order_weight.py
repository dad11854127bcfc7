"""The parcel's measured weight on the order: `PATCH /orders/{id}` with
`shipping_details.measurement.weight`, read back while Sendcloud saves it, and the simulator's
label and weight limits that follow from it. Over real HTTP against the loopback simulator."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    BadRequestError,
    InvalidRequestError,
    SendcloudClient,
)
from packstation.training.simulator import Simulator, SimulatorConfig

from . import http_client, make_client


@pytest.fixture
def slow_saver(credentials: ApiCredentials) -> Iterator[Simulator]:
    """A simulator that saves a changed order 0.3 s after the PATCH, as Sendcloud saves orders later."""
    config = SimulatorConfig(
        public_key=credentials.public_key,
        secret_key=credentials.secret_key,
        patch_save_delay=0.3,
        record=True,
    )
    with Simulator(config) as sim:
        yield sim


@pytest.fixture
def client(slow_saver: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, slow_saver.base_url, credentials)


def shippable(sim: Simulator, index: int = 0) -> dict[str, Any]:
    number = sim.shippable_order_numbers()[index]
    return next(o for o in sim.seed_data.orders if o["order_number"] == number)


def test_only_the_weight_is_sent(client: SendcloudClient, slow_saver: Simulator) -> None:
    order = shippable(slow_saver)
    ref = client.update_order_weight(int(order["id"]), 1.25, "kg")
    assert ref.id == int(order["id"])
    [patch] = [e for e in slow_saver.exchanges() if e.method == "PATCH"]
    assert json.loads(patch.request_body) == {
        "shipping_details": {"measurement": {"weight": {"value": 1.25, "unit": "kg"}}}
    }


def test_the_weight_reads_back_only_once_saved(client: SendcloudClient, slow_saver: Simulator) -> None:
    order = shippable(slow_saver)
    before = client.get_order(int(order["id"])).weight
    client.update_order_weight(int(order["id"]), 2.5, "lbs")
    assert client.get_order(int(order["id"])).weight == before  # not saved yet
    listed = client.list_orders(order_number=order["order_number"]).items[0]
    assert listed.weight == before
    time.sleep(0.35)
    saved = client.get_order(int(order["id"])).weight
    assert saved is not None
    assert (saved.value, saved.unit) == (2.5, "lbs")
    assert client.get_order(int(order["id"])).shipping_address == before_address(slow_saver, order)


def before_address(sim: Simulator, order: dict[str, Any]) -> Any:
    from packstation.sendcloud import Order

    return Order.model_validate(order).shipping_address  # untouched by the weight


def test_a_second_patch_before_the_save_builds_on_the_first(
    client: SendcloudClient, slow_saver: Simulator
) -> None:
    order = shippable(slow_saver)
    client.update_order_weight(int(order["id"]), 1.0, "kg")
    client.update_order_weight(int(order["id"]), 1200, "g")
    time.sleep(0.35)
    saved = client.get_order(int(order["id"])).weight
    assert saved is not None
    assert (saved.value, saved.unit) == (1200, "g")


def test_a_label_made_before_the_save_has_the_old_weight_and_after_it_the_new(
    client: SendcloudClient, slow_saver: Simulator
) -> None:
    first, second = shippable(slow_saver, 0), shippable(slow_saver, 1)
    for order in (first, second):
        client.update_order_weight(int(order["id"]), 3.75, "kg")
    early = client.create_label_sync(
        integration_id=first["order_details"]["integration"]["id"],
        order_id=first["order_id"],
        mime_type="application/zpl",
    )
    time.sleep(0.35)
    late = client.create_label_sync(
        integration_id=second["order_details"]["integration"]["id"],
        order_id=second["order_id"],
        mime_type="application/zpl",
    )
    assert b"Weight: 3.75 kg" not in early.label
    assert b"Weight: 3.75 kg" in late.label  # the label prints the PATCHed weight
    parcels = {p.id: p for p in slow_saver.backend.parcels()}
    assert parcels[late.parcel_id].content.weight_kg == 3.75


def test_weights_the_spec_refuses_never_leave_the_client(client: SendcloudClient) -> None:
    with pytest.raises(InvalidRequestError, match="above zero"):
        client.update_order_weight(1001, 0.0, "kg")
    with pytest.raises(ValueError, match="lbs"):
        client.update_order_weight(1001, 1.0, "lb")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("weight", "unit", "says"), [(31.5, "kg", "takes at most 23"), (200, "g", "takes at least 0.5")]
)
def test_the_simulator_enforces_the_options_weight_limits(
    client: SendcloudClient, slow_saver: Simulator, weight: float, unit: str, says: str
) -> None:
    slow_saver.backend.patch_save_delay = 0.0
    [option] = [o for o in slow_saver.seed_data.shipping_options if o["code"] == "postnl:standard"]
    option["weight"]["min"] = {"value": "0.500", "unit": "kg"}  # the seed's options all start at 1 g
    order = shippable(slow_saver)
    client.update_order_weight(int(order["id"]), weight, unit)  # type: ignore[arg-type]
    with pytest.raises(BadRequestError) as refused:
        client.create_label_sync(
            integration_id=order["order_details"]["integration"]["id"],
            order_id=order["order_id"],
            shipping_option_code="postnl:standard",
        )
    assert says in refused.value.message
    [answer] = [e for e in slow_saver.exchanges() if e.path_template == "/orders/create-label-sync"]
    body = json.loads(answer.response_body)
    assert answer.status == 400
    assert body["errors"][0]["code"] == "validation_error"
    assert body["errors"][0]["status"] == "400"
    assert body["errors"][0]["source"] == {"pointer": "/parcels/0/weight"}
    assert slow_saver.labels_created() == 0


def test_the_simulator_refuses_a_weight_outside_the_spec(
    slow_saver: Simulator, credentials: ApiCredentials
) -> None:
    order = shippable(slow_saver)
    with http_client() as http:
        for weight, pointer in (({"value": 1, "unit": "st"}, "unit"), ({"value": 0, "unit": "kg"}, "value")):
            answer = http.patch(
                f"{slow_saver.base_url}/orders/{order['id']}",
                json={"shipping_details": {"measurement": {"weight": weight}}},
                auth=(credentials.public_key, credentials.secret_key),
            )
            assert answer.status_code == 400
            error = answer.json()["errors"][0]
            assert error["source"]["pointer"].endswith(f"/weight/{pointer}")
