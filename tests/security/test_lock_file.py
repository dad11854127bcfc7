"""Item 12: the floors shut out known-vulnerable releases; the bundle is built from a hashed lock.

`./dev bundle` (run by CI) installs installer/requirements.lock with `--require-hashes`, which proves
the hashes; these tests prove the lock still fits pyproject.toml, without asking any index (a new
release upstream must not turn CI red on its own).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "installer" / "requirements.lock"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _locked() -> dict[str, tuple[Version, int]]:
    """name → (pinned version, number of hashes)."""
    pins: dict[str, tuple[Version, int]] = {}
    current: str | None = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        pin = _PIN.match(line)
        if pin:
            current = _name(pin[1])
            pins[current] = (Version(pin[2]), 0)
        elif current and "--hash=sha256:" in line:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def _bundled_requirements() -> list[Requirement]:
    project = PYPROJECT["project"]
    return [
        Requirement(text)
        for text in (*project["dependencies"], *project["optional-dependencies"]["installer"])
    ]


def test_every_pin_is_exact_and_hashed() -> None:
    pins = _locked()
    assert len(pins) > 20
    assert [name for name, (_version, hashes) in pins.items() if hashes == 0] == []


def test_the_lock_satisfies_every_requirement_of_the_bundle() -> None:
    pins = _locked()
    for requirement in _bundled_requirements():
        name = _name(requirement.name)
        assert name in pins, f"{name} is not in the lock: run ./dev lock"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), (
            f"{name} {pins[name][0]} does not satisfy {requirement.specifier}: run ./dev lock"
        )


def test_the_security_floors_are_in_place() -> None:
    floors = {_name(r.name): r.specifier for r in _bundled_requirements()}
    for name, vulnerable in {
        "pillow": "10.0.0",
        "httpx": "0.27.0",
        "h11": "0.14.0",
        "certifi": "2024.2.2",
        "idna": "3.6",
    }.items():
        assert not floors[name].contains(vulnerable), f"{name} still allows {vulnerable}"
