"""The simulator's Sendcloud semantics, spoken to with bare httpx over loopback."""

from __future__ import annotations

import base64
import copy
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator, SimulatorConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

SYNC = "/orders/create-label-sync"


@pytest.fixture
def http(simulator: Simulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        trust_env=False, base_url=simulator.base_url, auth=(TEST_PUBLIC_KEY, TEST_SECRET_KEY), timeout=5
    ) as client:
        yield client


def _order(simulator: Simulator, order_number: str) -> dict[str, Any]:
    return next(o for o in simulator.seed_data.orders if o["order_number"] == order_number)


def _ship(http: httpx.Client, order: dict[str, Any], **extra: Any) -> httpx.Response:
    selector = {"order_number": order["order_number"], **extra.pop("selector", {})}
    body = {
        "integration_id": order["order_details"]["integration"]["id"],
        "order": selector,
        "label_details": extra.pop("label_details", {"mime_type": "application/zpl", "dpi": 203}),
        **extra,
    }
    return http.post(SYNC, json=body)


def _label_text(response: httpx.Response) -> str:
    return base64.b64decode(response.json()["data"][0]["label"]["file"]).decode()


def _new_order(simulator: Simulator, order_id: str, number: str) -> dict[str, Any]:
    order = copy.deepcopy(simulator.seed_data.orders[0])
    order.pop("id")
    order.pop("created_at", None)
    order.pop("modified_at", None)
    order["order_id"] = order_id
    order["order_number"] = number
    return order


def test_wrong_or_missing_credentials_get_the_documented_401(simulator: Simulator) -> None:
    missing = httpx.get(f"{simulator.base_url}/orders")
    assert missing.status_code == 401
    assert missing.json()["errors"][0]["title"] == "No credentials"
    wrong = httpx.get(f"{simulator.base_url}/orders", auth=(TEST_PUBLIC_KEY, "nope"))
    assert wrong.json()["errors"][0]["code"] == "authentication_failed"
    assert wrong.json()["errors"][0]["status"] == "401"


def test_upsert_is_all_or_nothing_with_the_failing_index(simulator: Simulator, http: httpx.Client) -> None:
    good = _new_order(simulator, "NEW-1", "NEW-ONE")
    bad = _new_order(simulator, "NEW-2", "NEW-TWO")
    bad["order_details"]["integration"]["id"] = 99999
    response = http.post("/orders", json=[good, bad])
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["source"]["pointer"] == "/data/attributes/[1]/order_details/integration/id"
    assert "99999 does not exist" in error["detail"]
    assert http.get("/orders", params={"order_number": "NEW-ONE"}).json()["data"] == []


def test_upsert_rules_id_string_immutable_order_id_and_batch_limit(
    simulator: Simulator, http: httpx.Client
) -> None:
    existing = simulator.seed_data.orders[0]
    as_int = _new_order(simulator, existing["order_id"], existing["order_number"]) | {
        "id": int(existing["id"])
    }
    assert (
        http.post("/orders", json=[as_int]).json()["errors"][0]["source"]["pointer"]
        == "/data/attributes/[0]/id"
    )
    renamed = _new_order(simulator, "CHANGED", existing["order_number"]) | {"id": existing["id"]}
    assert "cannot be changed" in http.post("/orders", json=[renamed]).json()["errors"][0]["detail"]
    too_many = [_new_order(simulator, f"B-{i}", f"B-{i}") for i in range(101)]
    assert "at most 100 items, not 101" in http.post("/orders", json=too_many).json()["errors"][0]["detail"]
    assert http.post("/orders", json={"not": "a list"}).json()["errors"][0]["code"] == "non_field_errors"


def test_new_orders_appear_only_after_the_save_delay_and_block_concurrent_updates() -> None:
    config = SimulatorConfig(public_key="p", secret_key="s", order_save_delay=0.3)
    with (
        Simulator(config) as sim,
        httpx.Client(trust_env=False, base_url=sim.base_url, auth=("p", "s")) as http,
    ):
        order = _new_order(sim, "LATE-1", "LATE-ONE")
        created = http.post("/orders", json=[order])
        assert created.status_code == 201
        assert isinstance(created.json()["data"][0]["id"], int)
        assert http.get("/orders", params={"order_number": "late-one"}).json()["data"] == []
        again = http.post("/orders", json=[order])
        assert again.status_code == 400
        assert "still processing" in again.json()["errors"][0]["detail"]
        time.sleep(0.35)  # the configured save delay itself is what is under test
        assert len(http.get("/orders", params={"order_number": "late-one"}).json()["data"]) == 1


def test_list_filters_sorting_and_link_paging(simulator: Simulator, http: httpx.Client) -> None:
    order = simulator.seed_data.orders[5]
    found = http.get("/orders", params={"order_number": order["order_number"].swapcase()}).json()["data"]
    assert [o["id"] for o in found] == [order["id"]]
    integration = order["order_details"]["integration"]["id"]
    in_integration = http.get("/orders", params={"integration": integration, "page_size": 200}).json()["data"]
    assert {o["order_details"]["integration"]["id"] for o in in_integration} == {integration}
    ascending = http.get("/orders", params={"sort": "order_number", "page_size": 200}).json()["data"]
    numbers = [o["order_number"] for o in ascending]
    assert numbers == sorted(numbers)
    first = http.get("/orders", params={"page_size": 7})
    assert len(first.json()["data"]) == 7
    assert 'rel="next"' in first.headers["link"]
    next_url = first.links["next"]["url"]
    second = http.get(next_url)
    assert 'rel="prev"' in second.headers["link"]
    assert {o["id"] for o in second.json()["data"]}.isdisjoint(o["id"] for o in first.json()["data"])
    assert http.get("/orders", params={"cursor": "not-a-cursor"}).status_code == 404
    assert http.get("/orders", params={"page_size": 201}).status_code == 400
    assert (
        http.get("/orders", params={"integration": "12345678"}).json()["errors"][0]["code"]
        == "invalid_choice"
    )


def test_patch_merges_and_delete_removes(simulator: Simulator, http: httpx.Client) -> None:
    order = simulator.seed_data.orders[3]
    patched = http.patch(f"/orders/{order['id']}", json={"shipping_address": {"house_number": "99b"}})
    assert patched.status_code == 200
    assert http.get(f"/orders/{order['id']}").json()["data"]["shipping_address"]["house_number"] == "99b"
    unknown_line = {"order_details": {"order_items": [{"name": "No such line", "quantity": 2}]}}
    assert http.patch(f"/orders/{order['id']}", json=unknown_line).status_code == 400
    assert http.delete(f"/orders/{order['id']}").status_code == 204
    assert http.get(f"/orders/{order['id']}").status_code == 404


def test_sync_label_answers_in_the_documented_example_shape(simulator: Simulator, http: httpx.Client) -> None:
    order = _order(simulator, simulator.shippable_order_numbers()[0])
    response = _ship(http, order, label_details={"mime_type": "image/png", "dpi": 150})
    assert response.status_code == 201
    [item] = response.json()["data"]  # an array, with the file under "label" (api-notes §7.1)
    assert item["label"]["mime_type"] == "image/png"
    assert item["label"]["dpi"] == 150
    assert base64.b64decode(item["label"]["file"]).startswith(b"\x89PNG")
    assert item["documents"][0]["link"].endswith(f"/parcels/{item['parcel_id']}/documents/label")
    assert simulator.count("POST", SYNC) == 1
    assert simulator.labels_created() == 1


@pytest.mark.parametrize(
    ("mime_type", "dpi"),
    [("application/pdf", 300), ("image/png", 72), ("image/png", 203), ("text/plain", 72)],
)
def test_invalid_mime_dpi_pairs_are_refused(
    simulator: Simulator, http: httpx.Client, mime_type: str, dpi: int
) -> None:
    order = _order(simulator, simulator.shippable_order_numbers()[0])
    response = _ship(http, order, label_details={"mime_type": mime_type, "dpi": dpi})
    assert response.status_code == 400
    assert simulator.labels_created() == 0


def test_unshippable_orders_say_which_field_is_wrong(simulator: Simulator, http: httpx.Client) -> None:
    for number, reason in simulator.seed_data.unshippable_reasons.items():
        response = _ship(http, _order(simulator, number))
        assert response.status_code == 400
        error = response.json()["errors"][0]
        assert error["code"] == "validation_error"
        field = "house_number" if reason == "missing_house_number" else "country_code"
        assert error["source"]["pointer"].endswith(field)
    assert simulator.labels_created() == 0


def test_every_request_field_shows_on_the_label(simulator: Simulator, http: httpx.Client) -> None:
    order = _order(simulator, simulator.shippable_order_numbers()[0])
    plain = _label_text(_ship(http, order))
    brand = simulator.seed_data.brands[1]
    sender = simulator.seed_data.sender_addresses[-1]
    option = next(o for o in simulator.seed_data.shipping_options if o["carrier"]["code"] == "dhl")
    branded = _label_text(
        _ship(
            http,
            order,
            brand_id=brand["id"],
            sender_address_id=sender["id"],
            ship_with={
                "type": "shipping_option_code",
                "properties": {"shipping_option_code": option["code"]},
            },
        )
    )
    assert brand["name"] not in plain
    assert brand["name"] in branded
    assert sender["city"] in branded
    assert option["carrier"]["name"] in branded


def test_shipping_method_priority_rules_then_ship_with_then_order_then_defaults(
    simulator: Simulator, http: httpx.Client
) -> None:
    backend = simulator.backend
    defaults = simulator.seed_data.shipping_defaults.shipping_option_code
    plain = next(
        o
        for o in simulator.seed_data.orders
        if o["order_number"] in simulator.shippable_order_numbers()
        and not (o.get("shipping_details") or {}).get("ship_with")
    )
    assert _ship(http, plain).status_code == 201
    assert backend.parcels()[-1].shipping_option["code"] == defaults
    chosen = next(
        o["code"]
        for o in simulator.seed_data.shipping_options
        if o["code"] != defaults and o["carrier"]["code"] == "dpd"
    )
    ship_with = {"type": "shipping_option_code", "properties": {"shipping_option_code": chosen}}
    assert _ship(http, plain, ship_with=ship_with).status_code == 201
    assert backend.parcels()[-1].shipping_option["code"] == chosen
    ruled = next(
        (o, r)
        for o in simulator.seed_data.orders
        if o["order_number"] in simulator.shippable_order_numbers()
        for r in simulator.seed_data.shipping_rules[:1]
        if r.matches(o)
    )
    order, rule = ruled
    assert _ship(http, order, selector={"apply_shipping_rules": True}, ship_with=ship_with).status_code == 201
    assert backend.parcels()[-1].shipping_option["code"] == rule.shipping_option_code


def test_async_labels_fail_gracefully_and_are_served_after_the_document_delay() -> None:
    config = SimulatorConfig(public_key="p", secret_key="s", document_delay=0.3)
    with (
        Simulator(config) as sim,
        httpx.Client(trust_env=False, base_url=sim.base_url, auth=("p", "s")) as http,
    ):
        good = _order(sim, sim.shippable_order_numbers()[0])
        integration = good["order_details"]["integration"]["id"]
        body = {
            "integration_id": integration,
            "orders": [{"order_number": good["order_number"]}, {"order_number": "NOT-THERE"}],
        }
        response = http.post("/orders/create-labels-async", json=body)
        assert response.status_code == 202
        [created] = response.json()["data"]
        [error] = response.json()["errors"]
        assert error["source"]["pointer"] == "/data/attributes/orders/[1]"
        document = f"/parcels/{created['parcel_id']}/documents/label"
        assert http.get(document, headers={"Accept": "application/pdf"}).status_code == 404
        time.sleep(0.35)  # the configured document delay itself is what is under test
        ready = http.get(document, headers={"Accept": "application/pdf"}, params={"dpi": 72})
        assert ready.status_code == 200
        assert ready.headers["content-type"] == "application/pdf"
        assert ready.content.startswith(b"%PDF")
        too_many = {"integration_id": integration, "orders": [{"order_number": f"X{i}"} for i in range(21)]}
        assert http.post("/orders/create-labels-async", json=too_many).status_code == 400


def test_native_zpl_labels_stay_zpl_and_bulk_documents_combine(
    simulator: Simulator, http: httpx.Client
) -> None:
    numbers = simulator.shippable_order_numbers()[:2]
    parcel_ids = [_ship(http, _order(simulator, n)).json()["data"][0]["parcel_id"] for n in numbers]
    single = http.get(f"/parcels/{parcel_ids[0]}/documents/label", headers={"Accept": "application/pdf"})
    assert single.headers["content-type"] == "application/zpl"  # native ZPL cannot be converted
    both = http.get(
        "/parcel-documents/label", params={"parcels": parcel_ids}, headers={"Accept": "application/zpl"}
    )
    assert both.content.count(b"^XA") == 2
    assert http.get("/parcels/1/documents/label").status_code == 404
    assert http.get(f"/parcels/{parcel_ids[0]}/documents/nonsense").status_code == 400


def test_shipments_list_what_was_shipped_per_order(simulator: Simulator, http: httpx.Client) -> None:
    number = simulator.shippable_order_numbers()[0]
    assert http.get("/shipments", params={"order_number": number}).json()["data"] == []
    parcel_id = _ship(http, _order(simulator, number)).json()["data"][0]["parcel_id"]
    [shipment] = http.get("/shipments", params={"order_number": number.upper()}).json()["data"]
    assert shipment["parcels"][0]["id"] == parcel_id


def test_fault_targets_one_order_and_is_used_up(simulator: Simulator, http: httpx.Client) -> None:
    first, second = (_order(simulator, n) for n in simulator.shippable_order_numbers()[:2])
    simulator.faults.add(Fault(FaultKind.STATUS, path=SYNC, order_number=first["order_number"], status=503))
    assert _ship(http, second).status_code == 201
    assert _ship(http, first).status_code == 503
    assert _ship(http, first).status_code == 201
    assert simulator.count("POST", SYNC) == 3


def test_a_lost_response_still_created_the_parcel(simulator: Simulator, http: httpx.Client) -> None:
    order = _order(simulator, simulator.shippable_order_numbers()[0])
    simulator.faults.add(Fault(FaultKind.RESET, path=SYNC, after_processing=True))
    with pytest.raises(httpx.TransportError):
        _ship(http, order)
    assert simulator.labels_created() == 1
    assert http.get("/shipments", params={"order_number": order["order_number"]}).json()["data"]


def test_recording_keeps_every_exchange() -> None:
    with Simulator(SimulatorConfig(public_key="p", secret_key="s", record=True)) as sim:
        httpx.get(f"{sim.base_url}/integrations", auth=("p", "s"))
        [exchange] = sim.exchanges()
    assert exchange.path_template == "/integrations"
    assert exchange.status == 200
    assert exchange.response_headers["content-type"] == "application/json"


def _tracking_of_first_label(config: SimulatorConfig, order_index: int) -> tuple[int, str]:
    with (
        Simulator(config) as simulator,
        httpx.Client(
            base_url=simulator.base_url, auth=(config.public_key, config.secret_key), timeout=5
        ) as http,
    ):
        order = _order(simulator, simulator.shippable_order_numbers()[order_index])
        response = _ship(http, order)
        assert response.status_code == 201
        [item] = response.json()["data"]
        return int(item["parcel_id"]), str(item["tracking_number"])


def test_parcel_and_tracking_numbers_go_on_when_the_simulator_restarts_on_the_same_folder(
    tmp_path: Path,
) -> None:
    config = SimulatorConfig(public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY)
    kept = SimulatorConfig(
        public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY, state_file=tmp_path / "s.json"
    )
    # In memory (tests, `packstation simulator`), every start begins again at the first number…
    assert _tracking_of_first_label(config, 0) == _tracking_of_first_label(config, 1)
    # …with a state file, a restart goes on where the last run stopped.
    first = [_tracking_of_first_label(kept, index) for index in range(3)]
    assert [parcel for parcel, _ in first] == [first[0][0], first[0][0] + 1, first[0][0] + 2]
    assert len({tracking for _, tracking in first}) == 3


def test_two_simulators_on_one_folder_never_give_the_same_parcel_number(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    first = Simulator(SimulatorConfig(state_file=state))
    second = Simulator(SimulatorConfig(state_file=state))
    assert first.counters is not None
    assert second.counters is not None
    taken = [
        counter.take("next_parcel_id", 1) for _ in range(5) for counter in (first.counters, second.counters)
    ]
    assert taken == list(range(1, 11))


def test_a_damaged_state_file_stops_the_simulator_at_start_with_the_fix(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    state.write_text('{"next_parcel_id": "x"}')
    with pytest.raises(PackstationError, match="--reset") as caught:
        Simulator(SimulatorConfig(state_file=state))
    assert caught.value.code == ErrorCode.TRAINING_STATE_DAMAGED
