"""Where the station keeps its files.

Normal stations use the platform's folders (platformdirs). `PACKSTATION_HOME` moves every folder
under one root, which tests, training mode and support staff rely on. Training mode always uses a
folder of its own so it can never touch a real station's journal.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import platformdirs

from packstation.private_files import private_folder

APP_NAME = "Packstation"
HOME_ENV = "PACKSTATION_HOME"


class StationPaths(NamedTuple):
    """The folders of one station (real or training).

    A NamedTuple, not a dataclass: the packing window needs it before it shows, and `dataclasses`
    would cost ~4 ms of that start-up (bench/startup.py).
    """

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def label_store(self) -> Path:
        return self.data_dir / "labels"

    @property
    def shipping_names_file(self) -> Path:
        """The shipping options' names, cached when the settings are saved (station/shipping_names)."""
        return self.data_dir / "shipping-option-names.json"

    @property
    def shipping_limits_file(self) -> Path:
        """The shipping options' weight limits, cached with their names (station/shipping_limits)."""
        return self.data_dir / "shipping-option-weight-limits.json"

    def create(self) -> StationPaths:
        """Make the folders, 0700 (POSIX): they hold labels, the journal and the log."""
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.label_store):
            private_folder(folder)
        return self


def folders_under(root: Path) -> StationPaths:
    """A station's folders all under `root` (`PACKSTATION_HOME`, or a scratch training folder)."""
    return StationPaths(config_dir=root / "config", data_dir=root / "data", log_dir=root / "logs")


def station_paths(*, training: bool = False, environ: dict[str, str] | None = None) -> StationPaths:
    """The station's folders; nothing is created until `StationPaths.create()`."""
    env = os.environ if environ is None else environ
    override = env.get(HOME_ENV)
    if override:
        root = Path(override).expanduser()
        return folders_under(root / "training") if training else folders_under(root)
    if training:
        return folders_under(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "training")
    return StationPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
