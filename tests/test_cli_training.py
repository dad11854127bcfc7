"""`packstation --self-test` and the training folder, as a station runs them: real subprocesses
on a throwaway PACKSTATION_HOME (the README's example order, SHOP-3127, shipped first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.app.faces import Verdict
from packstation.app.station import open_station

README_ORDER = "SHOP-3127"


def packstation(
    home: Path, *args: str, env: dict[str, str] | None = None, module: bool = True
) -> subprocess.CompletedProcess[str]:
    """`python -m packstation ARGS` (or `python ARGS` with `module=False`) on the station home `home`."""
    environment = {**os.environ, "PACKSTATION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for variable in ("PACKSTATION_PUBLIC_KEY", "PACKSTATION_SECRET_KEY"):
        environment.pop(variable, None)
    return subprocess.run(
        [sys.executable, *(["-m", "packstation"] if module else []), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_self_test_passes_again_and_again_after_the_readmes_order_was_shipped_in_training(
    tmp_path: Path,
) -> None:
    shipped = packstation(tmp_path, "ship", README_ORDER, "--training")
    assert shipped.returncode == 0, shipped.stderr
    labels = tmp_path / "training" / "data" / "labels"
    kept = sorted(labels.iterdir())
    for _ in range(2):
        self_test = packstation(tmp_path, "--self-test")
        assert self_test.returncode == 0, self_test.stderr  # it was exit 4, "already shipped", forever
        assert README_ORDER in self_test.stdout
    assert sorted(labels.iterdir()) == kept  # the practice folder is not the self-test's


def test_reset_forgets_the_practice_says_what_it_removed_and_opens_no_window(tmp_path: Path) -> None:
    assert packstation(tmp_path, "ship", README_ORDER, "--training").returncode == 0
    assert packstation(tmp_path, "ship", README_ORDER, "--training").returncode == 4  # already shipped
    data = tmp_path / "training" / "data"
    settings = tmp_path / "training" / "config" / "settings.json"
    settings.write_text('{"station_name": "Practice bench"}')

    env_without_qt = {"QT_QPA_PLATFORM": "no-such-platform"}  # a window would fail to open
    reset = packstation(tmp_path, "--training", "--reset", env=env_without_qt)

    assert reset.returncode == 0, reset.stderr
    removed = [line.split(maxsplit=1)[1] for line in reset.stdout.splitlines() if line.startswith("removed")]
    assert {Path(path).name for path in removed} >= {"journal.sqlite3", "labels", "simulator-state.json"}
    assert all(not Path(path).exists() for path in removed)
    assert settings.read_text() == '{"station_name": "Practice bench"}'  # settings stay
    shipped_again = packstation(tmp_path, "ship", README_ORDER, "--training")
    assert shipped_again.returncode == 0, shipped_again.stderr  # the practice order is open again
    assert (data / "journal.sqlite3").is_file()
    again = packstation(tmp_path, "--training", "--reset")
    assert again.returncode == 0
    assert "removed" in again.stdout
    fresh = packstation(tmp_path, "--training", "--reset")
    assert fresh.returncode == 0
    assert "already fresh" in fresh.stdout


def test_reset_imports_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from packstation.cli import main; code = main(['--training', '--reset']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'packstation.qt'))]; sys.exit(code)"
    )
    done = packstation(tmp_path, "-c", code, module=False)
    assert done.returncode == 0, done.stderr


def test_reset_is_refused_without_training_and_while_a_training_station_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = packstation(tmp_path, "--reset")
    assert alone.returncode == 2
    assert "--training" in alone.stderr
    assert packstation(tmp_path, "--training", "--reset", "recover").returncode == 2

    monkeypatch.setenv("PACKSTATION_HOME", str(tmp_path))
    with open_station(training=True) as station:  # this process holds the training journal open
        refused = packstation(tmp_path, "--training", "--reset")
        assert refused.returncode == 1
        assert "[training_in_use]" in refused.stderr
        assert station.paths.journal_file.is_file()
        assert station.workflow.handle_scan(README_ORDER).verdict is Verdict.SUCCESS  # still writable
    assert packstation(tmp_path, "--training", "--reset").returncode == 0  # closed: now it may
