"""Real `keyring` backends for tests, installed with `keyring.set_keyring` (never a patch).

`MemoryKeyring` keeps secrets in a dict, so a test can look at exactly what the app stored.
`LockedKeyring` is a backend that exists but cannot be read (a locked Secret Service collection).
`private_secret_service` runs the real thing, gnome-keyring's Secret Service on a D-Bus session of
its own, for the tests that must hold against the backend a Linux station uses (tests/security).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in memory (tests only)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class LockedKeyring(MemoryKeyring):
    """Present but locked: every access fails as a locked Secret Service collection does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


@contextmanager
def installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """`backend` is the process's keyring for the duration; the previous one comes back after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


# --- a real Secret Service, private to one test ---------------------------------------------------

SECRET_SERVICE_NAME = "org.freedesktop.secrets"
SECRET_SERVICE_TOOLS = ("dbus-daemon", "gnome-keyring-daemon")
SECRET_SERVICE_START_TIMEOUT = 15.0  # seconds for the bus and the daemon to be up (~0.05 s here)


def secret_service_missing() -> list[str]:
    """The programs a private Secret Service needs that this computer lacks (`./dev` installs them
    on Debian and Ubuntu)."""
    return [tool for tool in SECRET_SERVICE_TOOLS if shutil.which(tool) is None]


DAEMON_LOG = "gnome-keyring-daemon.log"


def secret_service_log(home: Path) -> str:
    """What the private Secret Service's daemon wrote to stderr (empty when nothing)."""
    log = home / DAEMON_LOG
    return log.read_text(errors="replace") if log.is_file() else ""


@contextmanager
def private_secret_service(
    home: Path, *, password: str = "unlock-for-test", timeout: float = SECRET_SERVICE_START_TIMEOUT
) -> Iterator[str]:
    """A session bus of its own with a gnome-keyring-daemon on it, its `login` keyring unlocked with
    `password` and kept on disk under `home`; yields the bus address. Both processes end after.

    The daemon is ready when it owns `org.freedesktop.secrets` on the bus: the owner-changed signal
    is awaited (at most `timeout` seconds), never polled.
    """
    from jeepney import MatchRule, message_bus
    from jeepney.io.blocking import open_dbus_connection

    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "GNOME_KEYRING_CONTROL"}
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    with ExitStack() as processes:
        bus = processes.enter_context(
            subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        )
        processes.callback(_end, bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon gave no address"
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        connection = open_dbus_connection(bus=address)
        try:
            owner_changed = MatchRule(
                type="signal",
                sender=message_bus.bus_name,
                interface=message_bus.interface,
                member="NameOwnerChanged",
                path=message_bus.object_path,
            )
            owner_changed.add_arg_condition(0, SECRET_SERVICE_NAME)
            connection.send_and_get_reply(message_bus.AddMatch(owner_changed))
            with connection.filter(owner_changed) as owners:
                daemon = processes.enter_context(
                    subprocess.Popen(
                        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                        env=env,
                        stdin=subprocess.PIPE,
                        stdout=subprocess.DEVNULL,
                        # Kept beside the keyring: if the daemon goes away mid-test, its last words
                        # are in the failure (`secret_service_log`).
                        stderr=processes.enter_context((home / DAEMON_LOG).open("w")),
                        text=True,
                    )
                )
                processes.callback(_end, daemon)
                assert daemon.stdin is not None
                daemon.stdin.write(password + "\n")  # --unlock reads the password up to EOF
                daemon.stdin.close()
                connection.recv_until_filtered(owners, timeout=timeout)
        finally:
            connection.close()
        yield address


def _end(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
    process.wait(timeout=SECRET_SERVICE_START_TIMEOUT)
