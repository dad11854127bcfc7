"""The station's settings: declared once, typed, validated, saved atomically as one JSON file.

Secrets never live here: the API keys and the shift-lead PIN hash are in the OS keyring
(`credentials.py`). Unknown fields are refused, so a key pasted into the file is an error, not a
silent leak. `read_settings` also gives the file's SHA-256, which the station compares with the
one a shift lead last saved (`station/settings_guard.py`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from packstation.atomic import atomic_write_bytes
from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError
from packstation.printing.errors import PrintingError
from packstation.printing.profile import PrinterProfile, validate_profile_pairing
from packstation.scales import InvalidScaleUrlError, parse_scale_url
from packstation.sendcloud import (
    InvalidRequestError,
    LabelMimeType,
    insecure_url_problem,
    label_dpi,
    proxy_url_problem,
)
from packstation.validation import describe

log = logging.getLogger(__name__)

SETTINGS_VERSION: Final = 1
# Settings an older version saved that this one no longer has, and why: a file that still names
# one loads (an upgraded station must open), the value is ignored and the log says so.
RETIRED_FIELDS: Final = {
    "allow_second_label": "a second label for a shipped order is a shift lead's decision for that one "
    "order, in the failed-shipments console (audited), never a station setting",
}

LABEL_MIME_TYPES: Final[tuple[str, ...]] = get_args(LabelMimeType)
# Every DPI Sendcloud's label enum lists; `label_dpi_choices` keeps those the client accepts.
_SENDCLOUD_DPIS: Final = (72, 150, 203, 300, 600)


def label_dpi_choices(mime_type: str) -> tuple[int, ...]:
    """The label DPIs worth offering for a format: exactly what the client's `label_dpi` accepts
    (one rule, not a copy of it), as the DPI it would send (ZPL: the carrier's 203)."""
    choices: set[int] = set()
    for dpi in _SENDCLOUD_DPIS:
        try:
            choices.add(label_dpi(mime_type, dpi))
        except InvalidRequestError:
            continue
    return tuple(sorted(choices))


class ShipWithSetting(BaseModel):
    """The shipping option (and optionally the contract) every label asks for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    shipping_option_code: Annotated[str, Field(min_length=1)]
    contract_id: Annotated[int, Field(ge=1)] | None = None


class ScannerSetting(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    strip_prefix: str = ""
    strip_suffix: str = ""
    keyboard_layout: Literal["auto", "us", "uk", "azerty", "azerty_be", "qwertz"] = "auto"
    debounce_seconds: Annotated[float, Field(ge=0, le=60)] = 1.5
    # Keys typed faster than this apart, ending in Enter, are a scanner's burst: typed into a
    # dialog's field, they go to the scan queue instead (qt/scanner_burst.py). 0: off.
    burst_ms: Annotated[int, Field(ge=0, le=200)] = 30
    # A badge scan signs a packer in; the named group `id` is the badge id.
    badge_pattern: str | None = r"(?:BADGE|PACKER)[-:](?P<id>[A-Za-z0-9]{1,32})"


class PackerSetting(BaseModel):
    """A packer who signs in at the bench by scanning a badge (or picking the name on screen)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    badge_id: Annotated[str, Field(min_length=1, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=80)]


class BoxSizeSetting(BaseModel):
    """A box size the station packs in (several boxes, issue 18): the packer picks it by its
    shortcut digit or by scanning the barcode printed on the box; its sides go with the parcel."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[^\x00-\x1f]+$")]
    length_cm: Annotated[float, Field(gt=0, le=1000)]
    width_cm: Annotated[float, Field(gt=0, le=1000)]
    height_cm: Annotated[float, Field(gt=0, le=1000)]
    barcode: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")] | None = None
    shortcut: Literal["1", "2", "3", "4", "5", "6", "7", "8", "9"] | None = None


class LookupSetting(BaseModel):
    """Orders are saved asynchronously: a scan that finds nothing is retried a few times."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attempts: Annotated[int, Field(ge=1, le=10)] = 4
    backoff_seconds: Annotated[float, Field(ge=0, le=10)] = 0.5


class StationSettings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[1] = SETTINGS_VERSION
    station_name: Annotated[str, Field(min_length=1, max_length=64)] = "Packing station"
    # https only: the API keys go with every request (plain http only to this computer: training).
    api_url: str = "https://panel.sendcloud.sc/api/v3"
    # The site's proxy, when it has one (http:// or https://, no password). The environment's
    # HTTPS_PROXY is ignored on purpose: where the keys go is decided here, not by a stray variable.
    proxy_url: str | None = None
    # The warehouse's shared journal (issue 19): postgresql://user@host:5432/db[?sslmode=verify-full],
    # never with the password (the OS keyring's `packstation.journal`, or PACKSTATION_JOURNAL_PASSWORD).
    # None: this station's own SQLite journal. PACKSTATION_JOURNAL_URL overrides it.
    journal_url: str | None = None
    # This station's name on the shared journal and in the console, unique in the warehouse.
    station_id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[^\x00-\x1f]+$")] | None = None
    # A scan queued behind Sendcloud's write limit (or a journal outage) older than this is refused
    # rather than labelled minutes later onto whatever box is on the bench then.
    queued_scan_max_age_s: Annotated[float, Field(ge=1, le=600)] = 30.0
    integration_ids: tuple[Annotated[int, Field(ge=1)], ...] = ()
    label_mime_type: LabelMimeType = "application/pdf"  # Sendcloud's default; thermal stations pick ZPL
    label_dpi: int | None = None  # None: Sendcloud's default for the format
    ship_with: ShipWithSetting | None = None
    sender_address_id: Annotated[int, Field(ge=1)] | None = None
    brand_id: Annotated[int, Field(ge=1)] | None = None
    apply_shipping_rules: bool = False
    printer: PrinterProfile | None = None
    sounds: bool = True
    language: Literal["system", "en", "nl", "de", "fr"] = "system"
    theme: Literal["light", "high_contrast"] = "light"
    auto_lock_minutes: Annotated[int, Field(ge=1, le=240)] = 15
    label_retention_days: Annotated[int, Field(ge=1, le=3650)] = 90
    scanner: ScannerSetting = ScannerSetting()
    packers: tuple[PackerSetting, ...] = ()
    lookup: LookupSetting = LookupSetting()
    # Scan each item before the label (station/verification.py): off (the order scan makes the
    # label), on (Ctrl+Enter skips, journalled), required (only a shift lead may skip).
    item_verification: Literal["off", "on", "required"] = "off"
    # Case barcodes (GTIN-14 with indicator 1-8) → units in the case.
    case_barcodes: dict[Annotated[str, Field(pattern=r"^\d{14}$")], Annotated[int, Field(ge=1, le=9999)]] = {}
    # Order numbers that look like a product code carry this prefix on the packing slip.
    order_barcode_prefix: Annotated[str, Field(max_length=16)] = ""
    # How long the station waits for Sendcloud to answer a label call.
    label_timeout_seconds: Annotated[float, Field(ge=1, le=600)] = 60.0
    # After a label call without a clear answer, an empty shipments lookup proves "no label" only
    # once this long has passed since the call was sent: Sendcloud may still be finishing it. None:
    # twice the label timeout. Never shorter than the timeout itself.
    settle_window_seconds: Annotated[float, Field(ge=1, le=3600)] | None = None
    # The boxes this station packs in (issue 18): a closed box's dimensions come from here.
    box_sizes: tuple[BoxSizeSetting, ...] = ()
    # The bench scale (issue 17): every parcel is weighed and its weight sent to Sendcloud before
    # the label. `serial:///dev/ttyUSB0?baudrate=9600&protocol=sics`, `…&protocol=continuous`,
    # `hid://VID:PID`, `virtual:` (training); None: no scale, no weighing.
    scale_url: str | None = None
    # How long a weighing waits for a stable weight (that is not the previous parcel's).
    scale_stability_seconds: Annotated[float, Field(ge=0.5, le=120)] = 10.0

    @property
    def settle_window(self) -> float:
        """Seconds after a label call before an empty lookup proves that no label was made."""
        if self.settle_window_seconds is not None:
            return self.settle_window_seconds
        return 2 * self.label_timeout_seconds

    @model_validator(mode="before")
    @classmethod
    def _drop_retired_fields(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not any(name in data for name in RETIRED_FIELDS):
            return data
        kept = dict(data)
        for name, why in RETIRED_FIELDS.items():
            if name in kept:
                del kept[name]
                # The name only, never the value: the file may hold anything.
                log.warning("settings: %s is no longer a setting and is ignored: %s", name, why)
        return kept

    @field_validator("api_url")
    @classmethod
    def _keys_travel_encrypted(cls, url: str) -> str:
        problem = insecure_url_problem(url, "The address")
        if problem is not None:
            raise ValueError(problem)
        return url

    @field_validator("scale_url")
    @classmethod
    def _scale_url_is_one(cls, url: str | None) -> str | None:
        if not url or not url.strip():
            return None
        try:
            parse_scale_url(url)
        except InvalidScaleUrlError as error:
            raise ValueError(error.message) from None
        return url.strip()

    @field_validator("journal_url")
    @classmethod
    def _journal_url_fits(cls, url: str | None) -> str | None:
        if not url:
            return None
        from packstation.journal.postgres import journal_url_problem

        problem = journal_url_problem(url)
        if problem is not None:
            raise ValueError(problem)
        return url

    @field_validator("proxy_url")
    @classmethod
    def _proxy_is_a_proxy(cls, url: str | None) -> str | None:
        if not url:
            return None
        problem = proxy_url_problem(url)
        if problem is not None:
            raise ValueError(problem)
        return url

    @model_validator(mode="after")
    def _box_sizes_tell_apart(self) -> StationSettings:
        named: tuple[tuple[str, list[str]], ...] = (
            ("name", [size.name.casefold() for size in self.box_sizes]),
            ("barcode", [size.barcode for size in self.box_sizes if size.barcode is not None]),
            ("shortcut", [size.shortcut for size in self.box_sizes if size.shortcut is not None]),
        )
        for what, values in named:
            twice = sorted({value for value in values if values.count(value) > 1})
            if twice:
                raise ValueError(f"box_sizes: two box sizes have the {what} {twice[0]!r}")
        return self

    @model_validator(mode="after")
    def _settle_window_fits(self) -> StationSettings:
        if self.settle_window_seconds is not None and self.settle_window_seconds < self.label_timeout_seconds:
            raise ValueError(
                "settle_window_seconds must be at least label_timeout_seconds: Sendcloud may still "
                "be making a label the station stopped waiting for"
            )
        return self

    @model_validator(mode="after")
    def _label_format_fits(self) -> StationSettings:
        try:
            label_dpi(self.label_mime_type, self.label_dpi)
            if self.printer is not None:
                validate_profile_pairing(self.printer, self.label_mime_type)
        except (InvalidRequestError, PrintingError) as error:
            raise ValueError(error.message) from error
        return self


@dataclass(frozen=True)
class SettingsFile:
    """The settings file as read: its settings, and the SHA-256 of its content (`content_sha256`)."""

    settings: StationSettings
    sha256: str


def content_sha256(data: object) -> str:
    """The SHA-256 of settings data (the file's JSON object) in a canonical form: keys sorted, no
    spaces. Indentation or key order change nothing; any value changed, added or removed does,
    a field the model ignores (`RETIRED_FIELDS`) too."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def settings_sha256(settings: StationSettings) -> str:
    """The SHA-256 `read_settings` gives for the file `save_settings` writes with `settings`."""
    return content_sha256(settings.model_dump(mode="json"))


def read_settings(path: Path) -> SettingsFile:
    """The saved settings (the defaults when the station has none yet), and the file's SHA-256.

    A file that cannot be read or is invalid raises `ConfigurationError` naming the file: a station
    silently falling back to defaults could ship with the wrong printer or shipping option.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SettingsFile(StationSettings(), content_sha256({}))  # no file: the same as `{}`
    except OSError as error:
        raise ConfigurationError(f"The settings file {path} cannot be read: {error.strerror}.") from error
    try:
        settings = StationSettings.model_validate_json(raw)
    except ValidationError as error:
        problems = describe(error, "file")
        raise ConfigurationError(
            f"The settings file {path} is not valid ({problems}). Fix it, or move it away to start "
            "from the defaults.",
            code=ErrorCode.SETTINGS_INVALID,
        ) from error
    try:
        sha256 = content_sha256(json.loads(raw))
    except ValueError:  # JSON pydantic reads and Python's parser does not: hash the bytes as they are
        sha256 = hashlib.sha256(raw).hexdigest()
    return SettingsFile(settings, sha256)


def load_settings(path: Path) -> StationSettings:
    """The saved settings, or the defaults when the station has none yet (`read_settings`)."""
    return read_settings(path).settings


def save_settings(path: Path, settings: StationSettings) -> None:
    """Write the settings atomically: a crash leaves the old file or the new one, never half."""
    data = json.dumps(settings.model_dump(mode="json"), indent=2, sort_keys=True).encode() + b"\n"
    atomic_write_bytes(path, data)
