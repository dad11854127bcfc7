"""Every printing error, each a `PackstationError` with a stable code.

Two families under `PrintingError`: the label's (its bytes, or the profile they are paired with:
never worth a retry) and the printer's (`PrinterError`: reaching it, asking it, sending to it).
The CLI maps the codes to exit codes; the Qt layer translates them. Every printer message names the
printer URL and says what a person can do about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError, PackstationError

if TYPE_CHECKING:
    from packstation.printing.status import PrinterStatus


class PrintingError(PackstationError):
    """Any failure while preparing or sending a label to a printer."""

    code = ErrorCode.PRINTING_ERROR


class LabelFormatError(PrintingError):
    """The label bytes are not what they claim to be, or cannot be read (corrupt PDF/PNG/ZPL)."""

    code = ErrorCode.LABEL_FORMAT_ERROR


class ZplDpiMismatchError(PrintingError):
    """A ZPL label made for one resolution is headed for a printer of another (notes §5.1)."""

    code = ErrorCode.ZPL_DPI_MISMATCH

    def __init__(self, message: str, *, label_dpi: int, printer_dpi: int) -> None:
        super().__init__(message)
        self.label_dpi = label_dpi
        self.printer_dpi = printer_dpi


class UnsupportedPairingError(PrintingError, ConfigurationError):
    """A label format the printer's language cannot carry (native ZPL to ESC/POS or the spooler).

    Also a `ConfigurationError`: the settings layer refuses such a profile when it is saved.
    """

    code = ErrorCode.UNSUPPORTED_PAIRING


class InvalidMediaError(PrintingError, ConfigurationError, ValueError):
    """A media size that cannot be parsed or is out of range.

    Also a `ValueError` so that pydantic turns it into a normal validation error inside the model.
    """

    code = ErrorCode.INVALID_MEDIA


class LabelTooLargeError(PrintingError):
    """The label cannot be placed on the media (e.g. a ZPL ^PW wider than the media)."""

    code = ErrorCode.LABEL_TOO_LARGE


class PrinterError(PrintingError):
    """Any failure talking to the printer itself (reaching it, asking it, sending to it)."""

    code = ErrorCode.PRINTER_ERROR


class InvalidPrinterUrlError(PrinterError, ConfigurationError, ValueError):
    """A printer URL that cannot be parsed; the message shows a valid example for its scheme."""

    code = ErrorCode.INVALID_PRINTER_URL


class TransportUnavailableError(PrinterError, ConfigurationError):
    """The URL is valid but this machine lacks what the transport needs (pyusb, pycups, pywin32…)."""

    code = ErrorCode.PRINTER_TRANSPORT_UNAVAILABLE


class PrinterNotReadyError(PrinterError):
    """The printer cannot take a label now; no label should be created or sent.

    `status` is the status that was read, when there is one.
    """

    code = ErrorCode.PRINTER_NOT_READY

    def __init__(
        self, message: str, *, status: PrinterStatus | None = None, code: ErrorCode | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.status = status


class PrinterUnreachableError(PrinterNotReadyError):
    """The connection could not be opened (refused, no route, connect timeout, device not found).

    A subclass of `PrinterNotReadyError`: an unreachable printer is not ready either, so callers that
    guard label creation catch both with one clause.
    """

    code = ErrorCode.PRINTER_UNREACHABLE


class PrinterBusyError(PrinterNotReadyError):
    """Another job held the printer's connection longer than the lock wait allowed."""

    code = ErrorCode.PRINTER_BUSY


class PrinterResolutionMismatchError(PrinterError, ConfigurationError):
    """The printer's head (~HI) has another resolution than the profile says (notes §5.1)."""

    code = ErrorCode.PRINTER_DPI_MISMATCH

    def __init__(self, message: str, *, profile_dpi: int, printer_dpi: int) -> None:
        super().__init__(message)
        self.profile_dpi = profile_dpi
        self.printer_dpi = printer_dpi


class PrinterStatusUnknownError(PrinterError):
    """The printer cannot tell its status or identity on this connection (not TCP ZPL), or its answer
    could not be read."""

    code = ErrorCode.PRINTER_STATUS_UNKNOWN


class PrinterSendError(PrinterError):
    """Sending a job failed. `maybe_delivered` is True when some bytes may have reached the printer:
    the job is then "sent, unconfirmed" and a person decides on a reprint (notes §5.8)."""

    code = ErrorCode.PRINTER_SEND_FAILED

    def __init__(self, message: str, *, maybe_delivered: bool, bytes_sent: int | None = None) -> None:
        super().__init__(message)
        self.maybe_delivered = maybe_delivered
        self.bytes_sent = bytes_sent


class PrintUnconfirmedError(PrinterError):
    """Raised by headless flows when a job ended "sent, unconfirmed": look before reprinting."""

    code = ErrorCode.PRINT_UNCONFIRMED
