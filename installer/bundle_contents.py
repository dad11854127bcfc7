"""What goes into the frozen bundle and what is left out: the tables installer/packstation.spec uses.

Plain Python without PyInstaller, so tests/test_installer_spec.py can check these choices against the
code in milliseconds (the tests never run PyInstaller). Paths are the files' places inside the
bundle as PyInstaller names them ("PySide6/Qt/plugins/platforms/libqxcb.so" on Linux,
"PySide6\\plugins\\platforms\\qwindows.dll" on Windows).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# packstation.resources.BUNDLE_FOLDER (not imported: the spec runs without the app on sys.path).
BUNDLE_RESOURCES = "resources"
# Files of resources/ that make other files and are not read by the app.
SOURCE_SUFFIXES = {".py", ".pyc", ".ts"}

# Modules imported by name at run time (importlib.import_module, or inside a function), which
# PyInstaller's import scan does not see.
HIDDEN_IMPORTS = [
    "pypdfium2",  # packstation.printing.raster: importlib.import_module("pypdfium2")
    "barcode",  # packstation.printing.calibration: importlib.import_module("barcode")
    "barcode.writer",
    "qrcode",  # packstation.printing.calibration: importlib.import_module("qrcode")
    "qrcode.image.pil",
    "escpos.printer",  # packstation.printing.transports: imported lazily (it configures logging)
]
# Packages whose submodules are all hidden imports: escpos picks a printer class by URL, keyring
# picks its backend at run time (SecretService/libsecret on Linux, Windows, macOS).
HIDDEN_IMPORT_PACKAGES = ["escpos.printer", "keyring.backends"]
# Printer transports that exist only when their library is installed where the bundle is built
# (the `installer` extra brings pyusb, the app pyserial and hidapi; pywin32 on Windows). pycups is
# excluded below.
OPTIONAL_IMPORTS = [
    "usb.core",
    "usb.util",
    "usb.backend.libusb1",
    "serial",
    "win32print",
    "pywintypes",
    # USB HID POS scales (packstation.scales.hid_pos imports the one of its platform by name).
    "hidraw",
    "hid",
]
# Packages whose data files are read at run time.
DATA_PACKAGES = [
    "escpos",  # capabilities.json, read when escpos.printer is imported
    "barcode",  # python-barcode's font for the human-readable line
]
# Distributions whose metadata is read at run time: keyring finds backends through entry points,
# packstation.__version__ comes from the installed metadata.
METADATA_DISTRIBUTIONS = ["keyring", "packstation"]

# The Qt modules the app imports (everything under packstation/qt/); the other PySide6 modules are
# excluded so nothing drags one in.
USED_QT_MODULES = ["QtCore", "QtGui", "QtWidgets"]
UNUSED_QT_MODULES = [
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtNetwork", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtSql", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtUiTools", "QtXml",
]  # fmt: skip
# Development tools installed beside the app (`.[dev]`) that some runtime package can reach through
# an optional import (pydantic's mypy plugin imports mypy, its v1 hypothesis plugin hypothesis).
DEVELOPMENT_MODULES = [
    "pytest", "_pytest", "py", "pytestqt",
    "hypothesis", "_hypothesis_pytestplugin", "_hypothesis_ftz_detector", "_hypothesis_globals",
    "mypy", "mypyc", "ruff", "importlinter", "openapi_core", "zxingcpp", "trustme",
    # The virtual printer previews native ZPL with zplkit when it is there (a development dependency);
    # without it the preview says so, and training still prints.
    "zplkit",
]  # fmt: skip
EXCLUDED_MODULES = [
    # pycups (dev only, for the cupsd tests): a libcups binding the bundle's 150 MB cannot carry
    # (installer/README.md); the frozen app says "CUPS printing needs pycups" for cups://.
    "cups",
    "tkinter",
    "pydoc",
    "doctest",
    "lib2to3",
    "IPython",
    # Pillow's AVIF and WebP codecs (6 MB of libraries): labels are PDF, PNG or ZPL.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    # httpx's command-line client (httpx._main), never used: 3.5 MB of terminal colouring.
    "click",
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    # East Asian codecs (1 MB): the app talks UTF-8 JSON to Sendcloud and sends printers raster
    # images or ZPL, never text in those encodings.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # PyYAML's C speed-up (2.5 MB): escpos reads one small file; the pure-Python loader is used.
    "_yaml",
    "yaml._yaml",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.ImageCms",  # colour management (lcms2): labels are black on white
    "PIL._imagingcms",
    # The build's own tools: the bundle's venv has setuptools (it installs the app), whose
    # distutils shim (`distutils-precedence.pth`) made PyInstaller collect setuptools and, through
    # distutils and site, readline (2 MB). The frozen app builds nothing and has no prompt.
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "readline",
    # pydantic's v1 compatibility package (0.3 MB): imported only for a model that still uses v1's
    # validators; ours are v2. The pure-Python decimal: the C `_decimal` is always there.
    "pydantic.v1",
    "_pydecimal",
    *DEVELOPMENT_MODULES,
    *(f"PySide6.{module}" for module in UNUSED_QT_MODULES),
]

# The executables, (name, console) per platform; all run installer/entry.py (packstation.cli.main).
# Only Windows needs two: an executable there is either a console program (started from the Start
# menu, a black console window opens beside the GUI) or a windowed one (stdout and stderr go
# nowhere, so `--self-test` and the CLI print nothing). On Linux the flag changes nothing, and a
# macOS .app's executable still prints when run from a terminal, so one executable serves both.
# Each executable carries its own copy of the Python archive (~6 MB), so one is also smaller.
EXECUTABLES = {
    "win32": [("packstation", True), ("packstation-gui", False)],
    "darwin": [("packstation", False)],
    "linux": [("packstation", True)],
}


def executables(platform: str) -> list[tuple[str, bool]]:
    """(name, console) of the executables built on `platform` (a `sys.platform` value)."""
    return EXECUTABLES["linux" if platform.startswith("linux") else platform]


# Qt plugins: a plugin folder listed here keeps only the plugins whose file name (without "lib" and
# the extension) matches a pattern; folders not listed are dropped entirely (eglfs/linuxfb/vnc
# platforms, the GTK theme that drags in all of GTK, QML debugging, SQL drivers, TLS, ...).
KEPT_QT_PLUGINS = {
    # offscreen: --self-test and CI; xcb: Linux desktops, Wayland ones through XWayland (Qt falls
    # back to xcb when its wayland plugin is absent; leaving it out keeps 1.6 MB of the 150 MB
    # budget); windows and cocoa: the others.
    "platforms": ["qoffscreen", "qminimal", "qxcb", "qwindows", "qcocoa"],
    "xcbglintegrations": ["*"],
    # Dead keys and input methods on X11/Wayland (keyboard-wedge scanners type through these).
    "platforminputcontexts": ["composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"],
    # The native look on Windows and macOS.
    "styles": ["qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"],
    # PNG is built into QtGui (the icons, the label previews); ICO for the Windows window icon.
    "imageformats": ["qico"],
}
# Qt's own strings (dialog buttons, context menus) in the languages the app ships besides English.
APP_LANGUAGES = ["nl", "de", "fr"]
KEPT_QT_TRANSLATIONS = [f"{catalog}_{lang}.qm" for catalog in ("qt", "qtbase") for lang in APP_LANGUAGES]


def resource_files(folder: Path) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file of `resources/` the app reads: not the generator
    scripts, their bytecode or translation sources (.ts; the app loads the .qm files built from
    them). The bundle's copy is <bundle>/resources, where packstation.resources.resource_path looks
    first when frozen."""
    return [
        (str(path), str(PurePosixPath(BUNDLE_RESOURCES, *path.parent.relative_to(folder).parts)))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix not in SOURCE_SUFFIXES and "__pycache__" not in path.parts
    ]


# Linux only: libraries every desktop (X11 or Wayland) provides, taken from the system rather than
# bundled, the way AppImage's exclude list does it. A bundled fontconfig older than the system's
# cannot read the system's font configuration (wrong or missing fonts), and X11/xcb, D-Bus and glib
# belong to the running session; they are also ~8 MB. Python's own libraries (libffi, OpenSSL,
# SQLite, zlib, lzma, bz2), libstdc++ and Qt's own libraries stay bundled: their versions differ
# between distributions. Matched against files at the top of the bundle only (Pillow's private
# copies in pillow.libs/ stay).
LINUX_DESKTOP_LIBRARIES = [
    "libfontconfig.so.*", "libfreetype.so.*", "libpng16.so.*", "libbrotli*.so.*", "libexpat.so.*",
    "libX11.so.*", "libX11-xcb.so.*", "libXau.so.*", "libXdmcp.so.*", "libxcb*.so.*", "libxkbcommon*.so.*",
    "libdbus-1.so.*", "libsystemd.so.*", "libglib-2.0.so.*", "libgthread-2.0.so.*",
    # Linked only by the libraries above (PyInstaller sees ldd's flattened list, so the spec cannot
    # tell these apart from a kept library's own needs and they are named here).
    "libgcrypt.so.*", "libgpg-error.so.*", "liblz4.so.*", "libcap.so.*", "libpcre2-8.so.*", "libbsd.so.*",
    "libmd.so.*",
]  # fmt: skip


def from_the_system(dest: str, platform: str) -> bool:
    """Whether `dest` is one of the libraries the target system provides (so not bundled)."""
    if not platform.startswith("linux") or len(_parts(dest)) != 1:
        return False
    return any(fnmatch.fnmatch(dest, pattern) for pattern in LINUX_DESKTOP_LIBRARIES)


def _parts(dest: str) -> tuple[str, ...]:
    path: PurePath = PureWindowsPath(dest) if "\\" in dest else PurePosixPath(dest)
    return path.parts


def qt_file_kind(dest: str) -> tuple[str, str, str] | None:
    """("plugins", folder, name) or ("translations", "", file) for a file of Qt's; None otherwise."""
    parts = _parts(dest)
    if "PySide6" not in parts:
        return None
    tail = parts[parts.index("PySide6") + 1 :]
    if tail[:1] == ("Qt",):  # Linux and macOS wheels: PySide6/Qt/plugins; Windows: PySide6/plugins
        tail = tail[1:]
    if len(tail) == 3 and tail[0] == "plugins":
        stem = tail[2].split(".")[0]
        return ("plugins", tail[1], stem.removeprefix("lib"))
    if len(tail) == 2 and tail[0] == "translations":
        return ("translations", "", tail[1])
    return None


def wanted(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its place in the bundle) stays in the bundle."""
    kind = qt_file_kind(dest)
    if kind is None:
        return True
    if kind[0] == "translations":
        return kind[2] in KEPT_QT_TRANSLATIONS
    return any(fnmatch.fnmatch(kind[2], pattern) for pattern in KEPT_QT_PLUGINS.get(kind[1], []))


Imports = Callable[[str], Iterable[str]]


def libraries_only_dropped_files_need(
    binaries: Iterable[tuple[str, str]], dropped: Iterable[str], imports: Imports
) -> set[str]:
    """Source paths of the libraries left without a user once the `dropped` files are gone.

    PyInstaller collects the libraries every plugin links to before the spec can filter the plugins
    (the GTK theme plugin alone brings ~20 MB of GTK). `binaries` are (place in bundle, source
    path) of everything kept; `dropped` the source paths of the files taken out; `imports(path)`
    the resolved source paths a library links to. A library is dropped only when a dropped file
    reaches it and no kept file does, so a library loaded by ctypes stays unless a dropped plugin
    was its only link.
    """

    def reach(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = [os.path.realpath(root) for root in roots]
        while todo:
            path = todo.pop()
            if path in seen:
                continue
            seen.add(path)
            todo.extend(os.path.realpath(found) for found in imports(path))
        return seen

    kept = {os.path.realpath(source) for _, source in binaries}
    dropped_reach = reach(dropped)
    kept_reach = reach(kept - dropped_reach)
    return (dropped_reach & kept) - kept_reach


def without_dangling_links(toc: list[tuple[str, str, str]], present: set[str]) -> list[tuple[str, str, str]]:
    """`toc` without its SYMLINK entries (place, relative target, "SYMLINK") whose target is not
    `present` in the bundle."""
    return [
        (dest, source, kind)
        for dest, source, kind in toc
        if kind != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(dest), source)) in present
    ]
