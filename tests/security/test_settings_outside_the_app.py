"""Item 2: settings edited outside the app no longer bypass the shift lead.

`settings.json` is read at every start. Adding `"allow_second_label": true` to it turned an exit 4
(already shipped) into a second paid label with no audit row. Each test here edits the real file
of a real station folder, as someone at the computer would, and runs the station's own paths
(`packstation ship`, the journal, the simulator over loopback).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from packstation.app.station import open_station
from packstation.cli import main
from packstation.journal import AttemptFilter
from packstation.paths import station_paths
from packstation.settings import StationSettings, save_settings
from packstation.station.roles import PrivilegedAction
from packstation.training.simulator import Simulator
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

LABEL_CALL = ("POST", "/orders/create-label-sync")


@pytest.fixture
def api_keys(monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)


def _edit_outside(settings_file: Path, **changes: Any) -> None:
    """What someone with a text editor does: change values in the file, nothing else."""
    data = json.loads(settings_file.read_text(encoding="utf-8"))
    data.update(changes)
    settings_file.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_allow_second_label_added_to_the_file_makes_no_second_label(
    simulator: Simulator, api_keys: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file = station_paths().settings_file
    save_settings(settings_file, StationSettings(api_url=simulator.base_url))
    number = simulator.shippable_order_numbers()[0]
    ship = ["ship", number, "--output", str(tmp_path / "label.pdf")]
    assert main(ship) == 0

    _edit_outside(settings_file, allow_second_label=True)
    capsys.readouterr()
    assert main(ship) == 4  # already shipped, as before the edit
    assert "already shipped" in capsys.readouterr().err
    assert simulator.count(*LABEL_CALL) == 1

    # A second label is a lead's decision for one order, in the console, and on the audit log.
    with open_station(training=False, overrides={"printer": None}) as station:
        [refused] = station.journal.attempts(AttemptFilter(error_code="already_shipped"))
        verdict = station.review().ship_second_label(refused.id, actor="Sam")
        overrides = [
            entry
            for entry in station.journal.audit_log()
            if entry.action == PrivilegedAction.OVERRIDE_ALREADY_SHIPPED
        ]
    assert verdict.parcel_id is not None
    assert simulator.count(*LABEL_CALL) == 2
    assert [(entry.actor, entry.detail) for entry in overrides] == [
        ("Sam", f"attempt {refused.id}, order {number}")
    ]
