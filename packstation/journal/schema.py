"""The journal's schema as numbered migrations, tracked in `PRAGMA user_version`.

Each migration is a list of single SQL statements applied in one `BEGIN IMMEDIATE` transaction
together with its `user_version` bump, so a crash mid-upgrade leaves the old version intact (SQLite
DDL is transactional). Never edit a released migration: append a new one. Stations are upgraded on
start-up; a journal from a newer app is refused rather than written with a schema we do not know.

Order and tracking numbers compare case-insensitively (NOCASE): the order lookup is
case-insensitive, so the label check must be too, and NOCASE lets a `LIKE 'abc%'` search use the
index.

Timestamps are UTC ISO-8601 text with microseconds and `+00:00` (always the same width, so text
order is time order and the indexes on them work for ranges).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


class JournalError(PackstationError):
    code = ErrorCode.JOURNAL_ERROR


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "attempts and their stage history",
        (
            """
            CREATE TABLE attempts (
                id                 INTEGER PRIMARY KEY,
                station            TEXT    NOT NULL,
                packer_id          TEXT,
                packer_name        TEXT,
                raw_scan           TEXT,
                printer            TEXT,
                stage              TEXT    NOT NULL,
                reached            TEXT    NOT NULL,
                started_at         TEXT    NOT NULL,
                updated_at         TEXT    NOT NULL,
                order_id           TEXT,
                order_number       TEXT COLLATE NOCASE,
                integration_id     INTEGER,
                parcel_id          INTEGER,
                tracking_number    TEXT COLLATE NOCASE,
                label_path         TEXT,
                label_sha256       TEXT,
                label_mime_type    TEXT,
                label_requested_at TEXT,
                label_created_at   TEXT,
                label_saved_at     TEXT,
                printed_at         TEXT,
                print_count        INTEGER NOT NULL DEFAULT 0,
                voided_at          TEXT,
                error_stage        TEXT,
                error_code         TEXT,
                error_message      TEXT,
                error_detail       TEXT,
                error_pointer      TEXT,
                error_status       INTEGER,
                elapsed_ms         INTEGER NOT NULL DEFAULT 0,
                label_call_ms      INTEGER,
                scan_to_print_ms   INTEGER
            )
            """,
            """
            CREATE TABLE attempt_events (
                id          INTEGER PRIMARY KEY,
                attempt_id  INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                seq         INTEGER NOT NULL,
                stage       TEXT    NOT NULL,
                at          TEXT    NOT NULL,
                duration_ms INTEGER NOT NULL,
                fields      TEXT    NOT NULL DEFAULT '{}',
                error_code  TEXT,
                UNIQUE (attempt_id, seq)
            )
            """,
            # "Never a second label": the label check looks an order up on every scan.
            "CREATE INDEX attempts_by_order ON attempts (order_number, integration_id)",
            # Start-up recovery: attempts stuck in label_requested / outcome_unknown.
            "CREATE INDEX attempts_by_stage ON attempts (stage)",
        ),
    ),
    Migration(
        2,
        "audit log, retention and the console's indexes",
        (
            """
            CREATE TABLE audit_log (
                id      INTEGER PRIMARY KEY,
                at      TEXT NOT NULL,
                station TEXT NOT NULL,
                actor   TEXT NOT NULL,
                action  TEXT NOT NULL,
                detail  TEXT NOT NULL DEFAULT ''
            )
            """,
            "CREATE INDEX audit_log_by_time ON audit_log (at)",
            # Retention keeps the counting columns of old attempts and clears their details.
            "ALTER TABLE attempts ADD COLUMN purged_at TEXT",
            # The console pages through a date range, newest first, narrowed by these columns;
            # statistics read a date range. Search by tracking number must not scan the table.
            "CREATE INDEX attempts_by_time ON attempts (started_at)",
            "CREATE INDEX attempts_by_station_time ON attempts (station, started_at)",
            "CREATE INDEX attempts_by_packer_time ON attempts (packer_id, started_at)",
            "CREATE INDEX attempts_by_error ON attempts (error_code, started_at)",
            "CREATE INDEX attempts_by_tracking ON attempts (tracking_number)",
        ),
    ),
    Migration(
        3,
        "the failed-shipments console: resolution with a note, and retries linked to the original",
        (
            # A resolution is not a stage: the attempt keeps the stage and error it ended with (the
            # statistics count that failure), and leaves the console's "failed" view. A retry starts
            # a new attempt whose `retry_of` names the original; starting it resolves the original.
            "ALTER TABLE attempts ADD COLUMN resolved_at TEXT",
            "ALTER TABLE attempts ADD COLUMN resolved_by TEXT",
            "ALTER TABLE attempts ADD COLUMN resolution_note TEXT",
            "ALTER TABLE attempts ADD COLUMN retry_of INTEGER REFERENCES attempts(id)",
            "CREATE INDEX attempts_by_retry_of ON attempts (retry_of)",
        ),
    ),
    Migration(
        4,
        "exactly once: a parcel belongs to one attempt; an order is claimed before its label",
        (
            # A parcel belongs to ONE attempt: recovery must never settle onto a parcel another
            # attempt holds (that printed one label twice). `box` numbers the parcels of one
            # attempt (several come with multicollo).
            """
            CREATE TABLE attempt_parcels (
                parcel_id  INTEGER PRIMARY KEY,
                attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                box        INTEGER NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX attempt_parcels_by_attempt ON attempt_parcels (attempt_id)",
            # Journals written before may hold one parcel on two attempts: the earliest keeps it.
            """
            INSERT INTO attempt_parcels (parcel_id, attempt_id)
            SELECT parcel_id, MIN(id) FROM attempts WHERE parcel_id IS NOT NULL GROUP BY parcel_id
            """,
            # One claim per order (number + shop; 0 stands for "shop not known"), see claims.py.
            """
            CREATE TABLE order_claims (
                order_number   TEXT    NOT NULL COLLATE NOCASE,
                integration_id INTEGER NOT NULL,
                kind           TEXT    NOT NULL,
                holder_id      TEXT    NOT NULL,
                holder         TEXT    NOT NULL,
                attempt_id     INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
                claimed_at     TEXT    NOT NULL,
                PRIMARY KEY (order_number, integration_id)
            )
            """,
            "CREATE INDEX order_claims_by_attempt ON order_claims (attempt_id)",
            # An attempt a crash left unsettled under the old version keeps its order claimed
            # (by a holder with no lock: dead) until a lookup settles it.
            """
            INSERT OR IGNORE INTO order_claims
                (order_number, integration_id, kind, holder_id, holder, attempt_id, claimed_at)
            SELECT order_number, COALESCE(integration_id, 0), 'label', 'upgraded',
                   station || ' (before the upgrade)', id, updated_at
            FROM attempts
            WHERE stage IN ('label_requested', 'outcome_unknown') AND order_number IS NOT NULL
            ORDER BY id
            """,
        ),
    ),
    Migration(
        5,
        "item verification: every item scan of an order being packed",
        (
            # One row per item scan or confirmation: what was scanned, which line it ticked (or
            # why none), by whom. A parked order is rebuilt from these rows; the console shows
            # them in the attempt's history.
            """
            CREATE TABLE item_scans (
                id         INTEGER PRIMARY KEY,
                attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
                at         TEXT    NOT NULL,
                actor      TEXT,
                code       TEXT    NOT NULL,
                outcome    TEXT    NOT NULL,
                line       INTEGER,
                units      INTEGER NOT NULL DEFAULT 0,
                reason     TEXT
            )
            """,
            "CREATE INDEX item_scans_by_attempt ON item_scans (attempt_id, id)",
        ),
    ),
    Migration(
        6,
        "privacy: audit rows refer to their attempt instead of copying a lead's note",
        (
            # A resolution note may name a customer. Retention clears it from the attempt, but the
            # audit log, which is never purged, kept a copy ("attempt 12: <note>"). Audit rows now
            # point at the attempt; the note lives only there, and goes with it.
            "ALTER TABLE audit_log ADD COLUMN attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL",
            "CREATE INDEX audit_log_by_attempt ON audit_log (attempt_id)",
            # The copies already made: the attempt's id is kept (when the attempt still exists), the
            # note goes. "attempt " is 8 characters: the id runs from the 9th to the first colon.
            """
            UPDATE audit_log SET
                attempt_id = (
                    SELECT id FROM attempts
                    WHERE id = CAST(substr(audit_log.detail, 9, instr(audit_log.detail, ':') - 9) AS INTEGER)
                ),
                detail = ''
            WHERE action = 'mark_resolved' AND detail LIKE 'attempt %:%'
            """,
        ),
    ),
    Migration(
        7,
        "station facts: what a lead last settled, kept where the keyring and settings.json cannot undo it",
        (
            # A few named values, each replaced whole: the hash of the settings a lead last saved
            # (a file edited outside the app is noticed), that shift-lead PINs exist and how many
            # PINs failed (deleting a keyring entry must not make anyone a lead or end a lock-out).
            """
            CREATE TABLE station_facts (
                key        TEXT PRIMARY KEY,
                value      TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )
            """,
        ),
    ),
    Migration(
        8,
        "print copies: how many of each label a print put out, counted apart from reprints (issue 20)",
        (
            # A printer profile may print 2 of each label (copies). print_count still counts prints
            # and reprints (a second print of one label is what "never a second label" watches);
            # print_copies says how many labels each of those prints put out, so two labels from
            # one print with copies 2 are not taken for a double print.
            "ALTER TABLE attempts ADD COLUMN print_copies INTEGER NOT NULL DEFAULT 1",
        ),
    ),
    Migration(
        9,
        "several boxes, one order (issue 18): each box's label saved and printed on its own",
        (
            # An order in several boxes has one attempt and a parcel per box; each box's label is
            # saved and printed in turn, so recovery and a reprint know which boxes are out.
            "ALTER TABLE attempt_parcels ADD COLUMN label_path TEXT",
            "ALTER TABLE attempt_parcels ADD COLUMN label_sha256 TEXT",
            "ALTER TABLE attempt_parcels ADD COLUMN tracking_number TEXT",
            "ALTER TABLE attempt_parcels ADD COLUMN printed_at TEXT",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def schema_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(
    connection: sqlite3.Connection,
    *,
    target: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> int:
    """Bring the journal up to `target` (default: the latest); returns the version it was at before.

    `connection` must be in autocommit mode (`isolation_level=None`): this function owns the
    transactions. `target` and `migrations` let tests build an old journal or a broken upgrade.
    """
    latest = migrations[-1].version
    target = latest if target is None else target
    if connection.in_transaction:
        raise JournalError(
            "Journal migration must start outside a transaction.", code=ErrorCode.JOURNAL_MIGRATION
        )
    # IMMEDIATE takes the write lock before reading the version: two processes opening the same
    # journal at once cannot both apply the same migration.
    connection.execute("BEGIN IMMEDIATE")
    try:
        before = schema_version(connection)
        if before > latest:
            raise JournalError(
                f"The station journal was written by a newer Packstation (schema {before}; this "
                f"version knows up to {latest}). Update Packstation on this station.",
                code=ErrorCode.JOURNAL_TOO_NEW,
            )
        for migration in migrations:
            if before < migration.version <= target:
                for statement in migration.statements:
                    connection.execute(statement)
                # PRAGMA takes no parameters; the version is an int from our own table.
                connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return before
