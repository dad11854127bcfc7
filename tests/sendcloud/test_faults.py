"""Every simulator fault kind, the retry rules, and the never-retry-a-label rule."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from email.utils import formatdate

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import (
    AsyncOrder,
    AuthenticationError,
    CarrierRefusedError,
    LabelOutcomeUnknownError,
    MalformedResponseError,
    NetworkError,
    Order,
    OrderUpdate,
    RateLimitedError,
    RequestTimeoutError,
    SendcloudClient,
    ServerError,
)
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator

from . import SHORT_TIMEOUT, SleepRecorder, http_client, make_client

SYNC = "/orders/create-label-sync"
ASYNC = "/orders/create-labels-async"
NOW = 1_700_000_000.0  # the test RetryPolicy's clock
FIRST_BACKOFF = 0.0075  # backoff_base 0.01, jitter 0.5: 0.01/2 + 0.5 * 0.01/2


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def client(
    simulator: Simulator, credentials: ApiCredentials, sleeps: SleepRecorder
) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, simulator.base_url, credentials, sleeps)


def integration_of(sim: Simulator, order_number: str) -> int:
    raw = next(o for o in sim.seed_data.orders if o["order_number"] == order_number)
    return int(raw["order_details"]["integration"]["id"])


def shippable(sim: Simulator, index: int = 0) -> tuple[str, int]:
    number = sim.shippable_order_numbers()[index]
    return number, integration_of(sim, number)


def make_label(client: SendcloudClient, sim: Simulator, index: int = 0) -> None:
    number, integration = shippable(sim, index)
    client.create_label_sync(integration_id=integration, order_number=number)


def any_order(sim: Simulator) -> Order:
    return Order.model_validate(sim.seed_data.orders[0])


# ------------------------------------------------------------------------------------- latency


def test_latency_within_the_timeout_is_just_slow(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.LATENCY, method="GET", path="/orders", delay=0.05))
    assert client.list_orders(page_size=1).items
    assert simulator.count("GET", "/orders") == 1
    assert sleeps.calls == []


def test_latency_past_the_timeout_is_retried_for_reads(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    sendcloud_id = int(simulator.seed_data.orders[0]["id"])
    simulator.faults.add(Fault(FaultKind.LATENCY, method="GET", path="/orders/{id}", delay=1.0))
    assert client.get_order(sendcloud_id, timeout=SHORT_TIMEOUT).sendcloud_id == sendcloud_id
    assert simulator.count("GET", "/orders/{id}") == 2
    assert sleeps.calls == [FIRST_BACKOFF]


# ------------------------------------------------------------------------------------------ 429


def test_429_honours_retry_after_seconds(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/orders", status=429, retry_after="2"))
    assert client.list_orders(page_size=1).items
    assert sleeps.calls == [2.0]
    assert simulator.count("GET", "/orders") == 2


def test_429_honours_retry_after_http_date(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    when = formatdate(NOW + 3, usegmt=True)
    simulator.faults.add(
        Fault(FaultKind.STATUS, method="GET", path="/integrations", status=429, retry_after=when)
    )
    assert client.list_integrations()
    assert sleeps.calls == [3.0]


def test_429_without_retry_after_backs_off_with_jitter(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/contracts", status=429, times=2))
    assert client.list_contracts()
    assert sleeps.calls == [FIRST_BACKOFF, 2 * FIRST_BACKOFF]
    assert simulator.count("GET", "/contracts") == 3


def test_429_attempts_are_bounded(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(
        Fault(FaultKind.STATUS, method="GET", path="/orders", status=429, retry_after="1", times=None)
    )
    with pytest.raises(RateLimitedError, match="Wait 1 second and try again") as caught:
        client.list_orders()
    assert caught.value.retry_after == 1.0
    assert caught.value.status == 429
    assert caught.value.errors[0].status == "429"  # sent as an integer, read as text
    assert simulator.count("GET", "/orders") == 3
    assert sleeps.calls == [1.0, 1.0]


@pytest.mark.parametrize(
    ("retry_after", "advice"),
    [
        ("0", "Try again in a moment."),
        ("0.4", "Try again in a moment."),
        ("1.5", "Wait 2 seconds and try again."),
        (None, "Wait a minute and try again."),
    ],
)
def test_429_advice_never_says_wait_0_seconds(
    client: SendcloudClient, simulator: Simulator, retry_after: str | None, advice: str
) -> None:
    simulator.faults.add(
        Fault(FaultKind.STATUS, method="GET", path="/orders", status=429, retry_after=retry_after, times=None)
    )
    with pytest.raises(RateLimitedError) as caught:
        client.list_orders()
    assert caught.value.message.endswith(f"(429). {advice}")


def test_429_asking_for_too_long_a_wait_is_not_waited_for(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/orders", status=429, retry_after="120"))
    with pytest.raises(RateLimitedError, match="Wait 120 seconds") as caught:
        client.list_orders()
    assert caught.value.retry_after == 120.0
    assert sleeps.calls == []
    assert simulator.count("GET", "/orders") == 1


@pytest.mark.parametrize("path", [SYNC, "/orders"])
def test_429_is_retried_even_for_writes_and_labels(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder, path: str
) -> None:
    """A 429 means Sendcloud did not process the request, so repeating it cannot duplicate anything."""
    simulator.faults.add(Fault(FaultKind.STATUS, method="POST", path=path, status=429, retry_after="0.5"))
    if path == SYNC:
        make_label(client, simulator)
        assert simulator.labels_created() == 1
    else:
        client.upsert_orders([any_order(simulator)])
    assert simulator.count("POST", path) == 2
    assert sleeps.calls == [0.5]


# ------------------------------------------------------------------------------------------ 5xx


@pytest.mark.parametrize("status", [502, 503, 504])
def test_gateway_errors_are_retried_for_reads(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder, status: int
) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/orders", status=status))
    assert client.list_orders(page_size=1).items
    assert simulator.count("GET", "/orders") == 2
    assert sleeps.calls == [FIRST_BACKOFF]


def test_500_is_not_retried_even_for_reads(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/orders", status=500))
    with pytest.raises(ServerError, match=r"server error \(500\)"):
        client.list_orders()
    assert simulator.count("GET", "/orders") == 1


def test_persistent_gateway_errors_give_up(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/integrations", status=503, times=None))
    with pytest.raises(ServerError) as caught:
        client.list_integrations()
    assert caught.value.status == 503
    assert simulator.count("GET", "/integrations") == 3


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/orders"), ("PATCH", "/orders/{id}"), ("DELETE", "/orders/{id}")]
)
def test_writes_are_not_retried_after_a_5xx(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder, method: str, path: str
) -> None:
    simulator.faults.add(Fault(FaultKind.STATUS, method=method, path=path, status=503))
    order = any_order(simulator)
    sendcloud_id = order.sendcloud_id or 0
    calls: dict[str, Callable[[], object]] = {
        "POST": lambda: client.upsert_orders([order]),
        "PATCH": lambda: client.update_order(sendcloud_id, _notes("x")),
        "DELETE": lambda: client.delete_order(sendcloud_id),
    }
    with pytest.raises(ServerError):
        calls[method]()
    assert simulator.count(method, path) == 1
    assert sleeps.calls == []


def _notes(text: str) -> OrderUpdate:
    return OrderUpdate.model_validate({"order_details": {"notes": text}})


@pytest.mark.parametrize("status", [500, 502, 503])
def test_label_5xx_is_outcome_unknown_and_never_retried(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder, status: int
) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.STATUS, method="POST", path=SYNC, status=status))
    with pytest.raises(LabelOutcomeUnknownError) as caught:
        client.create_label_sync(integration_id=integration, order_number=number)
    error = caught.value
    assert simulator.count("POST", SYNC) == 1
    assert sleeps.calls == []
    assert error.status == status
    assert error.order_number == number
    assert error.integration_id == integration
    assert isinstance(error.__cause__, ServerError)
    assert "Do not ship it again yet" in error.message
    # The fault struck before processing: the lookup finds nothing, so a retry is safe.
    settlement = client.settle_label_outcome(error)
    assert settlement.labels == {number: ()}
    assert settlement.safe_to_retry
    client.create_label_sync(integration_id=integration, order_number=number)
    assert simulator.labels_created() == 1


def test_label_5xx_after_processing_is_settled_as_made(client: SendcloudClient, simulator: Simulator) -> None:
    number, integration = shippable(simulator)
    raw = next(o for o in simulator.seed_data.orders if o["order_number"] == number)
    simulator.faults.add(Fault(FaultKind.STATUS, method="POST", path=SYNC, status=500, after_processing=True))
    with pytest.raises(LabelOutcomeUnknownError) as caught:
        # By order id only: settling must first find the order number.
        client.create_label_sync(integration_id=integration, order_id=raw["order_id"])
    assert simulator.count("POST", SYNC) == 1
    settlement = client.settle_label_outcome(caught.value)
    assert not settlement.safe_to_retry
    (existing,) = settlement.labels[number]
    assert existing.parcel_id == simulator.backend.parcels()[0].id
    assert simulator.labels_created() == 1


def test_async_5xx_is_outcome_unknown_for_every_order(client: SendcloudClient, simulator: Simulator) -> None:
    _, integration = shippable(simulator)
    others = [n for n in simulator.shippable_order_numbers() if integration_of(simulator, n) == integration]
    batch = [AsyncOrder(order_number=n) for n in others[:3]]
    simulator.faults.add(
        Fault(FaultKind.STATUS, method="POST", path=ASYNC, status=503, after_processing=True)
    )
    with pytest.raises(LabelOutcomeUnknownError) as caught:
        client.create_labels_async(batch, integration_id=integration)
    assert simulator.count("POST", ASYNC) == 1
    assert caught.value.order_numbers == tuple(others[:3])
    settlement = client.settle_label_outcome(caught.value)
    assert set(settlement.labels) == set(others[:3])
    assert all(len(found) == 1 for found in settlement.labels.values())
    assert not settlement.safe_to_retry


# ----------------------------------------------------------------------------------------- hang


def test_hang_on_a_read_times_out_and_is_retried(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.HANG, method="GET", path="/orders", delay=2.0))
    assert client.list_orders(page_size=1, timeout=SHORT_TIMEOUT).items
    assert simulator.count("GET", "/orders") == 2
    assert sleeps.calls == [FIRST_BACKOFF]


def test_hang_on_a_read_that_keeps_hanging_is_a_timeout(
    client: SendcloudClient, simulator: Simulator
) -> None:
    simulator.faults.add(Fault(FaultKind.HANG, method="GET", path="/integrations", delay=2.0, times=None))
    with pytest.raises(RequestTimeoutError, match=r"did not answer within 0\.2 s") as caught:
        client.list_integrations(timeout=SHORT_TIMEOUT)
    assert caught.value.code == "sendcloud_timeout"
    assert simulator.count("GET", "/integrations") == 3


@pytest.mark.parametrize("after_processing", [False, True])
def test_label_hang_is_outcome_unknown_and_never_retried(
    credentials: ApiCredentials, simulator: Simulator, sleeps: SleepRecorder, after_processing: bool
) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(
        Fault(FaultKind.HANG, method="POST", path=SYNC, delay=2.0, after_processing=after_processing)
    )
    with http_client() as http:
        client = make_client(http, simulator.base_url, credentials, sleeps, label_timeout=SHORT_TIMEOUT)
        with pytest.raises(LabelOutcomeUnknownError, match="did not answer in time") as caught:
            client.create_label_sync(integration_id=integration, order_number=number)
        assert isinstance(caught.value.__cause__, RequestTimeoutError)
        assert simulator.count("POST", SYNC) == 1
        assert sleeps.calls == []
        settlement = client.settle_label_outcome(caught.value)
    assert settlement.safe_to_retry is not after_processing
    assert simulator.labels_created() == int(after_processing)


def test_upsert_timeout_is_reported_not_retried(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.HANG, method="POST", path="/orders", delay=2.0))
    with pytest.raises(RequestTimeoutError) as caught:
        client.upsert_orders([any_order(simulator)], timeout=SHORT_TIMEOUT)
    assert caught.value.request_sent
    assert simulator.count("POST", "/orders") == 1


# ---------------------------------------------------------------------------------------- reset


def test_reset_on_a_read_is_retried(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder
) -> None:
    simulator.faults.add(Fault(FaultKind.RESET, method="GET", path="/shipments"))
    assert client.list_shipments().items == ()
    assert simulator.count("GET", "/shipments") == 2
    assert sleeps.calls == [FIRST_BACKOFF]


@pytest.mark.parametrize("after_processing", [False, True])
def test_label_reset_is_outcome_unknown_and_never_retried(
    client: SendcloudClient, simulator: Simulator, sleeps: SleepRecorder, after_processing: bool
) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.RESET, method="POST", path=SYNC, after_processing=after_processing))
    with pytest.raises(LabelOutcomeUnknownError, match="connection was lost") as caught:
        client.create_label_sync(integration_id=integration, order_number=number)
    assert isinstance(caught.value.__cause__, NetworkError)
    assert simulator.count("POST", SYNC) == 1
    assert sleeps.calls == []
    assert client.settle_label_outcome(caught.value).safe_to_retry is not after_processing


def test_upsert_reset_is_reported_not_retried(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.RESET, method="POST", path="/orders"))
    with pytest.raises(NetworkError, match="broke off") as caught:
        client.upsert_orders([any_order(simulator)])
    assert caught.value.request_sent
    assert simulator.count("POST", "/orders") == 1


# ------------------------------------------------------------------------------- bad 2xx bodies


def test_malformed_json_on_a_read(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, method="GET", path="/orders"))
    with pytest.raises(MalformedResponseError, match="could not read") as caught:
        client.list_orders()
    assert "not JSON" in caught.value.message
    assert caught.value.code == "sendcloud_malformed_response"


def test_malformed_json_on_a_label_is_outcome_unknown(client: SendcloudClient, simulator: Simulator) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, method="POST", path=SYNC))
    with pytest.raises(LabelOutcomeUnknownError, match="could not be read") as caught:
        client.create_label_sync(integration_id=integration, order_number=number)
    assert simulator.count("POST", SYNC) == 1
    settlement = client.settle_label_outcome(caught.value)
    assert not settlement.safe_to_retry  # the parcel was made; only its answer was garbled


def test_malformed_json_on_async_is_outcome_unknown(client: SendcloudClient, simulator: Simulator) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, method="POST", path=ASYNC))
    with pytest.raises(LabelOutcomeUnknownError):
        client.create_labels_async([AsyncOrder(order_number=number)], integration_id=integration)
    assert simulator.count("POST", ASYNC) == 1


@pytest.mark.parametrize(
    ("kind", "reason"), [(FaultKind.NO_LABEL, "no label file"), (FaultKind.BAD_BASE64, "not valid Base64")]
)
def test_2xx_without_a_usable_label_names_the_parcel(
    client: SendcloudClient, simulator: Simulator, kind: FaultKind, reason: str
) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(kind, method="POST", path=SYNC))
    with pytest.raises(LabelOutcomeUnknownError, match=reason) as caught:
        client.create_label_sync(integration_id=integration, order_number=number)
    error = caught.value
    assert simulator.count("POST", SYNC) == 1
    assert error.parcel_id == simulator.backend.parcels()[0].id
    assert f"made parcel {error.parcel_id}" in error.message
    # Recovery: the label exists, so fetch it instead of shipping again.
    assert not client.settle_label_outcome(error).safe_to_retry
    assert client.get_parcel_document(error.parcel_id).content.startswith(b"%PDF-")


# ---------------------------------------------------------------------------- carrier refusal


def test_announcement_error_is_a_clear_refusal(client: SendcloudClient, simulator: Simulator) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.ANNOUNCEMENT_ERROR, method="POST", path=SYNC))
    with pytest.raises(CarrierRefusedError, match="carrier refused the parcel") as caught:
        client.create_label_sync(integration_id=integration, order_number=number)
    assert caught.value.errors[0].code == "parcel_announcement_error"
    assert "connecting to the carrier" in caught.value.message
    assert simulator.count("POST", SYNC) == 1
    assert simulator.labels_created() == 0


def test_announcement_error_on_async(client: SendcloudClient, simulator: Simulator) -> None:
    number, integration = shippable(simulator)
    simulator.faults.add(Fault(FaultKind.ANNOUNCEMENT_ERROR, method="POST", path=ASYNC))
    with pytest.raises(CarrierRefusedError):
        client.create_labels_async([AsyncOrder(order_number=number)], integration_id=integration)
    assert simulator.labels_created() == 0


def test_a_fault_for_one_order_leaves_others_alone(client: SendcloudClient, simulator: Simulator) -> None:
    first, second = simulator.shippable_order_numbers()[:2]
    simulator.faults.add(
        Fault(FaultKind.STATUS, method="GET", path="/orders", status=500, order_number=first)
    )
    assert client.list_orders(order_number=second).items
    with pytest.raises(ServerError):
        client.list_orders(order_number=first)


# ------------------------------------------------------------------------ connection refused, 401


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_refused(credentials: ApiCredentials, sleeps: SleepRecorder) -> None:
    with http_client() as http:
        client = make_client(http, f"http://127.0.0.1:{_closed_port()}/api/v3", credentials, sleeps)
        with pytest.raises(NetworkError, match="Could not connect") as caught:
            client.list_integrations()
        assert caught.value.request_sent is False
        assert len(sleeps.calls) == 2  # a read: retried, bounded
        sleeps.calls.clear()
        # A label call that never connected is a plain network failure: nothing can exist.
        with pytest.raises(NetworkError) as label_error:
            client.create_label_sync(integration_id=1, order_number="A-1")
        assert not isinstance(label_error.value, LabelOutcomeUnknownError)
        assert label_error.value.request_sent is False
        assert sleeps.calls == []


def test_wrong_keys_are_an_authentication_error(simulator: Simulator, sleeps: SleepRecorder) -> None:
    with http_client() as http:
        client = make_client(http, simulator.base_url, ApiCredentials("pk-wrong", "sk-wrong"), sleeps)
        with pytest.raises(AuthenticationError) as caught:
            client.list_orders()
        number, integration = shippable(simulator)
        with pytest.raises(AuthenticationError):
            client.create_label_sync(integration_id=integration, order_number=number)
    error = caught.value
    assert (
        error.message == "Sendcloud rejected the API keys (401). Check the public and secret key in Settings."
    )
    assert error.code == "sendcloud_auth_failed"
    assert error.errors[0].code == "authentication_failed"
    assert simulator.count("GET", "/orders") == 1
    assert sleeps.calls == []
    assert simulator.labels_created() == 0


def test_a_json_answer_instead_of_a_document_is_malformed(
    client: SendcloudClient, simulator: Simulator
) -> None:
    number, integration = shippable(simulator)
    made = client.create_label_sync(integration_id=integration, order_number=number)
    simulator.faults.add(Fault(FaultKind.MALFORMED_JSON, method="GET", path="/parcels/{id}/documents/{type}"))
    with pytest.raises(MalformedResponseError, match="without the document file"):
        client.get_parcel_document(made.parcel_id)
    assert client.get_parcel_document(made.parcel_id).content.startswith(b"%PDF-")
