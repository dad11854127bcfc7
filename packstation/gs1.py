"""GS1 numbers: the check digit of a GTIN, and every GTIN length in one comparable form.

EAN-13, EAN-8, UPC-A and the GTIN-14 inside a GS1-128 or DataMatrix code are the same number
padded differently: `gtin14` pads each to 14 digits, so an order line's EAN and a scanned code
compare equal whatever symbology carried them. Shared by item verification (the station) and the
training catalogue (the simulator's EANs), so both agree on what a valid code is.
"""

from __future__ import annotations

from typing import Final

GTIN_LENGTHS: Final = frozenset({8, 12, 13, 14})


def check_digit(data: str) -> str:
    """The GS1 check digit for `data` (all digits but the last): weights 3, 1, 3… from the right."""
    if not data.isdigit():
        raise ValueError(f"a GS1 number is digits only, got {data!r}")
    total = sum(int(digit) * (3 if index % 2 == 0 else 1) for index, digit in enumerate(reversed(data)))
    return str(-total % 10)


def is_gtin(text: str) -> bool:
    """8, 12, 13 or 14 digits whose last is the right check digit."""
    return len(text) in GTIN_LENGTHS and text.isdigit() and check_digit(text[:-1]) == text[-1]


def gtin14(text: str) -> str:
    """A GTIN of any length as 14 digits (ValueError when `text` is not a valid GTIN)."""
    if not is_gtin(text):
        raise ValueError(f"not a valid GTIN: {text!r}")
    return text.zfill(14)


def unit_of_case(case_gtin14: str) -> str:
    """The item a case code packs (GS1 indicator digits 1–8): the same 12 digits behind a 0."""
    body = "0" + case_gtin14[1:13]
    return body + check_digit(body)
