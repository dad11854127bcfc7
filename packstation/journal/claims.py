"""Who may make a label for an order right now: claims, and the OS lock that says a holder lives.

Sendcloud has no idempotency key, so two processes that both decide "this order has no label yet"
both pay. Every process that can make a label therefore first *claims* the order in the journal,
in one transaction with the already-shipped check (`Journal.claim`). Two kinds of claim:

* a **packing hold** (`ClaimKind.PACKING`) is taken when an order is scanned and shown to anyone
  else who scans it ("being packed at station 3"); nothing has been paid yet, so a shift lead may
  take it over, and a dead holder's hold is simply taken over;
* a **label-in-flight** claim (`ClaimKind.LABEL`) is taken just before the label call and held
  until the attempt is settled (a label is known, or it is proved that none was made). It is hard:
  nobody takes it over while its holder lives, and a dead holder's claim is taken over only after
  a lookup at Sendcloud has settled the holder's attempt.

A holder is one open journal (one process, one workflow). It is alive while it holds an OS file
lock on `holders/<id>.lock` beside the journal: the kernel releases that lock when the process dies,
however it dies, so "the lock is free" is proof of death that a timestamp or a PID can never be
(PIDs are reused; a hung process is not dead). The lock is taken with `filelock`, which uses
`flock` on POSIX and `msvcrt.locking` on Windows. A journal shared by many machines (the
many-stations issue) uses the server's advisory locks instead (`HolderRegistry`, journal/postgres.py).
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from filelock import FileLock, Timeout

from packstation.journal.models import Attempt, AttemptId
from packstation.private_files import PRIVATE_FILE, ensure_folder


class ClaimKind(StrEnum):
    PACKING = "packing"  # taken at the order scan; a lead may take it over
    LABEL = "label"  # a label call is in flight or unsettled: hard

    def describe(self, order_number: str) -> str:
        if self is ClaimKind.PACKING:
            return f"Order {order_number} is being packed"
        return f"A label for order {order_number} is being made"


@dataclass(frozen=True)
class Holder:
    """One process's hold on the journal: its id (the lock file's name) and who it is, in words."""

    id: str
    station: str
    pid: int
    host: str
    # On the shared journal the station's name (`station_id`) is unique in the warehouse and is
    # what a packer at another station knows: "Station 3 (Anna)", not a process on a host.
    shared: bool = False

    def describe(self, packer: str | None = None) -> str:
        if self.shared:
            return f"{self.station} ({packer})" if packer else self.station
        who = f", packer {packer}" if packer else ""
        return f"{self.station} (process {self.pid} on {self.host}{who})"


@dataclass(frozen=True)
class Claim:
    order_number: str
    integration_id: int | None
    kind: ClaimKind
    holder_id: str
    holder: str  # `Holder.describe()` when it was taken
    attempt_id: AttemptId | None
    claimed_at: datetime


@dataclass(frozen=True)
class Claimed:
    """The order is ours: go on."""

    claim: Claim


@dataclass(frozen=True)
class HeldBy:
    """Someone else holds the order. `alive`: its holder's lock is taken (a live process, or this
    very holder on another attempt, which its single worker has finished with: see `Journal.claim`)."""

    claim: Claim
    alive: bool


@dataclass(frozen=True)
class AlreadyShipped:
    """The journal knows a live label for the order: reprint it, never pay for another."""

    attempt: Attempt


ClaimResult = Claimed | HeldBy | AlreadyShipped


class HolderRegistry(Protocol):
    """Where holders prove they live: `HolderLocks` (OS file locks beside a SQLite journal) or, for
    the shared journal, the server's advisory locks (`postgres.PgHolders`)."""

    def acquire(self, station: str) -> tuple[Holder, Any]: ...

    def release(self, lock: Any) -> None: ...

    def alive(self, holder_id: str) -> bool: ...

    def any_alive(self) -> bool: ...


class HolderLocks:
    """The folder of holder lock files: take our own, and test whether another holder lives."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def acquire(self, station: str) -> tuple[Holder, FileLock]:
        ensure_folder(self._folder)
        holder = Holder(uuid.uuid4().hex, station, os.getpid(), socket.gethostname())
        lock = FileLock(self._path(holder.id), timeout=0, mode=PRIVATE_FILE)
        lock.acquire()
        return holder, lock

    def release(self, lock: FileLock) -> None:
        lock.release()
        Path(lock.lock_file).unlink(missing_ok=True)

    def alive(self, holder_id: str) -> bool:
        """True while the holder's process holds its lock. A missing file is a dead holder (a
        journal from before claims, or a holder that closed cleanly)."""
        path = self._path(holder_id)
        if not path.exists():
            return False
        probe = FileLock(path, timeout=0, mode=PRIVATE_FILE)
        try:
            probe.acquire()
        except Timeout:
            return True
        # We hold a dead holder's lock file now: drop it, it will never be taken again.
        self.release(probe)
        return False

    def any_alive(self) -> bool:
        """Whether a process holds a journal of this folder open now (a dead holder's lock file
        is tidied away on the way, as `alive` does)."""
        if not self._folder.is_dir():
            return False
        return any(self.alive(path.stem) for path in self._folder.glob("*.lock"))

    def _path(self, holder_id: str) -> Path:
        if not holder_id.isalnum():  # ids are ours (uuid hex), never a path from a row
            return self._folder / "invalid.lock"
        return self._folder / f"{holder_id}.lock"
