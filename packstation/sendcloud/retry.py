"""How long to wait before trying again, and for how many tries.

Every wait is a parameter (sleep function, clock, jitter source included) so that tests replace
`sleep` with a recorder and run in milliseconds, and nothing here ever blocks on real time by itself.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries with jittered exponential backoff.

    `max_attempts` counts the first try (3 = one try plus two retries). The n-th retry waits a
    random time in [d/2, d] with d = min(backoff_max, backoff_base * 2**(n-1)) ("equal jitter":
    never zero, so a burst of stations does not retry in lockstep). A `Retry-After` from Sendcloud
    replaces the computed wait; when it asks for longer than `backoff_max`, the client does not
    wait at all but raises, so a packing station never freezes for minutes on one call.
    """

    max_attempts: int = 3
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts counts the first try and must be at least 1")
        if self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError("backoff times cannot be negative")

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry number `retry_number` (1 for the first retry)."""
        exponent = min(max(retry_number - 1, 0), 32)
        ceiling = min(self.backoff_max, self.backoff_base * 2.0**exponent)
        return ceiling / 2 + self.jitter() * ceiling / 2

    def wait_before_retry(self, retry_number: int, retry_after: float | None) -> float | None:
        """The wait before a retry, honouring `Retry-After`; `None` when it is too long to wait."""
        if retry_after is None:
            return self.backoff(retry_number)
        if retry_after > self.backoff_max:
            return None
        return retry_after


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds from a `Retry-After` header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).

    Returns `None` when the header is absent or unreadable (the caller then backs off by itself).
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if not math.isnan(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP-date is always GMT
        return None
    return max(when.timestamp() - now, 0.0)
