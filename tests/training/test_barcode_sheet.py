"""The training barcode sheet: A4 PDF pages whose every Code 128 scans back to its order number."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from packstation.training.barcode_sheet import (
    MODULE_PX,
    SHEET_DPI,
    UNKNOWN_ORDER_NUMBER,
    SheetCode,
    barcode_sheet_pdf,
    practice_packing_codes,
    training_badges,
    training_sheet_codes,
    training_sheet_pdf,
)
from packstation.training.simulator import Simulator

pdfium: Any = importlib.import_module("pypdfium2")

A4_PT = (210 / 25.4 * 72, 297 / 25.4 * 72)


@pytest.fixture
def pdf_documents() -> Iterator[list[Any]]:
    documents: list[Any] = []
    yield documents
    for document in documents:
        document.close()


def pages(
    data: bytes, documents: list[Any], dpi: float = 150
) -> list[tuple[tuple[float, float], Image.Image]]:
    document = pdfium.PdfDocument(data)
    documents.append(document)
    return [
        (document[i].get_size(), document[i].render(scale=dpi / 72, grayscale=True).to_pil())
        for i in range(len(document))
    ]


def decoded(image: Image.Image) -> list[tuple[int, int, str]]:
    """(top, left, text) of every Code 128 on the page, in reading order."""
    found = [
        (result.position.top_left.y, result.position.top_left.x, result.text)
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.Code128
    ]
    # rows are 31 mm apart: group by row (within 10 px at 150 dpi), then left to right
    return sorted(found, key=lambda f: (round(f[0] / 40), f[1]))


def test_module_width_is_at_least_a_third_of_a_millimetre() -> None:
    assert MODULE_PX / SHEET_DPI * 25.4 >= 0.33


def test_every_code_scans_back_in_order(simulator: Simulator, pdf_documents: list[Any]) -> None:
    good, bad = training_sheet_codes(simulator, limit=40)
    assert len(good) == 40
    assert UNKNOWN_ORDER_NUMBER in [code.data for code in bad]
    assert any(code.data in simulator.unshippable_order_numbers() for code in bad)
    data = training_sheet_pdf(simulator, limit=40)
    assert data.startswith(b"%PDF-")
    rendered = pages(data, pdf_documents)
    assert len(rendered) >= 3  # 40 codes plus the red path do not fit two pages
    texts: list[str] = []
    for size, image in rendered:
        assert size == pytest.approx(A4_PT, abs=0.5)
        texts.extend(text for _top, _left, text in decoded(image))
    badges = [code.data for code in training_badges()]
    assert badges == ["BADGE-DEMO1", "BADGE-DEMO2"]  # first: a trainee signs in, then packs
    packing = [code.data for code in practice_packing_codes(simulator.seed_data, good)]
    assert texts == badges + good + packing + [code.data for code in bad]


def test_codes_scan_at_screen_resolution(pdf_documents: list[Any]) -> None:
    """At 96 px/in (a PDF viewer at 100 %) a module is still more than one pixel."""
    numbers = ["SHOP-3127", "wc-58396", "WEB-12119", "00340434161094"]
    [(_size, image)] = pages(barcode_sheet_pdf(numbers), pdf_documents, dpi=96)
    assert [text for _t, _l, text in decoded(image)] == numbers


def test_long_codes_take_a_whole_row(pdf_documents: list[Any]) -> None:
    long = "ORDER-ABCDEFGHIJKLMNOP"  # too wide for half the page at 0.51 mm per module
    numbers = ["A-1", long, "B-2"]
    [(_size, image)] = pages(barcode_sheet_pdf(numbers), pdf_documents)
    assert [text for _t, _l, text in decoded(image)] == numbers


def test_refuses_what_cannot_be_printed() -> None:
    with pytest.raises(ValueError, match="at least one"):
        barcode_sheet_pdf([])
    with pytest.raises(ValueError, match="too long"):
        barcode_sheet_pdf(["X" * 80])


def test_bad_codes_only(pdf_documents: list[Any]) -> None:
    data = barcode_sheet_pdf([], bad_codes=[SheetCode("NOPE-1", "no such order")], title="Red path")
    [(_size, image)] = pages(data, pdf_documents)
    assert [text for _t, _l, text in decoded(image)] == ["NOPE-1"]
