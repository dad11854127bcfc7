"""The station journal: one SQLite file (WAL) per station, one row per attempt, one per transition.

Every attempt is written *before* each network or printer step and again after it, so after a crash
or a power cut the journal says how far each attempt got (see `unsettled` and `unprinted`).

Threads: the journal owns ONE connection opened with `check_same_thread=False`, and every method
takes the journal's lock around its statements. In the GUI all calls come from the serial "journal
lane" anyway; the lock makes a stray call from another thread (a console export, a test) safe
instead of corrupting a half-done transaction. One connection per thread was rejected: each would
have to be closed on its own thread at shutdown, and a second writer on the same file only waits on
SQLite's lock. Other *processes* (a support tool, a second `Journal` on the same file) may read at
the same time: in WAL mode readers never block the writer and see only committed rows.

Durability: WAL mode. Rows from `label_requested` on (`Stage.is_durable`), audit rows and purges are
committed with `synchronous=FULL` (the WAL is fsynced at every commit), so a power cut cannot lose
them. `scanned` and `order_found` are committed with `synchronous=NORMAL` (no fsync; a power cut may
lose the latest such rows, never corrupt the file). The WAL is append-only, so the next FULL commit
makes every earlier NORMAL row durable too. Measured cost: docs/journal.md, bench/journal_write.py.

Longer than most modules (~1,240 lines) on purpose: `Journal` is one class over one connection, and
every method runs inside its lock and its transactions (a claim is checked in the same transaction
as the label check; a transition releases claims and takes parcels in its own). What needs no
connection lives beside it: `rows.py` (rows to models, filters to SQL), `reports.py` (CSV cells,
statistics), `claims.py` (the claim types and the holder's lock), `schema.py` (migrations).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Final, TextIO

from packstation.error_codes import ErrorCode
from packstation.errors import error_pointer
from packstation.journal.claims import (
    AlreadyShipped,
    Claim,
    Claimed,
    ClaimKind,
    ClaimResult,
    HeldBy,
    Holder,
    HolderLocks,
    HolderRegistry,
)
from packstation.journal.models import (
    Attempt,
    AttemptEvent,
    AttemptFilter,
    AttemptId,
    AttemptOrder,
    AuditEntry,
    BoxLabel,
    ErrorLike,
    ItemScanRecord,
    Packer,
    PurgeResult,
    Stats,
    VerificationCatches,
)
from packstation.journal.reports import CSV_COLUMNS, Categorise, by_error_code, csv_cell, stats_from_rows
from packstation.journal.rows import (
    ORDER_SQL,
    attempt_from_row,
    claim_from_row,
    event_from_row,
    millis_between,
    parse_time,
    timestamp,
    utc_now,
    where_clause,
)
from packstation.journal.schema import JournalError, migrate
from packstation.journal.stages import PROGRESS, UNSETTLED, Stage, allowed_next
from packstation.private_files import create_private_file, ensure_folder, private_file

Clock = Callable[[], datetime]


# An attempt at one of these keeps its order claimed: it is being worked on, or its label call may
# have made a label nobody knows of yet.
_CLAIM_KEEPING_STAGES: Final = frozenset(
    {Stage.SCANNED, Stage.ORDER_FOUND, Stage.LABEL_REQUESTED, Stage.OUTCOME_UNKNOWN}
)
# Retention clears these on old attempts; the counting columns stay (see `purge`).
_DETAIL_COLUMNS: Final = (
    "raw_scan",
    "label_path",
    "label_sha256",
    "error_message",
    "error_detail",
    "error_pointer",
    "resolution_note",  # free text a shift lead typed: may name a customer
)

_AUDIT_INSERT: Final = (
    "INSERT INTO audit_log (at, station, actor, action, detail, attempt_id) VALUES (?, ?, ?, ?, ?, ?)"
)


class Journal:
    """One station's journal. Open with `Journal.open(...)`; use as a context manager or `close()`."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        station: str,
        clock: Clock,
        holders: HolderRegistry | None = None,
    ) -> None:
        self._connection = connection
        self._path = path
        self._station = station
        self._clock = clock
        self._lock = threading.RLock()
        self._synchronous: str | None = None
        self._closed = False
        self._holders: HolderRegistry = holders or HolderLocks(self.holders_folder(path))
        self._holder: Holder
        self._holder_lock: object  # what `release` takes: a FileLock, or the shared journal's key
        self._holder, self._holder_lock = self._holders.acquire(station)

    # ----------------------------------------------------------------------------------- lifecycle

    @classmethod
    def open(
        cls,
        path: Path,
        station_name: str,
        *,
        clock: Clock = utc_now,
        busy_timeout: float = 5.0,
    ) -> Journal:
        """Open (creating and upgrading as needed) the journal at `path` for `station_name`.

        `busy_timeout` is how long a statement waits for another process's write lock.
        """
        ensure_folder(path.parent)
        # 0600 before SQLite opens it: SQLite gives the -wal and -shm files the database's mode.
        create_private_file(path)
        # isolation_level=None: the journal writes its own BEGIN/COMMIT (Python's implicit
        # transactions would leave reads inside open transactions and hide commit points).
        connection = sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        try:
            connection.row_factory = sqlite3.Row
            mode = _enter_wal(connection, busy_timeout)
            if mode.lower() != "wal":
                raise JournalError(
                    f"The station journal {path} cannot use WAL mode (got {mode!r}); it must be on a "
                    "local disk, not a network share.",
                    code=ErrorCode.JOURNAL_NO_WAL,
                )
            connection.execute("PRAGMA foreign_keys=ON")
            # Deleted and overwritten rows (a purged note, a label path) are zeroed in the file,
            # not left in free pages for anyone with a copy of it to read.
            connection.execute("PRAGMA secure_delete=ON")
            # macOS: plain fsync() does not reach the disk platter; F_FULLFSYNC does. No-op elsewhere.
            connection.execute("PRAGMA fullfsync=ON")
            connection.execute("PRAGMA checkpoint_fullfsync=ON")
            for companion in ("-wal", "-shm"):  # left 0644 by a version before this rule
                private_file(path.with_name(path.name + companion))
            migrate(connection)
        except BaseException:
            connection.close()
            raise
        return cls(connection, path, station_name, clock)

    @staticmethod
    def holders_folder(path: Path) -> Path:
        """Where the holders of the journal at `path` keep their OS lock files."""
        return path.parent / "holders"

    @staticmethod
    def files(path: Path) -> tuple[Path, ...]:
        """Every file the journal at `path` may leave: the database, SQLite's side files (WAL,
        shared memory, rollback journal) and the holders' folder; what deleting a journal deletes."""
        side_files = (path.with_name(f"{path.name}{suffix}") for suffix in ("-wal", "-shm", "-journal"))
        return (path, *side_files, Journal.holders_folder(path))

    @staticmethod
    def in_use(path: Path) -> bool:
        """Whether some process has the journal at `path` open now (its holder's OS lock is taken)."""
        return HolderLocks(Journal.holders_folder(path)).any_alive()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def station(self) -> str:
        return self._station

    @property
    def holder(self) -> Holder:
        """This journal's claim holder: one per open journal, alive while it is open."""
        return self._holder

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._connection.close()
                self._holders.release(self._holder_lock)

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def pragma(self, name: str) -> object:
        """One PRAGMA's current value (for diagnostics and tests); `name` must be a plain word."""
        if not name.isidentifier():
            raise ValueError(f"not a pragma name: {name!r}")
        with self._lock:
            return self._connection.execute(f"PRAGMA {name}").fetchone()[0]

    # -------------------------------------------------------------------------------- transactions

    def _now(self) -> datetime:
        return self._clock()

    def _set_synchronous(self, durable: bool) -> None:
        # Only between transactions: SQLite ignores a change of `synchronous` inside one.
        wanted = "FULL" if durable else "NORMAL"
        if self._synchronous != wanted:
            self._connection.execute(f"PRAGMA synchronous={wanted}")
            self._synchronous = wanted

    @contextmanager
    def _write(self, *, durable: bool) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._check_open()
            self._set_synchronous(durable)
            # IMMEDIATE: take the write lock up front, so a read-then-write never fails half-way
            # with SQLITE_BUSY because another process wrote in between.
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException:
                # Also when COMMIT itself failed (disk full, I/O error): never leave it open.
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        # One read transaction: every statement inside sees the same snapshot.
        with self._lock:
            self._check_open()
            self._connection.execute("BEGIN")
            try:
                yield self._connection
            finally:
                if self._connection.in_transaction:
                    self._connection.execute("COMMIT")

    def _check_open(self) -> None:
        if self._closed:
            raise JournalError("The station journal is closed.", code=ErrorCode.JOURNAL_CLOSED)

    # ------------------------------------------------------------------------------------- writing

    def start_attempt(
        self,
        raw_scan: str,
        packer: Packer | None = None,
        printer: str | None = None,
        *,
        retry_of: AttemptId | None = None,
        actor: str | None = None,
    ) -> AttemptId:
        """A new attempt at stage `scanned`, before the order is looked up.

        With `retry_of`, the new attempt is a retry of that (failed) attempt, started by `actor`
        from the console: in the same transaction the original is resolved ("retried as attempt
        N"), so the "failed" view shows only the newest try of an order.
        """
        durable = Stage.SCANNED.is_durable or retry_of is not None
        with self._write(durable=durable) as connection:
            now = timestamp(self._now())
            if retry_of is not None and (
                connection.execute("SELECT 1 FROM attempts WHERE id = ?", (retry_of,)).fetchone() is None
            ):
                raise JournalError(
                    f"No attempt {retry_of} in the journal.", code=ErrorCode.JOURNAL_UNKNOWN_ATTEMPT
                )
            cursor = connection.execute(
                """
                INSERT INTO attempts (station, packer_id, packer_name, raw_scan, printer, stage,
                                      reached, started_at, updated_at, retry_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    self._station,
                    packer.badge_id if packer else None,
                    packer.name if packer else None,
                    raw_scan,
                    printer,
                    Stage.SCANNED.value,
                    Stage.SCANNED.value,
                    now,
                    now,
                    retry_of,
                ),
            )
            attempt_id = AttemptId(int(cursor.lastrowid or 0))
            fields: dict[str, str | int | None] = {
                "raw_scan": raw_scan,
                "packer_id": packer.badge_id if packer else None,
            }
            if retry_of is not None:
                fields["retry_of"] = retry_of
                connection.execute(
                    """
                    UPDATE attempts SET resolved_at = ?, resolved_by = ?, resolution_note = ?
                    WHERE id = ? AND resolved_at IS NULL
                    """,
                    (now, actor or "station", f"retried as attempt {attempt_id}", retry_of),
                )
            connection.execute(
                "INSERT INTO attempt_events (attempt_id, seq, stage, at, duration_ms, fields) "
                "VALUES (?, 1, ?, ?, 0, ?)",
                (attempt_id, Stage.SCANNED.value, now, json.dumps(fields)),
            )
        return attempt_id

    def record(
        self,
        attempt_id: AttemptId,
        stage: Stage,
        *,
        order_id: str | None = None,
        order_number: str | None = None,
        integration_id: int | None = None,
        parcel_id: int | None = None,
        tracking_number: str | None = None,
        label_path: Path | None = None,
        label_sha256: str | None = None,
        label_mime_type: str | None = None,
        printer: str | None = None,
        print_copies: int | None = None,
        durable: bool | None = None,
        event_fields: Mapping[str, str] | None = None,
        parcels: Sequence[int] = (),
    ) -> Attempt:
        """Move the attempt to `stage`, storing the fields given (None leaves a field as it was).
        `event_fields` go into the stage's history row only (the parcel's weight on
        `label_requested`: a fact of that step, with no column of its own). `parcels`: an order
        in several boxes (issue 18), its parcels in box order, each tied to its box in the same
        transaction (`parcel_id` is box 1's).

        Written with the stage's timestamp and the time since the previous stage, in one transaction
        with its `attempt_events` row; durably (fsync) when `stage.is_durable` unless `durable` says
        otherwise. Illegal moves (see `Stage.can_follow`) raise `JournalError` and write nothing.
        `label_created` needs the parcel id, `label_saved` the label's path and hash.
        """
        fields: dict[str, str | int | None] = {
            "order_id": order_id,
            "order_number": order_number,
            "integration_id": integration_id,
            "parcel_id": parcel_id,
            "tracking_number": tracking_number,
            "label_path": None if label_path is None else str(label_path),
            "label_sha256": label_sha256,
            "label_mime_type": label_mime_type,
            "printer": printer,
            "print_copies": print_copies,
        }
        if parcels and parcel_id is None:
            fields["parcel_id"] = parcels[0]
        given: dict[str, str | int | None] = {
            name: value for name, value in fields.items() if value is not None
        }
        return self._transition(
            attempt_id, stage, given, {}, durable, event_fields=dict(event_fields or {}), parcels=parcels
        )

    def fail(
        self,
        attempt_id: AttemptId,
        stage: Stage,
        error: ErrorLike,
        *,
        durable: bool | None = None,
    ) -> Attempt:
        """Move the attempt to a trouble `stage` (failed, outcome_unknown, print_unconfirmed) and keep
        the error's code, message, Sendcloud details, JSON pointer and HTTP status.

        A parcel id on the error (a label answer whose file was unusable) is stored too: the label
        exists, and `label_for_order` must know it.
        """
        if not stage.is_trouble:
            raise ValueError(f"fail() takes a trouble stage, not {stage.value!r}")
        given: dict[str, str | int | None] = {}
        parcel_id = getattr(error, "parcel_id", None)
        if isinstance(parcel_id, int):
            given["parcel_id"] = parcel_id
        return self._transition(attempt_id, stage, given, _error_columns(stage, error), durable)

    def _transition(
        self,
        attempt_id: AttemptId,
        stage: Stage,
        given: dict[str, str | int | None],
        error: dict[str, str | int | None],
        durable: bool | None,
        *,
        event_fields: dict[str, str] | None = None,
        parcels: Sequence[int] = (),
    ) -> Attempt:
        with self._write(durable=stage.is_durable if durable is None else durable) as connection:
            # The clock is read under the lock, so stage times follow the order of the writes.
            moment = self._now()
            now = timestamp(moment)
            row = connection.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            if row is None:
                raise JournalError(
                    f"No attempt {attempt_id} in the journal.", code=ErrorCode.JOURNAL_UNKNOWN_ATTEMPT
                )
            current, reached = Stage(row["stage"]), Stage(row["reached"])
            if not stage.can_follow(current, reached):
                allowed = ", ".join(sorted(allowed_next(current, reached))) or "nothing"
                raise JournalError(
                    f"Attempt {attempt_id} cannot go from {current.value} to {stage.value} "
                    f"(allowed: {allowed}).",
                    code=ErrorCode.JOURNAL_ILLEGAL_TRANSITION,
                )
            _require(stage, row, given)
            parcel_id = given.get("parcel_id")
            for owned in parcels or ((parcel_id,) if isinstance(parcel_id, int) else ()):
                _own_parcel(connection, attempt_id, owned)
            if stage not in _CLAIM_KEEPING_STAGES:
                # Settled (a label is known, or proved not made), or ended: the order is free for
                # the already-shipped guard to judge.
                connection.execute("DELETE FROM order_claims WHERE attempt_id = ?", (attempt_id,))
            started = datetime.fromisoformat(row["started_at"])
            previous = datetime.fromisoformat(row["updated_at"])
            columns: dict[str, str | int | None] = {
                **given,
                **error,
                "stage": stage.value,
                "updated_at": now,
                "elapsed_ms": millis_between(moment, started),
            }
            if stage.is_progress and PROGRESS.index(stage) > PROGRESS.index(reached):
                columns["reached"] = stage.value
            columns.update(_stage_columns(stage, row, moment))
            assignments = ", ".join(f"{name} = ?" for name in columns)  # names are ours, not input
            connection.execute(
                f"UPDATE attempts SET {assignments} WHERE id = ?",  # noqa: S608
                (*columns.values(), attempt_id),
            )
            connection.execute(
                """
                INSERT INTO attempt_events (attempt_id, seq, stage, at, duration_ms, fields, error_code)
                VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM attempt_events WHERE attempt_id = ?),
                        ?, ?, ?, ?, ?)
                """,
                (
                    attempt_id,
                    attempt_id,
                    stage.value,
                    now,
                    millis_between(moment, previous),
                    json.dumps({**(event_fields or {}), **given, **error}, sort_keys=True),
                    error.get("error_code"),
                ),
            )
            updated = connection.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return attempt_from_row(updated)

    # ------------------------------------------------------------------------------------- claims

    def claim(
        self,
        order_number: str,
        integration_id: int | None,
        attempt_id: AttemptId,
        kind: ClaimKind = ClaimKind.LABEL,
        *,
        holder: str | None = None,
        take_over: str | None = None,
        second_label: bool = False,
    ) -> ClaimResult:
        """Claim the order for `attempt_id`, in one transaction with the journal's label check.

        `AlreadyShipped`: the journal knows a live label for the order (not with `second_label`, a
        lead's override for one order). `HeldBy`: another attempt holds it; `alive` says whether
        its holder's process lives. A claim of this very holder for another attempt counts as not
        alive: one holder works one attempt at a time (the workflow is single-threaded), so that
        attempt has stopped, and is settled like a dead holder's. `take_over`: the holder id the
        caller has settled (or, for a packing hold, a lead takes over); the claim passes to us.
        A live holder's label claim is never taken over. `holder` names who claims, in words.
        """
        key = (order_number, integration_id or 0)
        holder = holder or self._holder.describe()
        # Not fsynced: a claim lost to a power cut had paid for nothing yet, and the durable
        # `label_requested` commit that follows every label claim makes it durable too (the WAL is
        # appended in order).
        with self._write(durable=False) as connection:
            if not second_label:
                shipped = _label_row(connection, order_number, integration_id)
                if shipped is not None:
                    return AlreadyShipped(attempt_from_row(shipped))
            row = connection.execute(
                "SELECT * FROM order_claims WHERE order_number = ? AND integration_id = ?", key
            ).fetchone()
            if row is None:
                unclaimed = _unsettled_row(connection, order_number, integration_id, attempt_id)
                if unclaimed is not None:  # an unsettled label call blocks the order, claim or not
                    return HeldBy(_unclaimed(unclaimed, order_number, integration_id), alive=False)
            else:
                existing = claim_from_row(row)
                ours = existing.holder_id == self._holder.id
                if not (ours and existing.attempt_id == attempt_id):
                    alive = not ours and self._holders.alive(existing.holder_id)
                    hard = existing.kind is ClaimKind.LABEL
                    if take_over != existing.holder_id or (alive and hard):
                        return HeldBy(existing, alive)
                connection.execute(
                    "DELETE FROM order_claims WHERE order_number = ? AND integration_id = ?", key
                )
            now = self._now()
            connection.execute(
                """
                INSERT INTO order_claims
                    (order_number, integration_id, kind, holder_id, holder, attempt_id, claimed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    order_number,
                    integration_id or 0,
                    kind.value,
                    self._holder.id,
                    holder,
                    attempt_id,
                    timestamp(now),
                ),
            )
        return Claimed(
            Claim(
                order_number,
                integration_id,
                kind,
                self._holder.id,
                holder,
                attempt_id,
                now,
            )
        )

    def release(self, attempt_id: AttemptId) -> None:
        """Drop the attempt's claims (a packing hold given up). A label claim goes by itself when its
        attempt settles (see `_transition`); never release one whose label call is unsettled."""
        with self._write(durable=True) as connection:
            connection.execute("DELETE FROM order_claims WHERE attempt_id = ?", (attempt_id,))

    def claims(self) -> tuple[tuple[Claim, bool], ...]:
        """Every claim with whether its holder lives (for support and tests; nothing shows them yet)."""
        with self._read() as connection:
            rows = connection.execute("SELECT * FROM order_claims ORDER BY claimed_at").fetchall()
        found = [claim_from_row(row) for row in rows]
        return tuple(
            (claim, claim.holder_id == self._holder.id or self._holders.alive(claim.holder_id))
            for claim in found
        )

    def parcel_holder(self, parcel_id: int) -> AttemptId | None:
        """The attempt a parcel belongs to, if any."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT attempt_id FROM attempt_parcels WHERE parcel_id = ?", (parcel_id,)
            ).fetchone()
        return None if row is None else AttemptId(row[0])

    def parcels_held(self, parcel_ids: Sequence[int]) -> frozenset[int]:
        """Those of `parcel_ids` that some attempt holds already."""
        ids = list(dict.fromkeys(parcel_ids))
        if not ids:
            return frozenset()
        marks = ", ".join("?" for _ in ids)
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT parcel_id FROM attempt_parcels WHERE parcel_id IN ({marks})",  # noqa: S608
                ids,
            ).fetchall()
        return frozenset(int(row[0]) for row in rows)

    def resolve(self, attempt_id: AttemptId, actor: str, note: str) -> Attempt:
        """Close a failed attempt from the console with a note (who, when, why), audited in the same
        transaction. The stage and error stay as they were (statistics still count the failure);
        the attempt leaves the "failed" view (`AttemptFilter.troubles_only`). A resolved attempt
        cannot be resolved again (the first note stands). Resolving an attempt whose outcome is
        unknown is the lead deciding it (no label was made, or it is dealt with): its order's
        claim goes with it."""
        text = note.strip()
        if not text:
            raise JournalError(
                "Say in a note how the failure was resolved.", code=ErrorCode.RESOLUTION_NOTE_MISSING
            )
        with self._write(durable=True) as connection:
            now = timestamp(self._now())
            row = connection.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
            if row is None:
                raise JournalError(
                    f"No attempt {attempt_id} in the journal.", code=ErrorCode.JOURNAL_UNKNOWN_ATTEMPT
                )
            if row["resolved_at"] is not None:
                raise JournalError(
                    f"Attempt {attempt_id} was already resolved by {row['resolved_by']} "
                    f"({row['resolution_note']}).",
                    code=ErrorCode.ALREADY_RESOLVED,
                )
            if not Stage(row["stage"]).is_trouble:
                raise JournalError(
                    f"Attempt {attempt_id} is {row['stage']}, not a failure: there is nothing to resolve.",
                    code=ErrorCode.NOT_A_FAILURE,
                )
            connection.execute(
                "UPDATE attempts SET resolved_at = ?, resolved_by = ?, resolution_note = ? WHERE id = ?",
                (now, actor, text, attempt_id),
            )
            # A lead's decision settles an unknown outcome: the order is free again.
            connection.execute("DELETE FROM order_claims WHERE attempt_id = ?", (attempt_id,))
            # The note stays on the attempt (retention clears it there); the audit row points at it.
            connection.execute(
                _AUDIT_INSERT,
                (now, self._station, actor, "mark_resolved", "", attempt_id),
            )
            updated = connection.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        return attempt_from_row(updated)

    def retries_of(self, attempt_id: AttemptId) -> tuple[Attempt, ...]:
        """The attempts started from the console as retries of this one, oldest first."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM attempts WHERE retry_of = ? ORDER BY id", (attempt_id,)
            ).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def audit(
        self, actor: str, action: str, detail: str = "", *, attempt_id: AttemptId | None = None
    ) -> AuditEntry:
        """A privileged action (void, reprint of a printed label, settings change…): who, when, what.

        The audit log is never purged: `detail` is for facts (an order number, a code), never free
        text a person typed; name the attempt with `attempt_id` and its details stay on it.
        """
        with self._write(durable=True) as connection:
            now = timestamp(self._now())
            cursor = connection.execute(
                _AUDIT_INSERT,
                (now, self._station, actor, action, detail, attempt_id),
            )
            entry_id = int(cursor.lastrowid or 0)
        return AuditEntry(
            entry_id, datetime.fromisoformat(now), self._station, actor, action, detail, attempt_id
        )

    def fact(self, key: str) -> str | None:
        """A station fact (`set_fact`), None when it was never set."""
        with self._read() as connection:
            row = connection.execute("SELECT value FROM station_facts WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    def set_fact(self, key: str, value: str) -> None:
        """Keep `value` under `key`, replacing what was there; fsynced (a lead's decision). Facts are
        settled state the station checks itself against, never purged: no personal data in them."""
        with self._write(durable=True) as connection:
            connection.execute(
                "INSERT INTO station_facts (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, value, timestamp(self._now())),
            )

    def shared_packers(self) -> tuple[Packer, ...] | None:
        """The warehouse's packers, when the journal is shared (PostgreSQL); None here: a station's
        own journal has no warehouse list, the station's settings are its packers."""
        return None

    def purge(
        self, older_than: datetime, *, keep_counts: bool = True, actor: str = "retention"
    ) -> PurgeResult:
        """Retention: forget the details of attempts started before `older_than`.

        With `keep_counts` (the default) the rows stay with their counting columns (station, packer,
        stages, times, order/parcel/tracking numbers, error code) so statistics and the "never a
        second label" check still work; the raw scan, label path/hash, error texts and the stage
        history go. Without it, the rows are deleted (also rows purged earlier with counts kept:
        a longer second retention). Never purged: attempts that still need settling, and labels
        saved but never printed nor voided (recovery offers them; a person must print or void them).
        The label files named in the result are the caller's to delete. Audited.
        """
        cutoff = timestamp(older_than)
        unsettled = tuple(stage.value for stage in UNSETTLED)
        marks = ", ".join("?" for _ in unsettled)
        chosen = (
            f"started_at < ? AND stage NOT IN ({marks}) "
            "AND NOT (label_saved_at IS NOT NULL AND printed_at IS NULL AND voided_at IS NULL)"
        )
        if keep_counts:
            chosen += " AND purged_at IS NULL"
        params = (cutoff, *unsettled)
        with self._write(durable=True) as connection:
            now = timestamp(self._now())
            rows = connection.execute(
                f"SELECT id, label_path FROM attempts WHERE {chosen}",  # noqa: S608
                params,
            ).fetchall()
            ids = [row["id"] for row in rows]
            paths = tuple(Path(row["label_path"]) for row in rows if row["label_path"])
            events = 0
            for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
                chunk = ids[start : start + 500]
                id_marks = ", ".join("?" for _ in chunk)
                events += connection.execute(
                    f"DELETE FROM attempt_events WHERE attempt_id IN ({id_marks})",  # noqa: S608
                    chunk,
                ).rowcount
                if keep_counts:
                    cleared = ", ".join(f"{column} = NULL" for column in _DETAIL_COLUMNS)
                    connection.execute(
                        f"UPDATE attempts SET {cleared}, purged_at = ? WHERE id IN ({id_marks})",  # noqa: S608
                        (now, *chunk),
                    )
                else:
                    connection.execute(f"DELETE FROM attempts WHERE id IN ({id_marks})", chunk)  # noqa: S608
            connection.execute(
                _AUDIT_INSERT,
                (
                    now,
                    self._station,
                    actor,
                    "purge",
                    f"before {cutoff}: {len(ids)} attempts, {events} history rows, keep_counts={keep_counts}",
                    None,
                ),
            )
        self._forget_old_pages()
        return PurgeResult(attempts=len(ids), events=events, label_paths=paths)

    def _forget_old_pages(self) -> None:
        """Copy the WAL into the database and empty it: the old page images (a purged note among
        them) leave the -wal file. Best effort: a reader in another process keeps the WAL until
        the next purge."""
        with self._lock:
            self._check_open()
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    # ------------------------------------------------------------------------------------- reading

    def attempt(self, attempt_id: AttemptId) -> Attempt:
        with self._read() as connection:
            row = connection.execute("SELECT * FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise JournalError(
                f"No attempt {attempt_id} in the journal.", code=ErrorCode.JOURNAL_UNKNOWN_ATTEMPT
            )
        return attempt_from_row(row)

    def history(self, attempt_id: AttemptId) -> tuple[AttemptEvent, ...]:
        """Every stage the attempt went through, oldest first (empty once purged)."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM attempt_events WHERE attempt_id = ? ORDER BY seq", (attempt_id,)
            ).fetchall()
        return tuple(event_from_row(row) for row in rows)

    def record_item(
        self,
        attempt_id: AttemptId,
        code: str,
        outcome: str,
        *,
        line: int | None = None,
        units: int = 0,
        reason: str | None = None,
        actor: str | None = None,
    ) -> ItemScanRecord:
        """One item scan of the order `attempt_id` is packing. Not fsynced: nothing is paid for
        yet, and a scan lost to a power cut is scanned again."""
        with self._write(durable=False) as connection:
            now = timestamp(self._now())
            connection.execute(
                "INSERT INTO item_scans (attempt_id, at, actor, code, outcome, line, units, reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (attempt_id, now, actor, code, outcome, line, units, reason),
            )
        return ItemScanRecord(
            attempt_id, datetime.fromisoformat(now), actor, code, outcome, line, units, reason
        )

    def record_box(
        self,
        attempt_id: AttemptId,
        parcel_id: int,
        *,
        label_path: Path | None = None,
        label_sha256: str | None = None,
        tracking_number: str | None = None,
        printed: bool = False,
    ) -> BoxLabel:
        """One box of an order in several (issue 18): its label saved (`label_path` and its hash),
        its tracking number, or its print (`printed`: now). Durable: a box's print is what recovery
        and a reprint go by. The parcel must be the attempt's (`record(..., parcels=…)`)."""
        changes: dict[str, str | None] = {
            "label_path": None if label_path is None else str(label_path),
            "label_sha256": label_sha256,
            "tracking_number": tracking_number,
        }
        with self._write(durable=True) as connection:
            if printed:
                changes["printed_at"] = timestamp(self._now())
            given = {name: value for name, value in changes.items() if value is not None}
            if given:
                assignments = ", ".join(f"{name} = ?" for name in given)  # names are ours, not input
                connection.execute(
                    f"UPDATE attempt_parcels SET {assignments} WHERE parcel_id = ? AND attempt_id = ?",  # noqa: S608
                    (*given.values(), parcel_id, attempt_id),
                )
            row = connection.execute(
                "SELECT * FROM attempt_parcels WHERE parcel_id = ? AND attempt_id = ?",
                (parcel_id, attempt_id),
            ).fetchone()
            if row is None:
                raise JournalError(
                    f"Parcel {parcel_id} is not a box of attempt {attempt_id}.", code=ErrorCode.PARCEL_HELD
                )
        return _box_from_row(row)

    def boxes(self, attempt_id: AttemptId) -> tuple[BoxLabel, ...]:
        """The attempt's parcels in box order (one for a single label; several for multicollo)."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM attempt_parcels WHERE attempt_id = ? ORDER BY box", (attempt_id,)
            ).fetchall()
        return tuple(_box_from_row(row) for row in rows)

    def last_weighing(self) -> tuple[str | None, str] | None:
        """The order number and the weight (as journalled, `1.250 kg`) of the latest label this
        station asked for with a weight: the previous parcel's reading, which the next parcel's
        weighing must not copy, also after a restart. None when no label was weighed here."""
        with self._read() as connection:
            row = connection.execute(
                """
                SELECT attempts.order_number AS order_number, attempt_events.fields AS fields
                FROM attempt_events JOIN attempts ON attempts.id = attempt_events.attempt_id
                WHERE attempt_events.stage = ? AND attempt_events.fields LIKE '%"weight":%'
                ORDER BY attempt_events.id DESC LIMIT 1
                """,
                (Stage.LABEL_REQUESTED.value,),
            ).fetchone()
        if row is None:
            return None
        weight = json.loads(row["fields"]).get("weight")
        return (row["order_number"], weight) if isinstance(weight, str) else None

    def item_scans(self, attempt_id: AttemptId) -> tuple[ItemScanRecord, ...]:
        """Every item scan of the attempt, oldest first."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM item_scans WHERE attempt_id = ? ORDER BY id", (attempt_id,)
            ).fetchall()
        return tuple(
            ItemScanRecord(
                row["attempt_id"],
                datetime.fromisoformat(row["at"]),
                row["actor"],
                row["code"],
                row["outcome"],
                row["line"],
                row["units"],
                row["reason"],
            )
            for row in rows
        )

    def verification_catches(self, since: datetime, until: datetime) -> VerificationCatches:
        """The item scans verification refused in [since, until): wrong items, over-scans,
        unreadable codes (the outcomes are `station.verification.ItemOutcome` values)."""
        with self._read() as connection:
            rows = connection.execute(
                """
                SELECT COALESCE(actor, '') AS who, substr(at, 1, 13) AS hour, COUNT(*) AS caught
                FROM item_scans
                WHERE at >= ? AND at < ? AND outcome IN ('not_in_order', 'over_scan', 'unreadable')
                GROUP BY who, hour
                """,
                (timestamp(since), timestamp(until)),
            ).fetchall()
        by_packer: dict[str, int] = {}
        by_hour: dict[str, int] = {}
        for row in rows:
            by_packer[row["who"]] = by_packer.get(row["who"], 0) + row["caught"]
            by_hour[row["hour"]] = by_hour.get(row["hour"], 0) + row["caught"]
        return VerificationCatches(
            sum(by_packer.values()),
            tuple(sorted(by_packer.items(), key=lambda item: (-item[1], item[0]))),
            tuple(
                (datetime.fromisoformat(f"{hour}:00:00+00:00"), count)
                for hour, count in sorted(by_hour.items())
            ),
        )

    def label_for_order(self, order_number: str, integration_id: int | None = None) -> Attempt | None:
        """The latest attempt that got a label for this order (parcel id known) and was not voided.

        Asked before every label call: if this returns an attempt, do not create another label.
        Order numbers compare case-insensitively, like the order lookup. `integration_id` None
        matches any shop.
        """
        with self._read() as connection:
            row = _label_row(connection, order_number, integration_id)
        return None if row is None else attempt_from_row(row)

    def unsettled(self) -> tuple[Attempt, ...]:
        """Attempts whose label call may have made a label (label_requested, outcome_unknown), but
        for those a shift lead resolved (a lead's decision settles them).

        On start-up, settle each with Sendcloud (its shipments for the order) before retrying.
        """
        marks = ", ".join("?" for _ in UNSETTLED)
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT * FROM attempts WHERE stage IN ({marks}) AND resolved_at IS NULL ORDER BY id",  # noqa: S608
                tuple(stage.value for stage in UNSETTLED),
            ).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def unsaved(self) -> tuple[Attempt, ...]:
        """Labels Sendcloud made (parcel known) that were never saved here, not voided.

        A crash between `label_created` and `label_saved` leaves these: fetch each label from the
        parcel documents endpoint (never create it again), save it, print it.
        """
        with self._read() as connection:
            rows = connection.execute(
                """
                SELECT * FROM attempts
                WHERE label_created_at IS NOT NULL AND label_saved_at IS NULL
                  AND parcel_id IS NOT NULL AND voided_at IS NULL AND resolved_at IS NULL
                ORDER BY id
                """
            ).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def unprinted(self) -> tuple[Attempt, ...]:
        """Labels saved on this station but never printed, not voided nor resolved by a shift lead
        (who may have printed it elsewhere): offer them for printing.

        Includes attempts whose print failed or was not confirmed (their label is saved).
        """
        with self._read() as connection:
            rows = connection.execute(
                """
                SELECT * FROM attempts
                WHERE label_saved_at IS NOT NULL AND printed_at IS NULL AND voided_at IS NULL
                  AND resolved_at IS NULL
                ORDER BY id
                """
            ).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def attempts(
        self,
        filter: AttemptFilter | None = None,  # the console's word for it
        order_by: AttemptOrder = AttemptOrder.NEWEST,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[Attempt, ...]:
        """One page of attempts for the console (lazy loading: ask for the next `offset`)."""
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        where, params = where_clause(filter or AttemptFilter())
        sql = f"SELECT * FROM attempts {where} ORDER BY {ORDER_SQL[order_by]} LIMIT ? OFFSET ?"  # noqa: S608
        with self._read() as connection:
            rows = connection.execute(sql, (*params, limit, offset)).fetchall()
        return tuple(attempt_from_row(row) for row in rows)

    def count(self, filter: AttemptFilter | None = None) -> int:
        """How many attempts match (the console's "n of m")."""
        where, params = where_clause(filter or AttemptFilter())
        with self._read() as connection:
            row = connection.execute(f"SELECT COUNT(*) FROM attempts {where}", params).fetchone()  # noqa: S608
        return int(row[0])

    def error_codes(self, filter: AttemptFilter | None = None) -> tuple[str, ...]:
        """The distinct error codes of the attempts that match, sorted (the console's code picker)."""
        where, params = where_clause(filter or AttemptFilter())
        having = f"{where} AND error_code IS NOT NULL" if where else "WHERE error_code IS NOT NULL"
        sql = f"SELECT DISTINCT error_code FROM attempts {having} ORDER BY error_code"  # noqa: S608
        with self._read() as connection:
            return tuple(row[0] for row in connection.execute(sql, params))

    def export_csv(
        self,
        filter: AttemptFilter | None,
        stream: TextIO,
        order_by: AttemptOrder = AttemptOrder.OLDEST,
    ) -> int:
        """Write the filtered attempts to `stream` as CSV (header row first); returns the row count.

        Rows stream from one read snapshot (no list of every row in memory). Text cells that a
        spreadsheet would run as a formula get a leading `'` (see `_FORMULA_STARTS`). Open the
        stream with `newline=""`, as the csv module asks.
        """
        where, params = where_clause(filter or AttemptFilter())
        columns = ", ".join(CSV_COLUMNS)
        sql = f"SELECT {columns} FROM attempts {where} ORDER BY {ORDER_SQL[order_by]}"  # noqa: S608
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        written = 0
        with self._read() as connection:
            for row in connection.execute(sql, params):
                writer.writerow([csv_cell(value) for value in row])
                written += 1
        return written

    def stats(self, since: datetime, until: datetime, categorise: Categorise = by_error_code) -> Stats:
        """A shift's figures for attempts started in [since, until); `categorise` sorts the
        troubles into the chart's categories (the station's, `station.buckets.shift_stats`)."""
        if until <= since:
            raise ValueError("`until` must be after `since`")
        with self._read() as connection:
            rows = connection.execute(
                """
                SELECT station, packer_id, packer_name, stage, reached, parcel_id, error_code,
                       label_created_at, printed_at, scan_to_print_ms, started_at
                FROM attempts WHERE started_at >= ? AND started_at < ? ORDER BY id
                """,
                (timestamp(since), timestamp(until)),
            ).fetchall()
        return stats_from_rows(rows, since, until, categorise)

    def stations(self) -> tuple[str, ...]:
        """The stations that wrote attempts, sorted (the console's station filter: on a shared
        journal, every station of the warehouse)."""
        with self._read() as connection:
            return tuple(
                str(row[0])
                for row in connection.execute("SELECT DISTINCT station FROM attempts ORDER BY station")
            )

    def audit_log(
        self, since: datetime | None = None, until: datetime | None = None
    ) -> tuple[AuditEntry, ...]:
        low = timestamp(since) if since else ""
        high = timestamp(until) if until else "9999"
        with self._read() as connection:
            rows = connection.execute(
                "SELECT * FROM audit_log WHERE at >= ? AND at < ? ORDER BY id", (low, high)
            ).fetchall()
        return tuple(
            AuditEntry(
                row["id"],
                datetime.fromisoformat(row["at"]),
                row["station"],
                row["actor"],
                row["action"],
                row["detail"],
                row["attempt_id"],
            )
            for row in rows
        )


# ------------------------------------------------------------------------------------------- helpers


def _enter_wal(connection: sqlite3.Connection, patience: float) -> str:
    """`PRAGMA journal_mode=WAL`, asked again for up to `patience` seconds while the file is locked.

    Two processes opening a new journal at the same moment (two `packstation ship`, say) both try
    to switch its journal mode, which needs an exclusive lock SQLite does not wait for: the loser
    got "database is locked" at once instead of waiting like any other statement.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            return str(connection.execute("PRAGMA journal_mode=WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _label_row(
    connection: sqlite3.Connection, order_number: str, integration_id: int | None
) -> sqlite3.Row | None:
    row: sqlite3.Row | None = connection.execute(
        """
        SELECT * FROM attempts
        WHERE order_number = ? AND (? IS NULL OR integration_id = ?)
          AND parcel_id IS NOT NULL AND voided_at IS NULL
        ORDER BY COALESCE(label_created_at, updated_at) DESC, id DESC
        LIMIT 1
        """,
        (order_number, integration_id, integration_id),
    ).fetchone()
    return row


def _unsettled_row(
    connection: sqlite3.Connection, order_number: str, integration_id: int | None, other_than: AttemptId
) -> sqlite3.Row | None:
    marks = ", ".join("?" for _ in UNSETTLED)
    row: sqlite3.Row | None = connection.execute(
        f"""
        SELECT id, station, updated_at FROM attempts
        WHERE order_number = ? AND (? IS NULL OR integration_id IS NULL OR integration_id = ?)
          AND stage IN ({marks}) AND resolved_at IS NULL AND id != ?
        ORDER BY id LIMIT 1
        """,  # noqa: S608 - the marks are ours
        (order_number, integration_id, integration_id, *(stage.value for stage in UNSETTLED), other_than),
    ).fetchone()
    return row


def _unclaimed(row: sqlite3.Row, order_number: str, integration_id: int | None) -> Claim:
    """A claim in all but name: an unsettled attempt whose claim row is missing."""
    return Claim(
        order_number=order_number,
        integration_id=integration_id,
        kind=ClaimKind.LABEL,
        holder_id="unclaimed",
        holder=f"{row['station']} (an earlier label call)",
        attempt_id=AttemptId(row["id"]),
        claimed_at=datetime.fromisoformat(row["updated_at"]),
    )


def _box_from_row(row: sqlite3.Row) -> BoxLabel:
    return BoxLabel(
        AttemptId(row["attempt_id"]),
        int(row["box"]),
        int(row["parcel_id"]),
        row["tracking_number"],
        None if row["label_path"] is None else Path(row["label_path"]),
        row["label_sha256"],
        parse_time(row["printed_at"]),
    )


def _own_parcel(connection: sqlite3.Connection, attempt_id: AttemptId, parcel_id: int) -> None:
    """Give the parcel to the attempt, or refuse: a parcel belongs to one attempt only."""
    row = connection.execute(
        "SELECT attempt_id FROM attempt_parcels WHERE parcel_id = ?", (parcel_id,)
    ).fetchone()
    if row is None:
        box = connection.execute(
            "SELECT COUNT(*) + 1 FROM attempt_parcels WHERE attempt_id = ?", (attempt_id,)
        ).fetchone()[0]
        connection.execute(
            "INSERT INTO attempt_parcels (parcel_id, attempt_id, box) VALUES (?, ?, ?)",
            (parcel_id, attempt_id, box),
        )
    elif row[0] != attempt_id:
        raise JournalError(
            f"Parcel {parcel_id} belongs to attempt {row[0]}; attempt {attempt_id} cannot take it.",
            code=ErrorCode.PARCEL_HELD,
        )


def _require(stage: Stage, row: sqlite3.Row, given: dict[str, str | int | None]) -> None:
    def known(name: str) -> bool:
        return given.get(name) is not None or row[name] is not None

    missing: list[str] = []
    if stage is Stage.LABEL_CREATED and not known("parcel_id"):
        missing.append("parcel_id")
    if stage is Stage.LABEL_SAVED:
        missing.extend(name for name in ("label_path", "label_sha256") if not known(name))
    if missing:
        raise JournalError(
            f"Stage {stage.value} needs {', '.join(missing)}.", code=ErrorCode.JOURNAL_MISSING_FIELDS
        )


def _stage_columns(stage: Stage, row: sqlite3.Row, moment: datetime) -> dict[str, str | int | None]:
    now = timestamp(moment)
    started = datetime.fromisoformat(row["started_at"])
    if stage is Stage.LABEL_REQUESTED:
        return {"label_requested_at": now}
    if stage is Stage.LABEL_CREATED:
        requested = parse_time(row["label_requested_at"])
        return {
            "label_created_at": now,
            "label_call_ms": None if requested is None else millis_between(moment, requested),
        }
    if stage is Stage.LABEL_SAVED:
        return {"label_saved_at": now}
    if stage is Stage.PRINTED:
        columns: dict[str, str | int | None] = {"print_count": int(row["print_count"]) + 1}
        if row["printed_at"] is None:
            columns.update(printed_at=now, scan_to_print_ms=millis_between(moment, started))
        return columns
    if stage is Stage.VOIDED:
        return {"voided_at": now}
    return {}


def _error_columns(stage: Stage, error: ErrorLike) -> dict[str, str | int | None]:
    """The error's code, message and extras, read by duck typing (no Sendcloud import here)."""
    status = getattr(error, "status", None)
    pointer = error_pointer(error)
    details = getattr(error, "details", None)
    detail: str | None = None
    if isinstance(details, str):
        detail = details
    elif isinstance(details, Sequence) and details:
        detail = "\n".join(str(item) for item in details)
    return {
        "error_stage": stage.value,
        "error_code": error.code,
        "error_message": error.message,
        "error_detail": detail,
        "error_pointer": pointer,
        "error_status": status if isinstance(status, int) else None,
    }
