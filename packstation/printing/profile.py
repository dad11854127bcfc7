"""A printer profile: where the station's label printer is, what it speaks and what media it holds.

One profile per station. The transport layer reads `url` and the timeouts; the format layer
(`convert.prepare_print_job`) reads the language, DPI, media and orientation.

Orientation is the way the media is loaded, not the way the label is drawn: PORTRAIT puts the
short side of the media across the print head (a 4×6 in roll on a 4-inch printer, the normal
case), LANDSCAPE puts the long side across (6 in across a 6-inch head). The converter rotates a
label whenever that fits the media better (notes §5.3), so either way the label comes out whole.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, field_validator, model_validator

from packstation.printing.errors import InvalidMediaError, UnsupportedPairingError

MM_PER_INCH: Final = 25.4


class PrinterLanguage(StrEnum):
    """What the printer is sent: ZPL II (preferred), TSPL (TSC and most budget 4×6 printers), EPL2
    (Zebra LP/TLP 2844), ESC/POS raster (fallback), or the OS spooler."""

    ZPL = "zpl"
    TSPL = "tspl"
    EPL2 = "epl2"
    ESCPOS = "escpos"
    SPOOLER = "spooler"  # the PDF/PNG is handed to the OS print system unchanged


# The languages whose printers take raster labels the station makes itself (never native ZPL).
RASTER_LANGUAGES: Final = frozenset({PrinterLanguage.TSPL, PrinterLanguage.EPL2, PrinterLanguage.ESCPOS})
# Darkness and speed in each language's own scale (ZPL ~SD/^PR, TSPL DENSITY/SPEED, EPL2 D/S).
# ESC/POS and the spooler have no such commands: setting them there is refused.
DARKNESS_RANGES: Final[dict[PrinterLanguage, tuple[int, int]]] = {
    PrinterLanguage.ZPL: (0, 30),
    PrinterLanguage.TSPL: (0, 15),
    PrinterLanguage.EPL2: (0, 15),
}
SPEED_RANGES: Final[dict[PrinterLanguage, tuple[int, int]]] = {
    PrinterLanguage.ZPL: (2, 14),  # inches per second
    PrinterLanguage.TSPL: (1, 14),  # inches per second (the model's manual lists which it has)
    PrinterLanguage.EPL2: (1, 6),  # the model's speed code (LP 2844: 1 = 1.5 in/s … 4 = 3.5 in/s)
}
# Offsets move the label on the media (calibration); ±5 mm is 118 dots at 600 dpi, inside ZPL's
# ^LT limit of ±120 dot rows.
MAX_OFFSET_MM: Final = 5.0


class Orientation(StrEnum):
    """How the media is loaded: short side (PORTRAIT) or long side (LANDSCAPE) across the head."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


Dpi = Literal[203, 300, 600]
SUPPORTED_DPIS: Final[tuple[int, ...]] = (203, 300, 600)


@dataclass(frozen=True, slots=True)
class MediaSize:
    """A label size in millimetres, with the name it was given in the settings ("4x6", "a6", …)."""

    width_mm: float
    height_mm: float
    name: str

    def dots(self, dpi: int, orientation: Orientation = Orientation.PORTRAIT) -> tuple[int, int]:
        """(across the head, along the feed) in printer dots, rounded down so nothing runs off.

        4×6 in at 203 dpi is 812×1218 dots, A6 is 838×1181 (notes §2.1).
        """
        short, long = sorted((self.width_mm, self.height_mm))
        across, along = (short, long) if orientation is Orientation.PORTRAIT else (long, short)
        # A hair of tolerance so that 101.6 mm × 203 / 25.4 lands on 812, not 811.999….
        return (
            math.floor(across * dpi / MM_PER_INCH + 1e-6),
            math.floor(along * dpi / MM_PER_INCH + 1e-6),
        )


MEDIA_4X6: Final = MediaSize(101.6, 152.4, "4x6")  # 4×6 in
MEDIA_A6: Final = MediaSize(105.0, 148.0, "a6")
MEDIA_100X150: Final = MediaSize(100.0, 150.0, "100x150mm")

_NAMED_MEDIA: Final[dict[str, MediaSize]] = {
    "4x6": MEDIA_4X6,
    "4x6in": MEDIA_4X6,
    "a6": MEDIA_A6,
    "100x150mm": MEDIA_100X150,
    "100x150": MEDIA_100X150,
}
_CUSTOM_MM = re.compile(r"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*mm")
_MEDIA_EXAMPLES: Final = '"4x6", "a6", "100x150mm" or a custom size such as "102x76mm"'
# Smaller than a postage stamp or longer than a thermal roll's format: surely a typo.
_MIN_MM, _MAX_MM = 10.0, 1000.0


def parse_media(text: str) -> MediaSize:
    """A `MediaSize` from a settings string: "4x6", "a6", "100x150mm" or any "WxHmm".

    Raises `InvalidMediaError` naming valid examples.
    """
    key = text.strip().lower().replace(" ", "")
    if key in _NAMED_MEDIA:
        return _NAMED_MEDIA[key]
    match = _CUSTOM_MM.fullmatch(key)
    if match is None:
        raise InvalidMediaError(f"Unknown media size {text!r}. Use {_MEDIA_EXAMPLES}.")
    width, height = float(match[1]), float(match[2])
    if not (_MIN_MM <= width <= _MAX_MM and _MIN_MM <= height <= _MAX_MM):
        raise InvalidMediaError(
            f"Media size {text!r} is out of range: each side must be {_MIN_MM:g}-{_MAX_MM:g} mm. "
            f"Use {_MEDIA_EXAMPLES}."
        )
    return MediaSize(width, height, f"{width:g}x{height:g}mm")


class PrinterProfile(BaseModel):
    """Everything the station needs to know about its label printer. Immutable.

    `media` accepts a `MediaSize` or a settings string (see `parse_media`) and serialises back to
    its name. `gap_mm` is the gap between labels (TSPL GAP, EPL2 Q; 0: continuous media).
    Calibration (sent as a setup before each label, never inside a native ZPL label):
    `offset_top_mm`/`offset_left_mm` move the print down/right (negative: up/left; EPL2's
    reference point cannot go negative), `darkness` and `speed` in the language's own scale
    (`DARKNESS_RANGES`, `SPEED_RANGES`); None leaves the printer's own setting alone (0 sets 0).
    ESC/POS and spooler printers have none of these commands, so setting them there is refused
    rather than ignored (`printing.setup` sends them). `copies` is how many of each label come out
    (journalled with the print; not for the spooler). Timeouts are seconds; python-escpos' own default
    of 60 s would freeze a packing station (notes §1.3).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    url: Annotated[str, Field(min_length=1)]
    language: PrinterLanguage = PrinterLanguage.ZPL
    dpi: Dpi = 203
    media: MediaSize = MEDIA_4X6
    orientation: Orientation = Orientation.PORTRAIT
    gap_mm: Annotated[float, Field(ge=0, le=25)] = 3.0
    offset_top_mm: Annotated[float, Field(ge=-MAX_OFFSET_MM, le=MAX_OFFSET_MM)] | None = None
    offset_left_mm: Annotated[float, Field(ge=-MAX_OFFSET_MM, le=MAX_OFFSET_MM)] | None = None
    darkness: Annotated[int, Field(ge=0, le=30)] | None = None
    speed: Annotated[int, Field(ge=1, le=14)] | None = None
    copies: Annotated[int, Field(ge=1, le=10)] = 1
    connect_timeout: Annotated[float, Field(gt=0, le=120)] = 3.0
    write_timeout: Annotated[float, Field(gt=0, le=600)] = 10.0
    status_timeout: Annotated[float, Field(gt=0, le=60)] = 2.0

    @field_validator("media", mode="before")
    @classmethod
    def _parse_media(cls, value: Any) -> Any:
        return parse_media(value) if isinstance(value, str) else value

    @field_serializer("media")
    def _media_name(self, media: MediaSize) -> str:
        return media.name

    @model_validator(mode="after")
    def _settings_the_language_has(self) -> PrinterProfile:
        for name, ranges in (("darkness", DARKNESS_RANGES), ("speed", SPEED_RANGES)):
            value = getattr(self, name)
            if value is None:
                continue
            if self.language not in ranges:
                raise ValueError(
                    f"{name} can only be set for ZPL, TSPL and EPL2 printers; "
                    f"{self.language.value} printers have no such setting"
                )
            low, high = ranges[self.language]
            if not low <= value <= high:
                language = self.language.value
                raise ValueError(f"{name} for a {language} printer must be {low}-{high}, not {value}")
        offsets = [v for v in (self.offset_top_mm, self.offset_left_mm) if v is not None]
        if offsets:
            if self.language not in DARKNESS_RANGES:
                raise ValueError(
                    f"a print offset can only be set for ZPL, TSPL and EPL2 printers; "
                    f"{self.language.value} printers have no such setting"
                )
            if self.language is PrinterLanguage.EPL2 and min(offsets) < 0:
                raise ValueError(
                    "an EPL2 printer can only move the print down and right (offsets of 0 or more)"
                )
        if self.copies > 1 and self.language is PrinterLanguage.SPOOLER:
            raise ValueError("copies can only be set for printers the station sends labels to itself")
        return self

    def media_dots(self) -> tuple[int, int]:
        """The media in printer dots: (across the head, along the feed)."""
        return self.media.dots(self.dpi, self.orientation)

    def media_mm(self) -> tuple[float, float]:
        """The media in millimetres: (across the head, along the feed)."""
        short, long = sorted((self.media.width_mm, self.media.height_mm))
        return (short, long) if self.orientation is Orientation.PORTRAIT else (long, short)

    def mm_to_dots(self, mm: float) -> int:
        """A length in millimetres as whole printer dots (rounded to the nearest)."""
        return round(mm * self.dpi / MM_PER_INCH)

    def offset_dots(self) -> tuple[int, int] | None:
        """The calibration offset in dots, (right, down); None when neither offset is set."""
        if self.offset_left_mm is None and self.offset_top_mm is None:
            return None
        return self.mm_to_dots(self.offset_left_mm or 0.0), self.mm_to_dots(self.offset_top_mm or 0.0)


_ZPL_MIME = "application/zpl"


def validate_profile_pairing(profile: PrinterProfile, label_mime_type: str | None = None) -> None:
    """Refuse a profile that cannot print the labels the station asks Sendcloud for.

    Called by the settings layer when the profile (or the station's label format) is saved, and
    again by `prepare_print_job` for every label. Native ZPL is only ever sent to a ZPL printer:
    an ESC/POS printer would print it as text, a spooler queue would print garbage or nothing
    (notes §5.10). `label_mime_type` None means "not known yet" and checks nothing.

    Raises `UnsupportedPairingError`.
    """
    if label_mime_type is None:
        return
    kind = label_mime_type.split(";", 1)[0].strip().lower()
    if kind in (_ZPL_MIME, "text/zpl", "application/x-zpl") and profile.language is not PrinterLanguage.ZPL:
        raise UnsupportedPairingError(
            f"ZPL labels cannot be printed on this {language_label(profile.language)} printer. "
            "Ask Sendcloud for PDF or PNG labels for this printer, or use a ZPL (Zebra) printer."
        )


def language_label(language: PrinterLanguage) -> str:
    """The language as people write it: "ZPL", "TSPL", "EPL2", "ESC/POS", "OS spooler (PDF)"."""
    return {
        PrinterLanguage.ZPL: "ZPL",
        PrinterLanguage.TSPL: "TSPL",
        PrinterLanguage.EPL2: "EPL2",
        PrinterLanguage.ESCPOS: "ESC/POS",
        PrinterLanguage.SPOOLER: "OS spooler (PDF)",
    }[language]
