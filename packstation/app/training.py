"""The training station's own files, beside its journal in the training folder.

Training keeps everything it needs in its folder, so it works on any computer (no OS keyring, no
account, no printer): its shift-lead PINs (`PinFile`, whose first lead's PIN is published on the
banner) and the simulator's parcel counter (`training.counters`: tracking numbers never repeat in
one training folder). A real station never uses anything here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from packstation.paths import StationPaths, folders_under
from packstation.station.roles import PinFile, PinStore
from packstation.training import TRAINING_LEAD_NAME, TRAINING_LEAD_PIN

PINS_FILE_NAME: Final = "training-lead-pins.json"
SIMULATOR_STATE_FILE_NAME: Final = "simulator-state.json"


def training_pin_store(paths: StationPaths) -> PinStore:
    """The training station's shift-lead PINs: a file in its folder, starting with the published
    first lead (`TRAINING_LEAD_PIN`). Never the OS keyring: training must work without one."""
    return PinStore(
        vault=PinFile(paths.data_dir / PINS_FILE_NAME), first_lead=(TRAINING_LEAD_NAME, TRAINING_LEAD_PIN)
    )


@contextmanager
def scratch_training_paths() -> Iterator[StationPaths]:
    """A fresh training folder for one run, removed afterwards (`packstation --self-test`): what
    anyone practised in the training folder (an order shipped there stays shipped) never makes the
    self-test fail, and the self-test leaves no practice behind."""
    with tempfile.TemporaryDirectory(prefix="packstation-self-test-", ignore_cleanup_errors=True) as folder:
        yield folders_under(Path(folder))
