from pathlib import Path

from packstation.journal import Stage
from tests.journal.conftest import OpenJournal


def test_unsaved_lists_labels_made_but_never_saved(tmp_path: Path, open_journal: OpenJournal) -> None:
    with open_journal("Bench 1") as journal:
        saved, unsaved, no_label = (journal.start_attempt(f"A-{n}") for n in range(3))
        for attempt in (saved, unsaved, no_label):
            journal.record(attempt, Stage.ORDER_FOUND, order_number=f"A-{attempt}", integration_id=1)
            journal.record(attempt, Stage.LABEL_REQUESTED)
        for attempt, parcel in ((saved, 11), (unsaved, 12)):
            journal.record(attempt, Stage.LABEL_CREATED, parcel_id=parcel, tracking_number=f"T{parcel}")
        journal.record(
            saved,
            Stage.LABEL_SAVED,
            label_path=tmp_path / "a.zpl",
            label_sha256="0" * 64,
            label_mime_type="application/zpl",
        )
        assert [a.id for a in journal.unsaved()] == [unsaved]
        assert [a.id for a in journal.unsettled()] == [no_label]
