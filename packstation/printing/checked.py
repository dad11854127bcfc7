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
from packstation.printing.setup import calibrate_media_command, save_as_power_up_default
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


def send_setting(printer: LabelPrinter, data: bytes, what: str) -> PrintOutcome:
    """A command that sets the printer up (no label), sent once; raises unless it was handed over."""
    outcome = printer.send(data)
    if outcome.state is PrintState.NOT_SENT:
        raise PrinterError(f"{what} was not sent: {outcome.reason}.", code=ErrorCode.PRINT_NOT_SENT)
    if outcome.state is PrintState.SENT_UNCONFIRMED:
        raise PrintUnconfirmedError(
            f"{what} was sent to {outcome.printer_url} but not confirmed: {outcome.reason}."
        )
    return outcome


def calibrate_media(printer: LabelPrinter) -> PrintOutcome:
    """ "Calibrate media": the printer measures its labels and gap (ZPL ~JC, TSPL GAPDETECT, EPL2
    xa), feeding a label or two. Raises `ConfigurationError` for ESC/POS and the spooler."""
    command = calibrate_media_command(printer.profile)
    return send_setting(printer, command, "The media calibration")


def save_power_up_default(printer: LabelPrinter) -> PrintOutcome:
    """The profile's offset, darkness and speed saved in a ZPL printer as its power-up default
    (setup + ^JUS), once, on a person's request. Raises `ConfigurationError` for other languages."""
    command = save_as_power_up_default(printer.profile)
    return send_setting(printer, command, "Saving the printer settings")


def print_test_label(printer: LabelPrinter) -> PrintOutcome:
    """The calibration label for the printer's profile, as `packstation test-print` sends it (the
    settings dialog's "Test print"). Raises like `print_checked`."""
    profile = printer.profile
    return print_checked(printer, lambda: calibration_label(profile), "the test label")[1]
