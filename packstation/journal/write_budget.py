"""Where the account's write tokens are kept (issue 19): in the shared journal's PostgreSQL for a
warehouse (`PgWriteBudget`, one budget for every station), in this process for a single station on
SQLite (`LocalWriteBudget`). Both keep `sendcloud.budget.WriteBudget` (structurally: the journal
does not import the client).

The bucket: `per_minute` tokens (100) and a burst of `per_second` (15). A token spent comes back
one window later, exactly: a token bucket whose refill is the writes of a window ago, so no 60 s
ever holds more than `per_minute` writes and no second more than `per_second`. That is how
Sendcloud counts (sliding windows), and an ordinary refill-at-a-rate bucket cannot promise it
without giving up a sixth of the limit (its burst plus a minute's refill must fit in the minute).
`margin` widens both windows a little: a request reaches Sendcloud a few milliseconds after its
token is taken, and two stations' requests may arrive in another order than they took them.

`time_scale` runs the account fast, as the simulator's (`training/account_limit.py`) does for
tests and benches.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from packstation.journal.postgres import PgSession

# pg_advisory_xact_lock(BUDGET_LOCK, 3): one station at a time takes a token.
BUDGET_LOCK: Final = 0x50534A4C  # the journal's key, with its own second number
# When Sendcloud sends no Retry-After with its 429, no token for this long (one burst window).
_DRAIN_WITHOUT_RETRY_AFTER: Final = 1.0


@dataclass(frozen=True)
class BudgetLimits:
    per_minute: int = 100
    per_second: int = 15
    time_scale: float = 1.0
    margin: float = 0.1  # of a second, widening each window (scaled like the windows)

    @property
    def minute(self) -> float:
        return (60.0 + self.margin) / self.time_scale

    @property
    def second(self) -> float:
        return (1.0 + self.margin) / self.time_scale


def wait_for_token(spent: Sequence[float], now: float, limits: BudgetLimits) -> float:
    """Seconds until a token is free, given the times of the tokens spent (newest first, at least
    those of the last minute); 0 when one is free now."""
    waits = [0.0]
    recent = [moment for moment in spent if moment > now - limits.minute]
    if len(recent) >= limits.per_minute:
        waits.append(recent[limits.per_minute - 1] + limits.minute - now)
    burst = [moment for moment in recent if moment > now - limits.second]
    if len(burst) >= limits.per_second:
        waits.append(burst[limits.per_second - 1] + limits.second - now)
    return max(waits)


class LocalWriteBudget:
    """One station's own budget (SQLite: nothing is shared), in this process. Thread-safe."""

    def __init__(
        self, limits: BudgetLimits | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = limits or BudgetLimits()
        self._clock = clock
        self._spent: deque[float] = deque()
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def take(self) -> float:
        with self._lock:
            now = self._clock()
            if self._blocked_until > now:
                return self._blocked_until - now
            while self._spent and self._spent[0] <= now - self.limits.minute:
                self._spent.popleft()
            wait = wait_for_token(list(reversed(self._spent)), now, self.limits)
            if wait > 0:
                return wait
            self._spent.append(now)
            return 0.0

    def drain(self, seconds: float | None) -> None:
        with self._lock:
            wait = _DRAIN_WITHOUT_RETRY_AFTER / self.limits.time_scale if seconds is None else seconds
            self._blocked_until = max(self._blocked_until, self._clock() + wait)


class PgWriteBudget:
    """The warehouse's one budget, kept in the shared journal: tokens spent (`write_tokens`) and a
    drain's end (`write_budget`), read and written under one advisory lock, on the server's clock
    (so the stations' clocks need not agree). A connection of its own: a station waiting for a
    token never holds up its journal."""

    def __init__(
        self,
        url: str,
        *,
        password: str | None = None,
        limits: BudgetLimits | None = None,
        station: str = "",
    ) -> None:
        self.limits = limits or BudgetLimits()
        self._session = PgSession(url, password=password, application_name=f"packstation budget {station}")
        self._lock = threading.Lock()
        self._takes = 0

    def take(self) -> float:
        with self._lock, self._session.transaction(write=False, durable=False, budget=True) as session:
            now = float(session.execute("SELECT EXTRACT(EPOCH FROM clock_timestamp())").fetchone()[0])  # type: ignore[index]
            blocked = session.execute("SELECT blocked_until FROM write_budget WHERE id = 1").fetchone()
            if blocked is not None and blocked[0] is not None and float(blocked[0]) > now:
                return float(blocked[0]) - now
            rows = session.execute(
                "SELECT at FROM write_tokens WHERE at > ? ORDER BY at DESC LIMIT ?",
                (now - self.limits.minute, self.limits.per_minute),
            ).fetchall()
            wait = wait_for_token([float(row[0]) for row in rows], now, self.limits)
            if wait > 0:
                return wait
            session.execute("INSERT INTO write_tokens (at) VALUES (?)", (now,))
            self._takes += 1
            if self._takes % 50 == 0:  # the past is of no use: keep the table a minute long
                session.execute("DELETE FROM write_tokens WHERE at < ?", (now - 2 * self.limits.minute,))
            return 0.0

    def drain(self, seconds: float | None) -> None:
        wait = _DRAIN_WITHOUT_RETRY_AFTER / self.limits.time_scale if seconds is None else seconds
        with self._lock, self._session.transaction(write=False, durable=False, budget=True) as session:
            session.execute(
                "INSERT INTO write_budget (id, blocked_until) "
                "VALUES (1, EXTRACT(EPOCH FROM clock_timestamp()) + ?) "
                "ON CONFLICT (id) DO UPDATE SET blocked_until = GREATEST(write_budget.blocked_until, "
                "excluded.blocked_until)",
                (wait,),
            )

    def close(self) -> None:
        self._session.close()
