"""Item scans read as a packer's scanner sends them: EAN, UPC, GS1 with cases, SKUs, +N."""

from __future__ import annotations

import pytest

from packstation.error_codes import ErrorCode
from packstation.station.item_codes import ItemCodeError, read_item_scan

EAN = "4006381333931"
CASE = "14006381333938"  # the same product, indicator 1: a case


@pytest.mark.parametrize(
    ("raw", "gtin"),
    [
        (EAN, "0" + EAN),
        ("96385074", "00000096385074"),  # EAN-8
        ("036000291452", "00036000291452"),  # UPC-A
        (f"(01)0{EAN}", "0" + EAN),  # GS1 human-readable form
        (f"]C101{'0' + EAN}10ABC", "0" + EAN),  # GS1-128 with its AIM identifier and a lot number
        (f"]d2\x1d01{'0' + EAN}", "0" + EAN),  # GS1 DataMatrix, leading FNC1
        (f"  {EAN}\n", "0" + EAN),
    ],
)
def test_every_symbology_reads_as_the_units_gtin(raw: str, gtin: str) -> None:
    scan = read_item_scan(raw)
    assert (scan.gtin, scan.units, scan.case_units) == (gtin, 1, None)


def test_plus_n_counts_units_and_cases_multiply() -> None:
    assert read_item_scan(f"+3{EAN}").units == 3
    assert read_item_scan(f"+2 {EAN}").units == 2
    case = read_item_scan(f"(01){CASE}", {CASE: 6})
    assert (case.gtin, case.units, case.case_units) == ("0" + EAN, 6, 6)
    assert read_item_scan(f"+2(01){CASE}", {CASE: 6}).units == 12


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("4006381333932", ErrorCode.ITEM_UNREADABLE),  # wrong check digit: never a SKU
        ("(01)04006381333932", ErrorCode.ITEM_UNREADABLE),
        (f"(01){CASE}", ErrorCode.ITEM_CASE_UNKNOWN),
        ("(01)94006381333934", ErrorCode.ITEM_UNREADABLE),  # variable measure
        (f"+0{EAN}", ErrorCode.ITEM_UNREADABLE),
    ],
)
def test_codes_that_cannot_be_counted_say_why(raw: str, code: ErrorCode) -> None:
    with pytest.raises(ItemCodeError) as refused:
        read_item_scan(raw)
    assert refused.value.code == code


def test_anything_else_is_a_sku_as_printed() -> None:
    scan = read_item_scan(" WW-DR-GR-XS-001 ")
    assert (scan.text, scan.gtin, scan.units) == ("WW-DR-GR-XS-001", None, 1)
    assert read_item_scan("01234").gtin is None  # too short for a GTIN: a SKU or an order number
