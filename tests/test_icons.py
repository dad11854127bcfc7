"""The app icon: the committed PNG/ICO/ICNS files are what resources/make_icons.py makes from the SVG,
they are found through `resource_path` (so from a checkout, a wheel and a bundle alike), and
`app_icon()` offers every size.

The generator renders with QtSvg, which needs a Qt application: the tests ask for pytest-qt's `qapp`
so the generator reuses it instead of creating a QGuiApplication of its own.
"""

from __future__ import annotations

import io
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from packstation.qt.icon import ICON_SIZES, app_icon, icon_file
from packstation.resources import resource_path
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


@pytest.fixture
def make_icons(qapp: QApplication) -> ModuleType:
    return load_script(ROOT / "resources" / "make_icons.py")


def test_the_app_and_the_generator_agree_on_the_sizes(make_icons: ModuleType) -> None:
    assert tuple(make_icons.PNG_SIZES) == ICON_SIZES
    assert {16, 24, 32, 48, 64, 128, 256, 512} == set(ICON_SIZES)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_found_through_resource_path_at_its_size(size: int) -> None:
    path = resource_path(icon_file(size))
    assert path == ICONS / f"packstation-{size}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # The rounded tile leaves the corners see-through and fills the middle.
        assert image.getpixel((0, 0))[3] < 16  # type: ignore[index]
        assert image.getpixel((size // 2, size // 2))[3] == 255  # type: ignore[index]


def test_the_svg_source_is_found_through_resource_path() -> None:
    assert resource_path("icons/packstation.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_committed_icons_equal_what_the_generator_makes(make_icons: ModuleType) -> None:
    assert make_icons.stale_files(ICONS) == [], "resources/icons is stale: run python resources/make_icons.py"


def test_the_ico_holds_every_windows_size(make_icons: ModuleType) -> None:
    frames = make_icons.frames(resource_path("icons/packstation.ico").read_bytes())
    assert sorted(frames) == [16, 24, 32, 48, 64, 128, 256]
    with Image.open(ICONS / "packstation-32.png") as png:
        assert make_icons.difference(frames[32], png) <= make_icons.TOLERANCE


def test_the_icns_holds_every_macos_size(make_icons: ModuleType) -> None:
    frames = make_icons.frames(resource_path("icons/packstation.icns").read_bytes())
    assert sorted(frames) == [32, 64, 128, 256, 512, 1024]
    with Image.open(ICONS / "packstation-512.png") as png:
        assert make_icons.difference(frames[512], png) <= make_icons.TOLERANCE


def test_the_check_notices_a_changed_or_missing_file(make_icons: ModuleType, tmp_path: Path) -> None:
    assert make_icons.main(["--check", "--out", str(tmp_path)]) == 1
    assert make_icons.main(["--out", str(tmp_path)]) == 0
    assert make_icons.main(["--check", "--out", str(tmp_path)]) == 0

    # Blank out the middle of one size: the pixels differ well beyond the tolerance.
    path = tmp_path / "packstation-48.png"
    with Image.open(path) as image:
        changed = image.copy()
    changed.paste((255, 0, 0, 255), (8, 8, 40, 40))
    changed.save(path)
    (tmp_path / "packstation.icns").unlink()
    assert make_icons.stale_files(tmp_path) == ["packstation-48.png", "packstation.icns"]


def test_the_check_notices_an_ico_with_a_size_missing(make_icons: ModuleType, tmp_path: Path) -> None:
    assert make_icons.main(["--out", str(tmp_path)]) == 0
    largest = make_icons.render(256)
    out = io.BytesIO()
    largest.save(out, format="ICO", sizes=[(16, 16), (32, 32), (256, 256)])
    (tmp_path / "packstation.ico").write_bytes(out.getvalue())
    assert make_icons.stale_files(tmp_path) == ["packstation.ico"]


def test_app_icon_offers_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert set(icon.availableSizes()) == {QSize(size, size) for size in ICON_SIZES}
    # The 16 px pixmap is the 16 px file, not the 512 one scaled down.
    pixmap = icon.pixmap(QSize(16, 16))
    assert pixmap.size() == QSize(16, 16)
