"""Property: any walk along legal transitions leaves the row at the last stage, history in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.journal import PROGRESS, AttemptId, Journal, JournalError, Stage, allowed_next
from tests.journal import Failure, FakeClock


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    clock = FakeClock()
    with Journal.open(tmp_path_factory.mktemp("prop") / "j.sqlite3", "station-1", clock=clock) as opened:
        yield opened


def _move(journal: Journal, attempt: AttemptId, stage: Stage, n: int) -> None:
    # durable=False: the property is about stage bookkeeping; fsync would only slow the examples.
    if stage.is_trouble:
        journal.fail(attempt, stage, Failure("x", f"code_{n}"), durable=False)
    elif stage is Stage.LABEL_CREATED:
        # A parcel belongs to one attempt (attempt_parcels): each attempt gets parcels of its own.
        journal.record(attempt, stage, parcel_id=attempt * 100 + n, durable=False)
    elif stage is Stage.LABEL_SAVED:
        journal.record(attempt, stage, label_path=Path(f"/l/{n}"), label_sha256="00", durable=False)
    else:
        journal.record(attempt, stage, durable=False)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_legal_walks_end_at_the_last_stage(journal: Journal, data: st.DataObject) -> None:
    attempt = journal.start_attempt("X")
    walk = [Stage.SCANNED]
    current, reached = Stage.SCANNED, Stage.SCANNED
    for n in range(data.draw(st.integers(0, 12), label="steps")):
        options = sorted(allowed_next(current, reached))
        if not options:
            break
        stage = data.draw(st.sampled_from(options), label=f"step {n}")
        _move(journal, attempt, stage, n)
        walk.append(stage)
        current = stage
        if stage.is_progress and PROGRESS.index(stage) > PROGRESS.index(reached):
            reached = stage

    row = journal.attempt(attempt)
    assert row.stage is walk[-1]
    assert row.reached is reached
    history = journal.history(attempt)
    assert [event.stage for event in history] == walk
    assert [event.seq for event in history] == list(range(1, len(walk) + 1))
    assert [event.at for event in history] == sorted(event.at for event in history)
    # …and any illegal next step is refused without a trace.
    illegal = sorted(set(Stage) - allowed_next(current, reached) - {s for s in Stage if s.is_trouble})
    if illegal:
        stage = data.draw(st.sampled_from(illegal), label="illegal")
        with pytest.raises(JournalError):
            _move(journal, attempt, stage, 99)
        assert len(journal.history(attempt)) == len(walk)
