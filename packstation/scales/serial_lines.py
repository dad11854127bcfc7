"""A serial port read as text lines, through pyserial, with a deadline on every read.

Scales end their lines with CR LF, some with CR alone: either ends a line, and empty lines are
skipped. `forget()` drops what the port holds; for a scale that streams, the first bytes after it
may be the tail of a line, so `forget(mid_line=True)` also drops everything up to the next line end.
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Final

import serial

try:
    import termios
except ImportError:  # Windows: pyserial reports through SerialException and OSError there
    termios = None  # type: ignore[assignment]

from packstation.scales.errors import ScaleNotConnectedError
from packstation.scales.urls import ScaleSpec

log = logging.getLogger(__name__)
# What a port that went away raises: pyserial's own error, the OS's, and on POSIX `termios.error`
# (not an OSError: an unplugged USB-serial adapter fails tcflush/tcsetattr with it, EIO).
PORT_ERRORS: Final[tuple[type[BaseException], ...]] = (
    serial.SerialException,
    OSError,
    *((termios.error,) if termios is not None else ()),
)
_OPEN_ERRORS: Final[tuple[type[BaseException], ...]] = (*PORT_ERRORS, ValueError)  # bad options too
_LINE_END: Final = re.compile(rb"[\r\n]")
_MAX_LINE: Final = 256  # no scale line is longer; a stream without line ends is not a scale's


class SerialLines:
    """The scale's port, opened at once (raises `ScaleNotConnectedError`)."""

    def __init__(self, spec: ScaleSpec, write_timeout: float) -> None:
        self.url = spec.url
        try:
            self._port = serial.Serial(
                spec.device,
                baudrate=spec.baudrate,
                bytesize=spec.bytesize,
                parity=spec.parity,
                stopbits=spec.stopbits,
                timeout=0,
                write_timeout=write_timeout,
            )
        except _OPEN_ERRORS as exc:
            raise ScaleNotConnectedError(f"Cannot open the scale at {spec.url}: {_reason(exc)}") from None
        self._pending = bytearray()
        self._skip_fragment = False

    def send(self, command: str) -> None:
        """Send one command line (CR LF added)."""
        try:
            self._port.write(command.encode("ascii") + b"\r\n")
            self._port.flush()
        except PORT_ERRORS as exc:
            raise ScaleNotConnectedError(f"Cannot send to the scale at {self.url}: {_reason(exc)}") from None

    def forget(self, *, mid_line: bool = False) -> None:
        try:
            self._port.reset_input_buffer()
        except PORT_ERRORS as exc:
            raise ScaleNotConnectedError(f"The scale at {self.url} went away: {_reason(exc)}") from None
        self._pending.clear()
        self._skip_fragment = mid_line

    def read_line(self, wait: float) -> str | None:
        """The next non-empty line within `wait` seconds, without its line end; None when none came."""
        deadline = time.monotonic() + wait
        while True:
            line = self._take_line()
            if line is not None:
                return line
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            try:
                self._port.timeout = remaining
                chunk = self._port.read(max(1, self._port.in_waiting))
            except PORT_ERRORS as exc:
                raise ScaleNotConnectedError(f"The scale at {self.url} went away: {_reason(exc)}") from None
            self._pending += chunk

    def _take_line(self) -> str | None:
        while (found := _LINE_END.search(self._pending)) is not None:
            raw = bytes(self._pending[: found.start()])
            del self._pending[: found.end()]
            if self._skip_fragment:
                self._skip_fragment = False
                continue
            # Latin-1: one character per byte, so a binary status byte (Toledo's) survives as it was.
            text = raw.decode("latin-1").strip()
            if text:
                log.debug("scale %s: %r", self.url, text)
                return text
        if len(self._pending) > _MAX_LINE:
            self._pending.clear()  # noise without line ends; the parsers see nothing of it
        return None

    def close(self) -> None:
        self._port.close()


def _reason(exc: BaseException) -> str:
    """pyserial's message names the port twice ("could not open port X: [Errno 2] …"): the OS's
    reason alone when there is one."""
    errno = exc.errno if isinstance(exc, OSError) else None
    if termios is not None and isinstance(exc, termios.error) and exc.args:
        errno = exc.args[0] if isinstance(exc.args[0], int) else None
    text = os.strerror(errno) if errno else " ".join(str(exc).split()) or type(exc).__name__
    return text if text.endswith(".") else text + "."
