"""API keys: the OS keyring, or the environment for headless use. Never a file.

The environment variables are read only; nothing here ever writes a key anywhere but the keyring.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from packstation.errors import CredentialsError

KEYRING_SERVICE = "packstation.sendcloud"
PUBLIC_KEY_ENV = "PACKSTATION_PUBLIC_KEY"
SECRET_KEY_ENV = "PACKSTATION_SECRET_KEY"  # noqa: S105 - a variable name, not a secret


@dataclass(frozen=True)
class ApiCredentials:
    """A Sendcloud key pair. The secret never shows in `repr` or `str`."""

    public_key: str
    secret_key: str = field(repr=False)

    def __str__(self) -> str:
        return f"ApiCredentials(public_key={redact(self.public_key)})"

    def __repr__(self) -> str:
        return str(self)


def redact(value: str) -> str:
    """A recognisable but useless stand-in for a key: its first two characters and its length."""
    if len(value) <= 4:
        return "****"
    return f"{value[:2]}…({len(value)} chars)"


def from_environment(environ: Mapping[str, str] | None = None) -> ApiCredentials | None:
    env = os.environ if environ is None else environ
    public, secret = env.get(PUBLIC_KEY_ENV, ""), env.get(SECRET_KEY_ENV, "")
    if public and secret:
        return ApiCredentials(public, secret)
    if public or secret:
        raise CredentialsError(
            f"Only one of {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV} is set; set both or neither.",
            code="credentials_incomplete",
        )
    return None


def from_keyring(service: str = KEYRING_SERVICE) -> ApiCredentials | None:
    """Read the key pair from the OS keyring; `None` when none is stored.

    Raises `CredentialsError` when no usable keyring backend exists, naming the fix.
    """
    import keyring
    import keyring.errors

    try:
        public = keyring.get_password(service, "public_key")
        secret = keyring.get_password(service, "secret_key")
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            "No usable OS keyring was found, so the API keys cannot be read. On Linux install and "
            "unlock a Secret Service provider (for example gnome-keyring); or, for scripted use, set "
            f"{PUBLIC_KEY_ENV} and {SECRET_KEY_ENV}.",
            code="keyring_unavailable",
        ) from exc
    if public and secret:
        return ApiCredentials(public, secret)
    return None


def load_credentials(environ: Mapping[str, str] | None = None) -> ApiCredentials:
    """Environment first (scripts, CI), then the OS keyring; a clear error when neither has keys."""
    found = from_environment(environ) or from_keyring()
    if found is None:
        raise CredentialsError(
            "No Sendcloud API keys are set up for this station. Store them with the settings dialog, "
            f"or set {PUBLIC_KEY_ENV} and {SECRET_KEY_ENV} for headless use.",
        )
    return found


def save_credentials(credentials: ApiCredentials, service: str = KEYRING_SERVICE) -> None:
    """Store the key pair in the OS keyring: the only place a key is ever written.

    Raises `CredentialsError` (code `keyring_unavailable`) naming the fix when no usable keyring
    backend exists; never falls back to a file. Call it off the GUI thread (the keyring may ask
    the OS, or the user, to unlock it).
    """
    import keyring
    import keyring.errors

    if not credentials.public_key or not credentials.secret_key:
        raise CredentialsError(
            "Both the public and the secret key are needed.", code="credentials_incomplete"
        )
    try:
        keyring.set_password(service, "public_key", credentials.public_key)
        keyring.set_password(service, "secret_key", credentials.secret_key)
    except keyring.errors.KeyringError:
        raise CredentialsError(
            "No usable OS keyring was found, so the API keys cannot be stored. On Linux install and "
            "unlock a Secret Service provider (for example gnome-keyring); on macOS unlock the login "
            "keychain; on Windows sign in with a user profile (Credential Locker). The keys are "
            "never written to a file.",
            code="keyring_unavailable",
        ) from None
