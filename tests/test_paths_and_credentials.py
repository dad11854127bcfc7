from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked

from packstation.credentials import (
    KEYRING_SERVICE,
    ApiCredentials,
    KeyringUnavailableError,
    delete_credentials,
    from_environment,
    keyring_backend,
    keyring_fix,
    load_credentials,
    redact,
    save_credentials,
)
from packstation.errors import CredentialsError
from packstation.paths import station_paths
from tests.keyrings import LockedKeyring, MemoryKeyring, installed


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


class EmptyChainer(ChainerBackend):
    """What `keyring` picks on a machine with no backend to chain: it silently drops every write."""

    backends = ()


def test_keyring_is_used_when_the_environment_has_no_keys(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "public_key", "kp")
    memory_keyring.set_password(KEYRING_SERVICE, "secret_key", "ks")
    assert load_credentials({}) == ApiCredentials("kp", "ks")
    # the environment wins: scripted runs must not depend on what a station's keyring holds
    assert load_credentials({"PACKSTATION_PUBLIC_KEY": "e", "PACKSTATION_SECRET_KEY": "f"}).public_key == "e"


def test_no_keys_anywhere_is_a_clear_error(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialsError, match="No Sendcloud API keys"):
        load_credentials({})


def test_save_and_delete_credentials_touch_only_the_keyring(
    memory_keyring: MemoryKeyring, station_home: Path
) -> None:
    save_credentials(ApiCredentials("pk-saved-1", "sk-saved-1"))
    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, "public_key"): "pk-saved-1",
        (KEYRING_SERVICE, "secret_key"): "sk-saved-1",
    }
    assert load_credentials({}) == ApiCredentials("pk-saved-1", "sk-saved-1")
    assert not station_home.exists()  # nothing was written to the station's folders
    assert delete_credentials() is True
    assert memory_keyring.passwords == {}
    assert delete_credentials() is False  # nothing left to delete is not an error


def test_a_half_pair_is_refused(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(CredentialsError) as caught:
        save_credentials(ApiCredentials("pk-only", ""))
    assert caught.value.code == "credentials_incomplete"
    assert memory_keyring.passwords == {}


class SecretRefusingKeyring(MemoryKeyring):
    """Takes the public key, then fails on the secret (a keyring locked between two writes)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if username == "secret_key":
            raise KeyringLocked("locked")
        super().set_password(service, username, password)


def test_a_failed_second_write_puts_the_previous_pair_back() -> None:
    backend = SecretRefusingKeyring()
    backend.passwords = {(KEYRING_SERVICE, "public_key"): "pk-old", (KEYRING_SERVICE, "secret_key"): "sk-old"}
    with installed(backend), pytest.raises(KeyringUnavailableError):
        save_credentials(ApiCredentials("pk-new", "sk-new"))
    assert backend.passwords[(KEYRING_SERVICE, "public_key")] == "pk-old"


UNUSABLE: list[KeyringBackend] = [fail.Keyring(), null.Keyring(), EmptyChainer()]  # type: ignore[no-untyped-call]


@pytest.mark.parametrize("backend", UNUSABLE, ids=["fail", "null", "empty-chainer"])
def test_no_usable_backend_is_refused_and_nothing_falls_back_to_a_file(
    backend: KeyringBackend, station_home: Path
) -> None:
    with installed(backend):
        with pytest.raises(KeyringUnavailableError) as caught:
            keyring_backend()
        assert caught.value.code == "keyring_unavailable"
        assert type(backend).__name__ in caught.value.backend
        with pytest.raises(KeyringUnavailableError):
            save_credentials(ApiCredentials("pk-nowhere", "sk-nowhere"))
        with pytest.raises(KeyringUnavailableError, match="PACKSTATION_PUBLIC_KEY"):
            load_credentials({})
    assert not station_home.exists()


def test_a_locked_keyring_names_the_fix() -> None:
    with installed(LockedKeyring()), pytest.raises(CredentialsError, match="gnome-keyring") as caught:
        load_credentials({})
    assert caught.value.code == "keyring_unavailable"
    assert "locked" in caught.value.message


@pytest.mark.parametrize(
    ("platform", "named"),
    [
        ("linux", "Secret Service"),
        ("linux", "KWallet"),
        ("darwin", "Keychain"),
        ("win32", "Credential Locker"),
        ("sunos5", "keyring"),
    ],
)
def test_the_fix_names_the_platform_store(platform: str, named: str) -> None:
    assert named in keyring_fix(platform)
