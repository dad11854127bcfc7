"""Headless flows behind the CLI: `packstation ship`, `--training` and `--self-test`.

Wires the pieces (credentials, httpx, client, journal, printer, simulator) into the same
`StationWorkflow` the GUI drives, and prints for people; the decisions live in `station`.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from packstation.atomic import atomic_write_bytes
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.printing.profile import PrinterProfile
from packstation.runtime import open_station
from packstation.station.shipping import OrderLookupPolicy
from packstation.station.workflow import ScanVerdict, Verdict

EXIT_OUTCOME_UNKNOWN = 5
# A recovery verdict with one of these leaves an order blocked until its outcome is settled.
UNKNOWN_OUTCOME_CODES = frozenset(
    {ErrorCode.OUTCOME_STILL_UNKNOWN, ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN}
)


def print_verdict(verdict: ScanVerdict, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout  # looked up per call: the caller may have redirected stdout
    print(verdict.message, file=stream)
    if verdict.order is not None:
        print(f"  order      {verdict.order.order_number} to {verdict.order.recipient}", file=stream)
    if verdict.parcel_id is not None:
        print(f"  parcel     {verdict.parcel_id}", file=stream)
        print(f"  tracking   {verdict.tracking_number or '(none given)'}", file=stream)
    if verdict.label_path is not None:
        print(f"  saved to   {verdict.label_path}", file=stream)
    if verdict.print_outcome is not None:
        print(f"  printer    {verdict.print_outcome.printer_url}: {verdict.print_outcome.state}", file=stream)


def _station_overrides(args: argparse.Namespace, *, training: bool) -> dict[str, Any]:
    """`--api-url` and `--printer` as settings on top of the saved ones (without `--printer`, and
    outside training, the label only goes to a file)."""
    overrides: dict[str, Any] = {}
    if not training and args.api_url:
        overrides["api_url"] = args.api_url
    if getattr(args, "printer", None):
        overrides["printer"] = PrinterProfile(url=args.printer)
    elif not training:
        overrides["printer"] = None
    return overrides


def ship_command(args: argparse.Namespace, *, training: bool, lookup: OrderLookupPolicy | None = None) -> int:
    """`packstation ship`: one scan through the station workflow (journal, guard, printer)."""
    overrides = _station_overrides(args, training=training)
    if args.mime_type:
        overrides["label_mime_type"] = args.mime_type  # the CLI resolved pdf/zpl/png already
    if args.dpi is not None:
        overrides["label_dpi"] = args.dpi
    if args.integration:
        overrides["integration_ids"] = tuple(args.integration)
    if lookup is not None:
        overrides["lookup"] = {"attempts": lookup.attempts, "backoff_seconds": lookup.backoff}
    with open_station(
        training=training, overrides=overrides, sleep=lookup.sleep if lookup else time.sleep
    ) as station:
        verdict = station.workflow.handle_scan(args.order_number)
    if verdict.verdict is not Verdict.SUCCESS:
        raise PackstationError(verdict.message, code=verdict.code)
    _write_output(args.output, verdict)
    return 0


def reprint_command(args: argparse.Namespace, *, training: bool) -> int:
    """`packstation reprint ORDER_NUMBER`: the order's label again, from the label store or the
    parcel documents endpoint; never a new label. Audited like the console's reprint."""
    with open_station(training=training, overrides=_station_overrides(args, training=training)) as station:
        workflow = station.workflow
        attempt = workflow.label_attempt(args.order_number, parcel_id=args.parcel)
        workflow.journal.audit("command line", "reprint", f"attempt {attempt.id}, parcel {attempt.parcel_id}")
        verdict = workflow.reprint(attempt.id)
        if verdict.verdict is not Verdict.SUCCESS:
            raise PackstationError(verdict.message, code=verdict.code)
        if verdict.label_path is None:  # no printer and never saved here: keep it now
            verdict = dataclasses.replace(verdict, label_path=workflow.journal.attempt(attempt.id).label_path)
    _write_output(args.output, verdict)
    return 0


def recover_command(args: argparse.Namespace, *, training: bool) -> int:
    """`packstation recover`: start-up recovery, headless. One line per attempt it touched; exit 5
    while a label's outcome is still unknown (unprinted labels are listed, not a failure)."""
    overrides = _station_overrides(args, training=training)
    overrides["printer"] = None  # recovery prints nothing
    with open_station(training=training, overrides=overrides) as station:
        verdicts = station.workflow.recover()
    for verdict in verdicts:
        print(f"attempt {verdict.attempt_id}  {verdict.code or verdict.verdict}  {verdict.message}")
    if not verdicts:
        print("Nothing was left unfinished.")
    if any(verdict.code in UNKNOWN_OUTCOME_CODES for verdict in verdicts):
        return EXIT_OUTCOME_UNKNOWN
    return 0


def _write_output(output: Path | None, verdict: ScanVerdict) -> None:
    if output is not None and verdict.label_path is not None:
        atomic_write_bytes(output, verdict.label_path.read_bytes())
        verdict = _saved_to(verdict, output)
    print_verdict(verdict)


def _saved_to(verdict: ScanVerdict, path: Path) -> ScanVerdict:
    return dataclasses.replace(verdict, label_path=path)


def self_test() -> int:
    """`packstation --self-test`: ship one seeded order through the whole training station
    (simulator + virtual printer), headless, and exit 0 only when its label reached the printer."""
    with open_station(training=True) as station:
        assert station.simulator is not None
        assert station.virtual_printer is not None
        print(f"Training mode: Sendcloud simulator at {station.simulator.base_url}")
        print(f"Training printer: {station.virtual_printer.url}")
        print(f"Training station folder: {station.paths.data_dir}")
        verdict = station.workflow.handle_scan(station.simulator.shippable_order_numbers()[0])
        print_verdict(verdict)
        if verdict.verdict is not Verdict.SUCCESS:
            raise PackstationError(verdict.message, code=verdict.code)
        [job] = station.virtual_printer.wait_for_jobs(1, timeout=10)
        print(f"  received   {len(job.data)} bytes at the virtual printer")
    return 0


# --- printing: `packstation print`, `printer-status`, `test-print` (issue 3) -----------------------
# The same steps the station takes before and after buying a label: status first where the
# printer can tell, then the format conversion, then one send whose outcome is reported honestly.

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import ValidationError

    from packstation.errors import ConfigurationError
    from packstation.printing.convert import PrintJob
    from packstation.printing.printer import LabelPrinter, PrintOutcome
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
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.printer_errors import PrinterNotReadyError, PrinterStatusUnknownError
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


def print_checked(
    printer: LabelPrinter, make_job: Callable[[], PrintJob], what: str
) -> tuple[PrintJob, PrintOutcome, PrinterStatus]:
    """ensure_ready → make the job → send; raises unless the outcome is "printed"."""
    from packstation.printing.printer import PrintState
    from packstation.printing.printer_errors import PrinterError, PrintUnconfirmedError

    status = printer.ensure_ready()  # raises PrinterNotReadyError (or Unreachable) with the reason
    job = make_job()
    outcome = printer.send(job)
    if outcome.state is PrintState.SENT_UNCONFIRMED:
        raise PrintUnconfirmedError(
            f"{what} was sent to {outcome.printer_url} but not confirmed ({outcome.bytes_sent} of "
            f"{outcome.job_bytes} bytes): {outcome.reason}."
        )
    if outcome.state is PrintState.NOT_SENT:
        raise PrinterError(f"{what} was not sent: {outcome.reason}.", code=ErrorCode.PRINT_NOT_SENT)
    return job, outcome, status


def print_test_label(printer: LabelPrinter) -> PrintOutcome:
    """The calibration label for the printer's profile, as `packstation test-print` sends it (the
    settings dialog's "Test print"). Raises like `print_checked`."""
    from packstation.printing.calibration import calibration_label

    profile = printer.profile
    return print_checked(printer, lambda: calibration_label(profile), "the test label")[1]


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
    from packstation.printing.printer import LabelPrinter
    from packstation.printing.printer_errors import (
        PrinterNotReadyError,
        PrinterStatusUnknownError,
    )
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
