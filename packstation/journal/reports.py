"""What the journal reports: the CSV export's columns and cells, and a shift's statistics.

Pure functions over rows the journal has read; no connection of their own.
"""

from __future__ import annotations

import sqlite3
import statistics
from datetime import datetime, timedelta
from typing import Final

from packstation.journal.models import FailureCause, PackerStats, Stats
from packstation.journal.stages import Stage

CSV_COLUMNS: Final[tuple[str, ...]] = (
    "id",
    "station",
    "packer_id",
    "packer_name",
    "raw_scan",
    "started_at",
    "updated_at",
    "stage",
    "reached",
    "order_id",
    "order_number",
    "integration_id",
    "parcel_id",
    "tracking_number",
    "label_path",
    "label_sha256",
    "printer",
    "print_count",
    "error_stage",
    "error_code",
    "error_message",
    "error_detail",
    "error_pointer",
    "error_status",
    "elapsed_ms",
    "label_call_ms",
    "scan_to_print_ms",
    "resolved_at",
    "resolved_by",
    "resolution_note",
    "retry_of",
)


# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection): a
# barcode, an order number or a packer name is text from outside and could be "=HYPERLINK(...)".
# Prefixing "'" makes Excel/LibreOffice show it as text; the OWASP rule also covers tab and CR.
_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# The shortest stretch a rate is taken over: three labels in the first minute are not 180 an hour.
MIN_RATE_SPAN: Final = timedelta(minutes=15)


def _active_hours(group: list[sqlite3.Row], since: datetime, until: datetime) -> float:
    """From the first scan in the window to its end, at least MIN_RATE_SPAN, at most the window:
    a packer who started an hour ago is rated over that hour, not over the whole window."""
    first = min((datetime.fromisoformat(row["started_at"]) for row in group), default=since)
    span = min(max(until - max(first, since), MIN_RATE_SPAN), until - since)
    return max(span / timedelta(hours=1), 1e-9)


def stats_from_rows(rows: list[sqlite3.Row], since: datetime, until: datetime) -> Stats:
    groups: dict[tuple[str, str | None], list[sqlite3.Row]] = {}
    for row in rows:
        groups.setdefault((row["station"], row["packer_id"]), []).append(row)

    def counts(group: list[sqlite3.Row]) -> tuple[int, int, int]:
        labels = sum(1 for row in group if row["label_created_at"] is not None)
        printed = sum(1 for row in group if row["printed_at"] is not None)
        failed = sum(1 for row in group if Stage(row["stage"]).is_trouble)
        return labels, printed, failed

    per_packer: list[PackerStats] = []
    for (station, packer_id), group in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1] or "")
    ):
        labels, printed, failed = counts(group)
        names = [row["packer_name"] for row in group if row["packer_name"]]
        per_packer.append(
            PackerStats(
                station=station,
                packer_id=packer_id,
                packer_name=names[-1] if names else None,
                attempts=len(group),
                labels=labels,
                printed=printed,
                failed=failed,
                labels_per_hour=labels / _active_hours(group, since, until),
            )
        )
    causes: dict[str, int] = {}
    for row in rows:
        if Stage(row["stage"]).is_trouble:
            cause = row["error_code"] or "unknown"
            causes[cause] = causes.get(cause, 0) + 1
    total = len(rows)
    labels, printed, failed = counts(rows)
    durations = [row["scan_to_print_ms"] for row in rows if row["scan_to_print_ms"] is not None]
    return Stats(
        since=since,
        until=until,
        attempts=total,
        labels=labels,
        printed=printed,
        failed=failed,
        failure_rate=failed / total if total else 0.0,
        labels_per_hour=labels / _active_hours(rows, since, until),
        median_scan_to_print_ms=float(statistics.median(durations)) if durations else None,
        per_packer=tuple(per_packer),
        failures_by_cause=tuple(
            FailureCause(code, count, count / total)
            for code, count in sorted(causes.items(), key=lambda item: (-item[1], item[0]))
        ),
    )
