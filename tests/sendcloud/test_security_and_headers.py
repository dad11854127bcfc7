"""The API keys never leak (repr, messages, logs, URLs), and every request carries the right headers."""

from __future__ import annotations

import base64
import json
import logging
import re
import traceback
from collections.abc import Iterator

import httpx
import pytest

from packstation import __version__
from packstation.credentials import ApiCredentials
from packstation.errors import ConfigurationError
from packstation.sendcloud import (
    USER_AGENT,
    LabelOutcomeUnknownError,
    MalformedResponseError,
    SendcloudClient,
    SendcloudError,
)
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator, SimulatorConfig

from . import SHORT_TIMEOUT, SleepRecorder, http_client, make_client, recorded

PUBLIC = "pk-live-0123456789abcdef"
SECRET = "sk-live-TOPSECRET-fedcba9876543210"
PARTNER = "3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b"


def forbidden_texts(public: str, secret: str) -> list[str]:
    """The secret in every form it could leak in: raw, and inside a Basic header."""
    token = base64.b64encode(f"{public}:{secret}".encode()).decode()
    return [secret, token, f"Basic {token}"]


@pytest.fixture
def recording_simulator() -> Iterator[Simulator]:
    with Simulator(SimulatorConfig(public_key=PUBLIC, secret_key=SECRET, record=True)) as sim:
        yield sim


@pytest.fixture
def client(recording_simulator: Simulator) -> Iterator[SendcloudClient]:
    with http_client(headers={"User-Agent": "something-else"}) as http:
        yield make_client(
            http,
            recording_simulator.base_url,
            ApiCredentials(PUBLIC, SECRET),
            SleepRecorder(),
            partner_id=PARTNER,
        )


def _exercise(client: SendcloudClient, sim: Simulator) -> list[SendcloudError]:
    """Runs successes and a spread of failures; returns the failures."""
    number = sim.shippable_order_numbers()[0]
    raw = next(o for o in sim.seed_data.orders if o["order_number"] == number)
    integration = int(raw["order_details"]["integration"]["id"])
    client.list_orders(order_number=number)
    made = client.create_label_sync(integration_id=integration, order_number=number)
    client.get_parcel_document(made.parcel_id)
    client.find_existing_labels(number)

    failures: list[SendcloudError] = []
    second = sim.shippable_order_numbers()[1]
    for fault in (
        Fault(FaultKind.STATUS, method="POST", path="/orders/create-label-sync", status=503),
        Fault(FaultKind.HANG, method="POST", path="/orders/create-label-sync", delay=2.0),
        Fault(FaultKind.RESET, method="POST", path="/orders/create-label-sync"),
        Fault(FaultKind.BAD_BASE64, method="POST", path="/orders/create-label-sync"),
    ):
        sim.faults.add(fault)
        with pytest.raises(LabelOutcomeUnknownError) as caught:
            client.create_label_sync(integration_id=integration, order_number=second, timeout=SHORT_TIMEOUT)
        failures.append(caught.value)
    sim.faults.add(Fault(FaultKind.MALFORMED_JSON, method="GET", path="/orders"))
    with pytest.raises(SendcloudError) as malformed:
        client.list_orders()
    failures.append(malformed.value)
    with pytest.raises(SendcloudError) as invalid:
        client.create_label_sync(integration_id=integration, order_number=number, dpi=300)
    failures.append(invalid.value)
    with http_client() as other:
        wrong = SendcloudClient(other, ApiCredentials(PUBLIC, SECRET + "-old"), base_url=sim.base_url)
        with pytest.raises(SendcloudError) as unauthorised:
            wrong.list_integrations()
        failures.append(unauthorised.value)
    return failures


def test_keys_never_appear_in_reprs_messages_or_logs(
    client: SendcloudClient, recording_simulator: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything: our logger, httpx, httpcore, the simulator
    failures = _exercise(client, recording_simulator)
    forbidden = [*forbidden_texts(PUBLIC, SECRET), *forbidden_texts(PUBLIC, SECRET + "-old")]

    texts = [repr(client), str(client)]
    for failure in failures:
        texts += [str(failure), repr(failure), repr(failure.args), *failure.details]
        texts.append("".join(traceback.format_exception(failure)))  # the whole chain, causes included
    texts += [record.getMessage() for record in caplog.records]
    for text in texts:
        for secret in forbidden:
            assert secret not in text
    assert "TOPSECRET" not in repr(client)
    assert PUBLIC not in repr(client)  # only a redacted hint of the public key


def test_debug_log_lines_name_method_path_status_and_duration(
    client: SendcloudClient, recording_simulator: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="packstation.sendcloud")
    client.list_integrations()
    (record,) = [r for r in caplog.records if r.name == "packstation.sendcloud"]
    assert record.levelno == logging.DEBUG
    assert re.fullmatch(r"GET /integrations -> 200 in \d+\.\d ms \(attempt 1\)", record.getMessage())


def test_keys_travel_only_in_the_authorization_header(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    _exercise(client, recording_simulator)
    exchanges = [e for e in recording_simulator.exchanges() if e.status != 401]
    assert exchanges
    expected = "Basic " + base64.b64encode(f"{PUBLIC}:{SECRET}".encode()).decode()
    for exchange in exchanges:
        for secret in forbidden_texts(PUBLIC, SECRET):
            assert secret not in exchange.path
            assert secret not in exchange.query
        assert PUBLIC not in exchange.path + exchange.query
        assert exchange.request_headers["authorization"] == expected


def test_every_request_carries_user_agent_partner_id_and_accept(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    number = recording_simulator.shippable_order_numbers()[0]
    client.list_orders(order_number=number)
    client.list_integrations()
    assert f"Packstation/{__version__} (+httpx/{httpx.__version__})" == USER_AGENT
    for exchange in recorded(recording_simulator, lambda e: True):
        assert exchange.request_headers["user-agent"] == USER_AGENT  # the caller's default is overridden
        assert exchange.request_headers["sendcloud-partner-id"] == PARTNER
        assert exchange.request_headers["accept"] == "application/json"


def test_documents_ask_for_their_format_with_accept_and_dpi(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    sim = recording_simulator
    number = sim.shippable_order_numbers()[0]
    raw = next(o for o in sim.seed_data.orders if o["order_number"] == number)
    made = client.create_label_sync(
        integration_id=int(raw["order_details"]["integration"]["id"]), order_number=number
    )
    client.get_parcel_document(made.parcel_id, mime_type="image/png", dpi=150)
    client.get_parcel_documents_bulk([made.parcel_id], mime_type="image/png", paper_size="A6")
    default = client.get_parcel_documents_bulk([made.parcel_id, made.parcel_id])
    (sync,) = recorded(sim, lambda e: e.path_template == "/orders/create-label-sync")
    (single,) = recorded(sim, lambda e: e.path_template == "/parcels/{id}/documents/{type}")
    bulk, plain = recorded(sim, lambda e: e.path_template == "/parcel-documents/{type}")
    assert b'"label_details":{"mime_type":"application/pdf","dpi":72}' in sync.request_body
    assert single.request_headers["accept"] == "image/png"
    assert single.query == "dpi=150"
    assert bulk.path.endswith("/parcel-documents/label")
    # The bulk operation declares no dpi, so none is ever sent.
    assert bulk.query == f"parcels={made.parcel_id}&paper_size=A6"
    assert plain.query == f"parcels={made.parcel_id}&parcels={made.parcel_id}"
    assert default.dpi is None


def test_zpl_is_sent_at_203_dpi_whatever_was_asked(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    sim = recording_simulator
    number = sim.shippable_order_numbers()[0]
    raw = next(o for o in sim.seed_data.orders if o["order_number"] == number)
    result = client.create_label_sync(
        integration_id=int(raw["order_details"]["integration"]["id"]),
        order_number=number,
        mime_type="application/zpl",
        dpi=300,
    )
    (sync,) = recorded(sim, lambda e: e.path_template == "/orders/create-label-sync")
    assert b'"label_details":{"mime_type":"application/zpl","dpi":203}' in sync.request_body
    assert result.mime_type == "application/zpl"


def test_upsert_sends_the_sendcloud_id_as_a_string(
    client: SendcloudClient, recording_simulator: Simulator
) -> None:
    sim = recording_simulator
    order = client.get_order(int(sim.seed_data.orders[0]["id"]))
    client.upsert_orders([order])
    (upsert,) = recorded(sim, lambda e: e.method == "POST" and e.path_template == "/orders")
    (sent,) = json.loads(upsert.request_body)
    assert sent["id"] == str(order.id)
    assert "created_at" not in sent  # read-only fields stay home
    assert "modified_at" not in sent


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://panel.sendcloud.sc/api/v3",
        "https://user:pass@panel.sendcloud.sc/api/v3",
        "https://panel.sendcloud.sc/api/v3?key=1",
        "nope",
    ],
)
def test_unsafe_base_urls_are_refused(base_url: str) -> None:
    with http_client() as http, pytest.raises(ConfigurationError):
        SendcloudClient(http, ApiCredentials(PUBLIC, SECRET), base_url=base_url)


def test_a_page_link_to_another_host_is_never_followed(recording_simulator: Simulator) -> None:
    """The keys go along with every request, so a `Link` elsewhere must not be followed.

    The simulator builds its links from the Host header; a caller's client that sends another
    Host makes it answer with links to that host, as a misconfigured gateway might.
    """
    with http_client(headers={"Host": "elsewhere.example"}) as http:
        client = make_client(http, recording_simulator.base_url, ApiCredentials(PUBLIC, SECRET))
        with pytest.raises(MalformedResponseError, match="outside the API"):
            client.list_orders(page_size=1)
        with pytest.raises(MalformedResponseError, match="outside the API"):
            list(client.iter_orders(page_size=1))
    assert recording_simulator.count("GET", "/orders") == 2  # the foreign link was never requested
