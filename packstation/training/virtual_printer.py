"""A virtual label printer on a loopback TCP port, for training mode and tests.

It speaks enough of a Zebra's raw port 9100 (and of a TSC's, for TSPL and EPL2 jobs) to be a real
peer for the app's printer transports:

- It stores every job. One connection is one job: the bytes received until the peer closes its
  side (EOF), minus the host queries. Several `^XA…^XZ` formats sent on one connection stay one
  job, as "open, send, close" is how the app prints. A connection that carried only queries (and
  whitespace) stores no job.
- It answers the host queries `~HS` (host status, three STX…ETX CR LF strings) and `~HI` (host
  identification: model, firmware, dots per mm, memory) the moment it has read them, wherever
  they are in the stream and whether or not a format is open, as a Zebra does; and TSPL's
  `<ESC>!?` (one status byte) the same way, as a TSC does.
- It holds a state (ready, paper out, ribbon out, head open, paused). When not ready it still
  accepts bytes into its buffer, as a real printer does, but prints nothing: such jobs are stored
  with `printed=False`, and print (become `printed=True`) when the state goes back to ready. That
  is the "a retried label comes out twice once paper is loaded" trap, reproduced on purpose.
- It misbehaves on demand: refuse connections (the listening socket is closed, so a connect fails
  at once with ECONNREFUSED), hang (accept the next connection, then neither read nor answer for
  a while), or drop mid-job (reset the connection with a TCP RST after N bytes).
- It also listens on a serial line (`serve_serial()`, POSIX): one end of a pseudo-terminal pair,
  whose other end the station opens with pyserial as `serial:///dev/pts/N`. A serial line has no
  connection to close, so there a job ends when the line has been quiet for
  `serial_idle_seconds`; queries are answered on the line as on a socket.
- It renders a received job to a PNG preview so training mode can show the packer the label:
  ZPL, TSPL (`BITMAP`), EPL2 (`GW`) and ESC/POS raster are decoded back to the dots they print.

What it does not emulate, on purpose: ESC/POS status queries (`DLE EOT`), `~HQES`, `^XA…^XZ`
syntax checking, the one-connection-at-a-time limit of some devices, print speed (a job "prints"
the moment it is complete), and firmware that stays silent to `~HS` while in error (available
as `VirtualPrinterConfig.silent_when_faulted`).

Nothing is logged at INFO per job or per query: the station runs all day. Start and stop are
logged at INFO, everything else at DEBUG.

Long on purpose (~715 lines): one printer's state (jobs, status, faults) shared by its listener,
its connections and the tests that drive it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import logging
import os
import re
import selectors
import socket
import struct
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

from packstation.errors import PackstationError
from packstation.printing.epl2 import parse_epl2
from packstation.printing.escpos_raster import escpos_to_image
from packstation.printing.status import TSPL_HEAD_OPEN, TSPL_PAPER_OUT, TSPL_PAUSED, TSPL_RIBBON_OUT
from packstation.printing.tspl import parse_tspl
from packstation.printing.zpl import gfa_to_image

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger("packstation.training.printer")

STX, ETX = b"\x02", b"\x03"
ESC, GS = 0x1B, 0x1D

# dots per millimetre by print-head resolution, as `~HI` reports it (printing notes §3.5)
DPMM_BY_DPI = {203: 8, 300: 12, 600: 24}

Language = Literal["zpl", "tspl", "epl2", "escpos", "unknown"]

_QUERIES = (b"HS", b"HI")
_TSPL_QUERY = b"!?"  # after ESC: TSPL's status query, answered with one byte
_TSPL_FLAGS = {
    "ready": 0,
    "paper_out": TSPL_PAPER_OUT,
    "ribbon_out": TSPL_RIBBON_OUT,
    "head_open": TSPL_HEAD_OPEN,
    "paused": TSPL_PAUSED,
}
_RECV_SIZE = 65536


class PrinterState(StrEnum):
    READY = "ready"
    PAPER_OUT = "paper_out"
    RIBBON_OUT = "ribbon_out"
    HEAD_OPEN = "head_open"
    PAUSED = "paused"


@dataclass(frozen=True)
class VirtualPrinterConfig:
    """Every knob of the virtual printer; the defaults are a 203-dpi ZD421 that is ready."""

    host: str = "127.0.0.1"  # an IP address (IPv4, or IPv6 such as "::1")
    port: int = 0  # 0: a free port chosen by the OS
    dpi: int = 203  # 203, 300 or 600
    model: str = "ZD421-203dpi"
    firmware: str = "V84.20.18Z"
    memory: str = "8192KB"
    state: PrinterState = PrinterState.READY
    label_length_dots: int | None = None  # reported in ~HS; None: 6 in at `dpi`
    # Newer Zebra manuals say the printer does not answer ~HS in media out, ribbon out or head
    # open. Off by default so tests can read the flags; on to test the client's time-out path.
    silent_when_faulted: bool = False
    max_jobs: int = 500  # jobs() keeps the most recent ones; the station runs all day
    # The preview's largest side in dots: a 44-byte job (`^PW40000^LL40000`) asked for a
    # 40,000×40,000 image (3 GB). 8,000 dots is 13 in at 600 dpi, far past any label.
    max_preview_dots: int = 8000
    # A serial job ends after this long without a byte (a serial line has no end-of-job of its own).
    serial_idle_seconds: float = 0.1

    def __post_init__(self) -> None:
        if self.dpi not in DPMM_BY_DPI:
            raise ValueError(f"dpi must be one of {sorted(DPMM_BY_DPI)}, not {self.dpi}")
        if self.max_jobs < 1:
            raise ValueError("max_jobs must be at least 1")


@dataclass(frozen=True)
class ReceivedJob:
    """What one connection delivered, minus its host queries."""

    data: bytes
    received_at: dt.datetime  # UTC, when the connection ended
    connection_id: int  # 1, 2, … in the order connections were accepted; 0 on the serial line
    language: Language  # a guess from the first bytes
    complete: bool  # False: the connection was reset or the printer stopped mid-job
    printed: bool  # False: received while not ready (or incomplete); nothing came out

    def __repr__(self) -> str:  # never dump 100 KB of raster into a test failure
        return (
            f"ReceivedJob(connection_id={self.connection_id}, bytes={len(self.data)}, "
            f"language={self.language!r}, complete={self.complete}, printed={self.printed})"
        )


class PreviewError(RuntimeError):
    """The job cannot be rendered (unknown language, or a decoder is missing or refused it)."""


_TSPL_WORDS = frozenset(
    {
        b"SIZE",
        b"GAP",
        b"CLS",
        b"BITMAP",
        b"PRINT",
        b"DENSITY",
        b"SPEED",
        b"SHIFT",
        b"DIRECTION",
        b"REFERENCE",
        b"GAPDETECT",
        b"AUTODETECT",
    }
)
_EPL2_LINE = re.compile(rb"(N|xa|[qDS]\d+|Q\d+,\d+|R\d+,\d+|GW\d+,\d+,\d+,\d+,.*|P\d+(,\d+)?)", re.DOTALL)


def guess_language(data: bytes) -> Language:
    """`escpos` if the job starts with ESC or GS, `zpl` if it starts with ^ or ~ or holds ^XA,
    `tspl` if its first line is a TSPL command (SIZE, DENSITY, …), `epl2` if it is an EPL2 one
    (N, q812, D10, …)."""
    stripped = data.lstrip()
    head = stripped[:1]
    if head and head[0] in (ESC, GS):
        return "escpos"
    if head in (b"^", b"~") or b"^XA" in data[:4096].upper():
        return "zpl"
    first = stripped.split(b"\n", 1)[0].rstrip(b"\r")
    if first.split(b" ", 1)[0].upper() in _TSPL_WORDS:
        return "tspl"
    if _EPL2_LINE.fullmatch(first.replace(b" ", b"")):
        return "epl2"
    return "unknown"


class VirtualPrinter:
    """The server. Use as a context manager, or `start()` / `stop()`; safe to use from any thread."""

    def __init__(self, config: VirtualPrinterConfig | None = None) -> None:
        self.config = config or VirtualPrinterConfig()
        self._cond = threading.Condition()
        self._state = self.config.state
        self._jobs: deque[ReceivedJob] = deque(maxlen=self.config.max_jobs)
        self._jobs_total = 0
        self._status_queries = 0
        self._info_queries = 0
        self._tspl_status_queries = 0
        self._connections = 0
        self._refusing = False
        self._hang_next: float | None = None
        self._drop_after: int | None = None
        self._port: int | None = None
        self._running = False
        # Closing the write end of a socket pair wakes every select() on the read end at once:
        # a broadcast "stop" that needs no polling.
        self._stop_r: socket.socket | None = None
        self._stop_w: socket.socket | None = None
        self._stopping = threading.Event()
        self._listener: _Listener | None = None
        self._listen_lock = threading.Lock()
        self._conn_threads: list[threading.Thread] = []

    # ------------------------------------------------------------ lifecycle
    def start(self) -> str:
        """Bind and listen; returns `url`. The port stays the same until `stop()`."""
        with self._listen_lock:
            if self._running:
                raise RuntimeError("the virtual printer is already running")
            self._stopping.clear()
            listener = _Listener(self, self.config.host, self.config.port)
            self._stop_r, self._stop_w = socket.socketpair()
            self._port = listener.port
            self._running = True
            if self._refusing:
                listener.close()
            else:
                self._listener = listener
        log.info("virtual label printer listening on %s", self.url)
        return self.url

    def stop(self) -> None:
        """Stop listening, end open connections (their data is kept as incomplete jobs), join threads."""
        with self._listen_lock:
            if not self._running:
                return
            self._running = False
            self._stopping.set()
            if self._listener is not None:
                self._listener.close()
                self._listener = None
            assert self._stop_w is not None
            self._stop_w.close()
        with self._cond:
            threads = list(self._conn_threads)
        for thread in threads:
            thread.join(timeout=5)
        with self._cond:
            self._conn_threads.clear()
        assert self._stop_r is not None
        self._stop_r.close()
        self._stop_r = self._stop_w = None
        log.info("virtual label printer stopped")

    def serve_serial(self) -> str:
        """Serve a serial line too: returns the path of a pseudo-terminal (`/dev/pts/N`) to open as
        `serial://PATH`. The printer reads the pair's other end until `stop()`. POSIX only.

        Its own handle on the terminal stays open, so the line survives the station opening and
        closing it for every job (as a cable does); the terminal is raw, as pyserial sets it.
        """
        import tty  # POSIX only: imported here so the module still loads on Windows

        if not self._running or self._stop_r is None:
            raise RuntimeError("start the virtual printer before serving a serial line")
        master, slave = os.openpty()
        tty.setraw(slave)
        path = os.ttyname(slave)
        thread = threading.Thread(
            target=self._serve_serial, args=(master, slave), name="virtual-printer-serial", daemon=True
        )
        with self._cond:
            self._conn_threads.append(thread)
        thread.start()
        log.debug("virtual printer: serial line on %s", path)
        return path

    def _serve_serial(self, master: int, slave: int) -> None:
        stop_r = self._stop_r
        assert stop_r is not None
        stream = _Stream()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(master, selectors.EVENT_READ)
                selector.register(stop_r, selectors.EVENT_READ)
                while True:
                    idle = None if stream.empty else self.config.serial_idle_seconds
                    ready = [key.fileobj for key, _ in selector.select(idle)]
                    if stop_r in ready:
                        break
                    if not ready:  # the line went quiet: that was one job
                        self._store(stream.finish(), 0, complete=True)
                        stream = _Stream()
                        continue
                    chunk = os.read(master, _RECV_SIZE)
                    for query in stream.feed(chunk):
                        answer = self._answer(query, stream.data)
                        if answer:
                            os.write(master, answer)
        except OSError as exc:
            log.debug("virtual printer: serial line ended: %s", exc)
        finally:
            self._store(stream.finish(), 0, complete=False)
            os.close(master)
            os.close(slave)

    def __enter__(self) -> VirtualPrinter:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def host(self) -> str:
        return self.config.host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the virtual printer has not been started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"tcp://{host}:{self.port}"

    # ------------------------------------------------------ state and faults
    @property
    def state(self) -> PrinterState:
        with self._cond:
            return self._state

    def set_state(self, state: PrinterState) -> None:
        """Change the state; going back to ready prints every complete job held in the buffer."""
        with self._cond:
            self._state = PrinterState(state)
            if self._state is PrinterState.READY:
                held = [i for i, job in enumerate(self._jobs) if job.complete and not job.printed]
                for i in held:
                    self._jobs[i] = dataclasses.replace(self._jobs[i], printed=True)
                if held:
                    log.debug("virtual printer ready: printed %d held job(s)", len(held))
            self._cond.notify_all()

    def refuse_connections(self, on: bool) -> None:
        """Close (on) or reopen (off) the listening socket, on the same port.

        While closed, a connect fails at once with ECONNREFUSED, as with a printer that is off or
        whose port is taken. Connections already accepted carry on. Reopening rebinds the same
        port (SO_REUSEADDR on POSIX); on a busy machine another program could take it meanwhile.
        """
        with self._listen_lock:
            self._refusing = on
            if not self._running:
                return
            if on and self._listener is not None:
                self._listener.close()
                self._listener = None
            elif not on and self._listener is None:
                self._listener = _Listener(self, self.config.host, self.port)
        log.debug("virtual printer %s connections", "refuses" if on else "accepts")

    def hang_next(self, seconds: float) -> None:
        """The next accepted connection is neither read nor answered for `seconds`.

        The client's connect succeeds (the kernel completes the handshake) and small sends land in
        the socket buffers; reads time out, large sends block. After `seconds` the printer serves
        the connection normally, so a job the client gave up on may still print later: the
        "sent, unconfirmed" case. `stop()` ends the hang at once.
        """
        with self._cond:
            self._hang_next = seconds

    def drop_next_after(self, n_bytes: int) -> None:
        """The first connection to reach `n_bytes` received bytes is reset (TCP RST) right there.

        Its first `n_bytes` bytes are kept as an incomplete job. Connections that close before
        reaching the count (say a 3-byte `~HS` status check) leave the fault armed. 0 resets the
        next connection as soon as it is accepted.
        """
        if n_bytes < 0:
            raise ValueError("n_bytes must not be negative")
        with self._cond:
            self._drop_after = n_bytes

    def clear_faults(self) -> None:
        """Disarm `hang_next` and `drop_next_after` (refusing is switched with its own call)."""
        with self._cond:
            self._hang_next = None
            self._drop_after = None

    # --------------------------------------------------------- introspection
    def jobs(self) -> list[ReceivedJob]:
        """The jobs received so far, oldest first (the last `config.max_jobs` of them)."""
        with self._cond:
            return list(self._jobs)

    def printed_jobs(self) -> list[ReceivedJob]:
        """The jobs that came out of the printer: the figure behind "never a second label"."""
        return [job for job in self.jobs() if job.printed]

    def clear_jobs(self) -> None:
        """Forget the stored jobs (counters and `wait_for_jobs` totals are kept)."""
        with self._cond:
            self._jobs.clear()

    @property
    def jobs_received(self) -> int:
        """Every job ever received, including those `max_jobs` or `clear_jobs` let go."""
        with self._cond:
            return self._jobs_total

    @property
    def status_queries(self) -> int:
        """How many `~HS` the printer has read (answered or, when silent, not)."""
        with self._cond:
            return self._status_queries

    @property
    def info_queries(self) -> int:
        """How many `~HI` the printer has read."""
        with self._cond:
            return self._info_queries

    @property
    def tspl_status_queries(self) -> int:
        """How many TSPL `<ESC>!?` the printer has read."""
        with self._cond:
            return self._tspl_status_queries

    @property
    def connections(self) -> int:
        """How many connections were accepted."""
        with self._cond:
            return self._connections

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[ReceivedJob]:
        """Block until `count` jobs have been received in total; returns `jobs()`.

        Raises TimeoutError when fewer arrived within `timeout` seconds.
        """
        with self._cond:
            if not self._cond.wait_for(lambda: self._jobs_total >= count, timeout):
                raise TimeoutError(f"{self._jobs_total} of {count} print job(s) arrived in {timeout} s")
            return list(self._jobs)

    # ---------------------------------------------------------- host answers
    def status_answer(self, connection_data: bytes = b"") -> bytes:
        """The `~HS` answer for the current state (printing notes §3.5).

        `connection_data` is what the asking connection has sent so far: while not ready its
        complete formats count as waiting in the buffer, and an open `^XA` without its `^XZ` sets
        the "partial format in progress" flag, as on a Zebra.
        """
        opened, closed = _format_marks(connection_data)
        with self._cond:
            state = self._state
            waiting = sum(_formats(job) for job in self._jobs if job.complete and not job.printed)
        if state is not PrinterState.READY:
            waiting += closed
        partial = int(opened > closed)
        length = self.config.label_length_dots or round(6 * self.config.dpi)
        paper_out = int(state is PrinterState.PAPER_OUT)
        paused = int(state is PrinterState.PAUSED)
        head_up = int(state is PrinterState.HEAD_OPEN)
        ribbon_out = int(state is PrinterState.RIBBON_OUT)
        # aaa,b,c,dddd,eee,f,g,h,iii,j,k,l: comms, paper out, pause, label length, formats in
        # buffer, buffer full, diagnostics, partial format, unused, corrupt RAM, under/over temp.
        one = f"030,{paper_out},{paused},{length:04d},{min(waiting, 999):03d},0,0,{partial},000,0,0,0"
        # mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www: function settings, unused, head up, ribbon out,
        # thermal transfer, print mode (2 tear-off), width mode, label waiting, labels remaining,
        # format while printing, graphics stored.
        two = f"001,0,{head_up},{ribbon_out},1,2,6,0,00000000,1,000"
        three = "1234,0"  # password, static RAM
        return b"".join(STX + s.encode("ascii") + ETX + b"\r\n" for s in (one, two, three))

    def tspl_status_answer(self) -> bytes:
        """The `<ESC>!?` answer for the current state: one byte of TSPL status flags."""
        with self._cond:
            state = self._state
        return bytes([_TSPL_FLAGS[state.value]])

    def info_answer(self) -> bytes:
        """The `~HI` answer: model, firmware, dots per mm, memory."""
        c = self.config
        text = f"{c.model},{c.firmware},{DPMM_BY_DPI[c.dpi]},{c.memory}"
        return STX + text.encode("ascii") + ETX + b"\r\n"

    # ------------------------------------------------------------- preview
    def preview_image(self, job: ReceivedJob) -> Image.Image:
        """The first label of `job` as a Pillow image, at the printer's resolution.

        - ESC/POS raster (`GS v 0`): decoded by `packstation.printing.escpos_raster`.
        - TSPL (`BITMAP`) and EPL2 (`GW`): decoded by `packstation.printing.tspl` / `epl2`, with
          the job's own `SHIFT` / `R` offset applied, as the printer would place the dots.
        - ZPL whose only content is `^GF` graphics (no `^FD` field): decoded by
          `packstation.printing.zpl`, with no third-party renderer.
        - Any other ZPL (native text, boxes, barcodes): rendered by zplkit, a development
          dependency (OSL-3.0); printer-control commands are stripped first.
        - ZPL setup formats (`^XA^PR…^LT…^LS…^XZ`, `~SD`, `~JC`, `^JUS`: the station's calibration)
          are taken out before rendering, and their offset applied: `^LT` moves the print down,
          `^LS` left, as on a Zebra.
        Raises PreviewError when the job cannot be rendered.
        """
        limit = self.config.max_preview_dots
        if job.language == "escpos":
            return _escpos_image(job.data, limit)
        if job.language == "tspl":
            return _tspl_image(job.data, self.config.dpi, limit)
        if job.language == "epl2":
            return _epl2_image(job.data, limit)
        if job.language != "zpl":
            raise PreviewError("the job is not ZPL, TSPL, EPL2 or ESC/POS")
        label, offset = zpl_without_setup(job.data)
        upper = label.upper()
        if b"^GF" in upper and b"^FD" not in upper:
            return _shifted(_gfa_image(label, limit), offset)
        return _shifted(_zplkit_image(label, self.config.dpi, limit), offset)

    def labels_in(self, job: ReceivedJob) -> int:
        """How many labels `job` makes the printer put out: ZPL formats with content times their
        `^PQ`, TSPL `PRINT m,n`, EPL2 `Pp1,p2`, one per ESC/POS raster sent. 0 for a job that
        only sets the printer up (calibration, `^JUS`) or cannot be read."""
        try:
            if job.language == "zpl":
                return sum(_format_quantity(f) for f in _ZPL_FORMAT.findall(job.data))
            if job.language == "tspl":
                return parse_tspl(job.data, dpi=self.config.dpi).labels
            if job.language == "epl2":
                return parse_epl2(job.data).labels
        except (ValueError, PackstationError):
            return 0
        if job.language == "escpos":
            return max(1, job.data.count(b"\x1b@"))
        return 0

    def labels_printed(self) -> int:
        """Labels that came out, copies included (`printed_jobs()` counts jobs, this counts labels)."""
        return sum(self.labels_in(job) for job in self.printed_jobs())

    def media_calibrations(self) -> int:
        """Calibrate-media commands received: ZPL `~JC`, TSPL `GAPDETECT`, EPL2 `xa`."""
        count = 0
        for job in self.jobs():
            if job.language == "zpl":
                count += job.data.upper().count(b"~JC")
            elif job.language in ("tspl", "epl2"):
                count += len(re.findall(rb"(?m)^\s*(?:GAPDETECT|AUTODETECT|xa)\s*$", job.data))
        return count

    def settings_saved(self) -> int:
        """`^JUS` (save settings as the power-up default) received."""
        return sum(job.data.upper().count(b"^JUS") for job in self.jobs() if job.language == "zpl")

    def preview(self, job: ReceivedJob) -> bytes:
        """`preview_image` as PNG bytes, with the printer's DPI recorded in the file."""
        image = self.preview_image(job)
        out = io.BytesIO()
        image.save(out, format="PNG", dpi=(self.config.dpi, self.config.dpi))
        return out.getvalue()

    # ---------------------------------------------------------- internals
    def accept_connection(self, conn: socket.socket) -> None:
        with self._cond:
            self._connections += 1
            connection_id = self._connections
            # Taken here, on the accept thread, so "the next connection" is the next one accepted.
            hang, self._hang_next = self._hang_next, None
            self._conn_threads = [t for t in self._conn_threads if t.is_alive()]
            thread = threading.Thread(
                target=self._serve,
                args=(conn, connection_id, hang),
                name=f"virtual-printer-conn-{connection_id}",
                daemon=True,
            )
            self._conn_threads.append(thread)
        thread.start()

    def _serve(self, conn: socket.socket, connection_id: int, hang: float | None) -> None:
        stream = _Stream()
        complete = False
        try:
            conn.setblocking(True)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if hang is not None:
                log.debug("virtual printer: connection %d hangs for %.3f s", connection_id, hang)
                if self._stopping.wait(hang):
                    return
            complete = self._read_until_eof(conn, connection_id, stream)
        except OSError as exc:  # reset by the client, or the answer could not be sent
            log.debug("virtual printer: connection %d ended: %s", connection_id, exc)
        finally:
            conn.close()
            self._store(stream.finish(), connection_id, complete)

    def _read_until_eof(self, conn: socket.socket, connection_id: int, stream: _Stream) -> bool:
        """Serve one connection; True if the peer closed it (EOF), False if it was cut short."""
        stop_r = self._stop_r
        assert stop_r is not None
        received = 0
        cut = self._take_drop(0, b"")[0]
        with _readable(conn, stop_r) as wait:
            while not cut:
                if stop_r in wait():
                    return False
                chunk = conn.recv(_RECV_SIZE)
                if not chunk:
                    return True
                cut, chunk = self._take_drop(received, chunk)
                received += len(chunk)
                for query in stream.feed(chunk):
                    answer = self._answer(query, stream.data)
                    if answer:
                        conn.sendall(answer)
        log.debug("virtual printer: resetting connection %d after %d bytes", connection_id, received)
        _reset(conn)
        return False

    def _take_drop(self, received: int, chunk: bytes) -> tuple[bool, bytes]:
        """Whether this chunk reaches the armed drop (disarming it), and the part that got in."""
        with self._cond:
            drop = self._drop_after
            if drop is None or received + len(chunk) < drop:
                return False, chunk
            self._drop_after = None
            return True, chunk[: drop - received]

    def _answer(self, query: bytes, connection_data: bytes) -> bytes:
        with self._cond:
            state = self._state
            if query == b"HS":
                self._status_queries += 1
            elif query == _TSPL_QUERY:
                self._tspl_status_queries += 1
            else:
                self._info_queries += 1
        if query == b"HI":
            return self.info_answer()
        silent = self.config.silent_when_faulted and state not in (PrinterState.READY, PrinterState.PAUSED)
        if silent:
            return b""
        return self.tspl_status_answer() if query == _TSPL_QUERY else self.status_answer(connection_data)

    def _store(self, data: bytes, connection_id: int, complete: bool) -> None:
        if not data.strip():
            return
        with self._cond:
            printed = complete and self._state is PrinterState.READY
            job = ReceivedJob(
                data=data,
                received_at=dt.datetime.now(dt.UTC),
                connection_id=connection_id,
                language=guess_language(data),
                complete=complete,
                printed=printed,
            )
            self._jobs.append(job)
            self._jobs_total += 1
            self._cond.notify_all()
        log.debug("virtual printer stored %r", job)


class _Listener:
    """One listening socket and its accept thread; closing it joins the thread."""

    def __init__(self, printer: VirtualPrinter, host: str, port: int) -> None:
        self._printer = printer
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if os.name != "nt":  # on Windows SO_REUSEADDR would let another program share the port
                self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self._sock.bind((host, port))
            self._sock.listen(16)
            self._sock.setblocking(False)
        except OSError:
            self._sock.close()
            raise
        self.port: int = self._sock.getsockname()[1]
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._accept_loop, name="virtual-printer-accept", daemon=True)
        self._thread.start()

    def _accept_loop(self) -> None:
        with _readable(self._sock, self._wake_r) as wait:
            while self._wake_r not in wait():
                try:
                    conn, _ = self._sock.accept()
                except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                    continue
                self._printer.accept_connection(conn)

    def close(self) -> None:
        self._wake_w.close()
        self._thread.join(timeout=5)
        self._wake_r.close()
        self._sock.close()


class _Stream:
    """Splits one connection's bytes into job data and host queries (`~HS`, `~HI`, `<ESC>!?`).

    Queries are recognised anywhere, case-insensitively, as a Zebra (or, for `<ESC>!?`, a TSC)
    does. A connection whose first data byte is ESC or GS is ESC/POS: from then on nothing is
    scanned, so raster bytes that happen to spell `~HS` stay data. Raster data inside a TSPL
    `BITMAP` or an EPL2 `GW` is scanned like the rest, as the printers themselves do.
    """

    def __init__(self) -> None:
        self._data = bytearray()
        self._pending = b""  # a "~" or "~H" at the end of a chunk, completed by the next one
        self._escpos: bool | None = None  # None: no data byte seen yet

    def feed(self, chunk: bytes) -> list[bytes]:
        buf = self._pending + chunk
        self._pending = b""
        queries: list[bytes] = []
        i = 0
        while i < len(buf):
            if self._escpos:
                self._append(buf[i:])
                break
            j = _next_prefix(buf, i)
            if j < 0:
                self._append(buf[i:])
                break
            self._append(buf[i:j])
            if self._escpos:
                self._append(buf[j:])
                break
            if len(buf) - j < 3:
                self._pending = bytes(buf[j:])
                break
            if buf[j] == ESC:
                if buf[j + 1 : j + 3] == _TSPL_QUERY:
                    queries.append(_TSPL_QUERY)
                    i = j + 3
                else:
                    self._append(buf[j : j + 1])
                    i = j + 1
                continue
            command = buf[j + 1 : j + 3].upper()
            if command in _QUERIES:
                queries.append(command)
                i = j + 3
            else:
                self._append(buf[j : j + 1])
                i = j + 1
        return queries

    def _append(self, data: bytes) -> None:
        if self._escpos is None:
            head = data.lstrip()[:1]
            if head:
                self._escpos = head[0] in (ESC, GS)
        self._data += data

    @property
    def empty(self) -> bool:
        """True while nothing (not even a held-back "~") has arrived."""
        return not self._data and not self._pending

    @property
    def data(self) -> bytes:
        """The job data so far (a held-back "~" or "~H" not included)."""
        return bytes(self._data)

    def finish(self) -> bytes:
        self._data += self._pending
        self._pending = b""
        return bytes(self._data)


def _next_prefix(buf: bytes, start: int) -> int:
    """Where the next query could start: a "~" (ZPL) or an ESC (TSPL's `<ESC>!?`), or -1."""
    tilde, escape = buf.find(b"~", start), buf.find(b"\x1b", start)
    if tilde < 0 or escape < 0:
        return max(tilde, escape)
    return min(tilde, escape)


@contextlib.contextmanager
def _readable(*socks: socket.socket) -> Iterator[Callable[[], list[object]]]:
    """A blocking "which of these can be read" (selectors, not select(): no 1024-descriptor limit)."""
    with selectors.DefaultSelector() as selector:
        for sock in socks:
            selector.register(sock, selectors.EVENT_READ)

        def wait() -> list[object]:
            return [key.fileobj for key, _ in selector.select()]

        yield wait


def _reset(conn: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER with a zero timeout): "connection reset by peer"."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


_XA = re.compile(rb"\^XA", re.IGNORECASE)
_XZ = re.compile(rb"\^XZ", re.IGNORECASE)


def _formats(job: ReceivedJob) -> int:
    """Label formats in a job, as `~HS` counts them in the receive buffer."""
    return max(1, len(_XA.findall(job.data))) if job.language == "zpl" else 1


def _format_marks(data: bytes) -> tuple[int, int]:
    """How many formats `data` opened (`^XA`) and closed (`^XZ`)."""
    return len(_XA.findall(data)), len(_XZ.findall(data))


# --- preview back ends ---------------------------------------------------------------------------

# Printer-control commands zplkit refuses to render (printing notes §3.4); the rest of the job is
# kept, and any other command zplkit reports as unsupported is stripped on a retry.
_ZPLKIT_STRIP = frozenset({"MN", "MM", "PR", "MD", "PQ", "JU", "ID", "JZ", "MT", "ZZ"})
_ZPLKIT_KEEP_CONTROL = frozenset({"DG", "DY", "DB"})  # downloads that ^XG / fonts refer to
_UNSUPPORTED = re.compile(r"unsupported (?:control )?command (\S+)")
_ZPLKIT_RETRIES = 16
_GRAPHIC_BYTES = 2_000_000  # a full 4x6 in label at 600 dpi is ~1.1 MB of raster


def _escpos_image(data: bytes, max_dots: int) -> Image.Image:
    try:
        return escpos_to_image(data, max_dots=max_dots)
    except (ValueError, PackstationError) as exc:
        raise PreviewError(f"ESC/POS raster not decodable: {exc}") from exc


# A format that only sets the printer up: its commands are among these and nothing else.
_SETUP_FORMAT = re.compile(rb"\^XA((?:\^(?:PR|LT|LS|MD|JUS|MN|MT)[^\^~]*)*)\^XZ\s*", re.IGNORECASE)
_SETUP_CONTROL = re.compile(rb"~(?:SD\d+|JC)\s*", re.IGNORECASE)
_ZPL_FORMAT = re.compile(rb"\^XA(.*?)\^XZ", re.IGNORECASE | re.DOTALL)
_PQ = re.compile(rb"\^PQ(\d+)", re.IGNORECASE)


def zpl_without_setup(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """(the ZPL with its setup formats and ~SD/~JC taken out, the offset (right, down) in dots
    that their last `^LS`/`^LT` set)."""
    right = down = 0
    for setup in _SETUP_FORMAT.finditer(data):
        for name, value in re.findall(rb"\^(LT|LS)(-?\d+)", setup[1], re.IGNORECASE):
            if name.upper() == b"LT":
                down = int(value)
            else:
                right = -int(value)  # ^LS shifts the fields left by its value
    return _SETUP_CONTROL.sub(b"", _SETUP_FORMAT.sub(b"", data)), (right, down)


def _format_quantity(body: bytes) -> int:
    """Labels one ZPL format puts out: 0 without content, else its ^PQ (default 1)."""
    if not re.search(rb"\^(?:FD|GF|XG|FO|GB)", body, re.IGNORECASE):
        return 0
    quantity = _PQ.search(body)
    return int(quantity[1]) if quantity else 1


def _shifted(image: Image.Image, offset: tuple[int, int]) -> Image.Image:
    """The print moved by `offset` (right, down) on a page of the same size, as the head puts it."""
    if offset == (0, 0):
        return image
    from PIL import Image as PilImage

    moved = PilImage.new(image.mode, image.size, "white")
    moved.paste(image, offset)
    return moved


def _tspl_image(data: bytes, dpi: int, max_dots: int) -> Image.Image:
    try:
        images = parse_tspl(data, dpi=dpi, max_dots=max_dots).images
    except (ValueError, PackstationError) as exc:
        raise PreviewError(f"TSPL not decodable: {exc}") from exc
    if not images:
        raise PreviewError("the TSPL job prints no label")
    return images[0]


def _epl2_image(data: bytes, max_dots: int) -> Image.Image:
    try:
        images = parse_epl2(data, max_dots=max_dots).images
    except (ValueError, PackstationError) as exc:
        raise PreviewError(f"EPL2 not decodable: {exc}") from exc
    if not images:
        raise PreviewError("the EPL2 job prints no label")
    return images[0]


def _gfa_image(data: bytes, max_dots: int) -> Image.Image:
    try:
        return gfa_to_image(data, max_dots=max_dots)
    except (ValueError, PackstationError) as exc:
        raise PreviewError(f"^GF graphic not decodable: {exc}") from exc


def _zplkit_image(data: bytes, dpi: int, max_dots: int) -> Image.Image:
    try:
        import zplkit
        import zplkit.parse
        import zplkit.rendering
    except ImportError as exc:
        raise PreviewError("previewing native ZPL needs zplkit (a development dependency)") from exc
    from PIL import Image

    try:
        elements = zplkit.parse.parse(data).elements
    except ValueError as exc:
        raise PreviewError(f"ZPL not parseable: {exc}") from exc
    kept = [
        e.data
        for e in elements
        if (e.kind != "control_command" or _command(e.data) in _ZPLKIT_KEEP_CONTROL)
        and (e.kind != "format_command" or _command(e.data) not in _ZPLKIT_STRIP)
    ]
    options = zplkit.Options(dpi=dpi)
    limits = zplkit.rendering.Limits().replace(graphic_bytes=_GRAPHIC_BYTES, dimension=max_dots)
    folded = False
    for _ in range(_ZPLKIT_RETRIES):
        try:
            document = zplkit.render(b"".join(kept), options, limits=limits)
        except zplkit.rendering.RenderError as exc:
            if "glyph" in exc.message and not folded:
                # zplkit's resident fonts are ASCII-only: show "Jurgen" rather than no preview.
                kept, folded = [_ascii_field(e) for e in kept], True
                continue
            unsupported = _UNSUPPORTED.search(exc.message)
            if unsupported is None:
                raise PreviewError(f"zplkit cannot render this ZPL: {exc}") from exc
            name = unsupported.group(1).upper()
            remaining = [e for e in kept if _command(e) != name]
            if len(remaining) == len(kept):
                raise PreviewError(f"zplkit cannot render this ZPL: {exc}") from exc
            kept = remaining
            continue
        if not document.labels:
            raise PreviewError("the job holds no label format")
        image = Image.open(io.BytesIO(document.labels[0].png()))
        image.load()
        return image
    raise PreviewError("zplkit kept refusing commands in this ZPL")


def _command(element: bytes) -> str:
    """The two-letter name of a parsed ZPL command element (`^PQ1` → `PQ`)."""
    return element[1:3].decode("ascii", "replace").upper()


_FOLD = str.maketrans({"ß": "ss", "ẞ": "SS", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe"})


def _ascii_field(element: bytes) -> bytes:
    """A `^FD` field's text folded to ASCII (ü → u, ß → ss); other commands unchanged."""
    if _command(element) not in ("FD", "FV") or element.isascii():
        return element
    text = unicodedata.normalize("NFKD", element.decode("utf-8", "replace").translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).encode("ascii", "replace")
