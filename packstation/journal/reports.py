"""What the journal reports: the CSV export's columns and cells, and a shift's statistics.

Pure functions over rows the journal has read; no connection of their own.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final

from packstation.journal.models import Category, FailureCause, PackerStats, Stats, TroubleFacts
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
    "print_copies",
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


Categorise = Callable[[TroubleFacts], Category]


def by_error_code(facts: TroubleFacts) -> Category:
    """The journal's own view, when the station gives no categories: every trouble is a failure,
    grouped by its error code."""
    return Category(facts.error_code or "unknown")


def stats_from_rows(
    rows: list[sqlite3.Row], since: datetime, until: datetime, categorise: Categorise = by_error_code
) -> Stats:
    """A shift's figures. `categorise` names each trouble's category (one bar each) and says
    whether it is a failure; those that are not are left out of every failure rate, both above
    and below the line (a refused second label is no failed scan, and no scan at all)."""
    category_of: dict[int, Category] = {}
    for number, row in enumerate(rows):
        stage = Stage(row["stage"])
        if stage.is_trouble:
            facts = TroubleFacts(
                stage, Stage(row["reached"]), row["parcel_id"] is not None, row["error_code"]
            )
            category_of[number] = categorise(facts)

    def counted(number: int) -> bool:
        category = category_of.get(number)
        return category is None or category.failure

    groups: dict[tuple[str, str | None], list[int]] = {}
    for number, row in enumerate(rows):
        groups.setdefault((row["station"], row["packer_id"]), []).append(number)

    def counts(group: list[int]) -> tuple[int, int, int, int]:
        labels = sum(1 for n in group if rows[n]["label_created_at"] is not None)
        printed = sum(1 for n in group if rows[n]["printed_at"] is not None)
        failed = sum(1 for n in group if n in category_of and counted(n))
        return labels, printed, failed, sum(1 for n in group if counted(n))

    per_packer: list[PackerStats] = []
    for (station, packer_id), group in sorted(
        groups.items(), key=lambda item: (item[0][0], item[0][1] or "")
    ):
        labels, printed, failed, _ = counts(group)
        names = [rows[n]["packer_name"] for n in group if rows[n]["packer_name"]]
        per_packer.append(
            PackerStats(
                station=station,
                packer_id=packer_id,
                packer_name=names[-1] if names else None,
                attempts=len(group),
                labels=labels,
                printed=printed,
                failed=failed,
                labels_per_hour=labels / _active_hours([rows[n] for n in group], since, until),
            )
        )
    causes: dict[Category, int] = {}
    for category in category_of.values():
        causes[category] = causes.get(category, 0) + 1
    labels, printed, failed, rated = counts(list(range(len(rows))))
    durations = [row["scan_to_print_ms"] for row in rows if row["scan_to_print_ms"] is not None]
    return Stats(
        since=since,
        until=until,
        attempts=len(rows),
        labels=labels,
        printed=printed,
        failed=failed,
        failure_rate=failed / rated if rated else 0.0,
        labels_per_hour=labels / _active_hours(rows, since, until),
        median_scan_to_print_ms=float(statistics.median(durations)) if durations else None,
        per_packer=tuple(per_packer),
        failures_by_cause=tuple(
            FailureCause(category.key, count, count / rated if rated else 0.0, category.failure)
            for category, count in sorted(
                causes.items(), key=lambda item: (not item[0].failure, -item[1], item[0].key)
            )
        ),
    )
