"""Badge patterns in words: prefixes in, the scanner setting out, and back."""

from __future__ import annotations

import pytest

from packstation.settings import ScannerSetting
from packstation.station.badges import badge_in, badge_pattern, badge_prefixes


def test_the_default_pattern_is_two_words() -> None:
    default = ScannerSetting().badge_pattern
    assert badge_prefixes(default) == ("BADGE", "PACKER")
    assert badge_pattern(("BADGE", "PACKER")) == default


def test_prefixes_make_a_pattern_that_reads_badges_and_not_orders() -> None:
    pattern = badge_pattern(["EMP", " staff "])
    assert badge_prefixes(pattern) == ("EMP", "staff")
    assert badge_in("EMP-42", pattern) == "42"
    assert badge_in("staff:A1", pattern) == "A1"
    assert badge_in("SHOP-3127", pattern) is None
    assert badge_in("EMP-" + "9" * 33, pattern) is None  # an id is 1 to 32 letters or digits


def test_no_prefixes_means_no_badges() -> None:
    assert badge_pattern([" ", ""]) is None
    assert badge_prefixes(None) == ()
    assert badge_in("BADGE-1", None) is None


def test_a_hand_written_pattern_is_not_read_as_prefixes() -> None:
    assert badge_prefixes(r"EMP(?P<id>\d{4})") is None


def test_a_prefix_with_other_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="letters and digits"):
        badge_pattern(["BA DGE"])
