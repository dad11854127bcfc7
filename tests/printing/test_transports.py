"""Printer URLs and transports.

TCP and file:// are exercised for real (the virtual printer on a loopback port, a temp file), and
so are serial:// (a pseudo-terminal pair, tests/printing/test_serial.py) and cups:// (a private
cupsd, tests/printing/test_cups.py). Only usb:// and win32:// keep device-level fakes, because they
cannot exist on a CI box: there is no USB printer and no Windows spooler. For those two, only the
missing piece is faked (the pyusb device, the win32print API) and python-escpos' real `Usb` and
`Win32Raw` classes run on top of the fake, so our wiring to escpos is what is tested.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from packstation.printing.errors import (
    InvalidPrinterUrlError,
    PrinterSendError,
    PrinterStatusUnknownError,
    PrinterUnreachableError,
    TransportUnavailableError,
)
from packstation.printing.transports import (
    EXAMPLES,
    EscposTransport,
    FileTransport,
    TcpTransport,
    TransportTimeouts,
    call_with_timeout,
    escpos_printer_module,
    open_transport,
    parse_printer_url,
)
from packstation.training.virtual_printer import VirtualPrinter

FAST = TransportTimeouts(connect=0.2, write=0.2, read=0.2)


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


# --- URL parsing ---------------------------------------------------------------------------------


def test_every_example_parses() -> None:
    for scheme, example in EXAMPLES.items():
        assert parse_printer_url(example).scheme == scheme


def test_tcp_default_port_and_normal_form() -> None:
    spec = parse_printer_url("tcp://zebra.local")
    assert (spec.host, spec.port, spec.url) == ("zebra.local", 9100, "tcp://zebra.local:9100")
    assert parse_printer_url("TCP://10.0.0.5:6101").url == "tcp://10.0.0.5:6101"
    assert parse_printer_url("tcp://[::1]:9100").host == "::1"
    assert spec.can_query


def test_usb_serial_cups_win32_file() -> None:
    usb = parse_printer_url("usb://0A5F:0164?in_ep=0x81&out_ep=1")
    assert (usb.vendor_id, usb.product_id, usb.in_endpoint, usb.out_endpoint) == (0x0A5F, 0x0164, 0x81, 1)
    assert usb.url == "usb://0a5f:0164"
    serial = parse_printer_url("serial:///dev/ttyUSB0?baudrate=115200&parity=E&xonxoff=true")
    assert (serial.device, serial.baudrate) == ("/dev/ttyUSB0", 115200)
    assert serial.serial_options == {"parity": "E", "xonxoff": True}
    assert parse_printer_url("serial://COM3").device == "COM3"
    assert parse_printer_url("serial://COM3").baudrate == 9600
    cups = parse_printer_url("cups://Zebra_ZD421?host=printserver&port=631")
    assert (cups.queue, cups.host, cups.port) == ("Zebra_ZD421", "printserver", 631)
    win = parse_printer_url("win32://ZDesigner ZD421-203dpi ZPL")
    assert win.queue == "ZDesigner ZD421-203dpi ZPL"
    assert parse_printer_url("win32://ZDesigner%20ZD421").queue == "ZDesigner ZD421"
    assert parse_printer_url("file:///tmp/out%20put.zpl").path == Path("/tmp/out put.zpl")
    others = ("usb", "cups", "win32", "file")
    assert not any(parse_printer_url(EXAMPLES[s]).can_query for s in others)
    assert parse_printer_url(EXAMPLES["serial"]).can_query  # a serial line carries answers back


@pytest.mark.parametrize(
    ("url", "example"),
    [
        ("tcp://", EXAMPLES["tcp"]),
        ("tcp://host:99999", EXAMPLES["tcp"]),
        ("tcp://host:abc", EXAMPLES["tcp"]),
        ("tcp://host/path", EXAMPLES["tcp"]),
        ("usb://zebra", EXAMPLES["usb"]),
        ("usb://0a5f:0164?speed=1", EXAMPLES["usb"]),
        ("usb://0a5f:0164?in_ep=x", EXAMPLES["usb"]),
        ("serial://", EXAMPLES["serial"]),
        ("serial:///dev/ttyS0?baudrate=fast", EXAMPLES["serial"]),
        ("serial:///dev/ttyS0?parity=Q", EXAMPLES["serial"]),
        ("serial:///dev/ttyS0?xonxoff=maybe", EXAMPLES["serial"]),
        ("cups://", EXAMPLES["cups"]),
        ("cups://two words", EXAMPLES["cups"]),
        ("win32://", EXAMPLES["win32"]),
        ("file://", EXAMPLES["file"]),
        ("file://relative/x.zpl", EXAMPLES["file"]),
        ("lpt://1", EXAMPLES["tcp"]),
        ("", EXAMPLES["tcp"]),
    ],
)
def test_bad_urls_show_a_valid_example(url: str, example: str) -> None:
    with pytest.raises(InvalidPrinterUrlError) as caught:
        parse_printer_url(url)
    assert example in caught.value.message
    assert caught.value.code == "invalid_printer_url"


def test_bare_host_suggests_tcp() -> None:
    with pytest.raises(InvalidPrinterUrlError, match=r"did you mean tcp://192\.168\.1\.50:9100"):
        parse_printer_url("192.168.1.50:9100")


# --- TCP over loopback ---------------------------------------------------------------------------


def test_tcp_carries_bytes_unchanged(printer: VirtualPrinter) -> None:
    payload = b"^XA^CI28^FO50,50^A0N,40^FDJ\xc3\xbcrgen^FS^XZ\n" + bytes(range(256))
    with open_transport(printer.url, FAST) as transport:
        assert isinstance(transport, TcpTransport)
        transport.write(payload)
        transport.finish()
        assert transport.bytes_sent == len(payload)
    assert printer.wait_for_jobs(1)[0].data == payload


def test_tcp_query_reads_the_whole_answer(printer: VirtualPrinter) -> None:
    with open_transport(printer.url, FAST) as transport:
        reply = transport.query(b"~HS", frames=3)
    assert reply == printer.status_answer()
    assert printer.jobs() == []  # a query-only connection is not a job


def test_tcp_refused_is_a_clear_error(printer: VirtualPrinter) -> None:
    printer.refuse_connections(True)
    started = time.monotonic()
    with pytest.raises(PrinterUnreachableError, match="refused the connection"):
        open_transport(printer.url, FAST).open()
    assert time.monotonic() - started < 1


def test_tcp_unknown_host_is_unreachable() -> None:
    with pytest.raises(PrinterUnreachableError, match="Cannot reach"):
        open_transport("tcp://no-such-printer.invalid", FAST).open()


def test_tcp_hang_times_out_quickly(printer: VirtualPrinter) -> None:
    printer.hang_next(5)
    started = time.monotonic()
    with open_transport(printer.url, FAST) as transport:
        assert transport.query(b"~HS", frames=3) == b""
        assert transport.read_problem == "no complete answer within 0.2 s"
        # A job far bigger than the socket buffers: the write deadline fires, part was sent.
        with pytest.raises(PrinterSendError) as caught:
            transport.write(b"^XA" + b"0" * 50_000_000 + b"^XZ")
    assert caught.value.maybe_delivered
    assert time.monotonic() - started < 2


def test_tcp_drop_mid_job(printer: VirtualPrinter) -> None:
    printer.drop_next_after(1000)
    error: PrinterSendError | None = None
    with open_transport(printer.url, FAST) as transport:
        for _ in range(200):  # keep writing until the reset reaches us
            try:
                transport.write(b"^XA" + b"0" * 100_000 + b"^XZ")
            except PrinterSendError as exc:
                error = exc
                break
            time.sleep(0.005)
    assert error is not None
    assert error.maybe_delivered
    job = printer.wait_for_jobs(1)[0]
    assert not job.complete
    assert len(job.data) == 1000


def test_non_tcp_cannot_query(tmp_path: Path) -> None:
    with (
        open_transport(f"file://{tmp_path / 'x.zpl'}", FAST) as transport,
        pytest.raises(PrinterStatusUnknownError, match="status unknown"),
    ):
        transport.query(b"~HS", frames=3)


# --- file:// ------------------------------------------------------------------------------------


def test_file_round_trip_appends(tmp_path: Path) -> None:
    target = tmp_path / "labels.zpl"
    for payload in (b"^XA^FDone^FS^XZ\n", b"^XA^FDtwo^FS^XZ\n"):
        with open_transport(f"file://{target}", FAST) as transport:
            assert isinstance(transport, FileTransport)
            transport.write(payload)
    assert target.read_bytes() == b"^XA^FDone^FS^XZ\n^XA^FDtwo^FS^XZ\n"


def test_file_in_missing_folder_is_unreachable(tmp_path: Path) -> None:
    with pytest.raises(PrinterUnreachableError, match="Cannot open"):
        open_transport(f"file://{tmp_path}/missing/labels.zpl", FAST).open()


def test_call_with_timeout() -> None:
    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=r"stuck did not finish within 0\.1 s"):
        call_with_timeout(release.wait, 0.1, "stuck")
    assert time.monotonic() - started < 0.5
    release.set()
    assert call_with_timeout(lambda: 42, 1, "quick") == 42
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda: 1 // 0, 1, "failing")


# --- python-escpos transports, with only the hardware/OS part faked ------------------------------


class FakeBackend:
    pass


class FakeUsbDevice:
    """A pyusb device: the one thing no test machine has."""

    def __init__(self, hang: float = 0) -> None:
        self.written: list[tuple[int, bytes, int]] = []
        self.backend = FakeBackend()  # not libusb1: escpos then skips kernel-driver detaching
        self.hang = hang

    def set_configuration(self) -> None: ...

    def reset(self) -> None: ...

    def write(self, endpoint: int, data: bytes, timeout: int) -> int:
        time.sleep(self.hang)
        self.written.append((endpoint, bytes(data), timeout))
        return len(data)


class FakeUsbError(Exception):
    pass


def fake_usb(monkeypatch: pytest.MonkeyPatch, device: FakeUsbDevice | None) -> list[dict[str, Any]]:
    module = escpos_printer_module()
    usb_module = sys.modules[module.Usb.__module__]
    finds: list[dict[str, Any]] = []

    def find(**kwargs: Any) -> FakeUsbDevice | None:
        finds.append(kwargs)
        return device

    fake = SimpleNamespace(
        core=SimpleNamespace(find=find, USBError=FakeUsbError), util=SimpleNamespace(dispose_resources=print)
    )
    monkeypatch.setattr(usb_module, "_DEP_USB", True)
    monkeypatch.setattr(usb_module, "usb", fake, raising=False)
    monkeypatch.setattr(fake.util, "dispose_resources", lambda device: None)
    return finds


def test_usb_through_escpos(monkeypatch: pytest.MonkeyPatch) -> None:
    device = FakeUsbDevice()
    finds = fake_usb(monkeypatch, device)
    with open_transport("usb://0a5f:0164?out_ep=0x01&in_ep=0x81", FAST) as transport:
        assert isinstance(transport, EscposTransport)
        transport.write(b"^XA^XZ")
    assert finds == [{"idVendor": 0x0A5F, "idProduct": 0x0164}]
    assert device.written == [(0x01, b"^XA^XZ", 200)]  # the write timeout, in pyusb's milliseconds


def test_usb_device_missing_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_usb(monkeypatch, None)
    with pytest.raises(PrinterUnreachableError, match="usb://0a5f:0164"):
        open_transport("usb://0a5f:0164", FAST).open()


def test_usb_hang_times_out(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_usb(monkeypatch, FakeUsbDevice(hang=1))
    started = time.monotonic()
    with open_transport("usb://0a5f:0164", FAST) as transport, pytest.raises(PrinterSendError) as caught:
        transport.write(b"^XA^XZ")
    assert caught.value.maybe_delivered
    assert time.monotonic() - started < 0.8


def test_usb_without_pyusb_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    usb_module = sys.modules[escpos_printer_module().Usb.__module__]
    monkeypatch.setattr(usb_module, "_DEP_USB", False)
    with pytest.raises(TransportUnavailableError, match="pyusb"):
        open_transport("usb://0a5f:0164", FAST).open()


def test_serial_without_pyserial_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    serial_module = sys.modules[escpos_printer_module().Serial.__module__]
    monkeypatch.setattr(serial_module, "_DEP_PYSERIAL", False)
    with pytest.raises(TransportUnavailableError, match="pyserial"):
        open_transport("serial:///dev/ttyUSB0", FAST).open()


class FakeWin32Print:
    """The Windows spooler API (pywin32's win32print): faked, this is not Windows."""

    PRINTER_ENUM_NAME = 8

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def EnumPrinters(self, flags: int, name: str, level: int) -> list[dict[str, str]]:
        return [{"pPrinterName": "ZDesigner ZD421-203dpi ZPL"}]

    def GetDefaultPrinter(self) -> str:
        return "ZDesigner ZD421-203dpi ZPL"

    def OpenPrinter(self, name: str) -> str:
        self.calls.append(("open", name))
        return "handle"

    def StartDocPrinter(self, handle: str, level: int, info: tuple[str, str, str]) -> int:
        self.calls.append(("doc", info[2]))
        return 7

    def StartPagePrinter(self, handle: str) -> None: ...

    def WritePrinter(self, handle: str, data: bytes) -> int:
        self.calls.append(("write", data))
        return len(data)

    def EndPagePrinter(self, handle: str) -> None: ...

    def EndDocPrinter(self, handle: str) -> None:
        self.calls.append(("end",))

    def ClosePrinter(self, handle: str) -> None: ...


def test_win32_raw_datatype(monkeypatch: pytest.MonkeyPatch) -> None:
    win_module = sys.modules[escpos_printer_module().Win32Raw.__module__]
    spooler = FakeWin32Print()
    monkeypatch.setattr(win_module, "_DEP_WIN32PRINT", True)
    monkeypatch.setattr(win_module, "win32print", spooler, raising=False)
    monkeypatch.setattr(win_module, "pywintypes", SimpleNamespace(error=OSError), raising=False)
    with open_transport("win32://ZDesigner ZD421-203dpi ZPL", FAST) as transport:
        transport.write(b"^XA^XZ")
        transport.finish()
    assert spooler.calls == [
        ("open", "ZDesigner ZD421-203dpi ZPL"),
        ("doc", "RAW"),
        ("write", b"^XA^XZ"),
        ("end",),
    ]


# --- python-escpos must not touch our logging or stdout ------------------------------------------

_ISOLATED = r"""
import json, logging, sys
root = logging.getLogger()
ours = logging.StreamHandler(sys.stderr)
root.addHandler(ours)
root.setLevel(logging.ERROR)
before = {"handlers": [id(h) for h in root.handlers], "level": root.level}
from packstation.printing.transports import escpos_printer_module, open_transport, TransportTimeouts
from packstation.printing.errors import PrinterError
assert "escpos" not in sys.modules, "imported eagerly"
escpos_printer_module()
assert "escpos.printer" in sys.modules
try:  # use it too: escpos classes log through the root logger
    open_transport("usb://0a5f:0164", TransportTimeouts(0.2, 0.2, 0.2)).open()
except PrinterError:
    pass
after = {"handlers": [id(h) for h in root.handlers], "level": root.level}
print(json.dumps({"before": before, "after": after}))
"""

_UNCONFIGURED = r"""
import logging, sys, types
from packstation.printing.transports import escpos_printer_module, open_transport, TransportTimeouts
printers = escpos_printer_module()
assert logging.getLogger().handlers == [], logging.getLogger().handlers
# Use it: escpos' Usb.open() logs "USB printer enabled" through logging.info(), which configures an
# unconfigured root logger. Only the USB device is fake (there is none on a test machine).
class Backend: pass
class Device:
    backend = Backend()
    def set_configuration(self): pass
    def reset(self): pass
    def write(self, endpoint, data, timeout): return len(data)
usb_module = sys.modules[printers.Usb.__module__]
usb_module._DEP_USB = True
usb_module.usb = types.SimpleNamespace(
    core=types.SimpleNamespace(find=lambda **kw: Device(), USBError=OSError),
    util=types.SimpleNamespace(dispose_resources=lambda device: None),
)
with open_transport("usb://0a5f:0164", TransportTimeouts(1, 1, 1)) as transport:
    transport.write(b"^XA^XZ")
assert logging.getLogger().handlers == [], logging.getLogger().handlers
assert logging.getLogger().level == logging.WARNING
logging.basicConfig(level=logging.INFO, format="OURS %(message)s")  # must not be a no-op now
logging.getLogger("x").info("hello")
"""


def run_isolated(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # A fresh interpreter: escpos' import side effects happen once per process.
    env = {"PACKSTATION_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, check=False
    )


def test_escpos_leaves_our_logging_and_stdout_alone(tmp_path: Path) -> None:
    result = run_isolated(_ISOLATED, tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)  # stdout holds our line and nothing escpos printed
    assert report["after"] == report["before"]
    assert (tmp_path / "cache" / "escpos").is_dir()  # its capabilities pickle went to our cache


def test_escpos_does_not_preempt_basic_config(tmp_path: Path) -> None:
    result = run_isolated(_UNCONFIGURED, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OURS hello" in result.stderr
    assert result.stdout == ""
