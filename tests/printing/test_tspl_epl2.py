"""TSPL and EPL2 (issue 20): exact bitmap round trips, the media size and gap from the profile,
a strict reader that refuses what it does not know, and labels that scan after a trip through
the virtual printer over a real socket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from packstation.printing import LabelFormatError, PrinterLanguage, PrinterProfile
from packstation.printing.convert import prepare_print_job
from packstation.printing.epl2 import image_to_epl2, parse_epl2
from packstation.printing.printer import LabelPrinter, PrintState
from packstation.printing.status import tspl_status_reasons as status_reasons
from packstation.printing.tspl import image_to_tspl, parse_tspl
from packstation.training.labels import render_label
from packstation.training.virtual_printer import VirtualPrinter, VirtualPrinterConfig
from tests.printing import CONTENT, read_barcodes

PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")


def _sample(width: int, height: int) -> Image.Image:
    image = Image.new("1", (width, height), 1)
    canvas = ImageDraw.Draw(image)
    canvas.rectangle((0, 0, width - 1, height - 1), outline=0, width=2)
    for x in range(5, width - 5, 9):
        canvas.rectangle((x, 5, x + 3, height // 2), fill=0)
    return image


@settings(max_examples=60, deadline=None)
@given(width=st.integers(1, 120), height=st.integers(1, 300), seed=st.binary(min_size=1, max_size=64))
def test_tspl_and_epl2_round_trips_are_exact(width: int, height: int, seed: bytes) -> None:
    per_row = (width + 7) // 8
    data = (seed * (per_row * height // len(seed) + 1))[: per_row * height]
    image = Image.frombytes("1", (width, height), data)
    media_mm = (width * 25.4 / 203, height * 25.4 / 203)
    tspl = parse_tspl(image_to_tspl(image, media_mm=media_mm, gap_mm=3), dpi=203)
    assert tspl.labels == 1
    [printed] = tspl.images
    assert printed.crop((0, 0, width, height)).tobytes() == image.tobytes()
    epl2 = parse_epl2(image_to_epl2(image, gap_dots=24))
    assert epl2.labels == 1
    assert epl2.images[0].tobytes() == image.tobytes()  # q/Q are the image's own size


def test_tspl_header_carries_the_media_and_gap() -> None:
    image = _sample(812, 1218)
    job = image_to_tspl(image, media_mm=(101.6, 152.4), gap_mm=3, copies=2)
    assert job.startswith(
        b"SIZE 101.6 mm,152.4 mm\r\nGAP 3 mm,0 mm\r\nDIRECTION 0\r\nREFERENCE 0,0\r\nCLS\r\n"
        b"BITMAP 0,0,102,1218,0,"
    )
    assert job.endswith(b"\r\nPRINT 1,2\r\n")
    label = parse_tspl(job, dpi=203)
    assert (label.size_dots, label.gap_dots, label.labels) == ((812, 1218), 24, 2)
    continuous = image_to_tspl(image, media_mm=(101.6, 152.4), gap_mm=0)
    assert b"\r\nGAP 0,0\r\n" in continuous
    assert parse_tspl(continuous, dpi=203).gap_dots == 0


def test_tspl_pads_odd_widths_with_white() -> None:
    """Pillow pads rows with 0 bits, which TSPL and EPL2 print black: a stripe down the edge."""
    image = Image.new("1", (813, 20), 1)
    tspl = parse_tspl(image_to_tspl(image, media_mm=(100, 2.5), gap_mm=3), dpi=203).images[0]
    epl2 = parse_epl2(image_to_epl2(image, gap_dots=24)).images[0]
    for printed in (tspl, epl2):
        assert printed.convert("L").getextrema() == (255, 255)  # not one black dot


def test_epl2_header_carries_the_media_and_gap() -> None:
    job = image_to_epl2(_sample(812, 1218), gap_dots=24, copies=3)
    assert job.startswith(b"\r\nN\r\nq812\r\nQ1218,24\r\nGW0,0,102,1218,")
    assert job.endswith(b"\r\nP1,3\r\n")
    label = parse_epl2(job)
    assert (label.width_dots, label.length_dots, label.gap_dots, label.labels) == (812, 1218, 24, 3)


@pytest.mark.parametrize(
    ("job", "message"),
    [
        (b'SIZE 4,6\r\nCLS\r\nTEXT 10,10,"3",0,1,1,"hi"\r\nPRINT 1\r\n', "unexpected command 'TEXT'"),
        (b"SIZE 4,6\r\nCLS\r\nBITMAP 0,0,102,1218,0,\x00\x00", "truncated"),
        (b"CLS\r\n", "CLS before SIZE"),
        (b"SIZE 4,6\r\nPRINT 1\r\n", "nothing drawn"),
        (b"SIZE 4,6\r\nCLS\r\nBITMAP 0,0,1,1,1,\xff\r\nPRINT 1\r\n", "mode 0"),
    ],
)
def test_tspl_reader_is_strict(job: bytes, message: str) -> None:
    with pytest.raises(LabelFormatError, match=message):
        parse_tspl(job, dpi=203)


@pytest.mark.parametrize(
    ("job", "message"),
    [
        (b'N\r\nq812\r\nQ1218,24\r\nA10,10,0,3,1,1,N,"hi"\r\nP1\r\n', "unexpected command"),
        (b"N\r\nq812\r\nQ1218,24\r\nGW0,0,102,1218,\x00", "truncated"),
        (b"N\r\nP1\r\n", "P before the label size"),
    ],
)
def test_epl2_reader_is_strict(job: bytes, message: str) -> None:
    with pytest.raises(LabelFormatError, match=message):
        parse_epl2(job)


def test_tspl_status_byte_in_words() -> None:
    assert status_reasons(0x00) == ([], [])
    assert status_reasons(0x20) == ([], ["the printer is still printing an earlier label"])
    reasons, _ = status_reasons(0x01 | 0x04)
    assert reasons == ["the print head is open: close it", "the printer is out of labels: load a new roll"]
    assert status_reasons(0x80)[0] == ["the printer reports an error: look at its lights or display"]


# --- end to end: the station's print path to the virtual printer, decoded and scanned ----------


@pytest.fixture
def virtual() -> Iterator[VirtualPrinter]:
    with VirtualPrinter(VirtualPrinterConfig(dpi=203)) as printer:
        yield printer


@pytest.mark.parametrize("language", [PrinterLanguage.TSPL, PrinterLanguage.EPL2])
@pytest.mark.parametrize("dpi", [203, 300])
def test_pdf_label_prints_and_scans_at_the_virtual_printer(language: PrinterLanguage, dpi: int) -> None:
    with VirtualPrinter(VirtualPrinterConfig(dpi=dpi)) as virtual:
        profile = PrinterProfile(url=virtual.url, language=language, dpi=dpi, status_timeout=0.5)
        printer = LabelPrinter(profile)
        outcome = printer.send(prepare_print_job(PDF_A6, "application/pdf", profile))
        assert outcome.state is PrintState.PRINTED, outcome.reason
        [job] = virtual.wait_for_jobs(1)
        assert job.language == language.value
        printed = virtual.preview_image(job)
    across, along = profile.media_dots()
    assert printed.height == along
    assert across <= printed.width < across + 8
    assert read_barcodes(printed) == [CONTENT.tracking_number]


def test_png_label_on_an_epl2_printer_scans(virtual: VirtualPrinter) -> None:
    profile = PrinterProfile(url=virtual.url, language=PrinterLanguage.EPL2, gap_mm=2)
    png = render_label(CONTENT, "image/png", 203)
    assert LabelPrinter(profile).send(prepare_print_job(png, "image/png", profile)).printed
    [job] = virtual.wait_for_jobs(1)
    assert parse_epl2(job.data).gap_dots == 16
    assert read_barcodes(virtual.preview_image(job)) == [CONTENT.tracking_number]
