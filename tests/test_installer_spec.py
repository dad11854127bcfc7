"""The installer's choices, checked against the code without running PyInstaller (fast, static).

installer/bundle_contents.py decides what the frozen bundle holds; these tests fail when the app
starts importing something by name the bundle would miss, imports a Qt module the bundle leaves out,
or when the spec, the Windows script, the .desktop file and pyproject.toml stop agreeing on names.
Building and running the bundle itself is `python installer/build.py --smoke` (`./dev bundle`).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import plistlib
import re
import sys
import tarfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement

from packstation import resources
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _load(name: str) -> ModuleType:
    return load_script(INSTALLER / f"{name}.py")


contents = _load("bundle_contents")
build = _load("build")


def _app_sources() -> Iterator[tuple[Path, str]]:
    for path in sorted((ROOT / "packstation").rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


# --- What the app imports ----------------------------------------------------------------------


def test_every_module_imported_by_name_is_a_hidden_import() -> None:
    by_name = {
        (path.relative_to(ROOT), name)
        for path, text in _app_sources()
        for name in re.findall(r"import_module\(\s*[\"']([\w.]+)[\"']", text)
    }
    assert by_name, "the app imports pypdfium2, barcode and qrcode by name"
    missing = {(str(path), name) for path, name in by_name if name not in contents.HIDDEN_IMPORTS}
    assert not missing, "add these to HIDDEN_IMPORTS in installer/bundle_contents.py"


def test_the_hidden_imports_exist_here() -> None:
    for name in [*contents.HIDDEN_IMPORTS, *contents.HIDDEN_IMPORT_PACKAGES]:
        assert importlib.util.find_spec(name) is not None, name
    for package in contents.DATA_PACKAGES:
        assert importlib.util.find_spec(package) is not None, package


def test_the_qt_modules_the_app_imports_are_the_ones_kept() -> None:
    imported = {module for _, text in _app_sources() for module in re.findall(r"\bPySide6\.(Qt\w+)", text)}
    assert imported == set(contents.USED_QT_MODULES)
    assert not imported & set(contents.UNUSED_QT_MODULES)


def test_every_other_installed_qt_module_is_excluded() -> None:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None
    assert spec.submodule_search_locations is not None
    folder = Path(next(iter(spec.submodule_search_locations)))
    installed = {
        path.name.split(".")[0] for path in folder.iterdir() if re.match(r"Qt\w+\.(abi3\.so|pyd)$", path.name)
    }
    assert "QtWidgets" in installed
    unaccounted = installed - set(contents.USED_QT_MODULES) - set(contents.UNUSED_QT_MODULES)
    assert not unaccounted, "add these to UNUSED_QT_MODULES in installer/bundle_contents.py"
    for module in contents.UNUSED_QT_MODULES:
        assert f"PySide6.{module}" in contents.EXCLUDED_MODULES


def _runtime_distributions() -> set[str]:
    """packstation's dependencies and theirs (this platform's markers, no extras)."""
    seen: set[str] = set()
    todo = [Requirement(text) for text in PYPROJECT["project"]["dependencies"]]
    while todo:
        requirement = todo.pop()
        name = requirement.name.lower().replace("_", "-")
        if name in seen or (requirement.marker and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        try:
            todo += [Requirement(text) for text in importlib.metadata.requires(name) or []]
        except importlib.metadata.PackageNotFoundError:
            continue
    return seen


def test_development_tools_stay_out_of_the_bundle() -> None:
    # The bundle is built from the development venv: a test tool reachable through some optional
    # import (pydantic's mypy plugin, its hypothesis plugin) would otherwise ride along.
    runtime = _runtime_distributions()
    modules_of: dict[str, set[str]] = {}
    for module, distributions in importlib.metadata.packages_distributions().items():
        for distribution in distributions:
            modules_of.setdefault(distribution.lower().replace("_", "-"), set()).add(module)
    bundled = {
        Requirement(text).name.lower().replace("_", "-")
        for text in PYPROJECT["project"]["optional-dependencies"]["installer"]
    }
    for text in PYPROJECT["project"]["optional-dependencies"]["dev"]:
        name = Requirement(text).name.lower().replace("_", "-")
        if name in runtime or name in bundled or name.startswith("types-"):
            continue  # needed at run time (PyYAML by python-escpos), bundled on purpose (pyserial), or stubs
        modules = {module for module in modules_of.get(name, set()) if module.isidentifier()}
        assert modules, f"{name} is not installed here"
        assert modules <= set(contents.EXCLUDED_MODULES), f"exclude {sorted(modules)} ({name})"


def test_pyyaml_stays_because_python_escpos_needs_it() -> None:
    assert "pyyaml" in _runtime_distributions()
    assert "yaml" not in contents.EXCLUDED_MODULES


# --- Qt plugins and translations ---------------------------------------------------------------


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6\\translations\\qtbase_fr.qm",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/QtWidgets.abi3.so",
        "resources/sounds/success.wav",
        "pypdfium2_raw/libpdfium.so",
    ],
)
def test_what_the_app_needs_is_kept(dest: str) -> None:
    assert contents.wanted(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_server.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
    ],
)
def test_what_the_app_does_not_use_is_left_out(dest: str) -> None:
    assert not contents.wanted(dest)


def test_qt_translations_cover_every_shipped_language() -> None:
    for lang in ("nl", "de", "fr"):
        assert f"qtbase_{lang}.qm" in contents.KEPT_QT_TRANSLATIONS


@pytest.mark.parametrize(
    ("dest", "platform", "expected"),
    [
        ("libfontconfig.so.1", "linux", True),
        ("libX11.so.6", "linux", True),
        ("libxcb-icccm.so.4", "linux", True),
        ("libgcrypt.so.20", "linux", True),
        ("libfontconfig.so.1", "darwin", False),
        ("pillow.libs/libfreetype-57f805ba.so.6.20.6", "linux", False),  # Pillow's own copy
        ("libpython3.11.so.1.0", "linux", False),
        ("libstdc++.so.6", "linux", False),
        ("libssl.so.3", "linux", False),
        ("libffi.so.8", "linux", False),
        ("libQt6Gui.so.6", "linux", False),
    ],
)
def test_only_the_desktops_own_libraries_come_from_the_system(
    dest: str, platform: str, expected: bool
) -> None:
    assert contents.from_the_system(dest, platform) is expected


def test_libraries_only_dropped_plugins_used_are_dropped_too(tmp_path: Path) -> None:
    # Paths under a real folder: the function compares resolved paths (/lib may link to /usr/lib).
    def at(name: str) -> str:
        return os.path.realpath(tmp_path / name)

    links = {
        at("libqgtk3.so"): [at("libgtk-3.so.0"), at("libQt6Gui.so.6")],
        at("libgtk-3.so.0"): [at("libcairo.so.2"), at("libglib-2.0.so.0")],
        at("libqxcb.so"): [at("libQt6Gui.so.6"), at("libxcb.so.1")],
        at("libQt6Gui.so.6"): [at("libglib-2.0.so.0")],
    }
    kept = [
        (name, at(name))
        for name in [
            "libqxcb.so",
            "libQt6Gui.so.6",
            "libgtk-3.so.0",
            "libcairo.so.2",
            "libglib-2.0.so.0",
            "libxcb.so.1",
            # Loaded with ctypes by a kept module, linked by nothing: kept all the same.
            "libpdfium.so",
        ]
    ]
    orphans = contents.libraries_only_dropped_files_need(
        kept, [at("libqgtk3.so")], lambda path: links.get(path, [])
    )
    assert orphans == {at("libgtk-3.so.0"), at("libcairo.so.2")}


def test_links_to_files_left_out_are_dropped() -> None:
    toc = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/site/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"),
    ]
    kept = contents.without_dangling_links(toc, {"PySide6/Qt/lib/libQt6Gui.so.6"})
    assert [entry[0] for entry in kept] == ["libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"]


# --- Resources ----------------------------------------------------------------------------------


def test_resources_land_where_the_frozen_app_looks() -> None:
    assert contents.BUNDLE_RESOURCES == resources.BUNDLE_FOLDER
    files = dict(contents.resource_files(ROOT / "resources"))
    assert files[str(ROOT / "resources" / "sounds" / "success.wav")] == "resources/sounds"
    assert files[str(ROOT / "resources" / "icons" / "packstation-16.png")] == "resources/icons"
    assert not [path for path in files if path.endswith((".py", ".pyc"))]


# --- Names agree everywhere ---------------------------------------------------------------------


def test_the_executables_are_the_projects_commands() -> None:
    scripts = PYPROJECT["project"]["scripts"]
    gui_scripts = PYPROJECT["project"]["gui-scripts"]
    for platform in ("win32", "darwin", "linux"):
        names = [name for name, _ in contents.executables(platform)]
        assert names[0] == PYPROJECT["project"]["name"] == "packstation"
        for name, console in contents.executables(platform):
            assert name in (scripts if console else {**scripts, **gui_scripts})
    assert contents.executables("win32") == [("packstation", True), ("packstation-gui", False)]
    assert contents.executables("linux") == [("packstation", True)]
    assert build.executable(Path("b"), "win32") == Path("b/packstation.exe")
    assert build.executable(Path("b"), "darwin") == Path("b/Contents/MacOS/packstation")


def test_the_spec_reads_name_and_version_from_pyproject() -> None:
    spec = (INSTALLER / "packstation.spec").read_text(encoding="utf-8")
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec
    assert PYPROJECT["project"]["version"] not in spec
    assert "contents.executables(sys.platform)" in spec
    assert 'contents.resource_files(ROOT / "resources")' in spec


def test_the_windows_installer_starts_the_windowed_executable() -> None:
    script = (INSTALLER / "windows" / "packstation.iss").read_text(encoding="utf-8")
    app_id = re.search(r"^AppId=\{\{([0-9A-F-]+)\}", script, re.MULTILINE)
    assert app_id is not None, "a fixed AppId: upgrades find the installed copy by it"
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", app_id.group(1))
    windowed = [name for name, console in contents.executables("win32") if not console]
    assert f'Filename: "{{app}}\\{windowed[0]}.exe"' in script
    assert "PrivilegesRequired=admin" in script  # per machine
    assert 'Source: "..\\..\\dist\\packstation\\*"' in script


def test_the_linux_desktop_file_names_the_executable_and_icon() -> None:
    entry = dict(
        line.split("=", 1)
        for line in (INSTALLER / "linux" / "packstation.desktop").read_text(encoding="utf-8").splitlines()
        if "=" in line and not line.startswith("#")
    )
    assert entry["Exec"].split()[0] == contents.executables("linux")[0][0]
    assert entry["Icon"] == "packstation"
    assert entry["Type"] == "Application"


def test_the_macos_bundle_metadata() -> None:
    with (INSTALLER / "macos" / "Info.plist").open("rb") as file:
        plist = plistlib.load(file)
    assert plist["CFBundleIdentifier"] == "com.packstation.app"
    assert plist["CFBundleName"] == "Packstation"
    assert build.bundle_path(Path("dist"), "darwin") == Path(f"dist/{plist['CFBundleName']}.app")
    assert (ROOT / "resources" / "icons" / "packstation.icns").is_file()


# --- build.py's own pieces ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parsed"),
    [
        ("READY 0.84\n", ("READY", 0.84)),
        ("STATION-READY 1.25", ("STATION-READY", 1.25)),
        ("READY", ("READY", None)),
        ("Training mode: READY soon", None),
        ("READY-ish 1", None),
    ],
)
def test_ready_lines_are_recognised(line: str, parsed: tuple[str, float | None] | None) -> None:
    assert build.parse_ready_line(line) == parsed


def test_the_tarball_holds_the_bundle_desktop_file_and_hicolor_icons(tmp_path: Path) -> None:
    bundle = tmp_path / "packstation"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "packstation").write_bytes(b"\x7fELF")
    (bundle / "packstation").chmod(0o755)
    tarball = build.make_tarball(bundle, tmp_path, "9.8.7", machine="x86_64")
    assert tarball.name == "packstation-9.8.7-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = "packstation-9.8.7"
    assert members[f"{top}/packstation/packstation"].mode & 0o111
    assert members[f"{top}/install.sh"].mode & 0o111
    assert f"{top}/share/applications/packstation.desktop" in members
    assert f"{top}/share/icons/hicolor/scalable/apps/packstation.svg" in members
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"{top}/share/icons/hicolor/{size}x{size}/apps/packstation.png" in members
    assert build.size_mb(bundle) == 0.0


def test_the_smoke_environment_is_offscreen_on_its_own_station(tmp_path: Path) -> None:
    env = build.smoke_environment(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["PACKSTATION_HOME"] == str(tmp_path)
    assert "PYTHONPATH" not in env


# --- The frozen app's environment for the programs it starts -----------------------------------

frozen_environment = _load("frozen_environment")


def test_programs_started_by_the_frozen_app_get_the_systems_library_path() -> None:
    environ = {
        "LD_LIBRARY_PATH": "/opt/packstation/_internal:/usr/local/lib",
        "LD_LIBRARY_PATH_ORIG": "/usr/local/lib",
        "QT_PLUGIN_PATH": "/opt/packstation/_internal/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": "/opt/packstation/_internal/PySide6/Qt/qml",
        "HOME": "/home/packer",
    }
    frozen_environment.restore_for_child_processes(environ, "linux")
    assert environ == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/home/packer"}


def test_a_library_path_only_the_bootloader_set_is_removed() -> None:
    environ = {"LD_LIBRARY_PATH": "/opt/packstation/_internal", "PATH": "/usr/bin"}
    frozen_environment.restore_for_child_processes(environ, "linux")
    assert environ == {"PATH": "/usr/bin"}


def test_windows_keeps_its_path_and_loses_only_the_qt_variables() -> None:
    environ = {"PATH": "C:\\Packstation\\_internal;C:\\Windows", "QT_PLUGIN_PATH": "C:\\Packstation\\plugins"}
    frozen_environment.restore_for_child_processes(environ, "win32")
    assert environ == {"PATH": "C:\\Packstation\\_internal;C:\\Windows"}


def test_the_frozen_entry_point_puts_the_environment_right_before_the_app_starts() -> None:
    entry = (INSTALLER / "entry.py").read_text(encoding="utf-8")
    assert entry.index("restore_for_child_processes(os.environ") < entry.index("from packstation.cli import")


# --- build.py's smoke steps, run on stand-in programs (a real frozen app is ./dev bundle's job) ---


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_startup_is_timed_to_the_ready_lines(tmp_path: Path) -> None:
    command = _python("print('starting'); print('READY 0.25', flush=True); print('STATION-READY 0.5')")
    times = build.measure_startup(command, tmp_path, timeout=60)
    assert times is not None
    assert times.app_ready_s == 0.25
    assert times.station_ready_s is not None
    assert times.station_ready_s >= times.ready_s > 0


def test_an_app_without_the_ready_flag_is_reported_as_such(tmp_path: Path) -> None:
    command = _python(
        "import sys; sys.stderr.write('error: unrecognized arguments: --quit-when-ready'); sys.exit(2)"
    )
    assert build.measure_startup(command, tmp_path, timeout=60) is None


def test_an_app_that_never_gets_ready_fails_the_smoke_test(tmp_path: Path) -> None:
    with pytest.raises(build.SmokeFailure, match="did not exit within"):
        build.measure_startup(_python("import time; time.sleep(60)"), tmp_path, timeout=0.5)
    with pytest.raises(build.SmokeFailure, match="exited 3"):
        build.measure_startup(_python("import sys; sys.exit(3)"), tmp_path, timeout=60)


def test_a_self_test_must_print_a_label(tmp_path: Path) -> None:
    printed = _python("print('  received   1234 bytes at the virtual printer')")
    assert build.run_self_test(printed, tmp_path / "a", timeout=60) >= 0
    with pytest.raises(build.SmokeFailure, match="no label reached"):
        build.run_self_test(_python("pass"), tmp_path / "b", timeout=60)
    with pytest.raises(build.SmokeFailure, match="no label reached"):
        build.run_self_test(
            _python("print('  received   0 bytes at the virtual printer')"), tmp_path / "d", timeout=60
        )
    with pytest.raises(build.SmokeFailure, match="exited 1"):
        build.run_self_test(_python("raise SystemExit(1)"), tmp_path / "c", timeout=60)


def test_the_goals_are_reported() -> None:
    assert build.goals({"bundle_mb": 148.0, "ready_s": 0.3}) == "met"
    assert build.goals({"bundle_mb": 151.2, "ready_s": 2.5}) == (
        "missed: bundle 151.2 MB >= 150 MB; ready-to-scan 2.5 s >= 2 s"
    )
    assert build.goals({"bundle_mb": 120.0, "ready_s": None}) == "met"  # an app without the flag


def test_the_bundle_must_hold_a_compiled_translation_for_each_source(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    for name in ("packstation_de.ts", "packstation_nl.ts", "packstation_de.qm", "notes.txt"):
        (tmp_path / "translations" / name).write_text("", encoding="utf-8")
    expected = build.expected_resources(tmp_path)
    assert "translations/packstation_de.qm" in expected
    assert "translations/packstation_nl.qm" in expected  # not built yet: the smoke test will say so
    assert not [name for name in expected if name.endswith(".ts")]
    assert "sounds/success.wav" in expected


def test_translation_sources_and_generators_stay_out_of_the_bundle(tmp_path: Path) -> None:
    for name in ("translations/packstation_de.ts", "translations/packstation_de.qm", "make_icons.py",
                 "__pycache__/make_icons.cpython-311.pyc", "themes/light.qss"):  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    bundled = sorted(f"{folder}/{Path(source).name}" for source, folder in contents.resource_files(tmp_path))
    assert bundled == ["resources/themes/light.qss", "resources/translations/packstation_de.qm"]
