"""Item 8: labels and previews are measured before they are rendered.

A 432-byte PDF with a 7,200 pt page took 1.2 GB to render and 2,000 pages made a 2,000-label job;
a 44-byte ZPL job made the virtual printer's preview allocate a 40,000×40,000 image (3 GB). The
PDFs here are made with pypdfium2 (the app's own renderer); the ZPL job goes through a real
virtual printer over TCP.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import io
import socket
import zlib
from typing import Any

import pytest

from packstation.printing.convert import prepare_print_job
from packstation.printing.errors import LabelFormatError, LabelTooLargeError
from packstation.printing.profile import PrinterLanguage, PrinterProfile
from packstation.printing.raster import MAX_PDF_PAGES
from packstation.printing.zpl import gfa_to_image
from packstation.training.virtual_printer import PreviewError, VirtualPrinter

A4_PT = (595.0, 842.0)
pdfium: Any = importlib.import_module("pypdfium2")  # untyped: imported as the app does


def _pdf(pages: int, size: tuple[float, float]) -> bytes:
    document: Any = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(*size)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def _profile(language: PrinterLanguage = PrinterLanguage.ZPL, media: str = "4x6") -> PrinterProfile:
    return PrinterProfile(url="tcp://127.0.0.1:9100", language=language, dpi=203, media=media)


def test_a_huge_page_is_refused_before_it_is_rendered() -> None:
    bomb = _pdf(1, (7200.0, 7200.0))
    assert len(bomb) < 1000
    with pytest.raises(LabelTooLargeError, match="at most"):
        prepare_print_job(bomb, "application/pdf", _profile())


@pytest.mark.parametrize("language", [PrinterLanguage.ZPL, PrinterLanguage.SPOOLER])
def test_thousands_of_pages_are_not_a_label(language: PrinterLanguage) -> None:
    many = _pdf(2000, (288.0, 432.0))
    with pytest.raises(LabelTooLargeError, match="2000 pages"):
        prepare_print_job(many, "application/pdf", _profile(language))


def test_a_label_and_an_a4_customs_declaration_still_print() -> None:
    job = prepare_print_job(_pdf(MAX_PDF_PAGES, (288.0, 432.0)), "application/pdf", _profile())
    assert job.payload.count(b"^XA") == MAX_PDF_PAGES
    customs = prepare_print_job(_pdf(2, A4_PT), "application/pdf", _profile(media="a6"))
    assert customs.payload.count(b"^XA") == 2


def test_the_virtual_printers_preview_refuses_a_giant_canvas() -> None:
    job_bytes = b"^XA^PW40000^LL40000^FO0,0^GFA,1,1,1,00^FS^XZ"
    assert len(job_bytes) == 44
    with VirtualPrinter() as printer:
        with socket.create_connection((printer.host, printer.port), timeout=5) as connection:
            connection.sendall(job_bytes)
        [job] = printer.wait_for_jobs(1)
        with pytest.raises(PreviewError, match="at most 8000"):
            printer.preview_image(job)


def test_a_compressed_graphic_is_never_inflated_past_its_declared_size() -> None:
    bomb = base64.b64encode(zlib.compress(bytes(50_000_000), 9))  # 50 MB of zeros in ~50 KB
    field = b":Z64:" + bomb + b":" + f"{binascii.crc_hqx(bomb, 0):04X}".encode()
    zpl = b"^XA^FO0,0^GFA,100,100,10," + field + b"^FS^XZ"
    with pytest.raises(LabelFormatError, match="header says 100"):
        gfa_to_image(zpl, max_dots=8000)
