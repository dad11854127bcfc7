"""Item 11: the programs the station starts never see its `PACKSTATION_*` variables (keys included).

Real processes: a stand-in sound player and a stand-in `xdg-open`, found on PATH as the real ones
would be, write the environment they were given to a file.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from packstation.child_processes import child_environment
from packstation.qt.feedback import Sound, SoundPlayer, open_with_desktop, platform_launcher, spawn_detached
from packstation.qt.widgets.training_banner import TrainingBanner
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

pytestmark = pytest.mark.skipif(os.name != "posix", reason="stand-in programs are POSIX scripts")

CHILD_WAIT_S = 10.0  # how long a started child may take to write its file (a loaded CI machine)


@pytest.fixture
def station_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The keys and the home in the environment, as on a headless station; where children report."""
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path / "station"))
    monkeypatch.setenv("STATION_TEST_MARKER", "kept")  # any other variable passes on
    dump = tmp_path / "child-environment.json"
    monkeypatch.setenv("ENV_DUMP", str(dump))
    return dump


def _stand_in(folder: Path, name: str) -> Path:
    """An executable `name` in `folder` that writes its environment to $ENV_DUMP as JSON."""
    folder.mkdir(exist_ok=True)
    program = folder / name
    program.write_text(
        f"#!{sys.executable}\nimport json, os\n"
        "with open(os.environ['ENV_DUMP'] + '.tmp', 'w') as out:\n    json.dump(dict(os.environ), out)\n"
        "os.replace(os.environ['ENV_DUMP'] + '.tmp', os.environ['ENV_DUMP'])\n",
        encoding="utf-8",
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def _child_environment(dump: Path) -> dict[str, str]:
    deadline = time.monotonic() + CHILD_WAIT_S
    while not dump.exists():
        assert time.monotonic() < deadline, "the child never wrote its environment"
        time.sleep(0.02)
    seen: dict[str, str] = json.loads(dump.read_text(encoding="utf-8"))
    return seen


def _assert_clean(seen: dict[str, str]) -> None:
    assert [name for name in seen if name.upper().startswith("PACKSTATION_")] == []
    assert TEST_SECRET_KEY not in json.dumps(seen)
    assert seen["STATION_TEST_MARKER"] == "kept"


def test_a_started_command_gets_no_station_variables(station_variables: Path, tmp_path: Path) -> None:
    program = _stand_in(tmp_path / "bin", "reporter")
    spawn_detached([str(program)]).wait(timeout=CHILD_WAIT_S)
    _assert_clean(_child_environment(station_variables))


def test_the_sound_player_gets_no_station_variables(
    station_variables: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stand_in(tmp_path / "bin", "paplay")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    with SoundPlayer(launcher=platform_launcher(platform="linux")) as player:
        player.play(Sound.SUCCESS)
        _assert_clean(_child_environment(station_variables))


def test_the_practice_sheet_opens_in_a_viewer_without_station_variables(
    qtbot: QtBot, station_variables: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stand_in(tmp_path / "bin", "xdg-open")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    sheet = tmp_path / "training-barcodes.pdf"
    sheet.write_bytes(b"%PDF-1.4")
    banner = TrainingBanner(sheet)
    qtbot.addWidget(banner)
    assert not banner.openExternalLinks()  # Qt would start the viewer with our whole environment
    banner.linkActivated.emit(sheet.as_uri())
    _assert_clean(_child_environment(station_variables))


def test_no_opener_is_no_error(tmp_path: Path) -> None:
    assert not open_with_desktop(tmp_path / "x.pdf", platform="linux", which=lambda _name: None)


def test_the_rule_drops_every_station_variable_whatever_its_case() -> None:
    given = {"PACKSTATION_SECRET_KEY": "s", "Packstation_Home": "h", "PATH": "/bin", "PACKSTATIONX": "x"}
    assert child_environment(given) == {"PATH": "/bin", "PACKSTATIONX": "x"}
