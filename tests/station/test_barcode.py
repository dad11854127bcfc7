"""Scan input: wedge-scanner clean-up, keyboard-layout read-back, badges and double scans."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.errors import ConfigurationError
from packstation.station.barcode import (
    DEFAULT_ALLOWED_PATTERN,
    LAYOUT_TO_US,
    LAYOUTS,
    Debouncer,
    Layout,
    Scan,
    ScanEmptyError,
    ScanError,
    ScanInvalidCharactersError,
    ScanSettings,
    ScanTooLongError,
    ScanTooShortError,
    ScanWrongKeyboardLayoutError,
    layout_advice,
    parse_scan,
)

ALL_LAYOUTS: tuple[Layout, ...] = ("us", "uk", "azerty", "azerty_be", "qwertz")
MISMATCHED: tuple[Layout, ...] = ("uk", "azerty", "azerty_be", "qwertz")
SEEDED = ("WEB-10023", "SHOP-3127", "wc-58396")


def type_through(text: str, layout: Layout) -> str:
    """What Windows shows when a US-programmed scanner types `text` and Windows uses `layout`:
    each character becomes the US key (and Shift) that makes it, read through `layout`."""
    keyboard = dict(LAYOUTS[layout].key_pairs())
    typed = []
    for char in text:
        received = keyboard[char]
        if received == "\x00":
            raise ValueError(f"{char!r} is a dead key on {layout}")
        typed.append(received)
    return "".join(typed)


# --- the layout tables ------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_each_layout_table_is_a_bijection(layout: Layout) -> None:
    pairs = [(us, got) for us, got in LAYOUTS[layout].key_pairs() if got != "\x00"]
    meant = [us for us, _ in pairs]
    received = [got for _, got in pairs]
    assert len(set(meant)) == len(meant), "a US character on two keys"
    assert len(set(received)) == len(received), "a layout character on two keys"
    assert dict(LAYOUT_TO_US[layout]) == {got: us for us, got in pairs}
    assert all(len(c) == 1 for c in meant + received)


def test_us_table_is_the_identity() -> None:
    assert all(got == us for us, got in LAYOUT_TO_US["us"].items())
    assert len(LAYOUT_TO_US["us"]) == 95  # printable ASCII: 94 graphic characters and space


@pytest.mark.parametrize("layout", MISMATCHED)
def test_every_order_character_can_be_typed_through_every_layout(layout: Layout) -> None:
    # The hypothesis property below relies on this: no allowed character sits on a dead key.
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/.# "
    assert len(type_through(alphabet, layout)) == len(alphabet)


@pytest.mark.parametrize(
    ("layout", "meant", "received"),
    [
        ("azerty", "12345", "&é\"'("),
        ("azerty", "1234567890", "&é\"'(-è_çà"),
        ("azerty_be", "1234567890", "&é\"'(§è!çà"),
        ("azerty", "WEB-10023", 'ZEB)&ààé"'),
        ("azerty_be", "WEB-10023", 'ZEB)&ààé"'),
        ("azerty", "SHOP-3127", 'SHOP)"&éè'),
        ("azerty", "wc-58396", 'zc)(_"ç-'),
        ("azerty_be", "wc-58396", 'zc)(!"ç§'),
        ("azerty", "a/b.c", "q!b:c"),
        ("azerty_be", "a/b.c", "q=b:c"),
        ("qwertz", "WEB-10023", "WEBß10023"),
        ("qwertz", "SHOP-3127", "SHOPß3127"),
        ("qwertz", "wc-58396", "wcß58396"),
        ("qwertz", "zy_#/", "yz?§-"),
        ("uk", "WEB-10023", "WEB-10023"),
        ("uk", 'A#1"@\\', 'A£1@"#'),
        ("us", "WEB-10023", "WEB-10023"),
    ],
)
def test_typing_through_a_layout_garbles_like_windows_does(layout: Layout, meant: str, received: str) -> None:
    assert type_through(meant, layout) == received


# --- reading back -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "value", "fixed"),
    [
        ("&é\"'(", "12345", "azerty"),  # French and Belgian agree: the first is named
        ('ZEB)&ààé"', "WEB-10023", "azerty"),
        ('SHOP)"&éè', "SHOP-3127", "azerty"),
        ('zc)(_"ç-', "wc-58396", "azerty"),
        ('zc)(!"ç§', "wc-58396", "azerty_be"),
        ("WEBß10023", "WEB-10023", "qwertz"),
        ("wcß58396", "wc-58396", "qwertz"),
        ("SHOP£3127", "SHOP#3127", "uk"),
        ('$C&ZEB)&ààé"\r', "WEB-10023", "azerty"),  # the AIM identifier ]C1 is garbled too
        ("+C1WEBß10023\r", "WEB-10023", "qwertz"),
        ("&e\u0301", "12", "azerty"),  # decomposed é (NFD) from some input methods
    ],
)
def test_auto_reads_back_a_mismatched_layout(received: str, value: str, fixed: Layout) -> None:
    scan = parse_scan(received, ScanSettings(expected_layout="auto"))
    assert (scan.kind, scan.value, scan.layout_fixed) == ("order", value, fixed)
    assert scan.raw == received
    assert "Set the scanner's keyboard country to match Windows" in scan.notes[-1]


@pytest.mark.parametrize("order", SEEDED)
@pytest.mark.parametrize("layout", MISMATCHED)
def test_seeded_orders_typed_through_each_layout_come_back(order: str, layout: Layout) -> None:
    typed = type_through(order, layout) + "\r\n"
    assert parse_scan(typed, ScanSettings(expected_layout=layout)).value == order
    assert parse_scan(typed, ScanSettings(expected_layout="auto")).value == order


@pytest.mark.parametrize("received", ["WEB-10023", "1234", "shop/2041.a", "A B_C#1"])
def test_auto_leaves_a_valid_scan_alone(received: str) -> None:
    scan = parse_scan(received)
    assert (scan.value, scan.layout_fixed, scan.notes) == (received, None, ())


def test_auto_refuses_to_guess_when_layouts_disagree() -> None:
    # "§3" is "6#" through Belgian AZERTY but "#3" through German QWERTZ.
    with pytest.raises(ScanWrongKeyboardLayoutError) as caught:
        parse_scan("§3")
    assert caught.value.code == "scan_wrong_keyboard_layout"
    assert set(caught.value.layouts) == {"azerty_be", "qwertz"}
    assert "'6#'" in caught.value.message
    assert "'#3'" in caught.value.message
    readings = {scan.layout_fixed: scan.value for scan in caught.value.readings}
    assert readings == {"azerty_be": "6#", "qwertz": "#3"}


@pytest.mark.parametrize(
    ("order", "typed_on", "other_reading"),
    [
        ("ORD/925737", "azerty", "ORD8925737"),  # "!" is the / key in France, the 8 key in Belgium
        ("wc-178", "azerty_be", "wc-17/"),
    ],
)
def test_the_layout_of_an_earlier_scan_settles_a_french_belgian_tie(
    order: str, typed_on: Layout, other_reading: str
) -> None:
    typed = type_through(order, typed_on)
    with pytest.raises(ScanWrongKeyboardLayoutError) as caught:
        parse_scan(typed)
    assert {scan.value for scan in caught.value.readings} == {order, other_reading}
    scan = parse_scan(typed, likely_layout=typed_on)
    assert (scan.value, scan.layout_fixed) == (order, typed_on)
    # A hint that explains nothing is ignored, and "us" never maps whatever the hint.
    with pytest.raises(ScanWrongKeyboardLayoutError):
        parse_scan(typed, likely_layout="uk")
    with pytest.raises(ScanWrongKeyboardLayoutError):
        parse_scan(typed, ScanSettings(expected_layout="us"), likely_layout=typed_on)


def test_a_non_order_barcode_through_a_mismatched_layout_still_gets_the_layout_advice() -> None:
    # "WEB-1+" typed through AZERTY: read back it is still no order number ("+" is not allowed),
    # but "é"-like characters prove the layouts differ, so the packer gets both messages.
    with pytest.raises(ScanInvalidCharactersError) as caught:
        parse_scan("ZEB)&+é")
    assert "'é': a scanner set to a US keyboard cannot send this" in caught.value.message
    assert "'Keyboard: France/AZERTY'" in caught.value.message
    with pytest.raises(ScanInvalidCharactersError) as caught:
        parse_scan("ORDER!1")
    assert "Keyboard" not in caught.value.message


def test_advice_names_the_programming_barcode_and_the_setting() -> None:
    assert layout_advice(["azerty"]) == (
        "The scanner types as if the keyboard were AZERTY (French). Set the scanner's keyboard country "
        "to match Windows — scan the 'Keyboard: France/AZERTY' programming barcode in its manual — or "
        "set this station's scanner layout to AZERTY in Settings."
    )


def test_us_setting_never_maps_but_says_how_to_fix_the_scanner() -> None:
    with pytest.raises(ScanWrongKeyboardLayoutError) as caught:
        parse_scan('zc)(_"ç-', ScanSettings(expected_layout="us"))
    assert caught.value.layouts == ("azerty",)
    assert caught.value.message.endswith(layout_advice(["azerty"]))


def test_us_setting_with_an_ambiguous_azerty_scan_names_both_azerty_variants() -> None:
    with pytest.raises(ScanWrongKeyboardLayoutError) as caught:
        parse_scan("&é\"'(", ScanSettings(expected_layout="us"))
    assert caught.value.layouts == ("azerty", "azerty_be")
    assert "'Keyboard: France/AZERTY' or 'Keyboard: Belgium/AZERTY'" in caught.value.message


def test_explicit_layout_maps_even_what_auto_would_leave_alone() -> None:
    # Letters-only scans look fine through AZERTY: only the setting knows A and Q swapped places.
    scan = parse_scan("qbc", ScanSettings(expected_layout="azerty"))
    assert (scan.value, scan.layout_fixed) == ("abc", "azerty")
    assert scan.notes == (
        "Read back through the AZERTY (French) keyboard layout set in Settings: the scanner sent 'qbc'. "
        "Setting the scanner's keyboard country to match Windows makes this unnecessary.",
    )
    scan = parse_scan("10023", ScanSettings(expected_layout="qwertz"))  # digits: nothing to read back
    assert (scan.value, scan.layout_fixed, scan.notes) == ("10023", None, ())
    assert parse_scan("qbc").value == "qbc"


def test_explicit_layout_says_so_when_the_scanner_has_been_fixed() -> None:
    # Typed correctly, "WEB-10023" read as AZERTY would be "ZEB6!))@#": the setting is stale.
    with pytest.raises(ScanWrongKeyboardLayoutError, match="scanner layout to Auto"):
        parse_scan("WEB-10023", ScanSettings(expected_layout="azerty"))
    with pytest.raises(ScanWrongKeyboardLayoutError, match="scanner layout to Auto"):
        parse_scan("]C1WEB-10023", ScanSettings(expected_layout="azerty"))  # "]" is on no AZERTY key


def test_explicit_layout_reports_invalid_characters_of_the_read_back() -> None:
    with pytest.raises(ScanInvalidCharactersError) as caught:
        parse_scan("ZEB)&+", ScanSettings(expected_layout="azerty"))  # "+" is Shift+= on both
    assert caught.value.characters == ("+",)


# --- what wedge scanners wrap around the data --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "scan_settings", "value", "symbology"),
    [
        ("WEB-10023\r\n", ScanSettings(), "WEB-10023", None),
        ("WEB-10023\r", ScanSettings(), "WEB-10023", None),
        ("WEB-10023\n", ScanSettings(), "WEB-10023", None),
        ("WEB-10023\t", ScanSettings(), "WEB-10023", None),
        ("  WEB-10023 \xa0", ScanSettings(), "WEB-10023", None),
        ("\x02WEB-10023\x03\r", ScanSettings(), "WEB-10023", None),  # STX/ETX framing
        ("\x00WEB-10023\x1f", ScanSettings(), "WEB-10023", None),
        ("\x1bWEB-10023\x7f", ScanSettings(), "WEB-10023", None),
        ("\ufeffWEB-10023\u200b", ScanSettings(), "WEB-10023", None),
        ("\x1dWEB-10023\x1d", ScanSettings(), "WEB-10023", None),  # FNC1 sent as GS at the ends
        ("]C0WEB-10023\r\n", ScanSettings(), "WEB-10023", "]C0"),
        ("]C1WEB-10023\r\n", ScanSettings(), "WEB-10023", "]C1"),
        ("]E0871234567890\r", ScanSettings(), "871234567890", "]E0"),
        ("]Q1SHOP-3127", ScanSettings(), "SHOP-3127", "]Q1"),
        ("]d2wc-58396", ScanSettings(), "wc-58396", "]d2"),
        ("]C1\x1dWEB-10023", ScanSettings(), "WEB-10023", "]C1"),
        ("]C0WEB-1", ScanSettings(strip_aim_identifier=False), None, None),
        ("#WEB-10023*", ScanSettings(strip_prefix="#", strip_suffix="*"), "WEB-10023", None),
        ("ST1:WEB-10023\r", ScanSettings(strip_prefix="ST1:"), "WEB-10023", None),
        ("ST1:]C0WEB-10023", ScanSettings(strip_prefix="ST1:"), "WEB-10023", "]C0"),
        ("]C0ST1:WEB-10023", ScanSettings(strip_prefix="ST1:"), "WEB-10023", "]C0"),
        ("WEB-10023#END\r\n", ScanSettings(strip_suffix="#END"), "WEB-10023", None),
        ("WEB-10023", ScanSettings(strip_prefix="X", strip_suffix="Y"), "WEB-10023", None),
        ("##WEB-1", ScanSettings(strip_prefix="#"), "#WEB-1", None),  # a prefix is removed once
        ("SHOP 2041/a.b_c#7", ScanSettings(), "SHOP 2041/a.b_c#7", None),
    ],
)
def test_wedge_wrapping_is_removed(
    raw: str, scan_settings: ScanSettings, value: str | None, symbology: str | None
) -> None:
    if value is None:
        with pytest.raises(ScanInvalidCharactersError):
            parse_scan(raw, scan_settings)
        return
    scan = parse_scan(raw, scan_settings)
    assert (scan.kind, scan.value, scan.symbology, scan.raw) == ("order", value, symbology, raw)


def test_notes_say_what_was_removed() -> None:
    scan = parse_scan("ST1:]C0WEB-10023#END\r\n", ScanSettings(strip_prefix="ST1:", strip_suffix="#END"))
    assert scan.notes == (
        "Removed the scanner prefix 'ST1:'.",
        "Removed the Code 128 identifier ]C0.",
        "Removed the scanner suffix '#END'.",
    )


@pytest.mark.parametrize(
    ("raw", "scan_settings", "error", "shown"),
    [
        ("", ScanSettings(), ScanEmptyError, "Nothing was scanned"),
        ("\r\n", ScanSettings(), ScanEmptyError, "<U+000D><U+000A>"),
        ("   \t", ScanSettings(), ScanEmptyError, "Nothing was scanned"),
        ("\x1d", ScanSettings(), ScanEmptyError, "<U+001D>"),
        ("]C0\r", ScanSettings(), ScanEmptyError, "Nothing was scanned"),
        ("#\r", ScanSettings(strip_prefix="#"), ScanEmptyError, "Nothing was scanned"),
        ("A" * 256, ScanSettings(), ScanTooLongError, "256 characters"),
        ("A" * 5000, ScanSettings(), ScanTooLongError, "5000 characters"),
        ("ABCDEFGHIJK", ScanSettings(max_length=10), ScanTooLongError, "at most 10"),
        ("AB", ScanSettings(min_length=4), ScanTooShortError, "4 characters"),
        ("WEB\x07-10023", ScanSettings(), ScanInvalidCharactersError, "U+0007 (BEL, bell)"),
        ("WEB\x00-10023", ScanSettings(), ScanInvalidCharactersError, "U+0000 (NUL)"),
        ("WEB\x1f-10023", ScanSettings(), ScanInvalidCharactersError, "U+001F (control character)"),
        ("WEB\t10023", ScanSettings(), ScanInvalidCharactersError, "U+0009 (Tab)"),
        ("WEB\xa010023", ScanSettings(), ScanInvalidCharactersError, "U+00A0 (no-break space)"),
        ("WEB-1\r\nWEB-1", ScanSettings(), ScanInvalidCharactersError, "Two scans ran together"),
        ("]C1400WEB-1\x1d37", ScanSettings(), ScanInvalidCharactersError, "several data fields (GS1)"),
        ("ORDER!1", ScanSettings(), ScanInvalidCharactersError, "'!' (U+0021)"),
        ("€123", ScanSettings(), ScanInvalidCharactersError, "'€' (U+20AC)"),
        ("A--", ScanSettings(allowed_pattern=r"[A-Z]+-\d+"), ScanInvalidCharactersError, "pattern"),
        ("AB-\x071", ScanSettings(allowed_pattern=r"[A-Z]+-\d+"), ScanInvalidCharactersError, "U+0007"),
        ("ab-1", ScanSettings(allowed_pattern=r"[A-Z0-9-]{3,}"), ScanInvalidCharactersError, "'a' (U+0061)"),
    ],
)
def test_unusable_scans_are_refused_with_a_clear_message(
    raw: str, scan_settings: ScanSettings, error: type[ScanError], shown: str
) -> None:
    with pytest.raises(error) as caught:
        parse_scan(raw, scan_settings)
    assert shown in caught.value.message
    assert caught.value.raw == raw
    assert type(caught.value).code.startswith("scan_")


def test_error_codes_are_stable() -> None:
    codes = {
        cls.code
        for cls in (
            ScanEmptyError,
            ScanInvalidCharactersError,
            ScanTooLongError,
            ScanTooShortError,
            ScanWrongKeyboardLayoutError,
        )
    }
    assert codes == {
        "scan_empty",
        "scan_invalid_characters",
        "scan_too_long",
        "scan_too_short",
        "scan_wrong_keyboard_layout",
    }


def test_max_length_counts_the_cleaned_value() -> None:
    value = "A" * 255
    assert parse_scan(f"]C0{value}\r\n").value == value


# --- badges -----------------------------------------------------------------------------------------

BADGES = ScanSettings(badge_pattern=r"BADGE-(?P<id>\d{3,6})")


@pytest.mark.parametrize(
    ("raw", "scan_settings", "kind", "value"),
    [
        ("BADGE-0042\r\n", BADGES, "badge", "0042"),
        ("]C0BADGE-0042", BADGES, "badge", "0042"),
        ("WEB-10023", BADGES, "order", "WEB-10023"),
        ("BADGE-X", BADGES, "order", "BADGE-X"),  # not the badge shape, but a possible order number
        ("BQDGE)àà'é", BADGES, "badge", "0042"),  # typed through AZERTY
        ("BADGE-0042", ScanSettings(), "order", "BADGE-0042"),
        ("BADGE-Müller", ScanSettings(badge_pattern="BADGE-.+"), "badge", "BADGE-Müller"),
        ("p:7", ScanSettings(badge_pattern=r"p:\d"), "badge", "p:7"),  # badges skip allowed_pattern
        ("7", ScanSettings(badge_pattern=r"\d", min_length=3), "badge", "7"),
    ],
)
def test_badges_are_told_from_orders(raw: str, scan_settings: ScanSettings, kind: str, value: str) -> None:
    scan = parse_scan(raw, scan_settings)
    assert (scan.kind, scan.value) == (kind, value)


# --- settings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: ScanSettings(badge_pattern="BADGE-("),
        lambda: ScanSettings(allowed_pattern="[A-"),
        lambda: ScanSettings(min_length=0),
        lambda: ScanSettings(min_length=5, max_length=4),
        lambda: ScanSettings(debounce_seconds=-1),
        lambda: ScanSettings(expected_layout="dvorak"),  # type: ignore[arg-type]
    ],
)
def test_impossible_settings_are_refused(make: Callable[[], ScanSettings]) -> None:
    with pytest.raises(ConfigurationError):
        make()


def test_defaults_follow_sendcloud() -> None:
    defaults = ScanSettings()
    assert (defaults.min_length, defaults.max_length) == (1, 255)
    assert defaults.expected_layout == "auto"
    assert defaults.debounce_seconds == 1.5


# --- properties -------------------------------------------------------------------------------------

# Any order reference over the default alphabet, without the surrounding spaces a scan loses.
ORDER_REFERENCES = st.from_regex(
    r"[A-Za-z0-9_\-/.#]([A-Za-z0-9_\-/.# ]{0,40}[A-Za-z0-9_\-/.#])?", fullmatch=True
)


@settings(max_examples=300, deadline=None)
@given(
    order=ORDER_REFERENCES, layout=st.sampled_from(ALL_LAYOUTS), ending=st.sampled_from(["\r", "\r\n", "\t"])
)
def test_any_order_typed_through_a_layout_reads_back_with_that_setting(
    order: str, layout: Layout, ending: str
) -> None:
    scan = parse_scan(type_through(order, layout) + ending, ScanSettings(expected_layout=layout))
    assert (scan.kind, scan.value) == ("order", order)


@settings(max_examples=300, deadline=None)
@given(raw=st.text(max_size=80), layout=st.sampled_from(["auto", *ALL_LAYOUTS]))
def test_parse_scan_returns_a_valid_reference_or_a_scan_error(raw: str, layout: Layout) -> None:
    outcome: Scan | ScanError
    try:
        outcome = parse_scan(raw, ScanSettings(expected_layout=layout))
    except ScanError as exc:
        outcome = exc
    if isinstance(outcome, ScanError):
        assert outcome.message
        assert outcome.code.startswith("scan_")
    else:
        scan = outcome
        assert re.fullmatch(DEFAULT_ALLOWED_PATTERN, scan.value)
        assert scan.value == scan.value.strip()


@settings(max_examples=200, deadline=None)
@given(order=ORDER_REFERENCES)
def test_auto_never_changes_a_scan_that_is_valid_as_typed(order: str) -> None:
    assert parse_scan(order + "\r\n").value == order


# --- double scans -----------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_debouncer_drops_the_same_code_within_the_window() -> None:
    clock = FakeClock()
    debounce = Debouncer(1.5, clock=clock)
    steps = [
        (0.0, "WEB-10023", True),
        (0.1, "WEB-10023", False),  # the wedge delivered one read twice
        (0.5, "web-10023", False),  # the lookup is case-insensitive, so is the debounce
        (1.0, "WEB-10023", False),
        (1.5, "WEB-10023", True),  # the window counts from the last accepted scan
        (1.6, "SHOP-3127", True),  # a different code is always accepted
        (1.7, "WEB-10023", True),  # ... and becomes the one repeats are compared with
        (1.8, "SHOP-3127", True),
    ]
    for at, value, accepted in steps:
        clock.now = 1000.0 + at
        assert debounce.accept(value) is accepted, (at, value)


def test_debouncer_reset_lets_a_retry_through() -> None:
    clock = FakeClock()
    debounce = Debouncer(1.5, clock=clock)
    assert debounce.accept("WEB-10023")
    debounce.reset()  # e.g. the order was not found yet: the packer scans again at once
    assert debounce.accept("WEB-10023")


def test_zero_window_never_debounces_and_negative_is_refused() -> None:
    debounce = Debouncer(0, clock=FakeClock())
    assert debounce.accept("A")
    assert debounce.accept("A")
    with pytest.raises(ValueError, match="negative"):
        Debouncer(-0.1)


def test_debouncer_uses_the_monotonic_clock_by_default() -> None:
    debounce = Debouncer(ScanSettings().debounce_seconds)
    assert debounce.accept("A")
    assert not debounce.accept("A")


@settings(max_examples=300, deadline=None)
@given(order=ORDER_REFERENCES, layout=st.sampled_from(MISMATCHED))
def test_auto_reads_back_the_order_or_refuses_but_never_guesses_wrong(order: str, layout: Layout) -> None:
    typed = type_through(order, layout)
    if re.fullmatch(DEFAULT_ALLOWED_PATTERN, typed):
        return  # looks like an order number as typed ("qbc" for "abc"): only the setting can tell
    outcome: Scan | ScanError
    try:
        outcome = parse_scan(typed)
    except ScanError as exc:
        outcome = exc
    if isinstance(outcome, Scan):
        assert outcome.value == order
        assert outcome.layout_fixed is not None
    else:
        assert isinstance(outcome, ScanWrongKeyboardLayoutError)
        assert layout in outcome.layouts
    # Knowing the layout of an earlier scan, every such tie is settled, and settled right.
    assert parse_scan(typed, likely_layout=layout).value == order
