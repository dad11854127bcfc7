"""The parcel's weight in the `label_requested` history row (issue 17), on both engines: no column
of its own, so no migration on either; the previous parcel's weight read back after a restart, and
on a shared journal only this station's (its own bench scale)."""

from __future__ import annotations

from packstation.journal import Stage
from tests.journal.conftest import OpenJournal

WEIGHED = {"weight": "1.375 kg", "weight_kg": "1.375", "weight_source": "scale"}


def _weighed_label(journal_open: OpenJournal, station: str, order: str, weight: str) -> None:
    journal = journal_open(station)
    attempt = journal.start_attempt(order)
    journal.record(attempt, Stage.ORDER_FOUND, order_id="1", order_number=order)
    journal.record(attempt, Stage.LABEL_REQUESTED, event_fields={**WEIGHED, "weight": weight})
    [requested] = [e for e in journal.history(attempt) if e.stage is Stage.LABEL_REQUESTED]
    assert requested.fields["weight"] == weight
    assert requested.fields["weight_source"] == "scale"


def test_the_weight_is_journalled_and_the_last_one_read_back(open_journal: OpenJournal) -> None:
    assert open_journal("station-1").last_weighing() is None
    _weighed_label(open_journal, "station-1", "SHOP-1", "1.375 kg")
    _weighed_label(open_journal, "station-1", "SHOP-2", "2.500 kg")
    unweighed = open_journal("station-1")
    attempt = unweighed.start_attempt("SHOP-3")
    unweighed.record(attempt, Stage.ORDER_FOUND, order_id="3", order_number="SHOP-3")
    unweighed.record(attempt, Stage.LABEL_REQUESTED)  # no scale: not a weighing
    assert open_journal("station-1").last_weighing() == ("SHOP-2", "2.500 kg")


def test_the_previous_parcel_is_this_stations_own(open_journal: OpenJournal, engine: str) -> None:
    _weighed_label(open_journal, "station-1", "SHOP-1", "1.375 kg")
    _weighed_label(open_journal, "station-2", "SHOP-2", "2.500 kg")
    if engine == "postgresql":  # one journal, two benches: each station's own scale
        assert open_journal("station-1").last_weighing() == ("SHOP-1", "1.375 kg")
        assert open_journal("station-2").last_weighing() == ("SHOP-2", "2.500 kg")
    else:  # a SQLite journal is one station's file
        assert open_journal("station-1").last_weighing() == ("SHOP-2", "2.500 kg")
