"""The shared journal on PostgreSQL (psycopg 3, no ORM): many stations, one database.

`PostgresJournal` is the SQLite `Journal` over another connection: every method, every rule of the
stages, claims and parcels is the same code (journal.py), run against a PostgreSQL session that
speaks the few words SQLite's connection does (`execute` returning rows readable by name and by
position, `lastrowid`, `in_transaction`). What differs, and lives here:

* **Transactions.** SQLite serialises writers (`BEGIN IMMEDIATE`); the journal's read-then-write
  steps (a claim checked in one transaction with the label check; a transition that reads the
  attempt then moves it) rely on that. Here every write transaction first takes one transaction
  advisory lock (`pg_advisory_xact_lock`), so writers across the warehouse take turns exactly as on
  SQLite; reads run in a read-only REPEATABLE READ snapshot and never wait. A write is a few
  milliseconds on a LAN, so thirty stations' ~20 writes a second are far below the turn-taking's
  ceiling (bench/warehouse.py measures it).
* **Durability.** Rows from `label_requested` on commit with `synchronous_commit` on (the server's
  WAL is flushed before COMMIT returns); `scanned`/`order_found` and claims with it off, as SQLite's
  NORMAL.
* **Liveness of a claim's holder.** The OS file lock cannot cross machines. Each journal holds a
  *session* advisory lock keyed by its holder id for as long as its connection lives; the server
  drops it when the connection ends, however it ends (process killed, station unplugged: TCP
  keepalives and `tcp_user_timeout` notice within seconds). "Alive" is "that lock is granted" in
  `pg_locks`.
* **What a station recovers.** `unsettled`, `unsaved` and `unprinted` are this station's own
  (a label another station is making is not ours to settle or print); the claims and the
  already-shipped check stay warehouse-wide.
* **Station facts** are per station (keyed by station and key).
* **Outages.** A lost connection is `JournalError(code=journal_unavailable)` naming the reason; no
  step goes on without its journal row (a label without one could be paid twice). The next call
  connects again (and takes the holder's lock again, under the same holder id).
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from packstation.error_codes import ErrorCode
from packstation.journal.claims import Holder
from packstation.journal.journal import _AUDIT_INSERT, Journal
from packstation.journal.models import Attempt, Packer, PurgeResult
from packstation.journal.pg_schema import check_version, schema_version
from packstation.journal.rows import attempt_from_row, timestamp, utc_now
from packstation.journal.schema import JournalError
from packstation.journal.stages import UNSETTLED, Stage

if TYPE_CHECKING:
    import psycopg

Clock = Callable[[], datetime]

# pg_advisory_xact_lock(WRITE_LOCK, 1): the journal's one writer at a time (see the module's doc).
WRITE_LOCK: Final = 0x50534A4C  # "PSJL"
# The warehouse fact naming the cutoff of the last purge (any station's); a station whose own cutoff
# is less than `PURGE_MARGIN` later purges nothing: one purge a day for the warehouse, not thirty.
LAST_PURGE: Final = "retention.purged_before"
PURGE_MARGIN: Final = timedelta(hours=6)
# Seconds: connecting, and how long a silent server is given before its connection counts as lost.
CONNECT_TIMEOUT: Final = 5
_KEEPALIVE: Final = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}


class PgRow(tuple[Any, ...]):
    """A row readable by position and by column name, as `sqlite3.Row` is (and iterating it yields
    its values, as the CSV export expects)."""

    _names: Mapping[str, int]

    def __new__(cls, values: Sequence[Any], names: Mapping[str, int]) -> PgRow:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self._names[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: psycopg.Cursor[Any]) -> Callable[[Sequence[Any]], PgRow]:
    names = {column.name: index for index, column in enumerate(cursor.description or ())}
    return lambda values: PgRow(values, names)


_PLACEHOLDER = re.compile(r"\?")
_NULL_TEST = re.compile(r"\?(\s+IS\s+NULL)")
_RETURNING_ID = re.compile(r"^\s*INSERT\s+INTO\s+(attempts|audit_log)\b", re.IGNORECASE)


def translate(sql: str) -> str:
    """SQLite's statement in PostgreSQL's words: `?` → `%s` (a literal `%` doubled); a parameter
    tested for NULL on its own gets a type (`? IS NULL` cannot be typed from its value alone); an
    insert that wants its new id returns it."""
    text = sql.replace("%", "%%")
    text = _NULL_TEST.sub(r"CAST(%s AS BIGINT)\1", text)
    text = _PLACEHOLDER.sub("%s", text)
    if _RETURNING_ID.match(text) and "RETURNING" not in text.upper():
        text = text.rstrip() + " RETURNING id"
    return text


class _Result:
    """What the journal reads of a statement's outcome: rows, `rowcount` and `lastrowid`."""

    def __init__(self, cursor: psycopg.Cursor[PgRow], returning: bool) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid: int | None = None
        self._first: PgRow | None = None
        if returning:
            self._first = cursor.fetchone()
            self.lastrowid = None if self._first is None else int(self._first[0])

    def fetchone(self) -> PgRow | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[PgRow]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[PgRow]:
        return iter(self._cursor)


class PgSession:
    """One connection to the shared journal, connected again after an outage. Not thread-safe on
    its own: the journal calls it under its lock."""

    def __init__(self, conninfo: str, *, password: str | None, application_name: str) -> None:
        self._conninfo = conninfo
        self._password = password
        self._application_name = application_name
        self._connection: psycopg.Connection[PgRow] | None = None
        self._statements: dict[str, tuple[str, bool]] = {}
        self.on_connect: Callable[[], None] = lambda: None
        self.connected_once = threading.Event()

    # ------------------------------------------------------------------ connection
    def connect(self) -> psycopg.Connection[PgRow]:
        import psycopg

        if self._connection is not None and not self._connection.closed:
            return self._connection
        self._connection = None
        extra: dict[str, Any] = dict(_KEEPALIVE)
        if self._password is not None:
            extra["password"] = self._password
        try:
            connection = psycopg.connect(
                self._conninfo,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT,
                application_name=self._application_name[:63],
                row_factory=_row_factory,
                **extra,
            )
        except psycopg.OperationalError as error:
            raise unavailable(error) from None
        self._connection = connection
        try:
            self.on_connect()
        except BaseException:
            self.drop()
            raise
        self.connected_once.set()
        return connection

    @property
    def raw(self) -> psycopg.Connection[PgRow]:
        if self._connection is None or self._connection.closed:
            return self.connect()
        return self._connection

    def drop(self) -> None:
        """Forget a connection that failed (the next statement connects again)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # it is broken already; closing is best effort
                connection.close()

    def close(self) -> None:
        self.drop()

    def advisory_unlock(self, key: int, sub: int) -> None:
        """Give back a session advisory lock, if the session that took it is still this one (else
        the server released it when that session ended)."""
        import psycopg

        connection = self._connection
        if connection is None or connection.closed:
            return
        try:
            connection.execute(b"SELECT pg_advisory_unlock(%s, %s)", (key, sub))
        except psycopg.OperationalError:
            self.drop()

    # ------------------------------------------------------------------ SQLite's words
    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Result:
        translated = self._statements.get(sql)
        if translated is None:
            text = translate(sql)
            translated = (text, text.endswith("RETURNING id") and not sql.rstrip().endswith("RETURNING id"))
            self._statements[sql] = translated
        text, returning = translated
        cursor = self.raw.cursor()
        cursor.execute(text.encode(), tuple(params))
        return _Result(cursor, returning)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        connection = self._connection
        if connection is None or connection.closed:
            return False
        return connection.info.transaction_status != TransactionStatus.IDLE

    @contextmanager
    def transaction(self, *, write: bool, durable: bool, budget: bool = False) -> Iterator[PgSession]:
        """One transaction: a write takes the journal's write lock first; a read is a read-only
        snapshot. A lost connection becomes `journal_unavailable`; whatever was not committed is
        rolled back by the server."""
        import psycopg

        try:
            connection = self.raw
            if budget:  # the write budget's turn (journal/write_budget.py): its own lock, not durable
                connection.execute(b"BEGIN ISOLATION LEVEL READ COMMITTED")
                connection.execute(b"SET LOCAL synchronous_commit TO OFF")
                connection.execute(b"SELECT pg_advisory_xact_lock(%s, 3)", (WRITE_LOCK,))
            elif write:
                connection.execute(b"BEGIN ISOLATION LEVEL READ COMMITTED")
                if not durable:
                    connection.execute(b"SET LOCAL synchronous_commit TO OFF")
                connection.execute(b"SELECT pg_advisory_xact_lock(%s, 1)", (WRITE_LOCK,))
            else:
                connection.execute(b"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                yield self
                connection.execute(b"COMMIT")
            except BaseException:
                if self.in_transaction:
                    connection.execute(b"ROLLBACK")
                raise
        except psycopg.OperationalError as error:
            self.drop()
            raise unavailable(error) from None


def unavailable(error: BaseException) -> JournalError:
    reason = " ".join(str(error).split()) or type(error).__name__
    return JournalError(
        f"The shared journal cannot be reached ({reason.rstrip('.')}). No label is made without it.",
        code=ErrorCode.JOURNAL_UNAVAILABLE,
    )


def holder_key(holder_id: str) -> int | None:
    """The advisory lock key of a holder id (uuid hex): its first 15 hex digits, a positive bigint;
    None for the ids that name no live process ("upgraded", "unclaimed")."""
    if len(holder_id) < 15 or any(character not in "0123456789abcdef" for character in holder_id):
        return None
    return int(holder_id[:15], 16)


class PgHolders:
    """The holders of a shared journal: one session advisory lock each, granted while the holder's
    connection lives."""

    def __init__(self, session: PgSession) -> None:
        self._session = session
        self._key: int | None = None

    def acquire(self, station: str) -> tuple[Holder, int]:
        import os
        import socket
        import uuid

        holder = Holder(uuid.uuid4().hex, station, os.getpid(), socket.gethostname(), shared=True)
        key = holder_key(holder.id)
        assert key is not None
        self._key = key
        self._session.on_connect = self._lock_again
        self._lock_again()
        return holder, key

    def _lock_again(self) -> None:
        """Take (again, after an outage) this holder's session lock."""
        if self._key is not None:
            self._session.raw.execute(b"SELECT pg_advisory_lock(%s)", (self._key,))

    def release(self, token: object) -> None:
        """Nothing to do: closing the connection ends the session and its lock."""

    def alive(self, holder_id: str) -> bool:
        key = holder_key(holder_id)
        if key is None:
            return False
        row = self._session.execute(
            """
            SELECT 1 FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 1
              AND classid = ? AND objid = ?
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """,
            ((key >> 32) & 0xFFFFFFFF, key & 0xFFFFFFFF),
        ).fetchone()
        return row is not None

    def any_alive(self) -> bool:
        return False


class PostgresJournal(Journal):
    """The shared journal of a warehouse. Open with `PostgresJournal.connect(url, station_id)`."""

    def __init__(self, session: PgSession, location: str, station: str, clock: Clock) -> None:
        self._session = session
        self._location = location
        self._pins_turn = threading.Lock()  # `lead_pins_turn` within this process
        holders = PgHolders(session)
        # The SQLite journal's methods run on the session: it speaks the words of their connection.
        super().__init__(cast(sqlite3.Connection, session), Path(), station, clock, holders)

    @classmethod
    def connect(
        cls,
        url: str,
        station_id: str,
        *,
        password: str | None = None,
        clock: Clock = utc_now,
    ) -> PostgresJournal:
        """Connect to the shared journal at `url` as station `station_id`. Refuses a database whose
        schema is not this version's (`journal_too_old` / `journal_too_new`), or that cannot be
        reached (`journal_unavailable`)."""
        session = PgSession(url, password=password, application_name=f"packstation {station_id}")
        try:
            version = schema_version(cast("psycopg.Connection[tuple[object, ...]]", session.raw))
            check_version(version)
        except BaseException:
            session.close()
            raise
        return cls(session, redacted(url), station_id, clock)

    @property
    def location(self) -> str:
        """The journal's address without any password (for the status bar, the doctor, logs)."""
        return self._location

    def schema_version(self) -> int | None:
        with self._lock:
            self._check_open()
            return schema_version(cast("psycopg.Connection[tuple[object, ...]]", self._session.raw))

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def _write(self, *, durable: bool) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            with self._session.transaction(write=True, durable=durable) as session:
                yield cast(sqlite3.Connection, session)

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            with self._session.transaction(write=False, durable=False) as session:
                yield cast(sqlite3.Connection, session)

    def _forget_old_pages(self) -> None:
        """Nothing like SQLite's WAL file to empty: the server's VACUUM reclaims purged rows."""

    def pragma(self, name: str) -> object:
        raise JournalError("PRAGMA is SQLite's; the shared journal has none.", code=ErrorCode.JOURNAL_ERROR)

    # ------------------------------------------------------------------ this station's own
    def unsettled(self) -> tuple[Attempt, ...]:
        marks = ", ".join("?" for _ in UNSETTLED)
        return self._own(
            f"stage IN ({marks}) AND resolved_at IS NULL",  # the marks are ours
            tuple(stage.value for stage in UNSETTLED),
        )

    def unsaved(self) -> tuple[Attempt, ...]:
        return self._own(
            "label_created_at IS NOT NULL AND label_saved_at IS NULL AND parcel_id IS NOT NULL "
            "AND voided_at IS NULL AND resolved_at IS NULL",
            (),
        )

    def unprinted(self) -> tuple[Attempt, ...]:
        return self._own(
            "label_saved_at IS NOT NULL AND printed_at IS NULL AND voided_at IS NULL AND resolved_at IS NULL",
            (),
        )

    def _own(self, condition: str, params: tuple[Any, ...]) -> tuple[Attempt, ...]:
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT * FROM attempts WHERE station = ? AND {condition} ORDER BY id",  # noqa: S608
                (self._station, *params),
            ).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def last_weighing(self) -> tuple[str | None, str] | None:
        """This station's latest weighed label (its own bench scale): another station's parcel
        is on another scale, so its weight is no "previous parcel" here."""
        with self._read() as connection:
            row = connection.execute(
                """
                SELECT attempts.order_number AS order_number, attempt_events.fields AS fields
                FROM attempt_events JOIN attempts ON attempts.id = attempt_events.attempt_id
                WHERE attempts.station = ? AND attempt_events.stage = ?
                  AND attempt_events.fields LIKE '%"weight":%'
                ORDER BY attempt_events.id DESC LIMIT 1
                """,
                (self._station, Stage.LABEL_REQUESTED.value),
            ).fetchone()
        if row is None:
            return None
        weight = json.loads(row["fields"]).get("weight")
        return (row["order_number"], weight) if isinstance(weight, str) else None

    # ------------------------------------------------------------------ facts, per station
    def fact(self, key: str) -> str | None:
        with self._read() as connection:
            row = connection.execute(
                "SELECT value FROM station_facts WHERE station = ? AND key = ?", (self._station, key)
            ).fetchone()
        return None if row is None else str(row["value"])

    def set_fact(self, key: str, value: str) -> None:
        with self._write(durable=True) as connection:
            connection.execute(
                "INSERT INTO station_facts (station, key, value, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (station, key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (self._station, key, value, timestamp(self._now())),
            )

    # ------------------------------------------------------------------ the warehouse's own (issue 19)
    def warehouse_fact(self, key: str) -> str | None:
        """A fact of the whole warehouse (not of one station): the lead PINs' ledger, the last purge."""
        return self._entry("warehouse_facts", "key", key)

    def set_warehouse_fact(self, key: str, value: str) -> None:
        self._set_entry("warehouse_facts", "key", key, value)

    def lead_pin_entry(self, entry: str) -> str | None:
        """One record of the warehouse's lead-PIN vault (`pins`: salted scrypt hashes; `failures`)."""
        return self._entry("lead_pins", "entry", entry)

    def set_lead_pin_entry(self, entry: str, value: str) -> None:
        self._set_entry("lead_pins", "entry", entry, value)

    def server_seconds(self) -> float:
        """The server's clock, in epoch seconds: the one clock every station of the warehouse reads
        alike (no station can set it), so a lock-out started at one bench runs on at the next."""
        with self._read() as connection:
            row = connection.execute("SELECT extract(epoch FROM clock_timestamp())").fetchone()
        assert row is not None
        return float(row[0])

    @contextmanager
    def lead_pins_turn(self) -> Iterator[None]:
        """The warehouse's turn at its lead PINs: a session advisory lock, so one station at a time
        reads and writes the PIN records and the wrong-PIN count (two benches guessing at once both
        count). Held for one PIN check (scrypt: a tenth of a second); the journal's other work goes
        on meanwhile. A lost connection releases it with the session."""
        import psycopg

        # The session's lock is this connection's, whichever thread took it: this process's threads
        # take turns first.
        with self._pins_turn:
            with self._lock:
                self._check_open()
                try:
                    self._session.raw.execute(b"SELECT pg_advisory_lock(%s, 5)", (WRITE_LOCK,))
                except psycopg.OperationalError as error:
                    self._session.drop()
                    raise unavailable(error) from None
            try:
                yield
            finally:
                with self._lock:
                    self._session.advisory_unlock(WRITE_LOCK, 5)

    def _entry(self, table: str, column: str, key: str) -> str | None:
        with self._read() as connection:
            row = connection.execute(
                f"SELECT value FROM {table} WHERE {column} = ?",  # noqa: S608 - our own names
                (key,),
            ).fetchone()
        return None if row is None else str(row["value"])

    def _set_entry(self, table: str, column: str, key: str, value: str) -> None:
        with self._write(durable=True) as connection:
            connection.execute(
                f"INSERT INTO {table} ({column}, value, station, updated_at) VALUES (?, ?, ?, ?) "  # noqa: S608
                f"ON CONFLICT ({column}) DO UPDATE SET value = excluded.value, "
                "station = excluded.station, updated_at = excluded.updated_at",
                (key, value, self._station, timestamp(self._now())),
            )

    def shared_packers(self) -> tuple[Packer, ...]:
        """The warehouse's packers, by badge id: every station signs them in."""
        with self._read() as connection:
            rows = connection.execute("SELECT badge_id, name FROM packers ORDER BY name, badge_id").fetchall()
        return tuple(Packer(badge_id=str(row["badge_id"]), name=str(row["name"])) for row in rows)

    def change_shared_packers(
        self, *, put: Sequence[Packer] = (), remove: Sequence[str] = (), actor: str = "settings"
    ) -> None:
        """Add or rename the packers `put` and take away the badges `remove`, leaving every other
        packer as it is (two stations editing the list at once keep each other's changes); audited."""
        if not put and not remove:
            return
        with self._write(durable=True) as connection:
            now = timestamp(self._now())
            for badge_id in remove:
                connection.execute("DELETE FROM packers WHERE badge_id = ?", (badge_id,))
            for packer in put:
                connection.execute(
                    "INSERT INTO packers (badge_id, name, station, updated_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (badge_id) DO UPDATE SET name = excluded.name, "
                    "station = excluded.station, updated_at = excluded.updated_at",
                    (packer.badge_id, packer.name, self._station, now),
                )
            detail = f"{len(put)} added or renamed, {len(remove)} removed"
            connection.execute(_AUDIT_INSERT, (now, self._station, actor, "packers_change", detail, None))

    # ------------------------------------------------------------------ one purge for the warehouse
    def purge(
        self, older_than: datetime, *, keep_counts: bool = True, actor: str = "retention"
    ) -> PurgeResult:
        """Retention for the whole warehouse, one station at a time: the station that takes the
        purge's advisory lock purges every station's rows; a station that finds it taken, or finds
        the warehouse purged up to within `PURGE_MARGIN` of its own cutoff already, purges nothing
        (`PurgeResult.skipped`). Each station still deletes its own label files (retention.py)."""
        import psycopg

        cutoff = timestamp(older_than)
        with self._lock:
            self._check_open()
            raw = self._session.raw
            try:
                granted = raw.execute(b"SELECT pg_try_advisory_lock(%s, 4)", (WRITE_LOCK,)).fetchone()
            except psycopg.OperationalError as error:
                self._session.drop()
                raise unavailable(error) from None
            if not granted or not granted[0]:
                return PurgeResult(attempts=0, events=0, label_paths=(), skipped=True)
            try:
                last = self.warehouse_fact(LAST_PURGE)
                # A purge deleting rows (`keep_counts` off) is another than the daily one: never skipped.
                if keep_counts and last is not None and last >= timestamp(older_than - PURGE_MARGIN):
                    return PurgeResult(attempts=0, events=0, label_paths=(), skipped=True)
                result = super().purge(older_than, keep_counts=keep_counts, actor=actor)
                if keep_counts:
                    self.set_warehouse_fact(LAST_PURGE, cutoff)
                return result
            finally:
                with contextlib.suppress(Exception):  # a dropped connection released it already
                    raw.execute(b"SELECT pg_advisory_unlock(%s, 4)", (WRITE_LOCK,))


def redacted(url: str) -> str:
    """`url` without its password: `postgresql://user:secret@host/db` → `postgresql://user@host/db`."""
    return re.sub(r"(//[^/@:]*):[^/@]*@", r"\1@", url)


_SSL_MODES: Final = frozenset({"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})


def journal_url_problem(url: str, *, allow_password: bool = False) -> str | None:
    """What is wrong with a shared journal's URL, in words; None when it will do. A password in it
    is refused: it goes in the OS keyring (`packstation.journal`) or PACKSTATION_JOURNAL_PASSWORD."""
    from urllib.parse import parse_qs, urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is no number
    except ValueError as error:
        return f"The journal address is not a URL ({error})."
    if parts.scheme not in ("postgresql", "postgres"):
        return "The journal address starts with postgresql:// (postgresql://user@host:5432/database)."
    if parts.password is not None and not allow_password:
        return (
            "The journal address must not contain the password: keep it in the OS keyring "
            "(packstation.journal) or PACKSTATION_JOURNAL_PASSWORD."
        )
    if not parts.hostname or not parts.path.strip("/"):
        return "The journal address names the server and the database: postgresql://user@host:5432/database."
    modes = parse_qs(parts.query).get("sslmode", [])
    if any(mode not in _SSL_MODES for mode in modes):
        return f"sslmode is one of {', '.join(sorted(_SSL_MODES))}."
    return None


def url_user(url: str) -> str:
    """The role a URL logs in as (libpq's default, the OS user, when it names none)."""
    import getpass
    from urllib.parse import unquote, urlsplit

    user = urlsplit(url).username
    return unquote(user) if user else getpass.getuser()


@dataclass(frozen=True)
class Check:
    """One line of `packstation journal check`: what was checked, whether it passed, in words."""

    name: str
    ok: bool
    detail: str


_STATION_PRIVILEGES: Final = (
    ("attempts", "SELECT, INSERT, UPDATE, DELETE"),
    ("attempt_events", "SELECT, INSERT, UPDATE, DELETE"),
    ("attempt_parcels", "SELECT, INSERT, UPDATE, DELETE"),
    ("order_claims", "SELECT, INSERT, UPDATE, DELETE"),
    ("item_scans", "SELECT, INSERT, UPDATE, DELETE"),
    ("station_facts", "SELECT, INSERT, UPDATE, DELETE"),
    ("audit_log", "SELECT, INSERT"),
    ("write_tokens", "SELECT, INSERT, UPDATE, DELETE"),
    ("write_budget", "SELECT, INSERT, UPDATE, DELETE"),
    ("warehouse_facts", "SELECT, INSERT, UPDATE"),
    ("lead_pins", "SELECT, INSERT, UPDATE"),
    ("packers", "SELECT, INSERT, UPDATE, DELETE"),
)


def check_access(url: str, *, password: str | None) -> tuple[Check, ...]:
    """What a station needs of the shared journal, tried one by one as this URL's role: connect, the
    schema version, each table's privileges, a write (rolled back), the holders' locks."""
    import time

    import psycopg

    checks: list[Check] = []
    started = time.monotonic()
    session = PgSession(url, password=password, application_name="packstation journal check")
    try:
        try:
            connection = session.raw
        except JournalError as error:
            return (Check("connect", False, error.message),)
        server = connection.info.parameter_status("server_version") or "?"
        ssl = "encrypted (TLS)" if connection.pgconn.ssl_in_use else "not encrypted"
        checks.append(
            Check(
                "connect",
                True,
                f"PostgreSQL {server} as {connection.info.user}, {ssl}, "
                f"{(time.monotonic() - started) * 1000:.0f} ms",
            )
        )
        try:
            version = schema_version(cast("psycopg.Connection[tuple[object, ...]]", connection))
            check_version(version)
            checks.append(Check("schema", True, f"version {version}, as this Packstation expects"))
        except JournalError as error:
            checks.append(Check("schema", False, error.message))
            return tuple(checks)
        except psycopg.Error as error:
            checks.append(Check("schema", False, " ".join(str(error).split())))
        missing = [
            f"{privilege} on {table}"
            for table, privileges in _STATION_PRIVILEGES
            for privilege in privileges.split(", ")
            if not connection.execute(
                b"SELECT has_table_privilege(current_user, %s, %s)", (table, privilege)
            ).fetchone()[0]  # type: ignore[index]
        ]
        checks.append(
            Check(
                "privileges",
                not missing,
                "every table a station writes" if not missing else "missing: " + "; ".join(missing),
            )
        )
        try:
            with session.transaction(write=True, durable=True):
                session.execute(
                    "INSERT INTO attempts (station, stage, reached, started_at, updated_at) "
                    "VALUES ('journal check', 'scanned', 'scanned', '', '')"
                )
                raise _RollBack
        except _RollBack:
            checks.append(Check("write", True, "a write went through (and was rolled back)"))
        except psycopg.Error as error:
            checks.append(Check("write", False, " ".join(str(error).split())))
        locked = connection.execute(b"SELECT pg_try_advisory_lock(%s, 2)", (WRITE_LOCK,)).fetchone()
        connection.execute(b"SELECT pg_advisory_unlock_all()")
        checks.append(
            Check(
                "locks",
                bool(locked and locked[0]),
                "advisory locks work (claims know when a station is gone)",
            )
        )
    except JournalError as error:
        checks.append(Check("connection", False, error.message))
    finally:
        session.close()
    return tuple(checks)


class _RollBack(Exception):
    """Raised inside a transaction to roll it back on purpose."""


if TYPE_CHECKING:
    from packstation.journal.protocol import StationJournal

    def _both_engines_keep_the_protocol(sqlite: Journal, shared: PostgresJournal) -> list[StationJournal]:
        return [sqlite, shared]  # mypy checks both against the protocol here
