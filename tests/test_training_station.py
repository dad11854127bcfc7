"""The training station's own files: what it keeps in its folder so it works on any computer.

Real stations (`open_station(training=True)` on a throwaway PACKSTATION_HOME), a real `keyring`
backend that cannot keep anything (`fail.Keyring`) where training must do without one.
"""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from packstation.app.faces import Verdict
from packstation.app.station import open_station
from packstation.app.training import PINS_FILE_NAME, SIMULATOR_STATE_FILE_NAME
from packstation.station.roles import Lead
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN
from tests.keyrings import installed


def test_training_unlocks_with_the_published_pin_from_its_own_folder_without_a_keyring(
    station_home: Path,
) -> None:
    with installed(fail.Keyring()), open_station(training=True) as station:  # type: ignore[no-untyped-call]
        session = station.lead_session()
        assert session.unlock(TRAINING_LEAD_PIN) == Lead(TRAINING_LEAD_NAME)
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
