"""End to end: the real client drives the recording simulator through every operation it uses
(happy paths, typical 4xx, and injected 429/5xx), and every recorded request and response is
validated against Sendcloud's OpenAPI files. Only the deviations in docs/api-deviations.md pass."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    AsyncOrder,
    AuthenticationError,
    BadRequestError,
    CancelRefusedError,
    LabelOutcomeUnknownError,
    LabelParcel,
    NotFoundError,
    Order,
    OrderUpdate,
    ParcelItem,
    RetryPolicy,
    SendcloudClient,
    ShippingOptionsRequest,
    StrDimensions,
    StrWeight,
    http_client,
)
from packstation.training.faults import Fault, FaultKind
from packstation.training.recording import Exchange
from packstation.training.simulator import Simulator, SimulatorConfig

from .openapi import DEVIATIONS, ContractValidator, Violation, assert_exchanges_conform, require_spec_dir

PUBLIC, SECRET = "pk-contract", "sk-contract-secret"
TIMEOUT = httpx.Timeout(10.0, connect=2.0)

# Every operation the client calls (method, path template below /api/v3).
CLIENT_OPERATIONS = frozenset(
    {
        ("POST", "/orders"),
        ("GET", "/orders"),
        ("GET", "/orders/{id}"),
        ("PATCH", "/orders/{id}"),
        ("DELETE", "/orders/{id}"),
        ("POST", "/orders/create-label-sync"),
        ("POST", "/orders/create-labels-async"),
        ("GET", "/parcels/{id}/documents/{type}"),
        ("GET", "/parcel-documents/{type}"),
        ("GET", "/shipments"),
        ("POST", "/shipments/{id}/cancel"),
        ("GET", "/integrations"),
        ("GET", "/addresses/sender-addresses"),
        ("GET", "/contracts"),
        ("POST", "/shipping-options"),
    }
)


@dataclass(frozen=True)
class Recording:
    exchanges: list[Exchange]
    violations: list[Violation]
    deviation_hits: Counter[str]
    statuses: dict[tuple[str, str], set[int]]  # operation → statuses seen


def make_client(http: httpx.Client, base_url: str, secret: str = SECRET) -> SendcloudClient:
    """The production client; retries are real but never sleep."""
    return SendcloudClient(
        http,
        ApiCredentials(PUBLIC, secret),
        base_url=base_url,
        timeout=TIMEOUT,
        label_timeout=TIMEOUT,
        retry=RetryPolicy(max_attempts=3, backoff_base=0.01, sleep=lambda _seconds: None, jitter=lambda: 0.5),
    )


# ---------------------------------------------------------------------------------- the drive


class Scenario:
    """What the client does against one simulator; each step checks it got the answer it aimed for."""

    def __init__(self, client: SendcloudClient, sim: Simulator) -> None:
        self.client = client
        self.sim = sim
        self.orders = sim.seed_data.orders
        self._unused = list(sim.shippable_order_numbers())

    def fresh(self, where: Any = None) -> str:
        """A shippable order number not shipped yet in this run (optionally matching `where`)."""
        number = next(n for n in self._unused if where is None or where(n))
        self._unused.remove(number)
        return number

    def integration_of(self, order_number: str) -> int:
        order = next(o for o in self.orders if o["order_number"] == order_number)
        return int(order["order_details"]["integration"]["id"])

    def raw_order(self, order_number: str) -> dict[str, Any]:
        return next(o for o in self.orders if o["order_number"] == order_number)

    def settings_lists(self) -> None:
        client = self.client
        assert client.list_integrations()
        assert client.list_integrations(sort="-created_at")
        assert client.list_sender_addresses()
        contracts = client.list_contracts()
        assert contracts
        client.list_contracts(carrier_code="postnl", is_active=True, page_size=50)
        options = client.shipping_options(
            ShippingOptionsRequest(from_country_code="NL", to_country_code="NL")
        )
        assert options.options
        nothing = client.shipping_options(ShippingOptionsRequest(carrier_code="no-such-carrier"))
        assert not nothing.options

    def orders_api(self) -> None:
        client = self.client
        integrations = sorted({int(o["order_details"]["integration"]["id"]) for o in self.orders})
        first = client.list_orders(page_size=2)
        assert first.items
        assert first.next_url
        assert sum(1 for _ in client.iter_orders(page_size=50)) == len(self.orders)
        number = self.orders[0]["order_number"]
        assert client.list_orders(
            integration=integrations[:2], order_number=number, sort="-order_number"
        ).items
        client.list_orders(integration=integrations[0], status="unshipped", sort=["order_created_at", "-pk"])
        with pytest.raises(BadRequestError):
            client.list_orders(integration=999_999)
        with pytest.raises(NotFoundError):
            client.list_orders(cursor="bm8tc3VjaC1jdXJzb3I=")

        template = {k: v for k, v in self.orders[0].items() if k not in ("id", "created_at", "modified_at")}
        new = Order.model_validate({**template, "order_id": "contract-order-1", "order_number": "CONTRACT-1"})
        (ref,) = client.upsert_orders([new])
        order = client.get_order(ref.id)
        assert order.order_number == "CONTRACT-1"
        changes = OrderUpdate.model_validate(
            {"order_details": {"status": {"code": "fulfilled", "message": "Done"}}}
        )
        assert client.update_order(ref.id, changes).id == ref.id
        assert client.update_order_weight(ref.id, 1.25, "kg").id == ref.id  # the weighed parcel (issue 17)
        assert client.update_order_weight(ref.id, 2.5, "lbs").id == ref.id
        client.delete_order(ref.id)
        with pytest.raises(NotFoundError):
            client.get_order(ref.id)
        with pytest.raises(NotFoundError):
            client.update_order(ref.id, changes)
        with pytest.raises(NotFoundError):
            client.delete_order(ref.id)
        foreign = {**template["order_details"], "integration": {"id": 999_999}}
        with pytest.raises(BadRequestError):
            client.upsert_orders([Order.model_validate({**template, "order_details": foreign})])

    def ship_an_order(self) -> None:
        client = self.client
        number, other = self.fresh(), self.fresh()
        assert client.find_existing_labels(number) == []  # the "no label yet" lookup (empty search)
        label = client.create_label_sync(integration_id=self.integration_of(number), order_number=number)
        assert label.label.startswith(b"%PDF-")
        raw = self.raw_order(other)
        png = client.create_label_sync(
            integration_id=self.integration_of(other),
            order_number=other,
            order_id=raw["order_id"],  # both known: only order_id is sent (a oneOf selector)
            mime_type="image/png",
            dpi=150,
        )
        assert client.find_existing_labels(number)
        assert client.list_shipments(page_size=5).items

        with pytest.raises(NotFoundError):
            client.create_label_sync(integration_id=self.integration_of(number), order_number="NO-SUCH-ORDER")
        unshippable = self.sim.unshippable_order_numbers()
        assert unshippable
        with pytest.raises(BadRequestError):
            client.create_label_sync(
                integration_id=self.integration_of(unshippable[0]), order_number=unshippable[0]
            )

        # Async: Orders as listed (sent by order_id), one unknown order that fails gracefully,
        # and one the carrier refuses (its error names the order and the field).
        first_of_batch = self.fresh()
        integration = self.integration_of(first_of_batch)
        batch = [first_of_batch, self.fresh(lambda n: self.integration_of(n) == integration)]
        refused = self.fresh(lambda n: self.integration_of(n) == integration)
        self.sim.faults.add(
            Fault(FaultKind.REFUSE_ORDER, path="/orders/create-labels-async", order_number=refused)
        )
        listed = [
            client.list_orders(order_number=n, integration=integration).items[0] for n in [*batch, refused]
        ]
        result = client.create_labels_async([*listed, AsyncOrder(order_number="NO-SUCH-ORDER")])
        assert len(result.successes) == len(batch)
        assert [failure.request_index for failure in result.failures] == [2, 3]
        bad_address = next(
            n for n in self.sim.unshippable_order_numbers() if self.integration_of(n) == integration
        )
        field = client.create_labels_async([AsyncOrder(order_number=bad_address)], integration_id=integration)
        [error] = field.failures[0].errors
        assert error.pointer is not None
        assert error.pointer.startswith("/data/attributes/orders/[0]/to_address")

        # Multicollo (issue 18): one order in two parcels of one shipment, each parcel's items,
        # weight and dimensions; their labels are fetched per parcel below.
        multi = self.fresh(
            lambda n: (
                self.integration_of(n) == integration
                and len(self.raw_order(n)["order_details"]["order_items"]) >= 2
            )
        )
        lines = self.raw_order(multi)["order_details"]["order_items"]
        boxes = [
            LabelParcel(
                parcel_items=[
                    ParcelItem(item_id=line["item_id"], quantity=line["quantity"]) for line in part
                ],
                weight=StrWeight(value="1.250", unit="kg"),
                dimensions=StrDimensions(length="30", width="20", height="10", unit="cm"),
            )
            for part in (lines[:1], lines[1:])
        ]
        multicollo = client.create_labels_async(
            [AsyncOrder(order_number=multi, parcels=boxes)],
            integration_id=integration,
            shipping_option_code="postnl:standard",
        )
        [boxed] = multicollo.successes
        assert len(boxed.parcels_ids) == 2

        self.documents(
            [
                label.parcel_id,
                png.parcel_id,
                *(p for s in result.successes for p in s.parcels_ids),
                *boxed.parcels_ids,
            ]
        )
        self.cancel(number, other)

    def cancel(self, today: str, later: str) -> None:
        """Void two labels: one on the day it was made (200), one two days later (202); then the
        refusals: already being cancelled (409) and no such shipment (404)."""
        client = self.client
        [made_today] = client.find_existing_labels(today)
        assert client.cancel_shipment(made_today.shipment_id).cancelled
        with pytest.raises(CancelRefusedError):
            client.cancel_shipment(made_today.shipment_id)
        [made_before] = client.find_existing_labels(later)
        backend = self.sim.backend
        two_days_on = datetime.now(UTC) + timedelta(days=2)
        backend.wall_clock = lambda: two_days_on
        try:
            assert client.cancel_shipment(made_before.shipment_id).queued
        finally:
            backend.wall_clock = lambda: datetime.now(UTC)
        with pytest.raises(NotFoundError):
            client.cancel_shipment("999999999")

    def documents(self, parcel_ids: list[int]) -> None:
        client = self.client
        first = parcel_ids[0]
        assert client.get_parcel_document(first).content.startswith(b"%PDF-")
        assert client.get_parcel_document(first, mime_type="image/png", dpi=300).mime_type == "image/png"
        assert client.get_parcel_document(first, mime_type="application/zpl").mime_type == "application/zpl"
        client.get_parcel_document(first, paper_size="A4")
        abroad = self.fresh(self._needs_customs)
        made = client.create_label_sync(integration_id=self.integration_of(abroad), order_number=abroad)
        customs = client.get_parcel_document(made.parcel_id, "customs-declaration")
        assert customs.content.startswith(b"%PDF-")
        with pytest.raises(NotFoundError):
            client.get_parcel_document(first, "air-waybill")
        with pytest.raises(NotFoundError):
            client.get_parcel_document(999_999_999)
        assert client.get_parcel_documents_bulk(parcel_ids[:3]).content.startswith(b"%PDF-")
        client.get_parcel_documents_bulk(parcel_ids[:2], mime_type="application/zpl")
        with pytest.raises(NotFoundError):
            client.get_parcel_documents_bulk([999_999_999])

    def _needs_customs(self, order_number: str) -> bool:
        address = self.raw_order(order_number).get("shipping_address") or {}
        return address.get("country_code") in ("GB", "CH")

    def faults(self, wrong_keys: SendcloudClient) -> None:
        client, plan = self.client, self.sim.faults
        with pytest.raises(AuthenticationError):
            wrong_keys.list_integrations()
        # 429 with Retry-After, then success: the client honours it and retries.
        plan.add(Fault(FaultKind.STATUS, method="GET", path="/integrations", status=429, retry_after="1"))
        assert client.list_integrations()
        # 503 on the recovery lookup, then success.
        plan.add(Fault(FaultKind.STATUS, method="GET", path="/shipments", status=503, retry_after="2"))
        client.list_shipments(page_size=5)
        # 500 on a label call: outcome unknown, settled through GET /shipments (no parcel was made).
        number = self.fresh()
        plan.add(Fault(FaultKind.STATUS, method="POST", path="/orders/create-label-sync", status=500))
        with pytest.raises(LabelOutcomeUnknownError) as unknown:
            self.client.create_label_sync(integration_id=self.integration_of(number), order_number=number)
        assert self.client.settle_label_outcome(unknown.value).safe_to_retry


@pytest.fixture(scope="module")
def recording() -> Recording:
    directory = require_spec_dir()  # skip before starting anything when the spec files are absent
    with Simulator(SimulatorConfig(public_key=PUBLIC, secret_key=SECRET, record=True)) as sim:
        with http_client() as http:
            scenario = Scenario(make_client(http, sim.base_url), sim)
            scenario.settings_lists()
            scenario.orders_api()
            scenario.ship_an_order()
            scenario.faults(make_client(http, sim.base_url, secret="not-the-secret"))
        exchanges = sim.exchanges()
    validator = ContractValidator(directory)  # its own, so deviation_hits count this run only
    violations = validator.check_all(exchanges)
    statuses: dict[tuple[str, str], set[int]] = {}
    for exchange in exchanges:
        operation = validator.operation_of(exchange)
        key = (operation.method, operation.template) if operation else (exchange.method, exchange.path)
        statuses.setdefault(key, set()).add(exchange.status)
    return Recording(exchanges, violations, validator.deviation_hits, statuses)


# ------------------------------------------------------------------------------------ the tests


def test_every_request_and_response_conforms_to_the_spec(recording: Recording) -> None:
    assert len(recording.exchanges) >= 40
    if recording.violations:
        lines = "\n".join(f"  - {violation}" for violation in recording.violations)
        pytest.fail(
            f"{len(recording.violations)} contract violation(s) in {len(recording.exchanges)} exchanges "
            f"(allowed deviations: docs/api-deviations.md):\n{lines}",
            pytrace=False,
        )


def test_every_operation_of_the_client_was_exercised_with_success_and_failure(recording: Recording) -> None:
    assert set(recording.statuses) == CLIENT_OPERATIONS
    for operation, statuses in recording.statuses.items():
        assert any(200 <= s < 300 for s in statuses), operation
    failures = Counter(s for statuses in recording.statuses.values() for s in statuses if s >= 400)
    assert {400, 401, 404, 409, 429, 500, 503} <= set(failures)


def test_every_allowed_deviation_is_actually_needed(recording: Recording) -> None:
    """An allowance nothing needs is dead weight that could hide a future bug: remove it."""
    assert {d.id for d in DEVIATIONS} - set(recording.deviation_hits) == set()


def test_assert_exchanges_conform_accepts_the_recording_when_it_is_clean(recording: Recording) -> None:
    if recording.violations:
        pytest.skip("reported by test_every_request_and_response_conforms_to_the_spec")
    assert_exchanges_conform(recording.exchanges)


def test_the_same_recording_fails_once_a_field_breaks_the_contract(recording: Recording) -> None:
    """Guards against a vacuous pass: real recorded exchanges, each broken in one field."""
    validator = ContractValidator(require_spec_dir())

    def first(method: str, pattern: str, status: int) -> Exchange:
        return next(
            e
            for e in recording.exchanges
            if e.method == method and re.fullmatch(pattern, e.path) and e.status == status
        )

    def broken(exchange: Exchange, change: Any, *, request: bool = False) -> list[str]:
        body = json.loads(exchange.request_body if request else exchange.response_body)
        change(body)
        raw = json.dumps(body).encode()
        patched = replace(exchange, request_body=raw) if request else replace(exchange, response_body=raw)
        return [violation.message for violation in validator.check(patched)]

    sync = first("POST", "/api/v3/orders/create-label-sync", 201)
    assert validator.check(sync) == []
    assert broken(sync, lambda b: b["data"][0]["label"].update(file="not Base64!")) == [
        "response body: $.data.label_details.file: 'not Base64!' is not a 'byte'"
    ]
    order = first("GET", r"/api/v3/orders/\d+", 200)
    order_id = int(json.loads(order.response_body)["data"]["id"])
    assert broken(order, lambda b: b["data"].update(id=order_id)) == [
        f"response body: $.data.id: {order_id} is not of type 'string'"
    ]
    upsert = first("POST", "/api/v3/orders", 201)
    assert broken(upsert, lambda b: b[0]["order_details"]["integration"].update(id="94"), request=True) == [
        "request body: $[0].order_details.integration.id: '94' is not of type 'integer'"
    ]
