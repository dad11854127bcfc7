"""Item 9: the station's HTTP client takes nothing from the environment; a proxy only from settings.

`httpx.Client()` obeyed `HTTPS_PROXY` (every request, keys included, through whoever set it),
`SSL_CERT_FILE` (whose certificates are trusted) and `SSLKEYLOGFILE` (the TLS session keys written
to a file). Each is shown over real sockets: a loopback listener as the proxy, and a loopback TLS
server with a throw-away CA (trustme) for the certificate and key-log cases. A plain
`httpx.Client()` is run beside the station's client each time, to show the setup would catch it.
"""

from __future__ import annotations

import json
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from packstation.app.station import open_station
from packstation.sendcloud import SendcloudError, http_client
from packstation.settings import StationSettings
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.security import Listener, LoopbackServer

PROXY_VARIABLES = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")


class TlsServer(LoopbackServer):
    """A loopback HTTPS server with a certificate from `ca`: answers `200 {}` to each request."""

    def __init__(self, ca: trustme.CA) -> None:
        super().__init__()
        # Not ssl.create_default_context: that would write a key log of its own under SSLKEYLOGFILE.
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert("127.0.0.1").configure_cert(self.context)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}/"

    def handle(self, connection: socket.socket) -> None:
        with self.context.wrap_socket(connection, server_side=True) as tls:
            tls.recv(65536)
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[TlsServer]:
    with TlsServer(ca) as server:
        yield server


@pytest.fixture
def environment_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Listener]:
    with Listener() as listener:
        for name in PROXY_VARIABLES:
            monkeypatch.setenv(name, listener.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        yield listener


def test_a_proxy_in_the_environment_is_ignored(environment_proxy: Listener, station_home: Path) -> None:
    with open_station(training=True) as station:
        assert station.simulator is not None
        verdict = station.workflow.handle_scan(station.simulator.shippable_order_numbers()[0])
    assert verdict.parcel_id is not None
    assert environment_proxy.connections == 0
    # The control: a client that trusts the environment goes through the listener.
    with httpx.Client() as trusting, pytest.raises(httpx.HTTPError):
        trusting.get("http://127.0.0.1:9/").raise_for_status()
    assert environment_proxy.connections == 1


def test_the_proxy_named_in_the_settings_is_used(monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    """An https API through an http proxy: the proxy sees a CONNECT and never the keys."""
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)
    with Listener() as proxy:
        settings = station_home / "config" / "settings.json"
        settings.parent.mkdir(parents=True)
        settings.write_text(json.dumps({"proxy_url": proxy.url}), encoding="utf-8")
        with open_station(training=False) as station, pytest.raises(SendcloudError):
            station.workflow.client.list_integrations()
        seen = proxy.received()
    assert seen.startswith(b"CONNECT panel.sendcloud.sc:443 HTTP/1.1")
    assert TEST_SECRET_KEY.encode() not in seen
    assert b"Authorization" not in seen


@pytest.mark.parametrize(
    "url",
    ["ftp://proxy:21", "http://user:secret@proxy:3128", "http://proxy:3128/path", "proxy:3128"],
)
def test_a_proxy_setting_that_cannot_be_a_proxy_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="proxy"):
        StationSettings(proxy_url=url)


def test_ssl_cert_file_does_not_change_whom_the_station_trusts(
    ca: trustme.CA, tls_server: TlsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "attacker-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    with httpx.Client() as trusting:  # the control: this client now trusts the test CA
        assert trusting.get(tls_server.url).status_code == 200
    with http_client() as station, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        station.get(tls_server.url)


def test_no_tls_key_log_is_written_whatever_sslkeylogfile_says(
    ca: trustme.CA, tls_server: TlsServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keylog = tmp_path / "keys.log"
    monkeypatch.setenv("SSLKEYLOGFILE", str(keylog))
    with http_client() as station, pytest.raises(httpx.ConnectError):
        station.get(tls_server.url)  # the handshake gets as far as the certificate
    assert not keylog.exists()
    # The control: the default TLS context logs the handshake's secrets to that file.
    with httpx.Client() as trusting, pytest.raises(httpx.ConnectError):
        trusting.get(tls_server.url)
    assert b"HANDSHAKE_TRAFFIC_SECRET " in keylog.read_bytes()


def test_no_http_client_is_built_outside_the_factory() -> None:
    """Every client of the app and its benchmarks comes from `http_client` (grep httpx.Client)."""
    root = Path(__file__).resolve().parents[2]
    factory = root / "packstation" / "sendcloud" / "http.py"
    offenders = [
        f"{path.relative_to(root)}:{number}"
        for folder in ("packstation", "bench")
        for path in sorted((root / folder).rglob("*.py"))
        if path != factory
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "httpx.Client(" in line
    ]
    assert offenders == []
