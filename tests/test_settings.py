from pathlib import Path

import pytest
from pydantic import ValidationError

from packstation.errors import ConfigurationError
from packstation.printing.profile import PrinterLanguage, PrinterProfile
from packstation.settings import ShipWithSetting, StationSettings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == StationSettings()


def test_round_trip_is_exact_and_atomic(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = StationSettings(
        station_name="Bench 3",
        integration_ids=(70, 418),
        label_mime_type="image/png",
        label_dpi=150,
        ship_with=ShipWithSetting(shipping_option_code="postnl:standard", contract_id=517),
        printer=PrinterProfile(url="tcp://192.0.2.10:9100", language=PrinterLanguage.ESCPOS, media="a6"),
    )
    save_settings(path, settings)
    assert load_settings(path) == settings
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(("mime_type", "dpi"), [("application/pdf", 300), ("image/png", 203)])
def test_invalid_label_format_is_refused_naming_allowed_values(mime_type: str, dpi: int) -> None:
    with pytest.raises(ValidationError, match="DPI"):
        StationSettings.model_validate({"label_mime_type": mime_type, "label_dpi": dpi})


def test_native_zpl_to_an_escpos_printer_is_refused_when_saved() -> None:
    escpos = PrinterProfile(url="tcp://192.0.2.10:9100", language=PrinterLanguage.ESCPOS)
    with pytest.raises(ValidationError, match="ZPL labels cannot be printed"):
        StationSettings(label_mime_type="application/zpl", printer=escpos)


def test_unknown_fields_are_refused_so_keys_cannot_hide_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"secret_key": "sk-live-123"}')
    with pytest.raises(ConfigurationError, match="secret_key") as caught:
        load_settings(path)
    assert "sk-live-123" not in caught.value.message
    assert not any("secret" in name or "key" in name for name in StationSettings.model_fields)


def test_a_corrupt_file_is_a_clear_error_not_silent_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(ConfigurationError, match=str(path)):
        load_settings(path)
