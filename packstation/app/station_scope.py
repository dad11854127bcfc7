"""The station the packing screen works on, which it may close and open again: `StationScope`.

The packing screen opens its station on a worker (the API lane) after its window shows, and keeps
it until the window closes. In training, "Reset practice" closes that station, deletes the
practice (`app.training.reset_training`) and opens a fresh one, all in one call on that worker:
the journal is closed before it is deleted, and a station is open again afterwards whatever
happened, unless opening itself fails.

Import-light (contextlib and typing only): the packing window builds its scope before its first
frame; the core loads when the scope opens a station, on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from packstation.app.station import Station
    from packstation.errors import PackstationError

StationOpener = Callable[[], AbstractContextManager["Station"]]


class PracticeReset(NamedTuple):
    """What `StationScope.reset_practice` did. Not a dataclass: this module loads before the
    window's first frame, where `dataclasses` costs start-up time."""

    station: Station  # the station open now: a fresh one, or the old folder reopened when refused
    removed: list[Path]  # what the reset deleted, in order
    refused: PackstationError | None = None  # why nothing (or not all) was deleted


def _nothing() -> None:
    return None


class StationScope:
    """At most one open station from `opener` (`open_station(...)`), closed on `close()` or at the
    end of a `with` block. Not thread-safe: call it from one thread (the GUI's API lane)."""

    def __init__(self, opener: StationOpener) -> None:
        self._opener = opener
        self._stack: ExitStack | None = None
        self._station: Station | None = None

    @property
    def station(self) -> Station | None:
        """The open station, or None (not opened yet, closed, or its opening failed)."""
        return self._station

    def open(self) -> Station:
        if self._station is not None:
            raise RuntimeError("the scope's station is already open")
        with ExitStack() as stack:
            station = stack.enter_context(self._opener())
            self._stack = stack.pop_all()  # opened: kept open past this block
        self._station = station
        return station

    def close(self) -> None:
        stack, self._stack, self._station = self._stack, None, None
        if stack is not None:
            stack.close()

    def reset_practice(self, before_close: Callable[[], None] = _nothing) -> PracticeReset:
        """Close the open training station, delete its practice, open a fresh station.

        `before_close` runs first (the packing screen waits there for its other lanes to finish
        with the station); if it raises, nothing was closed or deleted. A refused reset (a
        `PackstationError`: another process has the journal open, a file cannot be removed)
        reopens the station on what is left and says why in `refused`. Only a failure to open
        again raises, and then no station is open.
        """
        station = self._station
        if station is None or not station.training:
            raise RuntimeError("only an open training station's practice can be reset")
        from packstation.app.training import reset_training
        from packstation.errors import PackstationError

        before_close()
        self.close()
        try:
            removed = reset_training(station.paths)
        except PackstationError as error:
            return PracticeReset(self.open(), [], error)
        return PracticeReset(self.open(), removed)

    def __enter__(self) -> StationScope:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
