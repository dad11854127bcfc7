"""The journal's rows as its models, and the console's filters and sorts as SQL.

Shared by the journal's writes and reads; no connection of its own. Timestamps are UTC ISO-8601
text with microseconds, always the same width, so text order is time order.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from packstation.journal.claims import Claim, ClaimKind
from packstation.journal.models import Attempt, AttemptEvent, AttemptFilter, AttemptId, AttemptOrder
from packstation.journal.stages import Stage


def utc_now() -> datetime:
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """UTC ISO-8601 with microseconds: always the same width, so text order is time order."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"journal times must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def millis_between(later: datetime, earlier: datetime) -> int:
    # A wall clock may step back (NTP); a negative duration would poison the statistics.
    return max(0, round((later - earlier) / timedelta(milliseconds=1)))


ORDER_SQL: Final[dict[AttemptOrder, str]] = {
    AttemptOrder.NEWEST: "started_at DESC, id DESC",
    AttemptOrder.OLDEST: "started_at ASC, id ASC",
    AttemptOrder.ORDER_NUMBER: "order_number ASC, id DESC",
    AttemptOrder.STAGE: "stage ASC, started_at DESC, id DESC",
    AttemptOrder.STATION: "station ASC, started_at DESC, id DESC",
    AttemptOrder.PACKER: "packer_name ASC, started_at DESC, id DESC",
    AttemptOrder.ERROR_CODE: "error_code ASC, started_at DESC, id DESC",
    AttemptOrder.SLOWEST: "elapsed_ms DESC, id DESC",
}


TROUBLE_STAGES: Final = tuple(stage.value for stage in Stage if stage.is_trouble)


def where_clause(query: AttemptFilter) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.since is not None:
        clauses.append("started_at >= ?")
        params.append(timestamp(query.since))
    if query.until is not None:
        clauses.append("started_at < ?")
        params.append(timestamp(query.until))
    if query.station is not None:
        clauses.append("station = ?")
        params.append(query.station)
    if query.packer_id is not None:
        clauses.append("packer_id = ?")
        params.append(query.packer_id)
    if query.stages:
        clauses.append(f"stage IN ({', '.join('?' for _ in query.stages)})")
        params.extend(stage.value for stage in query.stages)
    if query.troubles_only:
        clauses.append(f"stage IN ({', '.join('?' for _ in TROUBLE_STAGES)}) AND resolved_at IS NULL")
        params.extend(TROUBLE_STAGES)
    if query.error_code is not None:
        clauses.append("error_code = ?")
        params.append(query.error_code)
    if query.search:
        # A prefix search on NOCASE columns can use their indexes; % and _ typed by a person are
        # matched literally.
        escaped = query.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(order_number LIKE ? ESCAPE '\\' OR tracking_number LIKE ? ESCAPE '\\')")
        params.extend((escaped, escaped))
    if query.reached:
        clauses.append(f"reached IN ({', '.join('?' for _ in query.reached)})")
        params.extend(stage.value for stage in query.reached)
    if query.label_made is not None:
        clauses.append(f"parcel_id IS {'NOT ' if query.label_made else ''}NULL")
    if query.error_codes:
        clauses.append(f"error_code IN ({', '.join('?' for _ in query.error_codes)})")
        params.extend(query.error_codes)
    if query.except_error_codes:
        # NOT IN is NULL (not true) for a row without a code: such a row has none of these codes.
        marks = ", ".join("?" for _ in query.except_error_codes)
        clauses.append(f"(error_code IS NULL OR error_code NOT IN ({marks}))")
        params.extend(query.except_error_codes)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return where, tuple(params)


def attempt_from_row(row: sqlite3.Row) -> Attempt:
    label_path = row["label_path"]
    error_stage = row["error_stage"]
    return Attempt(
        id=AttemptId(row["id"]),
        station=row["station"],
        packer_id=row["packer_id"],
        packer_name=row["packer_name"],
        raw_scan=row["raw_scan"],
        printer=row["printer"],
        stage=Stage(row["stage"]),
        reached=Stage(row["reached"]),
        started_at=datetime.fromisoformat(row["started_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
        order_id=row["order_id"],
        order_number=row["order_number"],
        integration_id=row["integration_id"],
        parcel_id=row["parcel_id"],
        tracking_number=row["tracking_number"],
        label_path=None if label_path is None else Path(label_path),
        label_sha256=row["label_sha256"],
        label_mime_type=row["label_mime_type"],
        label_requested_at=parse_time(row["label_requested_at"]),
        label_created_at=parse_time(row["label_created_at"]),
        label_saved_at=parse_time(row["label_saved_at"]),
        printed_at=parse_time(row["printed_at"]),
        print_count=row["print_count"],
        print_copies=row["print_copies"],
        voided_at=parse_time(row["voided_at"]),
        error_stage=None if error_stage is None else Stage(error_stage),
        error_code=row["error_code"],
        error_message=row["error_message"],
        error_detail=row["error_detail"],
        error_pointer=row["error_pointer"],
        error_status=row["error_status"],
        elapsed_ms=row["elapsed_ms"],
        label_call_ms=row["label_call_ms"],
        scan_to_print_ms=row["scan_to_print_ms"],
        purged_at=parse_time(row["purged_at"]),
        resolved_at=parse_time(row["resolved_at"]),
        resolved_by=row["resolved_by"],
        resolution_note=row["resolution_note"],
        retry_of=None if row["retry_of"] is None else AttemptId(row["retry_of"]),
    )


def event_from_row(row: sqlite3.Row) -> AttemptEvent:
    return AttemptEvent(
        attempt_id=AttemptId(row["attempt_id"]),
        seq=row["seq"],
        stage=Stage(row["stage"]),
        at=datetime.fromisoformat(row["at"]),
        duration_ms=row["duration_ms"],
        fields=json.loads(row["fields"]),
        error_code=row["error_code"],
    )


def claim_from_row(row: sqlite3.Row) -> Claim:
    return Claim(
        order_number=row["order_number"],
        integration_id=row["integration_id"] or None,
        kind=ClaimKind(row["kind"]),
        holder_id=row["holder_id"],
        holder=row["holder"],
        attempt_id=None if row["attempt_id"] is None else AttemptId(row["attempt_id"]),
        claimed_at=datetime.fromisoformat(row["claimed_at"]),
    )
