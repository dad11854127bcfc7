"""Journal tests: real SQLite files under tmp_path, a hand-driven clock, no mocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

SHIFT_START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


class FakeClock:
    """A clock that moves only when told: durations and timestamps in tests are exact."""

    def __init__(self, start: datetime = SHIFT_START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@dataclass(frozen=True)
class Failure:
    """What the journal needs of an error (`ErrorLike`), with any code: it stores codes as text,
    including codes of other versions that this one's `ErrorCode` does not know."""

    message: str
    code: str
