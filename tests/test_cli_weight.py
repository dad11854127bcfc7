"""`packstation ship ORDER_NUMBER --weight 1.25kg`: the scan flow headless, with a typed weight sent
to Sendcloud and read back before the label. In-process, against the simulator on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.journal import Journal, Stage
from packstation.paths import station_paths
from packstation.station.shipping_limits import limits_of, save_weight_limits
from packstation.training.simulator import Simulator, SimulatorConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

PATCH = ("PATCH", "/orders/{id}")


@pytest.fixture
def api_keys(monkeypatch: pytest.MonkeyPatch, station_home: Path) -> Path:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)
    return station_home


def ship(simulator: Simulator, number: str, *extra: str) -> int:
    return main(["ship", number, "--api-url", simulator.base_url, "--mime-type", "zpl", *extra])


def patched_weights(simulator: Simulator) -> list[dict[str, object]]:
    return [
        json.loads(e.request_body)["shipping_details"]["measurement"]["weight"]
        for e in simulator.exchanges()
        if e.method == "PATCH"
    ]


@pytest.fixture
def recording() -> Iterator[Simulator]:
    """A simulator that records the requests, and saves a PATCH a moment later, as Sendcloud does."""
    config = SimulatorConfig(
        public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY, record=True, patch_save_delay=0.05
    )
    with Simulator(config) as simulator:
        yield simulator


def test_the_typed_weight_goes_before_the_label(
    recording: Simulator, api_keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = recording.shippable_order_numbers()[0]
    assert ship(recording, number, "--weight", "1,25kg") == 0
    out = capsys.readouterr().out
    assert "  weight     1.25 kg (weight limit not checked)\n" in out
    assert patched_weights(recording) == [{"value": 1.25, "unit": "kg"}]
    assert recording.count("GET", "/orders/{id}") >= 2
    [parcel] = recording.backend.parcels()
    assert parcel.content.weight_kg == 1.25
    with Journal.open(station_paths().journal_file, "check") as journal:
        [attempt] = journal.attempts()
        [requested] = [e for e in journal.history(attempt.id) if e.stage is Stage.LABEL_REQUESTED]
    assert requested.fields["weight_source"] == "typed"
    assert requested.fields["weight"] == "1.25 kg"


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("2.5lbs", {"value": 2.5, "unit": "lbs"}),
        ("2.5lb", {"value": 2.5, "unit": "lbs"}),
        ("12oz", {"value": 12.0, "unit": "oz"}),
        ("800g", {"value": 800.0, "unit": "g"}),
        ("0.95kg", {"value": 0.95, "unit": "kg"}),
    ],
)
def test_units_and_decimals(
    recording: Simulator, api_keys: Path, typed: str, sent: dict[str, object]
) -> None:
    assert ship(recording, recording.shippable_order_numbers()[0], "--weight", typed) == 0
    assert patched_weights(recording) == [sent]


@pytest.mark.parametrize("typed", ["1.25", "1.25 stone", "0kg", "heavy"])
def test_a_weight_that_is_none_is_a_usage_error(
    simulator: Simulator, api_keys: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    with pytest.raises(SystemExit) as usage:
        ship(simulator, simulator.shippable_order_numbers()[0], "--weight", typed)
    assert usage.value.code == 2
    assert "--weight" in capsys.readouterr().err
    assert simulator.count(*PATCH) == 0


def test_over_the_shipping_options_limit_exits_14_and_pays_nothing(
    simulator: Simulator, api_keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = station_paths().create()
    paths.settings_file.write_text(json.dumps({"ship_with": {"shipping_option_code": "postnl:standard"}}))
    save_weight_limits(paths.shipping_limits_file, limits_of(simulator.shipping_options()))
    number = next(n for n in simulator.shippable_order_numbers() if n.startswith("SHOP-"))
    assert ship(simulator, number, "--weight", "31kg") == 14
    err = capsys.readouterr().err
    assert "too heavy for the shipping option [weight_over_limit]" in err
    assert "takes at most 23.001 kg" in err
    assert simulator.count(*PATCH) == 0
    assert simulator.labels_created() == 0

    assert ship(simulator, number, "--weight", "3kg") == 0
    out = capsys.readouterr().out
    assert "  weight     3 kg\n" in out  # checked: no note


def test_without_a_weight_or_a_scale_nothing_is_weighed(simulator: Simulator, api_keys: Path) -> None:
    assert ship(simulator, simulator.shippable_order_numbers()[0]) == 0
    assert simulator.count(*PATCH) == 0


def test_a_station_with_a_scale_reads_it_headless(
    simulator: Simulator, api_keys: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = station_paths().create()
    settings = {"scale_url": "virtual:", "scale_stability_seconds": 0.5}
    paths.settings_file.write_text(json.dumps(settings))
    # The training scale reads zero: headless, as at the bench, that is no weight (exit 13).
    assert ship(simulator, simulator.shippable_order_numbers()[0]) == 13
    assert "nothing on the scale [scale_zero]" in capsys.readouterr().err
    # A typed weight needs no scale.
    assert ship(simulator, simulator.shippable_order_numbers()[0], "--weight", "1kg") == 0
