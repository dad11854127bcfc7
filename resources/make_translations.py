"""Builds the GUI's translations: `.ts` sources (committed) → `.qm` files (built, not committed).

    python resources/make_translations.py            compile translations/*.ts to *.qm (only stale ones)
    python resources/make_translations.py --force    compile every .qm again
    python resources/make_translations.py --update   refresh every .ts from the Python sources, then compile

`--update` runs Qt's `lupdate` over every `.py` file under `packstation/`: new strings enter each
`.ts` as unfinished, strings gone from the code are dropped (git keeps their old translations). Then
translate the unfinished ones (Qt Linguist: `pyside6-linguist`, or any XML editor) and run the script
again. `tests/qt/test_i18n.py` fails while any string of the code has no finished translation.

Both tools ship in the PySide6-Essentials wheel (`PySide6/lupdate`, `PySide6/lrelease`; the
`pyside6-lupdate` and `pyside6-lrelease` commands are wrappers around them), so nothing else is
installed. `./dev setup` runs the compile step; the installer build must run it before bundling.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOURCES_DIR = RESOURCES_DIR.parent / "packstation"
PREFIX = "packstation"
# Fully translated languages. English is the source language: its file holds only the plural
# forms ("1 label" / "2 labels" instead of "label(s)"), which lupdate makes with -pluralonly.
TRANSLATED = ("nl", "de", "fr")
SOURCE_LANGUAGE = "en"
LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATED)


def ts_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"{PREFIX}_{language}.qm"


def qt_tool(name: str) -> Path:
    """Qt's `lupdate` or `lrelease` from the PySide6 wheel (where its pyside6-* wrappers look)."""
    import PySide6

    executable = name + (".exe" if sys.platform == "win32" else "")
    candidate = Path(PySide6.__file__).resolve().parent / executable
    if candidate.is_file():
        return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"Qt's {name} was not found: install PySide6-Essentials (./dev setup)")
    return Path(found)


def python_sources(root: Path = SOURCES_DIR) -> list[Path]:
    """Every Python file lupdate reads (it only takes .py files when they are named one by one)."""
    return sorted(path for path in root.rglob("*.py") if "__pycache__" not in path.parts)


def update(folder: Path = TRANSLATIONS_DIR, sources: Sequence[Path] | None = None) -> None:
    """Merge the strings of `sources` into every `.ts` of `folder` (making missing ones)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in (python_sources() if sources is None else sources)]
    with tempfile.TemporaryDirectory() as scratch:
        # An @list file: the sources named one by one would overflow a Windows command line one day.
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(files) + "\n", encoding="utf-8")
        for language in LANGUAGES:
            # No source locations: line numbers would churn every .ts on every edit of the code.
            command = [str(qt_tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete"]
            if language == SOURCE_LANGUAGE:
                command.append("-pluralonly")
            command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
            command += [f"@{listing}", "-ts", str(ts_path(language, folder))]
            # Our own tool and our own paths: nothing here comes from outside the checkout.
            subprocess.run(command, check=True)  # noqa: S603


def compile_all(
    folder: Path = TRANSLATIONS_DIR, out: Path | None = None, *, force: bool = False
) -> list[Path]:
    """Compile each `.ts` of `folder` to `.qm` in `out` (default: beside it); returns what was written.

    A `.qm` newer than its `.ts` is left alone unless `force`, so `./dev setup` stays instant.
    """
    out = folder if out is None else out
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in LANGUAGES:
        source, target = ts_path(language, folder), qm_path(language, out)
        if not source.is_file():
            raise FileNotFoundError(f"{source} is missing: run {Path(__file__).name} --update")
        if not force and target.is_file() and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            continue
        # -removeidentical is not used: a translation equal to its source ("Status", "OK") is a
        # real translation, and dropping it would make the German file fall back to nothing.
        lrelease = [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)]
        subprocess.run(lrelease, check=True)  # noqa: S603
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    parser.add_argument("--force", action="store_true", help="compile even the .qm files that look current")
    parser.add_argument("--ts-dir", type=Path, default=TRANSLATIONS_DIR, help="folder of the .ts files")
    parser.add_argument("--out", type=Path, default=None, help="folder for the .qm files (default: --ts-dir)")
    options = parser.parse_args(argv)
    try:
        if options.update:
            update(options.ts_dir)
        compile_all(options.ts_dir, options.out, force=options.force or options.update)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"make_translations: {error}", file=sys.stderr)  # noqa: T201
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
