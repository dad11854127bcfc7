"""API keys and other station secrets: the OS keyring, or the environment for headless use. Never a file.

The environment variables are read only; nothing here ever writes a secret anywhere but the keyring.
Every keyring access of the app goes through `keyring_backend()` (which refuses a backend that
would lose or cannot keep secrets: `keyring.backends.fail`, `null`, or a chainer with nothing to
chain) and the `read_secret` / `write_secret` / `delete_secret` wrappers, so the doctor, the
settings dialog and the shift-lead PIN all get the same error and the same platform fix.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, TypeVar

import keyring
import keyring.errors
from keyring.backends import chainer, fail, null

from packstation.error_codes import ErrorCode
from packstation.errors import CredentialsError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE: Final = "packstation.sendcloud"
# The shift-lead PIN hashes and their wrong-PIN counter (packstation.station.roles): a service of their own,
# so deleting the API keys never deletes the PINs and the other way round.
LEAD_PIN_SERVICE: Final = "packstation.lead"
PUBLIC_KEY_USER: Final = "public_key"
SECRET_KEY_USER: Final = "secret_key"  # noqa: S105 - a keyring user name, not a secret
PUBLIC_KEY_ENV: Final = "PACKSTATION_PUBLIC_KEY"
SECRET_KEY_ENV: Final = "PACKSTATION_SECRET_KEY"  # noqa: S105 - a variable name, not a secret

T = TypeVar("T")


@dataclass(frozen=True)
class ApiCredentials:
    """A Sendcloud key pair. The secret never shows in `repr` or `str`."""

    public_key: str
    secret_key: str = field(repr=False)

    def __str__(self) -> str:
        return f"ApiCredentials(public_key={redact(self.public_key)})"

    def __repr__(self) -> str:
        return str(self)


class KeyringUnavailableError(CredentialsError):
    """No usable OS keyring. `problem` is what went wrong, `backend` what `keyring` found, `fix` what
    to do on this platform; the message is the problem followed by the fix."""

    code = ErrorCode.KEYRING_UNAVAILABLE

    def __init__(self, problem: str, *, backend: str, fix: str) -> None:
        super().__init__(f"{problem} {fix}")
        self.problem = problem
        self.backend = backend
        self.fix = fix


def redact(value: str) -> str:
    """A recognisable but useless stand-in for a key: its first two characters and its length."""
    if len(value) <= 4:
        return "****"
    return f"{value[:2]}…({len(value)} chars)"


def keyring_fix(platform: str | None = None) -> str:
    """What a person does on `platform` (default: this one) to get a usable OS keyring."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("linux"):
        return (
            "Install and unlock a Secret Service provider: gnome-keyring (`sudo apt install "
            "gnome-keyring`), KWallet, or KeePassXC with Secret Service enabled; then log in again."
        )
    if platform == "darwin":
        return "Unlock the login keychain in Keychain Access (File > Unlock Keychain)."
    if platform == "win32":
        return (
            "Windows Credential Locker (Credential Manager) should always be available: check that the "
            "user profile is loaded (not a service account)."
        )
    return "Install a keyring backend the Python `keyring` package supports."


def backend_name(backend: object) -> str:
    cls = type(backend)
    label = getattr(cls, "name", None) or cls.__name__
    return f"{label} ({cls.__module__}.{cls.__qualname__})"


def keyring_backend() -> KeyringBackend:
    """The OS keyring backend in use, or `KeyringUnavailableError` naming the platform's fix.

    Refused: `fail.Keyring` (nothing found), `null.Keyring` (discards what it is given) and a
    chainer with no backend to chain (it silently drops writes). There is never a file fallback.
    """
    backend = keyring.get_keyring()
    unusable = isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    )
    if unusable:
        described = backend_name(backend)
        raise KeyringUnavailableError(
            f"No usable OS keyring was found ({described}), so secrets cannot be kept.",
            backend=described,
            fix=keyring_fix(),
        )
    return backend


def _keyring_call(operation: Callable[[KeyringBackend], T]) -> T:
    backend = keyring_backend()
    try:
        return operation(backend)
    except keyring.errors.PasswordDeleteError:
        raise
    except keyring.errors.KeyringError as exc:
        described = backend_name(backend)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise KeyringUnavailableError(
            f"The OS keyring ({described}) cannot be used: {reason}.", backend=described, fix=keyring_fix()
        ) from exc


def read_secret(service: str, user: str) -> str | None:
    """The secret stored for `service`/`user`, `None` when there is none."""
    return _keyring_call(lambda backend: backend.get_password(service, user))


def write_secret(service: str, user: str, value: str) -> None:
    _keyring_call(lambda backend: backend.set_password(service, user, value))


def delete_secret(service: str, user: str) -> bool:
    """Forget `service`/`user`; False when there was nothing to forget."""
    try:
        _keyring_call(lambda backend: backend.delete_password(service, user))
    except keyring.errors.PasswordDeleteError:
        return False
    return True


def from_environment(environ: Mapping[str, str] | None = None) -> ApiCredentials | None:
    env = os.environ if environ is None else environ
    public, secret = env.get(PUBLIC_KEY_ENV, ""), env.get(SECRET_KEY_ENV, "")
    if public and secret:
        return ApiCredentials(public, secret)
    if public or secret:
        raise CredentialsError(
            f"Only one of {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV} is set; set both or neither.",
            code=ErrorCode.CREDENTIALS_INCOMPLETE,
        )
    return None


def from_keyring(service: str = KEYRING_SERVICE) -> ApiCredentials | None:
    """Read the key pair from the OS keyring; `None` when none is stored.

    Raises `KeyringUnavailableError` when no usable keyring backend exists, naming the fix (and, for
    scripted use, the environment variables).
    """
    try:
        public = read_secret(service, PUBLIC_KEY_USER)
        secret = read_secret(service, SECRET_KEY_USER)
    except KeyringUnavailableError as exc:
        raise KeyringUnavailableError(
            f"The API keys cannot be read. {exc.problem}",
            backend=exc.backend,
            fix=f"{exc.fix} Or, for scripted use, set {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV}.",
        ) from exc
    if public and secret:
        return ApiCredentials(public, secret)
    return None


def save_credentials(credentials: ApiCredentials, service: str = KEYRING_SERVICE) -> None:
    """Store the key pair in the OS keyring (only there).

    Two entries are written; when the second write fails the previous pair is put back, so the
    station never keeps a public key of one pair with the secret of another.
    """
    if not credentials.public_key or not credentials.secret_key:
        raise CredentialsError(
            "Both the public and the secret key are needed.", code=ErrorCode.CREDENTIALS_INCOMPLETE
        )
    previous = (read_secret(service, PUBLIC_KEY_USER), read_secret(service, SECRET_KEY_USER))
    write_secret(service, PUBLIC_KEY_USER, credentials.public_key)
    try:
        write_secret(service, SECRET_KEY_USER, credentials.secret_key)
    except KeyringUnavailableError:
        _restore(service, previous)
        raise


def _restore(service: str, previous: tuple[str | None, str | None]) -> None:
    for user, value in zip((PUBLIC_KEY_USER, SECRET_KEY_USER), previous, strict=True):
        # the original error is the one to report; the keyring is failing anyway
        with contextlib.suppress(KeyringUnavailableError):
            if value is None:
                delete_secret(service, user)
            else:
                write_secret(service, user, value)


def delete_credentials(service: str = KEYRING_SERVICE) -> bool:
    """Remove the key pair from the OS keyring; False when none was stored."""
    deleted = [delete_secret(service, user) for user in (PUBLIC_KEY_USER, SECRET_KEY_USER)]
    return any(deleted)


def load_credentials(environ: Mapping[str, str] | None = None) -> ApiCredentials:
    """Environment first (scripts, CI), then the OS keyring; a clear error when neither has keys."""
    found = from_environment(environ) or from_keyring()
    if found is None:
        raise CredentialsError(
            "No Sendcloud API keys are set up for this station. Store them with the settings dialog, "
            f"or set {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV} for headless use.",
        )
    return found


# The shared journal's password (issue 19): the OS keyring's `packstation.journal` entry, under the
# URL's user name, or the environment for headless stations. Never in settings.json nor in the URL.
JOURNAL_PASSWORD_SERVICE: Final = "packstation.journal"  # noqa: S105 - a keyring service name
JOURNAL_PASSWORD_ENV: Final = "PACKSTATION_JOURNAL_PASSWORD"  # noqa: S105 - a variable name, not a secret


def journal_password(user: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The shared journal's password for `user`: the environment first, then the OS keyring; None
    when neither has one (libpq may still find one in the user's ~/.pgpass, or need none)."""
    env = os.environ if environ is None else environ
    if env.get(JOURNAL_PASSWORD_ENV):
        return env[JOURNAL_PASSWORD_ENV]
    try:
        return read_secret(JOURNAL_PASSWORD_SERVICE, user)
    except KeyringUnavailableError:
        return None


def save_journal_password(user: str, password: str) -> None:
    """Keep the shared journal's password for `user` in the OS keyring (only there)."""
    write_secret(JOURNAL_PASSWORD_SERVICE, user, password)
