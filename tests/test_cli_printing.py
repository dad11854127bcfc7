"""`packstation print`, `printer-status` and `test-print`, in-process against the virtual Zebra."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from packstation.cli import main
from packstation.training.virtual_printer import PrinterState, VirtualPrinter, VirtualPrinterConfig

ZPL_LABEL = b"^XA^PW812^LL1218^FO50,50^A0N,40^FDHello^FS^XZ\n"


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as printer:
        yield printer


@pytest.fixture
def zpl_file(tmp_path: Path) -> Path:
    path = tmp_path / "label.zpl"
    path.write_bytes(ZPL_LABEL)
    return path


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    image = Image.new("1", (400, 600), 1)
    for x in range(50, 350):
        for y in range(50, 60):
            image.putpixel((x, y), 0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(100, 100))
    path = tmp_path / "label.png"
    path.write_bytes(buffer.getvalue())
    return path


def test_print_zpl_asks_resolution_and_status_then_sends_unchanged(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(zpl_file), "--printer", virtual.url]) == 0
    [job] = virtual.wait_for_jobs(1)
    assert job.data == ZPL_LABEL
    assert job.printed
    assert virtual.info_queries == 1  # no --dpi: the printer was asked (~HI)
    assert virtual.status_queries == 2  # before the job, and on its connection to confirm it
    out = capsys.readouterr().out
    assert f"Printed {zpl_file} on {virtual.url}" in out
    assert "status     ready" in out


def test_print_png_on_a_300_dpi_printer(png_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=300)) as virtual:
        assert main(["print", str(png_file), "--printer", virtual.url, "--media", "4x6"]) == 0
        [job] = virtual.wait_for_jobs(1)
    assert b"^GFA" in job.data
    assert b"^PW1200" in job.data  # rendered at the printer's resolution, read from ~HI


def test_print_with_dpi_does_not_ask(virtual: VirtualPrinter, zpl_file: Path) -> None:
    assert main(["print", str(zpl_file), "--printer", virtual.url, "--dpi", "203"]) == 0
    assert virtual.info_queries == 0


@pytest.mark.parametrize("dpi", ["250", "two hundred"])
def test_a_resolution_packstation_does_not_print_at_is_a_usage_error(
    virtual: VirtualPrinter, zpl_file: Path, dpi: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["print", str(zpl_file), "--printer", virtual.url, "--dpi", dpi])
    assert exited.value.code == 2
    assert "argument --dpi" in capsys.readouterr().err
    assert virtual.jobs() == []


def test_print_refused_while_paper_out(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    virtual.set_state(PrinterState.PAPER_OUT)
    assert main(["print", str(zpl_file), "--printer", virtual.url]) == 6
    assert "out of labels" in capsys.readouterr().err
    assert virtual.jobs() == []


def test_print_to_unreachable_printer(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    virtual.refuse_connections(True)
    assert main(["print", str(zpl_file), "--printer", virtual.url, "--dpi", "203"]) == 7
    assert "refused the connection" in capsys.readouterr().err


def test_print_to_hanging_printer_is_quick(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    virtual.hang_next(5)
    code = main(["print", str(zpl_file), "--printer", virtual.url, "--timeout", "0.2"])
    assert code == 6
    assert "did not say what it is" in capsys.readouterr().err
    assert virtual.jobs() == []


def test_print_dropped_mid_job_is_unconfirmed(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    virtual.drop_next_after(20)  # the 3-byte ~HI and ~HS connections leave it armed
    assert main(["print", str(zpl_file), "--printer", virtual.url]) == 8
    err = capsys.readouterr().err
    assert "not confirmed" in err
    assert "before reprinting" in err
    assert not virtual.wait_for_jobs(1)[0].complete


def test_print_to_file(zpl_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "printed.zpl"
    assert main(["print", str(zpl_file), "--printer", f"file://{target}"]) == 0
    assert target.read_bytes() == ZPL_LABEL
    assert "status     unknown" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["--printer", "lpt://1"], 2, "tcp://192.168.1.50:9100"),
        (["--printer", "usb://zebra"], 2, "usb://0a5f:0164"),
        (["--printer", "file:///tmp/x", "--media", "huge"], 2, "Unknown media size"),
        (["--printer", "file:///tmp/x", "--timeout", "0"], 1, "Invalid printer settings"),
    ],
)
def test_print_bad_settings(
    zpl_file: Path, argv: list[str], code: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(zpl_file), *argv]) == code
    assert words in capsys.readouterr().err


def test_print_bad_label_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = f"file://{tmp_path / 'out.zpl'}"
    assert main(["print", str(tmp_path / "missing.pdf"), "--printer", target]) == 1
    assert "Cannot read the label file" in capsys.readouterr().err
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert main(["print", str(text), "--printer", target]) == 1
    assert "is not a PDF, PNG or ZPL label" in capsys.readouterr().err


def test_printer_status_ready(virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["printer-status", virtual.url]) == 0
    out = capsys.readouterr().out
    assert "model      ZD421-203dpi (firmware V84.20.18Z)" in out
    assert "resolution 203 dpi (8 dots/mm)" in out
    assert "status     ready" in out


def test_printer_status_head_open(virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]) -> None:
    virtual.set_state(PrinterState.HEAD_OPEN)
    assert main(["printer-status", virtual.url]) == 6
    captured = capsys.readouterr()
    assert "head is open" in captured.out
    assert "head is open" in captured.err


def test_printer_status_unknown_and_unreachable(
    virtual: VirtualPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["printer-status", f"file://{tmp_path / 'x'}"]) == 9
    assert "cannot be asked for its status" in capsys.readouterr().err
    virtual.refuse_connections(True)
    assert main(["printer-status", virtual.url, "--timeout", "0.2"]) == 7


def test_test_print_sends_the_calibration_label(
    virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["test-print", "--printer", virtual.url, "--media", "a6"]) == 0
    [job] = virtual.wait_for_jobs(1)
    assert b"^GFA" in job.data
    assert "Printed the test label" in capsys.readouterr().out


def test_printer_status_as_a_process(virtual: VirtualPrinter) -> None:
    # A real process: nothing but our report on stdout, nothing at all on stderr.
    result = subprocess.run(
        [sys.executable, "-m", "packstation", "printer-status", virtual.url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Printer {virtual.url}"
    assert result.stderr == ""


# --- TSPL and EPL2 (issue 20) -------------------------------------------------------------------


def test_print_on_a_tspl_printer_checks_its_status_first(
    virtual: VirtualPrinter, png_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(png_file), "--printer", virtual.url, "--language", "tspl"]) == 0
    [job] = virtual.wait_for_jobs(1)
    assert job.language == "tspl"
    assert job.data.startswith(b"SIZE 101.6 mm,152.4 mm\r\nGAP 3 mm,0 mm\r\n")
    assert virtual.info_queries == 0  # TSPL has no ~HI: 203 dpi unless --dpi says otherwise
    assert virtual.tspl_status_queries == 2  # <ESC>!? before the job and after it, on its connection
    assert "status     ready" in capsys.readouterr().out


def test_tspl_printer_out_of_paper_is_refused_before_anything_is_sent(
    virtual: VirtualPrinter, png_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    virtual.set_state(PrinterState.PAPER_OUT)
    assert main(["print", str(png_file), "--printer", virtual.url, "--language", "tspl"]) == 6
    assert "out of labels" in capsys.readouterr().err
    assert virtual.jobs() == []
    assert main(["printer-status", virtual.url, "--language", "tspl"]) == 6


def test_epl2_printer_status_is_unknown_but_it_prints(
    virtual: VirtualPrinter, png_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["printer-status", virtual.url, "--language", "epl2"]) == 9
    assert "EPL2 printers cannot be asked for their status" in capsys.readouterr().err
    assert main(["test-print", "--printer", virtual.url, "--language", "epl2", "--dpi", "300"]) == 0
    [job] = virtual.wait_for_jobs(1)
    assert job.language == "epl2"
    assert b"\r\nq1200\r\nQ1800,35\r\n" in job.data
    assert virtual.status_queries == virtual.tspl_status_queries == 0
    assert "status     unknown: EPL2 printers cannot be asked" in capsys.readouterr().out


def test_zpl_file_on_a_tspl_printer_is_refused_with_the_way_out(
    virtual: VirtualPrinter, zpl_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", str(zpl_file), "--printer", virtual.url, "--language", "tspl"]) == 1
    err = capsys.readouterr().err
    assert "ZPL labels cannot be printed on this TSPL printer" in err
    assert "PDF or PNG labels" in err
    assert virtual.jobs() == []
