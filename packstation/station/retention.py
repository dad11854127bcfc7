"""Label retention: labels carry names and addresses, so old ones are deleted and old journal
details purged, while the counts (statistics, the "never a second label" check) stay.

`purge_expired` runs at start-up (the caller schedules it on a worker, never the GUI thread). The
journal decides which attempts may forget their details (`Journal.purge`: never one that still
needs settling, nor a label saved but never printed or voided); this module deletes the label files
that go with them, plus files in the label store older than the cutoff that no protected attempt
still names (orphans of an earlier crash, or of a journal that was moved away). Nothing outside the
label store is ever deleted, whatever path the journal holds.

On a shared journal one station purges the warehouse's rows at a time (`PostgresJournal.purge`); at
the others the journal's purge is skipped, and each still deletes its own expired label files here
(they are on its disk, found by age).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from packstation.journal import Journal
from packstation.settings import StationSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeReport:
    """What one retention run did; counts only, never a name or a path with personal data."""

    cutoff: datetime  # attempts started and files written before this moment were expired
    attempts_purged: int  # journal rows whose details were cleared (the rows and counts stay)
    history_rows_deleted: int
    files_deleted: int
    bytes_freed: int
    files_kept: int  # expired by age, but a label still waiting to be printed or settled
    files_failed: int  # could not be deleted (permissions, a file in use on Windows): tried next run


def purge_expired(
    settings: StationSettings, journal: Journal, label_store_dir: Path, now: datetime
) -> PurgeReport:
    """Delete labels older than `settings.label_retention_days` and purge their journal details.

    `now` is timezone-aware (the journal refuses naive times); tests inject it.
    """
    cutoff = now - timedelta(days=settings.label_retention_days)
    result = journal.purge(cutoff)
    store = label_store_dir.resolve()
    # Labels a person must still print, void or settle keep their file, however old.
    protected = {
        _resolved(Path(attempt.label_path))
        for attempt in (*journal.unprinted(), *journal.unsettled())
        if attempt.label_path
    }
    candidates = {_resolved(path) for path in result.label_paths}
    if store.is_dir():
        for path in store.iterdir():
            if path.is_file() and _modified_before(path, cutoff):
                candidates.add(path.resolve())
    deleted = freed = kept = failed = 0
    for path in sorted(candidates):
        if path in protected:
            kept += 1
            continue
        if not path.is_relative_to(store):
            continue  # the journal named a file elsewhere: not the label store's to delete
        try:
            size = path.stat().st_size
            path.unlink()
        except FileNotFoundError:
            continue  # already gone (deleted by hand, or by an earlier run)
        except OSError as error:
            failed += 1
            log.warning("retention: a label file could not be deleted (%s)", error.strerror or error)
            continue
        deleted += 1
        freed += size
    report = PurgeReport(cutoff, result.attempts, result.events, deleted, freed, kept, failed)
    if result.skipped:
        log.info("retention: another station purges the shared journal; only this station's label files here")
    log.info(
        "retention before %s: %d attempts purged, %d label files deleted (%d bytes), %d kept, %d failed",
        cutoff.isoformat(),
        report.attempts_purged,
        report.files_deleted,
        report.bytes_freed,
        report.files_kept,
        report.files_failed,
    )
    return report


def _resolved(path: Path) -> Path:
    return path.resolve() if path.is_absolute() else path.absolute().resolve()


def _modified_before(path: Path, cutoff: datetime) -> bool:
    try:
        return path.stat().st_mtime < cutoff.timestamp()
    except OSError:
        return False
