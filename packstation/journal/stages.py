"""THE stage names of an attempt: one set for the journal, the events, the console and the CLI.

An attempt is one scan and everything that followed it. It moves forward through the *progress*
stages (scanned → order_found → label_requested → label_created → label_saved → printed) and may
land in a *trouble* stage on the way (failed, outcome_unknown, print_unconfirmed). `voided` closes an
attempt whose label was cancelled at Sendcloud.

The values are stored in the journal as text, so a value is never renamed: add a new member and a
migration instead.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    SCANNED = "scanned"
    ORDER_FOUND = "order_found"
    LABEL_REQUESTED = "label_requested"
    LABEL_CREATED = "label_created"
    LABEL_SAVED = "label_saved"
    PRINTED = "printed"
    FAILED = "failed"
    OUTCOME_UNKNOWN = "outcome_unknown"
    PRINT_UNCONFIRMED = "print_unconfirmed"
    VOIDED = "voided"

    @property
    def is_trouble(self) -> bool:
        """Something went wrong, or may have: the console's "failed shipments" shows these."""
        return self in _TROUBLES

    @property
    def is_progress(self) -> bool:
        """One of the happy-path stages, in `PROGRESS` order."""
        return self in PROGRESS

    @property
    def is_final(self) -> bool:
        """Nothing more is planned for the attempt (a reprint or a void may still follow)."""
        return self in _FINAL

    @property
    def needs_settling(self) -> bool:
        """A label call may have made a label nobody knows of: ask Sendcloud before any retry."""
        return self in UNSETTLED

    @property
    def is_durable(self) -> bool:
        """Written with `synchronous=FULL`: from the moment money may be spent, a power cut must not
        lose the row (a lost `label_requested` row would hide a label that may exist, and a retry
        would pay for a second one). `scanned`/`order_found` lose only a diary line."""
        return self not in (Stage.SCANNED, Stage.ORDER_FOUND)

    def can_follow(self, current: Stage | None, reached: Stage | None) -> bool:
        """May the attempt move to this stage, given its `current` stage and the furthest progress
        stage it `reached`? (`None`, `None`: a new attempt.)"""
        return self in allowed_next(current, reached)


PROGRESS: tuple[Stage, ...] = (
    Stage.SCANNED,
    Stage.ORDER_FOUND,
    Stage.LABEL_REQUESTED,
    Stage.LABEL_CREATED,
    Stage.LABEL_SAVED,
    Stage.PRINTED,
)
UNSETTLED: frozenset[Stage] = frozenset({Stage.LABEL_REQUESTED, Stage.OUTCOME_UNKNOWN})
_TROUBLES = frozenset({Stage.FAILED, Stage.OUTCOME_UNKNOWN, Stage.PRINT_UNCONFIRMED})
_FINAL = frozenset({Stage.PRINTED, Stage.FAILED, Stage.VOIDED})


# The legal moves from each current stage. `failed` is handled in `allowed_next`: an attempt may be
# resumed from the furthest point it reached (a label saved but not printed can still be printed).
_NEXT: dict[Stage | None, frozenset[Stage]] = {
    None: frozenset({Stage.SCANNED}),
    Stage.SCANNED: frozenset({Stage.ORDER_FOUND, Stage.FAILED}),
    Stage.ORDER_FOUND: frozenset({Stage.LABEL_REQUESTED, Stage.FAILED}),
    Stage.LABEL_REQUESTED: frozenset({Stage.LABEL_CREATED, Stage.OUTCOME_UNKNOWN, Stage.FAILED}),
    # Settling finds the label (label_created), proves there is none (failed), or cannot tell yet.
    Stage.OUTCOME_UNKNOWN: frozenset({Stage.LABEL_CREATED, Stage.OUTCOME_UNKNOWN, Stage.FAILED}),
    Stage.LABEL_CREATED: frozenset({Stage.LABEL_SAVED, Stage.FAILED, Stage.VOIDED}),
    Stage.LABEL_SAVED: frozenset({Stage.PRINTED, Stage.PRINT_UNCONFIRMED, Stage.FAILED, Stage.VOIDED}),
    Stage.PRINT_UNCONFIRMED: frozenset({Stage.PRINTED, Stage.PRINT_UNCONFIRMED, Stage.FAILED, Stage.VOIDED}),
    # A reprint records `printed` again.
    Stage.PRINTED: frozenset({Stage.PRINTED, Stage.PRINT_UNCONFIRMED, Stage.VOIDED}),
    Stage.VOIDED: frozenset(),
}


def allowed_next(current: Stage | None, reached: Stage | None) -> frozenset[Stage]:
    """Every stage the attempt may move to next."""
    if current is not Stage.FAILED:
        return _NEXT[current]
    # Resume from the furthest progress stage (e.g. print a label whose first print failed, or
    # record the label that settling found after a clear failure was recorded too early).
    return _NEXT[reached] - {Stage.FAILED}
