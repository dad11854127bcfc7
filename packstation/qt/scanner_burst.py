"""A scanner's burst never lands in a dialog's field: it goes to the scan queue.

A keyboard-wedge scanner types a whole barcode in a few milliseconds and presses Enter. While a
dialog has the keyboard (the lead's PIN, a note, the console's filter), those keys used to fill
the dialog's field and the scan was lost, or worse, submitted the dialog. This filter holds the
keys typed into any field that is not a scan target for `burst_ms`: keys that keep coming faster
than that and end in Enter (at least `MIN_BURST_KEYS` of them) are a scan, handed to `on_burst`
and never shown to the dialog; anything slower is a person typing, and the held keys are
delivered unchanged, `burst_ms` late (30 ms: nobody notices).

A field that is itself a scan target (the scan field, "try a badge" in the settings) says so
with the `scanTarget` property and gets every key at once.

Attached once the station is open (never before the first frame: a Python event filter makes
PySide build `QEvent`'s enums, bench/startup.py), and installed on the application only while the
keyboard is in another window than the packing window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

MIN_BURST_KEYS = 4
SCAN_TARGET_PROPERTY = "scanTarget"
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def mark_scan_target(widget: QWidget) -> None:
    """This field takes scans itself: bursts typed into it are not redirected."""
    widget.setProperty(SCAN_TARGET_PROPERTY, True)


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


class ScannerBurstFilter(QObject):
    """Watches key presses to fields that are not scan targets; see the module docstring."""

    def __init__(
        self,
        on_burst: Callable[[str], None],
        *,
        burst_ms: int,
        is_scan_target: Callable[[QWidget], bool],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_burst = on_burst
        self._window = burst_ms / 1000
        self._is_scan_target = is_scan_target
        self._clock = clock
        self._held: list[_HeldKey] = []
        self._target: QWidget | None = None
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(max(1, burst_ms))
        self._flush_timer.timeout.connect(self.flush)
        self._app: QApplication | None = None
        self._home: QWidget | None = None
        self._watching = False

    def attach(self, app: QApplication, home: QWidget) -> None:
        """Watch the keys only while the keyboard is outside `home` (the packing window, whose scan
        field takes scans itself): an application event filter sees every event, and that cost
        must not fall on the scanning itself (bench/verify_scan.py)."""
        self._app, self._home = app, home
        app.focusChanged.connect(self._focus_changed)

    def detach(self) -> None:
        if self._app is not None:
            self._app.focusChanged.disconnect(self._focus_changed)
            self._watch(watching=False)
            self._app = None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._watch(watching=new is not None and new.window() is not self._home)

    def _watch(self, *, watching: bool) -> None:
        if self._app is None or watching == self._watching:
            return
        self._watching = watching
        if watching:
            self._app.installEventFilter(self)
        else:
            self.flush()
            self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        # Only the widget that has the keyboard: a key it ignores travels on to its parents.
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False
        if self._is_scan_target(watched) or bool(watched.property(SCAN_TARGET_PROPERTY)):
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(watched, event)

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        now = self._clock()
        if self._held and (widget is not self._target or now - self._held[-1].at > self._window):
            self.flush()  # a person's pace, or another field: what was held goes where it was typed
        if event.key() in _ENTER_KEYS:
            if len(self._held) >= MIN_BURST_KEYS:
                text = "".join(key.text for key in self._held)
                self._held.clear()
                self._flush_timer.stop()
                self._on_burst(text)
                return True
            self.flush()
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            self.flush()
            return False
        self._target = widget
        self._held.append(_HeldKey(event.key(), event.modifiers(), text, now))
        self._flush_timer.start()
        return True

    def flush(self) -> None:
        """Deliver the held keys, in order, to the field they were typed into."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        target = self._target
        if not held or target is None:
            return
        if not isValid(target):
            return  # the dialog closed under the held keys: they were meant for it alone
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, key.key, key.modifiers, key.text))
        finally:
            self._replaying = False
