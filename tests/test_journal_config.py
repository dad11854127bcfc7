"""Which journal a station opens (issue 19): its own SQLite file by default; the warehouse's shared
journal when `journal_url` or PACKSTATION_JOURNAL_URL names one, as `station_id`, with the password
from PACKSTATION_JOURNAL_PASSWORD or the keyring's `packstation.journal`; never in training."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from packstation.app.journal_service import open_station_journal, shared_journal_url
from packstation.app.station import open_station
from packstation.credentials import JOURNAL_PASSWORD_SERVICE
from packstation.errors import PackstationError
from packstation.journal import Journal
from packstation.journal.postgres import PostgresJournal
from packstation.paths import StationPaths, folders_under
from packstation.settings import StationSettings
from tests.keyrings import MemoryKeyring
from tests.postgres_server import OWNER, OWNER_PASSWORD, PostgresServer, migrated_database


def _paths(tmp_path: Path) -> StationPaths:
    return folders_under(tmp_path / "station").create()


def _without_password(url: str) -> str:
    return url.replace(f":{OWNER_PASSWORD}@", "@")


def test_a_station_keeps_its_own_sqlite_journal_by_default(tmp_path: Path) -> None:
    with open_station_journal(StationSettings(), _paths(tmp_path), training=False, environ={}) as journal:
        assert type(journal) is Journal
        assert journal.path == tmp_path / "station" / "data" / "journal.sqlite3"


def test_settings_refuse_a_password_in_the_url_and_other_engines() -> None:
    with pytest.raises(ValidationError, match="must not contain the password"):
        StationSettings(journal_url="postgresql://station:pw@db.local/warehouse")
    with pytest.raises(ValidationError, match="postgresql://"):
        StationSettings(journal_url="sqlite:///journal.db")
    settings = StationSettings(
        journal_url="postgresql://station@db.local:5432/warehouse?sslmode=verify-full", station_id="Station 3"
    )
    assert settings.queued_scan_max_age_s == 30


def test_the_environment_overrides_the_setting() -> None:
    settings = StationSettings(journal_url="postgresql://station@db.local/warehouse")
    assert shared_journal_url(settings, {}) == "postgresql://station@db.local/warehouse"
    assert (
        shared_journal_url(settings, {"PACKSTATION_JOURNAL_URL": "postgresql://lead@other/db"})
        == "postgresql://lead@other/db"
    )
    with pytest.raises(PackstationError, match="postgresql://"):
        shared_journal_url(StationSettings(), {"PACKSTATION_JOURNAL_URL": "https://db"})


def test_the_shared_journal_with_the_password_from_the_environment(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    url = _without_password(migrated_database(postgres_server))
    settings = StationSettings(journal_url=url.split("?")[0], station_id="Station 3")
    environ = {"PACKSTATION_JOURNAL_URL": url, "PACKSTATION_JOURNAL_PASSWORD": OWNER_PASSWORD}
    with open_station_journal(settings, _paths(tmp_path), training=False, environ=environ) as journal:
        assert isinstance(journal, PostgresJournal)
        assert journal.station == "Station 3"
        assert OWNER_PASSWORD not in journal.location


def test_the_shared_journal_with_the_password_from_the_keyring(
    postgres_server: PostgresServer, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    url = _without_password(migrated_database(postgres_server))
    memory_keyring.set_password(JOURNAL_PASSWORD_SERVICE, OWNER, OWNER_PASSWORD)
    settings = StationSettings(station_id="Station 4")
    with open_station_journal(
        settings, _paths(tmp_path), training=False, environ={"PACKSTATION_JOURNAL_URL": url}
    ) as journal:
        assert isinstance(journal, PostgresJournal)


def test_a_shared_journal_needs_a_station_id(tmp_path: Path) -> None:
    settings = StationSettings(journal_url="postgresql://station@127.0.0.1:1/warehouse")
    with pytest.raises(PackstationError, match="station_id"):
        open_station_journal(settings, _paths(tmp_path), training=False, environ={})


def test_training_never_uses_the_shared_journal(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, postgres_server: PostgresServer
) -> None:
    monkeypatch.setenv("PACKSTATION_JOURNAL_URL", migrated_database(postgres_server))
    with open_station(training=True, overrides={"station_id": "Station 9"}) as station:
        assert type(station.journal) is Journal
