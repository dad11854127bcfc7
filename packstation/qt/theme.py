"""The station's look: a light theme (the default) and a high-contrast one.

A theme is a file, `resources/themes/<name>.json`: the Qt palette, the verdict panel's colours per
look, the recent-scans row tints, and optionally a style sheet for the scan field alone
(`<name>.qss`). Loading checks that every text colour has a WCAG contrast of at least
`MIN_CONTRAST` on its background, so a theme that makes a verdict unreadable never loads.

`apply_theme(app, name)` sets the Fusion style (the one style that honours the whole palette on
every platform) and the palette, and makes the theme the one `active_theme()` returns: the verdict
panel and the recent scans ask it for their colours, the scan field for its style sheet. Call it
before the windows are built (app.py), as with the translations.

Never an application-wide style sheet: under one, child widgets stop inheriting a palette set on
their parent, and the verdict panel colours itself by palette (a style sheet there stalled the GUI
thread, bench/gui_stall.py). Its text turned white on green in a test of exactly that.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Annotated, Final, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from packstation.resources import resource_path

THEMES: Final = ("light", "high_contrast")
DEFAULT_THEME: Final = "light"
# WCAG 2 level AA for normal-size text; the verdict words are big, but their details are not.
MIN_CONTRAST: Final = 4.5
STYLE: Final = "Fusion"

Look = Literal["idle", "working", "success", "attention", "failed"]
Outcome = Literal["success", "attention", "failed"]


def _colour(value: str) -> str:
    if not QColor.isValidColorName(value):
        raise ValueError(f"not a colour: {value!r}")
    return value


Colour = Annotated[str, AfterValidator(_colour)]


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class Theme(BaseModel):
    """One `resources/themes/<name>.json`. Colours are CSS-style names or #rrggbb."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    palette: dict[str, Colour]  # QPalette.ColorRole name → colour, for every colour group
    disabled: dict[str, Colour] = {}  # overrides for disabled widgets
    verdict: dict[Look, tuple[Colour, Colour]]  # look → (background, text)
    scan_rows: dict[Outcome, tuple[Colour, Colour]]  # recent-scans row → (background, text)
    scan_field_stylesheet: str | None = None  # a .qss file beside the .json, for the scan field only

    @field_validator("palette", "disabled")
    @classmethod
    def _known_roles(cls, roles: dict[str, str]) -> dict[str, str]:
        unknown = [role for role in roles if not hasattr(QPalette.ColorRole, role)]
        if unknown:
            raise ValueError(f"not palette roles: {', '.join(unknown)}")
        return roles

    @model_validator(mode="after")
    def _complete_and_readable(self) -> Theme:
        missing = (set(get_args(Look)) - set(self.verdict)) | (set(get_args(Outcome)) - set(self.scan_rows))
        if missing:
            raise ValueError(f"colours missing for: {', '.join(sorted(missing))}")
        pairs = {
            **{f"verdict {look}": pair for look, pair in self.verdict.items()},
            **{f"row {outcome}": pair for outcome, pair in self.scan_rows.items()},
            "text": (self.palette.get("Base", "#ffffff"), self.palette.get("Text", "#000000")),
            "window text": (self.palette.get("Window", "#ffffff"), self.palette.get("WindowText", "#000000")),
        }
        for what, (background, text) in pairs.items():
            ratio = contrast_ratio(QColor(background), QColor(text))
            if ratio < MIN_CONTRAST:
                raise ValueError(
                    f"{what}: {text} on {background} has contrast {ratio:.2f}, below {MIN_CONTRAST}"
                )
        return self

    def verdict_colours(self, look: str) -> tuple[QColor, QColor]:
        """(background, text) of the verdict panel for `look` ("idle", "working" or a verdict value)."""
        background, text = self.verdict[look]  # type: ignore[index]  # a wrong look is a bug: KeyError
        return QColor(background), QColor(text)

    def row_colours(self, outcome: str) -> tuple[QColor, QColor]:
        """(background, text) of a recent-scans row with this verdict value."""
        background, text = self.scan_rows[outcome]  # type: ignore[index]
        return QColor(background), QColor(text)

    def scan_field_style(self) -> str:
        """The scan field's style sheet (its focus outline), or "" for the platform's own look."""
        if self.scan_field_stylesheet is None:
            return ""
        return resource_path(f"themes/{self.scan_field_stylesheet}").read_text(encoding="utf-8")

    def qpalette(self) -> QPalette:
        palette = QPalette()
        for role, colour in self.palette.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        for role, colour in self.disabled.items():
            palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour))
        return palette


@cache
def load_theme(name: str) -> Theme:
    """The theme `name` from resources/themes (ValueError for an unknown or invalid theme)."""
    if name not in THEMES:
        raise ValueError(f"no theme {name!r}; themes: {', '.join(THEMES)}")
    path = resource_path(f"themes/{name}.json")
    try:
        theme = Theme.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValidationError, json.JSONDecodeError) as error:
        raise ValueError(f"the theme file {path} is not valid: {error}") from error
    return theme


_active: list[Theme] = []  # the applied theme; empty until apply_theme (then light is assumed)


def active_theme() -> Theme:
    """The theme last applied, or the default one."""
    return _active[-1] if _active else load_theme(DEFAULT_THEME)


def apply_theme(app: QApplication, name: str) -> Theme:
    """Give `app` the theme `name` ("light" or "high_contrast", as in `settings.theme`)."""
    theme = load_theme(name)
    app.setStyle(STYLE)
    app.setPalette(theme.qpalette())
    _active[:] = [theme]
    return theme
