"""The resources folder: found from a checkout or a frozen bundle, packaged into the wheel, and the
committed sounds equal what resources/make_sounds.py makes.

An installed wheel's copy is the data-only package `packstation/_resources` beside the module:
`test_an_installed_package_finds_its_data_folder` lays that out in a temporary site-packages;
building a wheel here would be too slow, so `test_wheel_configuration_*` check the setuptools
configuration that puts the folder there.
"""

from __future__ import annotations

import fnmatch
import sys
import tomllib
import wave
from pathlib import Path
from types import ModuleType

import pytest

from packstation import resources
from packstation.resources import read_resource_bytes, resource_path, resource_roots
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SOUNDS = ("success", "error", "already_shipped", "item", "item_refused")


def _make_sounds() -> ModuleType:
    return load_script(RESOURCES / "make_sounds.py")


def test_a_checkout_finds_its_resources_folder() -> None:
    assert resource_roots()[-1] == RESOURCES
    assert resource_path("sounds/success.wav") == RESOURCES / "sounds" / "success.wav"
    assert read_resource_bytes("sounds/error.wav") == (RESOURCES / "sounds" / "error.wav").read_bytes()


def test_backslashes_are_accepted_as_separators() -> None:
    assert resource_path("sounds\\success.wav") == resource_path("sounds/success.wav")


@pytest.mark.parametrize(
    "relative", ["", ".", "../pyproject.toml", "sounds/../../README.md", "/etc/passwd", "C:/x"]
)
def test_paths_outside_the_folder_are_refused(relative: str) -> None:
    with pytest.raises(ValueError, match="not a path inside resources/"):
        resource_path(relative)


def test_a_missing_resource_names_where_it_was_looked_for() -> None:
    with pytest.raises(FileNotFoundError, match=r"sounds/nope\.wav.*resources"):
        resource_path("sounds/nope.wav")


def test_a_folder_is_not_a_resource() -> None:
    with pytest.raises(FileNotFoundError):
        resource_path("sounds")


def test_a_frozen_bundle_uses_its_own_copy_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What PyInstaller sets; the spec copies resources/ to <bundle>/resources.
    bundled = tmp_path / "resources" / "sounds" / "success.wav"
    bundled.parent.mkdir(parents=True)
    bundled.write_bytes(b"bundled copy")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_roots()[0] == tmp_path / "resources"
    assert resource_path("sounds/success.wav") == bundled
    # What the bundle lacks still comes from the next place that has it.
    assert resource_path("sounds/error.wav") == RESOURCES / "sounds" / "error.wav"


def test_an_installed_package_finds_its_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # site-packages/packstation/{resources.py, _resources/}, with no pyproject.toml beside it.
    package = tmp_path / "site-packages" / "packstation"
    installed = package / resources.INSTALLED_FOLDER / "sounds" / "success.wav"
    installed.parent.mkdir(parents=True)
    installed.write_bytes(b"installed copy")
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    monkeypatch.delattr(sys, "frozen", raising=False)

    assert resource_roots() == [package / resources.INSTALLED_FOLDER]
    assert resource_path("sounds/success.wav") == installed


def test_meipass_alone_does_not_make_a_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert tmp_path / "resources" not in resource_roots()


# --- The sounds --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "seconds"),
    [
        ("success", 0.150),
        ("error", 0.400),
        ("already_shipped", 0.300),
        ("item", 0.060),
        ("item_refused", 0.250),
    ],
)
def test_sounds_are_short_small_16_bit_mono_wavs(name: str, seconds: float) -> None:
    path = resource_path(f"sounds/{name}.wav")
    assert path.stat().st_size < 40_000
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        assert wav.getnframes() / wav.getframerate() == pytest.approx(seconds, abs=0.005)


def test_the_sounds_differ() -> None:
    contents = {read_resource_bytes(f"sounds/{name}.wav") for name in SOUNDS}
    assert len(contents) == len(SOUNDS)


def test_committed_sounds_equal_what_the_generator_makes() -> None:
    make_sounds = _make_sounds()
    assert set(make_sounds.SOUNDS) == set(SOUNDS)
    for name in SOUNDS:
        committed = (RESOURCES / "sounds" / f"{name}.wav").read_bytes()
        assert committed == make_sounds.wav_bytes(name), (
            f"resources/sounds/{name}.wav is stale: run python resources/make_sounds.py"
        )


def test_the_generator_writes_and_checks_a_folder(tmp_path: Path) -> None:
    make_sounds = _make_sounds()
    assert make_sounds.main(["--check", "--out", str(tmp_path)]) == 1
    assert make_sounds.main(["--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{name}.wav" for name in SOUNDS)
    assert make_sounds.main(["--check", "--out", str(tmp_path)]) == 0


def test_the_generator_sine_is_accurate() -> None:
    import math

    sine = _make_sounds().sine
    for step in range(-500, 2000):
        phase = step / 137
        assert sine(phase) == pytest.approx(math.sin(2 * math.pi * phase), abs=1e-9)


# --- What goes into the wheel ------------------------------------------------------------------


def _setuptools_config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config: dict[str, object] = tomllib.load(file)["tool"]["setuptools"]
    return config


def _folders(top: Path) -> list[Path]:
    return sorted(
        folder for folder in [top, *top.rglob("*")] if folder.is_dir() and "__pycache__" not in folder.parts
    )


def _package_for(folder: Path, top: Path, package: str) -> str:
    return ".".join([package, *folder.relative_to(top).parts])


def test_wheel_configuration_lists_every_package_and_resource_folder() -> None:
    config = _setuptools_config()
    assert config["package-dir"] == {"packstation._resources": "resources"}
    expected = {
        _package_for(folder, ROOT / "packstation", "packstation")
        for folder in _folders(ROOT / "packstation")
        if any(folder.glob("*.py"))
    } | {_package_for(folder, RESOURCES, "packstation._resources") for folder in _folders(RESOURCES)}
    listed = config["packages"]
    assert isinstance(listed, list)
    assert set(listed) == expected, "update [tool.setuptools] packages in pyproject.toml"


def test_wheel_configuration_ships_every_resource_file() -> None:
    package_data = _setuptools_config()["package-data"]
    assert isinstance(package_data, dict)
    shipped: list[Path] = []
    for folder in _folders(RESOURCES):
        patterns = package_data.get(_package_for(folder, RESOURCES, "packstation._resources"), [])
        for file in folder.iterdir():
            if file.is_file() and file.suffix != ".py":  # the generator ships as a module anyway
                assert any(fnmatch.fnmatch(file.name, pattern) for pattern in patterns), (
                    f"{file.relative_to(ROOT)} would be left out of the wheel: add it to "
                    "[tool.setuptools.package-data] in pyproject.toml"
                )
                shipped.append(file)
    assert {RESOURCES / "sounds" / f"{name}.wav" for name in SOUNDS} <= set(shipped)


def test_an_installed_copy_is_looked_for_where_the_wheel_puts_it() -> None:
    package_dir = _setuptools_config()["package-dir"]
    assert isinstance(package_dir, dict)
    (package,) = package_dir
    assert package == f"packstation.{resources.INSTALLED_FOLDER}"
