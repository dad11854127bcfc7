"""Calibration that sticks (issue 20): offset, darkness and speed as a setup of their own before each
label, a native ZPL label byte for byte after it, the offset moving the print as the virtual
printer decodes it, copies (journalled apart from reprints), calibrate media and ZPL's power-up
default."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image

from packstation.cli import main
from packstation.errors import ConfigurationError
from packstation.printing import PrinterLanguage, PrinterProfile
from packstation.printing.calibration import calibration_label, calibration_summary
from packstation.printing.convert import prepare_print_job
from packstation.printing.printer import LabelPrinter
from packstation.printing.setup import calibrate_media_command, printer_setup, save_as_power_up_default
from packstation.training.labels import render_label
from packstation.training.virtual_printer import VirtualPrinter
from tests.printing import ASCII_CONTENT, CONTENT, read_barcodes

NATIVE_ZPL = render_label(ASCII_CONTENT, "application/zpl", 203)
PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")
LANGUAGES = [PrinterLanguage.ZPL, PrinterLanguage.TSPL, PrinterLanguage.EPL2]


def profile(**fields: object) -> PrinterProfile:
    return PrinterProfile.model_validate({"url": "tcp://printer", **fields})


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as printer:
        yield printer


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (PrinterLanguage.ZPL, b"~SD20^XA^PR4^LT8^LS-16^XZ\n"),
        (PrinterLanguage.TSPL, b"DENSITY 12\r\nSPEED 4\r\nSHIFT 16,8\r\n"),
        (PrinterLanguage.EPL2, b"\r\nD12\r\nS4\r\nR16,8\r\n"),
    ],
)
def test_the_setup_in_each_language(language: PrinterLanguage, expected: bytes) -> None:
    darkness = 20 if language is PrinterLanguage.ZPL else 12
    setup = printer_setup(
        profile(language=language, darkness=darkness, speed=4, offset_left_mm=2, offset_top_mm=1)
    )
    assert setup == expected


def test_nothing_set_means_nothing_sent() -> None:
    for language in [*LANGUAGES, PrinterLanguage.ESCPOS, PrinterLanguage.SPOOLER]:
        assert printer_setup(profile(language=language)) == b""
    assert printer_setup(profile(offset_top_mm=0)) == b"^XA^LT0^LS0^XZ\n"  # 0 is set, not "unset"


def test_a_native_zpl_label_stays_byte_for_byte_after_the_setup() -> None:
    printer = profile(darkness=25, offset_top_mm=-1)
    job = prepare_print_job(NATIVE_ZPL, "application/zpl", printer)
    setup = printer_setup(printer)
    assert job.payload == setup + NATIVE_ZPL
    assert "after a" in job.description


@pytest.mark.parametrize(
    "fields",
    [
        {"language": "tspl", "darkness": 16},
        {"language": "epl2", "speed": 7},
        {"language": "zpl", "speed": 1},
        {"language": "escpos", "offset_top_mm": 1},
        {"language": "epl2", "offset_left_mm": -1},
        {"language": "spooler", "copies": 2},
        {"offset_top_mm": 5.5},
    ],
)
def test_settings_a_language_does_not_have_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"must be|can only|less than or equal"):
        profile(**fields)


# --- the offset moves the print, as decoded at the virtual printer ----------------------------


def _calibration_print(virtual: VirtualPrinter, **fields: object) -> Image.Image:
    """A PDF label with `fields` in the profile, as the virtual printer decodes it."""
    printer = PrinterProfile.model_validate({"url": virtual.url, "status_timeout": 0.5, **fields})
    before = virtual.jobs_received
    assert LabelPrinter(printer).send(prepare_print_job(PDF_A6, "application/pdf", printer)).printed
    job = virtual.wait_for_jobs(before + 1)[-1]
    return virtual.preview_image(job).convert("1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_offset_moves_the_printed_image(virtual: VirtualPrinter, language: PrinterLanguage) -> None:
    plain = _calibration_print(virtual, language=language)
    moved = _calibration_print(virtual, language=language, offset_left_mm=2, offset_top_mm=1)
    right, down = 16, 8  # 2 mm and 1 mm at 203 dpi
    width, height = plain.size
    assert moved.size == plain.size
    assert (
        moved.crop((right, down, width, height)).tobytes()
        == plain.crop((0, 0, width - right, height - down)).tobytes()
    )
    assert moved.crop((0, 0, right, height)).getbbox() is None or moved.convert("L").crop(
        (0, 0, right, height)
    ).getextrema() == (255, 255)
    assert read_barcodes(moved) == read_barcodes(plain) != []


def test_a_negative_zpl_offset_moves_up_and_left(virtual: VirtualPrinter) -> None:
    plain = _calibration_print(virtual)
    moved = _calibration_print(virtual, offset_left_mm=-1, offset_top_mm=-2)
    left, up = 8, 16
    width, height = plain.size
    assert (
        moved.crop((0, 0, width - left, height - up)).tobytes()
        == plain.crop((left, up, width, height)).tobytes()
    )


def test_the_calibration_label_shows_the_values_in_force() -> None:
    printer = profile(language="tspl", offset_top_mm=1.5, darkness=9, speed=3, gap_mm=2, copies=2)
    assert calibration_summary(printer) == (
        "offset top 1.5 mm left printer's own, darkness 9, speed 3, gap 2 mm, copies 2"
    )
    assert calibration_summary(profile()).startswith("offset top printer's own left printer's own, darkness")
    job = calibration_label(printer)
    assert job.copies == 1  # a test print is one label, whatever the copies
    assert job.payload.startswith(b"DENSITY 9\r\nSPEED 3\r\nSHIFT 0,12\r\nSIZE ")


# --- copies ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", [*LANGUAGES, PrinterLanguage.ESCPOS])
def test_copies_come_out_as_labels(virtual: VirtualPrinter, language: PrinterLanguage) -> None:
    printer = PrinterProfile(url=virtual.url, language=language, copies=2, status_timeout=0.5)
    job = prepare_print_job(PDF_A6, "application/pdf", printer)
    assert job.copies == 2
    assert "2 copies" in job.description
    assert LabelPrinter(printer).send(job).printed
    [received] = virtual.wait_for_jobs(1)
    assert virtual.labels_in(received) == 2
    assert virtual.labels_printed() == 2
    assert read_barcodes(virtual.preview_image(received).crop((0, 0, 812, 1218))) == [CONTENT.tracking_number]


def test_native_zpl_copies_repeat_the_label_unchanged(virtual: VirtualPrinter) -> None:
    printer = PrinterProfile(url=virtual.url, copies=3)
    job = prepare_print_job(NATIVE_ZPL, "application/zpl", printer)
    assert job.payload == NATIVE_ZPL * 3
    assert LabelPrinter(printer).send(job).printed
    [received] = virtual.wait_for_jobs(1)
    assert virtual.labels_in(received) == 3


# --- calibrate media and the power-up default --------------------------------------------------


def test_calibrate_media_in_each_language(
    virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    assert calibrate_media_command(profile()) == b"~JC"
    for number, language in enumerate(("zpl", "tspl", "epl2"), start=1):
        assert main(["calibrate-media", "--printer", virtual.url, "--language", language]) == 0
        virtual.wait_for_jobs(number)
        assert virtual.media_calibrations() == number
        assert virtual.labels_printed() == 0  # a calibration is no label
    assert "Media calibration sent" in capsys.readouterr().out
    assert main(["calibrate-media", "--printer", virtual.url, "--language", "escpos"]) == 1
    assert "cannot be told to calibrate its media" in capsys.readouterr().err


def test_save_as_power_up_default_is_zpl_only_and_once(
    virtual: VirtualPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["test-print", "--printer", virtual.url, "--dpi", "203", "--darkness", "22", "--offset-top", "1"]
    assert main([*args, "--save-as-default"]) == 0
    jobs = virtual.wait_for_jobs(2)
    assert virtual.settings_saved() == 1
    assert jobs[-1].data == b"~SD22^XA^LT8^LS0^XZ\n^XA^JUS^XZ\n"  # the setup, then ^JUS: no label
    assert b"^JUS" not in jobs[0].data  # never with a label
    assert "power-up default" in capsys.readouterr().out
    assert main(["test-print", "--printer", virtual.url, "--darkness", "22"]) == 0
    virtual.wait_for_jobs(3)
    assert virtual.settings_saved() == 1
    with pytest.raises(ConfigurationError, match="Only ZPL printers"):
        save_as_power_up_default(profile(language="tspl", darkness=8))
    with pytest.raises(ConfigurationError, match="nothing to save"):
        save_as_power_up_default(profile())
