"""Builds the one-folder Packstation bundle for this platform into dist/, and checks it.

    python installer/build.py                 build dist/packstation (dist/Packstation.app on macOS)
    python installer/build.py --smoke         ... then run the frozen app: --self-test, start-up time
    python installer/build.py --tarball       ... then pack dist/packstation-<version>-linux-<arch>.tar.gz
    python installer/build.py --no-build --smoke   check a bundle built before

Needs the `installer` extra (`pip install -e '.[installer]'`, or `./dev bundle`, which does both).

The smoke test runs the frozen executable the way a station would, but offscreen
(QT_QPA_PLATFORM=offscreen) with a throw-away PACKSTATION_HOME:
1. `packstation --version` answers with pyproject.toml's version (the package metadata is bundled);
2. `packstation --self-test` (training mode: embedded simulator and virtual printer, in a scratch
   training folder it removes afterwards) ships one seeded order, exits 0 and says how many bytes
   of the label reached the virtual printer;
3. `packstation --training --quit-when-ready` opens the packing window and exits once it takes
   scans; the time from spawn to its READY line is the frozen start-up time. Skipped (reported as
   null) when the bundled app does not have that flag;
4. Linux: every library in the bundle resolves (`ldd`), so no needed file was left out;
5. Linux with `xvfb-run` installed: step 3 again on a virtual X server (the xcb plugin), `xcb_ready_s`.

The last line printed is one JSON object: bundle size (MB, the files' sizes added up), build time,
the frozen --self-test time and the start-up times, each beside the same run from source in the
build venv (`source_*`, `python -m packstation`): the baseline the frozen figures compare to.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "packstation.spec"
LINUX_FILES = ROOT / "installer" / "linux"
ICONS = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The goals; reported, not enforced (a miss is a finding to act on, not a broken build).
GOAL_BUNDLE_MB = 150.0
GOAL_READY_S = 2.0
READY_LINE = re.compile(r"^(READY|STATION-READY)(?:\s+(\d+(?:\.\d+)?))?\s*$")
SELF_TEST_PRINTED = re.compile(r"^\s*received\s+(\d+) bytes at the virtual printer$", re.MULTILINE)


class SmokeFailure(Exception):
    """The frozen app did not do what the smoke test asked of it."""


def project() -> dict[str, str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        data = tomllib.load(file)["project"]
    return {"name": data["name"], "version": data["version"]}


def bundle_path(dist: Path, platform_name: str = sys.platform) -> Path:
    """The folder the spec builds: the .app on macOS, else dist/packstation."""
    if platform_name == "darwin":
        return dist / "Packstation.app"
    return dist / project()["name"]


def executable(bundle: Path, platform_name: str = sys.platform) -> Path:
    """The console executable in `bundle` (the one that prints)."""
    name = project()["name"]
    if platform_name == "darwin":
        return bundle / "Contents" / "MacOS" / name
    if platform_name == "win32":
        return bundle / f"{name}.exe"
    return bundle / name


def size_mb(folder: Path) -> float:
    """The sizes of the files under `folder` added up, in MB (10^6 bytes); links count as links."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())
    return round(total / 1e6, 1)


def prepare_resources() -> None:
    """Makes the resources that are built rather than committed (the .qm translations, from their
    .ts sources), so a bundle built without `./dev setup` (Windows, macOS) has them too."""
    script = ROOT / "resources" / "make_translations.py"
    if script.is_file():
        subprocess.run([sys.executable, str(script)], cwd=ROOT, check=True)  # noqa: S603 - our script


def build(dist: Path, work: Path) -> float:
    """Runs PyInstaller on the spec; returns the seconds it took."""
    prepare_resources()
    started = time.perf_counter()
    subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    return round(time.perf_counter() - started, 1)


def smoke_environment(home: Path, qt_platform: str = "offscreen") -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM=qt_platform, PACKSTATION_HOME=str(home))
    # The frozen app must not find the checkout's packages or the build venv's through these.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    return env


def check_version(exe: Path, timeout: float) -> None:
    expected = f"{project()['name']} {project()['version']}"
    result = subprocess.run(  # noqa: S603 - the bundle just built
        [str(exe), "--version"], capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0 or result.stdout.strip() != expected:
        raise SmokeFailure(
            f"--version said {result.stdout.strip()!r} (exit {result.returncode}), not {expected!r}"
        )


def run_self_test(command: Sequence[str], home: Path, timeout: float) -> float:
    """`<command> --self-test` on a fresh station folder; returns its wall time in seconds."""
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - the bundle just built
        [*command, "--self-test"],
        check=False,
        env=smoke_environment(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    seconds = time.perf_counter() - started
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SmokeFailure(f"--self-test exited {result.returncode}")
    # The self-test works in a scratch folder it removes, so the proof is what the printer received.
    received = SELF_TEST_PRINTED.search(result.stdout)
    if received is None or int(received.group(1)) == 0:
        raise SmokeFailure("--self-test exited 0 but no label reached the virtual printer")
    return round(seconds, 2)


@dataclass(frozen=True)
class StartupTimes:
    ready_s: float  # spawn to the READY line (the window takes scans), measured here
    station_ready_s: float | None  # spawn to STATION-READY (station open), measured here
    app_ready_s: float | None  # the app's own figure on its READY line


def parse_ready_line(line: str) -> tuple[str, float | None] | None:
    """("READY" | "STATION-READY", the app's seconds or None) for a ready line, else None."""
    match = READY_LINE.match(line.strip())
    if match is None:
        return None
    return match.group(1), float(match.group(2)) if match.group(2) else None


def measure_startup(
    command: Sequence[str], home: Path, timeout: float, qt_platform: str = "offscreen"
) -> StartupTimes | None:
    """Spawn to READY / STATION-READY of `--training --quit-when-ready`; None without that flag."""
    seen: dict[str, tuple[float, float | None]] = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stderr:  # a file: a full pipe would block it
        started = time.perf_counter()
        with subprocess.Popen(  # noqa: S603 - the bundle just built
            [*command, "--training", "--quit-when-ready"],
            env=smoke_environment(home, qt_platform),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as process:

            def read_lines() -> None:  # on a thread, so each line is timed as it arrives
                assert process.stdout is not None
                for line in process.stdout:
                    parsed = parse_ready_line(line)
                    if parsed is not None:
                        seen.setdefault(parsed[0], (time.perf_counter() - started, parsed[1]))

            reader = threading.Thread(target=read_lines, daemon=True)
            reader.start()
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise SmokeFailure(f"--quit-when-ready did not exit within {timeout:g} s") from None
            finally:
                reader.join(timeout=5)
        stderr.seek(0)
        errors = stderr.read()
    if process.returncode == 2 and "--quit-when-ready" in errors:
        return None  # an app from before the flag: "unrecognized arguments"
    if process.returncode != 0 or "READY" not in seen:
        raise SmokeFailure(
            f"--quit-when-ready exited {process.returncode} after {sorted(seen)}: {errors[-2000:]}"
        )
    station = seen.get("STATION-READY")
    return StartupTimes(
        ready_s=round(seen["READY"][0], 2),
        station_ready_s=round(station[0], 2) if station else None,
        app_ready_s=seen["READY"][1],
    )


def unresolved_libraries(bundle: Path) -> list[str]:
    """Linux: "file: library" for every library a bundled ELF file links to that `ldd` cannot find."""
    missing: list[str] = []
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or not (".so" in path.name or os.access(path, os.X_OK)):
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        # ldd from PATH, as a person would run it; it only reads the file. A library's siblings in its
        # own folder count as found: the libraries a wheel vendors (`hidapi.libs/`) load each other
        # through the extension's RPATH, which ldd on one of them alone does not see.
        result = subprocess.run(  # noqa: S603
            ["ldd", str(path)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "LD_LIBRARY_PATH": str(path.parent)},
        )
        missing += [
            f"{path.relative_to(bundle)}: {line.split()[0]}"
            for line in result.stdout.splitlines()
            if "not found" in line
        ]
    return missing


def expected_resources(resources: Path = ROOT / "resources") -> list[str]:
    """Files the bundle's resources/ folder must hold: a sound, icons, and the compiled .qm of
    every translation source."""
    expected = ["sounds/success.wav", "icons/packstation-16.png", "icons/packstation-256.png"]
    expected += [
        source.with_suffix(".qm").relative_to(resources).as_posix()
        for source in sorted(resources.glob("translations/*.ts"))
    ]
    return expected


def check_resources(bundle: Path) -> None:
    """The spec copied resources/ where packstation.resources.resource_path looks when frozen."""
    for relative in expected_resources():
        if not any(bundle.rglob(f"resources/{relative}")):
            raise SmokeFailure(f"resources/{relative} is missing from {bundle}")


def make_tarball(bundle: Path, dist: Path, version: str, machine: str | None = None) -> Path:
    """The Linux tarball: the bundle, the .desktop file, the icons in the hicolor layout and
    installer/linux/install.sh, under one top folder packstation-<version>/."""
    name = project()["name"]
    top = f"{name}-{version}"
    tarball = dist / f"{top}-linux-{machine or platform.machine()}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(bundle, arcname=f"{top}/{name}")
        archive.add(LINUX_FILES / "install.sh", arcname=f"{top}/install.sh")
        archive.add(LINUX_FILES / "packstation.desktop", arcname=f"{top}/share/applications/{name}.desktop")
        for size in HICOLOR_SIZES:
            archive.add(
                ICONS / f"packstation-{size}.png",
                arcname=f"{top}/share/icons/hicolor/{size}x{size}/apps/{name}.png",
            )
        archive.add(ICONS / "packstation.svg", arcname=f"{top}/share/icons/hicolor/scalable/apps/{name}.svg")
    return tarball


def goals(report: dict[str, object]) -> str:
    """ "met", or what missed the bundle-size and start-up goals."""
    missed = []
    size, ready = report.get("bundle_mb"), report.get("ready_s")
    if isinstance(size, float) and size >= GOAL_BUNDLE_MB:
        missed.append(f"bundle {size} MB >= {GOAL_BUNDLE_MB:g} MB")
    if isinstance(ready, float) and ready >= GOAL_READY_S:
        missed.append(f"ready-to-scan {ready} s >= {GOAL_READY_S:g} s")
    return "missed: " + "; ".join(missed) if missed else "met"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="run the frozen app offscreen and time it")
    parser.add_argument("--tarball", action="store_true", help="Linux: pack the bundle into a tarball")
    parser.add_argument("--no-build", action="store_true", help="use the bundle already in --dist")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds each frozen run may take")
    args = parser.parse_args(argv)

    report: dict[str, object] = {"platform": sys.platform, "version": project()["version"]}
    if not args.no_build:
        report["build_s"] = build(args.dist, args.work)
    bundle = bundle_path(args.dist)
    if not bundle.is_dir():
        parser.error(f"no bundle at {bundle}: build it first")
    report["bundle"] = str(bundle.relative_to(ROOT) if bundle.is_relative_to(ROOT) else bundle)
    report["bundle_mb"] = size_mb(bundle)

    try:
        if args.smoke:
            exe = executable(bundle)
            check_resources(bundle)
            check_version(exe, args.timeout)
            # The same runs from source in the same venv: the baseline the frozen times compare to.
            for prefix, command in (("", [str(exe)]), ("source_", [sys.executable, "-m", "packstation"])):
                with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as home:
                    report[f"{prefix}self_test_s"] = run_self_test(command, Path(home), args.timeout)
                with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as home:
                    times = measure_startup(command, Path(home), args.timeout)
                report[f"{prefix}ready_s"] = times.ready_s if times else None
                report[f"{prefix}station_ready_s"] = times.station_ready_s if times else None
                report[f"{prefix}app_ready_s"] = times.app_ready_s if times else None
            if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
                # A real X server (virtual) where there is one: the bundled xcb plugin shows the window.
                with tempfile.TemporaryDirectory(prefix="packstation-smoke-") as home:
                    xcb = measure_startup(["xvfb-run", "-a", str(exe)], Path(home), args.timeout, "xcb")
                report["xcb_ready_s"] = xcb.ready_s if xcb else None
            if sys.platform.startswith("linux") and shutil.which("ldd"):
                missing = unresolved_libraries(bundle)
                if missing:
                    raise SmokeFailure("libraries not found: " + ", ".join(missing))
            report["smoke"] = "passed"
            report["goals"] = goals(report)
    except (SmokeFailure, subprocess.TimeoutExpired) as failure:
        report["smoke"] = f"FAILED: {failure}"
        sys.stdout.write(json.dumps(report) + "\n")
        return 1

    if args.tarball:
        if not sys.platform.startswith("linux"):
            parser.error("--tarball packs the Linux bundle; build it on Linux")
        tarball = make_tarball(bundle, args.dist, project()["version"])
        report["tarball"] = str(tarball.relative_to(ROOT) if tarball.is_relative_to(ROOT) else tarball)
        report["tarball_mb"] = round(tarball.stat().st_size / 1e6, 1)
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
