"""Voiding a label: POST /shipments/{id}/cancel, client and simulator over real HTTP.

The simulator follows Sendcloud's rules (S-SH, SC-CANCEL): cancelled at once on the day the label
was made, queued later, refused once cancelled, delivered or older than 42 days.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    CancelRefusedError,
    ExistingLabel,
    InvalidRequestError,
    NotFoundError,
    SendcloudClient,
    ServerError,
)
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator, SimulatorConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

from . import SleepRecorder, http_client, make_client

CANCEL = ("POST", "/shipments/{id}/cancel")


@pytest.fixture
def recording_simulator() -> Iterator[Simulator]:
    config = SimulatorConfig(public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY, record=True)
    with Simulator(config) as sim:
        yield sim


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(
    recording_simulator: Simulator, credentials: ApiCredentials, sleeps: SleepRecorder
) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, recording_simulator.base_url, credentials, sleeps)


def _labelled(client: SendcloudClient, sim: Simulator, index: int = 0) -> ExistingLabel:
    number = sim.shippable_order_numbers()[index]
    order = client.list_orders(order_number=number).items[0]
    client.create_label_sync(integration_id=order.order_details.integration.id, order_number=number)
    [label] = client.find_existing_labels(number)
    return label


def _status_of(client: SendcloudClient, label: ExistingLabel) -> str | None:
    assert label.order_number is not None
    [now] = client.find_existing_labels(label.order_number)
    return now.status


def test_on_the_day_of_creation_the_label_is_cancelled_at_once(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    label = _labelled(client, recording_simulator)
    result = client.cancel_shipment(label.shipment_id)
    assert result.cancelled
    assert not result.queued
    assert (result.status, result.http_status) == ("cancelled", 200)
    assert result.message == "Shipment has been cancelled"
    assert _status_of(client, label) == "CANCELLED"
    [cancelled] = client.find_existing_labels(label.order_number or "")
    assert cancelled.cancelled
    [request] = [e for e in recording_simulator.exchanges() if e.path_template == CANCEL[1]]
    assert request.request_body == b""  # the operation declares no body


def test_later_the_cancellation_is_queued(client: SendcloudClient, recording_simulator: Simulator) -> None:
    label = _labelled(client, recording_simulator, 1)
    later = datetime.now(UTC) + timedelta(days=1)
    recording_simulator.backend.wall_clock = lambda: later
    result = client.cancel_shipment(label.shipment_id)
    assert result.queued
    assert (result.status, result.http_status) == ("queued", 202)
    assert _status_of(client, label) == "CANCELLATION_REQUESTED"


def test_a_second_cancel_is_refused_with_sendcloud_s_reason(
    client: SendcloudClient, recording_simulator: Simulator, sleeps: SleepRecorder
) -> None:
    label = _labelled(client, recording_simulator, 2)
    client.cancel_shipment(label.shipment_id)
    with pytest.raises(CancelRefusedError) as refused:
        client.cancel_shipment(label.shipment_id)
    assert refused.value.status == 409
    assert refused.value.code == "sendcloud_cancel_refused"
    assert "already being cancelled" in refused.value.message
    assert refused.value.errors[0].detail == "This shipment is already being cancelled."
    assert recording_simulator.count(*CANCEL) == 2  # a 409 is not retried
    assert sleeps.calls == []


@pytest.mark.parametrize(
    ("status", "age_days", "reason"),
    [("DELIVERED", 0, "delivered"), ("READY_TO_SEND", 42, "42 days")],
)
def test_delivered_or_too_old_labels_cannot_be_cancelled(
    client: SendcloudClient, recording_simulator: Simulator, status: str, age_days: int, reason: str
) -> None:
    label = _labelled(client, recording_simulator, 3)
    [parcel] = recording_simulator.backend.parcels()
    parcel.status_code = status
    later = datetime.now(UTC) + timedelta(days=age_days)
    recording_simulator.backend.wall_clock = lambda: later
    with pytest.raises(CancelRefusedError) as refused:
        client.cancel_shipment(label.shipment_id)
    assert reason in refused.value.message
    assert parcel.status_code == status


def test_41_days_on_a_label_can_still_be_cancelled(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    label = _labelled(client, recording_simulator, 4)
    later = datetime.now(UTC) + timedelta(days=41)
    recording_simulator.backend.wall_clock = lambda: later
    assert client.cancel_shipment(label.shipment_id).queued


def test_an_unknown_shipment_is_not_found(client: SendcloudClient) -> None:
    with pytest.raises(NotFoundError) as missing:
        client.cancel_shipment("424242")
    assert "no shipment 424242" in missing.value.message


def test_a_rate_limit_is_waited_out_but_a_server_error_is_not_repeated(
    client: SendcloudClient, recording_simulator: Simulator, sleeps: SleepRecorder
) -> None:
    label = _labelled(client, recording_simulator, 5)
    recording_simulator.faults.add(Fault(FaultKind.STATUS, path=CANCEL[1], status=429, retry_after="1"))
    assert client.cancel_shipment(label.shipment_id).cancelled
    assert sleeps.calls == [1.0]
    other = _labelled(client, recording_simulator, 6)
    recording_simulator.reset_counts()
    recording_simulator.faults.add(Fault(FaultKind.STATUS, path=CANCEL[1], status=500))
    with pytest.raises(ServerError):
        client.cancel_shipment(other.shipment_id)
    assert recording_simulator.count(*CANCEL) == 1


@pytest.mark.parametrize("shipment_id", ["", "  ", "12/../34", "a\nb"])
def test_a_shipment_id_that_cannot_be_one_is_refused_before_sending(
    client: SendcloudClient, recording_simulator: Simulator, shipment_id: str
) -> None:
    with pytest.raises(InvalidRequestError):
        client.cancel_shipment(shipment_id)
    assert recording_simulator.count(*CANCEL) == 0
