"""The API keys and a lead PIN through a real, on-disk OS keyring: Secret Service (gnome-keyring).

Each `dbus-run-session` below is a private session bus with its own gnome-keyring-daemon, whose
`login` keyring is unlocked with a throwaway password and kept under a temporary XDG_DATA_HOME.
The first session stores the keys and a PIN through `packstation.credentials`/`packstation.station.roles`
with whatever backend `keyring` picks on its own (it must pick Secret Service); a second session,
a new daemon reading the same file (a restart), reads them back. Then every file the daemon wrote
is searched for the secrets in clear and in Base64: gnome-keyring encrypts its keyring file.

`./dev` installs gnome-keyring and dbus on Debian and Ubuntu, so on those this test runs (in CI
too); it skips only on other systems, where no Secret Service daemon can be started this way.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.keyring_real

PUBLIC_KEY = "pk_REALKEYRING_5b0e2f9a1c"
SECRET_KEY = "sk_REALKEYRING_d41c8e77f30b6a"
PIN = "90817263"
KEYRING_PASSWORD = "unlock-for-test"  # the throwaway login-keyring password of the private daemon

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import keyring
    from packstation.credentials import ApiCredentials, keyring_backend, load_credentials, save_credentials
    from packstation.station.roles import PinStore

    phase, public, secret, pin = sys.argv[1:5]
    backend = keyring_backend()  # what keyring picked by itself: no set_keyring here
    store = PinStore()
    if phase == "store":
        save_credentials(ApiCredentials(public, secret))
        store.set_first_pin("Sam", pin)
    found = load_credentials({})
    print(json.dumps({
        "backend": type(backend).__module__ + "." + type(backend).__name__,
        "keys_match": found == ApiCredentials(public, secret),
        "lead": store.verify("Sam", pin).name,
    }))
    """
)


def _tools_or_skip() -> None:
    missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
    if not missing:
        return
    if sys.platform.startswith("linux") and shutil.which("dpkg"):
        pytest.fail(f"{', '.join(missing)} missing: `./dev setup` installs gnome-keyring and dbus on Debian")
    pytest.skip(f"no Secret Service daemon can be started here ({', '.join(missing)} not found)")


def _run_session(home: Path, script: Path, phase: str) -> dict[str, object]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "GNOME_KEYRING_CONTROL"}
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),  # no keyringrc.cfg of the developer's
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PACKSTATION_HOME=str(home / "station"),
    )
    command = (
        f"echo {KEYRING_PASSWORD} | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f'"{sys.executable}" "{script}" {phase} {PUBLIC_KEY} {SECRET_KEY} {PIN}'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_keys_and_pin_live_encrypted_in_the_secret_service_keyring(tmp_path: Path) -> None:
    _tools_or_skip()
    home = tmp_path / "home"
    home.mkdir()
    script = tmp_path / "keyring_roundtrip.py"
    script.write_text(SCRIPT)
    stored = _run_session(home, script, "store")
    reread = _run_session(home, script, "read")  # a new daemon on the same file: a restart
    for result in (stored, reread):
        assert result == {
            "backend": "keyring.backends.SecretService.Keyring",
            "keys_match": True,
            "lead": "Sam",
        }
    written = [path for path in home.rglob("*") if path.is_file()]
    keyrings = [path for path in written if path.suffix == ".keyring"]
    assert keyrings, f"gnome-keyring wrote no keyring file: {written}"
    needles = [
        needle
        for secret in (PUBLIC_KEY, SECRET_KEY, PIN)
        for needle in (secret.encode(), base64.b64encode(secret.encode()))
    ]
    needles.append(base64.b64encode(f"{PUBLIC_KEY}:{SECRET_KEY}".encode()))
    for path in written:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"{needle!r} in clear in {path}"
    assert not (home / "station").exists()  # nothing went to the station's folders
