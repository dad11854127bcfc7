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


CRASHING_SAVER = """
import sys
from pathlib import Path
from packstation.settings import PackerSetting, StationSettings, save_settings

def version(name: str) -> StationSettings:
    # hundreds of packers make each write long enough to be killed in the middle of it
    packers = tuple(PackerSetting(badge_id=f"{name}{i}", name=f"Packer {name} {i}") for i in range(400))
    return StationSettings(station_name=name, packers=packers)

path = Path(sys.argv[1])
old, new = version("Old"), version("New")
print("saving", flush=True)
while True:
    save_settings(path, new)
    save_settings(path, old)
"""


def test_settings_survive_a_kill_in_the_middle_of_a_save(tmp_path: Path) -> None:
    """SIGKILL a process that saves the settings in a loop, at random moments, several times: the
    file always loads, as the old or the new settings (never half of one, never an error)."""
    import random
    import subprocess
    import sys
    import time

    from packstation.settings import PackerSetting

    def version(name: str) -> StationSettings:
        packers = tuple(PackerSetting(badge_id=f"{name}{i}", name=f"Packer {name} {i}") for i in range(400))
        return StationSettings(station_name=name, packers=packers)

    old, new = version("Old"), version("New")
    path = tmp_path / "config" / "settings.json"
    save_settings(path, old)
    script = tmp_path / "saver.py"
    script.write_text(CRASHING_SAVER)
    chance = random.Random(5)  # reproducible kill moments
    for _ in range(6):
        with subprocess.Popen(
            [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True
        ) as saver:
            assert saver.stdout is not None
            assert saver.stdout.readline().strip() == "saving"
            time.sleep(chance.uniform(0, 0.05))  # the moment of the crash, not a timing assertion
            saver.kill()
            saver.wait()
        loaded = load_settings(path)
        assert loaded in (old, new)


def test_a_file_from_before_the_second_label_became_a_lead_decision_still_loads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`allow_second_label` is no setting any more: an old file naming it opens the station, the
    value is ignored (a second label is a lead's decision per order), and the log says so."""
    path = tmp_path / "settings.json"
    path.write_text('{"station_name": "Bench 2", "allow_second_label": true}')
    with caplog.at_level("WARNING", logger="packstation.settings"):
        loaded = load_settings(path)
    assert loaded == StationSettings(station_name="Bench 2")
    assert "allow_second_label" not in StationSettings.model_fields
    assert "allow_second_label is no longer a setting" in caplog.text
