"""The console's six kinds of failed shipment, as the shift lead names them, on the journal's stages.

A failed attempt is told apart by how far it got (`Attempt.reached`), whether Sendcloud made a
label (a parcel id is known, even when the label file was unusable) and, where the stage alone
cannot tell, its error code: a scan that could not be read as an order number, an order that was
never found, an order refused because it already has a label, a label that was never made, a label
made but not printed. A label call without a clear answer is its own kind, because it must be
settled with Sendcloud before any retry. Every attempt in trouble is in exactly one kind.

An order refused as already shipped is the guard doing its job, not a failure: it is left out of
the failure rate, and it is never retried (a retry meets the same guard and only adds a row); its
label is reprinted instead.

A domain rule, so it lives in the core: the console's model, filters, detail pane and chart, and
the review's refusal to retry, share this one mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Final

from packstation.error_codes import ErrorCode
from packstation.journal import Attempt, AttemptFilter, Category, Journal, Stage, Stats, TroubleFacts


class Bucket(StrEnum):
    UNREADABLE_SCAN = "unreadable_scan"
    NOT_FOUND = "not_found"
    ALREADY_SHIPPED = "already_shipped"
    LABEL_NOT_CREATED = "label_not_created"
    NOT_PRINTED = "not_printed"
    OUTCOME_UNKNOWN = "outcome_unknown"


# The scan itself was refused before any order was looked up: not an order number, typed on the
# wrong keyboard layout, or the scanner's repeat of the scan just before.
SCAN_CODES: Final[tuple[str, ...]] = tuple(
    code.value
    for code in (
        ErrorCode.SCAN_EMPTY,
        ErrorCode.SCAN_TOO_SHORT,
        ErrorCode.SCAN_TOO_LONG,
        ErrorCode.SCAN_INVALID_CHARACTERS,
        ErrorCode.SCAN_WRONG_KEYBOARD_LAYOUT,
        ErrorCode.SCAN_ERROR,
        ErrorCode.SCAN_DUPLICATE,
    )
)
_SHIPPED: Final[tuple[str, ...]] = (ErrorCode.ALREADY_SHIPPED.value,)


@dataclass(frozen=True)
class _Rule:
    stages: tuple[Stage, ...]
    reached: tuple[Stage, ...] = ()  # empty: any
    label_made: bool | None = None  # None: either
    codes: tuple[str, ...] = ()  # empty: any
    except_codes: tuple[str, ...] = ()


_AFTER_ORDER = (Stage.ORDER_FOUND, Stage.LABEL_REQUESTED, Stage.LABEL_CREATED, Stage.LABEL_SAVED)
# Disjoint: no attempt matches two rules (the codes split what the stages cannot).
_RULES: dict[Bucket, _Rule] = {
    Bucket.UNREADABLE_SCAN: _Rule((Stage.FAILED,), (Stage.SCANNED,), codes=SCAN_CODES),
    Bucket.NOT_FOUND: _Rule((Stage.FAILED,), (Stage.SCANNED,), except_codes=SCAN_CODES),
    Bucket.ALREADY_SHIPPED: _Rule((Stage.FAILED,), label_made=False, codes=_SHIPPED),
    Bucket.LABEL_NOT_CREATED: _Rule(
        (Stage.FAILED,), (Stage.ORDER_FOUND, Stage.LABEL_REQUESTED), False, except_codes=_SHIPPED
    ),
    Bucket.NOT_PRINTED: _Rule((Stage.FAILED, Stage.PRINT_UNCONFIRMED), _AFTER_ORDER, True),
    Bucket.OUTCOME_UNKNOWN: _Rule((Stage.OUTCOME_UNKNOWN,)),
}
# Shown and counted in its own bar, but not a failure of the station.
NOT_FAILURES: Final = frozenset({Bucket.ALREADY_SHIPPED})


def _bucket(stage: Stage, reached: Stage, label_made: bool, error_code: str | None) -> Bucket | None:
    for bucket, rule in _RULES.items():
        if (
            stage in rule.stages
            and (not rule.reached or reached in rule.reached)
            and (rule.label_made is None or rule.label_made == label_made)
            and (not rule.codes or error_code in rule.codes)
            and error_code not in rule.except_codes
        ):
            return bucket
    return None


def bucket_of(attempt: Attempt) -> Bucket | None:
    """The attempt's kind of failure; None when it is not in trouble now (printed, voided, ...)."""
    return _bucket(attempt.stage, attempt.reached, attempt.parcel_id is not None, attempt.error_code)


def category_of(facts: TroubleFacts) -> Category:
    """The chart's category of a trouble: its bucket (the stage, when none fits), and whether it
    counts as a failure."""
    bucket = _bucket(facts.stage, facts.reached, facts.label_made, facts.error_code)
    if bucket is None:
        return Category(facts.stage.value)
    return Category(bucket.value, bucket not in NOT_FAILURES)


def shift_stats(journal: Journal, since: datetime, until: datetime) -> Stats:
    """The shift chart's figures: one bar per bucket, already-shipped left out of the failure rate."""
    return journal.stats(since, until, category_of)


def narrowed_to(query: AttemptFilter, bucket: Bucket | None) -> AttemptFilter:
    """`query` limited to one bucket (None: every attempt in trouble now). Always `troubles_only`:
    a failure a shift lead resolved or retried leaves the view."""
    rule = _RULES[bucket] if bucket is not None else _Rule(())
    return replace(
        query,
        troubles_only=True,
        stages=rule.stages,
        reached=rule.reached,
        label_made=rule.label_made,
        error_codes=rule.codes,
        except_error_codes=rule.except_codes,
    )
