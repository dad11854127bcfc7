from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError

from packstation.credentials import (
    KEYRING_SERVICE,
    ApiCredentials,
    from_environment,
    load_credentials,
    redact,
)
from packstation.errors import CredentialsError
from packstation.paths import station_paths


def test_packstation_home_moves_every_folder(tmp_path: Path) -> None:
    paths = station_paths(environ={"PACKSTATION_HOME": str(tmp_path)})
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.label_store):
        assert folder.is_relative_to(tmp_path)
    assert paths.journal_file.parent == paths.data_dir


def test_training_mode_never_shares_the_real_station_folders(tmp_path: Path) -> None:
    real = station_paths(environ={"PACKSTATION_HOME": str(tmp_path)})
    training = station_paths(training=True, environ={"PACKSTATION_HOME": str(tmp_path)})
    assert training.journal_file != real.journal_file
    assert training.data_dir.is_relative_to(tmp_path / "training")
    default_real, default_training = station_paths(environ={}), station_paths(training=True, environ={})
    assert default_training.journal_file != default_real.journal_file
    assert default_training.settings_file != default_real.settings_file


def test_create_makes_the_folders(tmp_path: Path) -> None:
    paths = station_paths(environ={"PACKSTATION_HOME": str(tmp_path / "x")}).create()
    assert paths.label_store.is_dir()
    assert paths.log_dir.is_dir()


def test_secret_never_in_repr_or_str() -> None:
    creds = ApiCredentials("public-abcdef", "very-secret-value")
    assert "very-secret-value" not in repr(creds)
    assert "very-secret-value" not in str(creds)
    assert "public-abcdef" not in repr(creds)  # even the public key is only hinted at
    assert redact("abc") == "****"


def test_environment_credentials_both_or_neither() -> None:
    assert from_environment({}) is None
    found = from_environment({"PACKSTATION_PUBLIC_KEY": "p", "PACKSTATION_SECRET_KEY": "s"})
    assert found == ApiCredentials("p", "s")
    with pytest.raises(CredentialsError, match="set both or neither"):
        from_environment({"PACKSTATION_PUBLIC_KEY": "p"})


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


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_keyring_is_used_when_the_environment_has_no_keys(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "public_key", "kp")
    memory_keyring.set_password(KEYRING_SERVICE, "secret_key", "ks")
    assert load_credentials({}) == ApiCredentials("kp", "ks")
    # the environment wins: scripted runs must not depend on what a station's keyring holds
    assert load_credentials({"PACKSTATION_PUBLIC_KEY": "e", "PACKSTATION_SECRET_KEY": "f"}).public_key == "e"


def test_no_keys_anywhere_is_a_clear_error(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialsError, match="No Sendcloud API keys"):
        load_credentials({})


def test_unusable_keyring_names_the_fix() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(CredentialsError, match="gnome-keyring") as caught:
            load_credentials({})
        assert caught.value.code == "keyring_unavailable"
    finally:
        keyring.set_keyring(previous)
