"""Journal tests: real SQLite files under tmp_path, a hand-driven clock, no mocks."""

from __future__ import annotations

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
