"""Printer connections: one URL in the settings picks and configures the transport.

| URL | Transport |
|---|---|
| `tcp://192.168.1.50[:9100]` | raw TCP (Zebra port 9100); asks ~HS / ~HI (ZPL) and <ESC>!? (TSPL) |
| `usb://0a5f:0164[?in_ep=0x81&out_ep=0x01]` | python-escpos `Usb` (pyusb) |
| `serial:///dev/ttyUSB0?baudrate=9600` (`serial://COM3?…`) | escpos `Serial` (pyserial); asks like tcp:// |
| `cups://Zebra_ZD421[?host=…&port=631]` | python-escpos `CupsPrinter`, raw document format (pycups) |
| `win32://ZDesigner ZD421-203dpi ZPL` | python-escpos `Win32Raw`, RAW spool datatype (pywin32) |
| `file:///path/to/file` | appends the bytes to a file (or a device node such as /dev/usb/lp0) |

Decisions:

- **TCP is plain `socket`, not python-escpos `Network`.** `Network` has one timeout for connect and
  send (default 60 s), reads at most 16 bytes per `_read()` (a ~HS reply is ~80 bytes), does not
  wrap errors once connected, and logs through the root logger (notes §1.2, §1.3, §1.8, §3.5). Our
  socket has separate connect/write/read deadlines, counts the bytes the kernel accepted (so a send
  that fails part-way is known to be "maybe delivered", notes §5.8), reads complete STX…ETX
  answers, and drains before closing so an unread reply cannot turn the close into a reset.
  `finish()` half-closes and waits for the printer to close too: the kernel taking every byte
  says nothing of the printer, and a printer that resets the connection then has not read them all.
- **file:// is plain Python** (append mode): python-escpos `File` truncates (`open(devfile, "wb")`).
- **usb/serial/cups/win32 wrap python-escpos classes** as byte pipes through `_raw()` (notes §1.8),
  never its ESC/POS helpers. Those classes have no connect timeout (and `Usb` defaults to no write
  timeout, `CupsPrinter` blocks in pycups), so every call into them runs on a daemon worker thread
  with a deadline: a hung device or spooler costs the station a timeout, never a frozen window.
  An abandoned call keeps its thread until the OS gives up; that is the price of not hanging.
- **python-escpos is imported lazily and quarantined** (notes §1.6, §5.12): 3.1 calls
  `logging.basicConfig()` at import and its classes log through the root logger (whose
  module-level `logging.info` configures the root logger when it has no handlers), and its
  capabilities loader `print()`s to stdout. `keep_our_logging()` saves and restores the root
  logger's handlers and level around the import and around every call into escpos; the import's
  stdout goes to our debug log; its capabilities pickle goes to our cache folder instead of a fresh
  temp dir per process.

Long on purpose (~780 lines): one transport per URL scheme behind one interface, each small, with
the timeouts and error wording they share.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import socket
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import methodcaller
from pathlib import Path
from types import ModuleType, TracebackType
from typing import IO, Any, Final, Literal, Self, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import url2pathname

from packstation.printing.errors import (
    InvalidPrinterUrlError,
    PrinterSendError,
    PrinterStatusUnknownError,
    PrinterUnreachableError,
    TransportUnavailableError,
)
from packstation.printing.status import complete_frames
from packstation.private_files import open_private_binary, owned_private_folder, private_file

log = logging.getLogger(__name__)

Scheme = Literal["tcp", "usb", "serial", "cups", "win32", "file"]
DEFAULT_TCP_PORT: Final = 9100
EXAMPLES: Final[dict[str, str]] = {
    "tcp": "tcp://192.168.1.50:9100",
    "usb": "usb://0a5f:0164",
    "serial": "serial:///dev/ttyUSB0?baudrate=9600",
    "cups": "cups://Zebra_ZD421",
    "win32": "win32://ZDesigner ZD421-203dpi ZPL",
    "file": "file:///tmp/labels.zpl",
}
_ALL_EXAMPLES: Final = ", ".join(EXAMPLES.values())
_SERIAL_PARITIES: Final = frozenset("NEOMS")
_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"0", "false", "no", "off"})
_HEX4: Final = re.compile(r"(?:0x)?([0-9a-fA-F]{1,4})")
T = TypeVar("T")


@dataclass(frozen=True)
class TransportTimeouts:
    """Seconds. `connect` opens the connection, `write` bounds a whole job's send, `read` a reply."""

    connect: float = 3.0
    write: float = 10.0
    read: float = 2.0

    @classmethod
    def from_profile(cls, profile: Any) -> TransportTimeouts:
        """From a `PrinterProfile` (its connect_timeout, write_timeout and status_timeout)."""
        return cls(
            connect=float(profile.connect_timeout),
            write=float(profile.write_timeout),
            read=float(profile.status_timeout),
        )


@dataclass(frozen=True)
class TransportSpec:
    """A parsed printer URL. `url` is the normalised form, used as the per-printer lock key."""

    scheme: Scheme
    url: str
    host: str | None = None
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    in_endpoint: int | None = None
    out_endpoint: int | None = None
    device: str | None = None
    baudrate: int | None = None
    serial_options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    queue: str | None = None
    path: Path | None = None

    @property
    def can_query(self) -> bool:
        """True when the printer can be asked things (~HS, ~HI, <ESC>!?) over this connection: a
        TCP socket or a serial line carries the answer back; USB, CUPS, the spooler and files do not
        (here)."""
        return self.scheme in ("tcp", "serial")

    def describe(self) -> str:
        return self.url


def _bad(url: str, scheme: str | None, problem: str) -> InvalidPrinterUrlError:
    hint = f"for example {EXAMPLES[scheme]}" if scheme in EXAMPLES else f"use one of: {_ALL_EXAMPLES}"
    return InvalidPrinterUrlError(f"Invalid printer URL {url!r}: {problem}; {hint}.")


def parse_printer_url(url: str) -> TransportSpec:
    """Parse a printer URL from the settings; raises `InvalidPrinterUrlError` showing a valid example."""
    text = url.strip()
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep:
        if re.fullmatch(r"[\w.-]+(:\d+)?", text):  # "192.168.1.50" or "zebra:9100": a network printer
            raise _bad(url, None, f"the connection type is missing (did you mean tcp://{text}?)")
        raise _bad(url, None, "the connection type is missing")
    if scheme == "tcp":
        return _parse_tcp(url, rest)
    if scheme == "usb":
        return _parse_usb(url, rest)
    if scheme == "serial":
        return _parse_serial(url, rest)
    if scheme == "cups":
        return _parse_cups(url, rest)
    if scheme == "win32":
        return _parse_win32(url, rest)
    if scheme == "file":
        return _parse_file(url, rest)
    raise _bad(url, None, f"unknown connection type {scheme!r}")


def _query(url: str, scheme: str, query: str, allowed: set[str]) -> dict[str, str]:
    try:
        parsed = parse_qs(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError as exc:
        raise _bad(url, scheme, f"cannot read the options after '?' ({exc})") from None
    unknown = sorted(set(parsed) - allowed)
    if unknown:
        options = ", ".join(sorted(allowed)) or "none"
        raise _bad(url, scheme, f"unknown option {unknown[0]!r} (options: {options})")
    return {key: values[-1] for key, values in parsed.items()}


def _int(url: str, scheme: str, name: str, text: str, *, low: int, high: int) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise _bad(url, scheme, f"{name} must be a number, not {text!r}") from None
    if not low <= value <= high:
        raise _bad(url, scheme, f"{name} must be between {low} and {high}")
    return value


def _parse_tcp(url: str, rest: str) -> TransportSpec:
    parts = urlsplit("tcp://" + rest)
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise _bad(url, "tcp", "a TCP printer URL has only a host and a port")
    host = parts.hostname
    if not host:
        raise _bad(url, "tcp", "the printer's host name or IP address is missing")
    try:
        port = parts.port
    except ValueError:
        raise _bad(url, "tcp", "the port must be a number between 1 and 65535") from None
    port = port or DEFAULT_TCP_PORT
    if port == 0:
        raise _bad(url, "tcp", "the port must be a number between 1 and 65535")
    shown = f"[{host}]" if ":" in host else host
    return TransportSpec("tcp", f"tcp://{shown}:{port}", host=host, port=port)


def _parse_usb(url: str, rest: str) -> TransportSpec:
    ids, _, query = rest.partition("?")
    vendor, colon, product = ids.rstrip("/").partition(":")
    vendor_match, product_match = _HEX4.fullmatch(vendor), _HEX4.fullmatch(product)
    if not colon or vendor_match is None or product_match is None:
        raise _bad(url, "usb", "give the vendor and product id as two hex numbers, VID:PID (see lsusb)")
    options = _query(url, "usb", query, {"in_ep", "out_ep"})
    vendor_id, product_id = int(vendor_match[1], 16), int(product_match[1], 16)
    in_ep = _int(url, "usb", "in_ep", options["in_ep"], low=0, high=0xFF) if "in_ep" in options else None
    out_ep = _int(url, "usb", "out_ep", options["out_ep"], low=0, high=0xFF) if "out_ep" in options else None
    normal = f"usb://{vendor_id:04x}:{product_id:04x}"
    return TransportSpec(
        "usb", normal, vendor_id=vendor_id, product_id=product_id, in_endpoint=in_ep, out_endpoint=out_ep
    )


def _parse_bool(url: str, name: str, text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise _bad(url, "serial", f"{name} must be true or false, not {text!r}")


def _parse_serial(url: str, rest: str) -> TransportSpec:
    location, _, query = rest.partition("?")
    # serial:///dev/ttyUSB0 → "/dev/ttyUSB0"; serial://COM3 → "COM3".
    device = unquote(location)
    if device.endswith("/") and len(device) > 1:
        device = device.rstrip("/")
    if not device or device == "/":
        raise _bad(url, "serial", "the serial port is missing")
    allowed = {"baudrate", "bytesize", "parity", "stopbits", "xonxoff", "dsrdtr"}
    options = _query(url, "serial", query, allowed)
    baudrate = _int(url, "serial", "baudrate", options.get("baudrate", "9600"), low=50, high=4_000_000)
    extra: dict[str, Any] = {}
    if "bytesize" in options:
        extra["bytesize"] = _int(url, "serial", "bytesize", options["bytesize"], low=5, high=8)
    if "parity" in options:
        parity = options["parity"].upper()[:1]
        if parity not in _SERIAL_PARITIES:
            raise _bad(url, "serial", "parity must be one of N, E, O, M, S")
        extra["parity"] = parity
    if "stopbits" in options:
        extra["stopbits"] = _int(url, "serial", "stopbits", options["stopbits"], low=1, high=2)
    for name in ("xonxoff", "dsrdtr"):
        if name in options:
            extra[name] = _parse_bool(url, name, options[name])
    return TransportSpec(
        "serial", f"serial://{location}", device=device, baudrate=baudrate, serial_options=extra
    )


def _parse_cups(url: str, rest: str) -> TransportSpec:
    name, _, query = rest.partition("?")
    queue = unquote(name).rstrip("/")
    if not queue or re.search(r"[\s/#]", queue):
        raise _bad(url, "cups", "give the CUPS queue name (no spaces, '/' or '#'; see lpstat -p)")
    options = _query(url, "cups", query, {"host", "port"})
    port = _int(url, "cups", "port", options["port"], low=1, high=65535) if "port" in options else None
    return TransportSpec("cups", f"cups://{queue}", queue=queue, host=options.get("host") or None, port=port)


def _parse_win32(url: str, rest: str) -> TransportSpec:
    # The Windows printer name is taken as written (it may contain spaces); %20 also works.
    queue = unquote(rest).strip()
    if not queue:
        raise _bad(url, "win32", "give the Windows printer name as shown in Printers & scanners")
    return TransportSpec("win32", f"win32://{queue}", queue=queue)


def _parse_file(url: str, rest: str) -> TransportSpec:
    host, slash, path_part = rest.partition("/")
    if host not in ("", "localhost") or not slash or not path_part.strip("/"):
        raise _bad(url, "file", "give an absolute path after file:// (three slashes)")
    local = url2pathname("/" + path_part)
    if sys.platform == "win32" and re.match(r"^[\\/][A-Za-z]:", local):  # pragma: no cover
        local = local[1:]
    path = Path(local)
    return TransportSpec("file", f"file://{path.as_posix() if path.is_absolute() else local}", path=path)


# --- python-escpos, quarantined ----------------------------------------------------------------

_ESCPOS_IMPORT_LOCK = threading.Lock()


@contextlib.contextmanager
def keep_our_logging(*, capture_stdout: bool = False) -> Iterator[None]:
    """Undo whatever python-escpos does to the root logger (and, at import, to stdout) inside.

    Restores the root logger's handlers and level on exit (handlers escpos added are closed). With
    `capture_stdout`, anything printed goes to our debug log instead of the user's terminal; that
    swaps `sys.stdout` process-wide, so it is used only around the one-time import.
    """
    root = logging.getLogger()
    handlers = list(root.handlers)
    level = root.level
    captured = io.StringIO()
    try:
        if capture_stdout:
            with contextlib.redirect_stdout(captured):
                yield
        else:
            yield
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        for handler in handlers:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(level)
        if captured.getvalue().strip():
            log.debug("python-escpos printed: %s", captured.getvalue().strip())


def _escpos_cache_dir() -> Path:
    from packstation.paths import APP_NAME, HOME_ENV

    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home).expanduser() / "cache" / "escpos"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "escpos"


def escpos_cache_folder(folder: Path | None = None) -> Path | None:
    """The folder python-escpos may keep its capabilities pickle in, or None to let it make a
    fresh private temporary one (its default).

    python-escpos *unpickles* whatever file it finds there: anyone who can write into the folder
    runs code as the station. So the folder must be ours alone (0700, owned by this user, not a
    link); one that is not is removed with its contents and made again (`owned_private_folder`).
    """
    return owned_private_folder(folder or _escpos_cache_dir())


def escpos_printer_module() -> ModuleType:
    """`escpos.printer`, imported on first use with our logging and stdout left as they were."""
    with _ESCPOS_IMPORT_LOCK:
        module = sys.modules.get("escpos.printer")
        if module is not None:
            return module
        cache: Path | None = None
        if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
            # One cache folder instead of a new mkdtemp() per process (notes §1.6), if it is ours.
            cache = escpos_cache_folder()
            if cache is None:
                log.warning("the python-escpos cache folder is not private; a temporary one is used")
            else:
                os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
        with keep_our_logging(capture_stdout=True):
            import escpos.printer
        if cache is not None:
            for written in cache.iterdir():  # python-escpos writes its pickle with the umask's mode
                private_file(written)

        loaded: ModuleType = escpos.printer
        return loaded


def call_with_timeout(fn: Callable[[], T], timeout: float, what: str) -> T:
    """Run `fn` on a daemon thread; raise `TimeoutError` if it has not returned within `timeout` s.

    For library calls that have no deadline of their own (pyusb with timeout 0, pycups, the Windows
    spooler, a blocking device node). On a timeout the thread is abandoned, not killed.
    """
    outcome: list[Any] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name=f"printer {what}", daemon=True).start()
    if not done.wait(timeout):
        raise TimeoutError(f"{what} did not finish within {timeout:g} s")
    ok, value = outcome[0]
    if not ok:
        raise value
    result: T = value
    return result


def answer_complete(reply: bytes, *, frames: int, length: int) -> bool:
    """True once `reply` holds `frames` complete STX…ETX frames, or at least `length` bytes."""
    if frames:
        return complete_frames(reply) >= frames
    return len(reply) >= max(length, 1)


# --- transports --------------------------------------------------------------------------------


class Transport(ABC):
    """One connection to a printer: `open()`, `write()`, `finish()`, optionally `query()`, `close()`.

    Errors: `open()` raises `PrinterUnreachableError`; `write()`/`finish()` raise `PrinterSendError`
    whose `maybe_delivered` says whether any of the job may have reached the printer.
    """

    def __init__(self, spec: TransportSpec, timeouts: TransportTimeouts) -> None:
        self.spec = spec
        self.timeouts = timeouts
        self.bytes_sent = 0
        self.read_problem: str | None = None  # why the last query's answer stopped short, if known

    @property
    def can_query(self) -> bool:
        return self.spec.can_query

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def write(self, data: bytes) -> None: ...

    def finish(self) -> None:  # noqa: B027 - deliberately optional: byte streams have nothing to submit
        """Hand the job over (spooler transports submit it here). No-op for byte streams."""

    def query(
        self, command: bytes, *, frames: int = 0, length: int = 0, timeout: float | None = None
    ) -> bytes:
        """Send `command` and return what came back within `timeout`: until `frames` STX…ETX frames
        (ZPL ~HS, ~HI) or `length` bytes (TSPL's one status byte) have arrived.

        Returns the bytes read, complete or not; raises `PrinterStatusUnknownError` on transports
        that cannot read answers.
        """
        raise PrinterStatusUnknownError(
            f"status unknown: a printer on {self.spec.scheme}:// cannot be asked for its status "
            "(only tcp:// and serial:// printers answer)"
        )

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class TcpTransport(Transport):
    """Raw TCP to port 9100 on plain sockets (see the module docstring for why not escpos `Network`)."""

    def __init__(self, spec: TransportSpec, timeouts: TransportTimeouts) -> None:
        super().__init__(spec, timeouts)
        self._socket: socket.socket | None = None

    def open(self) -> None:
        assert self.spec.host is not None
        assert self.spec.port is not None
        try:
            self._socket = socket.create_connection(
                (self.spec.host, self.spec.port), timeout=self.timeouts.connect
            )
        except TimeoutError:
            raise PrinterUnreachableError(
                f"The printer at {self.spec.url} did not answer within {self.timeouts.connect:g} s: "
                "check that it is switched on and on the network."
            ) from None
        except ConnectionRefusedError:
            raise PrinterUnreachableError(
                f"The printer at {self.spec.url} refused the connection: check the address and port, "
                "and that no other program is printing to it."
            ) from None
        except OSError as exc:
            raise PrinterUnreachableError(
                f"Cannot reach the printer at {self.spec.url}: {exc.strerror or exc}."
            ) from None

    def _require(self) -> socket.socket:
        if self._socket is None:
            raise PrinterSendError(f"The connection to {self.spec.url} is not open.", maybe_delivered=False)
        return self._socket

    def write(self, data: bytes) -> None:
        """Send all of `data` within the write timeout, counting what the kernel accepted."""
        sock = self._require()
        deadline = time.monotonic() + self.timeouts.write
        view = memoryview(data)
        sent_here = 0
        try:
            while sent_here < len(view):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                sock.settimeout(remaining)
                count = sock.send(view[sent_here:])
                sent_here += count
                self.bytes_sent += count
        except TimeoutError:
            raise self._send_error(
                f"The printer at {self.spec.url} stopped taking data "
                f"({sent_here} of {len(data)} bytes sent in {self.timeouts.write:g} s)",
                sent_here,
            ) from None
        except OSError as exc:
            raise self._send_error(
                f"The connection to {self.spec.url} broke while sending "
                f"({sent_here} of {len(data)} bytes sent: {exc.strerror or exc})",
                sent_here,
            ) from None

    def finish(self) -> None:
        """Half-close, then wait for the printer to close its side: a completed send only means the
        kernel took the bytes, and a printer that resets the connection now has not read them all.

        A printer still silent and connected when the read timeout ends is taken at its word: that
        is all a printer that cannot be asked (~HS) ever tells.
        """
        sock = self._require()
        deadline = time.monotonic() + self.timeouts.read
        try:
            sock.shutdown(socket.SHUT_WR)
            while (remaining := deadline - time.monotonic()) > 0:
                sock.settimeout(remaining)
                if not sock.recv(65536):
                    return  # closed in order: everything sent was read
        except TimeoutError:
            return
        except OSError as exc:
            raise self._send_error(
                f"The printer at {self.spec.url} reset the connection before it had read the whole job "
                f"({self.bytes_sent} bytes sent: {exc.strerror or exc})",
                self.bytes_sent,
            ) from None

    def _send_error(self, message: str, sent_here: int) -> PrinterSendError:
        return PrinterSendError(message, maybe_delivered=self.bytes_sent > 0, bytes_sent=sent_here)

    def query(
        self, command: bytes, *, frames: int = 0, length: int = 0, timeout: float | None = None
    ) -> bytes:
        """Send `command`, then read until the answer is complete (`frames` STX…ETX frames or
        `length` bytes), EOF, an error or the deadline."""
        self.write(command)
        sock = self._require()
        wait = self.timeouts.read if timeout is None else timeout
        deadline = time.monotonic() + wait
        reply = bytearray()
        self.read_problem = None
        while not answer_complete(bytes(reply), frames=frames, length=length):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self.read_problem = f"no complete answer within {wait:g} s"
                break
            sock.settimeout(remaining)
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                self.read_problem = f"no complete answer within {wait:g} s"
                break
            except OSError as exc:
                self.read_problem = f"the connection broke: {exc.strerror or exc}"
                break
            if not chunk:
                self.read_problem = "the printer closed the connection"
                break
            reply += chunk
        return bytes(reply)

    def close(self) -> None:
        sock, self._socket = self._socket, None
        if sock is None:
            return
        # Tell the printer the job is complete, then read off anything it still sends: closing
        # with unread input makes the kernel send a reset, which can discard bytes in flight
        # (notes §3.5).
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)
        with contextlib.suppress(OSError):
            sock.setblocking(False)
            for _ in range(64):
                if not sock.recv(65536):
                    break
        sock.close()


class FileTransport(Transport):
    """Appends to a file, or writes to a device node such as /dev/usb/lp0 (which can block: timed)."""

    def __init__(self, spec: TransportSpec, timeouts: TransportTimeouts) -> None:
        super().__init__(spec, timeouts)
        self._file: IO[bytes] | None = None

    def open(self) -> None:
        assert self.spec.path is not None
        path = self.spec.path
        try:
            # A new file is 0600: a label carries an address. A device node keeps its own mode.
            self._file = call_with_timeout(
                lambda: open_private_binary(path, "a"), self.timeouts.connect, f"opening {path}"
            )
        except (OSError, TimeoutError) as exc:
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise PrinterUnreachableError(f"Cannot open {path} for printing: {detail}.") from None

    def write(self, data: bytes) -> None:
        handle = self._file
        if handle is None:
            raise PrinterSendError(f"{self.spec.path} is not open.", maybe_delivered=False)

        def write_all() -> None:
            handle.write(data)
            handle.flush()

        try:
            call_with_timeout(write_all, self.timeouts.write, f"writing to {self.spec.path}")
        except (OSError, TimeoutError) as exc:
            raise PrinterSendError(
                f"Writing to {self.spec.path} failed: {exc}", maybe_delivered=True
            ) from None
        self.bytes_sent += len(data)

    def close(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            with contextlib.suppress(OSError, TimeoutError):
                call_with_timeout(handle.close, self.timeouts.write, f"closing {self.spec.path}")


_INSTALL_HINTS: Final[dict[str, str]] = {
    "usb": "USB printing needs pyusb and a libusb backend (pip install 'python-escpos[usb]')",
    "serial": "serial printing needs pyserial (pip install 'python-escpos[serial]')",
    "cups": "CUPS printing needs pycups, which is not available on Windows (pip install pycups)",
    "win32": "Windows spooler printing needs pywin32 and only works on Windows (pip install pywin32)",
}


class EscposTransport(Transport):
    """usb / serial / cups / win32 through a python-escpos connection class, used only via `_raw()`.

    Every call into escpos is timed (`call_with_timeout`) and wrapped in `keep_our_logging()`.
    CUPS buffers the job in a temp file and submits it on close, and the Windows spooler commits
    the document on close, so for those two `finish()` is the moment the job is handed over.
    """

    def __init__(self, spec: TransportSpec, timeouts: TransportTimeouts) -> None:
        super().__init__(spec, timeouts)
        self._printer: Any = None

    _CLASS_NAMES: Final[dict[str, str]] = {
        "usb": "Usb",
        "serial": "Serial",
        "cups": "CupsPrinter",
        "win32": "Win32Raw",
    }

    def _build(self) -> Any:
        printers = escpos_printer_module()
        spec = self.spec
        # Ask before constructing: escpos raises from half-built objects whose __del__ then fails
        # again ("Exception ignored in …" on stderr) when the optional dependency is missing.
        if not getattr(printers, self._CLASS_NAMES[spec.scheme]).is_usable():
            raise TransportUnavailableError(f"Cannot use {spec.url}: {_INSTALL_HINTS[spec.scheme]}.")
        if spec.scheme == "usb":
            kwargs: dict[str, Any] = {}
            if spec.in_endpoint is not None:
                kwargs["in_ep"] = spec.in_endpoint
            if spec.out_endpoint is not None:
                kwargs["out_ep"] = spec.out_endpoint
            # pyusb timeouts are milliseconds; escpos' default 0 means "wait for ever" (notes §1.7).
            timeout_ms = max(1, round(self.timeouts.write * 1000))
            return printers.Usb(spec.vendor_id, spec.product_id, timeout=timeout_ms, **kwargs)
        if spec.scheme == "serial":
            return printers.Serial(
                devfile=spec.device, baudrate=spec.baudrate, timeout=self.timeouts.read, **spec.serial_options
            )
        if spec.scheme == "cups":
            kwargs = {}
            if spec.host is not None:
                kwargs["host"] = spec.host
            if spec.port is not None:
                kwargs["port"] = spec.port
            return printers.CupsPrinter(spec.queue, **kwargs)
        assert spec.scheme == "win32"
        return printers.Win32Raw(spec.queue)

    def _call(self, fn: Callable[[], T], timeout: float, what: str, printer: Any = None) -> T:
        target = printer if printer is not None else self._printer

        def guarded() -> T:
            with keep_our_logging():
                if self.spec.scheme == "cups":
                    _cups_server_on_this_thread(target)
                return fn()

        return call_with_timeout(guarded, timeout, what)

    def open(self) -> None:
        try:
            with keep_our_logging():
                printer = self._build()
        except RuntimeError as exc:  # escpos' "dependency missing" guard
            raise TransportUnavailableError(
                f"Cannot use {self.spec.url}: {_INSTALL_HINTS[self.spec.scheme]}."
            ) from exc
        self._printer = printer
        try:
            if self.spec.scheme in ("cups", "win32"):
                self._call(lambda: printer.open(job_name="Packstation label"), self.timeouts.connect, "open")
            else:
                self._call(printer.open, self.timeouts.connect, "open")
        except RuntimeError as exc:
            self._printer = None
            _dispose(printer)
            raise TransportUnavailableError(
                f"Cannot use {self.spec.url}: {_INSTALL_HINTS[self.spec.scheme]}."
            ) from exc
        except Exception as exc:  # DeviceNotFoundError, USBError, OSError, TimeoutError, pywintypes.error
            self._printer = None
            _dispose(printer)
            message = f"Cannot open the printer {self.spec.url}: {_one_line(exc)}"
            raise PrinterUnreachableError(message) from None
        if self.spec.scheme == "serial":
            # escpos passes only a read timeout to pyserial; pyserial has a write timeout too.
            device = getattr(printer, "_device", None)
            if device is not None and hasattr(device, "write_timeout"):
                device.write_timeout = self.timeouts.write

    def write(self, data: bytes) -> None:
        printer = self._printer
        if printer is None:
            raise PrinterSendError(f"The printer {self.spec.url} is not open.", maybe_delivered=False)
        try:
            # python-escpos's only raw-bytes write is its protected `_raw` (text() re-encodes).
            self._call(lambda: methodcaller("_raw", data)(printer), self.timeouts.write, "write")
        except Exception as exc:
            # CUPS only fills a local temp file here: nothing has left the machine yet.
            raise PrinterSendError(
                f"Sending to {self.spec.url} failed: {_one_line(exc)}",
                maybe_delivered=self.spec.scheme != "cups",
            ) from None
        self.bytes_sent += len(data)

    def query(
        self, command: bytes, *, frames: int = 0, length: int = 0, timeout: float | None = None
    ) -> bytes:
        """Over serial://: send `command` on the line and read its answer (`frames` STX…ETX frames
        or `length` bytes) until complete or the read timeout. Other schemes cannot answer."""
        device = getattr(self._printer, "_device", None)
        if self.spec.scheme != "serial" or device is None:
            return super().query(command, frames=frames, length=length, timeout=timeout)
        self.write(command)
        wait = self.timeouts.read if timeout is None else timeout
        self.read_problem = None

        def read_answer() -> bytes:
            deadline = time.monotonic() + wait
            reply = bytearray()
            while not answer_complete(bytes(reply), frames=frames, length=length):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.read_problem = f"no complete answer within {wait:g} s"
                    break
                device.timeout = min(remaining, 0.05)  # short reads: the deadline is checked often
                reply += device.read(max(1, device.in_waiting))
            return bytes(reply)

        try:
            # pyserial honours its own timeouts; the outer one only guards a driver that does not.
            return self._call(read_answer, wait + self.timeouts.connect, "status read")
        except Exception as exc:  # SerialException, OSError, TimeoutError
            self.read_problem = f"the serial line failed: {_one_line(exc).removesuffix('.')}"
            return b""

    def finish(self) -> None:
        printer = self._printer
        if printer is None or self.spec.scheme not in ("cups", "win32"):
            return
        self._printer = None
        try:
            self._call(printer.close, self.timeouts.write, "submit", printer)
        except TimeoutError as exc:
            raise PrinterSendError(
                f"The print queue {self.spec.url} did not confirm the job: {exc}", maybe_delivered=True
            ) from None
        except Exception as exc:
            raise PrinterSendError(
                f"The print queue {self.spec.url} refused the job: {_one_line(exc)}",
                maybe_delivered=self.spec.scheme == "win32",
            ) from None
        finally:
            _dispose(printer)

    def close(self) -> None:
        printer, self._printer = self._printer, None
        if printer is None:
            return
        if self.spec.scheme == "cups":
            # Closing a CupsPrinter submits whatever was written; after a failure, drop it instead.
            printer.pending_job = False
        with contextlib.suppress(Exception):
            self._call(printer.close, self.timeouts.write, "close", printer)
        _dispose(printer)


def _cups_server_on_this_thread(printer: Any) -> None:
    """libcups keeps the server and port per thread (cupsSetServer/cupsSetPort), and every call into
    escpos runs on a thread of its own: without this, a job submitted from a later thread went to
    the default server, and a private cupsd's queue was "The printer or class does not exist"
    (found by the cupsd tests)."""
    pycups = getattr(sys.modules.get(type(printer).__module__), "cups", None)
    if printer is not None and pycups is not None:
        pycups.setServer(printer.host)
        pycups.setPort(printer.port)


def _dispose(printer: Any) -> None:
    """Make escpos' `__del__` (which calls `close()`) harmless once we are done with `printer`.

    Escpos objects sit in a reference cycle (their MagicEncode points back), so they are collected
    later, at a moment we do not control; a `close()` then would run outside our logging guard
    and outside any timeout, and raises when an optional dependency is missing.
    """
    printer.close = _closed
    buffer = getattr(printer, "tmpfile", None)  # CupsPrinter's job buffer (a NamedTemporaryFile)
    if buffer is not None:
        with contextlib.suppress(OSError):
            buffer.close()


def _closed(*_args: object) -> None:
    """The `close` of an escpos object we have finished with."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if text.endswith(".") else text + "."


def open_transport(spec: TransportSpec | str, timeouts: TransportTimeouts | None = None) -> Transport:
    """An unopened transport for `spec` (or a URL); use it as a context manager to open and close."""
    if isinstance(spec, str):
        spec = parse_printer_url(spec)
    timeouts = timeouts or TransportTimeouts()
    if spec.scheme == "tcp":
        return TcpTransport(spec, timeouts)
    if spec.scheme == "file":
        return FileTransport(spec, timeouts)
    return EscposTransport(spec, timeouts)
