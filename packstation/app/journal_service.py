"""The shared journal's services (issue 19): which journal a station uses, and the administrator's
`packstation journal init|migrate|check URL`.

A station's journal is SQLite in its own folder unless `journal_url` (or PACKSTATION_JOURNAL_URL,
which wins) names a PostgreSQL database; training never uses the shared journal. The password is
never in the URL nor the settings: PACKSTATION_JOURNAL_PASSWORD, else the OS keyring's
`packstation.journal` entry under the URL's user name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from packstation.credentials import journal_password
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Journal, JournalError
from packstation.journal.postgres import Check, PostgresJournal, check_access, journal_url_problem, url_user
from packstation.journal.write_budget import BudgetLimits, LocalWriteBudget, PgWriteBudget
from packstation.paths import StationPaths
from packstation.settings import StationSettings

JOURNAL_URL_ENV: Final = "PACKSTATION_JOURNAL_URL"

__all__ = ["JOURNAL_URL_ENV", "Check", "MigrationReport", "check_journal", "init_journal", "migrate_journal"]


def shared_journal_url(settings: StationSettings, environ: Mapping[str, str] | None = None) -> str | None:
    """The shared journal this station uses, None for its own SQLite file: PACKSTATION_JOURNAL_URL,
    else the setting `journal_url`."""
    env = os.environ if environ is None else environ
    url = env.get(JOURNAL_URL_ENV) or settings.journal_url
    if not url:
        return None
    _require_url(url)
    return url


def open_station_journal(
    settings: StationSettings,
    paths: StationPaths,
    *,
    training: bool,
    environ: Mapping[str, str] | None = None,
) -> Journal:
    """The station's journal: the shared one on PostgreSQL when configured (never in training), as
    `station_id`; else the SQLite file in the station's folder, as before."""
    url = None if training else shared_journal_url(settings, environ)
    if url is None:
        return Journal.open(paths.journal_file, settings.station_name)
    if not settings.station_id:
        raise PackstationError(
            "A station on the shared journal needs its own station_id (its name in the console): "
            "set it in the station's settings.",
            code=ErrorCode.CONFIGURATION_ERROR,
        )
    return PostgresJournal.connect(
        url, settings.station_id, password=journal_password(url_user(url), environ)
    )


def station_write_budget(
    journal: Journal,
    settings: StationSettings,
    environ: Mapping[str, str] | None = None,
    limits: BudgetLimits | None = None,
) -> LocalWriteBudget | PgWriteBudget:
    """The account's write budget as this station shares it: kept in the shared journal (every
    station of the warehouse draws from one), else in this process (a station on its own)."""
    if isinstance(journal, PostgresJournal):
        url = shared_journal_url(settings, environ)
        assert url is not None
        return PgWriteBudget(
            url,
            password=journal_password(url_user(url), environ),
            limits=limits,
            station=journal.station,
        )
    return LocalWriteBudget(limits)


@dataclass(frozen=True)
class MigrationReport:
    before: int
    after: int

    @property
    def changed(self) -> bool:
        return self.after != self.before


def init_journal(url: str, environ: Mapping[str, str] | None = None) -> MigrationReport:
    """Create the shared journal's tables in an empty database (as its owner role)."""
    return _migrate(url, environ, new=True)


def migrate_journal(url: str, environ: Mapping[str, str] | None = None) -> MigrationReport:
    """Bring the shared journal's schema up to this version's (as its owner role)."""
    return _migrate(url, environ, new=False)


def _migrate(url: str, environ: Mapping[str, str] | None, *, new: bool) -> MigrationReport:
    import psycopg

    from packstation.journal.pg_schema import migrate, schema_version
    from packstation.journal.postgres import unavailable

    _require_url(url, allow_password=True)
    password = journal_password(url_user(url), environ)
    try:
        with psycopg.connect(url, password=password, autocommit=True, connect_timeout=10) as connection:
            version = schema_version(connection) or 0
            if not new and version == 0:
                raise JournalError(
                    "This database has no shared journal yet: create it with `packstation journal init URL`.",
                    code=ErrorCode.JOURNAL_TOO_OLD,
                )
            before, after = migrate(connection)
    except psycopg.OperationalError as error:
        raise unavailable(error) from None
    except psycopg.Error as error:
        raise JournalError(
            f"The shared journal could not be {'created' if new else 'upgraded'}: "
            f"{' '.join(str(error).split())}",
            code=ErrorCode.JOURNAL_MIGRATION,
        ) from None
    return MigrationReport(before, after)


def check_journal(url: str, environ: Mapping[str, str] | None = None) -> tuple[Check, ...]:
    """What a station needs of the shared journal, tried as the URL's role (`packstation journal check`)."""
    _require_url(url, allow_password=True)
    return check_access(url, password=journal_password(url_user(url), environ))


def _require_url(url: str, *, allow_password: bool = False) -> None:
    problem = journal_url_problem(url, allow_password=allow_password)
    if problem is not None:
        raise PackstationError(problem, code=ErrorCode.CONFIGURATION_ERROR)
