"""One wording for pydantic's validation errors, wherever a person reads them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from packstation.errors import ConfigurationError
from packstation.printing.profile import PrinterProfile
from packstation.settings import (
    LookupSetting,
    PackerSetting,
    ScannerSetting,
    ShipWithSetting,
    StationSettings,
    load_settings,
)
from packstation.validation import describe, problems


def test_problems_name_the_field_path_and_drop_pydantics_prefix() -> None:
    with pytest.raises(ValidationError) as caught:
        StationSettings.model_validate(
            {"label_mime_type": "application/pdf", "label_dpi": 300, "sounds": "loud"}
        )
    found = problems(caught.value)
    assert ("sounds",) in [problem.path for problem in found]
    assert all(not problem.message.startswith("Value error, ") for problem in found)
    text = describe(caught.value, "file")
    assert text.count(";") == len(found) - 1
    assert "sounds: " in text


def test_a_problem_of_the_whole_object_is_named_by_the_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        StationSettings.model_validate({"label_mime_type": "application/pdf", "label_dpi": 300})
    assert describe(caught.value, "file").startswith("file: ")


# A value planted in the settings file: an escape sequence that clears a terminal, then a page of text.
PLANTED = "\x1b[2J\x07" + "A" * 500
PLANTED_ECHO = "\\x1b[2J\\x07AAAAAAAAAAAAAAA…"  # its first 20 characters, escaped


def test_a_planted_value_is_echoed_only_in_its_first_characters_escaped(tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.json"
    printer = {"url": "tcp://192.0.2.10:9100", "media": PLANTED}
    settings_file.write_text(json.dumps({"printer": printer, PLANTED: 1}), encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        load_settings(settings_file)
    message = caught.value.message
    assert f"printer.media: Unknown media size '{PLANTED_ECHO}'" in message
    assert f"{PLANTED_ECHO}: Extra inputs are not permitted" in message  # the planted field's name
    assert "A" * 17 not in message
    assert not any(unicodedata.category(char) == "Cc" for char in message)


class Station(BaseModel):
    """Fields named like secrets, with validators that echo what they refuse, as validators do."""

    model_config = ConfigDict(extra="forbid")

    station_name: Annotated[str, Field(max_length=10)] = "Bench"
    secret_key: Annotated[str, Field(min_length=8)] = "sk-default"
    api_token: str = "token"
    lead_pin: str = "0000"

    @field_validator("api_token", "lead_pin")
    @classmethod
    def _refuse_spaces(cls, value: str) -> str:
        if " " in value:
            raise ValueError(f"{value.strip().upper()!r} has a space")
        return value


def test_nothing_of_a_secret_field_is_echoed() -> None:
    secrets = {"secret_key": "sk-li", "api_token": "tk live 0123456789", "lead_pin": " 1234"}
    with pytest.raises(ValidationError) as caught:
        Station.model_validate(secrets)
    text = describe(caught.value)
    assert [problem.path for problem in problems(caught.value)] == [
        ("secret_key",),
        ("api_token",),
        ("lead_pin",),
    ]
    assert "secret_key: String should have at least 8 characters" in text  # pydantic's own words stay
    for secret in secrets.values():
        for piece in (secret[:3], secret.strip()[:3], secret.strip().upper()[:3]):
            assert piece.lower() not in text.lower(), (piece, text)


def test_a_secret_field_is_named_like_one() -> None:
    from packstation.validation import is_secret

    secret = [
        "secret_key",
        "public_key",
        "apiKey",
        "API_TOKEN",
        "lead_pin",
        "password",
        "db-passwd",
        "secretkey",
    ]
    plain = ["keyboard_layout", "shipping_option_code", "badge_pattern", "api_url", "station_name", "spinner"]
    assert [name for name in secret if not is_secret(name)] == []
    assert [name for name in plain if is_secret(name)] == []


def test_the_station_settings_hold_no_secret_field() -> None:
    """API keys and PINs live in the keyring: a field named like a secret here would be a leak."""
    from packstation.validation import is_secret

    models: list[type[BaseModel]] = [StationSettings, PrinterProfile, ShipWithSetting, ScannerSetting]
    models += [PackerSetting, LookupSetting]
    assert [
        (model.__name__, name) for model in models for name in model.model_fields if is_secret(name)
    ] == []
