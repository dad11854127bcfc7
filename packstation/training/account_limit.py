"""Sendcloud's account-wide write limit, as the simulator enforces it (issue 19).

POST, PATCH, PUT and DELETE share one budget per account, whoever sends them: at most `per_minute`
in any 60 s and `per_second` in any 1 s (api-notes: "100/min, burst 15/s"). Enforced as *sliding
windows* over the writes admitted, not as the client's algorithm, so a client that merely trusts
its own bucket is caught out. A write over the limit is answered 429 with `Retry-After` (the
seconds until a write would be admitted) and does not count.

`time_scale` runs the account fast for tests and benches: at 60, "a minute" is one real second and
`Retry-After` is in real seconds. Everything here is thread-safe (the simulator serves each
connection on its own thread).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

WRITE_METHODS = frozenset({"POST", "PATCH", "PUT", "DELETE"})


@dataclass(frozen=True)
class AccountLimit:
    """The account's write limit: `per_minute` in any minute, `per_second` in any second."""

    per_minute: int = 100
    per_second: int = 15
    time_scale: float = 1.0  # 60: a simulated minute lasts one real second

    @property
    def minute(self) -> float:
        return 60.0 / self.time_scale

    @property
    def second(self) -> float:
        return 1.0 / self.time_scale


@dataclass
class AccountLimiter:
    """The sliding windows over the writes admitted, and what was admitted and refused."""

    limit: AccountLimit
    clock: Callable[[], float] = time.monotonic
    admitted: deque[float] = field(default_factory=deque)
    refused: int = 0
    total_admitted: int = 0
    history: list[float] = field(default_factory=list)  # every admitted write's time (benches read it)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self) -> float | None:
        """Count one write now; None when admitted, else the seconds until one would be."""
        with self._lock:
            now = self.clock()
            while self.admitted and self.admitted[0] <= now - self.limit.minute:
                self.admitted.popleft()
            in_second = sum(1 for moment in reversed(self.admitted) if moment > now - self.limit.second)
            waits: list[float] = []
            if len(self.admitted) >= self.limit.per_minute:
                oldest = self.admitted[len(self.admitted) - self.limit.per_minute]
                waits.append(oldest + self.limit.minute - now)
            if in_second >= self.limit.per_second:
                window = [moment for moment in self.admitted if moment > now - self.limit.second]
                waits.append(window[len(window) - self.limit.per_second] + self.limit.second - now)
            if waits:
                self.refused += 1
                return max(*waits, 0.001)
            self.admitted.append(now)
            self.history.append(now)
            self.total_admitted += 1
            return None
