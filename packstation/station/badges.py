"""Packer badges in words: the badge pattern a shift lead sets without writing a regular expression.

A badge is one of a few words (its prefixes), then `-` or `:`, then its id of 1 to 32 letters or
digits: `BADGE-A17`. `badge_pattern` turns prefixes into the pattern the scanner settings keep;
`badge_prefixes` reads them back from a pattern made that way (None for a pattern written by hand,
which the settings dialog then shows as it is). `badge_in` says what a test scan would be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from packstation.errors import PackstationError
from packstation.station.barcode import ScanSettings, parse_scan

ID_MAX: Final = 32
_ID_PART: Final = f"[-:](?P<id>[A-Za-z0-9]{{1,{ID_MAX}}})"
_OURS: Final = re.compile(r"\(\?:((?:[A-Za-z0-9]+\|)*[A-Za-z0-9]+)\)" + re.escape(_ID_PART))
_PREFIX: Final = re.compile(r"[A-Za-z0-9]+")


def badge_pattern(prefixes: Sequence[str]) -> str | None:
    """The scanner setting for badges starting with one of `prefixes`; None (no badges) for none.

    Raises ValueError for a prefix that is not letters and digits (the scanner reads it literally).
    """
    words = [prefix.strip() for prefix in prefixes if prefix.strip()]
    for word in words:
        if not _PREFIX.fullmatch(word):
            raise ValueError(f"A badge prefix is letters and digits only: {word!r}.")
    return f"(?:{'|'.join(words)}){_ID_PART}" if words else None


def badge_prefixes(pattern: str | None) -> tuple[str, ...] | None:
    """The prefixes of a pattern `badge_pattern` made (() for no badges); None for any other."""
    if pattern is None:
        return ()
    ours = _OURS.fullmatch(pattern)
    return tuple(ours.group(1).split("|")) if ours else None


def badge_in(scan: str, pattern: str | None) -> str | None:
    """The badge id a scan would sign in with, or None when it is not a badge."""
    try:
        parsed = parse_scan(scan, ScanSettings(badge_pattern=pattern))
    except PackstationError:
        return None
    return parsed.value if parsed.kind == "badge" else None
