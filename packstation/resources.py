"""Finds the files of the top-level `resources/` folder (sounds, later icons and translations).

One function, `resource_path`, answers for every way the app runs:

- a PyInstaller bundle: the spec copies `resources/` to `<bundle>/resources` (`sys._MEIPASS`);
- an installed wheel: setuptools ships `resources/` as the data-only package
  `packstation._resources` (see `[tool.setuptools.package-dir]` in pyproject.toml), the folder
  `_resources` beside this file in site-packages;
- a source checkout or an editable install: the `resources/` folder next to the `packstation/`
  package (and pyproject.toml).

The first copy found wins, in that order.

No Qt here: the CLI and the tests use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

# Where a wheel puts the `resources/` folder: the data-only package `packstation._resources`
# (pyproject.toml, [tool.setuptools] packages and package-dir).
INSTALLED_FOLDER = "_resources"
# The folder name inside a PyInstaller bundle (installer spec: `datas=[("resources", "resources")]`).
BUNDLE_FOLDER = "resources"
# The folder in a source checkout, beside `packstation/`.
CHECKOUT_FOLDER = "resources"


def _checked_relative(relative: str) -> PurePosixPath:
    """`relative` as a path inside the resources folder; absolute paths and `..` are refused."""
    path = PurePosixPath(relative.replace("\\", "/"))
    if not path.parts or path.is_absolute() or ".." in path.parts or ":" in path.parts[0]:
        raise ValueError(f"not a path inside resources/: {relative!r}")
    return path


def resource_roots() -> list[Path]:
    """Where resources may live, most specific first. Only folders that exist are returned."""
    roots: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        roots.append(Path(bundle) / BUNDLE_FOLDER)
    # Wheels are installed unpacked, so the data-only package is a real folder beside this file.
    # Not `importlib.resources`: its import alone costs ~2.5 ms of the packing window's start-up
    # (bench/startup.py), and we ship no zip imports, where it would be needed.
    package = Path(__file__).resolve().parent
    roots.append(package / INSTALLED_FOLDER)
    # A source checkout (editable installs import from one too). pyproject.toml must sit beside
    # it, so an installed copy never picks up some other distribution's top-level `resources/`.
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file():
        roots.append(checkout / CHECKOUT_FOLDER)
    return [root for root in dict.fromkeys(roots) if root.is_dir()]


def resource_path(relative: str) -> Path:
    """The file `relative` (e.g. ``"sounds/success.wav"``) of the resources folder.

    Raises `FileNotFoundError` naming every place looked in when no copy exists, and `ValueError`
    for a path that would leave the folder.
    """
    parts = _checked_relative(relative).parts
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(root) for root in roots) or "no resources folder was found"
    raise FileNotFoundError(f"resource {relative!r} not found (looked in: {looked})")


def read_resource_bytes(relative: str) -> bytes:
    """The contents of `resource_path(relative)`."""
    return resource_path(relative).read_bytes()
