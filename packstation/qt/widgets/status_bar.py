"""The status bar: the signed-in packer, Sendcloud, printer and training state, each in words.

The window shows before the station is open, so the bar starts by saying the station is opening
(or, if it could not, that it is not open) and learns the station's URLs in `set_station`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from packstation.error_codes import ErrorCode

if TYPE_CHECKING:
    from packstation.station.workflow import ScanVerdict

_API_TROUBLE = frozenset(
    {
        ErrorCode.SENDCLOUD_UNREACHABLE,
        ErrorCode.SENDCLOUD_TIMEOUT,
        ErrorCode.SENDCLOUD_SERVER_ERROR,
        ErrorCode.SENDCLOUD_RATE_LIMITED,
        ErrorCode.SENDCLOUD_AUTH_FAILED,
        ErrorCode.SENDCLOUD_FORBIDDEN,
    }
)
_PRINTER_TROUBLE = frozenset(
    {
        ErrorCode.PRINTER_NOT_READY,
        ErrorCode.PRINTER_UNREACHABLE,
        ErrorCode.PRINTER_BUSY,
        ErrorCode.PRINT_FAILED,
        ErrorCode.PRINT_UNCONFIRMED,
        ErrorCode.PRINTER_SEND_FAILED,
    }
)


class StationStatusBar(QStatusBar):
    """Updated from verdicts: the GUI never polls the network or the printer for it."""

    def __init__(
        self,
        *,
        api_url: str | None = None,
        printer_url: str | None = None,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Without `api_url` the bar says the station is opening until `set_station`."""
        super().__init__(parent)
        self.setObjectName("stationStatusBar")
        self._api_host = ""
        self._printer_url: str | None = None
        self.api = QLabel()
        self.api.setObjectName("apiState")
        self.queue = QLabel()
        self.queue.setObjectName("queueState")
        self.printer = QLabel()
        self.printer.setObjectName("printerState")
        self.mode = QLabel()
        self.mode.setObjectName("modeState")
        self.packer = QLabel()
        self.packer.setObjectName("packerState")
        self.packer.hide()
        # Permanent widgets: a temporary message (showMessage) must never hide the station's state.
        for label in (self.packer, self.api, self.queue, self.printer, self.mode):
            self.addPermanentWidget(label)
        self._pending = 0
        self._limit_wait = 0.0
        self.set_queue(0)
        if api_url is None:
            self.show_opening()
        else:
            self.set_station(api_url=api_url, printer_url=printer_url, training=training)

    def show_opening(self) -> None:
        self.api.setText(self.tr("Opening the station…"))
        self.printer.hide()
        self.mode.hide()

    def show_not_open(self) -> None:
        """The station could not open (the window shows why): scans are refused."""
        self.api.setText(self.tr("The station is not open"))

    def set_station(self, *, api_url: str, printer_url: str | None, training: bool) -> None:
        """The station is open: show where its Sendcloud and printer are, and whether it is training."""
        self._api_host = urlsplit(api_url).netloc or api_url
        self._printer_url = printer_url
        self.mode.setText(self.tr("TRAINING") if training else self.tr("Live station"))
        if training:
            self.mode.setStyleSheet("color: white; background: #6a1b9a; padding: 0 6px; font-weight: bold;")
        self.set_api(None)
        self.set_printer(None)
        self.printer.show()
        self.mode.show()

    def set_api(self, ok: bool | None) -> None:
        state = {None: self.tr("not contacted yet"), True: self.tr("OK"), False: self.tr("not reachable")}[ok]
        self.api.setText(self.tr("Sendcloud %1: %2").replace("%1", self._api_host).replace("%2", state))

    def set_printer(self, ok: bool | None) -> None:
        if self._printer_url is None:
            self.printer.setText(self.tr("Printer: none (labels are saved to files)"))
            return
        state = {None: self.tr("not used yet"), True: self.tr("ready"), False: self.tr("needs attention")}[ok]
        text = self.tr("Printer %1: %2").replace("%1", self._printer_url)
        self.printer.setText(text.replace("%2", state))

    def set_queue(self, pending: int) -> None:
        self._pending = pending
        if self._limit_wait > 0:
            return  # the wait for Sendcloud's limit says more; the count comes back when it is over
        self.queue.setText(self.tr("%n scan(s) in progress", "", pending) if pending > 0 else self.tr("Idle"))

    def show_journal_outage(self, reason: str) -> None:
        """The shared journal cannot be reached (`reason`; "" when it is back): no label is made,
        scans wait in the queue and go through by themselves once it is back. Red, in the API's place."""
        if reason:
            text = self.tr("Shared journal unreachable: no label is made, scans wait. %1")
            self.api.setText(text.replace("%1", reason))
            self.api.setStyleSheet("color: white; background: #c62828; padding: 0 6px;")
        else:
            self.api.setStyleSheet("")
            self.set_api(None)

    def show_limit_wait(self, seconds: float) -> None:
        """The station waits for the account's write limit (scans keep queueing meanwhile)."""
        self._limit_wait = seconds
        if seconds > 0:
            self.queue.setText(
                self.tr("Waiting for Sendcloud's limit: %1 s").replace("%1", str(math.ceil(seconds)))
            )
            self.queue.setStyleSheet("color: black; background: #ffb300; padding: 0 6px;")
        else:
            self.queue.setStyleSheet("")
            self.set_queue(self._pending)

    def set_packer(self, name: str) -> None:
        """Who is signed in: shown all shift, whatever the verdict area shows."""
        self.packer.setText(self.tr("Packer: %1").replace("%1", name))
        self.packer.show()

    def show_verdict(self, verdict: ScanVerdict) -> None:
        code = verdict.code
        if code == ErrorCode.SIGNED_IN and verdict.reference:
            self.set_packer(verdict.reference)
        if code in _API_TROUBLE:
            self.set_api(False)
        elif verdict.order is not None or verdict.parcel_id is not None:
            self.set_api(True)
        if code in _PRINTER_TROUBLE:
            self.set_printer(False)
        elif verdict.print_outcome is not None and verdict.print_outcome.printed:
            self.set_printer(True)
