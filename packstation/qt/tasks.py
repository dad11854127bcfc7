"""The one way the GUI does background work: `TaskRunner.submit(lane, fn, on_success, on_failure)`.

Every lane is a single worker thread, so one station never runs two label calls or two print jobs
at once (the lanes serialise per resource: API, printer, journal, keyring). Callbacks always run on
the GUI thread, and a failure path is mandatory: background work can never fail silently.
No widget owns a thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")

log = logging.getLogger("packstation.qt.tasks")


def _no_work() -> None:
    return None


class Lane(StrEnum):
    API = "api"
    PRINTER = "printer"
    JOURNAL = "journal"
    KEYRING = "keyring"
    SCALE = "scale"  # the settings dialog's "Read the scale" (the scan flow weighs on the API lane)


class _Completion(NamedTuple, Generic[T]):  # not a dataclass: `dataclasses` costs start-up time
    on_success: Callable[[T], None]
    on_failure: Callable[[BaseException], None]
    result: T | None
    error: BaseException | None


class TaskRunner(QObject):
    """Serial background lanes whose results come back on the thread that owns the runner."""

    # Emitted from a worker thread; Qt queues it to this object's (the GUI) thread.
    _completed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[Lane, ThreadPoolExecutor] = {}
        self._pending: dict[Lane, int] = dict.fromkeys(Lane, 0)
        self._completed.connect(self._deliver)

    def submit(
        self,
        lane: Lane,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[None]:
        """Run `work` on `lane`; then `on_success(result)` or `on_failure(error)` on the GUI thread."""
        executor = self._lanes.get(lane)
        if executor is None:
            # Imported with the first lane: the packing window is shown before any work exists.
            from concurrent.futures import ThreadPoolExecutor

            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"packstation-{lane}")
            self._lanes[lane] = executor
        self._pending[lane] += 1

        def run() -> None:
            try:
                result = work()
            except BaseException as error:  # reported through on_failure, never swallowed
                self._completed.emit((lane, _Completion(on_success, on_failure, None, error)))
            else:
                self._completed.emit((lane, _Completion(on_success, on_failure, result, None)))

        return executor.submit(run)

    def barrier(self, lanes: Iterable[Lane]) -> Callable[[float], None]:
        """A wait for what `lanes` hold now: `wait(timeout)`, called on another lane's worker,
        returns once every task given to them before this call has run (their callbacks may still
        be on their way to the GUI thread), or raises `TimeoutError`. For work on one lane that
        must not overlap the others' (closing the station they use). Never call it on the GUI
        thread: it blocks."""
        from concurrent.futures import wait

        marks = [executor.submit(_no_work) for lane in lanes if (executor := self._lanes.get(lane))]

        def wait_for_marks(timeout: float) -> None:
            _, not_done = wait(marks, timeout=timeout)
            if not_done:
                raise TimeoutError(f"a lane was still busy after {timeout:g} s")

        return wait_for_marks

    def pending(self, lane: Lane) -> int:
        """Tasks submitted to `lane` whose callbacks have not run yet (queued or running)."""
        return self._pending[lane]

    def busy(self, lane: Lane) -> bool:
        return self._pending[lane] > 0

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop accepting work; with `wait`, let queued tasks finish (their callbacks are dropped)."""
        for executor in self._lanes.values():
            executor.shutdown(wait=wait, cancel_futures=not wait)
        self._lanes.clear()

    @Slot(object)
    def _deliver(self, payload: tuple[Lane, _Completion[Any]]) -> None:
        lane, completion = payload
        self._pending[lane] -= 1
        if completion.error is not None:
            completion.on_failure(completion.error)
        else:
            completion.on_success(completion.result)
