"""The training station's own files: what it keeps in its folder so it works on any computer.

Real stations (`open_station(training=True)` on a throwaway PACKSTATION_HOME), a real `keyring`
backend that cannot keep anything (`fail.Keyring`) where training must do without one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail

from packstation.app.faces import Verdict
from packstation.app.station import open_station
from packstation.app.training import (
    PINS_FILE_NAME,
    SIMULATOR_STATE_FILE_NAME,
    practice_files,
    reset_training,
)
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.station.roles import Lead
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN, TRAINING_PACKERS
from packstation.training.barcode_sheet import training_badges
from tests.keyrings import installed


def test_training_unlocks_with_the_published_pin_from_its_own_folder_without_a_keyring(
    station_home: Path,
) -> None:
    with installed(fail.Keyring()), open_station(training=True) as station:  # type: ignore[no-untyped-call]
        session = station.lead_session()
        assert session.unlock(TRAINING_LEAD_NAME, TRAINING_LEAD_PIN) == Lead(TRAINING_LEAD_NAME)
        assert (station.paths.data_dir / PINS_FILE_NAME).is_file()
        assert station.paths.data_dir.is_relative_to(station_home / "training")


def test_a_restarted_training_station_never_reuses_a_tracking_number(station_home: Path) -> None:
    tracking: list[str | None] = []
    for order in ("SHOP-3127", "SHOP-3128", "wc-58396"):
        with open_station(training=True, overrides={"printer": None}) as station:
            verdict = station.workflow.handle_scan(order)
            assert verdict.verdict is Verdict.SUCCESS, verdict.message
            tracking.append(verdict.tracking_number)
            assert (station.paths.data_dir / SIMULATOR_STATE_FILE_NAME).is_file()
    assert len(set(tracking)) == 3, tracking  # all three were 3SPOST0000001


def test_reset_removes_the_practice_and_keeps_settings_logs_and_the_sheet(station_home: Path) -> None:
    with open_station(training=True, overrides={"printer": None}) as station:
        assert station.workflow.handle_scan("SHOP-3127").verdict is Verdict.SUCCESS
        station.lead_session().unlock(TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)
        paths = station.paths
        sheet = station.barcode_sheet
    paths.settings_file.write_text('{"language": "nl"}')
    (paths.log_dir / "packstation.log").write_text("kept\n")

    removed = reset_training(paths)

    names = [path.name for path in removed]
    assert names == [
        "journal.sqlite3",
        "holders",
        "labels",
        SIMULATOR_STATE_FILE_NAME,
        f"{SIMULATOR_STATE_FILE_NAME}.lock",
        PINS_FILE_NAME,  # the banner's PIN works again, whatever a trainee set
    ]
    assert not any(path.exists() for path in practice_files(paths))
    assert paths.settings_file.read_text() == '{"language": "nl"}'
    assert (paths.log_dir / "packstation.log").is_file()
    assert sheet is not None
    assert sheet.is_file()
    assert reset_training(paths) == []  # already fresh
    with open_station(training=True, overrides={"printer": None}) as station:
        assert station.workflow.handle_scan("SHOP-3127").verdict is Verdict.SUCCESS  # open again


def test_reset_is_refused_while_the_training_journal_is_open(station_home: Path) -> None:
    with open_station(training=True, overrides={"printer": None}) as station:
        with pytest.raises(PackstationError) as caught:
            reset_training(station.paths)
        assert caught.value.code == ErrorCode.TRAINING_IN_USE
        assert station.paths.journal_file.is_file()


def test_a_file_that_cannot_be_removed_fails_the_reset_naming_it(
    station_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_station(training=True, overrides={"printer": None}) as station:
        paths = station.paths

    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("packstation.app.training.shutil.rmtree", refuse)  # folders cannot be removed
    with pytest.raises(PackstationError) as caught:
        reset_training(paths)
    assert caught.value.code == ErrorCode.TRAINING_RESET_FAILED
    assert str(paths.data_dir / "holders") in caught.value.message  # the first folder it met
    assert "removed before it: journal.sqlite3" in caught.value.message


def test_training_has_two_demo_packers_whose_sheet_badges_sign_them_in(station_home: Path) -> None:
    with open_station(
        training=True, overrides={"packers": [{"badge_id": "17", "name": "Sam Jansen"}]}
    ) as station:
        names = [packer.name for packer in station.settings.packers]
        assert names == ["Sam Jansen", *(name for _, name in TRAINING_PACKERS)]  # a listed packer stays
        for badge, (_, name) in zip(training_badges(), TRAINING_PACKERS, strict=True):
            verdict = station.workflow.handle_scan(badge.data)
            assert verdict.code == ErrorCode.SIGNED_IN, verdict.message
            assert verdict.reference == name
            assert badge.caption == name


def test_training_knows_the_meals_case_code_beside_the_cases_its_settings_list(station_home: Path) -> None:
    own = {"10012345678902": 12}
    with open_station(training=True, overrides={"case_barcodes": own, "printer": None}) as station:
        assert station.simulator is not None
        practice = station.simulator.seed_data.case_barcodes
        assert practice
        assert station.settings.case_barcodes == {**practice, **own}
