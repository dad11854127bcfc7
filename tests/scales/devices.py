"""Fake scales on the far end of a real pseudo-terminal pair: the station side is pyserial on the pty's
slave (`/dev/pts/N`), exactly as on a USB-serial adapter; the device side is a thread on the master.

`SicsBalance` answers MT-SICS commands like a balance (`S` waits for stability itself, `SI` answers
at once, `@` cancels); `StreamingScale` sends a weight line over and over without being asked.
Both keep what they received and what they sent, so tests assert on the wire, not on mocks.
"""

from __future__ import annotations

import os
import select
import threading
import time
import tty
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from types import TracebackType
from typing import Self

from packstation.scales import ScaleTimeouts

FAST = ScaleTimeouts(read=0.3, stability=1.0, poll=0.01)  # every wait a test's size


class PtyDevice:
    """One pseudo-terminal pair and a device thread on its master end."""

    def __init__(self) -> None:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # no echo, no line editing: a serial line, not a terminal
        self.port = os.ttyname(self._slave)
        self.sent: list[bytes] = []
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=f"fake-scale-{self.port}", daemon=True)

    def url(self, protocol: str, **options: str) -> str:
        query = "&".join([*(f"{k}={v}" for k, v in options.items()), f"protocol={protocol}"])
        return f"serial://{self.port}?{query}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        os.close(self._master)
        os.close(self._slave)

    def write(self, data: bytes) -> None:
        with self._lock:
            self.sent.append(data)
        os.write(self._master, data)

    def _run(self) -> None:
        buffer = bytearray()
        while not self._stop.is_set():
            readable, _, _ = select.select([self._master], [], [], self.tick)
            if readable:
                try:
                    buffer += os.read(self._master, 1024)
                except OSError:  # the station side closed: a pty master reads EIO
                    time.sleep(self.tick)
                while b"\r\n" in buffer:
                    line, _, rest = bytes(buffer).partition(b"\r\n")
                    buffer[:] = rest
                    self.received(line.decode("ascii"))
            self.idle()

    tick = 0.005

    def received(self, command: str) -> None:
        """A command line from the station (without CR LF)."""

    def idle(self) -> None:
        """Called every tick: a device that talks by itself talks here."""


@dataclass
class Load:
    """What is on the balance: a weight (None: over or under range), and when it settles."""

    value: Decimal | None
    unit: str = "kg"
    settles_at: float = 0.0  # monotonic time from which the weight is stable; inf: never
    over: bool = False
    under: bool = False

    def line(self, *, now: float, immediate: bool) -> str | None:
        if self.over:
            return "S +"
        if self.under:
            return "S -"
        assert self.value is not None
        stable = now >= self.settles_at
        if not stable and not immediate:
            return None
        return f"S {'S' if stable else 'D'} {self.value:>10} {self.unit}"


class SicsBalance(PtyDevice):
    """An MT-SICS balance. `S` is answered once the load is stable (or `S I` after the balance's own
    stability timeout); `SI` at once with `S S` or `S D`; `@` with `I4 A`; anything else `ES`."""

    def __init__(self, *, silent: bool = False, own_timeout: float = 0.5) -> None:
        super().__init__()
        self.silent = silent
        self.own_timeout = own_timeout  # the balance gives up on stability after this long: `S I`
        self.commands: list[str] = []
        self.answers: list[str] = []
        self.load = Load(Decimal("0.000"))
        self._pending_s: float | None = None  # when an unanswered `S` came

    def put(self, value: str, unit: str = "kg", *, settle: float = 0.0) -> None:
        """Put a load on: stable at once, after `settle` seconds, or never (inf)."""
        self.load = Load(Decimal(value), unit, time.monotonic() + settle)

    def overload(self) -> None:
        self.load = Load(None, over=True)

    def underload(self) -> None:
        self.load = Load(None, under=True)

    def answer(self, line: str) -> None:
        self.answers.append(line)
        self.write(line.encode("ascii") + b"\r\n")

    def received(self, command: str) -> None:
        self.commands.append(command)
        if self.silent:
            return
        now = time.monotonic()
        if command == "S":
            self._pending_s = now
            self.idle()
        elif command == "SI":
            line = self.load.line(now=now, immediate=True)
            assert line is not None
            self.answer(line)
        elif command == "@":
            self._pending_s = None
            self.answer('I4 A "0123456789"')
        else:
            self.answer("ES")

    def idle(self) -> None:
        if self._pending_s is None:
            return
        now = time.monotonic()
        line = self.load.line(now=now, immediate=False)
        if line is not None:
            self._pending_s = None
            self.answer(line)
        elif now - self._pending_s >= self.own_timeout:
            self._pending_s = None
            self.answer("S I")


class StreamingScale(PtyDevice):
    """A scale in continuous output: sends `line()` every `interval` seconds, unasked."""

    def __init__(self, line: Callable[[], bytes] | bytes, interval: float = 0.02) -> None:
        super().__init__()
        self.interval = interval
        self._next_at = 0.0
        self.show(line)

    def show(self, line: Callable[[], bytes] | bytes) -> None:
        """What the scale streams from now on (bytes, CR LF included, or a function giving them)."""
        self._line = line if callable(line) else (lambda: line)

    def idle(self) -> None:
        now = time.monotonic()
        if now >= self._next_at:
            self._next_at = now + self.interval
            self.write(self._line())
