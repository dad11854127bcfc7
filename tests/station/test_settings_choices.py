"""What the settings screen offers, over the simulator (HTTP on loopback) and the virtual printer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from packstation.credentials import ApiCredentials
from packstation.printing.errors import PrinterResolutionMismatchError, ZplDpiMismatchError
from packstation.sendcloud import SendcloudClient, http_client
from packstation.settings import StationSettings, label_dpi_choices
from packstation.station.settings_choices import load_choices, typical_route, verify_printer
from packstation.training.order_reading import order_country_code, order_integration_id
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter, VirtualPrinterConfig


@pytest.fixture
def client(simulator: Simulator, credentials: ApiCredentials) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield SendcloudClient(http, credentials, base_url=simulator.base_url)


def destinations(simulator: Simulator, integration_id: int) -> Counter[str]:
    return Counter(
        country
        for order in simulator.seed_data.orders
        if order_integration_id(order) == integration_id and (country := order_country_code(order))
    )


def test_the_route_goes_where_the_integrations_recent_orders_go(
    client: SendcloudClient, simulator: Simulator
) -> None:
    for integration in simulator.seed_data.integrations:
        expected = destinations(simulator, integration["id"])
        route = typical_route(client, [integration["id"]], "BE")
        assert route.from_country == "BE"
        assert route.orders_seen == expected.total()
        assert route.to_country is not None
        assert expected[route.to_country] == max(expected.values())


def test_without_orders_the_route_is_domestic(client: SendcloudClient, simulator: Simulator) -> None:
    integration_id = simulator.seed_data.integrations[2]["id"]
    for order in client.iter_orders(integration=integration_id):
        assert order.id is not None
        client.delete_order(order.id)
    route = typical_route(client, [integration_id], "DE")
    assert (route.from_country, route.to_country, route.orders_seen) == ("DE", "DE", 0)


def test_choices_skip_integrations_gone_from_the_account(
    client: SendcloudClient, simulator: Simulator
) -> None:
    choices = load_choices(client, [987_654], None)  # a GET /orders?integration=987654 would be a 400
    assert len(choices.integrations) == len(simulator.seed_data.integrations)
    assert choices.shipping.route.from_country == simulator.seed_data.sender_addresses[0]["country_code"]
    assert choices.shipping.options


def test_label_dpi_choices_follow_the_clients_rule() -> None:
    assert label_dpi_choices("application/pdf") == (72,)
    assert label_dpi_choices("image/png") == (150, 300)
    assert label_dpi_choices("application/zpl") == (203,)
    assert label_dpi_choices("text/plain") == ()


@pytest.mark.parametrize(
    ("head_dpi", "profile_dpi", "mime", "refused"),
    [
        (203, 203, "application/zpl", None),
        (300, 300, "application/pdf", None),
        (300, 203, "application/pdf", PrinterResolutionMismatchError),
        (300, 300, "application/zpl", ZplDpiMismatchError),
    ],
)
def test_verify_printer_asks_the_head(
    head_dpi: int, profile_dpi: int, mime: str, refused: type[Exception] | None
) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=head_dpi)) as printer:
        settings = StationSettings(label_mime_type=mime, printer={"url": printer.url, "dpi": profile_dpi})
        if refused is None:
            assert verify_printer(settings).dpi == head_dpi
        else:
            with pytest.raises(refused, match=f"{head_dpi} dpi"):
                verify_printer(settings)
        assert printer.info_queries == 1
