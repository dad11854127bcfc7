from __future__ import annotations

from packstation.journal import PROGRESS, UNSETTLED, Stage, allowed_next


def test_the_one_set_of_stage_names() -> None:
    # Stored as text in every journal: renaming a value would orphan old rows.
    assert [stage.value for stage in Stage] == [
        "scanned",
        "order_found",
        "label_requested",
        "label_created",
        "label_saved",
        "printed",
        "failed",
        "outcome_unknown",
        "print_unconfirmed",
        "voided",
    ]
    assert Stage("label_requested") is Stage.LABEL_REQUESTED
    assert str(Stage.PRINTED) == "printed"


def test_troubles_finals_and_settling() -> None:
    assert {s for s in Stage if s.is_trouble} == {
        Stage.FAILED,
        Stage.OUTCOME_UNKNOWN,
        Stage.PRINT_UNCONFIRMED,
    }
    assert {s for s in Stage if s.is_final} == {Stage.PRINTED, Stage.FAILED, Stage.VOIDED}
    assert {s for s in Stage if s.needs_settling} == set(UNSETTLED)
    assert all(s.is_progress for s in PROGRESS)
    assert not any(s.is_progress for s in Stage if s.is_trouble)


def test_durable_from_the_moment_money_may_be_spent() -> None:
    assert not Stage.SCANNED.is_durable
    assert not Stage.ORDER_FOUND.is_durable
    assert all(s.is_durable for s in Stage if s not in (Stage.SCANNED, Stage.ORDER_FOUND))


def test_happy_path_is_legal_and_skipping_is_not() -> None:
    current: Stage | None = None
    for stage in PROGRESS:
        assert stage.can_follow(current, current)
        current = stage
    assert not Stage.LABEL_CREATED.can_follow(Stage.ORDER_FOUND, Stage.ORDER_FOUND)
    assert not Stage.PRINTED.can_follow(Stage.LABEL_CREATED, Stage.LABEL_CREATED)
    assert allowed_next(Stage.VOIDED, Stage.LABEL_SAVED) == frozenset()


def test_a_failed_attempt_resumes_from_where_it_got() -> None:
    # The print failed: the saved label may still be printed (unprinted() offers it).
    assert Stage.PRINTED.can_follow(Stage.FAILED, Stage.LABEL_SAVED)
    # A clear failure was recorded, but settling later found the label after all.
    assert Stage.LABEL_CREATED.can_follow(Stage.FAILED, Stage.LABEL_REQUESTED)
    # Nothing was ever requested: no label can appear out of thin air.
    assert not Stage.LABEL_CREATED.can_follow(Stage.FAILED, Stage.ORDER_FOUND)
    assert not Stage.FAILED.can_follow(Stage.FAILED, Stage.ORDER_FOUND)
