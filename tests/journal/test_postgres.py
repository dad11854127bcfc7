"""The shared journal's own parts on a real PostgreSQL: its migrations, the versions a station
refuses, the statement translation, holders' liveness across stations, the administrator's commands."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from packstation.cli.main import main
from packstation.journal import Claimed, ClaimKind, HeldBy, JournalError, Migration, Stage
from packstation.journal.pg_schema import PG_LATEST_VERSION, PG_MIGRATIONS, migrate, schema_version
from packstation.journal.postgres import PostgresJournal, journal_url_problem, redacted, translate, url_user
from tests.postgres_server import OWNER_PASSWORD, PostgresServer, migrated_database, schema_url


@pytest.fixture
def empty_url(postgres_server: PostgresServer) -> str:
    return schema_url(postgres_server, postgres_server.new_schema())


def test_versions_are_consecutive() -> None:
    assert [m.version for m in PG_MIGRATIONS] == list(range(1, PG_LATEST_VERSION + 1))


def test_statements_are_translated_for_postgresql() -> None:
    assert translate("SELECT * FROM a WHERE x = ? AND y LIKE 'p%'") == (
        "SELECT * FROM a WHERE x = %s AND y LIKE 'p%%'"
    )
    assert translate("WHERE (? IS NULL OR integration_id = ?)") == (
        "WHERE (CAST(%s AS BIGINT) IS NULL OR integration_id = %s)"
    )
    assert translate("INSERT INTO attempts (a) VALUES (?)").endswith("RETURNING id")
    assert "RETURNING" not in translate("INSERT INTO order_claims (a) VALUES (?)")


def test_urls_keep_their_password_out() -> None:
    assert journal_url_problem("postgresql://station@db.local:5432/warehouse?sslmode=verify-full") is None
    assert "password" in (journal_url_problem("postgresql://station:pw@db.local/warehouse") or "")
    assert journal_url_problem("postgresql://station:pw@db.local/warehouse", allow_password=True) is None
    assert "postgresql://" in (journal_url_problem("mysql://db.local/warehouse") or "")
    assert "database" in (journal_url_problem("postgresql://db.local") or "")
    assert "sslmode" in (journal_url_problem("postgresql://db.local/w?sslmode=maybe") or "")
    assert redacted("postgresql://station:s3cret@db.local/w") == "postgresql://station@db.local/w"
    assert url_user("postgresql://station%40site@db.local/w") == "station@site"


def test_init_from_an_empty_database_and_again(empty_url: str) -> None:
    with psycopg.connect(empty_url, autocommit=True) as connection:
        assert schema_version(connection) is None
        assert migrate(connection) == (0, PG_LATEST_VERSION)
        assert migrate(connection) == (PG_LATEST_VERSION, PG_LATEST_VERSION)
    with PostgresJournal.connect(empty_url, "Station 1") as journal:
        attempt = journal.start_attempt("WEB-1")
        assert journal.attempt(attempt).station == "Station 1"


def test_a_failed_migration_leaves_the_version_before(empty_url: str) -> None:
    step = Migration(PG_LATEST_VERSION + 1, "broken", ("CREATE TABLE x (y int)", "NOT SQL"))
    broken = (*PG_MIGRATIONS, step)
    with psycopg.connect(empty_url, autocommit=True) as connection:
        with pytest.raises(psycopg.errors.SyntaxError):
            migrate(connection, migrations=broken)
        assert schema_version(connection) == PG_LATEST_VERSION
        assert connection.execute("SELECT to_regclass('x')").fetchone() == (None,)


def test_a_station_refuses_a_schema_older_or_newer_than_its_own(empty_url: str) -> None:
    with pytest.raises(JournalError) as raised:
        PostgresJournal.connect(empty_url, "Station 1")
    assert raised.value.code == "journal_too_old"
    assert "packstation journal init URL" in raised.value.message
    with psycopg.connect(empty_url, autocommit=True) as connection:
        migrate(connection)
        connection.execute(
            "INSERT INTO packstation_schema (version, description) VALUES (%s, 'from the future')",
            (PG_LATEST_VERSION + 1,),
        )
    with pytest.raises(JournalError) as newer:
        PostgresJournal.connect(empty_url, "Station 1")
    assert newer.value.code == "journal_too_new"
    assert "Update Packstation" in newer.value.message


def test_an_unreachable_server_is_named_not_hung(postgres_server: PostgresServer) -> None:
    url = f"postgresql://nobody@127.0.0.1:{postgres_server.port + 1}/nothing"
    with pytest.raises(JournalError) as raised:
        PostgresJournal.connect(url, "Station 1")
    assert raised.value.code == "journal_unavailable"
    assert "No label is made" in raised.value.message


def test_a_claim_holder_lives_while_its_station_is_connected(postgres_server: PostgresServer) -> None:
    url = migrated_database(postgres_server)
    with PostgresJournal.connect(url, "Station 1") as one, PostgresJournal.connect(url, "Station 3") as three:
        attempt = one.start_attempt("SHOP-1")
        one.record(attempt, Stage.ORDER_FOUND, order_number="SHOP-1", integration_id=7)
        claimed = one.claim("SHOP-1", 7, attempt, ClaimKind.PACKING, holder="Station 1 (Anna)")
        assert isinstance(claimed, Claimed)
        other = three.start_attempt("shop-1")
        held = three.claim("shop-1", 7, other, ClaimKind.PACKING)
        assert isinstance(held, HeldBy)
        assert held.alive
        assert held.claim.holder == "Station 1 (Anna)"
        one.close()  # the station is gone: its connection, and with it its lock
        again = three.claim("SHOP-1", 7, other, ClaimKind.PACKING)
        assert isinstance(again, HeldBy)
        assert not again.alive
        assert isinstance(
            three.claim("SHOP-1", 7, other, ClaimKind.PACKING, take_over=again.claim.holder_id), Claimed
        )


def test_recovery_lists_only_this_stations_attempts(postgres_server: PostgresServer) -> None:
    url = migrated_database(postgres_server)
    with PostgresJournal.connect(url, "Station 1") as one, PostgresJournal.connect(url, "Station 2") as two:
        for journal in (one, two):
            attempt = journal.start_attempt(f"{journal.station}-order")
            journal.record(attempt, Stage.ORDER_FOUND, order_number=f"{journal.station}-order")
            journal.record(attempt, Stage.LABEL_REQUESTED)
        assert [a.station for a in one.unsettled()] == ["Station 1"]
        assert [a.station for a in two.unsettled()] == ["Station 2"]
        assert one.count() == two.count() == 2  # the console sees the warehouse
        one.set_fact("settings.hash", "a")
        assert two.fact("settings.hash") is None  # a station's facts are its own


def _role(server: PostgresServer, *, member_of: str | None) -> tuple[str, str]:
    name, password = f"station_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    server.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    if member_of is not None:
        server.sql(f"DO $$ BEGIN CREATE ROLE {member_of}; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        server.sql(f"GRANT {member_of} TO {name}")
    return name, password


def test_journal_init_migrate_and_check_commands(
    postgres_server: PostgresServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    schema = postgres_server.new_schema()
    owner_url = schema_url(postgres_server, schema).replace(f":{OWNER_PASSWORD}@", "@")
    monkeypatch.setenv("PACKSTATION_JOURNAL_PASSWORD", OWNER_PASSWORD)
    assert main(["journal", "migrate", owner_url]) == 1
    assert "packstation journal init URL" in capsys.readouterr().err
    station, station_password = _role(postgres_server, member_of="packstation_station")
    assert main(["journal", "init", owner_url]) == 0
    assert f"schema {PG_LATEST_VERSION} (was empty)" in capsys.readouterr().out
    assert main(["journal", "migrate", owner_url]) == 0
    assert "nothing to do" in capsys.readouterr().out

    monkeypatch.setenv("PACKSTATION_JOURNAL_PASSWORD", station_password)
    station_url = owner_url.replace("packstation_owner@", f"{station}@")
    assert main(["journal", "check", station_url]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    assert "ok   write" in out

    stranger, stranger_password = _role(postgres_server, member_of=None)
    postgres_server.sql(f"GRANT USAGE ON SCHEMA {schema} TO {stranger}", "packstation_tests")
    monkeypatch.setenv("PACKSTATION_JOURNAL_PASSWORD", stranger_password)
    assert main(["journal", "check", owner_url.replace("packstation_owner@", f"{stranger}@")]) == 1
    out = capsys.readouterr().out
    assert "FAIL privileges: missing: SELECT on attempts" in out
    assert "FAIL write" in out

    monkeypatch.setenv("PACKSTATION_JOURNAL_PASSWORD", "wrong")
    assert main(["journal", "check", station_url]) == 1
    assert "FAIL connect: The shared journal cannot be reached" in capsys.readouterr().out


def test_upgrade_from_the_previous_schema_keeps_rows(empty_url: str) -> None:
    """Schema 1 (the first shared journal) with an attempt whose label call is unsettled: a station
    refuses it until `migrate`, then finds the attempt to settle."""
    with psycopg.connect(empty_url, autocommit=True) as connection:
        assert migrate(connection, target=1) == (0, 1)
        connection.execute(
            "INSERT INTO attempts (station, raw_scan, stage, reached, started_at, updated_at, order_number, "
            "integration_id, label_requested_at) VALUES ('Station 1', 'WEB-9', 'label_requested', "
            "'label_requested', '2026-01-01T08:00:00.000000+00:00', '2026-01-01T08:00:02.000000+00:00', "
            "'WEB-9', 7, '2026-01-01T08:00:02.000000+00:00')"
        )
    with pytest.raises(JournalError) as refused:
        PostgresJournal.connect(empty_url, "Station 1")
    assert refused.value.code == "journal_too_old"
    assert "packstation journal migrate URL" in refused.value.message
    with psycopg.connect(empty_url, autocommit=True) as connection:
        assert migrate(connection) == (1, PG_LATEST_VERSION)
    with PostgresJournal.connect(empty_url, "Station 1") as journal:
        (stuck,) = journal.unsettled()
        assert (stuck.order_number, stuck.stage) == ("WEB-9", Stage.LABEL_REQUESTED)
        assert journal.label_for_order("web-9") is None
