"""The console's four kinds of failed shipment, as the shift lead names them, on the journal's stages.

A failed attempt is told apart by how far it got (`Attempt.reached`) and whether Sendcloud made a
label (a parcel id is known, even when the label file was unusable): an order that was never found,
a label that was never made, a label made but not printed. A label call without a
clear answer is its own kind, because it must be settled with Sendcloud before any retry.
A domain rule, so it lives in the core: the console's model, filters and detail pane share this one
mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from packstation.journal import Attempt, AttemptFilter, Stage


class Bucket(StrEnum):
    NOT_FOUND = "not_found"
    LABEL_NOT_CREATED = "label_not_created"
    NOT_PRINTED = "not_printed"
    OUTCOME_UNKNOWN = "outcome_unknown"


@dataclass(frozen=True)
class _Rule:
    stages: tuple[Stage, ...]
    reached: tuple[Stage, ...]  # empty: any
    label_made: bool | None  # None: either


_AFTER_ORDER = (Stage.ORDER_FOUND, Stage.LABEL_REQUESTED, Stage.LABEL_CREATED, Stage.LABEL_SAVED)
_RULES: dict[Bucket, _Rule] = {
    Bucket.NOT_FOUND: _Rule((Stage.FAILED,), (Stage.SCANNED,), None),
    Bucket.LABEL_NOT_CREATED: _Rule((Stage.FAILED,), (Stage.ORDER_FOUND, Stage.LABEL_REQUESTED), False),
    Bucket.NOT_PRINTED: _Rule((Stage.FAILED, Stage.PRINT_UNCONFIRMED), _AFTER_ORDER, True),
    Bucket.OUTCOME_UNKNOWN: _Rule((Stage.OUTCOME_UNKNOWN,), (), None),
}


def bucket_of(attempt: Attempt) -> Bucket | None:
    """The attempt's kind of failure; None when it is not in trouble now (printed, voided, ...)."""
    for bucket, rule in _RULES.items():
        if (
            attempt.stage in rule.stages
            and (not rule.reached or attempt.reached in rule.reached)
            and (rule.label_made is None or rule.label_made == (attempt.parcel_id is not None))
        ):
            return bucket
    return None


def narrowed_to(query: AttemptFilter, bucket: Bucket | None) -> AttemptFilter:
    """`query` limited to one bucket (None: every attempt in trouble now). Always `troubles_only`:
    a failure a shift lead resolved or retried leaves the view."""
    if bucket is None:
        return replace(query, troubles_only=True, stages=(), reached=(), label_made=None)
    rule = _RULES[bucket]
    return replace(
        query, troubles_only=True, stages=rule.stages, reached=rule.reached, label_made=rule.label_made
    )
