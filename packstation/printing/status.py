"""What a Zebra printer says about itself: `~HS` (host status) and `~HI` (host identification).

Both answers are framed `<STX>…<ETX><CR><LF>`: `~HS` sends three such strings, `~HI` one
(notes §3.5). The field positions follow the Zebra ZPL II Programming Guide:

- `~HS` string 1 `aaa,b,c,dddd,eee,f,g,h,iii,j,k,l`: b paper out, c paused, dddd label length
  (dots), eee formats waiting in the receive buffer, f receive buffer full, g diagnostic mode,
  h partial format in progress, iii unused, j corrupt RAM, k under temperature, l over temperature.
- `~HS` string 2 `mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`: o head up (open), p ribbon out,
  q thermal-transfer mode, r print mode, s print width mode, t label waiting (peel mode),
  uuuuuuuu labels remaining in the batch, v always 1, www graphics stored.
- `~HS` string 3 `xxxx,y`: password, static RAM installed (ignored here).
- `~HI` `model,firmware,dpmm,memory[,options…]`: dpmm 8 is a 203-dpi head, 12 is 300 dpi.

TSPL printers answer `<ESC>!?` with one byte of flags (TSPL/TSPL2 Programming Manual): 0x01 head
opened, 0x02 paper jam, 0x04 out of paper, 0x08 out of ribbon, 0x10 paused, 0x20 printing, 0x40
cover opened, 0x80 other error; 0x00 is ready (`parse_tspl_status`).

Everything a person reads (`reasons`, `warnings`) is plain words, never flag names: the packer has
to act on it ("close the print head"), support greps `raw`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

STX: Final = 0x02
ETX: Final = 0x03
HOST_STATUS_COMMAND: Final = b"~HS"
HOST_IDENTIFICATION_COMMAND: Final = b"~HI"
HOST_STATUS_FRAMES: Final = 3
HOST_IDENTIFICATION_FRAMES: Final = 1
TSPL_STATUS_COMMAND: Final = b"\x1b!?"

TSPL_HEAD_OPEN: Final = 0x01
TSPL_PAPER_JAM: Final = 0x02
TSPL_PAPER_OUT: Final = 0x04
TSPL_RIBBON_OUT: Final = 0x08
TSPL_PAUSED: Final = 0x10
TSPL_PRINTING: Final = 0x20
TSPL_COVER_OPEN: Final = 0x40
TSPL_OTHER_ERROR: Final = 0x80

_PRINT_MODES: Final[dict[str, str]] = {
    "0": "rewind",
    "1": "peel-off",
    "2": "tear-off",
    "3": "cutter",
    "4": "applicator",
    "5": "delayed cut",
    "6": "linerless peel",
    "7": "linerless rewind",
    "8": "partial cutter",
    "9": "RFID",
    "K": "kiosk",
}
# Dots per millimetre → the nominal DPI every Zebra datasheet uses (8 dpmm is 203.2, sold as 203).
_DPI_BY_DPMM: Final[dict[int, int]] = {6: 152, 8: 203, 12: 300, 24: 600}


class StatusSource(StrEnum):
    """Where a `PrinterStatus` came from; only REPORTED carries the printer's own flags."""

    REPORTED = "reported"  # the printer answered ~HS
    NO_ANSWER = "no_answer"  # asked, nothing (complete) came back in time: counts as not ready
    UNSUPPORTED = "unsupported"  # this transport/language cannot ask: "status unknown"


class StatusParseError(ValueError):
    """An answer that is not a well-formed ~HS / ~HI reply."""


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state, with the reasons it cannot print in plain words.

    `ready` is True only when the printer itself answered and reported nothing that stops a label.
    A status that could not be read (NO_ANSWER) is never ready (notes §3.5: newer firmware does not
    answer ~HS at all while the media is out or the head is open). UNSUPPORTED is not ready either,
    but callers may print anyway: nothing can be checked on such a connection, and `reasons` says so.
    """

    ready: bool
    source: StatusSource
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    over_temperature: bool = False
    under_temperature: bool = False
    corrupt_ram: bool = False
    partial_format: bool = False
    formats_in_buffer: int = 0
    labels_remaining: int = 0
    label_length_dots: int | None = None
    thermal_transfer: bool | None = None
    print_mode: str | None = None
    raw: bytes = field(default=b"", repr=False)

    @property
    def known(self) -> bool:
        """True when the printer answered (whatever it said)."""
        return self.source is StatusSource.REPORTED

    @property
    def summary(self) -> str:
        """One line for a person: "ready", or the reasons joined."""
        if self.ready:
            return "ready"
        return "; ".join(self.reasons) or "not ready"

    @classmethod
    def no_answer(cls, reason: str, raw: bytes = b"") -> PrinterStatus:
        return cls(ready=False, source=StatusSource.NO_ANSWER, reasons=(reason,), raw=raw)

    @classmethod
    def unsupported(cls, reason: str) -> PrinterStatus:
        return cls(ready=False, source=StatusSource.UNSUPPORTED, reasons=(reason,))


@dataclass(frozen=True)
class PrinterIdentity:
    """A Zebra's answer to ~HI: model, firmware and print-head resolution."""

    model: str
    firmware: str
    dpmm: int
    dpi: int
    memory: str | None = None
    raw: bytes = field(default=b"", repr=False)


def split_frames(data: bytes) -> list[bytes]:
    """The payloads of every complete STX…ETX frame in `data`, in order.

    Anything outside frames (CR LF, a stray byte) is ignored; an unterminated frame at the end is
    dropped, so a caller can count complete frames while the reply is still arriving.
    """
    frames: list[bytes] = []
    position = 0
    while True:
        start = data.find(bytes([STX]), position)
        if start < 0:
            return frames
        end = data.find(bytes([ETX]), start + 1)
        if end < 0:
            return frames
        frames.append(data[start + 1 : end])
        position = end + 1


def complete_frames(data: bytes) -> int:
    """How many complete STX…ETX frames `data` holds (the reader stops at the expected count)."""
    return len(split_frames(data))


def _flag(fields: list[str], index: int) -> bool:
    return fields[index].strip() == "1"


def _number(fields: list[str], index: int) -> int:
    text = fields[index].strip()
    return int(text) if text.isdigit() else 0


def parse_host_status(data: bytes) -> PrinterStatus:
    """Parse a complete ~HS reply (three STX…ETX strings) into a `PrinterStatus`.

    Raises `StatusParseError` when fewer than two strings, or too few fields, arrived: a truncated
    answer is not evidence that the printer is fine.
    """
    frames = split_frames(data)
    if len(frames) < 2:
        raise StatusParseError(f"expected 3 status strings from ~HS, got {len(frames)}: {data!r}")
    first = frames[0].decode("ascii", errors="replace").split(",")
    second = frames[1].decode("ascii", errors="replace").split(",")
    if len(first) < 12 or len(second) < 9:
        raise StatusParseError(f"~HS status strings are too short: {data!r}")

    paper_out = _flag(first, 1)
    paused = _flag(first, 2)
    buffer_full = _flag(first, 5)
    partial_format = _flag(first, 7)
    corrupt_ram = _flag(first, 9)
    under_temperature = _flag(first, 10)
    over_temperature = _flag(first, 11)
    head_open = _flag(second, 2)
    ribbon_out = _flag(second, 3)
    formats_in_buffer = _number(first, 4)

    # Order matters: the first reason is the one a packer fixes first (a closed head and fresh
    # paper usually also clear the pause).
    reasons: list[str] = []
    if head_open:
        reasons.append("the print head is open: close it")
    if paper_out:
        reasons.append("the printer is out of labels: load a new roll")
    if ribbon_out:
        reasons.append("the printer is out of ribbon: load a new ribbon")
    if over_temperature:
        reasons.append("the print head is too hot: let the printer cool down")
    if buffer_full:
        reasons.append("the printer's memory is full: wait for it to finish, or switch it off and on")
    if paused:
        reasons.append("the printer is paused: press its pause button to resume")

    warnings: list[str] = []
    if formats_in_buffer:
        warnings.append(f"{formats_in_buffer} earlier label(s) are still waiting in the printer")
    if partial_format:
        warnings.append("the printer holds part of an earlier label that never finished arriving")
    if under_temperature:
        warnings.append("the print head is cold: labels may print faintly")
    if corrupt_ram:
        warnings.append("the printer reports lost configuration (corrupt RAM): check its settings")

    mode = second[5].strip()
    return PrinterStatus(
        ready=not reasons,
        source=StatusSource.REPORTED,
        reasons=tuple(reasons),
        warnings=tuple(warnings),
        paper_out=paper_out,
        paused=paused,
        head_open=head_open,
        ribbon_out=ribbon_out,
        buffer_full=buffer_full,
        over_temperature=over_temperature,
        under_temperature=under_temperature,
        corrupt_ram=corrupt_ram,
        partial_format=partial_format,
        formats_in_buffer=formats_in_buffer,
        labels_remaining=_number(second, 8),
        label_length_dots=_number(first, 3) or None,
        thermal_transfer=_flag(second, 4),
        print_mode=_PRINT_MODES.get(mode, mode or None),
        raw=data,
    )


def dpi_from_dpmm(dpmm: int) -> int:
    """The nominal DPI of a head with `dpmm` dots per millimetre (8 → 203, 12 → 300)."""
    return _DPI_BY_DPMM.get(dpmm, round(dpmm * 25.4))


def parse_host_identification(data: bytes) -> PrinterIdentity:
    """Parse a ~HI reply (`<STX>model,firmware,dpmm,memory<ETX>`) into a `PrinterIdentity`.

    Raises `StatusParseError` when the frame is missing or dpmm is not a number.
    """
    frames = split_frames(data)
    if not frames:
        raise StatusParseError(f"no STX…ETX frame in the ~HI reply: {data!r}")
    fields = [part.strip() for part in frames[0].decode("ascii", errors="replace").split(",")]
    if len(fields) < 3 or not fields[2].isdigit() or int(fields[2]) <= 0:
        raise StatusParseError(f"~HI reply has no dots-per-millimetre field: {data!r}")
    dpmm = int(fields[2])
    return PrinterIdentity(
        model=fields[0],
        firmware=fields[1],
        dpmm=dpmm,
        dpi=dpi_from_dpmm(dpmm),
        memory=fields[3] if len(fields) > 3 and fields[3] else None,
        raw=data,
    )


def tspl_status_reasons(flags: int) -> tuple[list[str], list[str]]:
    """(reasons a label cannot print, warnings) for a TSPL `<ESC>!?` status byte, in plain words."""
    reasons: list[str] = []
    if flags & (TSPL_HEAD_OPEN | TSPL_COVER_OPEN):
        reasons.append("the print head is open: close it")
    if flags & TSPL_PAPER_OUT:
        reasons.append("the printer is out of labels: load a new roll")
    if flags & TSPL_PAPER_JAM:
        reasons.append("the labels are jammed: open the printer and clear them")
    if flags & TSPL_RIBBON_OUT:
        reasons.append("the printer is out of ribbon: load a new ribbon")
    if flags & TSPL_PAUSED:
        reasons.append("the printer is paused: press its pause button to resume")
    if flags & TSPL_OTHER_ERROR:
        reasons.append("the printer reports an error: look at its lights or display")
    warnings = ["the printer is still printing an earlier label"] if flags & TSPL_PRINTING else []
    return reasons, warnings


def parse_tspl_status(data: bytes) -> PrinterStatus:
    """Parse a TSPL `<ESC>!?` answer (one byte) into a `PrinterStatus`.

    Raises `StatusParseError` when no byte arrived: silence is not evidence that the printer is fine.
    """
    if len(data) < 1:
        raise StatusParseError("no answer to <ESC>!?")
    flags = data[-1]  # the latest answer, should a late one from an earlier query precede it
    reasons, warnings = tspl_status_reasons(flags)
    return PrinterStatus(
        ready=not reasons,
        source=StatusSource.REPORTED,
        reasons=tuple(reasons),
        warnings=tuple(warnings),
        paper_out=bool(flags & TSPL_PAPER_OUT),
        paused=bool(flags & TSPL_PAUSED),
        head_open=bool(flags & (TSPL_HEAD_OPEN | TSPL_COVER_OPEN)),
        ribbon_out=bool(flags & TSPL_RIBBON_OUT),
        raw=data,
    )
