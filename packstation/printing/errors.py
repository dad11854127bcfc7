"""Errors of the label-format half of printing: each a `PackstationError` with a stable code.

Transport and printer-status errors live with the transports; everything here is about the label
bytes or the profile they are paired with, so nothing here is worth a retry.
"""

from __future__ import annotations

from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError, PackstationError


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
