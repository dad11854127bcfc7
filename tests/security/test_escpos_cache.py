"""Item 10: python-escpos unpickles a file from the station's `cache/escpos`: only we may write there.

The attack is run for real in a fresh interpreter (python-escpos reads its cache once, at import):
a folder anyone could write, holding a pickle that makes a folder when it is loaded. Before, the
station used that folder as it was, and importing python-escpos ran the planted code.
"""

from __future__ import annotations

import os
import pickle
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.printing.transports import escpos_cache_folder
from tests.security import mode_of, umask

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


class _Planted:
    """Unpickling this makes the folder `marker`: proof that the planted file ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def _plant(folder: Path, marker: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o777)
    planted = folder / f"{platform.python_version()}.capabilities.pickle"
    planted.write_bytes(pickle.dumps(_Planted(marker)))
    return planted


def test_importing_escpos_never_loads_a_pickle_others_could_plant(tmp_path: Path) -> None:
    home = tmp_path / "station"
    marker = tmp_path / "planted-code-ran"
    _plant(home / "cache" / "escpos", marker)
    script = "from packstation.printing.transports import escpos_printer_module; escpos_printer_module()"
    environment = {**os.environ, "PACKSTATION_HOME": str(home)}
    environment.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    with umask(0o022):
        subprocess.run([sys.executable, "-c", script], env=environment, check=True, timeout=60)
    assert not marker.exists()
    cache = home / "cache" / "escpos"
    assert mode_of(cache) == 0o700
    written = list(cache.iterdir())
    assert written, "python-escpos wrote its own cache into the private folder"
    assert all(mode_of(path) == 0o600 for path in written)


def test_a_new_cache_folder_is_private(tmp_path: Path) -> None:
    with umask(0o022):
        folder = escpos_cache_folder(tmp_path / "cache" / "escpos")
    assert folder == tmp_path / "cache" / "escpos"
    assert mode_of(folder) == 0o700
    assert mode_of(folder.parent) == 0o700


def test_a_folder_others_could_write_is_emptied_and_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "escpos"
    planted = _plant(folder, tmp_path / "marker")
    assert escpos_cache_folder(folder) == folder
    assert not planted.exists()
    assert mode_of(folder) == 0o700


def test_a_link_is_replaced_by_a_folder_of_our_own(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    planted = _plant(elsewhere, tmp_path / "marker")
    folder = tmp_path / "escpos"
    folder.symlink_to(elsewhere)
    assert escpos_cache_folder(folder) == folder
    assert not folder.is_symlink()
    assert folder.is_dir()
    assert planted.exists()  # the link's target is not ours to delete


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give a folder away"
)
def test_a_folder_owned_by_another_user_is_not_trusted(tmp_path: Path) -> None:
    folder = tmp_path / "escpos"
    planted = _plant(folder, tmp_path / "marker")
    folder.chmod(0o700)
    os.chown(folder, 65534, 65534)  # nobody
    assert escpos_cache_folder(folder) == folder
    assert folder.stat().st_uid == os.getuid()
    assert not planted.exists()
