"""What the console's actions come to, and what refuses them: the review's error, a batch retry's
outcome item by item, a void's outcome, and the batch rule the console asks before offering one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import Attempt, AttemptId
from packstation.station.buckets import Bucket, bucket_of
from packstation.station.workflow import (
    ScanVerdict,
    Verdict,
)


class ReviewError(PackstationError):
    code = ErrorCode.REVIEW_ERROR


MAX_BATCH: Final = 20  # Sendcloud's limit for create-labels-async (api-notes §4.1)


@dataclass(frozen=True)
class BatchItemOutcome:
    """One attempt of a batch retry. `verdict` when it went through to the end of the scan path
    (printed, or a print trouble, or the already-shipped guard); `error` when no label was made
    for it (Sendcloud's `errors[]` entry for this order, a lookup that failed…)."""

    attempt_id: AttemptId  # the original (failed) attempt
    order_number: str
    verdict: ScanVerdict | None
    error: PackstationError | None
    retry_attempt_id: AttemptId | None = None  # the new attempt, when one was started

    @property
    def printed(self) -> bool:
        return self.error is None and self.verdict is not None and self.verdict.verdict is Verdict.SUCCESS


@dataclass(frozen=True)
class BatchOutcome:
    """A batch retry, item by item in scan order (the order of the original scans)."""

    items: tuple[BatchItemOutcome, ...]

    @property
    def printed(self) -> int:
        """Labels out (saved, on a station without a printer)."""
        return sum(1 for item in self.items if item.printed)

    @property
    def failed(self) -> tuple[BatchItemOutcome, ...]:
        return tuple(item for item in self.items if not item.printed)

    @property
    def ok(self) -> bool:
        return all(item.printed for item in self.items)


@dataclass(frozen=True)
class VoidOutcome:
    """What Sendcloud said to the void, in words for the console."""

    status: str  # "cancelled" now, or "queued" (cancelled later if the parcel is not handed over)
    message: str
    free: bool | None = None  # cancelled on the day of creation: costs nothing; None: not known


def batch_refusal(attempts: Sequence[Attempt]) -> ReviewError | None:
    """Why these attempts cannot go out as one batch (1–20, each with its order, one shop, none
    already shipped, each order once), or None. `retry_batch` raises it; the console asks it
    before offering the batch."""
    if not 1 <= len(attempts) <= MAX_BATCH:
        return batch_size_refused(len(attempts))
    without = [str(a.id) for a in attempts if a.order_number is None or a.integration_id is None]
    if without:
        return ReviewError(
            f"Attempt(s) {', '.join(without)} never found their order, so their integration is "
            "not known; retry them one by one.",
            code=ErrorCode.BATCH_NO_ORDER,
        )
    integrations = sorted({a.integration_id for a in attempts if a.integration_id is not None})
    if len(integrations) > 1:
        return ReviewError(
            "A batch retry takes failed shipments of one integration (shop) only; these are of "
            f"integrations {', '.join(map(str, integrations))}. Select one shop's shipments.",
            code=ErrorCode.BATCH_MIXED_INTEGRATIONS,
        )
    shipped = [a.order_number or "" for a in attempts if bucket_of(a) is Bucket.ALREADY_SHIPPED]
    if shipped:
        return ReviewError(
            f"Order(s) {', '.join(shipped)} are already shipped; a retry would be refused again. "
            "Reprint their labels instead.",
            code=ErrorCode.RETRY_SHIPPED,
        )
    counted = Counter((a.order_number or "").casefold() for a in attempts)
    twice = sorted({a.order_number or "" for a in attempts if counted[(a.order_number or "").casefold()] > 1})
    if twice:
        return ReviewError(
            f"Order(s) {', '.join(twice)} are selected more than once; each would get a label.",
            code=ErrorCode.BATCH_DUPLICATE_ORDER,
        )
    return None


def batch_size_refused(count: int) -> ReviewError:
    return ReviewError(
        f"A batch retry takes 1 to {MAX_BATCH} failed shipments; {count} were selected.",
        code=ErrorCode.BATCH_SIZE,
    )
