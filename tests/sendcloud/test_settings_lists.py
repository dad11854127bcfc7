"""The settings-screen lists: integrations, sender addresses, contracts, shipping options."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.credentials import ApiCredentials
from packstation.sendcloud import InvalidRequestError, SendcloudClient, ShippingOptionsRequest
from packstation.training.simulator import Simulator, SimulatorConfig

from . import http_client, make_client

PUBLIC, SECRET = "pk-settings", "sk-settings-secret"


@pytest.fixture(scope="module")
def sim() -> Iterator[Simulator]:
    with Simulator(SimulatorConfig(public_key=PUBLIC, secret_key=SECRET)) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def client(sim: Simulator) -> Iterator[SendcloudClient]:
    with http_client() as http:
        yield make_client(http, sim.base_url, ApiCredentials(PUBLIC, SECRET))


def test_integrations(client: SendcloudClient, sim: Simulator) -> None:
    integrations = client.list_integrations(sort="-updated_at")
    assert [i.id for i in integrations] == [int(i["id"]) for i in sim.seed_data.integrations]
    assert all(i.shop_name for i in integrations)
    assert all(i.type for i in integrations)


def test_sender_addresses(client: SendcloudClient, sim: Simulator) -> None:
    addresses = client.list_sender_addresses(page_size=100)
    assert [a.id for a in addresses] == [int(a["id"]) for a in sim.seed_data.sender_addresses]
    assert sim.seed_data.default_sender_address_id in {a.id for a in addresses}
    assert all(a.country_code for a in addresses)
    with pytest.raises(InvalidRequestError, match="1 to 100"):
        client.list_sender_addresses(page_size=101)


def test_contracts_with_a_filter(client: SendcloudClient, sim: Simulator) -> None:
    everything = client.list_contracts()
    assert len(everything) == len(sim.seed_data.contracts)
    carrier = everything[0].carrier_code_any
    assert carrier is not None
    only = client.list_contracts(carrier_code=carrier, is_active=True, page_size=50)
    assert only
    assert {c.carrier_code_any for c in only} == {carrier}


def test_shipping_options(client: SendcloudClient) -> None:
    result = client.shipping_options(
        ShippingOptionsRequest.model_validate(
            {
                "from_country_code": "NL",
                "to_country_code": "NL",
                "parcels": [{"weight": {"value": "2", "unit": "kg"}}],
                "calculate_quotes": True,
            }
        )
    )
    assert result.options
    assert all(option.code for option in result.options)
    assert result.options[0].carrier is not None
    empty = client.shipping_options(ShippingOptionsRequest(shipping_option_code="nobody:nothing"))
    assert empty.options == ()
    assert empty.message


def test_shipping_options_request_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="extra"):
        ShippingOptionsRequest.model_validate({"to_country": "NL"})
