"""The station's look: a light theme (the default) and a high-contrast one.

A theme is a file, `resources/themes/<name>.json`: the Qt palette, the verdict panel's colours per
look, the recent-scans row tints, and optionally a style sheet for the scan field alone
(`<name>.qss`). Loading checks that every text colour has a WCAG contrast of at least
`MIN_CONTRAST` on its background, so a theme that makes a verdict unreadable never loads.

The style is Fusion (the one style that honours the whole palette on every platform), chosen by
`STYLE_ARGUMENTS` as the application is created, or by `apply_theme(app, name)` for an application
made elsewhere (tests). `apply_theme` sets the palette, and makes the theme the one
`active_theme()` returns: the verdict panel and the recent scans ask it for their colours, the
scan field for its style sheet. Call it before the windows are built (app.py), as with the
translations.

Never an application-wide style sheet: under one, child widgets stop inheriting a palette set on
their parent, and the verdict panel colours itself by palette (a style sheet there stalled the GUI
thread, bench/gui_stall.py). Its text turned white on green in a test of exactly that.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, Final, Literal, NamedTuple, get_args

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from packstation.resources import resource_path

THEMES: Final = ("light", "high_contrast")
DEFAULT_THEME: Final = "light"
# WCAG 2 level AA for normal-size text; the verdict words are big, but their details are not.
MIN_CONTRAST: Final = 4.5
STYLE: Final = "Fusion"
# QApplication's own command-line option for the style: chosen in C++ as the application is
# created. `app.setStyle()` returns the QStyle, and wrapping it builds PySide's Python enums of
# QStyle (~5 ms of the packing window's start-up, bench/startup.py).
STYLE_ARGUMENTS: Final = ("-style", STYLE)

Look = Literal["idle", "working", "success", "attention", "failed", "packing"]
Outcome = Literal["success", "attention", "failed", "packing"]
Pair = tuple[str, str]  # (background, text)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class Theme(NamedTuple):
    """One `resources/themes/<name>.json`. Colours are CSS-style names or #rrggbb.

    A NamedTuple checked by `from_dict`, not a pydantic model or a dataclass: the theme is applied
    before the window shows, and those imports would add to every start (bench/startup.py).
    """

    description: str
    palette: dict[str, str]  # QPalette.ColorRole name → colour, for every colour group
    verdict: dict[str, Pair]  # look → (background, text)
    scan_rows: dict[str, Pair]  # recent-scans row (a verdict value) → (background, text)
    disabled: dict[str, str]  # overrides for disabled widgets
    scan_field_stylesheet: str | None  # a .qss file beside the .json, for the scan field only

    @classmethod
    def from_dict(cls, data: Any) -> Theme:
        """The theme a parsed JSON file declares; ValueError naming the first problem."""
        if not isinstance(data, dict):
            raise ValueError("a theme is a JSON object")
        known = {"description", "palette", "disabled", "verdict", "scan_rows", "scan_field_stylesheet"}
        if unknown := sorted(set(data) - known):
            raise ValueError(f"unknown keys: {', '.join(unknown)}")
        if missing_keys := sorted({"description", "palette", "verdict", "scan_rows"} - set(data)):
            raise ValueError(f"keys missing: {', '.join(missing_keys)}")
        stylesheet = data.get("scan_field_stylesheet")
        if not isinstance(data["description"], str) or not isinstance(stylesheet, str | None):
            raise ValueError("description and scan_field_stylesheet are text")
        theme = cls(
            description=data["description"],
            palette=_roles(data["palette"]),
            disabled=_roles(data.get("disabled", {})),
            verdict=_pairs(data["verdict"], get_args(Look)),
            scan_rows=_pairs(data["scan_rows"], get_args(Outcome)),
            scan_field_stylesheet=stylesheet,
        )
        theme._check_contrast()
        return theme

    def _check_contrast(self) -> None:
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

    def verdict_colours(self, look: str) -> tuple[QColor, QColor]:
        """(background, text) of the verdict panel for `look` ("idle", "working" or a verdict value)."""
        background, text = self.verdict[look]  # a wrong look is a bug: KeyError
        return QColor(background), QColor(text)

    def row_colours(self, outcome: str) -> tuple[QColor, QColor]:
        """(background, text) of a recent-scans row with this verdict value."""
        background, text = self.scan_rows[outcome]
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


def _colour(value: object) -> str:
    if not isinstance(value, str) or not QColor.isValidColorName(value):
        raise ValueError(f"not a colour: {value!r}")
    return value


def _roles(roles: object) -> dict[str, str]:
    if not isinstance(roles, dict):
        raise ValueError("a palette is an object of role → colour")
    unknown = [role for role in roles if not hasattr(QPalette.ColorRole, role)]
    if unknown:
        raise ValueError(f"not palette roles: {', '.join(unknown)}")
    return {role: _colour(colour) for role, colour in roles.items()}


def _pairs(pairs: object, needed: tuple[str, ...]) -> dict[str, Pair]:
    if not isinstance(pairs, dict):
        raise ValueError("colour pairs are an object of name → [background, text]")
    if missing := sorted(set(needed) - set(pairs)):
        raise ValueError(f"colours missing for: {', '.join(missing)}")
    if unknown := sorted(set(pairs) - set(needed)):
        raise ValueError(f"no such look: {', '.join(unknown)}")
    checked: dict[str, Pair] = {}
    for name, pair in pairs.items():
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise ValueError(f"{name}: a [background, text] pair is needed")
        checked[name] = (_colour(pair[0]), _colour(pair[1]))
    return checked


@cache
def load_theme(name: str) -> Theme:
    """The theme `name` from resources/themes (ValueError for an unknown or invalid theme)."""
    if name not in THEMES:
        raise ValueError(f"no theme {name!r}; themes: {', '.join(THEMES)}")
    path = resource_path(f"themes/{name}.json")
    try:
        theme = Theme.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except ValueError as error:  # json.JSONDecodeError is one too
        raise ValueError(f"the theme file {path} is not valid: {error}") from error
    return theme


_active: list[Theme] = []  # the applied theme; empty until apply_theme (then light is assumed)


def active_theme() -> Theme:
    """The theme last applied, or the default one."""
    return _active[-1] if _active else load_theme(DEFAULT_THEME)


def apply_theme(app: QApplication, name: str, *, set_style: bool = True) -> Theme:
    """Give `app` the theme `name` ("light" or "high_contrast", as in `settings.theme`).

    `set_style=False` when `app` was created with `STYLE_ARGUMENTS`: the style is Fusion already.
    """
    theme = load_theme(name)
    if set_style:
        app.setStyle(STYLE)
    app.setPalette(theme.qpalette())
    _active[:] = [theme]
    return theme
