"""The printing commands: `packstation print`, `printer-status`, `test-print` and `calibrate-media`.

The printer tools of `app.printer_tools` (the same steps the station takes around every label),
reported for people on stdout.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from packstation.app.printer_tools import (
    Printed,
    PrinterOptions,
    media_calibration,
    power_up_default,
    print_calibration,
    print_label_file,
    printer_for,
    printer_report,
)

if TYPE_CHECKING:
    from packstation.printing.status import PrinterStatus


def _options(args: argparse.Namespace, url: str) -> PrinterOptions:
    return PrinterOptions(
        url=url,
        dpi=getattr(args, "dpi", None),
        media=getattr(args, "media", None),
        language=getattr(args, "language", None),
        timeout=getattr(args, "timeout", None),
        gap_mm=getattr(args, "gap_mm", None),
        offset_top_mm=getattr(args, "offset_top_mm", None),
        offset_left_mm=getattr(args, "offset_left_mm", None),
        darkness=getattr(args, "darkness", None),
        speed=getattr(args, "speed", None),
        copies=getattr(args, "copies", None),
    )


def print_label_command(args: argparse.Namespace) -> int:
    """`packstation print LABEL_FILE --printer URL`: print a PDF, PNG or ZPL file as the station would."""
    printer = printer_for(_options(args, args.printer))
    return _report(print_label_file(printer, args.label_file), str(args.label_file))


def calibration_print_command(args: argparse.Namespace) -> int:
    """`packstation test-print --printer URL [--save-as-default]`: the calibration label for this
    profile; then, if asked, its calibration kept as a ZPL printer's power-up default."""
    printer = printer_for(_options(args, args.printer))
    result = _report(print_calibration(printer), "the test label")
    if args.save_as_default:
        outcome = power_up_default(printer)
        print(f"Saved as the power-up default on {outcome.printer_url} (^JUS)", file=sys.stdout)
    return result


def calibrate_media_command(args: argparse.Namespace) -> int:
    """`packstation calibrate-media --printer URL`: the printer measures its labels and gap."""
    printer = printer_for(_options(args, args.printer), ask_resolution=False)
    outcome = media_calibration(printer)
    print(
        f"Media calibration sent to {outcome.printer_url}: the printer feeds a label or two", file=sys.stdout
    )
    return 0


def printer_status_command(args: argparse.Namespace) -> int:
    """`packstation printer-status URL`: what the printer reports, or why it cannot tell.

    Exit 0 only when the printer says it is ready; the reason otherwise goes to stderr.
    """
    report = printer_report(_options(args, args.url))
    out = sys.stdout
    print(f"Printer {report.url}", file=out)
    if report.identity_unknown is not None:
        print(f"  resolution unknown: {report.identity_unknown}", file=out)
    elif report.identity is not None:
        identity = report.identity
        print(f"  model      {identity.model} (firmware {identity.firmware})", file=out)
        print(f"  resolution {identity.dpi} dpi ({identity.dpmm} dots/mm)", file=out)
    _print_status_line(report.status, out)
    report.raise_unless_ready()
    return 0


def _report(printed: Printed, what: str) -> int:
    out = sys.stdout
    print(f"Printed {what} on {printed.outcome.printer_url}", file=out)
    print(f"  job        {printed.job.description}", file=out)
    print(f"  sent       {printed.outcome.bytes_sent} bytes; {printed.outcome.reason}", file=out)
    _print_status_line(printed.outcome.status_after or printed.status, out)
    return 0


def _print_status_line(status: PrinterStatus, stream: TextIO) -> None:
    summary = status.summary.removeprefix("status ")  # "unknown: …" reads better after "status"
    print(f"  status     {summary}", file=stream)
    for warning in status.warnings:
        print(f"  warning    {warning}", file=stream)
