"""Item 2: settings edited outside the app no longer bypass the shift lead.

`settings.json` is read at every start. Adding `"allow_second_label": true` to it turned an exit 4
(already shipped) into a second paid label with no audit row. Now the journal keeps what a lead
last saved (the file's SHA-256 and the safety fields' values); a file changed outside the app is
reported, and its safety fields keep the lead's values until a lead saves the settings.

Each test edits the real file of a real station folder, as someone at the computer would, and runs
the station's own paths (`open_station`, `packstation ship` and `doctor`, the journal, the
simulator and a virtual printer over loopback). Where a changed address or printer would lead,
a loopback listener stands and counts connections.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from packstation.app.settings_service import SavedBy, store_settings
from packstation.app.station import open_station
from packstation.cli import main
from packstation.journal import AttemptFilter, Journal
from packstation.paths import station_paths
from packstation.printing.profile import PrinterProfile
from packstation.qt.feedback import RecordingSoundPlayer
from packstation.qt.main_window import MainWindow
from packstation.qt.settings.dialog import SettingsDialog
from packstation.settings import StationSettings, read_settings, save_settings
from packstation.station.roles import PrivilegedAction
from packstation.station.settings_guard import (
    CHANGE_DETECTED,
    LEAD_SAVED,
    LEAD_SAVED_SAFETY,
    LEAD_SAVED_SHA256,
)
from packstation.station.workflow import Verdict
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.qt.driving import FAST_LOOKUP, WAIT_MS, enter_pin
from tests.security import Listener

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
    error = capsys.readouterr().err
    assert "already shipped" in error
    assert "[settings_changed_outside]" in error  # and the edit is reported
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


def _detections(journal: Journal) -> list[str]:
    return [entry.detail for entry in journal.audit_log() if entry.action == CHANGE_DETECTED]


def test_the_first_start_takes_the_file_as_the_leads_and_says_nothing(
    api_keys: None, station_home: Path
) -> None:
    """The trust assumption of a station upgraded from before this check (or a fresh one): the file
    it finds at its first start is taken as a lead's (docs/security.md)."""
    settings_file = station_paths().settings_file
    save_settings(settings_file, StationSettings(station_name="Bench 4", label_retention_days=30))
    with open_station(training=False) as station:
        assert station.settings_change is None
        assert station.settings.label_retention_days == 30
        assert station.journal.fact(LEAD_SAVED_SHA256) == read_settings(settings_file).sha256
        assert json.loads(station.journal.fact(LEAD_SAVED_SAFETY) or "")["label_retention_days"] == 30
        assert station.journal.audit_log() == ()
    with open_station(training=False) as station:  # and it is the lead's file from then on
        assert station.settings_change is None


def test_the_safety_fields_changed_outside_keep_the_values_a_lead_saved(
    simulator: Simulator, printer: VirtualPrinter, api_keys: None, station_home: Path
) -> None:
    settings_file = station_paths().settings_file
    lead_printer = PrinterProfile(url=printer.url, connect_timeout=3.0, status_timeout=3.0, write_timeout=3.0)
    save_settings(
        settings_file,
        StationSettings(api_url=simulator.base_url, printer=lead_printer, label_retention_days=30),
    )
    with open_station(training=False):
        pass  # the first start: the lead's file on record
    with Listener() as impostor:
        _edit_outside(
            settings_file,
            api_url=f"{impostor.url}/api/v3",
            printer={"url": f"tcp://127.0.0.1:{impostor.port}"},
            label_retention_days=3650,
            station_name="Bench 9",
        )
        with open_station(training=False) as station:
            change = station.settings_change
            assert change is not None
            assert change.fields == ("api_url", "printer", "label_retention_days")
            assert station.settings.station_name == "Bench 9"  # the file's other settings apply
            assert station.settings.api_url == simulator.base_url
            assert station.settings.printer == lead_printer
            assert station.settings.label_retention_days == 30
            verdict = station.workflow.handle_scan(simulator.shippable_order_numbers()[3])
        assert verdict.verdict is Verdict.SUCCESS, verdict.message
        assert impostor.connections == 0  # neither the keys nor the label went there
    assert len(printer.wait_for_jobs(1, timeout=10)) == 1


def test_a_change_outside_is_audited_once_per_version_of_the_file_without_its_values(
    api_keys: None, station_home: Path
) -> None:
    settings_file = station_paths().settings_file
    save_settings(settings_file, StationSettings())
    with open_station(training=False) as station:
        assert _detections(station.journal) == []
    _edit_outside(settings_file, api_url="https://sendcloud.example.net/api/v3")
    for _start in range(2):
        with open_station(training=False) as station:
            assert station.settings_change is not None
            detections = _detections(station.journal)
            actors = {entry.actor for entry in station.journal.audit_log()}
    assert len(detections) == 1
    assert "api_url" in detections[0]
    assert "example.net" not in detections[0]
    assert actors == {"station"}  # no person did it

    settings_file.unlink()  # no file at all is a change too: the defaults are not the lead's file
    with open_station(training=False) as station:
        assert station.settings_change is not None
        assert station.settings_change.fields == ()  # the defaults are the lead's values here
        assert len(_detections(station.journal)) == 2


def test_doctor_reports_the_change_and_exits_11_checking_what_the_lead_saved(
    simulator: Simulator, api_keys: None, station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file = station_paths().settings_file
    save_settings(settings_file, StationSettings(api_url=simulator.base_url))
    assert main(["doctor", "--timeout", "2"]) == 0  # before the first start: nothing on record
    with open_station(training=False):
        pass
    assert main(["doctor", "--timeout", "2"]) == 0
    with Listener() as impostor:
        _edit_outside(settings_file, api_url=f"{impostor.url}/api/v3")
        capsys.readouterr()
        assert main(["doctor", "--timeout", "2"]) == 11
        assert impostor.connections == 0  # the doctor tried the address the station uses
    report = capsys.readouterr().out
    assert "FAIL ] Lead-saved settings" in report
    assert "changed outside Packstation" in report
    assert f"{simulator.base_url} answered" in report
    assert "a lead must review" in report


def test_a_leads_save_accepts_the_change_from_the_next_start_on(api_keys: None, station_home: Path) -> None:
    settings_file = station_paths().settings_file
    save_settings(settings_file, StationSettings(label_retention_days=30))
    with open_station(training=False):
        pass
    _edit_outside(settings_file, label_retention_days=60)
    with open_station(training=False) as station:
        change = station.settings_change
        assert change is not None
        assert station.settings.label_retention_days == 30
        # What the settings dialog's save does (F9, behind the lead's PIN), on the file's values.
        store_settings(station.paths, change.in_file, saved_by=SavedBy("Sam", station.journal))
    with open_station(training=False) as station:
        assert station.settings_change is None
        assert station.settings.label_retention_days == 60
        saves = [entry for entry in station.journal.audit_log() if entry.action == LEAD_SAVED]
    assert [(entry.actor, entry.detail.split("; ")[1]) for entry in saves] == [
        ("Sam", "safety fields changed: label_retention_days")
    ]


def test_the_packing_window_shows_the_change_in_red_and_a_leads_f9_save_accepts_it(
    qtbot: QtBot, station_home: Path
) -> None:
    """The packing window over a training station (its own folder and journal, the published lead
    PIN): red from the start, the settings dialog shows what was held back, and the lead's save
    makes the file theirs."""
    settings_file = station_paths(training=True).settings_file
    with open_station(training=True):
        pass  # the first start: no file yet, the defaults on record as the lead's
    settings_file.write_text(json.dumps({"station_name": "Bench 7", "label_retention_days": 3650}))
    overrides = {**FAST_LOOKUP, "scanner": {"burst_ms": 0}}
    with open_station(training=True, overrides=overrides) as station:
        window = MainWindow(station, sounds=RecordingSoundPlayer())
        qtbot.addWidget(window, before_close_func=MainWindow.shutdown)
        window.show()
        with qtbot.waitSignal(window.recovery_done, timeout=WAIT_MS):
            window.start()
        banner = window.settings_banner
        assert banner is not None
        assert banner.isVisible()
        assert "changed outside Packstation" in banner.text()
        assert station.settings.station_name == "Bench 7"
        assert station.settings.label_retention_days == 90  # as the lead saved it

        tools = window.lead_tools
        assert tools is not None
        with qtbot.waitSignal(tools.settings_opened, timeout=WAIT_MS) as opened:
            QTest.keyClick(window.scan_field, Qt.Key.Key_F9)
            enter_pin(qtbot, tools, TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)
        dialog = opened.args[0]
        assert isinstance(dialog, SettingsDialog)
        assert dialog.review is not None
        assert set(dialog.review.take_from_file) == {"label_retention_days"}
        assert dialog.label_retention_days.value() == 90
        dialog.review.take_from_file["label_retention_days"].setChecked(True)
        assert dialog.label_retention_days.value() == 3650
        with qtbot.waitSignal(tools.settings_saved, timeout=WAIT_MS):
            dialog.save_button.click()
        assert not banner.isVisible()
        assert tools.saved_notice is not None
        tools.saved_notice.accept()
        saves = [
            (entry.actor, entry.detail) for entry in station.journal.audit_log() if entry.action == LEAD_SAVED
        ]
        assert len(saves) == 1
        assert saves[0][0] == TRAINING_LEAD_NAME
        assert "label_retention_days" in saves[0][1]  # (training saves its simulator and printer too)
        window.shutdown()
    with open_station(training=True) as station:
        assert station.settings_change is None
        assert station.settings.label_retention_days == 3650
