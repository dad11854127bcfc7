"""docs/screenshots.py: the user guide's screenshots come from the real packing window.

One shot is rendered for real (offscreen, training station on loopback sockets) into a temporary
folder; the others are only checked for a committed PNG, so the suite stays fast.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from packstation.paths import HOME_ENV
from tests.scripts import load_script

DOCS = Path(__file__).resolve().parent.parent / "docs"
VERDICT_RED = QColor("#c62828").rgb()  # the verdict panel's "failed" background


@pytest.fixture(scope="module")
def screenshots() -> ModuleType:
    """docs/screenshots.py is a script, not a package module: loaded from its path."""
    return load_script(DOCS / "screenshots.py", "docs_screenshots")


def share(image: QImage, rgb: int) -> float:
    """The share of pixels of exactly this colour, sampled on a 4-pixel grid."""
    samples = [
        image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    ]
    return sum(1 for pixel in samples if pixel == rgb & 0xFFFFFF) / len(samples)


def test_the_failure_shot_shows_the_red_verdict_of_a_real_scan(
    qapp: QApplication, screenshots: ModuleType, tmp_path: Path, station_home: Path
) -> None:
    [shot] = [shot for shot in screenshots.SHOTS if shot.name == "scan-failed"]

    path = screenshots.take(shot, tmp_path)

    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1366, 768)  # the guide's screen, the smaller one
    # Not blank: the red panel fills a good part of the window, and other colours (banner, text,
    # list) fill the rest.
    assert 0.15 < share(image, VERDICT_RED) < 0.8
    assert len({image.pixel(x, y) for x in range(0, 1366, 10) for y in range(0, 768, 10)}) > 20
    # Each shot runs in a home of its own and gives the caller's back.
    assert os.environ[HOME_ENV] == str(station_home)
    assert not list(station_home.glob("**/journal.sqlite3"))


def test_every_shot_has_a_committed_image_and_the_docs_show_only_existing_ones(
    screenshots: ModuleType,
) -> None:
    names = [shot.name for shot in screenshots.SHOTS]
    assert len(names) == len(set(names))
    for screen, size in screenshots.SCREENS.items():
        folder = screenshots.screen_folder(DOCS / "images", screen)
        missing = [name for name in names if not (folder / f"{name}.png").is_file()]
        assert missing == [], f"run: .venv/bin/python docs/screenshots.py --screen {screen}"
        # Taken at that screen: the packing window fills it, and nothing is bigger than it.
        idle = QImage(str(folder / "packing-idle.png"))
        assert (idle.width(), idle.height()) == (size.width(), size.height())
        for name in names:
            image = QImage(str(folder / f"{name}.png"))
            assert image.width() <= size.width(), (screen, name)
            assert image.height() <= size.height(), (screen, name)
    referenced = {
        match
        for page in DOCS.glob("*.md")
        for match in re.findall(r"\(images/([\w.-]+\.png)\)", page.read_text(encoding="utf-8"))
    }
    assert referenced, "the user guide shows no screenshots"
    assert sorted(name for name in referenced if not (DOCS / "images" / name).is_file()) == []


def test_the_console_shot_goes_through_the_pin_and_leaves_the_keyring_as_it_was(
    qapp: QApplication, screenshots: ModuleType, tmp_path: Path, station_home: Path
) -> None:
    import keyring

    [shot] = [shot for shot in screenshots.SHOTS if shot.name == "console-detail"]
    before = keyring.get_keyring()

    path = screenshots.take(shot, tmp_path)

    image = QImage(str(path))
    assert not image.isNull()
    # The detail pane alone (not the whole console, not a blank window): narrower than the console,
    # with text and boxes in it.
    assert 300 < image.width() < screenshots.SCREENS[screenshots.GUIDE_SCREEN].width()
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}) > 20
    )
    # The shot's in-memory keyring (training keys, the lead's PIN) is gone again.
    assert keyring.get_keyring() is before
