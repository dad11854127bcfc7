"""The printer tools both faces use: a printer from a few options (asking a ZPL printer its
resolution), a checked print of a label file or of the calibration label, and what a printer says
of itself. The command line's `print`, `test-print` and `printer-status` report these for people.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pydantic import ValidationError

from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError, PackstationError
from packstation.printing.calibration import calibration_label
from packstation.printing.checked import calibrate_media, print_checked, save_power_up_default
from packstation.printing.convert import PrintJob, prepare_print_job, sniff_label_format
from packstation.printing.errors import LabelFormatError, PrinterNotReadyError, PrinterStatusUnknownError
from packstation.printing.printer import LabelPrinter, PrintOutcome
from packstation.printing.profile import SUPPORTED_DPIS, PrinterLanguage, PrinterProfile, parse_media
from packstation.printing.status import PrinterIdentity, PrinterStatus, StatusSource
from packstation.printing.transports import parse_printer_url
from packstation.validation import describe

_LABEL_MIME_BY_FORMAT: Final = {"pdf": "application/pdf", "png": "image/png", "zpl": "application/zpl"}
DEFAULT_DPI: Final = 203


@dataclass(frozen=True)
class PrinterOptions:
    """A printer as a person names it: its URL, and what the profile would otherwise default."""

    url: str
    dpi: int | None = (
        None  # the PRINTER's resolution; None: asked of a ZPL printer (tcp://, serial://), else 203
    )
    media: str | None = None  # "4x6", "a6", "100x150mm"
    language: str | None = None  # "zpl" (default), "tspl", "epl2" or "escpos"
    timeout: float | None = None  # connect and status-answer timeout
    # Media and calibration (None: the profile's default, or the printer's own setting).
    gap_mm: float | None = None
    offset_top_mm: float | None = None
    offset_left_mm: float | None = None
    darkness: int | None = None
    speed: int | None = None
    copies: int | None = None


@dataclass(frozen=True)
class Printed:
    """A checked print that came out: the job, the outcome, and the status after it."""

    job: PrintJob
    outcome: PrintOutcome
    status: PrinterStatus


@dataclass(frozen=True)
class PrinterReport:
    """What a printer says of itself: its identity (or why it cannot tell) and its status."""

    url: str
    identity: PrinterIdentity | None
    identity_unknown: str | None
    status: PrinterStatus

    def raise_unless_ready(self) -> None:
        """Raises `PrinterStatusUnknownError` or `PrinterNotReadyError` with the reason."""
        if self.status.source is StatusSource.UNSUPPORTED:
            raise PrinterStatusUnknownError(self.status.summary)
        if not self.status.ready:
            raise PrinterNotReadyError(
                f"The printer at {self.url} is not ready: {self.status.summary}.", status=self.status
            )


def printer_for(options: PrinterOptions, *, ask_resolution: bool = True) -> LabelPrinter:
    """The printer these options name. Without a DPI, a ZPL printer on tcp:// or serial:// is asked
    (~HI, notes §5.1: a label made for the wrong DPI prints at the wrong size); otherwise 203. Raises
    `InvalidPrinterUrlError`, `ConfigurationError`, or the printer's own errors."""
    spec = parse_printer_url(options.url)  # a bad URL fails here, with an example, before anything else
    language = PrinterLanguage(options.language or "zpl")
    fields: dict[str, object] = {"url": options.url, "language": language}
    if options.media:
        fields["media"] = parse_media(options.media)  # its own error (and exit code), with examples
    if options.timeout is not None:
        fields.update(connect_timeout=options.timeout, status_timeout=options.timeout)
    for name in ("gap_mm", "offset_top_mm", "offset_left_mm", "darkness", "speed", "copies"):
        if getattr(options, name) is not None:
            fields[name] = getattr(options, name)
    if not ask_resolution:
        return LabelPrinter(_validated_profile(fields))
    dpi = options.dpi
    if dpi is None and spec.can_query and language is PrinterLanguage.ZPL:
        try:
            identity = LabelPrinter(_validated_profile(fields)).identify()
        except PrinterStatusUnknownError as exc:
            # A printer that will not say what it is would not answer ~HS either: not ready.
            raise PrinterNotReadyError(f"{exc.message} Pass --dpi to skip asking.") from None
        if identity.dpi not in SUPPORTED_DPIS:
            raise ConfigurationError(
                f"The printer at {spec.url} reports {identity.dpi} dpi ({identity.model}); "
                f"Packstation prints at {', '.join(map(str, SUPPORTED_DPIS))} dpi."
            )
        dpi = identity.dpi
    fields["dpi"] = dpi or DEFAULT_DPI
    return LabelPrinter(_validated_profile(fields))


def print_label_file(printer: LabelPrinter, path: Path) -> Printed:
    """A PDF, PNG or ZPL file, printed exactly as the station would print a label."""
    data, mime_type = _read_label_file(path)
    return Printed(
        *print_checked(printer, lambda: prepare_print_job(data, mime_type, printer.profile), str(path))
    )


def print_calibration(printer: LabelPrinter) -> Printed:
    """The calibration label (media outline, rulers, barcodes) for the printer's profile."""
    return Printed(*print_checked(printer, lambda: calibration_label(printer.profile), "the test label"))


def media_calibration(printer: LabelPrinter) -> PrintOutcome:
    """ "Calibrate media" (ZPL ~JC, TSPL GAPDETECT, EPL2 xa); raises unless it was handed over."""
    return calibrate_media(printer)


def power_up_default(printer: LabelPrinter) -> PrintOutcome:
    """The profile's offset, darkness and speed saved as a ZPL printer's power-up default (^JUS)."""
    return save_power_up_default(printer)


def printer_report(options: PrinterOptions) -> PrinterReport:
    """What the printer reports: model and resolution where it can tell, and its status."""
    printer = printer_for(options, ask_resolution=False)
    identity: PrinterIdentity | None = None
    unknown: str | None = None
    if printer.can_identify:
        try:
            identity = printer.identify()
        except PrinterStatusUnknownError as exc:
            unknown = exc.message
    return PrinterReport(parse_printer_url(options.url).url, identity, unknown, printer.status())


def _validated_profile(fields: dict[str, object]) -> PrinterProfile:
    """`PrinterProfile.model_validate`, with pydantic's errors turned into one `ConfigurationError`."""
    try:
        return PrinterProfile.model_validate(fields)
    except ValidationError as exc:
        problems = describe(exc, "profile").rstrip(".")
        raise ConfigurationError(f"Invalid printer settings: {problems}.") from None


def _read_label_file(path: Path) -> tuple[bytes, str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackstationError(
            f"Cannot read the label file {path}: {exc.strerror or exc}.", code=ErrorCode.LABEL_FILE_UNREADABLE
        ) from None
    fmt = sniff_label_format(data)
    if fmt is None:
        raise LabelFormatError(f"{path} is not a PDF, PNG or ZPL label.")
    return data, _LABEL_MIME_BY_FORMAT[fmt.value]
