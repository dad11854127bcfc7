"""Keeps the keyboard focus on the scan field: a wedge scanner types wherever the focus is.

Lost focus is the field's classic failure (scans typed into a list, or nowhere, after a click or a
dialog; peers.md §b.4). The keeper makes the field the window's focus widget, so it has the
keyboard whenever the window is active (shown, or activated again), then watches the application's
focus changes and hands the focus back to the field whenever it lands elsewhere in the window.
While a modal dialog is open the dialog keeps the focus; when it closes, the field gets it back.

The application's signal, not the window's `showEvent`/`changeEvent`: a Python event handler
makes PySide build `QEvent`'s Python enums (179 event types, ~2.5 ms) before the window can take
its first scan (bench/startup.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ScanFocusKeeper(QObject):
    """Built with the window: makes `field` the window's focus widget at once, then keeps it there."""

    def __init__(self, window: QWidget, field: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._field = field
        self._allowed: list[QWidget] = []  # fields a person types into on purpose (the training scale)
        field.setFocus()  # the window's focus widget: it has the keyboard once the window is active
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def allow(self, widget: QWidget) -> None:
        """Let `widget` keep the focus it is given (a click, a key); the field gets it back after."""
        self._allowed.append(widget)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self._field or any(new is widget for widget in self._allowed):
            return
        if new is not None and new.window() is self._window:
            self.restore_later()
        elif new is None and old is not None and self._is_our_dialog(old.window()):
            # One of our dialogs closed and nothing took the focus (the platform did not
            # reactivate the window): bring the window back, focus on the field.
            self.restore_later(activate=True)

    def _is_our_dialog(self, window: QWidget) -> bool:
        parent = window.parentWidget()
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def restore_later(self, *, activate: bool = False) -> None:
        # Deferred: moving the focus from inside a focus change confuses the widget that is taking it.
        QTimer.singleShot(0, self, lambda: self.restore(activate=activate))

    def restore(self, *, activate: bool = False) -> None:
        if QApplication.activeModalWidget() is not None:
            return  # a dialog is open: it needs the keyboard; the field gets it back afterwards
        if not (self._field.isVisible() and self._field.isEnabled()):
            return
        if activate:
            self._window.activateWindow()
        self._field.setFocus()
