"""Files and folders only this user can read: the station's folders 0700, every file it writes 0600.

Labels, the journal, the log and exports carry names and addresses; with the usual umask 022 they
were readable by every account on the computer. Each writer of the station goes through one of
these (or `atomic.py`, whose temporary files are 0600 from the start), so the modes never depend on
the umask of whoever started the station.

POSIX only: on Windows `os.chmod` sets nothing but the read-only flag, and the station's folders
are under the user's profile (`%LOCALAPPDATA%`), whose ACL already admits only that user, SYSTEM
and the administrators (docs/security.md).

Cheap to import (os, stat, pathlib): `paths.py` uses it on the way to the first frame.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from pathlib import Path
from typing import Final

PRIVATE_FOLDER: Final = 0o700
PRIVATE_FILE: Final = 0o600
POSIX: Final = os.name == "posix"


def ensure_folder(path: Path) -> Path:
    """`path` as a folder; those of it and its parents that are missing are created 0700. Existing
    folders are left as they are (a folder a person chose, such as an export's, is theirs)."""
    missing: list[Path] = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            continue  # made by another process meanwhile: it is still a folder
        _chmod(created, PRIVATE_FOLDER)  # mkdir's mode passes through the umask
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


def private_folder(path: Path) -> Path:
    """One of the station's own folders: created as `ensure_folder` does, and made 0700 when it
    already existed (a station set up before this rule had them 0755)."""
    ensure_folder(path)
    _chmod(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Make an existing file 0600 (a file written before this rule); a missing one is left missing."""
    with contextlib.suppress(FileNotFoundError):
        _chmod(path, PRIVATE_FILE)
    return path


def create_private_file(path: Path) -> Path:
    """`path` as a file, created empty with 0600 when missing, else made 0600 (kept as it is).

    For files that another library opens by name (SQLite copies the database's mode to its -wal
    and -shm files): created here first, the file has the station's mode from the start.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(descriptor)
    return private_file(path)


def open_private(
    path: Path,
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    errors: str | None = None,
    newline: str | None = None,
) -> io.TextIOWrapper:
    """`open(path, mode, …)` for writing text, but a new file is 0600 from its first byte and an
    existing one is made 0600. `mode`: "w" (truncate), "a" (append) or "x" (new only)."""
    descriptor = _private_descriptor(path, mode)
    try:
        buffered = io.BufferedWriter(io.FileIO(descriptor, mode))
        return io.TextIOWrapper(buffered, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        os.close(descriptor)
        raise


def open_private_binary(path: Path, mode: str = "a") -> io.BufferedWriter:
    """`open_private` for bytes (a label appended to a file or a printer's device node)."""
    descriptor = _private_descriptor(path, mode)
    try:
        return io.BufferedWriter(io.FileIO(descriptor, mode))
    except BaseException:
        os.close(descriptor)
        raise


_WRITE_FLAGS: Final = {
    "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    "a": os.O_WRONLY | os.O_CREAT | os.O_APPEND,
    "x": os.O_WRONLY | os.O_CREAT | os.O_EXCL,
}


def _private_descriptor(path: Path, mode: str) -> int:
    if mode not in _WRITE_FLAGS:
        raise ValueError(f"a private file is opened to write: mode 'w', 'a' or 'x', not {mode!r}")
    # O_BINARY (Windows): the text layer above translates line ends itself, as open() does.
    descriptor = os.open(path, _WRITE_FLAGS[mode] | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
    try:
        if POSIX:
            info = os.fstat(descriptor)
            # An existing file keeps its mode through open(): make it ours. Not a device node (a
            # printer's /dev/usb/lp0) nor another user's file, whose modes are not the station's.
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.fchmod(descriptor, PRIVATE_FILE)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def owned_private_folder(path: Path) -> Path | None:
    """`path` as a folder that only this user can write, or None when it cannot be made one.

    For a folder whose contents the station *trusts* (python-escpos unpickles a file from its
    cache folder: whoever can write there runs code as the station): a folder that is a link, not
    ours, or writable by others is not used as it is. It is removed with everything in it (a
    planted file must not survive) and made again 0700; when that fails, None.
    """
    try:
        ensure_folder(path.parent)
        try:
            path.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            if not _is_owned_private_folder(path):
                _remove(path)
                path.mkdir(mode=PRIVATE_FOLDER)
        _chmod(path, PRIVATE_FOLDER)
    except OSError:
        return None
    return path if _is_owned_private_folder(path) else None


def _is_owned_private_folder(path: Path) -> bool:
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode):
        return False  # a link (to anywhere) or a file
    if not POSIX:
        return True
    return info.st_uid == os.getuid() and not stat.S_IMODE(info.st_mode) & 0o077


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink()
    else:
        import shutil  # only here: the module stays cheap for the first frame

        shutil.rmtree(path)


def _chmod(path: Path, mode: int) -> None:
    """chmod, on POSIX, of what this user owns: only the owner may change a mode, and another
    user's folder (a shared PACKSTATION_HOME's parent, a device) keeps the mode its owner chose."""
    if POSIX and path.lstat().st_uid == os.getuid():
        os.chmod(path, mode)
