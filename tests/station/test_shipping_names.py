"""Shipping options by name: cached when the settings are saved, shown per scan without asking."""

from __future__ import annotations

from pathlib import Path

from packstation.app.settings_service import store_settings
from packstation.paths import station_paths
from packstation.sendcloud import ShippingOption
from packstation.settings import StationSettings
from packstation.station.shipping_names import load_shipping_names, option_name

OPTIONS = (
    ShippingOption.model_validate(
        {
            "code": "postnl:servicepoint",
            "name": "PostNL Service Point",
            "carrier": {"code": "postnl", "name": "PostNL"},
        }
    ),
    ShippingOption.model_validate(
        {
            "code": "dhl:parcel",
            "carrier": {"code": "dhl", "name": "DHL"},
            "product": {"code": "p", "name": "Parcel"},
        }
    ),
    ShippingOption.model_validate({"code": "bare:code"}),
)


def test_a_name_is_the_options_own_else_carrier_and_product_else_the_code() -> None:
    assert [option_name(option) for option in OPTIONS] == ["PostNL Service Point", "DHL Parcel", "bare:code"]


def test_saving_the_settings_keeps_the_loaded_options_names(tmp_path: Path) -> None:
    paths = station_paths(environ={"PACKSTATION_HOME": str(tmp_path)}).create()
    store_settings(paths, StationSettings(), OPTIONS)
    assert load_shipping_names(paths.shipping_names_file) == {
        "postnl:servicepoint": "PostNL Service Point",
        "dhl:parcel": "DHL Parcel",
        "bare:code": "bare:code",
    }


def test_a_missing_or_damaged_cache_means_codes_are_shown(tmp_path: Path) -> None:
    assert load_shipping_names(tmp_path / "none.json") == {}
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json")
    assert load_shipping_names(damaged) == {}
