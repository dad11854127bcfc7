"""The console's small dialogs: confirm a costly step, write a resolution note, fix an order.

Ctrl+Enter submits each of them, wherever the focus is: Enter alone types a new line in a note,
and Enter on a confirmation picks its safe default, Cancel.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packstation.app.faces import ADDRESS_FIELDS, ItemChange, Order, OrderChanges

SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's Enter, and the keypad's


def submit_on_ctrl_enter(dialog: QDialog, button: QPushButton) -> None:
    """Ctrl+Enter presses `button` (when it is enabled: a note is still required)."""
    for key in SUBMIT_KEYS:
        shortcut = QShortcut(QKeySequence(key), dialog)
        shortcut.activated.connect(lambda: button.click() if button.isEnabled() else None)


class ConfirmDialog(QDialog):
    """Yes or no to one step that cannot be undone, with the consequences spelled out."""

    def __init__(self, title: str, text: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton(confirm)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # safe by default
        submit_on_ctrl_enter(self, self.confirm_button)  # a deliberate chord, unlike Enter
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class NoteDialog(QDialog):
    """Mark a failure resolved: the note (how, by whom outside the app) is required."""

    def __init__(self, order: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark resolved"))
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("How was it resolved? (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.editor.textChanged.connect(lambda: ok.setEnabled(bool(self.note())))
        submit_on_ctrl_enter(self, ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Order %1").replace("%1", order)))
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)

    def note(self) -> str:
        return self.editor.toPlainText().strip()


class FixOrderDialog(QDialog):
    """The order's shipping address, weight and item quantities, ready to edit.

    Only what the lead changed is sent (`changes()`); the field the API complained about (its JSON
    pointer) has the focus and a highlight.
    """

    def __init__(self, order: Order, pointer: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fix order %1").replace("%1", order.order_number))
        self._order = order
        address = order.shipping_address
        labels = {
            "name": self.tr("Name"),
            "company_name": self.tr("Company"),
            "address_line_1": self.tr("Street"),
            "house_number": self.tr("House number"),
            "address_line_2": self.tr("Address line 2"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "country_code": self.tr("Country code"),
            "state_province_code": self.tr("State or province"),
            "email": self.tr("E-mail"),
            "phone_number": self.tr("Phone"),
        }
        self.address: dict[str, QLineEdit] = {}
        self._original: dict[str, str] = {}
        form = QFormLayout()
        for name in ADDRESS_FIELDS:
            value = getattr(address, name, None) if address is not None else None
            self._original[name] = value or ""
            editor = QLineEdit(value or "")
            self.address[name] = editor
            form.addRow(labels[name], editor)
        self._weight_kg = _weight_kg(order)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.0, 1000.0)
        self.weight.setDecimals(3)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText(self.tr("not set"))
        self.weight.setValue(self._weight_kg or 0.0)
        form.addRow(self.tr("Weight"), self.weight)
        self.items: list[QSpinBox] = []
        for item in order.order_details.order_items:
            quantity = QSpinBox()
            quantity.setRange(1, 9999)
            quantity.setValue(item.quantity)
            self.items.append(quantity)
            form.addRow(self.tr("Items: %1").replace("%1", item.name), quantity)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        submit_on_ctrl_enter(self, self.buttons.button(QDialogButtonBox.StandardButton.Save))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._point_at(pointer)

    def _point_at(self, pointer: str | None) -> None:
        if not pointer:
            return
        last = pointer.rstrip("/").rsplit("/", 1)[-1]
        editor = self.address.get(last)
        if editor is None and last == "weight":
            self.weight.setStyleSheet("background: #fff3cd;")
            self.weight.setFocus()
        elif editor is not None:
            editor.setStyleSheet("background: #fff3cd;")
            editor.setFocus()

    def changes(self) -> OrderChanges:
        """Only what differs from the order as it was read; `None` everywhere else."""
        address = {
            name: editor.text().strip()
            for name, editor in self.address.items()
            if editor.text().strip() != self._original[name]
        }
        weight = self.weight.value()
        weight_changed = weight > 0 and (self._weight_kg is None or abs(weight - self._weight_kg) > 0.0005)
        lines = self._order.order_details.order_items
        items = None
        if any(spin.value() != item.quantity for spin, item in zip(self.items, lines, strict=True)):
            items = tuple(
                ItemChange(item.name, spin.value()) for spin, item in zip(self.items, lines, strict=True)
            )
        return OrderChanges(**address, weight_kg=weight if weight_changed else None, items=items)


def _weight_kg(order: Order) -> float | None:
    measurement = order.shipping_details.measurement if order.shipping_details else None
    if measurement is None or measurement.weight is None:
        return None
    factor = {"kg": 1.0, "g": 0.001, "lbs": 0.45359237, "oz": 0.028349523125}
    return measurement.weight.value * factor.get(str(measurement.weight.unit), 1.0)
