"""Every scale error, each a `PackstationError` with a code of its own.

What a weighing can end in besides a weight, kept apart because a person does something different
for each: an empty scale (put the parcel on), a reading below zero (empty and zero the scale), an
overloaded one (a heavier scale), one that never settles (keep the parcel still), one that says
nothing (cable, power, serial settings) and one that cannot be opened at all. The CLI maps the
codes to exit codes; the Qt layer words them. Every message names the scale's URL.
"""

from __future__ import annotations

from packstation.error_codes import ErrorCode
from packstation.errors import ConfigurationError, PackstationError


class ScaleError(PackstationError):
    """Any failure reading a scale; also a scale's own fault report, or an answer that cannot be read."""

    code = ErrorCode.SCALE_ERROR


class InvalidScaleUrlError(ScaleError, ConfigurationError, ValueError):
    """A scale URL that cannot be parsed; the message shows a valid example for its scheme.

    Also a `ValueError`, so a settings model can turn it into a validation error.
    """

    code = ErrorCode.INVALID_SCALE_URL


class ScaleNotConnectedError(ScaleError):
    """The port or device could not be opened (absent, unplugged, in use, no permission, no library)."""

    code = ErrorCode.SCALE_NOT_CONNECTED


class ScaleNoAnswerError(ScaleError):
    """The connection opened, but the scale sent nothing (or nothing whole) within the read timeout."""

    code = ErrorCode.SCALE_NO_ANSWER


class ScaleUnstableError(ScaleError):
    """The scale answered, but no stable weight came within the stability timeout."""

    code = ErrorCode.SCALE_UNSTABLE


class ScaleUnchangedError(ScaleUnstableError):
    """The scale kept showing the previous parcel's weight: a weight is never copied from one parcel
    to the next, so the station waits for the scale to change (the parcel taken off, the next one on)."""

    code = ErrorCode.SCALE_UNCHANGED


class ScaleZeroError(ScaleError):
    """The scale is steady at zero: nothing is on it."""

    code = ErrorCode.SCALE_ZERO


class ScaleNegativeError(ScaleError):
    """The scale reads below zero (under range): it was zeroed with something on it, or needs zeroing."""

    code = ErrorCode.SCALE_NEGATIVE


class ScaleOverloadError(ScaleError):
    """The load is over the scale's capacity."""

    code = ErrorCode.SCALE_OVERLOAD
