"""The station's label printer: identity and status before spending money, then one job at a time.

`LabelPrinter(profile)` talks through the transport its URL selects (`transports.py`):

- `identify()` asks a ZPL printer on tcp:// or serial:// `~HI` for its model and head resolution
  (notes §3.5, §5.1): call it when the profile is set up, so a 203-dpi label never goes to a
  300-dpi head.
- `status()` asks `~HS` (ZPL) or `<ESC>!?` (TSPL), over tcp:// or serial://; `ensure_ready()`
  raises `PrinterNotReadyError` (reason in plain words) while the printer reports paper out,
  ribbon out, head open, paused… or does not answer in time. It is called before a label is
  bought. Other transports and languages (EPL2, ESC/POS, the spooler) cannot ask: their status is
  "unknown" (`StatusSource.UNSUPPORTED`) and `ensure_ready()` lets them through, saying so.
- `send(job)` returns a `PrintOutcome` and never raises for printer trouble: `printed`,
  `sent_unconfirmed` (some bytes may have reached the printer, or it did not confirm afterwards:
  a person looks before any reprint, notes §5.8) or `not_sent` (nothing left the station).

One connection at a time per printer URL (raw 9100 devices often accept only one, notes §1.7,
§5.9): every operation opens, talks, reads and closes under a per-URL lock. Every wait (connect,
write, read, the lock) is a parameter.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from packstation.printing.errors import (
    PrinterBusyError,
    PrinterError,
    PrinterNotReadyError,
    PrinterResolutionMismatchError,
    PrinterSendError,
    PrinterStatusUnknownError,
)
from packstation.printing.profile import PrinterLanguage, language_label
from packstation.printing.status import (
    HOST_IDENTIFICATION_COMMAND,
    HOST_IDENTIFICATION_FRAMES,
    HOST_STATUS_COMMAND,
    HOST_STATUS_FRAMES,
    TSPL_STATUS_COMMAND,
    PrinterIdentity,
    PrinterStatus,
    StatusParseError,
    StatusSource,
    parse_host_identification,
    parse_host_status,
    parse_tspl_status,
)
from packstation.printing.transports import (
    Transport,
    TransportSpec,
    TransportTimeouts,
    open_transport,
    parse_printer_url,
)

if TYPE_CHECKING:
    from packstation.printing.profile import PrinterProfile

log = logging.getLogger(__name__)


class SendableJob(Protocol):
    """What `send` needs from a `convert.PrintJob`: the exact bytes and a line for the log."""

    @property
    def payload(self) -> bytes: ...

    @property
    def description(self) -> str: ...


class PrintState(StrEnum):
    PRINTED = (
        "printed"  # every byte was handed over (and, where it can be asked, the printer then said ready)
    )
    SENT_UNCONFIRMED = "sent_unconfirmed"  # may or may not have printed: a person decides
    NOT_SENT = "not_sent"  # nothing reached the printer; safe to try again


@dataclass(frozen=True)
class PrintOutcome:
    """The result of one `send`, for the journal and the packer."""

    state: PrintState
    reason: str  # a clause, no closing full stop: every caller puts it inside a sentence of its own
    printer_url: str
    bytes_sent: int = 0
    job_bytes: int = 0
    status_after: PrinterStatus | None = None

    @property
    def printed(self) -> bool:
        return self.state is PrintState.PRINTED


_locks_guard = threading.Lock()
_locks: dict[str, threading.Lock] = {}


def printer_lock(spec: TransportSpec | str) -> threading.Lock:
    """The process-wide lock for one printer URL (normalised, so "tcp://h" and "tcp://h:9100" share)."""
    key = spec.url if isinstance(spec, TransportSpec) else parse_printer_url(spec).url
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def clause(message: str) -> str:
    """A printer message as a clause inside someone else's sentence: without its closing full stop
    (the transports' messages are sentences, and "… printing to it.. Fix" showed at the bench)."""
    return message.removesuffix(".")


class LabelPrinter:
    """A printer profile plus its transport. Thread-safe; holds no connection between calls."""

    def __init__(
        self,
        profile: PrinterProfile,
        *,
        timeouts: TransportTimeouts | None = None,
        lock_timeout: float | None = None,
        confirm_after_send: bool = True,
    ) -> None:
        """`timeouts` default to the profile's; `lock_timeout` (how long to wait while another job
        holds the printer) defaults to one job's worst case. `confirm_after_send` asks a printer
        that can be asked (ZPL ~HS, TSPL <ESC>!?) on the same connection right after the job, so a
        connection that died silently is caught (a successful send only means the OS took the
        bytes, notes §1.3)."""
        self.profile = profile
        self.spec = parse_printer_url(profile.url)
        self.timeouts = timeouts or TransportTimeouts.from_profile(profile)
        t = self.timeouts
        self.lock_timeout = t.connect + t.write + 2 * t.read if lock_timeout is None else lock_timeout
        self.confirm_after_send = confirm_after_send

    @property
    def url(self) -> str:
        return self.spec.url

    @property
    def can_query(self) -> bool:
        """True when the printer can be asked its status: a ZPL (~HS) or TSPL (<ESC>!?) printer on
        tcp:// or serial://."""
        return self.spec.can_query and self.profile.language in (PrinterLanguage.ZPL, PrinterLanguage.TSPL)

    @property
    def can_identify(self) -> bool:
        """True when the printer can be asked its model and resolution: ZPL's ~HI, on tcp:// or
        serial://."""
        return self.spec.can_query and self.profile.language is PrinterLanguage.ZPL

    def _unsupported_reason(self) -> str:
        if self.profile.language not in (PrinterLanguage.ZPL, PrinterLanguage.TSPL):
            name = language_label(self.profile.language)
            return f"status unknown: {name} printers cannot be asked for their status"
        return (
            f"status unknown: a printer on {self.spec.scheme}:// cannot be asked for its status "
            "(only tcp:// and serial:// printers answer)"
        )

    @contextmanager
    def _connection(self) -> Iterator[Transport]:
        lock = printer_lock(self.spec)
        if not lock.acquire(timeout=self.lock_timeout):
            raise PrinterBusyError(
                f"The printer at {self.url} is busy with another job (waited {self.lock_timeout:g} s)."
            )
        try:
            with open_transport(self.spec, self.timeouts) as transport:
                yield transport
        finally:
            lock.release()

    def identify(self) -> PrinterIdentity:
        """Model, firmware and head resolution from ~HI.

        Raises `PrinterStatusUnknownError` when the printer cannot be asked or did not answer
        readably, `PrinterUnreachableError`/`PrinterBusyError` when it cannot be reached.
        """
        if not self.can_identify:
            reason = self._unsupported_reason()
            if self.can_query:  # a TSPL printer: it reports its state, not its model
                name = language_label(self.profile.language)
                reason = f"status unknown: {name} printers cannot say their resolution"
            raise PrinterStatusUnknownError(reason.replace("status", "resolution", 1))
        with self._connection() as transport:
            try:
                reply = transport.query(HOST_IDENTIFICATION_COMMAND, frames=HOST_IDENTIFICATION_FRAMES)
            except PrinterSendError as exc:
                message = f"Could not ask {self.url} who it is: {clause(exc.message)}."
                raise PrinterStatusUnknownError(message) from None
            problem = transport.read_problem or f"no answer within {self.timeouts.read:g} s"
        try:
            return parse_host_identification(reply)
        except StatusParseError:
            if not reply:
                raise PrinterStatusUnknownError(
                    f"The printer at {self.url} did not say what it is (~HI: {problem})."
                ) from None
            raise PrinterStatusUnknownError(
                f"The printer at {self.url} gave an unreadable answer to ~HI: {reply[:80]!r}."
            ) from None

    def verify_resolution(self) -> PrinterIdentity:
        """`identify()`, then refuse a profile whose DPI is not the head's: for the settings layer,
        when the profile is set up. Every label would otherwise print 68 % or 148 % size (notes §5.1).

        Raises `PrinterResolutionMismatchError`, or what `identify()` raises.
        """
        identity = self.identify()
        if identity.dpi != self.profile.dpi:
            raise PrinterResolutionMismatchError(
                f"The printer at {self.url} ({identity.model}) prints at {identity.dpi} dpi, but the "
                f"settings say {self.profile.dpi} dpi: set the printer's resolution to {identity.dpi}.",
                profile_dpi=self.profile.dpi,
                printer_dpi=identity.dpi,
            )
        return identity

    def status(self) -> PrinterStatus:
        """What the printer reports now (~HS, <ESC>!?); never ready when it did not answer in time.

        Returns an UNSUPPORTED status for transports/languages that cannot be asked. Raises
        `PrinterUnreachableError` (or `PrinterBusyError`) when no connection could be made.
        """
        if not self.can_query:
            return PrinterStatus.unsupported(self._unsupported_reason())
        with self._connection() as transport:
            return self._ask_status(transport)

    def _ask_status(self, transport: Transport) -> PrinterStatus:
        tspl = self.profile.language is PrinterLanguage.TSPL
        try:
            if tspl:
                reply = transport.query(TSPL_STATUS_COMMAND, length=1)
            else:
                reply = transport.query(HOST_STATUS_COMMAND, frames=HOST_STATUS_FRAMES)
        except PrinterSendError as exc:
            return PrinterStatus.no_answer(f"the status request could not be sent ({clause(exc.message)})")
        try:
            return parse_tspl_status(reply) if tspl else parse_host_status(reply)
        except StatusParseError:
            if not reply:
                # Newer firmware stays silent while in error (notes §3.5): silence is never "ready".
                problem = transport.read_problem or f"no answer within {self.timeouts.read:g} s"
                return PrinterStatus.no_answer(f"the printer did not answer a status request ({problem})")
            return PrinterStatus.no_answer("the printer's status answer was incomplete or unreadable", reply)

    def ensure_ready(self) -> PrinterStatus:
        """Return the status if a label may be created now; raise `PrinterNotReadyError` if not.

        An UNSUPPORTED status (EPL2, ESC/POS, the spooler; USB, CUPS, files) is returned, not
        refused: nothing can be checked, and its `reasons` say "status unknown" for the packer.
        """
        status = self.status()
        if status.source is StatusSource.UNSUPPORTED or status.ready:
            return status
        message = f"The printer at {self.url} is not ready: {status.summary}."
        raise PrinterNotReadyError(message, status=status)

    def send(self, job: SendableJob | bytes) -> PrintOutcome:
        """Send one job on its own connection and say what is known about it. Never raises for
        printer trouble (only for programming errors): the outcome carries the reason."""
        payload = job if isinstance(job, bytes) else job.payload
        what = "the job" if isinstance(job, bytes) else (job.description or "the job")
        total = len(payload)
        transport: Transport | None = None
        job_bytes_sent: int | None = None  # fixed once the job is written: the ~HS after it is not the job

        def outcome(state: PrintState, reason: str, status: PrinterStatus | None = None) -> PrintOutcome:
            sent = job_bytes_sent if job_bytes_sent is not None else transport.bytes_sent if transport else 0
            result = PrintOutcome(state, clause(reason), self.url, sent, total, status)
            log.info("print %s to %s: %s (%s)", what, self.url, state.value, reason)
            return result

        confirming = self.confirm_after_send and self.can_query
        try:
            with self._connection() as opened:
                transport = opened
                try:
                    opened.write(payload)
                    if not confirming:  # else the ~HS answer after the job, on this connection, tells
                        opened.finish()
                except PrinterSendError as exc:
                    state = PrintState.SENT_UNCONFIRMED if exc.maybe_delivered else PrintState.NOT_SENT
                    return outcome(state, exc.message)
                job_bytes_sent = opened.bytes_sent
                if not confirming:
                    how = "" if self.can_query else "; the printer cannot confirm printing on this connection"
                    return outcome(PrintState.PRINTED, f"{job_bytes_sent} bytes handed to the printer{how}")
                status = self._ask_status(opened)
        except PrinterNotReadyError as exc:  # unreachable or busy: nothing was sent
            return outcome(PrintState.NOT_SENT, exc.message)
        except PrinterError as exc:  # the transport is unavailable on this machine, and the like
            return outcome(PrintState.NOT_SENT, exc.message)
        # Only an answer to the ~HS sent after the job says the printer read the job: a reset or
        # silence leaves it unknown how much of what the kernel took reached the printer.
        if status.ready:
            reason = f"the printer took all {total} bytes and reports ready"
            return outcome(PrintState.PRINTED, reason, status)
        if status.source is StatusSource.NO_ANSWER:
            reason = f"all {total} bytes were sent, but the printer did not confirm them: {status.summary}"
        else:
            reason = f"the printer took the job but now reports: {status.summary}"
        return outcome(PrintState.SENT_UNCONFIRMED, reason + "; check the printer before reprinting", status)
