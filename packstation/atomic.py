"""Atomic file writes: a crash or power cut leaves the old file or the new one, never half of one.

Also the small JSON state files written that way (training's PINs and counters) and read back.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from packstation.private_files import ensure_folder


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a synced temporary file in the same folder and `os.replace`.

    The file is 0600 (mkstemp's mode, kept by the rename); missing folders are made 0700.
    """
    ensure_folder(path.parent)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Persist the rename itself (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write_json(path: Path, data: dict[str, object]) -> None:
    atomic_write_bytes(path, json.dumps(data, indent=1, sort_keys=True).encode())


def read_json_object(path: Path) -> dict[str, object] | None:
    """The JSON object `atomic_write_json` wrote to `path`: {} when there is no file yet, None when
    the file cannot be read or holds no JSON object (the caller says what that means)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
