"""The packing window's "Training" menu (training only): "Reset practice…", confirmed first.

The reset itself is the application's (`app.station_scope.StationScope.reset_practice`: close the
station, `app.training.reset_training`, open a fresh one); this module decides when and on which
thread. The window lets go of its station at once (scans typed from then on are held, as while a
station opens), the other lanes finish what they were given for the old station (the journal
lane's reads, the printer lane's preview, the keyring lane's PINs: a barrier), and the reset runs
on the API lane behind the scans already queued. The GUI thread never waits. Whatever happens, the
window ends with an open station (a fresh one, or the old folder reopened when the reset was
refused) or, if none could be opened, says why as at start-up.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from packstation.app.faces import TRAINING_LEAD_PIN, Verdict
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.tasks import Lane, TaskRunner
from packstation.qt.wording import error_text

if TYPE_CHECKING:
    from packstation.app.station_scope import PracticeReset, StationScope
    from packstation.qt.main_window import MainWindow

log = logging.getLogger(__name__)

# How long the reset waits for the journal, printer and keyring lanes to finish what they hold.
LANES_TIMEOUT_S: Final = 30.0
OTHER_LANES: Final = (Lane.JOURNAL, Lane.PRINTER, Lane.KEYRING)


class PracticeTools(QObject):
    """The "Training" menu of one packing window over its `StationScope`."""

    finished = Signal(object)  # PracticeReset, or the exception when no station could be opened

    def __init__(
        self,
        window: MainWindow,
        scope: StationScope,
        runner: TaskRunner,
        *,
        lanes_timeout: float = LANES_TIMEOUT_S,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._scope = scope
        self._runner = runner
        self.lanes_timeout = lanes_timeout  # how long the reset waits for the other lanes
        self.confirm_dialog: QMessageBox | None = None
        self.running = False
        menu = window.menuBar().addMenu(self.tr("&Training"))
        self.reset_action = QAction(self.tr("&Reset practice…"), window)
        self.reset_action.triggered.connect(self.ask)
        menu.addAction(self.reset_action)

    def ask(self) -> None:
        """Confirm first: the reset forgets every practice scan of this training station."""
        if self.running or self.confirm_dialog is not None or not self._window.station_open:
            return
        dialog = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Reset practice"),
            self.tr(
                "Start the practice again? Every practice scan, label and shipment of this training "
                "station is forgotten: the practice orders can be shipped again, and the shift-lead "
                "PIN is %1 again. The settings stay."
            ).replace("%1", TRAINING_LEAD_PIN),
            parent=self._window,
        )
        self.reset_button = dialog.addButton(self.tr("Reset practice"), QMessageBox.ButtonRole.AcceptRole)
        dialog.addButton(QMessageBox.StandardButton.Cancel)
        dialog.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter from a scanner resets nothing
        dialog.finished.connect(lambda _: self._answered(dialog))
        self.confirm_dialog = dialog
        dialog.open()  # not exec(): the GUI thread keeps running

    def _answered(self, dialog: QMessageBox) -> None:
        self.confirm_dialog = None
        if dialog.clickedButton() is self.reset_button:
            self.reset()
        dialog.deleteLater()

    def reset(self) -> None:
        """Reset now (the confirmed slot): let the station go, then close, delete, reopen on the
        API lane once the other lanes are done with it."""
        scope = self._scope
        if self.running or not self._window.station_open:
            return
        self.running = True
        self.reset_action.setEnabled(False)
        lanes_done = self._runner.barrier(OTHER_LANES)  # marked before the window lets go
        timeout = self.lanes_timeout

        def before_close() -> None:  # API lane: nothing of the old station may still run elsewhere
            try:
                lanes_done(timeout)
            except TimeoutError as error:
                raise PackstationError(
                    f"The station is still busy after {timeout:g} s (printing, the journal or a PIN); "
                    "the practice was not reset. Try again in a moment.",
                    code=ErrorCode.TRAINING_IN_USE,
                ) from error

        self._window.release_station(self.tr("Resetting the practice…"))
        self._runner.submit(Lane.API, lambda: scope.reset_practice(before_close), self._done, self._failed)

    def _done(self, result: PracticeReset) -> None:
        self._end()
        if result.refused is None:
            headline = self.tr("Practice reset: every practice order can be shipped again.")
            detail = self.tr("%n file(s) and folder(s) removed.", "", len(result.removed))
            self._window.attach(result.station, notice=(Verdict.SUCCESS, headline, detail))
        else:
            log.warning("the practice reset was refused: %s", result.refused)
            self._window.attach(
                result.station,
                notice=(Verdict.ATTENTION, error_text(result.refused), result.refused.message),
            )
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        station = self._scope.station
        if station is not None:  # refused before anything was closed: the old station stays
            notice = (Verdict.ATTENTION, error_text(error), str(error))
            self._window.attach(station, notice=notice)
        else:
            log.error("no station after the practice reset", exc_info=error)
            self._window.show_open_failure(error)
        self.finished.emit(error)

    def _end(self) -> None:
        self.running = False
        self.reset_action.setEnabled(True)
