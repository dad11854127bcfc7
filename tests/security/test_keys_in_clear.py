"""Item 1: the API keys never cross the network in clear.

`api_url` over plain http to another computer used to be accepted, and `packstation ship` sent
`Authorization: Basic` unencrypted. The eavesdropper here is a loopback listener set as the
environment's proxy (what the old client obeyed): had anything been sent, it would hold the key.
The address is TEST-NET-1 (192.0.2.1, RFC 5737): resolvable, never routed; the audit hook proves
no connection to it was even tried.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.app.station import open_station
from packstation.cli import main
from packstation.credentials import ApiCredentials
from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError
from packstation.sendcloud import SendcloudClient, http_client, insecure_url_problem
from packstation.settings import StationSettings, load_settings
from packstation.training.simulator import Simulator
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.security import Listener, connects_recorded

CLEAR_URL = "http://192.0.2.1/api/v3"


@pytest.fixture
def eavesdropper(monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    with Listener() as listener:
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, listener.url)
        yield listener


@pytest.fixture
def api_keys(monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)


def _secret_sent(received: bytes) -> bool:
    basic = base64.b64encode(f"{TEST_PUBLIC_KEY}:{TEST_SECRET_KEY}".encode())
    return basic in received or TEST_SECRET_KEY.encode() in received


def test_ship_with_a_clear_http_api_url_sends_nothing(
    eavesdropper: Listener, api_keys: None, station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = station_home / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"api_url": CLEAR_URL}), encoding="utf-8")
    with connects_recorded() as connects:
        code = main(["ship", "SHOP-3127", "--output", str(station_home / "label.pdf")])
    assert code != 0
    error = capsys.readouterr().err
    assert "https://" in error
    assert "unencrypted" in error
    assert eavesdropper.connections == 0
    assert not _secret_sent(eavesdropper.received())
    assert not [address for address in connects if "192.0.2.1" in str(address)]


def test_the_settings_refuse_clear_http_to_another_computer(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"api_url": CLEAR_URL}), encoding="utf-8")
    with pytest.raises(ConfigurationError) as refused:
        load_settings(path)
    assert refused.value.code is ErrorCode.SETTINGS_INVALID
    assert "api_url" in refused.value.message
    assert "https://" in refused.value.message


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/api/v3",
        "http://127.42.0.9/api/v3",
        "http://localhost:8000/api/v3",
        "http://[::1]:8000/api/v3",
        "https://panel.sendcloud.sc/api/v3",
    ],
)
def test_https_and_this_computer_are_accepted(url: str) -> None:
    assert StationSettings(api_url=url).api_url == url


@pytest.mark.parametrize(
    "url",
    [
        CLEAR_URL,
        "http://panel.sendcloud.sc/api/v3",
        "http://10.0.0.5/api/v3",
        "http://127.0.0.1.example.com/api/v3",  # looks loopback, is not
        "http://localhost.example.com/api/v3",
    ],
)
def test_clear_http_elsewhere_is_refused_by_the_rule(url: str) -> None:
    assert insecure_url_problem(url) is not None


def test_the_client_refuses_clear_http_even_without_the_settings(eavesdropper: Listener) -> None:
    """Defence in depth: a caller that builds the client itself cannot send the keys in clear."""
    with connects_recorded() as connects, http_client() as http, pytest.raises(ConfigurationError) as refused:
        SendcloudClient(http, ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY), base_url=CLEAR_URL)
    assert refused.value.code is ErrorCode.INSECURE_CONNECTION
    assert "https://" in refused.value.message
    assert eavesdropper.connections == 0
    assert not connects


def test_the_training_simulator_over_loopback_http_still_works(
    simulator: Simulator, credentials: ApiCredentials
) -> None:
    assert simulator.base_url.startswith("http://127.0.0.1:")
    with http_client() as http:
        client = SendcloudClient(http, credentials, base_url=simulator.base_url)
        assert client.list_integrations()
    assert simulator.count("GET", "/integrations") == 1


def test_a_training_station_opens_over_loopback_http(station_home: Path) -> None:
    with open_station(training=True) as station:
        assert station.settings.api_url.startswith("http://127.0.0.1:")
        verdict = station.workflow.handle_scan(station.simulator.shippable_order_numbers()[0])  # type: ignore[union-attr]
    assert verdict.parcel_id is not None
