"""Gives the programs the frozen app starts the system's environment, not the bundle's.

The PyInstaller bootloader prepends the bundle's folder to LD_LIBRARY_PATH on Linux (saving the old
value in LD_LIBRARY_PATH_ORIG), and its PySide6 hook points QT_PLUGIN_PATH at the bundle's Qt
plugins. The app itself no longer needs either once it runs: the loader read LD_LIBRARY_PATH when
the process started (the bundle's libraries are found through it and their $ORIGIN run paths), and
PySide6 tells Qt where its plugins are through an embedded qt.conf. But every program the app starts
inherits them: `aplay`/`paplay` for the scan sounds and the PDF viewer that opens the training
barcode sheet would load the bundle's libraries instead of their own (a bundled libstdc++ or zlib
older than theirs breaks them), and a Qt-based viewer would load our Qt's plugins and crash.

installer/entry.py calls `restore_for_child_processes` before the app starts.
"""

from __future__ import annotations

from collections.abc import MutableMapping

# Set by PyInstaller's PySide6 run-time hook for the app's own Qt.
QT_VARIABLES = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def restore_for_child_processes(environ: MutableMapping[str, str], platform: str) -> None:
    """Undo, in `environ`, what the bootloader and the Qt hook set up for the bundle."""
    if platform.startswith("linux"):
        original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            environ.pop("LD_LIBRARY_PATH", None)
        else:
            environ["LD_LIBRARY_PATH"] = original
    for name in QT_VARIABLES:
        environ.pop(name, None)
