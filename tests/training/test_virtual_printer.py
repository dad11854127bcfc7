"""The virtual label printer, spoken to over real loopback sockets with a bare `socket` client."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import zxingcpp
from PIL import Image

from packstation.printing.status import parse_host_identification, parse_host_status
from packstation.training.labels import render_label, sample_label_content
from packstation.training.virtual_printer import (
    PreviewError,
    PrinterState,
    ReceivedJob,
    VirtualPrinter,
    VirtualPrinterConfig,
    _Stream,
    guess_language,
)

STX, ETX = b"\x02", b"\x03"
READY_HS = (
    b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)
ZPL = b"^XA^PW812^LL1218^FO50,50^A0N,40,40^FDHello^FS^XZ\n"
CONTENT = sample_label_content()


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as vp:
        yield vp


def connect(printer: VirtualPrinter, timeout: float = 2.0) -> socket.socket:
    sock = socket.create_connection((printer.host, printer.port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_frames(sock: socket.socket, frames: int) -> bytes:
    """Read until `frames` ETX bytes arrived (how a status client reads ~HS / ~HI)."""
    answer = b""
    while answer.count(ETX) < frames:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    return answer


def send(printer: VirtualPrinter, data: bytes, *, frames: int = 0) -> bytes:
    """Open, send, read `frames` answer strings, half-close, read to EOF, close: one job."""
    with connect(printer) as sock:
        sock.sendall(data)
        answer = read_frames(sock, frames)
        sock.shutdown(socket.SHUT_WR)
        while chunk := sock.recv(4096):
            answer += chunk
    return answer


def ask(printer: VirtualPrinter, query: bytes, frames: int) -> bytes:
    """A query on its own connection; the printer answers before the client closes."""
    with connect(printer) as sock:
        sock.sendall(query)
        return read_frames(sock, frames)


def send_until_error(sock: socket.socket, data: bytes) -> OSError | None:
    """Send, then read: the error the first of them raised, if any."""
    try:
        sock.sendall(data)
        sock.recv(64)
    except OSError as exc:
        return exc
    return None


def wait_until(condition: object, timeout: float = 2.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.005)


def parse_hs(answer: bytes) -> tuple[list[str], list[str], list[str]]:
    """Our own strict reading of a ~HS answer: exactly three STX…ETX CR LF strings."""
    parts = answer.split(b"\r\n")
    assert parts[-1] == b""
    frames = parts[:-1]
    assert len(frames) == 3
    assert all(f.startswith(STX) and f.endswith(ETX) and f.count(STX) == 1 for f in frames)
    one, two, three = (f[1:-1].decode("ascii").split(",") for f in frames)
    assert [len(x) for x in one] == [3, 1, 1, 4, 3, 1, 1, 1, 3, 1, 1, 1]
    assert [len(x) for x in two] == [3, 1, 1, 1, 1, 1, 1, 1, 8, 1, 3]
    assert [len(x) for x in three] == [4, 1]
    return one, two, three


def decode(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]


def printer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("virtual-printer")]


# --- jobs -----------------------------------------------------------------------------------


def test_a_job_is_stored_byte_for_byte(printer: VirtualPrinter) -> None:
    assert printer.url == f"tcp://127.0.0.1:{printer.port}"
    binary = ZPL + bytes(range(256)) * 200  # 51 KB, several recv() chunks, every byte value
    assert send(printer, binary) == b""
    [job] = printer.wait_for_jobs(1, timeout=2)
    assert job.data == binary
    assert (job.language, job.complete, job.printed, job.connection_id) == ("zpl", True, True, 1)
    assert job.received_at.tzinfo is not None
    assert printer.printed_jobs() == [job]


def test_one_connection_is_one_job_and_queries_alone_store_none(printer: VirtualPrinter) -> None:
    two_formats = ZPL + ZPL.replace(b"Hello", b"World")
    send(printer, two_formats)
    send(printer, b"~HS\r\n", frames=3)
    send(printer, ZPL)
    jobs = printer.wait_for_jobs(2, timeout=2)
    assert [j.data for j in jobs] == [two_formats, ZPL]
    assert [j.connection_id for j in jobs] == [1, 3]
    assert printer.connections == 3
    assert printer.jobs_received == 2


def test_queries_inside_a_job_are_answered_at_once_and_left_out_of_the_job(
    printer: VirtualPrinter,
) -> None:
    with connect(printer) as sock:
        sock.sendall(b"^XA^FO10,10~HS")
        status = parse_host_status(read_frames(sock, 3))  # answered before the format is closed
        assert (status.ready, status.partial_format) == (True, True)
        sock.sendall(b"^FDx^FS^XZ~hi")  # commands are case-insensitive
        assert parse_host_identification(read_frames(sock, 1)).model == "ZD421-203dpi"
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(16) == b""
    [job] = printer.wait_for_jobs(1)
    assert job.data == b"^XA^FO10,10^FDx^FS^XZ"
    assert (printer.status_queries, printer.info_queries) == (1, 1)


def test_queries_split_across_reads_are_still_found() -> None:
    stream = _Stream()
    assert stream.feed(b"^XA~") == []
    assert stream.feed(b"H") == []
    assert stream.feed(b"S^XZ~SD25~") == [b"HS"]
    assert stream.feed(b"HI") == [b"HI"]
    assert stream.finish() == b"^XA^XZ~SD25"


def test_esc_pos_bytes_that_spell_a_query_stay_data(printer: VirtualPrinter) -> None:
    raster = b"\x1b@\x1dv0\x00\x02\x00\x02\x00~HS~HI" + b"\x00" * 40
    send(printer, raster)
    [job] = printer.wait_for_jobs(1)
    assert job.data == raster
    assert job.language == "escpos"
    assert printer.status_queries == 0


def test_language_guess() -> None:
    assert guess_language(b"\r\n^XA^XZ") == "zpl"
    assert guess_language(b"~SD20^XA^XZ") == "zpl"
    assert guess_language(b"\x1b@") == "escpos"
    assert guess_language(b"\x1dv0") == "escpos"
    assert guess_language(b"\r\nN\r\nq812\r\nP1\r\n") == "epl2"
    assert guess_language(b"D10\r\nS3\r\n\r\nN\r\n") == "epl2"
    assert guess_language(b"SIZE 101.6 mm,152.4 mm\r\nCLS\r\n") == "tspl"
    assert guess_language(b"DENSITY 8\r\nSIZE 4,6\r\n") == "tspl"
    assert guess_language(b"hello printer\n") == "unknown"


def test_wait_for_jobs_is_bounded(printer: VirtualPrinter) -> None:
    started = time.monotonic()
    with pytest.raises(TimeoutError, match="0 of 1"):
        printer.wait_for_jobs(1, timeout=0.1)
    assert time.monotonic() - started < 0.5


def test_wait_for_jobs_wakes_on_arrival(printer: VirtualPrinter) -> None:
    sender = threading.Timer(0.05, send, args=(printer, ZPL))
    sender.start()
    try:
        assert [j.data for j in printer.wait_for_jobs(1, timeout=2)] == [ZPL]
    finally:
        sender.join()


def test_max_jobs_keeps_the_most_recent() -> None:
    with VirtualPrinter(VirtualPrinterConfig(max_jobs=2)) as vp:
        for n in range(3):
            send(vp, f"^XA^FD{n}^FS^XZ".encode())
            vp.wait_for_jobs(n + 1)
        assert [j.data for j in vp.jobs()] == [b"^XA^FD1^FS^XZ", b"^XA^FD2^FS^XZ"]
        assert vp.jobs_received == 3
        vp.clear_jobs()
        assert vp.jobs() == []


# --- ~HS and ~HI ------------------------------------------------------------------------------


def test_ready_status_is_the_documented_answer(printer: VirtualPrinter) -> None:
    answer = ask(printer, b"~HS", 3)
    assert answer == READY_HS
    status = parse_host_status(answer)
    assert status.ready
    assert status.label_length_dots == 1218
    assert status.print_mode == "tear-off"
    assert printer.status_queries == 1


@pytest.mark.parametrize(
    ("state", "field"),
    [
        (PrinterState.PAPER_OUT, "paper_out"),
        (PrinterState.PAUSED, "paused"),
        (PrinterState.HEAD_OPEN, "head_open"),
        (PrinterState.RIBBON_OUT, "ribbon_out"),
    ],
)
def test_status_per_state(printer: VirtualPrinter, state: PrinterState, field: str) -> None:
    printer.set_state(state)
    answer = ask(printer, b"~HS", 3)
    one, two, _ = parse_hs(answer)
    # String 1 field b = paper out, c = pause; string 2 field o = head up, p = ribbon out.
    ours = {"paper_out": one[1], "paused": one[2], "head_open": two[2], "ribbon_out": two[3]}
    assert {k: v == "1" for k, v in ours.items()} == {k: k == field for k in ours}
    status = parse_host_status(answer)  # the transports' parser agrees
    assert not status.ready
    flags = {k: getattr(status, k) for k in ours}
    assert flags == {k: k == field for k in ours}


def test_not_ready_printer_buffers_jobs_and_prints_them_when_ready(printer: VirtualPrinter) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    send(printer, ZPL)
    send(printer, ZPL + ZPL)
    jobs = printer.wait_for_jobs(2)
    assert [(j.complete, j.printed) for j in jobs] == [(True, False), (True, False)]
    assert printer.printed_jobs() == []  # nothing came out
    assert parse_host_status(ask(printer, b"~HS", 3)).formats_in_buffer == 3
    with connect(printer) as sock:  # the job being sent counts too, once its format is closed
        sock.sendall(ZPL + b"~HS")
        status = parse_host_status(read_frames(sock, 3))
        assert (status.formats_in_buffer, status.partial_format) == (4, False)
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(16) == b""
    printer.wait_for_jobs(3)
    printer.set_state(PrinterState.READY)
    assert len(printer.printed_jobs()) == 3  # both come out once paper is loaded
    status = parse_host_status(ask(printer, b"~HS", 3))
    assert (status.ready, status.formats_in_buffer) == (True, 0)


def test_silent_when_faulted_answers_no_status() -> None:
    config = VirtualPrinterConfig(state=PrinterState.HEAD_OPEN, silent_when_faulted=True)
    with VirtualPrinter(config) as vp, connect(vp, timeout=0.2) as sock:
        sock.sendall(b"~HS")
        with pytest.raises(TimeoutError):
            sock.recv(64)
        wait_until(lambda: vp.status_queries == 1)


@pytest.mark.parametrize(("dpi", "dpmm"), [(203, 8), (300, 12), (600, 24)])
def test_host_identification(dpi: int, dpmm: int) -> None:
    config = VirtualPrinterConfig(dpi=dpi, model=f"ZT411-{dpi}dpi", firmware="V92.21.39Z")
    with VirtualPrinter(config) as vp:
        answer = ask(vp, b"~HI", 1)
        assert answer == f"\x02ZT411-{dpi}dpi,V92.21.39Z,{dpmm},8192KB\x03\r\n".encode()
        identity = parse_host_identification(answer)
        assert (identity.model, identity.firmware, identity.dpmm, identity.dpi) == (
            f"ZT411-{dpi}dpi",
            "V92.21.39Z",
            dpmm,
            dpi,
        )
        assert parse_host_status(ask(vp, b"~HS", 3)).label_length_dots == 6 * dpi
        assert vp.info_queries == 1


def test_config_refuses_an_unknown_resolution() -> None:
    with pytest.raises(ValueError, match="dpi"):
        VirtualPrinterConfig(dpi=250)


# --- faults ---------------------------------------------------------------------------------


def test_refused_connection_fails_fast_and_the_port_comes_back(printer: VirtualPrinter) -> None:
    port = printer.port
    printer.refuse_connections(True)
    started = time.monotonic()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((printer.host, port), timeout=2).close()
    assert time.monotonic() - started < 0.5
    printer.refuse_connections(False)
    assert printer.port == port
    send(printer, ZPL)
    assert [j.data for j in printer.wait_for_jobs(1)] == [ZPL]


def test_refusing_from_the_start() -> None:
    vp = VirtualPrinter()
    vp.refuse_connections(True)
    with vp:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((vp.host, vp.port), timeout=2).close()
        vp.refuse_connections(False)
        assert parse_host_status(ask(vp, b"~HS", 3)).ready


def test_hang_keeps_the_connection_open_without_answering(printer: VirtualPrinter) -> None:
    printer.hang_next(30)
    with connect(printer, timeout=0.2) as sock:
        sock.sendall(b"~HS")
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            sock.recv(64)
        assert time.monotonic() - started < 1
    assert printer.status_queries == 0  # never read
    assert parse_host_status(ask(printer, b"~HS", 3)).ready  # only one connection hangs
    started = time.monotonic()
    printer.stop()  # ends the 30 s hang at once
    assert time.monotonic() - started < 1
    assert printer_threads() == []


def test_a_hung_job_still_prints_once_the_hang_ends(printer: VirtualPrinter) -> None:
    printer.hang_next(0.2)
    with connect(printer, timeout=0.05) as sock:  # the client gives up ...
        sock.sendall(ZPL)
        with pytest.raises(TimeoutError):
            sock.recv(64)
    [job] = printer.wait_for_jobs(1, timeout=2)  # ... the printer prints it anyway
    assert (job.data, job.printed) == (ZPL, True)


def test_drop_mid_job_resets_the_connection(printer: VirtualPrinter) -> None:
    printer.drop_next_after(1000)
    assert parse_host_status(ask(printer, b"~HS", 3)).ready  # a short status check leaves it armed
    payload = b"^XA^FO0,0^GFA,100,100,10," + b"F" * 200_000 + b"^FS^XZ"
    with connect(printer) as sock:
        assert isinstance(send_until_error(sock, payload), ConnectionResetError | BrokenPipeError)
    [job] = printer.wait_for_jobs(1)
    assert job.data == payload[:1000]
    assert (job.complete, job.printed) == (False, False)
    send(printer, ZPL)  # the fault was used up
    assert printer.wait_for_jobs(2)[-1].complete


def test_drop_at_zero_resets_on_accept(printer: VirtualPrinter) -> None:
    printer.drop_next_after(0)
    # A long wait: on a loaded machine the accept thread may take seconds to send the reset.
    with connect(printer, timeout=30) as sock, pytest.raises(ConnectionResetError):
        sock.recv(64)
    assert printer.jobs() == []


def test_stop_keeps_a_half_sent_job_as_incomplete_and_joins_threads() -> None:
    vp = VirtualPrinter()
    vp.start()
    with connect(vp) as sock:
        sock.sendall(b"^XA^FO10,10~HS")
        read_frames(sock, 3)  # the answer proves the printer has read the bytes before it
        vp.stop()
    [job] = vp.jobs()
    assert (job.data, job.complete, job.printed) == (b"^XA^FO10,10", False, False)
    assert printer_threads() == []
    vp.stop()  # idempotent


# --- preview --------------------------------------------------------------------------------


def test_preview_of_a_native_zpl_label_scans(printer: VirtualPrinter) -> None:
    label = render_label(CONTENT, "application/zpl", 203)  # ^CI28, umlauts, ^PQ1: all handled
    send(printer, label)
    [job] = printer.wait_for_jobs(1)
    png = printer.preview(job)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (812, 1218)
    assert decode(image) == [CONTENT.tracking_number]
    assert decode(printer.preview_image(job)) == [CONTENT.tracking_number]


def test_preview_of_a_gfa_label_is_pixel_exact(printer: VirtualPrinter) -> None:
    from packstation.printing.zpl import image_to_gfa

    source = Image.open(io.BytesIO(render_label(CONTENT, "image/png", 203))).convert("1")
    for compression in ("z64", "ascii"):
        send(printer, image_to_gfa(source, compression=compression, darkness=20))
    for job in printer.wait_for_jobs(2):
        image = printer.preview_image(job)
        assert image.size == source.size
        assert image.convert("1").tobytes() == source.tobytes()
        assert decode(image) == [CONTENT.tracking_number]


@pytest.mark.skipif(
    importlib.util.find_spec("packstation.printing.escpos_raster") is None,
    reason="packstation.printing.escpos_raster is not written yet",
)
def test_preview_of_an_esc_pos_raster_label(printer: VirtualPrinter) -> None:
    from packstation.printing import escpos_raster

    source = Image.open(io.BytesIO(render_label(CONTENT, "image/png", 203))).convert("1")
    send(printer, escpos_raster.image_to_escpos(source))
    [job] = printer.wait_for_jobs(1)
    assert job.language == "escpos"
    image = printer.preview_image(job)
    assert image.size == (816, 1218)  # GS v 0 rows are whole bytes: 812 dots padded to 102 bytes
    assert image.crop((0, 0, *source.size)).convert("1").tobytes() == source.tobytes()
    assert decode(image) == [CONTENT.tracking_number]


def test_preview_of_something_else_is_refused(printer: VirtualPrinter) -> None:
    job = ReceivedJob(b"N\nP1\n", dt.datetime.now(dt.UTC), 1, "unknown", complete=True, printed=True)
    with pytest.raises(PreviewError, match="not ZPL, TSPL, EPL2 or ESC/POS"):
        printer.preview(job)
    broken = ReceivedJob(
        b"^XA^FO0,0^GFA,4,4,1,:Z64:eJw=:0000^FS^XZ", dt.datetime.now(dt.UTC), 2, "zpl", True, True
    )
    with pytest.raises(PreviewError):
        printer.preview(broken)
