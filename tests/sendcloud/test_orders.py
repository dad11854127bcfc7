"""Orders API through the client, over real HTTP against the simulator."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    Order,
    OrderUpdate,
    SendcloudClient,
    StillProcessingError,
    order_index_from_pointer,
)
from packstation.training.simulator import Simulator, SimulatorConfig

from . import SleepRecorder, http_client, make_client

PUBLIC, SECRET = "pk-orders", "sk-orders-secret"


@pytest.fixture
def client(simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, simulator.base_url, credentials)


@pytest.fixture(scope="module")
def shared_simulator() -> Iterator[Simulator]:
    """One simulator for the read-only tests (hypothesis runs many examples against it)."""
    with Simulator(SimulatorConfig(public_key=PUBLIC, secret_key=SECRET)) as sim:
        yield sim


@pytest.fixture(scope="module")
def shared_client(shared_simulator: Simulator) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, shared_simulator.base_url, ApiCredentials(PUBLIC, SECRET))


def seed_order(sim: Simulator, index: int = 0) -> dict[str, Any]:
    return sim.seed_data.orders[index]


def new_order(integration_id: int, order_id: str, order_number: str) -> Order:
    return Order.model_validate(
        {
            "order_id": order_id,
            "order_number": order_number,
            "order_details": {
                "integration": {"id": integration_id},
                "status": {"code": "unshipped", "message": "Unshipped"},
                "order_created_at": "2024-05-01T10:00:00Z",
                "order_items": [
                    {"name": "Trail socks", "quantity": 2, "total_price": {"value": 19.9, "currency": "EUR"}}
                ],
            },
            "payment_details": {
                "total_price": {"value": 19.9, "currency": "EUR"},
                "status": {"code": "paid"},
            },
            "shipping_address": {
                "name": "Anna de Vries",
                "address_line_1": "Stadhuisplein",
                "house_number": "10",
                "postal_code": "5611 EM",
                "city": "Eindhoven",
                "country_code": "NL",
            },
        }
    )


# ------------------------------------------------------------------------------------- upsert


def test_upsert_creates_then_updates_by_sendcloud_id(client: SendcloudClient, simulator: Simulator) -> None:
    integration = int(simulator.seed_data.integrations[0]["id"])
    (ref,) = client.upsert_orders([new_order(integration, "ext-1", "NEW-1")])
    assert isinstance(ref.id, int)
    assert (ref.order_id, ref.order_number) == ("ext-1", "NEW-1")

    # The simulator answers 400 unless `id` is sent as a string (api-notes §3.1).
    changed = new_order(integration, "ext-1", "NEW-1-RENAMED").model_copy(update={"id": ref.id})
    (again,) = client.upsert_orders([changed])
    assert again.id == ref.id
    assert client.get_order(ref.id).order_number == "NEW-1-RENAMED"


def test_upsert_round_trips_a_fetched_order(client: SendcloudClient, simulator: Simulator) -> None:
    fetched = client.get_order(int(seed_order(simulator)["id"]))
    (ref,) = client.upsert_orders([fetched])  # id and read-only timestamps handled by the client
    assert ref.id == fetched.sendcloud_id


@pytest.mark.parametrize("count", [0, 101])
def test_upsert_batch_size_is_checked_before_sending(
    client: SendcloudClient, simulator: Simulator, count: int
) -> None:
    order = new_order(int(simulator.seed_data.integrations[0]["id"]), "x", "X-1")
    with pytest.raises(InvalidRequestError, match="1 to 100 orders"):
        client.upsert_orders([order] * count)
    assert simulator.count("POST", "/orders") == 0


def test_upsert_rejection_points_at_the_bad_order(client: SendcloudClient, simulator: Simulator) -> None:
    integration = int(simulator.seed_data.integrations[0]["id"])
    batch = [new_order(integration, "ok-1", "OK-1"), new_order(99999, "bad-1", "BAD-1")]
    with pytest.raises(BadRequestError) as caught:
        client.upsert_orders(batch)
    (error,) = caught.value.errors
    assert "99999" in error.detail
    assert order_index_from_pointer(error.pointer) == 1
    assert "99999" in caught.value.message  # Sendcloud's detail is shown verbatim
    assert caught.value.status == 400


def test_still_processing_is_its_own_error(credentials: ApiCredentials) -> None:
    config = SimulatorConfig(
        public_key=credentials.public_key, secret_key=credentials.secret_key, order_save_delay=30.0
    )
    with Simulator(config) as sim, http_client() as http:
        client = make_client(http, sim.base_url, credentials)
        order = new_order(int(sim.seed_data.integrations[0]["id"]), "slow-1", "SLOW-1")
        (ref,) = client.upsert_orders([order])
        with pytest.raises(NotFoundError, match="not saved yet"):
            client.get_order(ref.id)
        with pytest.raises(StillProcessingError, match="Try again in a moment") as caught:
            client.upsert_orders([order])
        assert isinstance(caught.value, BadRequestError)
        assert caught.value.code == "sendcloud_still_processing"


# -------------------------------------------------------------------------- get / patch / delete


def test_get_order_by_int_or_digit_string(client: SendcloudClient, simulator: Simulator) -> None:
    raw = seed_order(simulator)
    by_int = client.get_order(int(raw["id"]))
    by_str = client.get_order(str(raw["id"]))
    assert by_int == by_str
    assert by_int.order_number == raw["order_number"]


@pytest.mark.parametrize("bad", [0, -3, "12a", "../orders", True])
def test_ids_that_are_not_positive_integers_never_reach_a_url(client: SendcloudClient, bad: Any) -> None:
    with pytest.raises(InvalidRequestError):
        client.get_order(bad)


def test_update_order_sends_only_the_changes(client: SendcloudClient, simulator: Simulator) -> None:
    raw = copy.deepcopy(seed_order(simulator))
    sendcloud_id = int(raw["id"])
    ref = client.update_order(
        sendcloud_id, OrderUpdate.model_validate({"order_details": {"notes": "Ring twice"}})
    )
    assert ref.id == sendcloud_id
    after = client.get_order(sendcloud_id)
    assert after.order_details.notes == "Ring twice"
    assert after.order_details.order_items == client.get_order(sendcloud_id).order_details.order_items
    assert after.shipping_address == Order.model_validate(raw).shipping_address  # untouched
    with pytest.raises(InvalidRequestError, match="at least one field"):
        client.update_order(sendcloud_id, OrderUpdate())


def test_update_unknown_line_is_a_bad_request(client: SendcloudClient, simulator: Simulator) -> None:
    changes = OrderUpdate.model_validate(
        {"order_details": {"order_items": [{"name": "No such line", "quantity": 1}]}}
    )
    with pytest.raises(BadRequestError, match="Could not find specified item"):
        client.update_order(int(seed_order(simulator)["id"]), changes)


def test_delete_order_then_it_is_gone(client: SendcloudClient, simulator: Simulator) -> None:
    sendcloud_id = int(seed_order(simulator, 3)["id"])
    client.delete_order(sendcloud_id)
    with pytest.raises(NotFoundError, match="not found"):
        client.get_order(sendcloud_id)
    with pytest.raises(NotFoundError):
        client.delete_order(sendcloud_id)
    assert simulator.count("DELETE", "/orders/{id}") == 2  # a 404 is never retried


# ---------------------------------------------------------------------------------- list filters


def test_list_by_order_number_is_case_insensitive(
    shared_client: SendcloudClient, shared_simulator: Simulator
) -> None:
    number = shared_simulator.shippable_order_numbers()[0]
    page = shared_client.list_orders(order_number=number.swapcase())
    assert [o.order_number for o in page.items] == [number]
    assert page.next_url is None
    assert shared_client.list_orders(order_number="NO-SUCH-ORDER").items == ()


def test_list_by_order_id_and_status(shared_client: SendcloudClient, shared_simulator: Simulator) -> None:
    raw = seed_order(shared_simulator, 5)
    assert [o.id for o in shared_client.list_orders(order_id=raw["order_id"]).items] == [raw["id"]]
    status = raw["order_details"]["status"]["code"]
    expected = {
        o["id"] for o in shared_simulator.seed_data.orders if o["order_details"]["status"]["code"] == status
    }
    assert {o.id for o in shared_client.iter_orders(status=status.upper())} == expected


def test_list_by_one_or_several_integrations(
    shared_client: SendcloudClient, shared_simulator: Simulator
) -> None:
    ids = [int(i["id"]) for i in shared_simulator.seed_data.integrations]
    orders = shared_simulator.seed_data.orders
    for integration in ids:
        got = {o.id for o in shared_client.iter_orders(integration=integration)}
        assert got == {o["id"] for o in orders if o["order_details"]["integration"]["id"] == integration}
    pair = ids[:2]
    got = {o.id for o in shared_client.iter_orders(integration=pair)}
    assert got == {o["id"] for o in orders if o["order_details"]["integration"]["id"] in pair}
    with pytest.raises(BadRequestError, match="not one of the available choices") as caught:
        shared_client.list_orders(integration=123456)
    assert caught.value.errors[0].source is not None
    assert caught.value.errors[0].source.parameter == "integration"


def test_list_by_dates(shared_client: SendcloudClient, shared_simulator: Simulator) -> None:
    orders = shared_simulator.seed_data.orders
    days = sorted({o["order_details"]["order_created_at"][:10] for o in orders})
    middle = date.fromisoformat(days[len(days) // 2])

    def created(o: dict[str, Any]) -> date:
        return date.fromisoformat(o["order_details"]["order_created_at"][:10])

    on_day = {o.id for o in shared_client.iter_orders(order_created_at=middle)}
    assert on_day == {o["id"] for o in orders if created(o) == middle}
    since = {o.id for o in shared_client.iter_orders(order_created_at_min=middle)}
    assert since == {o["id"] for o in orders if created(o) >= middle}
    until = {o.id for o in shared_client.iter_orders(order_created_at_max=middle)}
    assert until == {o["id"] for o in orders if created(o) <= middle}
    updated = list(
        shared_client.iter_orders(
            order_updated_at_min=date(2000, 1, 1), order_updated_at_max=date(2100, 1, 1)
        )
    )
    assert len(updated) == len(orders)
    assert list(shared_client.iter_orders(order_updated_at=date(1999, 1, 1))) == []


def test_list_filters_are_checked_before_sending(shared_client: SendcloudClient) -> None:
    with pytest.raises(InvalidRequestError, match="whole days"):
        shared_client.list_orders(order_created_at=datetime(2024, 1, 1, 12, 0))
    with pytest.raises(InvalidRequestError, match="1 to 200"):
        shared_client.list_orders(page_size=201)
    with pytest.raises(InvalidRequestError, match="1 to 200"):
        shared_client.list_orders(page_size=0)
    with pytest.raises(InvalidRequestError, match="cannot be sorted by 'colour'"):
        shared_client.list_orders(sort="colour")
    with pytest.raises(InvalidRequestError):
        shared_client.list_orders(integration=[])


def test_invalid_cursor_is_not_found(shared_client: SendcloudClient) -> None:
    with pytest.raises(NotFoundError, match="Invalid cursor"):
        shared_client.list_orders(cursor="bm9wZQ==")


# ------------------------------------------------------------------------------------ pagination


def test_page_links_and_cursor(shared_client: SendcloudClient, shared_simulator: Simulator) -> None:
    first = shared_client.list_orders(page_size=10, sort="pk")
    assert len(first.items) == 10
    assert first.prev_url is None
    assert first.next_url is not None
    assert first.next_url.startswith(shared_simulator.base_url)
    assert first.next_cursor is not None
    second = shared_client.list_orders(page_size=10, sort="pk", cursor=first.next_cursor)
    assert second.prev_cursor is not None
    assert [int(str(o.id)) for o in first.items + second.items] == sorted(
        int(o["id"]) for o in shared_simulator.seed_data.orders
    )[:20]


def _expected_ids(orders: list[dict[str, Any]], sort: str | None) -> list[str]:
    """The simulator's documented order: the sort field, then pk in the same direction."""
    name = (sort or "-pk").lstrip("-")
    descending = (sort or "-pk").startswith("-")

    def key(o: dict[str, Any]) -> tuple[Any, ...]:
        return (int(o["id"]),) if name == "pk" else (str(o[name]), int(o["id"]))

    return [o["id"] for o in sorted(orders, key=key, reverse=descending)]


@settings(deadline=None, max_examples=25)
@given(
    page_size=st.integers(min_value=1, max_value=200),
    sort=st.sampled_from([None, "pk", "-pk", "order_number", "-order_number"]),
)
def test_iter_orders_yields_every_order_exactly_once_in_sort_order(
    shared_client: SendcloudClient, shared_simulator: Simulator, page_size: int, sort: str | None
) -> None:
    ids = [str(o.id) for o in shared_client.iter_orders(page_size=page_size, sort=sort)]
    assert ids == _expected_ids(shared_simulator.seed_data.orders, sort)
    assert len(set(ids)) == len(ids)


def test_iter_orders_follows_link_with_the_filters(credentials: ApiCredentials) -> None:
    """The next link carries the filters: every page is filtered, and each is requested once."""
    config = SimulatorConfig(public_key=credentials.public_key, secret_key=credentials.secret_key)
    with Simulator(config) as sim, http_client() as http:
        client = make_client(http, sim.base_url, credentials, SleepRecorder())
        integration = int(sim.seed_data.integrations[0]["id"])
        expected = [o for o in sim.seed_data.orders if o["order_details"]["integration"]["id"] == integration]
        got = list(client.iter_orders(integration=integration, page_size=3))
        assert len(got) == len(expected)
        assert sim.count("GET", "/orders") == -(-len(expected) // 3)
