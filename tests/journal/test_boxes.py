"""Several boxes, one order (issue 18) in the journal, on both engines: every box's parcel tied to
its box with `label_created`, each box's save and print on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.journal import AttemptId, Journal, JournalError, Packer, Stage
from tests.journal.conftest import OpenJournal

ANNA = Packer(badge_id="B-1", name="Anna")


@pytest.fixture
def journal(open_journal: OpenJournal) -> Iterator[Journal]:
    with open_journal("station-1") as opened:
        yield opened


def requested(journal: Journal, order_number: str = "WEB-9") -> AttemptId:
    attempt = journal.start_attempt(order_number, ANNA, "zebra-1")
    journal.record(attempt, Stage.ORDER_FOUND, order_id="o-9", order_number=order_number, integration_id=7)
    journal.record(attempt, Stage.LABEL_REQUESTED, event_fields={"boxes": "3"})
    return attempt


def test_the_parcels_are_tied_to_their_boxes_with_label_created(journal: Journal) -> None:
    attempt = requested(journal)
    created = journal.record(attempt, Stage.LABEL_CREATED, parcels=[703, 701, 702])
    assert created.parcel_id == 703  # box 1's
    boxes = journal.boxes(attempt)
    assert [(box.box, box.parcel_id) for box in boxes] == [(1, 703), (2, 701), (3, 702)]
    assert not any(box.saved or box.printed for box in boxes)
    assert journal.parcels_held([701, 702, 703, 999]) == frozenset({701, 702, 703})
    assert journal.parcel_holder(702) == attempt


def test_each_box_is_saved_and_printed_on_its_own(journal: Journal) -> None:
    attempt = requested(journal)
    journal.record(attempt, Stage.LABEL_CREATED, parcels=[801, 802])
    saved = journal.record_box(attempt, 802, label_path=Path("/labels/WEB-9-802.zpl"), label_sha256="cd" * 32)
    assert (saved.box, saved.saved, saved.printed) == (2, True, False)
    printed = journal.record_box(attempt, 801, printed=True, tracking_number="TT801")
    assert printed.printed
    assert printed.tracking_number == "TT801"
    assert [box.printed for box in journal.boxes(attempt)] == [True, False]
    assert journal.boxes(attempt)[1].label_path == Path("/labels/WEB-9-802.zpl")


def test_a_parcel_is_one_attempts_box_only(journal: Journal) -> None:
    first = requested(journal, "WEB-1")
    journal.record(first, Stage.LABEL_CREATED, parcels=[901, 902])
    second = requested(journal, "WEB-2")
    with pytest.raises(JournalError, match="belongs to attempt"):
        journal.record(second, Stage.LABEL_CREATED, parcels=[903, 902])
    assert journal.attempt(second).stage is Stage.LABEL_REQUESTED  # nothing written
    assert journal.boxes(second) == ()
    with pytest.raises(JournalError, match="not a box of attempt"):
        journal.record_box(second, 901, printed=True)
