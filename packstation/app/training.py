"""The training station's own files, beside its journal in the training folder.

Training keeps everything it needs in its folder, so it works on any computer (no OS keyring, no
account, no printer): its shift-lead PINs (`PinFile`, whose first lead's PIN is published on the
banner). A real station never uses anything here.
"""

from __future__ import annotations

from typing import Final

from packstation.paths import StationPaths
from packstation.station.roles import PinFile, PinStore
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN

PINS_FILE_NAME: Final = "training-lead-pins.json"


def training_pin_store(paths: StationPaths) -> PinStore:
    """The training station's shift-lead PINs: a file in its folder, starting with the published
    first lead (`TRAINING_LEAD_PIN`). Never the OS keyring: training must work without one."""
    return PinStore(
        vault=PinFile(paths.data_dir / PINS_FILE_NAME), first_lead=(TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)
    )
