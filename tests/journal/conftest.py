"""The journal's tests run against both engines: SQLite (a file under tmp_path) and PostgreSQL (a
database of its own on the session's private server, tests/postgres_server.py).

`open_journal(station, clock=...)` opens the test's one journal store again and again (two stations,
a reopening), whichever the engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest

from packstation.journal import Clock, Journal, utc_now
from tests.postgres_server import PostgresServer


class OpenJournal(Protocol):
    def __call__(self, station: str = "station-1", *, clock: Clock = utc_now) -> Journal: ...


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def open_journal(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[OpenJournal]:
    opened: list[Journal] = []
    if engine == "postgresql":
        from packstation.journal.postgres import PostgresJournal
        from tests.postgres_server import migrated_database

        server: PostgresServer = request.getfixturevalue("postgres_server")
        url = migrated_database(server)

        def open_pg(station: str = "station-1", *, clock: Clock = utc_now) -> Journal:
            journal = PostgresJournal.connect(url, station, clock=clock)
            opened.append(journal)
            return journal

        yield open_pg
    else:
        path = tmp_path / "journal.sqlite3"

        def open_sqlite(station: str = "station-1", *, clock: Clock = utc_now) -> Journal:
            journal = Journal.open(path, station, clock=clock)
            opened.append(journal)
            return journal

        yield open_sqlite
    for journal in opened:
        journal.close()
