"""The doctor's checks: the settings (valid, and the ones a shift lead saved), the keyring, the keys,
Sendcloud, the printer, the station folders, disk space and unfinished labels (`packstation doctor`
reports them: `cli.doctor`).

Every check returns a `Check` with what was found and, when something is wrong, what to do about it.
Nothing here changes the station beyond what the app does at start (the folder check creates
missing station folders, then writes and removes one temporary file in each) and no
key is ever shown: the public key appears only as `credentials.redact` hints it, the secret not at
all. Every network wait is short and bounded, so a dead network makes the doctor fail fast.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final

import httpx

from packstation.app.journal_service import check_journal, open_station_journal, shared_journal_url
from packstation.credentials import (
    KEYRING_SERVICE,
    PUBLIC_KEY_ENV,
    PUBLIC_KEY_USER,
    SECRET_KEY_ENV,
    ApiCredentials,
    KeyringUnavailableError,
    backend_name,
    from_environment,
    from_keyring,
    keyring_backend,
    read_secret,
    redact,
)
from packstation.errors import ConfigurationError, CredentialsError, PackstationError
from packstation.journal import Journal
from packstation.journal.postgres import redacted
from packstation.paths import StationPaths
from packstation.printing.errors import PrinterError, PrinterNotReadyError, PrinterStatusUnknownError
from packstation.printing.printer import LabelPrinter
from packstation.printing.status import StatusSource
from packstation.printing.transports import TransportTimeouts
from packstation.private_files import ensure_folder
from packstation.sendcloud import SendcloudClient, http_client
from packstation.sendcloud.errors import AuthenticationError, ForbiddenError, NetworkError, SendcloudError
from packstation.sendcloud.retry import RetryPolicy
from packstation.settings import SettingsFile, StationSettings, read_settings
from packstation.station.settings_guard import check_settings

if TYPE_CHECKING:
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.status import PrinterStatus

DEFAULT_TIMEOUT: Final = 5.0  # seconds for each network step (API call, printer connect/answer)
DISK_FAILED_BYTES: Final = 100 * 1024 * 1024  # below this the label store cannot take a shift
DISK_WARNING_BYTES: Final = 1024 * 1024 * 1024
# The check that fails when the settings file was changed outside Packstation: the station can
# still ship (on the safety settings a lead saved), so `cli.doctor` gives it an exit code of its own.
SETTINGS_REVIEW_CHECK: Final = "Lead-saved settings"


class CheckStatus(StrEnum):
    OK = "ok"
    WARNING = "warning"  # works, but worth a look
    FAILED = "failed"  # the station cannot work like this: `fix` says what to do
    SKIPPED = "skipped"  # could not be checked (an earlier check failed, or nothing to check)


@dataclass(frozen=True)
class Check:
    """One finding: `detail` is what was seen, `fix` what to do (empty when there is nothing to do)."""

    name: str
    status: CheckStatus
    detail: str
    fix: str = ""


def run_checks(
    paths: StationPaths,
    settings: StationSettings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    http: httpx.Client | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Check]:
    """Every check, in the order a person would fix things.

    `settings` None: read from `paths.settings_file` as the station would run on them (an invalid
    file is reported, and the defaults are used for the other checks; a file changed outside
    Packstation is reported, and the safety settings a lead saved are used). `environ` defaults to
    `os.environ`; `http` to a client of this call's own; `timeout` bounds each network step.
    """
    env = os.environ if environ is None else environ
    checks: list[Check] = []
    settings_check, loaded = _check_settings_file(paths)
    checks.append(settings_check)
    review_check, guarded = _check_lead_saved(paths, loaded, env)
    checks.append(review_check)
    settings = settings if settings is not None else guarded
    keyring_check, keyring_usable = _check_keyring(env)
    checks.append(keyring_check)
    credentials_check, credentials = _check_credentials(env, keyring_usable=keyring_usable)
    checks.append(credentials_check)
    keys_from_env = credentials is not None and from_environment(env) is not None
    api_check, integrations = _check_api(settings, credentials, http, timeout, keys_from_env=keys_from_env)
    checks.append(api_check)
    checks.append(_check_integrations(settings, integrations))
    checks.extend(_check_printer(settings, timeout))
    checks.append(_check_folders(paths))
    checks.append(_check_disk(paths.label_store))
    shared_check = _check_shared_journal(settings, env)
    if shared_check is not None:  # a station on its own file has no such line
        checks.append(shared_check)
    checks.append(_check_unfinished_labels(paths, settings, env))
    return checks


def _check_settings_file(paths: StationPaths) -> tuple[Check, SettingsFile | None]:
    name = "Settings file"
    path = paths.settings_file
    try:
        read = read_settings(path)
    except ConfigurationError as exc:
        fix = f"Fix {path}, or move it away to start over."
        return Check(name, CheckStatus.FAILED, exc.message, fix), None
    if not path.exists():
        return Check(name, CheckStatus.OK, f"none yet at {path}: the defaults are in use"), read
    return Check(name, CheckStatus.OK, f"{path} is valid"), read


def _station_journal(
    paths: StationPaths, settings: StationSettings, env: Mapping[str, str]
) -> Journal | None:
    """The journal the station keeps: the shared one when it is on one (issue 19), else its own file;
    None when that file does not exist yet (nothing was journalled). Raises what opening raises."""
    if shared_journal_url(settings, env) is None and not paths.journal_file.exists():
        return None
    return open_station_journal(settings, paths, training=False, environ=env)


def _check_lead_saved(
    paths: StationPaths, read: SettingsFile | None, env: Mapping[str, str]
) -> tuple[Check, StationSettings]:
    """Whether the file is the one a shift lead saved last; the settings the station runs on.
    Reads the journal only: the station records a first file, and audits a change, when it opens."""
    name = SETTINGS_REVIEW_CHECK
    if read is None:
        return Check(name, CheckStatus.SKIPPED, "not checked: the settings file is not valid"), (
            StationSettings()
        )
    try:
        journal = _station_journal(paths, read.settings, env)
        if journal is None:
            first = "no journal yet: the station takes this file as a lead's when it first opens"
            return Check(name, CheckStatus.OK, first), read.settings
        with journal:
            guarded = check_settings(journal, read)
    except PackstationError as exc:  # "Unfinished labels" fails on it: the doctor's exit is 1, not 11
        return Check(name, CheckStatus.SKIPPED, f"not checked: the journal cannot be read: {exc.message}"), (
            read.settings
        )
    if not guarded.on_record:
        first = "none on record yet: the station takes this file as a lead's when it next opens"
        return Check(name, CheckStatus.OK, first), guarded.settings
    if guarded.change is None:
        return Check(name, CheckStatus.OK, "the file is the one a shift lead saved last"), guarded.settings
    return Check(
        name,
        CheckStatus.FAILED,
        guarded.change.error().message,
        "A shift lead opens Settings (F9), checks every page and saves; or put back the file the lead saved.",
    ), guarded.settings


# --- keyring and keys ----------------------------------------------------------------------------


def _env_has_keys(env: Mapping[str, str]) -> bool:
    return bool(env.get(PUBLIC_KEY_ENV) and env.get(SECRET_KEY_ENV))


def _check_keyring(env: Mapping[str, str]) -> tuple[Check, bool]:
    """Whether the OS keyring can be read (the app's own `keyring_backend` and `read_secret`, so the
    doctor and the app judge a backend alike). Unusable is a warning when the environment has the keys.
    """
    name = "Keyring"
    severity = CheckStatus.WARNING if _env_has_keys(env) else CheckStatus.FAILED
    fix_tail = f" Or, for scripted use, set {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV}."
    try:
        backend = keyring_backend()
    except KeyringUnavailableError as exc:
        return Check(name, severity, f"no usable OS keyring: {exc.backend}", exc.fix + fix_tail), False
    described = backend_name(backend)
    try:
        read_secret(KEYRING_SERVICE, PUBLIC_KEY_USER)
    except KeyringUnavailableError as exc:
        return Check(name, severity, exc.problem, exc.fix + fix_tail), False
    return Check(name, CheckStatus.OK, described), True


def _check_credentials(
    env: Mapping[str, str], *, keyring_usable: bool
) -> tuple[Check, ApiCredentials | None]:
    name = "API keys"
    fix = f"Store the keys in the settings dialog, or set {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV}."
    try:
        found = from_environment(env)
    except CredentialsError as exc:
        return Check(
            name,
            CheckStatus.FAILED,
            exc.message,
            f"Set both {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV}, or neither.",
        ), None
    if found is not None:
        detail = f"from the environment ({PUBLIC_KEY_ENV} {redact(found.public_key)}; secret set)"
        return Check(name, CheckStatus.OK, detail), found
    if not keyring_usable:
        return Check(
            name, CheckStatus.FAILED, "none in the environment, and the keyring cannot be read", fix
        ), None
    try:
        found = from_keyring()
    except CredentialsError as exc:  # the keyring broke between the two checks
        return Check(name, CheckStatus.FAILED, exc.message, fix), None
    if found is None:
        return Check(name, CheckStatus.FAILED, "none in the environment or the keyring", fix), None
    return Check(
        name, CheckStatus.OK, f"from the keyring (public key {redact(found.public_key)}; secret set)"
    ), found


# --- Sendcloud -----------------------------------------------------------------------------------


def _check_api(
    settings: StationSettings,
    credentials: ApiCredentials | None,
    http: httpx.Client | None,
    timeout: float,
    *,
    keys_from_env: bool = False,
) -> tuple[Check, list[int] | None]:
    url = settings.api_url
    if credentials is None:
        return Check(_API, CheckStatus.SKIPPED, f"{url} not tried: no API keys"), None
    own = http is None
    client_http = http_client(settings.proxy_url) if http is None else http
    started = time.perf_counter()
    try:
        client = SendcloudClient(
            client_http,
            credentials,
            base_url=url,
            timeout=httpx.Timeout(timeout),
            retry=RetryPolicy(max_attempts=1),  # a doctor reports; it does not wait out an outage
        )
        integrations = client.list_integrations()
    except (ConfigurationError, SendcloudError) as exc:
        return _api_failure(exc, url, credentials, keys_from_env=keys_from_env), None
    finally:
        if own:
            client_http.close()
    elapsed_ms = (time.perf_counter() - started) * 1000
    detail = (
        f"{url} answered in {elapsed_ms:.0f} ms; keys accepted; {len(integrations)} integration(s) on "
        "the account"
    )
    return Check(_API, CheckStatus.OK, detail), [integration.id for integration in integrations]


_API: Final = "Sendcloud API"


def _api_failure(
    exc: PackstationError, url: str, credentials: ApiCredentials, *, keys_from_env: bool
) -> Check:
    if isinstance(exc, AuthenticationError):
        return Check(
            _API,
            CheckStatus.FAILED,
            f"keys rejected by {url} (401) for public key {redact(credentials.public_key)}",
            "Copy the public and secret key again from the Sendcloud panel (Settings > Integrations > "
            "your API integration) and "
            + (
                f"set them in {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV} (they take precedence over the keyring)."
                if keys_from_env
                else "store them in the settings dialog."
            ),
        )
    if isinstance(exc, ForbiddenError):
        return Check(
            _API,
            CheckStatus.FAILED,
            f"keys accepted by {url} but refused access to the integrations (403)",
            "Check the permissions of the API integration in the Sendcloud panel.",
        )
    if isinstance(exc, NetworkError):
        return Check(
            _API,
            CheckStatus.FAILED,
            f"cannot reach {url}: {exc.message.split('. Check')[0]}",
            "Check the network connection, proxy and firewall of this computer, and api_url in the settings.",
        )
    if isinstance(exc, ConfigurationError):
        return Check(_API, CheckStatus.FAILED, exc.message, "Correct api_url in the settings.")
    return Check(
        _API,
        CheckStatus.FAILED,
        f"{url}: {exc.message}",
        "Try again later; see https://status.sendcloud.com.",
    )


def _check_integrations(settings: StationSettings, existing: list[int] | None) -> Check:
    name = "Integrations"
    configured = settings.integration_ids
    if existing is None:
        return Check(name, CheckStatus.SKIPPED, "not checked: the API could not be asked")
    if not configured:
        if not existing:
            return Check(
                name,
                CheckStatus.FAILED,
                "the account has no integrations, so there are no orders to scan",
                "Connect a shop (or the API integration) in the Sendcloud panel.",
            )
        return Check(name, CheckStatus.OK, "none chosen: scans look in every integration of the account")
    missing = [i for i in configured if i not in existing]
    if missing:
        return Check(
            name,
            CheckStatus.FAILED,
            f"integration(s) {', '.join(map(str, missing))} in the settings do not exist on this account "
            f"(it has {', '.join(map(str, existing)) or 'none'})",
            "Pick the integrations again in the settings dialog.",
        )
    return Check(name, CheckStatus.OK, f"{', '.join(map(str, configured))} exist")


# --- printer -------------------------------------------------------------------------------------


_PRINTER: Final = "Printer"
_RESOLUTION: Final = "Printer resolution"


def _check_printer(settings: StationSettings, timeout: float) -> list[Check]:
    """Two checks: what the printer reports (~HS), and its head resolution (~HI) against the profile."""
    profile = settings.printer
    if profile is None:
        return [
            Check(_PRINTER, CheckStatus.SKIPPED, "none configured: labels are only saved to files"),
            Check(_RESOLUTION, CheckStatus.SKIPPED, "no printer"),
        ]
    base = TransportTimeouts.from_profile(profile)
    timeouts = TransportTimeouts(
        connect=min(base.connect, timeout), write=min(base.write, timeout), read=min(base.read, timeout)
    )
    try:
        printer = LabelPrinter(profile, timeouts=timeouts, lock_timeout=timeout)
        status = printer.status()
    except PrinterNotReadyError as exc:  # unreachable or busy
        fix = "Check that the printer is on and connected, and its address in the settings."
        return [
            Check(_PRINTER, CheckStatus.FAILED, exc.message, fix),
            Check(_RESOLUTION, CheckStatus.SKIPPED, "not checked: the printer cannot be reached"),
        ]
    except PrinterError as exc:
        return [
            Check(_PRINTER, CheckStatus.FAILED, exc.message, "Check the printer settings."),
            Check(_RESOLUTION, CheckStatus.SKIPPED, "not checked"),
        ]
    return [_status_check(printer.url, status), _resolution_check(printer)]


def _status_check(url: str, status: PrinterStatus) -> Check:
    if status.source is StatusSource.UNSUPPORTED:
        return Check(_PRINTER, CheckStatus.SKIPPED, f"{url}: {status.summary}")
    if not status.ready:
        return Check(
            _PRINTER,
            CheckStatus.FAILED,
            f"{url} is not ready: {status.summary}",
            "Fix what the printer reports (load labels, close the head, press pause to resume), then run "
            "the doctor again.",
        )
    if status.warnings:
        detail = f"{url} is ready ({'; '.join(status.warnings)})"
        return Check(_PRINTER, CheckStatus.WARNING, detail, "See the printer's display.")
    return Check(_PRINTER, CheckStatus.OK, f"{url} is ready")


def _resolution_check(printer: LabelPrinter) -> Check:
    dpi = printer.profile.dpi
    if not printer.can_identify:
        return Check(
            _RESOLUTION, CheckStatus.SKIPPED, f"{printer.url} cannot be asked; the settings say {dpi} dpi"
        )
    try:
        identity = printer.identify()
    except (PrinterStatusUnknownError, PrinterNotReadyError) as exc:
        return Check(_RESOLUTION, CheckStatus.WARNING, exc.message, "Check the printer's resolution by hand.")
    if identity.dpi != dpi:
        return Check(
            _RESOLUTION,
            CheckStatus.FAILED,
            f"{identity.model} prints at {identity.dpi} dpi, the settings say {dpi} dpi: labels would "
            "print at the wrong size",
            f"Set the printer's resolution to {identity.dpi} dpi in the settings.",
        )
    return Check(_RESOLUTION, CheckStatus.OK, f"{identity.model}, {identity.dpi} dpi as set")


# --- folders and disk ----------------------------------------------------------------------------


def _check_folders(paths: StationPaths) -> Check:
    name = "Station folders"
    problems: list[str] = []
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.label_store):
        try:
            ensure_folder(folder)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True) as probe:
                probe.write(b"ok")
                probe.flush()
        except OSError as exc:
            problems.append(f"{folder}: {exc.strerror or exc}")
    if problems:
        return Check(
            name,
            CheckStatus.FAILED,
            "cannot write " + "; ".join(problems),
            "Give this user write access to these folders (or set PACKSTATION_HOME to a writable folder).",
        )
    return Check(
        name,
        CheckStatus.OK,
        f"writable under {os.path.commonpath([paths.config_dir, paths.data_dir, paths.log_dir])}",
    )


def _check_shared_journal(settings: StationSettings, env: Mapping[str, str]) -> Check | None:
    """The shared journal, when the station is on one (issue 19): what `packstation journal check`
    tries (connect, schema, privileges, a write rolled back, the holders' locks). None without one."""
    name = "Shared journal"
    fix = (
        "Run `packstation journal check URL` for the details; the database administrator fixes the "
        "role's grants, or upgrades the journal with `packstation journal migrate URL`."
    )
    try:
        url = shared_journal_url(settings, env)
        if url is None:
            return None
        found = check_journal(url, env)
    except PackstationError as exc:
        return Check(name, CheckStatus.FAILED, exc.message, fix)
    failed = [check for check in found if not check.ok]
    if failed:
        return Check(name, CheckStatus.FAILED, "; ".join(f"{c.name}: {c.detail}" for c in failed), fix)
    return Check(name, CheckStatus.OK, f"{redacted(url)}: {', '.join(check.name for check in found)} passed")


def _check_unfinished_labels(paths: StationPaths, settings: StationSettings, env: Mapping[str, str]) -> Check:
    """Paid labels the journal has not seen through: an unknown outcome blocks its order until it is
    settled, and a label made but not printed is a parcel waiting for a person. On a shared journal,
    this station's (its `station_id`)."""
    name = "Unfinished labels"
    try:
        journal = _station_journal(paths, settings, env)
        if journal is None:
            return Check(name, CheckStatus.OK, "no journal yet: nothing was shipped from this station")
        with journal:
            unknown = [a.order_number or str(a.id) for a in journal.unsettled()]
            waiting = [a.order_number or str(a.id) for a in (*journal.unsaved(), *journal.unprinted())]
    except PackstationError as exc:
        return Check(name, CheckStatus.FAILED, f"the journal cannot be read: {exc.message}")
    if not unknown and not waiting:
        return Check(name, CheckStatus.OK, "every label made here is settled and printed")
    found: list[str] = []
    if unknown:
        found.append(f"outcome unknown for {_listed(unknown)}")
    if waiting:
        found.append(f"made but not printed: {_listed(waiting)}")
    return Check(
        name,
        CheckStatus.FAILED,
        "; ".join(found),
        "Run `packstation recover` (it settles what it can and lists the rest), then reprint each "
        "label that did not come out with `packstation reprint ORDER_NUMBER`, or from the console.",
    )


def _listed(order_numbers: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(order_numbers[:most])
    more = len(order_numbers) - most
    return f"{shown} and {more} more" if more > 0 else shown


def _existing_parent(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return path


def _check_disk(label_store: Path) -> Check:
    name = "Disk space"
    try:
        free = shutil.disk_usage(_existing_parent(label_store)).free
    except OSError as exc:
        return Check(
            name, CheckStatus.WARNING, f"cannot measure free space at {label_store}: {exc.strerror or exc}"
        )
    free_text = _size(free)
    if free < DISK_FAILED_BYTES:
        return Check(
            name,
            CheckStatus.FAILED,
            f"only {free_text} free for the label store ({label_store})",
            "Free disk space, or lower the label retention in the settings.",
        )
    if free < DISK_WARNING_BYTES:
        return Check(
            name,
            CheckStatus.WARNING,
            f"{free_text} free for the label store ({label_store})",
            "Free some disk space soon.",
        )
    return Check(name, CheckStatus.OK, f"{free_text} free for the label store")


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024:
            return f"{value:.0f} {unit}"
        value /= 1024
    return f"{value:.1f} TB"
