"""Where the faces remember how a person arranged a window: splitter sizes, column widths, whether
the shift chart is shown. One small INI file beside the settings (`window-state.ini`).

Not in the station's settings model (`settings.py`): this is window state, not configuration. It
is not validated, needs no restart and no shift lead's PIN, and a lost or unreadable file costs
nothing but the default layout. `QSettings` keeps Qt's own `saveState()` byte arrays as they are.

The GUI thread never touches the file: `read` and the writer `snapshot()` returns run on a lane
(the console uses the journal lane, its disk lane); the window works on the values in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

UI_STATE_FILE = "window-state.ini"


class UiState:
    """Named byte arrays and flags, keyed by window and part (e.g. "console/splitter")."""

    def __init__(self, path: Path, values: dict[str, QByteArray | bool] | None = None) -> None:
        self.path = path
        self._values: dict[str, QByteArray | bool] = dict(values or {})

    @classmethod
    def read(cls, path: Path) -> UiState:
        """The file's values (none when it is missing or unreadable). Runs on a lane: disk."""
        values: dict[str, QByteArray | bool] = {}
        if path.exists():
            settings = QSettings(str(path), QSettings.Format.IniFormat)
            for key in settings.allKeys():
                value = settings.value(key)
                if isinstance(value, QByteArray | bool):  # bool: QSettings' in-process cache
                    values[key] = value
                elif isinstance(value, str) and value in ("true", "false"):  # INI keeps bools as text
                    values[key] = value == "true"
        return cls(path, values)

    def state(self, key: str) -> QByteArray | None:
        value = self._values.get(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._values[key] = QByteArray(value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._values.get(key)
        return value if isinstance(value, bool) else default

    def set_flag(self, key: str, value: bool) -> None:
        self._values[key] = value

    def snapshot(self) -> Callable[[], None]:
        """A writer of the values as they are now, to run on a lane (later edits are not in it)."""
        path, values = self.path, dict(self._values)

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(path), QSettings.Format.IniFormat)
            for key, value in values.items():
                settings.setValue(key, value)
            settings.sync()

        return write
