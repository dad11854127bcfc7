"""The settings dialog's "Labels and printer" tab: the label format and resolution Sendcloud makes,
and the printer's profile (address, language, resolution, media, orientation, gap) and calibration
(print offset, darkness, speed, copies), with "Ask the printer" (its resolution, ~HI), "Test print"
(the calibration label), "Calibrate media" and "Save as power-up default" (ZPL's ^JUS), all on the
printer lane through `app.settings_service`. An offset of 0 and "Printer's own" darkness or speed
send nothing: the printer keeps its own setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from packstation.app.settings_service import (
    LABEL_MIME_TYPES,
    SCALE_CHECK_SECONDS,
    SUPPORTED_DPIS,
    Orientation,
    PrinterIdentity,
    PrinterLanguage,
    PrinterProfile,
    StationSettings,
    calibrate_printer_media,
    calibration_print,
    identify_printer,
    label_dpi,
    label_dpi_choices,
    read_scale,
    save_printer_defaults,
)
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt.settings.fields import (
    FieldErrors,
    OwnedTasks,
    double_spin,
    in_words,
    select,
    spin,
    wrapped_label,
)
from packstation.qt.tasks import Lane, TaskRunner
from packstation.validation import describe

if TYPE_CHECKING:
    from packstation.printing.printer import PrintOutcome


class PrinterTab(QWidget):
    """The labels and the printer, as a page of the settings dialog."""

    test_printed = Signal(bool, str)  # ok, what a person reads
    printer_asked = Signal(bool, str)
    scale_read = Signal(bool, str)
    media_calibrated = Signal(bool, str)
    defaults_saved = Signal(bool, str)

    def __init__(self, errors: FieldErrors, runner: TaskRunner) -> None:
        super().__init__()
        self._tasks = OwnedTasks(runner, self)
        # The saved profile: what the tab does not show (the timeouts) is kept from it.
        self.saved_printer: PrinterProfile | None = None
        form = QFormLayout(self)
        self.label_mime_type = QComboBox()
        names = {"application/pdf": "PDF", "application/zpl": "ZPL (Zebra)", "image/png": "PNG"}
        for mime in LABEL_MIME_TYPES:
            self.label_mime_type.addItem(names.get(mime, mime), mime)
        self.label_mime_type.currentIndexChanged.connect(lambda _index: self._fill_label_dpis())
        errors.row(form, self.tr("Label format"), self.label_mime_type, "label_mime_type")
        self.label_dpi = QComboBox()
        errors.row(form, self.tr("Label resolution"), self.label_dpi, "label_dpi")
        self.printer_url = QLineEdit()
        self.printer_url.setPlaceholderText(self.tr("tcp://192.168.1.50:9100 — empty: labels only saved"))
        errors.row(form, self.tr("Printer address"), self.printer_url, "printer")
        self.printer_language = QComboBox()
        for language in PrinterLanguage:
            self.printer_language.addItem(language.value.upper(), language.value)
        form.addRow(self.tr("Printer language"), self.printer_language)
        self.printer_dpi = QComboBox()
        for dpi in SUPPORTED_DPIS:
            self.printer_dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        self.ask_printer_button = QPushButton(self.tr("Ask the printer"))
        self.ask_printer_button.clicked.connect(self.ask_printer)
        dpi_row = QWidget()
        dpi_line = QHBoxLayout(dpi_row)
        dpi_line.setContentsMargins(0, 0, 0, 0)
        dpi_line.addWidget(self.printer_dpi, 1)
        dpi_line.addWidget(self.ask_printer_button)
        form.addRow(self.tr("Printer resolution"), dpi_row)
        self.printer_media = QLineEdit()
        self.printer_media.setPlaceholderText("4x6, a6, 100x150mm, 102x76mm")
        form.addRow(self.tr("Label size"), self.printer_media)
        self.printer_orientation = QComboBox()
        self.printer_orientation.addItem(self.tr("Short side across the head"), Orientation.PORTRAIT.value)
        self.printer_orientation.addItem(self.tr("Long side across the head"), Orientation.LANDSCAPE.value)
        form.addRow(self.tr("Media loaded"), self.printer_orientation)
        self._add_calibration_rows(form)
        self.test_print_button = QPushButton(self.tr("Test print"))
        self.test_print_button.clicked.connect(self.test_print)
        self.print_result = wrapped_label("printResult")
        form.addRow(self.test_print_button, self.print_result)
        form.addRow("", self._one_off_buttons())
        # The bench scale (issue 17): weighed before every label when set.
        self.scale_url = QLineEdit()
        self.scale_url.setPlaceholderText(
            self.tr("serial:///dev/ttyUSB0?baudrate=9600&protocol=sics, hid://0922:8003 — empty: no scale")
        )
        errors.row(form, self.tr("Scale address"), self.scale_url, "scale_url")
        self.read_scale_button = QPushButton(self.tr("Read the scale"))
        self.read_scale_button.clicked.connect(self.read_scale)
        self.scale_result = wrapped_label("scaleResult")
        form.addRow(self.read_scale_button, self.scale_result)

    def _add_calibration_rows(self, form: QFormLayout) -> None:
        """Gap, print offset, darkness, speed and copies: sent before each label (printing.setup)."""
        self.printer_gap = double_spin(0, 25, " mm")
        form.addRow(self.tr("Gap between labels"), self.printer_gap)
        self.offset_top = double_spin(-5, 5, " mm")
        form.addRow(self.tr("Move the print down"), self.offset_top)
        self.offset_left = double_spin(-5, 5, " mm")
        form.addRow(self.tr("Move the print right"), self.offset_left)
        own = self.tr("Printer's own")
        self.darkness = spin(-1, 30, "")
        self.darkness.setSpecialValueText(own)  # -1: not sent
        form.addRow(self.tr("Darkness"), self.darkness)
        self.speed = spin(0, 14, "")
        self.speed.setSpecialValueText(own)  # 0: not sent
        form.addRow(self.tr("Print speed"), self.speed)
        self.copies = spin(1, 10, "")
        form.addRow(self.tr("Copies of each label"), self.copies)

    def _one_off_buttons(self) -> QWidget:
        """ "Calibrate media" and "Save as power-up default": commands sent once, on request."""
        self.calibrate_media_button = QPushButton(self.tr("Calibrate media"))
        self.calibrate_media_button.clicked.connect(self.calibrate_media)
        self.save_defaults_button = QPushButton(self.tr("Save as power-up default"))
        self.save_defaults_button.clicked.connect(self.save_defaults)
        buttons = QWidget()
        line = QHBoxLayout(buttons)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.calibrate_media_button)
        line.addWidget(self.save_defaults_button)
        line.addStretch(1)
        return buttons

    # ------------------------------------------------------------------ settings → tab → settings
    def fill(self, settings: StationSettings) -> None:
        self.saved_printer = settings.printer
        select(self.label_mime_type, settings.label_mime_type)
        self._fill_label_dpis()
        select(self.label_dpi, settings.label_dpi)
        printer = settings.printer
        self.printer_url.setText(printer.url if printer else "")
        select(self.printer_language, (printer.language if printer else PrinterLanguage.ZPL).value)
        select(self.printer_dpi, printer.dpi if printer else 203)
        self.printer_media.setText(printer.media.name if printer else "4x6")
        select(self.printer_orientation, (printer.orientation if printer else Orientation.PORTRAIT).value)
        self.scale_url.setText(settings.scale_url or "")
        self.printer_gap.setValue(printer.gap_mm if printer else 3.0)
        self.offset_top.setValue((printer.offset_top_mm if printer else None) or 0.0)
        self.offset_left.setValue((printer.offset_left_mm if printer else None) or 0.0)
        darkness = printer.darkness if printer else None
        self.darkness.setValue(-1 if darkness is None else darkness)
        speed = printer.speed if printer else None
        self.speed.setValue(0 if speed is None else speed)
        self.copies.setValue(printer.copies if printer else 1)

    def _fill_label_dpis(self) -> None:
        mime = str(self.label_mime_type.currentData())
        current = self.label_dpi.currentData()
        self.label_dpi.clear()
        default = label_dpi(mime, None)
        self.label_dpi.addItem(self.tr("Sendcloud's default (%1 dpi)").replace("%1", str(default)), None)
        choices = label_dpi_choices(mime)
        if len(choices) > 1:  # one choice is the default already
            for dpi in choices:
                self.label_dpi.addItem(self.tr("%1 dpi").replace("%1", str(dpi)), dpi)
        select(self.label_dpi, current)

    def offered_label_dpis(self, mime_type: str) -> list[int | None]:
        """The label DPIs the tab offers for a format (None: Sendcloud's default)."""
        select(self.label_mime_type, mime_type)
        return [self.label_dpi.itemData(i) for i in range(self.label_dpi.count())]

    def values(self) -> dict[str, Any]:
        """This tab's fields as settings data."""
        return {
            "label_mime_type": self.label_mime_type.currentData(),
            "label_dpi": self.label_dpi.currentData(),
            "printer": self._printer_values(),
            "scale_url": self.scale_url.text().strip() or None,
        }

    def _printer_values(self) -> dict[str, Any] | None:
        url = self.printer_url.text().strip()
        if not url:
            return None
        kept = self.saved_printer.model_dump(mode="json") if self.saved_printer else {}
        return {
            **kept,
            "url": url,
            "language": self.printer_language.currentData(),
            "dpi": self.printer_dpi.currentData(),
            "media": self.printer_media.text().strip() or "4x6",
            "orientation": self.printer_orientation.currentData(),
            "gap_mm": self.printer_gap.value(),
            "offset_top_mm": self.offset_top.value() or None,
            "offset_left_mm": self.offset_left.value() or None,
            "darkness": None if self.darkness.value() < 0 else self.darkness.value(),
            "speed": self.speed.value() or None,
            "copies": self.copies.value(),
        }

    def _printer_profile(self) -> PrinterProfile | None:
        values = self._printer_values()
        if values is None:
            return None
        try:
            return PrinterProfile.model_validate(values)
        except ValidationError as error:
            raise PackstationError(describe(error, "printer"), code=ErrorCode.CONFIGURATION_ERROR) from None

    # ------------------------------------------------------------------ the printer (printer lane)
    def test_print(self) -> None:
        self._on_printer(
            calibration_print,
            lambda outcome: self._report_print(
                True, self.tr("Test label printed: %1.").replace("%1", outcome.reason)
            ),
            lambda text: self._report_print(False, text),
        )

    def calibrate_media(self) -> None:
        def done(outcome: PrintOutcome) -> None:
            self._report(
                self.media_calibrated,
                True,
                self.tr("Media calibration sent: %1.").replace("%1", outcome.reason),
            )

        self._on_printer(
            calibrate_printer_media, done, lambda text: self._report(self.media_calibrated, False, text)
        )

    def save_defaults(self) -> None:
        def done(outcome: PrintOutcome) -> None:
            text = self.tr("Saved as the printer's power-up default: %1.").replace("%1", outcome.reason)
            self._report(self.defaults_saved, True, text)

        self._on_printer(
            save_printer_defaults, done, lambda text: self._report(self.defaults_saved, False, text)
        )

    def _report(self, signal: Any, ok: bool, text: str) -> None:
        self.print_result.setText(text)
        signal.emit(ok, text)

    def ask_printer(self) -> None:
        def done(identity: PrinterIdentity) -> None:
            select(self.printer_dpi, identity.dpi)
            text = (
                self.tr("%1 reports %2 dpi.").replace("%1", identity.model).replace("%2", str(identity.dpi))
            )
            self.print_result.setText(text)
            self.printer_asked.emit(True, text)

        def failed(text: str) -> None:
            self.print_result.setText(text)
            self.printer_asked.emit(False, text)

        self._on_printer(identify_printer, done, failed)

    def _on_printer(
        self,
        work: Callable[[PrinterProfile], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        try:
            profile = self._printer_profile()
        except PackstationError as error:
            failed(error.message)
            return
        if profile is None:
            failed(self.tr("No printer address is set."))
            return
        self.print_result.setText(self.tr("Asking the printer…"))
        self._tasks.submit(Lane.PRINTER, lambda: work(profile), done, lambda e: failed(in_words(e)))

    # ------------------------------------------------------------------ the scale (scale lane)
    def read_scale(self) -> None:
        """One stable weight from the scale at the address typed, or why there is none."""
        url = self.scale_url.text().strip()
        if not url:
            self._report_scale(False, self.tr("No scale address is set."))
            return
        self.scale_result.setText(
            self.tr("Put something on the scale… (up to %1 s)").replace("%1", f"{SCALE_CHECK_SECONDS:g}")
        )
        self._tasks.submit(
            Lane.SCALE,
            lambda: read_scale(url),
            lambda weight: self._report_scale(
                True, self.tr("The scale reads %1.").replace("%1", str(weight))
            ),
            lambda error: self._report_scale(False, in_words(error)),
        )

    def _report_scale(self, ok: bool, text: str) -> None:
        self.scale_result.setText(text)
        self.scale_read.emit(ok, text)

    def _report_print(self, ok: bool, text: str) -> None:
        self.print_result.setText(text)
        self.test_printed.emit(ok, text)
