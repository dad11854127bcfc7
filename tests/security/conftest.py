"""The station tests' fixtures, shared here: a journal, a client on the simulator, a virtual printer;
and the OS keyring a Linux station uses, for real (`secret_service`)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from tests.keyrings import installed, private_secret_service, secret_service_log, secret_service_missing
from tests.station.conftest import client, journal, printer  # noqa: F401 - fixtures, found by name


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringBackend]:
    """gnome-keyring's Secret Service on a D-Bus session of this test's own, installed as the
    process's keyring backend: what `keyring` picks on a Linux desktop, with its real D-Bus calls
    and its real encrypted file (under tmp_path). `./dev` installs it on Debian and Ubuntu (CI);
    elsewhere the test is skipped."""
    missing = secret_service_missing()
    if missing:
        if sys.platform.startswith("linux") and shutil.which("dpkg"):
            pytest.fail(
                f"{', '.join(missing)} missing: `./dev setup` installs gnome-keyring and dbus on Debian"
            )
        pytest.skip(f"no Secret Service daemon can be started here ({', '.join(missing)} not found)")
    from keyring.backends import SecretService

    home = tmp_path / "keyring-home"
    with private_secret_service(home) as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        with installed(SecretService.Keyring()) as backend:  # type: ignore[no-untyped-call]
            try:
                yield backend
            finally:
                said = secret_service_log(home)
                if said:  # shown with a failure: why the daemon may have gone away
                    sys.stderr.write(f"gnome-keyring-daemon said:\n{said}\n")
