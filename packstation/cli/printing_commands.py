"""The printing commands: `packstation print`, `printer-status` and `test-print`.

The same steps the station takes before and after buying a label (`printing.checked`), reported
for people on stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from packstation.error_codes import ErrorCode
from packstation.printing.checked import print_checked

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import ValidationError

    from packstation.errors import ConfigurationError
    from packstation.printing.convert import PrintJob
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.profile import PrinterProfile
    from packstation.printing.status import PrinterStatus

_LABEL_MIME_BY_FORMAT = {"pdf": "application/pdf", "png": "image/png", "zpl": "application/zpl"}


def printer_profile_from_args(args: argparse.Namespace, *, url: str) -> PrinterProfile:
    """A `PrinterProfile` from `--dpi/--media/--language/--timeout`.

    `--dpi` is the printer's resolution. Omitted for a ZPL printer on tcp://, it is read from the
    printer (~HI, notes §5.1: a label made for the wrong DPI prints at the wrong size); otherwise
    203. Raises `InvalidPrinterUrlError`, `ConfigurationError`, or the printer's own errors.
    """
    from pydantic import ValidationError

    from packstation.errors import ConfigurationError
    from packstation.printing.errors import PrinterNotReadyError, PrinterStatusUnknownError
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.profile import SUPPORTED_DPIS, PrinterLanguage, parse_media
    from packstation.printing.transports import parse_printer_url

    spec = parse_printer_url(url)  # a bad URL fails here, with an example, before anything else
    language = PrinterLanguage(getattr(args, "language", None) or "zpl")
    fields: dict[str, object] = {"url": url, "language": language}
    if getattr(args, "media", None):
        fields["media"] = parse_media(args.media)  # its own error (and exit code), with examples
    timeout = getattr(args, "timeout", None)
    if timeout is not None:
        fields.update(connect_timeout=timeout, status_timeout=timeout)
    dpi = getattr(args, "dpi", None)
    try:
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
        fields["dpi"] = dpi or 203
        return _validated_profile(fields)
    except ValidationError as exc:
        raise _settings_error(exc) from None


def _settings_error(exc: ValidationError) -> ConfigurationError:
    from packstation.errors import ConfigurationError
    from packstation.validation import describe

    return ConfigurationError(f"Invalid printer settings: {describe(exc, 'profile').rstrip('.')}.")


def _validated_profile(fields: dict[str, object]) -> PrinterProfile:
    """`PrinterProfile.model_validate`, with pydantic's errors turned into one `ConfigurationError`."""
    from pydantic import ValidationError

    from packstation.printing.profile import PrinterProfile

    try:
        return PrinterProfile.model_validate(fields)
    except ValidationError as exc:
        raise _settings_error(exc) from None


def _read_label_file(path: Path) -> tuple[bytes, str]:
    from packstation.errors import PackstationError
    from packstation.printing.convert import sniff_label_format
    from packstation.printing.errors import LabelFormatError

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


def _print_status_line(status: PrinterStatus, stream: TextIO) -> None:
    summary = status.summary.removeprefix("status ")  # "unknown: …" reads better after "status"
    print(f"  status     {summary}", file=stream)
    for warning in status.warnings:
        print(f"  warning    {warning}", file=stream)


def _print_and_report(printer: LabelPrinter, make_job: Callable[[], PrintJob], what: str) -> int:
    """`print_checked`, then the report for people."""
    job, outcome, status = print_checked(printer, make_job, what)
    out = sys.stdout
    print(f"Printed {what} on {outcome.printer_url}", file=out)
    print(f"  job        {job.description}", file=out)
    print(f"  sent       {outcome.bytes_sent} bytes; {outcome.reason}", file=out)
    _print_status_line(outcome.status_after or status, out)
    return 0


def print_label_command(args: argparse.Namespace) -> int:
    """`packstation print LABEL_FILE --printer URL`: print a PDF, PNG or ZPL file as the station would."""
    from packstation.printing.convert import prepare_print_job
    from packstation.printing.printer import LabelPrinter

    data, mime_type = _read_label_file(args.label_file)
    profile = printer_profile_from_args(args, url=args.printer)
    printer = LabelPrinter(profile)
    return _print_and_report(
        printer, lambda: prepare_print_job(data, mime_type, profile), str(args.label_file)
    )


def calibration_print_command(args: argparse.Namespace) -> int:
    """`packstation test-print --printer URL`: the calibration label for this profile."""
    from packstation.printing.calibration import calibration_label
    from packstation.printing.printer import LabelPrinter

    profile = printer_profile_from_args(args, url=args.printer)
    printer = LabelPrinter(profile)
    return _print_and_report(printer, lambda: calibration_label(profile), "the test label")


def printer_status_command(args: argparse.Namespace) -> int:
    """`packstation printer-status URL`: what the printer reports, or why it cannot tell.

    Exit 0 only when the printer says it is ready; the reason otherwise goes to stderr.
    """
    from packstation.printing.errors import (
        PrinterNotReadyError,
        PrinterStatusUnknownError,
    )
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.profile import PrinterLanguage
    from packstation.printing.status import StatusSource
    from packstation.printing.transports import parse_printer_url

    spec = parse_printer_url(args.url)
    fields: dict[str, object] = {"url": args.url, "language": PrinterLanguage(args.language or "zpl")}
    if args.timeout is not None:
        fields.update(connect_timeout=args.timeout, status_timeout=args.timeout)
    printer = LabelPrinter(_validated_profile(fields))
    out = sys.stdout
    print(f"Printer {spec.url}", file=out)
    if printer.can_query:
        try:
            identity = printer.identify()
        except PrinterStatusUnknownError as exc:
            print(f"  resolution unknown: {exc.message}", file=out)
        else:
            print(f"  model      {identity.model} (firmware {identity.firmware})", file=out)
            print(f"  resolution {identity.dpi} dpi ({identity.dpmm} dots/mm)", file=out)
    status = printer.status()
    _print_status_line(status, out)
    if status.source is StatusSource.UNSUPPORTED:
        raise PrinterStatusUnknownError(status.summary)
    if not status.ready:
        raise PrinterNotReadyError(
            f"The printer at {spec.url} is not ready: {status.summary}.", status=status
        )
    return 0
