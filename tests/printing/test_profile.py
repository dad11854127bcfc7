"""Printer profiles: media parsing, the model's rules, and the ZPL/ESC-POS pairing refusal."""

from __future__ import annotations

import pydantic
import pytest

from packstation.errors import ConfigurationError, PackstationError
from packstation.printing import (
    InvalidMediaError,
    MediaSize,
    Orientation,
    PrinterLanguage,
    PrinterProfile,
    UnsupportedPairingError,
    parse_media,
    validate_profile_pairing,
)


@pytest.mark.parametrize(
    ("text", "size", "name"),
    [
        ("4x6", (101.6, 152.4), "4x6"),
        (" 4X6 ", (101.6, 152.4), "4x6"),
        ("A6", (105.0, 148.0), "a6"),
        ("100x150mm", (100.0, 150.0), "100x150mm"),
        ("102 x 76 mm", (102.0, 76.0), "102x76mm"),
        ("57.5x32mm", (57.5, 32.0), "57.5x32mm"),
    ],
)
def test_parse_media(text: str, size: tuple[float, float], name: str) -> None:
    media = parse_media(text)
    assert (media.width_mm, media.height_mm) == pytest.approx(size)
    assert media.name == name


@pytest.mark.parametrize("text", ["", "letter", "4x6in?", "0x10mm", "5000x100mm", "axbmm", "100x150cm"])
def test_bad_media_names_valid_examples(text: str) -> None:
    with pytest.raises(InvalidMediaError) as caught:
        parse_media(text)
    assert caught.value.code == "invalid_media"
    assert '"4x6"' in caught.value.message
    assert "mm" in caught.value.message
    assert isinstance(caught.value, ConfigurationError)


@pytest.mark.parametrize(
    ("media", "dpi", "orientation", "dots"),
    [
        ("4x6", 203, Orientation.PORTRAIT, (812, 1218)),
        ("4x6", 300, Orientation.PORTRAIT, (1200, 1800)),
        ("4x6", 203, Orientation.LANDSCAPE, (1218, 812)),
        ("a6", 203, Orientation.PORTRAIT, (839, 1182)),
        ("100x150mm", 300, Orientation.PORTRAIT, (1181, 1771)),
        ("4x6", 600, Orientation.PORTRAIT, (2400, 3600)),
    ],
)
def test_media_dots(media: str, dpi: int, orientation: Orientation, dots: tuple[int, int]) -> None:
    profile = PrinterProfile.model_validate(
        {"url": "tcp://zebra", "dpi": dpi, "media": media, "orientation": orientation}
    )
    assert profile.media_dots() == dots


def test_defaults_and_json_round_trip() -> None:
    profile = PrinterProfile(url="tcp://192.0.2.10")
    assert profile.language is PrinterLanguage.ZPL
    assert profile.dpi == 203
    assert profile.media == MediaSize(101.6, 152.4, "4x6")
    assert (profile.connect_timeout, profile.write_timeout, profile.status_timeout) == (3.0, 10.0, 2.0)
    custom = profile.model_copy(update={"media": parse_media("102x76mm"), "darkness": 25, "speed": 4})
    dumped = custom.model_dump_json()
    assert '"media":"102x76mm"' in dumped
    assert PrinterProfile.model_validate_json(dumped) == custom


def test_profile_is_frozen() -> None:
    profile = PrinterProfile(url="tcp://zebra")
    with pytest.raises(pydantic.ValidationError):
        profile.dpi = 300  # type: ignore[misc]


@pytest.mark.parametrize(
    "fields",
    [
        {"url": ""},
        {"url": "x", "dpi": 200},
        {"url": "x", "darkness": 31},
        {"url": "x", "speed": 1},
        {"url": "x", "speed": 15},
        {"url": "x", "connect_timeout": 0},
        {"url": "x", "media": "letter"},
        {"url": "x", "language": "epl"},
        {"url": "x", "colour": "red"},
        {"url": "x", "language": "escpos", "darkness": 10},
        {"url": "x", "language": "spooler", "speed": 4},
    ],
)
def test_invalid_profiles_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(pydantic.ValidationError):
        PrinterProfile.model_validate(fields)


@pytest.mark.parametrize("language", [PrinterLanguage.ESCPOS, PrinterLanguage.SPOOLER])
def test_zpl_labels_refused_for_non_zpl_printers(language: PrinterLanguage) -> None:
    profile = PrinterProfile(url="tcp://x", language=language)
    with pytest.raises(UnsupportedPairingError) as caught:
        validate_profile_pairing(profile, "application/zpl")
    assert caught.value.code == "unsupported_pairing"
    assert "ZPL" in caught.value.message
    assert isinstance(caught.value, ConfigurationError)
    assert isinstance(caught.value, PackstationError)
    validate_profile_pairing(profile, "application/pdf")
    validate_profile_pairing(profile, "image/png")
    validate_profile_pairing(profile, None)


def test_zpl_printer_takes_every_label_format() -> None:
    profile = PrinterProfile(url="tcp://x")
    for mime_type in ("application/zpl", "application/pdf", "image/png", None):
        validate_profile_pairing(profile, mime_type)
