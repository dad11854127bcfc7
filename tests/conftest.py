"""Shared fixtures: a real simulator on a loopback port, its credentials, a throwaway station home,
and one private PostgreSQL server per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

# Qt must never try to open a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from packstation.credentials import ApiCredentials
from tests.keyrings import MemoryKeyring, installed

if TYPE_CHECKING:
    from packstation.training.simulator import Simulator
    from tests.postgres_server import PostgresServer

TEST_PUBLIC_KEY = "pk-test-6f1d2c"
TEST_SECRET_KEY = "sk-test-SECRET-93b7e1f0"


@pytest.fixture
def credentials() -> ApiCredentials:
    return ApiCredentials(TEST_PUBLIC_KEY, TEST_SECRET_KEY)


@pytest.fixture
def simulator() -> Iterator[Simulator]:
    """A started simulator with zero delays, fresh per test."""
    from packstation.training.simulator import Simulator, SimulatorConfig

    with Simulator(SimulatorConfig(public_key=TEST_PUBLIC_KEY, secret_key=TEST_SECRET_KEY)) as sim:
        yield sim


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One private PostgreSQL server for the whole test session (`initdb` once); each test that
    needs one takes a database of its own (`PostgresServer.new_database`)."""
    from tests.postgres_server import PostgresServer

    server = PostgresServer.start_new()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PACKSTATION_HOME pointed at a fresh folder, so no test touches a real station."""
    home = tmp_path / "station"
    monkeypatch.setenv("PACKSTATION_HOME", str(home))
    return home


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring installed as the process's backend for this test."""
    with installed(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
