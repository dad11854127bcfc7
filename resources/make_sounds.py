"""Makes the feedback sounds in `resources/sounds/` from nothing but the standard library.

    python resources/make_sounds.py           writes the WAV files
    python resources/make_sounds.py --check   exits 1 when a committed file differs from what this makes

The output is byte-for-byte deterministic on every platform: the waves use only +, -, *, / and
`round` (IEEE-exact everywhere), never `math.sin`, whose last bit may differ between C libraries.
`tests/test_resources.py` checks that the committed files equal what this script makes, so edit the
recipe here and re-run it rather than replacing a WAV by hand.

Each sound answers one question a packer has without looking at the screen:
- success: a short, bright rising two-tone (pure tones, ~150 ms): "label printed, next parcel";
- error: a low, rough buzz (~400 ms): "stop, read the screen";
- already_shipped: a falling two-note warning in a hollow timbre (~300 ms): "this one has gone
  already", distinct from both;
- item: one short bright tick (~60 ms), quiet: "that item counted", many times per order;
- item_refused: two low hollow knocks (~250 ms): "that item does not belong", unlike the buzz of
  an order that failed.
"""

from __future__ import annotations

import argparse
import io
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 22050
SAMPLE_WIDTH = 2  # 16-bit
PEAK = 32767
SOUNDS_DIR = Path(__file__).resolve().parent / "sounds"

# A cycle's phase runs over [0, 1); a wave maps phase to [-1, 1].
Wave = Callable[[float], float]


def sine(phase: float) -> float:
    """sin(2π·phase) from a short odd polynomial: deterministic, error < 1e-6."""
    x = phase % 1.0  # [0, 1), exactly
    if x > 0.5:  # sin(2π(x - 1)) = sin(2πx): fold to [-0.5, 0.5]
        x -= 1.0
    # sin(2πx) = sin(2π(±1/2 - x)): fold again to |x| <= 1/4, where the series converges fast.
    if x > 0.25:
        x = 0.5 - x
    elif x < -0.25:
        x = -0.5 - x
    t = 2.0 * 3.141592653589793 * x
    t2 = t * t
    term, total = t, t
    for n in range(1, 9):  # Taylor terms up to t^17
        term *= -t2 / ((2 * n) * (2 * n + 1))
        total += term
    return total


def bright(phase: float) -> float:
    """A sine with a little octave on top: clear and cheerful."""
    return 0.85 * sine(phase) + 0.15 * sine(2.0 * phase)


def saw(phase: float) -> float:
    """A sawtooth: every harmonic, so even a low note is loud and rough on small speakers."""
    x = phase % 1.0
    return 2.0 * x - 1.0


def hollow(phase: float) -> float:
    """Odd harmonics only (a soft square): hollow, unlike the other two sounds."""
    return sine(phase) + sine(3.0 * phase) / 3.0 + sine(5.0 * phase) / 5.0


@dataclass(frozen=True)
class Note:
    frequency: float  # Hz
    duration: float  # seconds
    wave: Wave
    detune: float = 0.0  # Hz; a second voice this far above beats against the first (roughness)
    gap_after: float = 0.0  # seconds of silence after the note


def _envelope(index: int, count: int, fade: int) -> float:
    """A linear fade in and out over `fade` samples, so no note starts or ends with a click."""
    if fade <= 0:
        return 1.0
    return min(1.0, (index + 1) / fade, (count - index) / fade)


def render(notes: Sequence[Note], *, volume: float) -> array[int]:
    samples: array[int] = array("h")
    fade = SAMPLE_RATE * 6 // 1000  # 6 ms
    for note in notes:
        count = round(note.duration * SAMPLE_RATE)
        for index in range(count):
            seconds = index / SAMPLE_RATE
            value = note.wave(note.frequency * seconds)
            if note.detune:
                value = 0.5 * (value + note.wave((note.frequency + note.detune) * seconds))
            value *= volume * _envelope(index, count, fade)
            samples.append(max(-PEAK, min(PEAK, round(value * PEAK))))
        samples.extend([0] * round(note.gap_after * SAMPLE_RATE))
    return samples


# The recipes. Frequencies are equal-tempered notes, rounded to the Hz.
SOUNDS: dict[str, tuple[tuple[Note, ...], float]] = {
    # A5 then E6, a rising fifth: 150 ms.
    "success": ((Note(880.0, 0.065, bright), Note(1319.0, 0.085, bright)), 0.80),
    # Two saws 7 Hz apart at ~D3 beat against each other: a harsh, low 400 ms buzz.
    "error": ((Note(147.0, 0.400, saw, detune=7.0),), 0.80),
    # G5 falling to D#5 (a major third), hollow timbre, a breath between: 300 ms.
    "already_shipped": (
        (Note(784.0, 0.130, hollow, gap_after=0.030), Note(622.0, 0.140, hollow)),
        0.70,
    ),
    # E6 alone, short: a tick that does not tire over a thousand items a shift.
    "item": ((Note(1319.0, 0.060, bright),), 0.55),
    # A3 twice, hollow, with a breath between: 250 ms.
    "item_refused": (
        (Note(220.0, 0.100, hollow, gap_after=0.050), Note(220.0, 0.100, hollow)),
        0.85,
    ),
}


def wav_bytes(name: str) -> bytes:
    """The complete WAV file of the sound `name` (16-bit mono, 22050 Hz)."""
    notes, volume = SOUNDS[name]
    samples = render(notes, volume=volume)
    if sys.byteorder == "big":  # WAV is little-endian
        samples.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(samples.tobytes())
    return buffer.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--out", type=Path, default=SOUNDS_DIR, help="folder for the WAV files")
    options = parser.parse_args(argv)
    stale: list[str] = []
    for name in SOUNDS:
        target = options.out / f"{name}.wav"
        data = wav_bytes(name)
        if options.check:
            if not target.is_file() or target.read_bytes() != data:
                stale.append(str(target))
            continue
        options.out.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if stale:
        sys.stderr.write("out of date (run python resources/make_sounds.py): " + ", ".join(stale) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
