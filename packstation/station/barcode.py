"""Turn what a keyboard-wedge scanner typed into an order reference or a packer badge.

A wedge scanner "types" the barcode and presses Enter, so what reaches us is keystrokes read through
whatever keyboard layout Windows uses, wrapped in whatever the scanner was told to add (prefix,
suffix, AIM symbology identifier, CR/LF/Tab). `parse_scan` undoes all of that or says exactly why it
cannot; `Debouncer` drops the second read of a code the scanner delivered twice. Pure: no I/O, no Qt.

Keyboard layouts. Scanners leave the factory programmed as a US keyboard: for each character of the
barcode they send the key that produces it on a US keyboard. When Windows uses another layout, it
reads each of those keys as *its* character for that key, so "1" (unshifted US key 1) arrives as
"&" on AZERTY. The tables below list, key by key, what each layout makes of the US keys; mapping a
scan back means finding the key that produced each received character and taking the US character
on that key. See docs/scanning.md for when this is done automatically.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError, PackstationError

Layout = Literal["us", "uk", "azerty", "azerty_be", "qwertz"]
ExpectedLayout = Literal["auto", "us", "uk", "azerty", "azerty_be", "qwertz"]
ScanKind = Literal["order", "badge"]

# What Sendcloud's order_number may hold is shop-defined; these are the characters real shops use.
# ASCII only on purpose: "é", "ß", "£" in a scan are far likelier a layout mismatch than an order
# number, and auto-detection relies on such characters failing this pattern.
DEFAULT_ALLOWED_PATTERN = r"[A-Za-z0-9_\-/.# ]+"
SENDCLOUD_ORDER_NUMBER_MAX = 255

# Past this many raw characters we refuse before doing any work: nothing a scanner sends for one
# barcode is this long, and it keeps a pasted novel from costing regex time on the UI thread.
_RAW_LENGTH_CAP = 4 * SENDCLOUD_ORDER_NUMBER_MAX + 64


# --- keyboard layouts -------------------------------------------------------------------------------

_NONE = "\x00"  # in a layout row: this key makes no character by itself (a dead key, or nothing)

# The US keys a scanner uses, row by row (number row, top, home, bottom), unshifted then shifted.
# Every layout row below is aligned with these, key for key; the space bar is the same everywhere.
_US_UNSHIFTED = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_US_SHIFTED = ("~!@#$%^&*()_+", "QWERTYUIOP{}|", 'ASDFGHJKL:"', "ZXCVBNM<>?")


@dataclass(frozen=True)
class KeyboardLayout:
    """A Windows keyboard layout, as what it makes of each US key (see the module docstring)."""

    name: Layout
    title: str  # how people name it: "AZERTY (French)"
    scanner_barcode: str  # the programming barcode in scanner manuals: "Keyboard: France/AZERTY"
    setting_label: str  # the choice in this station's Settings: "AZERTY"
    unshifted: tuple[str, str, str, str]
    shifted: tuple[str, str, str, str]

    def key_pairs(self) -> list[tuple[str, str]]:
        """(US character, this layout's character) for every key and shift state, dead keys kept
        as `_NONE`. Space is included: scanned order numbers contain spaces."""
        pairs: list[tuple[str, str]] = [(" ", " ")]
        for us_rows, rows in ((_US_UNSHIFTED, self.unshifted), (_US_SHIFTED, self.shifted)):
            for us_row, row in zip(us_rows, rows, strict=True):
                pairs.extend(zip(us_row, row, strict=True))
        return pairs


LAYOUTS: Mapping[Layout, KeyboardLayout] = {
    "us": KeyboardLayout("us", "US English", "Keyboard: USA", "US", _US_UNSHIFTED, _US_SHIFTED),
    # Windows "United Kingdom": @/" swapped, £ on 3; the US \| key is #~ (ISO key next to Enter).
    "uk": KeyboardLayout(
        "uk",
        "UK English",
        "Keyboard: United Kingdom",
        "UK",
        ("`1234567890-=", "qwertyuiop[]#", "asdfghjkl;'", "zxcvbnm,./"),
        ('¬!"£$%^&*()_+', "QWERTYUIOP{}~", "ASDFGHJKL:@", "ZXCVBNM<>?"),
    ),
    # Windows "French": digits need Shift; ^ on the US [ key is a dead key.
    "azerty": KeyboardLayout(
        "azerty",
        "AZERTY (French)",
        "Keyboard: France/AZERTY",
        "AZERTY",
        ("²&é\"'(-è_çà)=", "azertyuiop\x00$*", "qsdfghjklmù", "wxcvbn,;:!"),
        ("\x001234567890°+", "AZERTYUIOP\x00£µ", "QSDFGHJKLM%", "WXCVBN?./§"),
    ),
    # Windows "Belgian (Period)": like French but § ! on 6 8, -_ on the US = key, =+ on the US / key.
    "azerty_be": KeyboardLayout(
        "azerty_be",
        "AZERTY (Belgian)",
        "Keyboard: Belgium/AZERTY",
        "AZERTY (Belgium)",
        ("²&é\"'(§è!çà)-", "azertyuiop\x00$µ", "qsdfghjklmù", "wxcvbn,;:="),
        ("³1234567890°_", "AZERTYUIOP\x00*£", "QSDFGHJKLM%", "WXCVBN?./+"),
    ),
    # Windows "German": Y/Z swapped, ß on the US - key, ^ and ´/` are dead keys.
    "qwertz": KeyboardLayout(
        "qwertz",
        "QWERTZ (German)",
        "Keyboard: Germany/QWERTZ",
        "QWERTZ",
        ("\x001234567890ß\x00", "qwertzuiopü+#", "asdfghjklöä", "yxcvbnm,.-"),
        ('°!"§$%&/()=?\x00', "QWERTZUIOPÜ*'", "ASDFGHJKLÖÄ", "YXCVBNM;:_"),
    ),
}

# The layouts auto-detection tries, in the order their names appear in messages.
_MISMATCH_LAYOUTS: tuple[Layout, ...] = ("azerty", "azerty_be", "qwertz", "uk")


def _received_to_meant(layout: KeyboardLayout) -> dict[str, str]:
    table: dict[str, str] = {}
    for meant, received in layout.key_pairs():
        if received == _NONE:
            continue
        if received in table:  # two keys making one character: mapping back would be a guess
            raise ValueError(f"layout {layout.name}: {received!r} is on two keys")
        table[received] = meant
    return table


# received character → the character the US-programmed scanner meant, per layout
LAYOUT_TO_US: Mapping[Layout, Mapping[str, str]] = {
    name: _received_to_meant(layout) for name, layout in LAYOUTS.items()
}


def layout_advice(layouts: Iterable[Layout]) -> str:
    """What to tell setup staff when the scanner types through `layouts` (one, or look-alikes)."""
    chosen = [LAYOUTS[name] for name in layouts]
    titles = " or ".join(layout.title for layout in chosen)
    barcodes = " or ".join(f"'{layout.scanner_barcode}'" for layout in chosen)
    labels = " or ".join(layout.setting_label for layout in chosen)
    return (
        f"The scanner types as if the keyboard were {titles}. Set the scanner's keyboard country to "
        f"match Windows — scan the {barcodes} programming barcode in its manual — or set this "
        f"station's scanner layout to {labels} in Settings."
    )


# --- settings and results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ScanSettings:
    """How this station's scanner is set up. Patterns are Python regexes matched against the whole
    cleaned scan (`re.fullmatch`); `strip_prefix`/`strip_suffix` are written as the scanner is
    programmed to send them, i.e. before any keyboard-layout garbling."""

    strip_prefix: str = ""
    strip_suffix: str = ""
    min_length: int = 1
    max_length: int = SENDCLOUD_ORDER_NUMBER_MAX
    allowed_pattern: str = DEFAULT_ALLOWED_PATTERN
    # A packer badge, e.g. r"BADGE-(?P<id>\d+)"; a named group "id" becomes the Scan's value.
    badge_pattern: str | None = None
    # The Windows layout a US-programmed scanner's keys land on. "us": they match, never map.
    # "auto": map back only when exactly one layout turns an invalid scan into a valid one.
    expected_layout: ExpectedLayout = "auto"
    strip_aim_identifier: bool = True
    debounce_seconds: float = 1.5

    def __post_init__(self) -> None:
        if self.expected_layout not in get_args(ExpectedLayout):
            choices = ", ".join(get_args(ExpectedLayout))
            raise ConfigurationError(
                f"Scanner layout {self.expected_layout!r} is not known; choose one of {choices}."
            )
        if not 1 <= self.min_length <= self.max_length:
            raise ConfigurationError(
                f"Scan length limits {self.min_length}–{self.max_length} are impossible: the minimum "
                "must be at least 1 and not above the maximum."
            )
        if self.debounce_seconds < 0:
            raise ConfigurationError("The double-scan window cannot be negative.")
        for label, pattern in (("allowed", self.allowed_pattern), ("badge", self.badge_pattern)):
            if pattern is None:
                continue
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigurationError(
                    f"The {label} scan pattern {pattern!r} is not valid: {exc}."
                ) from exc


@dataclass(frozen=True)
class Scan:
    """One accepted scan. `value` is what to look up (or the badge id); `raw` what the scanner sent."""

    kind: ScanKind
    value: str
    raw: str
    layout_fixed: Layout | None = None  # set when the scan was mapped back from this layout
    notes: tuple[str, ...] = ()  # what was cleaned up, for the journal and the status line
    symbology: str | None = None  # the AIM identifier that was stripped, e.g. "]C0"


class ScanError(PackstationError):
    """A scan that cannot be used; `raw` is exactly what the scanner sent."""

    code = ErrorCode.SCAN_ERROR

    def __init__(self, message: str, raw: str) -> None:
        super().__init__(message)
        self.raw = raw


class ScanEmptyError(ScanError):
    code = ErrorCode.SCAN_EMPTY


class ScanInvalidCharactersError(ScanError):
    code = ErrorCode.SCAN_INVALID_CHARACTERS

    def __init__(self, message: str, raw: str, characters: Iterable[str]) -> None:
        super().__init__(message, raw)
        self.characters = tuple(characters)


class ScanTooLongError(ScanError):
    code = ErrorCode.SCAN_TOO_LONG


class ScanTooShortError(ScanError):
    code = ErrorCode.SCAN_TOO_SHORT


class ScanWrongKeyboardLayoutError(ScanError):
    code = ErrorCode.SCAN_WRONG_KEYBOARD_LAYOUT

    def __init__(
        self, message: str, raw: str, layouts: Iterable[Layout], readings: Iterable[Scan] = ()
    ) -> None:
        super().__init__(message, raw)
        self.layouts = tuple(layouts)
        # When layouts disagree: each possible reading (its `layout_fixed` says which), so the
        # screen can offer them to the packer instead of guessing.
        self.readings = tuple(readings)


# --- cleaning ---------------------------------------------------------------------------------------

_CONTROL_NAMES = {
    "\x00": "NUL",
    "\x02": "STX, start of text",
    "\x03": "ETX, end of text",
    "\x04": "EOT, end of transmission",
    "\x07": "BEL, bell",
    "\x08": "backspace",
    "\t": "Tab",
    "\n": "line feed",
    "\r": "carriage return",
    "\x1b": "Escape",
    "\x1d": "GS, the GS1 field separator",
    "\x1e": "RS, record separator",
    "\x7f": "DEL",
    "\xa0": "no-break space",
    "\u200b": "zero-width space",
    "\ufeff": "byte-order mark",
}

# "]" + symbology letter + modifier (ISO/IEC 15424). Names only for the notes.
_AIM_ID = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_SYMBOLOGIES = {
    "A": "Code 39",
    "C": "Code 128",
    "E": "EAN/UPC",
    "F": "Codabar",
    "G": "Code 93",
    "I": "Interleaved 2 of 5",
    "L": "PDF417",
    "Q": "QR Code",
    "d": "Data Matrix",
    "e": "GS1 DataBar",
    "z": "Aztec",
}


def _is_control(char: str) -> bool:
    # Cc: C0/C1 controls and DEL; Cf: invisible format characters (zero-width space, BOM).
    return unicodedata.category(char) in ("Cc", "Cf")


def _trim(text: str) -> str:
    """Drop whitespace and control characters at both ends (CR, LF, Tab, GS, STX/ETX framing)."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or _is_control(text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or _is_control(text[end - 1])):
        end -= 1
    return text[start:end]


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if _is_control(char) or char.isspace():
        kind = "control character" if _is_control(char) else "space character"
        return f"{code} ({_CONTROL_NAMES.get(char, kind)})"
    return f"'{char}' ({code})"


def _visible(text: str, limit: int = 60) -> str:
    shown = "".join(f"<U+{ord(c):04X}>" if _is_control(c) else c for c in text[:limit])
    return f"'{shown}…'" if len(text) > limit else f"'{shown}'"


@dataclass
class _Unwrapped:
    text: str
    symbology: str | None = None
    notes: list[str] = field(default_factory=list)


def _unwrap(text: str, settings: ScanSettings) -> _Unwrapped:
    """Remove what the scanner wraps around the data. Scanners differ in whether the AIM identifier
    comes before or after a programmed prefix, so both orders are tried, each thing once."""
    out = _Unwrapped(_trim(text))
    prefix_done = not settings.strip_prefix
    aim_done = not settings.strip_aim_identifier
    for _ in range(2):
        if not aim_done and (match := _AIM_ID.match(out.text)):
            aim_done = True
            out.symbology = match.group()
            name = _SYMBOLOGIES.get(out.symbology[1], "symbology")
            out.notes.append(f"Removed the {name} identifier {out.symbology}.")
            out.text = _trim(out.text[match.end() :])
        if not prefix_done and out.text.startswith(settings.strip_prefix):
            prefix_done = True
            out.text = _trim(out.text[len(settings.strip_prefix) :])
            out.notes.append(f"Removed the scanner prefix {_visible(settings.strip_prefix)}.")
    if settings.strip_suffix and out.text.endswith(settings.strip_suffix):
        out.text = _trim(out.text[: -len(settings.strip_suffix)])
        out.notes.append(f"Removed the scanner suffix {_visible(settings.strip_suffix)}.")
    return out


# --- classification ---------------------------------------------------------------------------------


def _classify(unwrapped: _Unwrapped, raw: str, settings: ScanSettings, via: Layout | None) -> Scan:
    """The scan as an order or badge, or the ScanError that says why it is neither. `via`: the
    layout the text was read back through, named in messages so the packer recognises the scan."""
    text = unwrapped.text
    shown = _visible(text)
    if via is not None:
        shown += f" (read back through the {LAYOUTS[via].title} layout from {_visible(_trim(raw))})"
    if not text:
        sent = f": the scanner sent only {_visible(raw)}" if raw else ""
        raise ScanEmptyError(
            f"Nothing was scanned{sent}. Scan the barcode again; if this repeats, the scanner's "
            "prefix/suffix settings may be swallowing the data.",
            raw,
        )
    if len(text) > settings.max_length:
        raise ScanTooLongError(
            f"The scan is {len(text)} characters long; an order number has at most "
            f"{settings.max_length}. Was a different barcode (a tracking or product code) scanned?",
            raw,
        )
    if settings.badge_pattern is not None and (badge := re.fullmatch(settings.badge_pattern, text)):
        value = badge.groupdict().get("id") or text
        return Scan("badge", value, raw, notes=tuple(unwrapped.notes), symbology=unwrapped.symbology)
    if len(text) < settings.min_length:
        raise ScanTooShortError(
            f"The scan {shown} is shorter than the {settings.min_length} characters an order number "
            "has here. Scan the barcode again, holding the scanner steady.",
            raw,
        )
    if not re.fullmatch(settings.allowed_pattern, text):
        raise _invalid_characters(text, shown, raw, settings)
    return Scan("order", text, raw, notes=tuple(unwrapped.notes), symbology=unwrapped.symbology)


# An allowed pattern that is one character class repeated ("[A-Za-z0-9…]+"): its class tells which
# characters are wrong. Other patterns constrain structure, so only controls are named for them.
_REPEATED_CLASS = re.compile(r"(\[(?:\\.|[^\]\\])+\])(?:[+*]|\{\d*,?\d*\})")


def _offending(text: str, pattern: str) -> list[str]:
    repeated = _REPEATED_CLASS.fullmatch(pattern)
    if repeated:
        return list(dict.fromkeys(c for c in text if not re.fullmatch(repeated.group(1), c)))
    return list(dict.fromkeys(c for c in text if _is_control(c)))


def _invalid_characters(
    text: str, shown: str, raw: str, settings: ScanSettings
) -> ScanInvalidCharactersError:
    bad = _offending(text, settings.allowed_pattern)
    if not bad:  # every character is fine alone; the pattern constrains their order
        return ScanInvalidCharactersError(
            f"The scan {shown} is not an order number this station accepts "
            f"(pattern {settings.allowed_pattern!r}).",
            raw,
            (),
        )
    listed = ", ".join(_describe(c) for c in bad)
    hint = "Scan the order barcode on the packing slip."
    if "\x1d" in bad:
        hint = (
            "This barcode holds several data fields (GS1), not one order number: scan the order "
            "barcode on the packing slip."
        )
    elif any(c in "\r\n" for c in bad):
        hint = "Two scans ran together: scan the order barcode once more."
    return ScanInvalidCharactersError(
        f"The scan {shown} contains characters an order number cannot have: {listed}. {hint}",
        raw,
        bad,
    )


def _map_back(text: str, layout: Layout) -> str | None:
    """What a US-programmed scanner meant, if every character could come from a key of `layout`.
    Control characters pass through: they do not depend on the layout."""
    table = LAYOUT_TO_US[layout]
    meant: list[str] = []
    for char in text:
        if _is_control(char):
            meant.append(char)
        elif char in table:
            meant.append(table[char])
        else:
            return None
    return "".join(meant)


def _try(text: str, raw: str, settings: ScanSettings, via: Layout | None = None) -> Scan | ScanError:
    try:
        return _classify(_unwrap(text, settings), raw, settings, via)
    except ScanError as exc:
        return exc


def _fixed(scan: Scan, layouts: list[Layout], *, from_settings: bool = False) -> Scan:
    """`scan` marked as read back from `layouts` (look-alikes that agreed on the value)."""
    titles = " / ".join(LAYOUTS[name].title for name in layouts)
    sent = _visible(_trim(scan.raw))
    if from_settings:
        note = (
            f"Read back through the {titles} keyboard layout set in Settings: the scanner sent {sent}. "
            "Setting the scanner's keyboard country to match Windows makes this unnecessary."
        )
    else:
        advice = layout_advice(layouts)
        note = f"Read back through the {titles} keyboard layout: the scanner sent {sent}. {advice}"
    return Scan(scan.kind, scan.value, scan.raw, layouts[0], (*scan.notes, note), scan.symbology)


def _mapped_candidates(text: str, raw: str, settings: ScanSettings) -> dict[str, tuple[Scan, list[Layout]]]:
    """Valid scans obtainable by reading `text` back through a mismatched layout, by value."""
    found: dict[str, tuple[Scan, list[Layout]]] = {}
    for layout in _MISMATCH_LAYOUTS:
        meant = _map_back(text, layout)
        if meant is None or meant == text:
            continue
        result = _try(meant, raw, settings, layout)
        if isinstance(result, Scan):
            key = f"{result.kind}:{result.value}"
            found.setdefault(key, (result, []))[1].append(layout)
    return found


def _with_layout_hint(error: ScanError, text: str) -> ScanError:
    """`error`, plus the layout advice when its characters betray a layout: a scan with "é" or "ß"
    did not come from a US keyboard, even if reading it back does not give an order number either
    (a shipping label or product barcode scanned through AZERTY)."""
    if not isinstance(error, ScanInvalidCharactersError):
        return error
    foreign = [c for c in error.characters if c not in LAYOUT_TO_US["us"] and not _is_control(c)]
    layouts = [name for name in _MISMATCH_LAYOUTS if _map_back(text, name) not in (None, text)]
    if not foreign or not layouts:
        return error
    listed = ", ".join(f"'{c}'" for c in foreign)
    return ScanInvalidCharactersError(
        f"{error.message} ({listed}: a scanner set to a US keyboard cannot send this. "
        f"{layout_advice(layouts)})",
        error.raw,
        error.characters,
    )


def parse_scan(
    raw: str, settings: ScanSettings | None = None, *, likely_layout: Layout | None = None
) -> Scan:
    """Clean up one scan and classify it, or raise the ScanError that says what to do.

    Layouts (`settings.expected_layout`):
    - "auto": a scan that is valid as received is taken as is. Otherwise each mismatched layout is
      tried; if the valid read-backs all agree on one value it is taken (`layout_fixed` says from
      which layout, a note says how to fix the scanner). If they disagree, `likely_layout` (pass the
      `layout_fixed` of this station's last read-back scan) settles it; else nothing is guessed.
    - "us": never map; an invalid scan that a layout would explain gets that layout's advice.
    - any other layout: always map through it; a scan that does not read as typed through it (but
      reads fine as is) means the scanner was fixed, and the error says to reset the setting.
    """
    settings = settings or ScanSettings()
    if len(raw) > _RAW_LENGTH_CAP:
        raise ScanTooLongError(
            f"The scan is {len(raw)} characters long; an order number has at most "
            f"{settings.max_length}. Was a different barcode scanned, or did text get pasted?",
            raw,
        )
    text = unicodedata.normalize("NFC", _trim(raw))
    expected = settings.expected_layout
    if expected != "auto" and expected != "us":  # noqa: PLR1714 (`in` would not narrow the Literal)
        return _parse_through(text, raw, expected, settings)

    as_received = _try(text, raw, settings)
    if isinstance(as_received, Scan):
        return as_received
    if isinstance(as_received, (ScanEmptyError, ScanTooLongError)):
        raise as_received  # a layout changes characters, not their number
    candidates = list(_mapped_candidates(text, raw, settings).values())
    if not candidates:
        raise _with_layout_hint(as_received, text)
    if expected == "auto":
        if len(candidates) == 1:
            return _fixed(*candidates[0])
        # Windows' layout does not change between two scans: the layout an earlier scan could only
        # have come through is the one this scan came through too.
        likely = [scan for scan, names in candidates if likely_layout in names]
        if likely_layout is not None and len(likely) == 1:
            return _fixed(likely[0], [likely_layout])
    layouts = [name for _, names in candidates for name in names]
    readings = [_fixed(scan, names) for scan, names in candidates]
    doubt = ""
    if len(candidates) > 1:
        listed = "; ".join(
            f"{' / '.join(LAYOUTS[n].title for n in names)}: {scan.value!r}" for scan, names in candidates
        )
        doubt = f" It reads differently depending on the layout ({listed})."
    raise ScanWrongKeyboardLayoutError(
        f"The scan {_visible(text)} is not an order number as typed.{doubt} {layout_advice(layouts)}",
        raw,
        layouts,
        readings,
    )


def _parse_through(text: str, raw: str, layout: Layout, settings: ScanSettings) -> Scan:
    """An explicit layout: the station's settings say the scanner's keys land on `layout`."""
    meant = _map_back(text, layout)
    result = _try(meant, raw, settings, layout if meant != text else None) if meant is not None else None
    if isinstance(result, Scan):
        return _fixed(result, [layout], from_settings=True) if meant != text else result
    if isinstance(_try(text, raw, settings), Scan) or meant is None:
        title = LAYOUTS[layout].title
        raise ScanWrongKeyboardLayoutError(
            f"This station expects the scanner to type through the {title} keyboard layout, but the "
            f"scan {_visible(text)} does not read as that. If the scanner's keyboard country has been "
            "set to match Windows, set this station's scanner layout to Auto in Settings.",
            raw,
            [layout],
        )
    assert result is not None
    raise result


# --- double scans -----------------------------------------------------------------------------------


class Debouncer:
    """Drops a second scan of the same code within `window_seconds` of the last accepted one.

    Scanners in continuous/presentation mode, and wedge drivers that deliver one read twice, repeat
    a code within a fraction of a second; every repeat would otherwise be a second paid label. The
    window counts from the last *accepted* scan, so a held scanner still gets through once per
    window. Codes compare case-insensitively, like the order lookup. Call `reset()` when handling a
    scan failed (order not found yet, printer jam) so the packer's immediate re-scan counts.
    """

    def __init__(self, window_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if window_seconds < 0:
            raise ValueError("window_seconds cannot be negative")
        self.window_seconds = window_seconds
        self._clock = clock
        self._last: tuple[str, float] | None = None

    def accept(self, value: str) -> bool:
        """True if `value` should be handled; False if it repeats the last accepted scan too soon."""
        now = self._clock()
        key = value.casefold()
        if self._last is not None:
            last_key, last_time = self._last
            if key == last_key and 0 <= now - last_time < self.window_seconds:
                return False
        self._last = (key, now)
        return True

    def reset(self) -> None:
        """Forget the last scan: the next one is accepted whatever it is."""
        self._last = None
