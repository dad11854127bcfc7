"""The big verdict area: colour, one big word and the order's details, readable from a metre away.

Colour is never the only signal (peers.md (e) 5): a word (OK / CHECK / STOP) says it too, and each
outcome has its own sound (played by the window).

The looks are keyed by `Verdict` values, not the enum: the window imports this panel before it is
shown, and the core (where `Verdict` lives) loads afterwards, with the station.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from packstation.error_codes import ErrorCode
from packstation.qt.enum_names import set_enum_properties
from packstation.qt.theme import active_theme
from packstation.qt.wording import verdict_detail, verdict_text, verdict_word

if TYPE_CHECKING:
    from packstation.app.faces import ChecklistView, Weight
    from packstation.qt.widgets.checklist import ChecklistPanel
    from packstation.station.workflow import ScanVerdict, Verdict

# Item lines shown at once; a longer order shows the first ones and "+N more", and the items key
# (`MainWindow`'s F2) shows them all. Enough for most parcels, few enough that the verdict, the
# address and the tracking number stay on a 1366×768 bench screen.
ITEM_LINES = 4


def _label(point_size: int, *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    set_enum_properties(label, textInteractionFlags="NoTextInteraction", focusPolicy="NoFocus")
    if name:
        label.setObjectName(name)
    return label


# An address line longer than this goes on two lines (name, then place): it must fit a 1366 px
# bench screen at the verdict's font without wrapping.
ADDRESS_LINE_CHARS = 44


def _address(recipient: str, destination: str) -> str:
    parts = [part for part in (recipient, destination) if part]
    joined = ", ".join(parts)
    return joined if len(joined) <= ADDRESS_LINE_CHARS else "\n".join(parts)


class VerdictPanel(QFrame):
    """Shows idle, working (with the stage reached), recovering, or the verdict of the last scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictPanel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.word = _label(48, bold=True, name="verdictWord")
        self.headline = _label(24, bold=True, name="verdictHeadline")
        self.detail = _label(12, name="verdictDetail")
        self.order_number = _label(20, bold=True, name="verdictOrder")
        self.recipient = _label(18, name="verdictRecipient")
        # No word wrap in the form: a wrapping label's height depends on its width, which nested
        # layouts do not pass on, and the rows under it were sliced. Long lines break by rule.
        self.recipient.setWordWrap(False)
        self.items = _label(18, name="verdictItems")
        self.items.setWordWrap(False)  # one line per item; wrapping labels mis-size in a form layout
        self.note = _label(12, name="verdictNote")
        self.shipping_option = _label(18, name="verdictShipping")
        self.weight = _label(18, name="verdictWeight")  # the parcel's weight, as sent (issue 17)
        self.tracking_number = _label(18, name="verdictTracking")
        details = QFormLayout()
        set_enum_properties(details, labelAlignment="AlignRight")
        self._captions: list[QLabel] = []
        for caption, value in (
            (self.tr("Order"), self.order_number),
            (self.tr("Ship to"), self.recipient),
            (self.tr("Items"), self.items),
            (self.tr("Shipping"), self.shipping_option),
            (self.tr("Weight"), self.weight),
            (self.tr("Tracking"), self.tracking_number),
        ):
            caption_label = _label(14)
            caption_label.setText(caption)
            self._captions.append(caption_label)
            details.addRow(caption_label, value)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.word)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addLayout(details)
        layout.addStretch(1)
        self._look = ""
        self._styled_look = ""  # the look the style sheet was last set for
        self._all_items: list[str] = []
        self.items_expanded = False
        self.checklist: ChecklistPanel | None = None  # built when an order is first opened for packing
        self.show_idle()

    @property
    def look(self) -> str:
        """ "idle", "working", or the verdict's value ("success", "attention", "failed")."""
        return self._look

    def show_idle(self) -> None:
        self._show("idle", self.tr("READY"), self.tr("Scan an order barcode."), "")

    def show_working(self, text: str, queued: int = 0) -> None:
        detail = self.tr("%n more scan(s) queued", "", queued) if queued else ""
        self._show("working", self.tr("WORKING"), text, detail)

    def show_opening(self) -> None:
        """The window is up, the station still opening: scanning works already, the scans wait."""
        self._show(
            "working",
            self.tr("STARTING"),
            self.tr("Opening the station…"),
            self.tr("You can scan already: scans wait until the station is open."),
        )

    def show_recovering(self) -> None:
        self._show(
            "working",
            self.tr("STARTING"),
            self.tr("Recovering… checking labels left unfinished by the last session."),
            self.tr("Scans wait until this is done."),
        )

    def show_notice(self, verdict: Verdict, headline: str, detail: str = "") -> None:
        """A message that is not one scan's verdict (recovery's report, a reprint with nothing to print)."""
        self._show(verdict.value, verdict_word(verdict), headline, detail)

    def show_verdict(self, verdict: ScanVerdict, scanned: str = "") -> None:
        packing = verdict.checklist is not None
        self._show(
            verdict.verdict.value,
            verdict_word(verdict.verdict),
            verdict_text(verdict, scanned),
            verdict_detail(verdict),
            keep_checklist=packing,
        )
        if verdict.checklist is not None:
            self._show_checklist(verdict.checklist)
            return
        order = verdict.order
        if order is not None:
            self.order_number.setText(order.order_number)
            self.recipient.setText(_address(order.recipient, order.destination))
            self._all_items = [f"{quantity} × {name}" for name, quantity in order.items]
            self._show_items()
            # None: Sendcloud's shipping rules or defaults choose, and the label did not say which.
            self.shipping_option.setText(order.shipping_option or self.tr("chosen by Sendcloud"))
            if order.weight is not None:
                self.weight.setText(self._weight_text(order.weight, order.weight_limit_checked))
        elif verdict.reference and verdict.code == ErrorCode.REPRINTED:
            self.order_number.setText(verdict.reference)  # a reprint knows its order, not the address
        self.tracking_number.setText(verdict.tracking_number or "")
        self._show_details(order is not None or verdict.tracking_number is not None)

    def _weight_text(self, weight: Weight, limit_checked: bool | None) -> str:
        """`1.375 kg`, `2.5 lb (1.134 kg)`; and when the shipping option's limits were not known,
        that the weight limit was not checked (the packer knows the label may be refused later)."""
        from decimal import Decimal  # with the first weighed parcel, not before the window shows

        text = str(weight)
        if weight.unit != "kg":
            text += f" ({weight.kilograms().quantize(Decimal('0.001')).normalize():f} kg)"
        if limit_checked is False:
            text += " · " + self.tr("weight limit not checked")
        return text

    def _show_checklist(self, view: ChecklistView) -> None:
        if self.checklist is None:
            from packstation.qt.widgets.checklist import ChecklistPanel  # with the first packed order

            self.checklist = ChecklistPanel(self)
            self._layout.insertWidget(self._layout.indexOf(self.note) + 1, self.checklist)
        self.checklist.show_checklist(view)
        if not self.checklist.isVisibleTo(self):
            self.checklist.show()
        self._fit()

    def add_note(self, text: str) -> None:
        """A quiet line under the verdict that leaves it standing (a double scan, F5 with nothing
        to reprint): the packer still sees what the last scan came to."""
        self.note.setText(text)
        self.note.setVisible(True)
        self._fit()

    def toggle_items(self) -> bool:
        """Every item line, or back to the first ones; False when there is nothing more to show."""
        if self.checklist is not None and self.checklist.isVisible():
            shown = self.checklist.toggle_lines()
            self._fit()
            return shown
        if len(self._all_items) <= ITEM_LINES and not self.items_expanded:
            return False
        self.items_expanded = not self.items_expanded
        self._show_items()
        self._fit()
        return True

    def _show_items(self) -> None:
        lines = self._all_items
        if len(lines) > ITEM_LINES and not self.items_expanded:
            more = self.tr("+%n more (F2 shows all)", "", len(lines) - ITEM_LINES + 1)
            lines = [*lines[: ITEM_LINES - 1], more]
        self.items.setText("\n".join(lines))

    def _show(
        self, look: str, word: str, headline: str, detail: str, *, keep_checklist: bool = False
    ) -> None:
        if look != self._styled_look:
            # A palette, not a style sheet: setStyleSheet re-polishes the panel and every label in
            # it, and that stalled the GUI thread (bench/gui_stall.py); labels inherit the palette.
            # Background and text per look come from the theme (resources/themes/*.json).
            background, text = active_theme().verdict_colours(look)
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, background)
            palette.setColor(QPalette.ColorRole.WindowText, text)
            self.setPalette(palette)
            self._styled_look = look
        self._look = look
        self.word.setText(word)
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.note.clear()
        self.note.setVisible(False)
        if self.checklist is not None and not keep_checklist:
            self.checklist.hide()
        self._all_items = []
        self.items_expanded = False
        for value in self._values():
            value.clear()
        # With a checklist to show, it fits the panel once it is filled (one layout pass per scan).
        self._show_details(False, fit=not keep_checklist)

    def _fit(self) -> None:
        """Ask for the height every line needs. Word-wrapped labels have a height for a width, which
        nested box layouts do not pass on: without this the rows below them were sliced in half."""
        layout = self._layout
        width = self.width() if self.width() > 0 else self.sizeHint().width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        self.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))

    def _show_details(self, visible: bool, *, fit: bool = True) -> None:
        # Only the rows that have a value: a reprint has an order and tracking, no address.
        for caption, value in zip(self._captions, self._values(), strict=True):
            shown = visible and bool(value.text())
            if caption.isVisibleTo(self) != shown:
                caption.setVisible(shown)
                value.setVisible(shown)
        if fit:
            self._fit()

    def _values(self) -> tuple[QLabel, ...]:
        return (
            self.order_number,
            self.recipient,
            self.items,
            self.shipping_option,
            self.weight,
            self.tracking_number,
        )
