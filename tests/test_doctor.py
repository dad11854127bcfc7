"""`packstation doctor` against the simulator and the virtual printer over loopback."""

from __future__ import annotations

import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from keyring.backends import fail

from packstation.app.doctor import SETTINGS_REVIEW_CHECK
from packstation.cli.doctor import (
    EXIT_SETTINGS_CHANGED,
    Check,
    CheckStatus,
    doctor_exit_code,
    format_report,
    run_checks,
)
from packstation.credentials import KEYRING_SERVICE, ApiCredentials, KeyringUnavailableError, save_credentials
from packstation.journal import Journal, Stage
from packstation.journal.postgres import PostgresJournal
from packstation.paths import StationPaths, station_paths
from packstation.printing.profile import PrinterProfile
from packstation.settings import StationSettings, save_settings
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import PrinterState, VirtualPrinter, VirtualPrinterConfig
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.keyrings import LockedKeyring, MemoryKeyring, installed
from tests.ports import free_port
from tests.postgres_server import OWNER_PASSWORD, PostgresServer, migrated_database

ENV_KEYS = {"PACKSTATION_PUBLIC_KEY": TEST_PUBLIC_KEY, "PACKSTATION_SECRET_KEY": TEST_SECRET_KEY}


@pytest.fixture
def paths(station_home: Path) -> StationPaths:
    return station_paths().create()


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as vp:
        yield vp


def by_name(checks: list[Check]) -> dict[str, Check]:
    return {check.name: check for check in checks}


def settings_for(simulator: Simulator, **fields: Any) -> StationSettings:
    return StationSettings(api_url=simulator.base_url, **fields)


def test_healthy_station_passes(
    paths: StationPaths,
    simulator: Simulator,
    printer: VirtualPrinter,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)
    integration = simulator.seed_data.integrations[0]["id"]
    settings = settings_for(
        simulator, integration_ids=(integration,), printer=PrinterProfile(url=printer.url)
    )
    save_settings(paths.settings_file, settings)
    checks = run_checks(paths)  # settings read from the file, keys from os.environ
    found = by_name(checks)
    assert {c.status for c in checks} == {CheckStatus.OK}, format_report(checks)
    assert "MemoryKeyring" in found["Keyring"].detail
    assert "answered" in found["Sendcloud API"].detail
    assert "203 dpi" in found["Printer resolution"].detail
    assert doctor_exit_code(checks) == 0
    report = format_report(checks)
    assert TEST_SECRET_KEY not in report
    assert TEST_PUBLIC_KEY not in report  # only a redacted hint
    assert "All checks passed" in report


def test_keys_from_the_keyring(
    paths: StationPaths, simulator: Simulator, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "public_key", TEST_PUBLIC_KEY)
    memory_keyring.set_password(KEYRING_SERVICE, "secret_key", TEST_SECRET_KEY)
    found = by_name(run_checks(paths, settings_for(simulator), environ={}))
    assert found["API keys"].status is CheckStatus.OK
    assert "keyring" in found["API keys"].detail
    assert found["Sendcloud API"].status is CheckStatus.OK
    assert found["Integrations"].status is CheckStatus.OK


def test_wrong_keys_fail_with_a_fix(
    paths: StationPaths, simulator: Simulator, memory_keyring: MemoryKeyring
) -> None:
    env = {"PACKSTATION_PUBLIC_KEY": "pk-wrong-123456", "PACKSTATION_SECRET_KEY": "sk-wrong-SECRET"}
    checks = run_checks(paths, settings_for(simulator), environ=env)
    api = by_name(checks)["Sendcloud API"]
    assert api.status is CheckStatus.FAILED
    assert "keys rejected" in api.detail
    assert "Sendcloud panel" in api.fix
    assert by_name(checks)["Integrations"].status is CheckStatus.SKIPPED
    assert doctor_exit_code(checks) == 1
    report = format_report(checks)
    assert "sk-wrong-SECRET" not in report
    assert "pk-wrong-123456" not in report
    assert "fix: Copy the public and secret key" in report
    assert "PACKSTATION_SECRET_KEY (they take precedence" in api.fix


def test_unreachable_api_fails_fast(paths: StationPaths, memory_keyring: MemoryKeyring) -> None:
    settings = StationSettings(api_url=f"http://127.0.0.1:{free_port()}/api/v3")
    started = time.monotonic()
    checks = run_checks(paths, settings, environ=ENV_KEYS, timeout=1.0)
    assert time.monotonic() - started < 3
    api = by_name(checks)["Sendcloud API"]
    assert api.status is CheckStatus.FAILED
    assert api.detail.startswith(f"cannot reach {settings.api_url}")
    assert "network" in api.fix


def test_silent_api_fails_within_the_timeout(paths: StationPaths, memory_keyring: MemoryKeyring) -> None:
    with socket.socket() as listener:  # accepts connections (the kernel's backlog) but never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        settings = StationSettings(api_url=f"http://127.0.0.1:{listener.getsockname()[1]}/api/v3")
        started = time.monotonic()
        api = by_name(run_checks(paths, settings, environ=ENV_KEYS, timeout=0.3))["Sendcloud API"]
        elapsed = time.monotonic() - started
    assert elapsed < 2
    assert api.status is CheckStatus.FAILED
    assert "cannot reach" in api.detail
    assert "did not answer" in api.detail


def test_unknown_integration_fails(
    paths: StationPaths, simulator: Simulator, memory_keyring: MemoryKeyring
) -> None:
    checks = run_checks(paths, settings_for(simulator, integration_ids=(987654,)), environ=ENV_KEYS)
    integrations = by_name(checks)["Integrations"]
    assert integrations.status is CheckStatus.FAILED
    assert "987654" in integrations.detail


def test_printer_paper_out_fails_with_the_reason(
    paths: StationPaths, simulator: Simulator, printer: VirtualPrinter, memory_keyring: MemoryKeyring
) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    settings = settings_for(simulator, printer=PrinterProfile(url=printer.url))
    checks = run_checks(paths, settings, environ=ENV_KEYS)
    found = by_name(checks)["Printer"]
    assert found.status is CheckStatus.FAILED
    assert "out of labels" in found.detail
    assert "load labels" in found.fix
    assert doctor_exit_code(checks) == 1


def test_printer_resolution_mismatch(
    paths: StationPaths, simulator: Simulator, memory_keyring: MemoryKeyring
) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300, model="ZD421-300dpi")) as vp:
        settings = settings_for(simulator, printer=PrinterProfile(url=vp.url, dpi=203))
        found = by_name(run_checks(paths, settings, environ=ENV_KEYS))
    assert found["Printer"].status is CheckStatus.OK
    resolution = found["Printer resolution"]
    assert resolution.status is CheckStatus.FAILED
    assert "300 dpi" in resolution.fix


def test_printer_unreachable_fails(
    paths: StationPaths, simulator: Simulator, memory_keyring: MemoryKeyring
) -> None:
    settings = settings_for(simulator, printer=PrinterProfile(url=f"tcp://127.0.0.1:{free_port()}"))
    found = by_name(run_checks(paths, settings, environ=ENV_KEYS, timeout=1.0))
    assert found["Printer"].status is CheckStatus.FAILED
    assert "printer is on" in found["Printer"].fix
    assert found["Printer resolution"].status is CheckStatus.SKIPPED


def test_fail_keyring_names_the_platform_fix(paths: StationPaths, simulator: Simulator) -> None:
    with installed(fail.Keyring()):  # type: ignore[no-untyped-call]
        without_env = by_name(run_checks(paths, settings_for(simulator), environ={}))
        with_env = by_name(run_checks(paths, settings_for(simulator), environ=ENV_KEYS))
    assert without_env["Keyring"].status is CheckStatus.FAILED
    assert "keyring.backends.fail" in without_env["Keyring"].detail
    assert "PACKSTATION_PUBLIC_KEY" in without_env["Keyring"].fix
    assert without_env["API keys"].status is CheckStatus.FAILED
    assert without_env["Sendcloud API"].status is CheckStatus.SKIPPED
    # keys in the environment: the station works headless, the keyring is only a warning
    assert with_env["Keyring"].status is CheckStatus.WARNING
    assert with_env["Sendcloud API"].status is CheckStatus.OK


def test_a_locked_keyring_fails_with_the_reason_and_the_same_fix_as_the_app(
    paths: StationPaths, simulator: Simulator
) -> None:
    with installed(LockedKeyring()):
        found = by_name(run_checks(paths, settings_for(simulator), environ={}))["Keyring"]
        with pytest.raises(KeyringUnavailableError) as caught:  # what the app says for the same backend
            save_credentials(ApiCredentials("pk-x-12345", "sk-x-12345"))
    assert found.status is CheckStatus.FAILED
    assert "LockedKeyring" in found.detail
    assert "locked" in found.detail
    assert found.fix.startswith(caught.value.fix)
    assert "PACKSTATION_SECRET_KEY" in found.fix


def test_half_set_environment_keys_fail(paths: StationPaths, memory_keyring: MemoryKeyring) -> None:
    found = by_name(run_checks(paths, StationSettings(), environ={"PACKSTATION_PUBLIC_KEY": "p"}))
    assert found["API keys"].status is CheckStatus.FAILED
    assert "both" in found["API keys"].fix


def test_invalid_settings_file_fails(paths: StationPaths, memory_keyring: MemoryKeyring) -> None:
    paths.settings_file.write_text('{"api_key": "oops"}')
    checks = run_checks(paths, environ={})
    found = by_name(checks)["Settings file"]
    assert found.status is CheckStatus.FAILED
    assert str(paths.settings_file) in found.fix
    assert "oops" not in format_report(checks)


def test_unwritable_folder_fails(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    paths = StationPaths(config_dir=tmp_path / "config", data_dir=blocker / "data", log_dir=tmp_path / "logs")
    found = by_name(run_checks(paths, StationSettings(), environ={}))
    assert found["Station folders"].status is CheckStatus.FAILED
    assert str(blocker / "data") in found["Station folders"].detail


def test_low_disk_space(
    paths: StationPaths, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    free = {"bytes": 50 * 1024 * 1024}

    def fake_usage(path: object) -> Any:
        return SimpleNamespace(total=10**12, used=10**12 - free["bytes"], free=free["bytes"])

    monkeypatch.setattr(shutil, "disk_usage", fake_usage)
    assert (
        by_name(run_checks(paths, StationSettings(), environ={}))["Disk space"].status is CheckStatus.FAILED
    )
    free["bytes"] = 500 * 1024 * 1024
    assert (
        by_name(run_checks(paths, StationSettings(), environ={}))["Disk space"].status is CheckStatus.WARNING
    )


def test_exit_code_and_report() -> None:
    warn = Check("A", CheckStatus.WARNING, "meh", "do this")
    skip = Check("B", CheckStatus.SKIPPED, "n/a")
    assert doctor_exit_code([warn, skip]) == 0
    assert doctor_exit_code([warn, Check("C", CheckStatus.FAILED, "bad", "fix it")]) == 1
    report = format_report([warn, skip])
    assert "fix: do this" in report
    assert "can ship (1 warning)" in report


def test_a_settings_file_changed_outside_alone_exits_11_and_any_other_failure_exits_1() -> None:
    changed = Check(SETTINGS_REVIEW_CHECK, CheckStatus.FAILED, "changed outside Packstation", "review it")
    assert doctor_exit_code([changed]) == EXIT_SETTINGS_CHANGED == 11
    assert "can ship, on the settings a shift lead saved last" in format_report([changed])
    broken = Check("Printer", CheckStatus.FAILED, "paper out", "load labels")
    assert doctor_exit_code([changed, broken]) == 1
    assert "2 problems to fix" in format_report([changed, broken])


def test_a_journal_the_doctor_cannot_read_skips_the_settings_review(
    paths: StationPaths, memory_keyring: MemoryKeyring
) -> None:
    """The journal's own failure is "Unfinished labels"' to report: it must not read as a settings
    file changed outside Packstation (exit 11, "the station can ship")."""
    save_settings(paths.settings_file, StationSettings())
    with Journal.open(paths.journal_file, "Bench 1"):
        pass
    with closing(sqlite3.connect(paths.journal_file)) as database:
        database.execute("PRAGMA user_version = 999")  # written by a newer Packstation
    checks = by_name(run_checks(paths, StationSettings(), environ={}))
    assert checks[SETTINGS_REVIEW_CHECK].status is CheckStatus.SKIPPED
    assert checks["Unfinished labels"].status is CheckStatus.FAILED


def test_a_station_on_the_shared_journal_is_checked_on_it(
    paths: StationPaths, simulator: Simulator, postgres_server: PostgresServer
) -> None:
    """Issue 19: the shared journal is tried as `journal check` tries it, and the unfinished labels
    are this station's there, not a local file's (a station on PostgreSQL has none)."""
    url = migrated_database(postgres_server).replace(f":{OWNER_PASSWORD}@", "@")
    settings = settings_for(simulator, journal_url=url.split("?")[0], station_id="Station 7")
    env = {**ENV_KEYS, "PACKSTATION_JOURNAL_URL": url, "PACKSTATION_JOURNAL_PASSWORD": OWNER_PASSWORD}
    with PostgresJournal.connect(url, "Station 7", password=OWNER_PASSWORD) as journal:
        attempt = journal.start_attempt("WEB-77")
        journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-77", integration_id=1)
        journal.record(attempt, Stage.LABEL_REQUESTED)
    assert not paths.journal_file.exists()

    found = by_name(run_checks(paths, settings, environ=env, timeout=1.0))

    shared = found["Shared journal"]
    assert shared.status is CheckStatus.OK, shared.detail
    assert "connect, schema" in shared.detail
    assert OWNER_PASSWORD not in shared.detail
    unfinished = found["Unfinished labels"]
    assert unfinished.status is CheckStatus.FAILED
    assert "outcome unknown for WEB-77" in unfinished.detail


def test_a_shared_journal_that_cannot_be_reached_is_named(paths: StationPaths, simulator: Simulator) -> None:
    url = f"postgresql://station@127.0.0.1:{free_port()}/warehouse"
    settings = settings_for(simulator, journal_url=url, station_id="Station 7")
    found = by_name(run_checks(paths, settings, environ=ENV_KEYS, timeout=1.0))
    assert found["Shared journal"].status is CheckStatus.FAILED
    assert "journal check" in found["Shared journal"].fix
    assert found["Unfinished labels"].status is CheckStatus.FAILED  # its journal cannot be read


def test_a_station_on_its_own_file_has_no_shared_journal_line(
    paths: StationPaths, simulator: Simulator
) -> None:
    assert "Shared journal" not in by_name(run_checks(paths, settings_for(simulator), environ=ENV_KEYS))
