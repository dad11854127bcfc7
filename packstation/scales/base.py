"""The `Scale` protocol every scale meets, its waits, and the weighing loop the device scales share.

`read_now()` is one answer, whatever it says; `read_stable(timeout)` is the first *stable* weight
above zero within the timeout, or the error that says why there was none (zero, below zero,
overloaded, never settled, silent). Both begin by forgetting what the scale said before the call,
so a weight is never carried over from the previous parcel by a buffer.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from types import TracebackType
from typing import ClassVar, Protocol, Self

from packstation.scales.errors import ScaleError, ScaleNoAnswerError, ScaleUnchangedError
from packstation.scales.urls import ScaleSpec
from packstation.scales.weight import Reading, Weight


@dataclass(frozen=True)
class ScaleTimeouts:
    """Seconds. `read` bounds one answer, `stability` is `read_stable`'s default wait, and `poll`
    the pause between two questions to a scale that is asked (MT-SICS) while it settles."""

    read: float = 1.0
    stability: float = 10.0
    poll: float = 0.2


class Scale(Protocol):
    """What the station asks of any scale."""

    @property
    def url(self) -> str: ...

    def read_stable(self, timeout: float | None = None, *, unlike: Weight | None = None) -> Weight:
        """The first stable weight above zero within `timeout` (default: the stability timeout).

        `unlike`: the previous parcel's weight. A stable reading of that same weight is taken only
        once the scale has shown something else in this weighing (the parcel lifted off, the next
        one put on); until then the wait goes on, and ends in `ScaleUnchangedError`.
        """
        ...

    def read_now(self) -> Reading:
        """What the scale says right now (raises `ScaleNoAnswerError` when it says nothing)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None: ...


class ClosesOnExit:
    """`with scale:` closes it at the end."""

    def close(self) -> None:
        """Let go of the device."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class DeviceScale(ClosesOnExit, ABC):
    """A scale on a device: the weighing loop, over one protocol's `_next` answer.

    Subclasses open their device in `__init__` (raising `ScaleNotConnectedError`), and give
    `_forget` (drop what the scale said before now), `_next` (the next answer within a wait, or None)
    and `close`. A scale that is asked (`ASKS`) is given `poll` seconds between two questions.
    """

    ASKS: ClassVar[bool] = False
    # What to check when the scale answers only in lines no parser reads.
    UNREADABLE_HINT: ClassVar[str] = "check the scale's protocol in its URL"

    def __init__(self, spec: ScaleSpec, timeouts: ScaleTimeouts) -> None:
        self.spec = spec
        self.timeouts = timeouts
        self._unreadable: str | None = None  # the last answer no parser could read

    @property
    def url(self) -> str:
        return self.spec.url

    @abstractmethod
    def _forget(self) -> None:
        """Drop whatever the scale sent before now."""

    @abstractmethod
    def _next(self, wait: float, *, settled: bool) -> Reading | None:
        """The next answer within `wait` seconds, or None. `settled`: a stable weight is wanted (a
        scale that can wait for stability itself is asked to)."""

    def _silent(self, waited: float) -> ScaleError:
        """The error for a scale that gave no usable answer in `waited` seconds."""
        if self._unreadable is not None:
            return ScaleError(
                f"The scale at {self.url} answered {self._unreadable!r}, which Packstation cannot read: "
                f"{self.UNREADABLE_HINT}."
            )
        return ScaleNoAnswerError(
            f"The scale at {self.url} sent nothing within {waited:g} s: check that it is on, its cable, "
            "and that its settings match the URL (baud rate, protocol)."
        )

    def _gave_up(self, last: Reading | None, waited: float) -> ScaleError:
        return self._silent(waited) if last is None else last.problem(self.url, waited)

    def read_now(self) -> Reading:
        self._unreadable = None
        self._forget()
        reading = self._next(self.timeouts.read, settled=False)
        if reading is None:
            raise self._silent(self.timeouts.read)
        return reading

    def read_stable(self, timeout: float | None = None, *, unlike: Weight | None = None) -> Weight:
        wait = self.timeouts.stability if timeout is None else timeout
        deadline = time.monotonic() + wait
        last: Reading | None = None
        changed = unlike is None  # the scale showed something besides the previous parcel's weight
        self._unreadable = None
        self._forget()
        while (remaining := deadline - time.monotonic()) > 0:
            # While only the previous weight shows, a scale that is asked is asked for its weight
            # now (moving, zero…), not for a stable one: the change is what is waited for.
            reading = self._next(remaining, settled=changed)
            if reading is None:
                break
            last = reading
            if reading.is_weight:
                assert reading.weight is not None
                if changed or not reading.weight.same_as(unlike):
                    return reading.weight
            else:
                changed = True
            if self.ASKS:
                time.sleep(max(0.0, min(self.timeouts.poll, deadline - time.monotonic())))
        if last is not None and last.is_weight and not changed:
            raise unchanged(self.url, last, wait)
        raise self._gave_up(last, wait)


def unchanged(url: str, reading: Reading, waited: float) -> ScaleUnchangedError:
    """The scale showed only the previous parcel's weight for the whole wait."""
    return ScaleUnchangedError(
        f"The scale at {url} still shows the previous parcel's weight ({reading.weight}) after "
        f"{waited:g} s. Take that parcel off, put this one on, then weigh again."
    )
