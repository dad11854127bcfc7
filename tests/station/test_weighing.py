"""The weight before the label: the shipping option's limits, the PATCH, and reading it back while
Sendcloud saves it. Against the simulator on loopback; the waits are the test's."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.app.settings_service import store_settings
from packstation.error_codes import ErrorCode
from packstation.paths import station_paths
from packstation.scales import Weight
from packstation.sendcloud import Order, SendcloudClient, ShippingOption
from packstation.sendcloud.models import Weight as OrderWeight
from packstation.settings import StationSettings
from packstation.station.shipping_limits import WeightLimits, limits_of, load_weight_limits
from packstation.station.weighing import (
    ReadBack,
    WeightNotSavedError,
    WeightOverLimitError,
    WeightUnderLimitError,
    check_limits,
    reads_back,
    send_weight,
)
from packstation.training.simulator import Simulator


def kg(value: str) -> Weight:
    return Weight(Decimal(value), "kg")


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        time.sleep(seconds)


def an_order(client: SendcloudClient, simulator: Simulator) -> Order:
    number = simulator.shippable_order_numbers()[0]
    return client.list_orders(order_number=number).items[0]


def test_the_weight_is_sent_and_read_back_after_sendclouds_save(
    client: SendcloudClient, simulator: Simulator
) -> None:
    simulator.backend.patch_save_delay = 0.08
    order = an_order(client, simulator)
    sleeps = Sleeps()
    saved = send_weight(client, order, Weight(Decimal("2.5"), "lb"), ReadBack(wait=0.02, sleep=sleeps))
    assert saved.weight == OrderWeight(value=2.5, unit="lbs")
    assert simulator.count("PATCH", "/orders/{id}") == 1
    assert simulator.count("GET", "/orders/{id}") == len(sleeps.waits) + 1 >= 2
    assert sleeps.waits[:3] == [0.02, 0.04, 0.08][: len(sleeps.waits[:3])]


def test_a_weight_saved_at_once_costs_one_read(client: SendcloudClient, simulator: Simulator) -> None:
    order = an_order(client, simulator)
    sleeps = Sleeps()
    send_weight(client, order, kg("1.234"), ReadBack(sleep=sleeps))
    assert sleeps.waits == []
    assert simulator.count("GET", "/orders/{id}") == 1


def test_a_weight_that_never_reads_back_is_refused(client: SendcloudClient, simulator: Simulator) -> None:
    simulator.backend.patch_save_delay = 60
    order = an_order(client, simulator)
    with pytest.raises(WeightNotSavedError) as refused:
        send_weight(client, order, kg("3.1"), ReadBack(attempts=3, wait=0.01))
    assert refused.value.code is ErrorCode.WEIGHT_NOT_SAVED
    assert "3.1 kg" in refused.value.message
    assert "nothing was paid" in refused.value.message
    assert simulator.count("GET", "/orders/{id}") == 3
    assert simulator.labels_created() == 0


def test_reading_back_accepts_another_unit_within_half_a_gram() -> None:
    assert reads_back(OrderWeight(value=1.134, unit="kg"), Weight(Decimal("2.5"), "lb"))  # 1133.98 g
    assert reads_back(OrderWeight(value=1250, unit="g"), kg("1.25"))
    assert not reads_back(OrderWeight(value=1.24, unit="kg"), kg("1.25"))
    assert not reads_back(None, kg("1.25"))


LIMITS = {"postnl:standard": WeightLimits(kg("0.001"), kg("23.001"))}


def test_limits_refuse_before_anything_is_paid() -> None:
    with pytest.raises(WeightOverLimitError) as heavy:
        check_limits(kg("31.2"), "postnl:standard", LIMITS, "PostNL Standard")
    assert heavy.value.message.startswith(
        "The parcel weighs 31.2 kg; PostNL Standard takes at most 23.001 kg."
    )
    with pytest.raises(WeightUnderLimitError):
        check_limits(Weight(Decimal("0.5"), "g"), "postnl:standard", LIMITS, "PostNL Standard")
    assert check_limits(kg("23.001"), "postnl:standard", LIMITS, "PostNL Standard").checked
    assert check_limits(Weight(Decimal("50"), "lb"), "postnl:standard", LIMITS, "x").checked  # 22.68 kg


def test_without_a_named_option_or_its_limits_nothing_is_checked() -> None:
    only_boxes = check_limits(kg("31.2"), "dhl:parcel", {"dhl:parcel": WeightLimits(multicollo=True)}, "DHL")
    assert not only_boxes.checked  # knowing it takes several boxes is no weight limit
    free = check_limits(kg("31.2"), None, LIMITS, "")
    assert not free.checked
    assert "names no shipping option" in free.reason
    unknown = check_limits(kg("31.2"), "dhl:parcel", LIMITS, "DHL Parcel")
    assert not unknown.checked
    assert "DHL Parcel" in unknown.reason


def test_saving_the_settings_caches_the_options_weight_limits(tmp_path: Path, simulator: Simulator) -> None:
    paths = station_paths(environ={"PACKSTATION_HOME": str(tmp_path)}).create()
    options = simulator.shipping_options()
    store_settings(paths, StationSettings(), options)
    cached = load_weight_limits(paths.shipping_limits_file)
    assert cached == limits_of(options)
    # Issue 18: whether an option takes several boxes is cached with its limits.
    assert cached["postnl:standard"] == WeightLimits(kg("0.001"), kg("23.001"), multicollo=True)
    assert len(cached) == len(options)
    takes_boxes = {o.code for o in options if o.functionalities.get("multicollo") is True}
    assert {code for code, known in cached.items() if known.multicollo} == takes_boxes
    assert takes_boxes  # the simulator has options of both kinds
    assert takes_boxes != set(cached)


def test_limits_in_pounds_and_a_damaged_cache(tmp_path: Path) -> None:
    option = ShippingOption.model_validate(
        {
            "code": "ups:ground",
            "weight": {"min": {"value": "0.1", "unit": "lbs"}, "max": {"value": "150", "unit": "lbs"}},
        }
    )
    assert limits_of([option]) == {
        "ups:ground": WeightLimits(Weight(Decimal("0.1"), "lb"), Weight(Decimal("150"), "lb"))
    }
    assert limits_of([ShippingOption.model_validate({"code": "bare"})]) == {}
    damaged = tmp_path / "limits.json"
    damaged.write_text("{not json")
    assert load_weight_limits(damaged) == {}
    assert load_weight_limits(tmp_path / "none.json") == {}
