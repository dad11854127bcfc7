"""Start-up recovery (and `packstation recover`): settle what a crash or a lost answer left open.

Nothing is printed: a label found or fetched here is saved and listed with its reprint (F5, the
console, `packstation reprint`), because nobody may be at the bench for it and its first print may
already have come out. Each attempt is recovered on its own: one that cannot be settled now is
listed and left for the next try; the others go on.
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.errors import PackstationError
from packstation.journal import Attempt, AttemptId
from packstation.station.label_steps import LabelSteps, SettleState, order_words
from packstation.station.verdicts import ScanVerdict, Verdict


def recover(steps: LabelSteps) -> list[ScanVerdict]:
    """Settle, fetch and list; one verdict per attempt touched, before any new scan is shipped."""
    verdicts: dict[AttemptId, ScanVerdict] = {}
    for attempt in steps.journal.unsettled():
        verdicts[attempt.id] = _recover_one(attempt, lambda unsettled: _settle(steps, unsettled))
    for attempt in steps.journal.unsaved():  # a label settling found above is saved already
        verdicts[attempt.id] = _recover_one(
            attempt, lambda unsaved: steps.resume_created(unsaved, print_label=False)
        )
    for attempt in steps.journal.unprinted():
        if attempt.id not in verdicts:  # settled or fetched above: listed already
            verdicts[attempt.id] = steps.not_printed_verdict(attempt)
    return [steps.finish(verdict) for verdict in verdicts.values()]


def _recover_one(attempt: Attempt, step: Callable[[Attempt], ScanVerdict]) -> ScanVerdict:
    try:
        return step(attempt)
    except PackstationError as error:
        return ScanVerdict(
            Verdict.ATTENTION,
            f"{order_words(attempt)} could not be recovered now: {error.message} It is tried again "
            "at the next start (or `packstation recover`).",
            error.code,
            attempt.id,
            reference=attempt.order_number,
            reprint_attempt=attempt.id if attempt.parcel_id is not None else None,
        )


def _settle(steps: LabelSteps, attempt: Attempt) -> ScanVerdict:
    settlement = steps.settle(attempt.id, fetch=False)
    if settlement.state is SettleState.FOUND:
        return steps.resume_created(steps.journal.attempt(attempt.id), print_label=False)
    return steps.unsettled_verdict(attempt.id, attempt.order_number or str(attempt.id), settlement, None)
