"""A checked print: the steps the station takes around every label, for one job of any kind.

Status first where the printer can tell, then the job is made, then one send whose outcome is
reported honestly; anything but "printed" raises. The command line's `print` and `test-print` and
the settings dialog's "Test print" use it.
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.error_codes import ErrorCode
from packstation.printing.calibration import calibration_label
from packstation.printing.convert import PrintJob
from packstation.printing.errors import PrinterError, PrintUnconfirmedError
from packstation.printing.printer import LabelPrinter, PrintOutcome, PrintState
from packstation.printing.status import PrinterStatus


def print_checked(
    printer: LabelPrinter, make_job: Callable[[], PrintJob], what: str
) -> tuple[PrintJob, PrintOutcome, PrinterStatus]:
    """ensure_ready → make the job → send; raises unless the outcome is "printed"."""
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
    profile = printer.profile
    return print_checked(printer, lambda: calibration_label(profile), "the test label")[1]
