"""prepare_print_job: the simulator's PDF, PNG and ZPL labels through every printer language,
decoded back from the bytes on the wire, must scan as the tracking number (issue 3, Tests)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PIL import Image

from packstation.printing import (
    LabelFormatError,
    LabelTooLargeError,
    PrinterLanguage,
    PrinterProfile,
    UnsupportedPairingError,
    ZplDpiMismatchError,
)
from packstation.printing.convert import (
    CONTENT_TYPE_EPL2,
    CONTENT_TYPE_ESCPOS,
    CONTENT_TYPE_TSPL,
    CONTENT_TYPE_ZPL,
    LabelFormat,
    PrintJob,
    prepare_print_job,
    sniff_label_format,
)
from packstation.printing.epl2 import parse_epl2
from packstation.printing.escpos_raster import escpos_to_image
from packstation.printing.tspl import parse_tspl
from packstation.printing.zpl import gfa_to_image
from packstation.training.labels import render_label, render_labels
from tests.printing import (
    ASCII_CONTENT,
    CONTENT,
    escpos_printer_module,
    read_barcodes,
    render_native_zpl,
)

PDF_4X6 = render_label(CONTENT, "application/pdf", 72)
PDF_A6 = render_label(CONTENT, "application/pdf", 72, page="a6")
ZPL = render_label(ASCII_CONTENT, "application/zpl", 203)
PNGS = {dpi: render_label(CONTENT, "image/png", dpi) for dpi in (203, 300)}


def profile(**fields: object) -> PrinterProfile:
    return PrinterProfile.model_validate({"url": "tcp://printer", **fields})


def decode_job(job: PrintJob, dpi: int = 203) -> Image.Image:
    """What the printer would print, from the job's bytes alone."""
    if job.language is PrinterLanguage.ZPL:
        return gfa_to_image(job.payload)
    if job.language is PrinterLanguage.TSPL:
        return parse_tspl(job.payload, dpi=dpi).images[0]
    if job.language is PrinterLanguage.EPL2:
        return parse_epl2(job.payload).images[0]
    assert job.language is PrinterLanguage.ESCPOS
    return escpos_to_image(job.payload)


RASTER_LANGUAGES = [PrinterLanguage.ZPL, PrinterLanguage.TSPL, PrinterLanguage.EPL2, PrinterLanguage.ESCPOS]
CONTENT_TYPES = {
    PrinterLanguage.ZPL: CONTENT_TYPE_ZPL,
    PrinterLanguage.TSPL: CONTENT_TYPE_TSPL,
    PrinterLanguage.EPL2: CONTENT_TYPE_EPL2,
    PrinterLanguage.ESCPOS: CONTENT_TYPE_ESCPOS,
}
ORIENTATIONS = ["portrait", "landscape"]
DPIS = [203, 300]


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("language", RASTER_LANGUAGES)
def test_pdf_label_round_trip(language: PrinterLanguage, dpi: int, orientation: str) -> None:
    """A6, as Sendcloud serves PDFs: wider than 4 in media at 203 dpi (4×6 pages: test_raster)."""
    printer = profile(language=language, dpi=dpi, orientation=orientation)
    job = prepare_print_job(PDF_A6, "application/pdf", printer)
    assert job.language is language
    assert job.content_type == CONTENT_TYPES[language]
    printed = decode_job(job, dpi)
    across, along = printer.media_dots()
    assert printed.height == along
    assert across <= printed.width < across + 8  # ESC/POS rows are whole bytes
    assert read_barcodes(printed) == [CONTENT.tracking_number]


@pytest.mark.parametrize("language", RASTER_LANGUAGES)
def test_600_dpi_round_trip(language: PrinterLanguage) -> None:
    printer = profile(language=language, dpi=600)
    printed = decode_job(prepare_print_job(PDF_A6, "application/pdf", printer), 600)
    assert printed.height == 3600
    assert read_barcodes(printed) == [CONTENT.tracking_number]


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("dpi", DPIS)
@pytest.mark.parametrize("language", RASTER_LANGUAGES)
def test_png_label_round_trip(language: PrinterLanguage, dpi: int, orientation: str) -> None:
    """PNG at the printer's DPI (resampled PNGs: test_raster)."""
    printer = profile(language=language, dpi=dpi, orientation=orientation)
    job = prepare_print_job(PNGS[dpi], "image/png", printer)
    assert read_barcodes(decode_job(job, dpi)) == [CONTENT.tracking_number]


@pytest.mark.parametrize("media", ["4x6", "a6", "100x150mm"])
def test_zpl_label_goes_out_byte_for_byte(media: str) -> None:
    job = prepare_print_job(ZPL, "application/zpl", profile(media=media))
    assert job.payload == ZPL
    assert job.language is PrinterLanguage.ZPL
    # The printer draws the native barcode itself; an independent renderer shows it scans.
    assert read_barcodes(render_native_zpl(job.payload, 812, 1218)) == [CONTENT.tracking_number]


@pytest.mark.parametrize("media", ["4x6", "a6"])
def test_portrait_zpl_refused_on_landscape_loaded_media(media: str) -> None:
    """ZPL cannot be turned: 1218 dots of label along 4 in of media would run over two labels."""
    printer = profile(media=media, orientation="landscape")
    with pytest.raises(LabelTooLargeError, match="longer") as caught:
        prepare_print_job(ZPL, "application/zpl", printer)
    assert caught.value.code == "label_too_large"


def test_zpl_with_utf8_and_binary_is_not_reencoded() -> None:
    label = ZPL.replace(b"^XZ", b"^FO10,10^FD\xc3\xbc\xff\xfe^FS^XZ")
    assert prepare_print_job(label, "application/zpl", profile()).payload == label


@pytest.mark.parametrize("dpi", [300, 600])
def test_zpl_for_another_dpi_is_refused_naming_both(dpi: int) -> None:
    with pytest.raises(ZplDpiMismatchError, match=rf"203 dpi.*{dpi} dpi"):
        prepare_print_job(ZPL, "application/zpl", profile(dpi=dpi))


@pytest.mark.parametrize(
    ("language", "name"),
    [
        (PrinterLanguage.TSPL, "TSPL"),
        (PrinterLanguage.EPL2, "EPL2"),
        (PrinterLanguage.ESCPOS, "ESC/POS"),
        (PrinterLanguage.SPOOLER, "OS spooler (PDF)"),
    ],
)
def test_zpl_is_never_sent_to_non_zpl_printers(language: PrinterLanguage, name: str) -> None:
    with pytest.raises(UnsupportedPairingError) as caught:
        prepare_print_job(ZPL, "application/zpl", profile(language=language))
    assert caught.value.message.startswith(f"ZPL labels cannot be printed on this {name} printer. ")
    assert "PDF or PNG labels" in caught.value.message


@pytest.mark.parametrize(
    ("label", "mime_type"), [(PDF_4X6, "application/pdf"), (PNGS[203], "image/png; charset=binary")]
)
def test_spooler_gets_the_file_unchanged(label: bytes, mime_type: str) -> None:
    job = prepare_print_job(label, mime_type, profile(language="spooler"))
    assert job.payload == label
    assert job.language is PrinterLanguage.SPOOLER
    assert job.content_type == mime_type.split(";", maxsplit=1)[0]


def test_multi_page_pdf_becomes_one_format_per_page() -> None:
    second = dataclasses.replace(CONTENT, tracking_number="1Z999AA10123456784")
    pdf = render_labels([CONTENT, second], "application/pdf", 72)
    job = prepare_print_job(pdf, "application/pdf", profile())
    formats = [b"^XA" + part for part in job.payload.split(b"^XA")[1:]]
    assert [read_barcodes(gfa_to_image(f)) for f in formats] == [
        [CONTENT.tracking_number],
        [second.tracking_number],
    ]
    escpos = prepare_print_job(pdf, "application/pdf", profile(language="escpos"))
    assert read_barcodes(escpos_to_image(escpos.payload).crop((0, 0, 812, 1218))) == [CONTENT.tracking_number]


def test_darkness_and_speed_come_from_the_profile() -> None:
    job = prepare_print_job(PDF_4X6, "application/pdf", profile(darkness=22, speed=5))
    assert job.payload.startswith(b"~SD22^XA^PR5^")


def test_ascii_compression_for_old_firmware() -> None:
    z64 = prepare_print_job(PDF_4X6, "application/pdf", profile())
    ascii_job = prepare_print_job(PDF_4X6, "application/pdf", profile(), compression="ascii")
    assert b":Z64:" in z64.payload
    assert b":Z64:" not in ascii_job.payload
    assert gfa_to_image(ascii_job.payload).tobytes() == gfa_to_image(z64.payload).tobytes()


@pytest.mark.parametrize("language", RASTER_LANGUAGES)
def test_through_the_escpos_dummy_printer(language: PrinterLanguage) -> None:
    """python-escpos' Dummy is the byte pipe the transports use: what it holds still scans."""
    job = prepare_print_job(PDF_A6, "application/pdf", profile(language=language, dpi=300))
    dummy: Any
    with escpos_printer_module() as printer:
        dummy = printer.Dummy()
        dummy._raw(job.payload)
        received: bytes = dummy.output
    assert received == job.payload
    assert read_barcodes(decode_job(job, 300)) == [CONTENT.tracking_number]


def test_zplkit_renders_our_rasterised_label_identically() -> None:
    job = prepare_print_job(PDF_A6, "application/pdf", profile())
    assert render_native_zpl(job.payload, 812, 1218).tobytes() == gfa_to_image(job.payload).tobytes()


# --- sniffing and malformed input ------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (PDF_4X6, LabelFormat.PDF),
        (PNGS[203], LabelFormat.PNG),
        (ZPL, LabelFormat.ZPL),
        (b"\r\n  ~SD20^XA^XZ", LabelFormat.ZPL),
        (b"CT~~CD,~CC^~CT~\n^XA~TA000^XZ", LabelFormat.ZPL),
        (b"\x00\x01^XA^XZ", None),
        (b"^xa^fo0,0^xz", LabelFormat.ZPL),
        (b"hello", None),
        (b"", None),
        (b"^FO0,0^FS", None),
    ],
)
def test_sniff(label: bytes, expected: LabelFormat | None) -> None:
    assert sniff_label_format(label) is expected


@pytest.mark.parametrize(
    ("label", "mime_type", "message"),
    [
        (PDF_4X6, "application/zpl", "claims to be ZPL but its bytes are PDF"),
        (ZPL, "application/pdf", "claims to be PDF but its bytes are ZPL"),
        (PNGS[203], "application/pdf", "claims to be PDF but its bytes are PNG"),
        (b"", "application/pdf", "empty"),
        (b"<html>error</html>", "application/pdf", "not a PDF, PNG or ZPL"),
        (PDF_4X6, "image/gif", "Unsupported label type"),
        (ZPL[: len(ZPL) // 2], "application/zpl", "incomplete"),
        (b"%PDF-1.4\ngarbage", "application/pdf", "cannot be opened"),
        (PNGS[203][:300], "image/png", "PNG label cannot be read"),
    ],
)
def test_malformed_labels_are_clear_errors(label: bytes, mime_type: str, message: str) -> None:
    with pytest.raises(LabelFormatError, match=message) as caught:
        prepare_print_job(label, mime_type, profile())
    assert caught.value.code == "label_format_error"


@pytest.mark.parametrize(
    ("label", "mime_type", "message"),
    [(b"%PDF-1.4\ngarbage", "application/pdf", "cannot be opened"), (PNGS[203][:300], "image/png", "PNG")],
)
def test_corrupt_files_for_the_spooler_fail_before_the_queue(
    label: bytes, mime_type: str, message: str
) -> None:
    with pytest.raises(LabelFormatError, match=message):
        prepare_print_job(label, mime_type, profile(language="spooler"))
