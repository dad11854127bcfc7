"""What an item scan says: the unit's GTIN (from any symbology), how many units, or why it is unreadable.

Item verification reads the codes printed on products and cases:
- EAN-13, EAN-8 and UPC-A, check digit verified;
- GS1-128 or GS1 DataMatrix carrying `(01)` and a GTIN-14: indicator digit 0 is the unit itself;
  indicator digits 1–8 are a case, whose number of units the station's `case_barcodes` setting
  gives (the unit is the case's 12 digits behind a 0, as GS1 builds case codes); 9 (variable
  measure) is not counted;
- anything else is matched against the order's SKUs exactly as printed (`ItemScan.text`).
`+N` typed before a scan counts N units (N cases for a case code).

A code that claims to be a GTIN but whose check digit is wrong is `unreadable`, never a SKU: a
misread digit must not tick the wrong line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.gs1 import check_digit, gtin14, is_gtin, unit_of_case

MAX_UNITS_PER_SCAN: Final = 999
# AIM symbology identifiers (ISO/IEC 15424) of the codes that carry GS1 element strings.
_GS1_SYMBOLOGIES: Final = frozenset({"]C1", "]d2", "]Q3", "]e0", "]J1"})
_AIM: Final = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_COUNT: Final = re.compile(r"^\+(\d{1,3})(.*)$", re.DOTALL)
_FNC1: Final = "\x1d"
# `(01)` + 14 digits in the human-readable form, or `01` + 14 digits in a GS1 element string.
_AI01_BRACKETS: Final = re.compile(r"^\(01\)(\d{14})")
_AI01_RAW: Final = re.compile(r"^01(\d{14})")


class ItemCodeError(PackstationError):
    """The scan looks like a product code but cannot be one (a wrong check digit, an unknown case)."""

    code = ErrorCode.ITEM_UNREADABLE

    def __init__(self, message: str, *, text: str, code: ErrorCode | None = None) -> None:
        super().__init__(message, code=code)
        self.text = text


@dataclass(frozen=True)
class ItemScan:
    """One scan during verification, read but not yet matched to an order line."""

    raw: str
    text: str  # the code without `+N`, the AIM identifier and surrounding space
    units: int  # units this scan counts: N from `+N`, times a case's units
    gtin: str | None = None  # the unit's GTIN-14, when the scan carried one
    case_units: int | None = None  # units per case, when the scan was a case code


def read_item_scan(raw: str, case_barcodes: Mapping[str, int] | None = None) -> ItemScan:
    """Read one scan; raises `ItemCodeError` for a code that cannot be counted."""
    count, text = _split_count(raw.strip())
    if not 1 <= count <= MAX_UNITS_PER_SCAN:
        raise ItemCodeError(f"+{count} is not a number of units to count.", text=raw.strip())
    symbology = None
    if aim := _AIM.match(text):
        symbology, text = aim.group(), text[aim.end() :]
    text = text.lstrip(_FNC1)
    element = _AI01_BRACKETS.match(text) or (_AI01_RAW.match(text) if symbology in _GS1_SYMBOLOGIES else None)
    if element is not None:
        return _from_gtin14(raw, text, element.group(1), count, case_barcodes or {})
    if text.isdigit() and len(text) in (8, 12, 13, 14):
        if not is_gtin(text):
            raise ItemCodeError(
                f"{text} is not a valid product code: its check digit should be "
                f"{check_digit(text[:-1])}. Scan it again.",
                text=text,
            )
        return _from_gtin14(raw, text, gtin14(text), count, case_barcodes or {})
    return ItemScan(raw, text, count)


def _split_count(text: str) -> tuple[int, str]:
    """`+N` and the code behind it. Typed before a scan, N runs straight into the scanner's digits
    ("+3" then 4006381333931): the split is where the rest is a valid code, the shortest N first."""
    counted = _COUNT.match(text)
    if counted is None:
        return 1, text
    digits, rest = counted.group(1), counted.group(2)
    if rest[:1].isspace() or not rest[:1].isdigit():
        return int(digits), rest.strip()
    whole = digits + rest
    for size in range(1, len(digits) + 1):
        candidate = whole[size:]
        if is_gtin(candidate):
            return int(whole[:size]), candidate
    return int(digits), rest.strip()


def _from_gtin14(raw: str, text: str, code: str, count: int, cases: Mapping[str, int]) -> ItemScan:
    if not is_gtin(code):
        raise ItemCodeError(
            f"{code} is not a valid GTIN: its check digit is wrong. Scan it again.", text=text
        )
    indicator = code[0]
    if indicator == "0":
        return ItemScan(raw, text, count, code)
    if indicator == "9":
        raise ItemCodeError(f"{code} is a variable-measure code: it cannot be counted in units.", text=text)
    units = _case_units(code, cases)
    if units is None:
        raise ItemCodeError(
            f"{code} is a case code this station does not know. Scan the units inside, or ask your "
            "shift lead to add it to the case barcodes.",
            text=text,
            code=ErrorCode.ITEM_CASE_UNKNOWN,
        )
    return ItemScan(raw, text, count * units, unit_of_case(code), units)


def _case_units(code: str, cases: Mapping[str, int]) -> int | None:
    for gtin, units in cases.items():
        if is_gtin(gtin) and gtin14(gtin) == code:
            return units
    return None
