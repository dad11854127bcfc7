"""Themes: applying one sets the palette its file declares, and every verdict stays readable
(WCAG contrast >= 4.5:1) and distinct in both, with a thick focus outline in high contrast."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from packstation.qt import theme as theme_module
from packstation.qt.scan_queue import EntryKind, EntryState, ScanEntry
from packstation.qt.theme import THEMES, Theme, active_theme, apply_theme, contrast_ratio, load_theme
from packstation.qt.widgets import RecentScansModel, ScanField, VerdictPanel
from packstation.settings import StationSettings
from packstation.station.workflow import ScanVerdict, Verdict

THEME_FILES = Path(__file__).resolve().parents[2] / "resources" / "themes"
LOOKS = ("idle", "working", "success", "attention", "failed", "packing")
VERDICTS = ("success", "attention", "failed", "packing")


def declared(name: str) -> dict[str, Any]:
    """The theme file as written, read without the code under test."""
    data: dict[str, Any] = json.loads((THEME_FILES / f"{name}.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(autouse=True)
def restore_app_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application is shared by every test: give back its style, palette and style sheet."""
    monkeypatch.setattr(theme_module, "_active", [])
    style, sheet = qapp.style().name(), qapp.styleSheet()
    palette = QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


# --- WCAG contrast -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),
        ("#123456", "#123456", 1.0),
        ("#777777", "#ffffff", 4.48),  # the classic "just fails AA" grey
        ("#0000ff", "#ffffff", 8.59),
        ("#ff0000", "#ffffff", 4.0),
    ],
)
def test_contrast_ratio_follows_wcag(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(QColor(first), QColor(second)) == pytest.approx(ratio, abs=0.01)


# --- Applying a theme --------------------------------------------------------------------------


@pytest.mark.parametrize("name", THEMES)
def test_applying_a_theme_sets_the_palette_it_declares(qapp: QApplication, name: str) -> None:
    apply_theme(qapp, name)
    palette = qapp.palette()
    for role, colour in declared(name)["palette"].items():
        role_enum = getattr(QPalette.ColorRole, role)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            assert palette.color(group, role_enum) == QColor(colour), f"{name}: {role}"
    for role, colour in declared(name)["disabled"].items():
        assert palette.color(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role)) == QColor(
            colour
        )
    assert qapp.style().name().lower() == "fusion"
    assert active_theme() is load_theme(name)


def test_switching_themes_changes_the_palette(qapp: QApplication) -> None:
    apply_theme(qapp, "light")
    light = qapp.palette().color(QPalette.ColorRole.Window)
    apply_theme(qapp, "high_contrast")
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#000000") != light
    assert qapp.palette().color(QPalette.ColorRole.Text) == QColor("#ffffff")
    assert "#scanField:focus" in ScanField().styleSheet()
    assert qapp.styleSheet() == ""  # never application-wide: it would break the panel's palette
    apply_theme(qapp, "light")
    assert ScanField().styleSheet() == ""


def test_an_unknown_theme_is_refused(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="no theme 'dark'"):
        apply_theme(qapp, "dark")


def test_the_settings_choose_between_the_shipped_themes() -> None:
    assert StationSettings().theme == "light"
    assert StationSettings(theme="high_contrast").theme == "high_contrast"
    with pytest.raises(ValidationError):
        StationSettings.model_validate({"theme": "dark"})
    assert set(THEMES) == {path.stem for path in THEME_FILES.glob("*.json")}


# --- Verdicts readable and distinct ------------------------------------------------------------


@pytest.mark.parametrize("name", THEMES)
def test_every_verdict_and_row_is_readable(name: str) -> None:
    data = declared(name)
    assert set(data["verdict"]) == set(LOOKS)
    assert set(data["scan_rows"]) == set(VERDICTS)
    for what, (background, text) in [*data["verdict"].items(), *data["scan_rows"].items()]:
        ratio = contrast_ratio(QColor(background), QColor(text))
        assert ratio >= 4.5, f"{name} {what}: {text} on {background} is {ratio:.2f}:1"


def test_high_contrast_meets_the_stricter_level() -> None:
    for background, text in declared("high_contrast")["verdict"].values():
        assert contrast_ratio(QColor(background), QColor(text)) >= 7.0  # WCAG AAA


@pytest.mark.parametrize("name", THEMES)
def test_green_amber_and_red_stay_distinct(name: str) -> None:
    hues = {verdict: QColor(declared(name)["verdict"][verdict][0]).hslHue() for verdict in VERDICTS}
    assert 90 <= hues["success"] <= 150  # green
    assert 35 <= hues["attention"] <= 60  # amber
    assert hues["failed"] <= 10 or hues["failed"] >= 345  # red
    for first, second in combinations(VERDICTS, 2):
        distance = abs(hues[first] - hues[second])
        assert min(distance, 360 - distance) >= 30, f"{name}: {first} and {second} look alike"


def test_a_theme_with_an_unreadable_verdict_does_not_load() -> None:
    data = declared("light")
    data["verdict"]["attention"] = ["#ffb300", "#ffffff"]  # white on amber: 1.9:1
    with pytest.raises(ValueError, match=r"verdict attention: #ffffff on #ffb300 has contrast 1\.\d+"):
        Theme.from_dict(data)


def test_a_theme_missing_a_look_or_naming_a_wrong_role_does_not_load() -> None:
    data = declared("light")
    del data["verdict"]["working"]
    with pytest.raises(ValueError, match="colours missing for: working"):
        Theme.from_dict(data)
    data = declared("light")
    data["palette"]["Backgroundd"] = "#ffffff"
    with pytest.raises(ValueError, match="not palette roles: Backgroundd"):
        Theme.from_dict(data)


# --- The widgets take their colours from the theme ---------------------------------------------


@pytest.mark.parametrize("name", THEMES)
def test_the_verdict_panel_paints_the_themes_colours(qapp: QApplication, qtbot: QtBot, name: str) -> None:
    apply_theme(qapp, name)
    colours = declared(name)["verdict"]
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    for verdict in Verdict:
        panel.show_notice(verdict, "x")
        background, text = colours[verdict.value]
        assert panel.palette().color(QPalette.ColorRole.Window) == QColor(background)
        assert panel.word.palette().color(QPalette.ColorRole.WindowText) == QColor(text)
        # Painted, not only set: an application style sheet must not override the panel's palette.
        assert panel.grab().toImage().pixelColor(2, 2) == QColor(background)
    panel.show_idle()
    assert panel.grab().toImage().pixelColor(2, 2) == QColor(colours["idle"][0])


def _row_colour(model: RecentScansModel, row: int, role: Qt.ItemDataRole) -> QColor:
    brush = model.data(model.index(row, RecentScansModel.OUTCOME), role)
    assert isinstance(brush, QBrush)
    return brush.color()


@pytest.mark.parametrize("name", THEMES)
def test_recent_scan_rows_take_tint_and_text_together(qapp: QApplication, name: str) -> None:
    apply_theme(qapp, name)
    model = RecentScansModel()
    for ticket, verdict in enumerate(Verdict, start=1):
        model.upsert(
            ScanEntry(
                ticket, EntryKind.SCAN, f"ORDER-{ticket}", datetime.now(UTC), EntryState.DONE,
                verdict=ScanVerdict(verdict, "message"),
            )
        )  # fmt: skip
    rows = {
        _row_colour(model, row, Qt.ItemDataRole.BackgroundRole).name(): _row_colour(
            model, row, Qt.ItemDataRole.ForegroundRole
        ).name()
        for row in range(model.rowCount())
    }
    assert rows == {background: text for background, text in declared(name)["scan_rows"].values()}
    model.deleteLater()


def _border_pixel(field: ScanField) -> QColor:
    return field.grab().toImage().pixelColor(1, field.height() // 2)


def test_high_contrast_outlines_the_focused_scan_field(qapp: QApplication, qtbot: QtBot) -> None:
    apply_theme(qapp, "high_contrast")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field, other = ScanField(), ScanField()
    other.setObjectName("other")
    layout.addWidget(field)
    layout.addWidget(other)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert _border_pixel(field) == QColor("#ffffff")  # not focused: a white frame
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    image = field.grab().toImage()
    middle = field.height() // 2
    # Yellow, and thick: the outer 6 pixels of the frame.
    assert [image.pixelColor(x, middle) for x in range(6)] == [QColor("#ffff00")] * 6
