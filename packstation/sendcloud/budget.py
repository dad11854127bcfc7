"""One write budget per Sendcloud account (issue 19): every POST, PATCH, PUT and DELETE first takes a
token, so the stations of a warehouse together stay under the account's limit (100 writes a
minute, 15 a second) instead of meeting 429s at the bench.

The client knows only `WriteBudget` (take a token, or be told how long to wait; drain after a 429
from writers outside Packstation); where the tokens are kept is the caller's: the shared journal's
PostgreSQL for a warehouse, this process for a single station (journal/write_budget.py).
`WriteGate` is the waiting: it reports each wait (the packing screen's "Waiting for Sendcloud's
limit: 4 s") and refuses a wait that would end past the scan's deadline (`queued_scan_max_age_s`),
before anything is sent.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError

WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})
# The longest single sleep between two looks at the budget: the countdown on screen moves, and a
# token freed early (another station gave up its scan) is taken without waiting the full time.
_LOOK_AGAIN = 0.5


class WriteBudget(Protocol):
    """The account's write tokens, wherever they are kept."""

    def take(self) -> float:
        """Take one token now and return 0, or take none and return the seconds until one frees."""
        ...

    def drain(self, seconds: float | None) -> None:
        """Sendcloud answered 429 (writers outside Packstation used the account's limit): no token
        for `seconds` (its `Retry-After`; None: a second), for every station sharing the budget."""
        ...


class WriteLimitWaitError(PackstationError):
    """The write would wait past the scan's deadline: refused before anything was sent."""

    code = ErrorCode.SCAN_TOO_OLD

    def __init__(self, message: str, wait: float) -> None:
        super().__init__(message)
        self.wait = wait


class WriteGate:
    """Waits for a token of `budget` before each write. Not thread-safe: one per client's worker."""

    def __init__(
        self,
        budget: WriteBudget,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        on_wait: Callable[[float], None] = lambda seconds: None,
    ) -> None:
        self.budget = budget
        self._sleep = sleep
        self._clock = clock
        self.on_wait = on_wait  # seconds left, each time it changes; 0 when the wait is over
        self.deadline: float | None = None  # `clock()` time by which a write must have started
        self._prepaid = 0
        self.waited = 0.0  # seconds spent waiting, in all (for the benches)

    def acquire(self) -> None:
        """Take a token for the next write, waiting as long as the budget says; raises
        `WriteLimitWaitError` when that would pass `deadline`. A token `reserve`d earlier is used first."""
        if self._prepaid:
            self._prepaid -= 1
            return
        waiting = False
        while True:
            wait = self.budget.take()
            if wait <= 0:
                break
            now = self._clock()
            if self.deadline is not None and now + wait > self.deadline:
                if waiting:
                    self.on_wait(0.0)
                raise WriteLimitWaitError(
                    f"Sendcloud's write limit would keep this scan waiting {wait:.0f} s more, past its "
                    "age limit: it was refused rather than labelled onto another box. Scan it again.",
                    wait,
                )
            waiting = True
            self.on_wait(wait)
            pause = min(wait, _LOOK_AGAIN)
            self._sleep(pause)
            self.waited += pause
        if waiting:
            self.on_wait(0.0)

    def reserve(self) -> None:
        """Take the token of a write that is about to be made (the label call, before its journal
        row), so the wait happens before anything is written; the write itself then uses it."""
        self.acquire()
        self._prepaid += 1

    def release_reserved(self) -> None:
        """A reserved write will not be made after all (its token is simply spent)."""
        self._prepaid = 0

    def drain(self, seconds: float | None) -> None:
        self.budget.drain(seconds)
