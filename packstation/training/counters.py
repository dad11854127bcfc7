"""Counters that survive a restart: the simulator's parcel numbers, kept in the training folder.

Sendcloud never hands out a parcel id or a tracking number twice; a simulator that started again
at 1 gave the same tracking number to every order it shipped first after a restart, beside labels
the training journal still held. `CounterFile` is a JSON file `{name: next value}`, read and
written under an OS file lock (`filelock`, as the journal's holders) on every number taken, so two
simulators on one training folder (the packing screen and `packstation ship --training`) never
take the same number either. Written atomically: a crash leaves the old file or the new one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from packstation.atomic import atomic_write_json, read_json_object
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.private_files import PRIVATE_FILE


class CounterFile:
    """Named counters in one file. Thread- and process-safe; every call blocks on the disk."""

    def __init__(self, path: Path, *, lock_timeout: float = 10.0) -> None:
        self._path = path
        self._lock = FileLock(path.with_name(f"{path.name}.lock"), timeout=lock_timeout, mode=PRIVATE_FILE)

    @property
    def path(self) -> Path:
        return self._path

    def peek(self, name: str, start: int) -> int:
        """The number `take` would give now (a damaged file raises, as `take` would)."""
        with self._locked():
            return max(self._read().get(name, start), start)

    def take(self, name: str, start: int) -> int:
        """The next number of counter `name` (`start` the first time), never given out before."""
        with self._locked():
            counters = self._read()
            value = max(counters.get(name, start), start)
            counters[name] = value + 1
            atomic_write_json(self._path, dict(counters))
        return value

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout as error:
            raise PackstationError(
                f"Another process has held the training counters in {self._path} for too long.",
                code=ErrorCode.TRAINING_IN_USE,
            ) from error
        try:
            yield
        finally:
            self._lock.release()

    def _read(self) -> dict[str, int]:
        data = read_json_object(self._path)
        if data is None or not all(
            isinstance(value, int) and not isinstance(value, bool) for value in data.values()
        ):
            raise self._damaged()
        return {name: int(value) for name, value in data.items() if isinstance(value, int)}

    def _damaged(self) -> PackstationError:
        return PackstationError(
            f"The training counters in {self._path} are damaged. Reset the practice "
            "(packstation --training --reset), which starts them again.",
            code=ErrorCode.TRAINING_STATE_DAMAGED,
        )
