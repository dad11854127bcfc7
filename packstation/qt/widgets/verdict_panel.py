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
from packstation.qt.wording import verdict_text, verdict_word

if TYPE_CHECKING:
    from packstation.station.workflow import ScanVerdict, Verdict


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
        self.items = _label(18, name="verdictItems")
        self.items.setWordWrap(False)  # one line per item; wrapping labels mis-size in a form layout
        self.shipping_option = _label(18, name="verdictShipping")
        self.tracking_number = _label(18, name="verdictTracking")
        details = QFormLayout()
        set_enum_properties(details, labelAlignment="AlignRight")
        self._captions: list[QLabel] = []
        for caption, value in (
            (self.tr("Order"), self.order_number),
            (self.tr("Ship to"), self.recipient),
            (self.tr("Items"), self.items),
            (self.tr("Shipping"), self.shipping_option),
            (self.tr("Tracking"), self.tracking_number),
        ):
            caption_label = _label(14)
            caption_label.setText(caption)
            self._captions.append(caption_label)
            details.addRow(caption_label, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.word)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addLayout(details)
        layout.addStretch(1)
        self._look = ""
        self._styled_look = ""  # the look the style sheet was last set for
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
        headline = verdict_text(verdict, scanned)
        detail = verdict.message if verdict.message != headline else ""
        self._show(verdict.verdict.value, verdict_word(verdict.verdict), headline, detail)
        order = verdict.order
        if order is not None:
            self.order_number.setText(order.order_number)
            self.recipient.setText(", ".join(part for part in (order.recipient, order.destination) if part))
            self.items.setText("\n".join(f"{quantity} × {name}" for name, quantity in order.items))
            self.shipping_option.setText(order.shipping_option or self.tr("(station default)"))
        elif verdict.reference and verdict.code == ErrorCode.REPRINTED:
            self.order_number.setText(verdict.reference)  # a reprint knows its order, not the address
        self.tracking_number.setText(verdict.tracking_number or "")
        self._show_details(order is not None or verdict.tracking_number is not None)

    def _show(self, look: str, word: str, headline: str, detail: str) -> None:
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
        for value in self._values():
            value.clear()
        self._show_details(False)

    def _show_details(self, visible: bool) -> None:
        # Only the rows that have a value: a reprint has an order and tracking, no address.
        for caption, value in zip(self._captions, self._values(), strict=True):
            shown = visible and bool(value.text())
            caption.setVisible(shown)
            value.setVisible(shown)

    def _values(self) -> tuple[QLabel, ...]:
        return (self.order_number, self.recipient, self.items, self.shipping_option, self.tracking_number)
