"""Several boxes, one order, at the packing screen (issue 18): F3 and the NEW-BOX barcode, the box
size by Ctrl+digit and by the box's barcode, what the checklist shows, the refusals, and closed
boxes kept across a park and a resume.

A real training station (simulator over HTTP, virtual printer over TCP), the real window; every
key's work runs on the API lane like a scan (`ScanQueue.act`)."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from packstation.error_codes import ErrorCode
from packstation.printing.printer import PrintOutcome, PrintState
from packstation.qt.i18n import install_translators, remove_translators
from packstation.qt.main_window import MainWindow
from packstation.qt.scan_queue import EntryKind
from packstation.station.boxes import NEW_BOX_CODE
from packstation.station.verdicts import CheckLineView, ChecklistView, OrderSummary
from packstation.station.workflow import ScanVerdict, Verdict
from tests.qt.driving import WAIT_MS, WindowFactory, scan_and_wait, station_of

# Training with item verification: DHL Parcel (several boxes) and the box sizes S, M, L (Ctrl+1…3).
BOXES = {"item_verification": "on"}
S, M, L = "S (25 x 20 x 10 cm)", "M (35 x 25 x 15 cm)", "L (45 x 35 x 25 cm)"


def _raw(window: MainWindow, number: str) -> dict[str, Any]:
    _, simulator, _ = station_of(window)
    return next(o for o in simulator.seed_data.orders if o["order_number"] == number)


def _units(window: MainWindow, number: str) -> list[str]:
    return [
        str(line.get("ean") or line["sku"])
        for line in _raw(window, number)["order_details"]["order_items"]
        for _ in range(line["quantity"])
    ]


def _order(window: MainWindow, units: int, skip: int = 0) -> str:
    _, simulator, _ = station_of(window)
    shippable: list[str] = simulator.shippable_order_numbers()
    numbers = [n for n in shippable if units <= len(_units(window, n)) <= 8]
    return numbers[skip]


def _key(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
) -> ScanVerdict:
    with qtbot.waitSignal(window.verdict_shown, timeout=WAIT_MS) as shown:
        QTest.keyClick(window.scan_field, key, modifier or Qt.KeyboardModifier.NoModifier)
    verdict = shown.args[0]
    assert isinstance(verdict, ScanVerdict)
    return verdict


def _size(qtbot: QtBot, window: MainWindow, digit: int) -> ScanVerdict:
    return _key(qtbot, window, Qt.Key(Qt.Key.Key_0.value + digit), Qt.KeyboardModifier.ControlModifier)


def _closed(window: MainWindow, count: int) -> str:
    """ "Closed: 2 boxes" as the checklist says it (English plurals come from the en translator)."""
    checklist = window.verdict_panel.checklist
    assert checklist is not None
    return checklist.tr("Closed: %n box(es)", "", count)


def _boxes_text(window: MainWindow) -> str:
    checklist = window.verdict_panel.checklist
    assert checklist is not None
    return checklist.boxes.text() if checklist.boxes.isVisibleTo(window) else ""


@pytest.mark.parametrize(("count", "closer"), [(2, "F3"), (3, "barcode")])
def test_an_order_in_boxes_prints_a_label_per_box(
    qtbot: QtBot, make_window: WindowFactory, count: int, closer: str
) -> None:
    window = make_window(BOXES)
    _, simulator, printer = station_of(window)
    number = _order(window, count)
    units = _units(window, number)
    scan_and_wait(qtbot, window, number)
    for box in range(count - 1):
        _size(qtbot, window, 1)
        scan_and_wait(qtbot, window, units[box])
        closed = (
            _key(qtbot, window, Qt.Key.Key_F3)
            if closer == "F3"
            else scan_and_wait(qtbot, window, NEW_BOX_CODE)
        )
        assert closed.code == ErrorCode.NEXT_BOX, closed.message
    _size(qtbot, window, 2)
    for code in units[count - 1 : -1]:
        scan_and_wait(qtbot, window, code)

    done = scan_and_wait(qtbot, window, units[-1])

    assert done.verdict is Verdict.SUCCESS, done.message
    assert window.verdict_panel.headline.text() == f"{count} labels for {number} printed."
    assert window.packing_order is None
    assert simulator.labels_created() == count
    assert len(printer.wait_for_jobs(count)) == count
    # The preview counts every box's label: the next order's preview is that order's label.
    assert window._prints_seen == printer.jobs_received == count


def test_the_size_by_key_and_by_barcode_and_the_closed_boxes_on_screen(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window({**BOXES, "scale_url": "virtual:"})
    station, simulator, _ = station_of(window)
    number = _order(window, 3)
    first, second, *_rest = _units(window, number)
    scan_and_wait(qtbot, window, number)
    assert _boxes_text(window) == ""  # one box so far: nothing about boxes on screen

    by_key = _size(qtbot, window, 2)
    assert (by_key.code, by_key.reference) == (ErrorCode.BOX_SIZE_CHOSEN, M)
    assert window.verdict_panel.headline.text() == f"Box size: {M}."
    assert _boxes_text(window) == f"Box 1 · {M}"
    scan_and_wait(qtbot, window, first)
    assert station.virtual_scale is not None
    station.virtual_scale.set_weight("1.4")
    closed = _key(qtbot, window, Qt.Key.Key_F3)
    assert closed.code == ErrorCode.NEXT_BOX
    assert window.verdict_panel.headline.text() == "Box 1 is closed. Scan the items of the next box."
    assert _boxes_text(window) == f"Box 2\n{_closed(window, 1)} · 1: 1.4 kg, {M}"

    by_barcode = scan_and_wait(qtbot, window, "BOX-L")
    assert (by_barcode.code, by_barcode.reference) == (ErrorCode.BOX_SIZE_CHOSEN, L)
    scan_and_wait(qtbot, window, second)
    station.virtual_scale.set_weight("0.9")
    scan_and_wait(qtbot, window, NEW_BOX_CODE)
    assert _boxes_text(window) == f"Box 3\n{_closed(window, 2)} · 1: 1.4 kg, {M} · 2: 0.9 kg, {L}"
    actions = [entry for entry in window.recent_model.entries() if entry.kind is EntryKind.ACTION]
    assert [entry.raw for entry in actions] == ["New box", "Box size 2"]  # queued, newest first
    assert simulator.labels_created() == 0
    assert window.packing_order == number


def test_a_box_closed_empty_or_without_its_size_is_refused(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(BOXES)
    number = _order(window, 2)
    scan_and_wait(qtbot, window, number)
    empty = _key(qtbot, window, Qt.Key.Key_F3)
    assert (empty.verdict, empty.code) == (Verdict.FAILED, ErrorCode.BOX_EMPTY)
    scan_and_wait(qtbot, window, _units(window, number)[0])
    unsized = _key(qtbot, window, Qt.Key.Key_F3)
    assert unsized.code == ErrorCode.BOX_SIZE_NEEDED
    assert window.verdict_panel.headline.text().startswith("Choose the box size first")
    unknown = _size(qtbot, window, 7)  # training has S, M, L on 1, 2, 3
    assert unknown.code == ErrorCode.BOX_SIZE_UNKNOWN
    assert window.verdict_panel.headline.text() == "No box size has the key 7 here. Ask your shift lead."
    assert window.packing_order == number  # still open, as packed


def test_the_packer_is_told_when_the_shipping_option_takes_no_several_boxes(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window({**BOXES, "ship_with": {"shipping_option_code": "postnl:mailbox"}})
    number = _order(window, 2)
    scan_and_wait(qtbot, window, number)
    scan_and_wait(qtbot, window, _units(window, number)[0])

    refused = _key(qtbot, window, Qt.Key.Key_F3)

    assert (refused.verdict, refused.code) == (Verdict.FAILED, ErrorCode.MULTICOLLO_NOT_OFFERED)
    assert window.verdict_panel.headline.text() == (
        f"PostNL Mailbox Parcel cannot ship order {number} in several boxes. Pack it in one box, or ask "
        "your shift lead."
    )
    assert window.verdict_panel.look == "failed"
    assert window.packing_order == number
    assert _boxes_text(window) == ""


def test_the_packer_is_told_when_the_station_names_no_shipping_option(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window({**BOXES, "apply_shipping_rules": True})  # Sendcloud's rules choose
    number = _order(window, 2)
    scan_and_wait(qtbot, window, number)
    scan_and_wait(qtbot, window, _units(window, number)[0])

    refused = _key(qtbot, window, Qt.Key.Key_F3)

    assert refused.code == ErrorCode.MULTICOLLO_NOT_OFFERED
    assert window.verdict_panel.headline.text() == (
        f"Order {number} cannot go in several boxes: this station names no shipping option. Pack it "
        "in one box."
    )


def test_the_bench_headlines_of_several_boxes_fit_three_lines_in_every_language(
    qapp: QApplication, make_window: WindowFactory
) -> None:
    window = make_window()
    window.resize(1366, 768)  # a bench screen, as tests/qt/test_translations_read_well.py
    order = OrderSummary("WEB-100234", "Anna de Vries", "1011 AB Amsterdam, NL", (("Mug", 1),), None)
    view = ChecklistView("WEB-100234", (CheckLineView("Mug", 2, 1, "MUG-1", None, False),))
    packing = ScanVerdict(Verdict.FAILED, "core", order=order, checklist=view)
    printed = PrintOutcome(PrintState.PRINTED, "printed", "tcp://192.168.1.50:9100")
    verdicts = [
        replace(packing, code=ErrorCode.MULTICOLLO_NOT_OFFERED, reference="PostNL Standard + Signature"),
        replace(packing, code=ErrorCode.MULTICOLLO_NOT_OFFERED),
        replace(packing, code=ErrorCode.MULTICOLLO_NO_ITEM_ID, reference="Merino base layer - men - M"),
        replace(packing, code=ErrorCode.BOX_SIZE_CHOSEN, reference="Euro pallet box (120 x 80 x 100 cm)"),
        ScanVerdict(Verdict.SUCCESS, "core", order=order, print_outcome=printed, parcels=(1, 2, 3)),
    ]
    headline = window.verdict_panel.headline
    too_long = []
    try:
        for language in ("en", "nl", "de", "fr"):
            install_translators(qapp, language)
            for verdict in verdicts:
                window.verdict_panel.show_verdict(verdict)
                QApplication.processEvents()
                lines = round(
                    headline.heightForWidth(headline.width()) / headline.fontMetrics().lineSpacing()
                )
                if lines > 3 or verdict.message in headline.text():
                    too_long.append(f"{language} {verdict.code}: {lines} lines: {headline.text()}")
    finally:
        remove_translators(qapp)
    assert too_long == [], "shorten these headlines:\n" + "\n".join(too_long)


def test_the_packer_is_told_which_line_has_no_item_id(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(BOXES)
    _, simulator, _ = station_of(window)
    seed = copy.deepcopy(_raw(window, _order(window, 2)))
    seed.pop("id", None)
    seed["order_id"] = seed["order_number"] = "NO-ITEM-ID-2"
    line = seed["order_details"]["order_items"][0]
    del line["item_id"]
    assert simulator.backend.upsert_orders([seed]).status < 300
    scan_and_wait(qtbot, window, "NO-ITEM-ID-2")
    scan_and_wait(qtbot, window, str(line.get("ean") or line["sku"]))

    refused = _key(qtbot, window, Qt.Key.Key_F3)

    assert refused.code == ErrorCode.MULTICOLLO_NO_ITEM_ID
    assert window.verdict_panel.headline.text() == (
        f"Order NO-ITEM-ID-2 cannot go in several boxes: {line['name']} has no item id. Pack it in one box."
    )


def test_a_parked_order_keeps_its_closed_boxes_when_resumed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(BOXES)
    number = _order(window, 3)
    other = next(n for n in station_of(window)[1].shippable_order_numbers() if n != number)
    first = _units(window, number)[0]
    scan_and_wait(qtbot, window, number)
    _size(qtbot, window, 1)
    scan_and_wait(qtbot, window, first)
    _key(qtbot, window, Qt.Key.Key_F3)
    _size(qtbot, window, 3)  # chosen for box 2
    scan_and_wait(qtbot, window, other)  # parks the first order
    assert window.packing_order == other
    assert _boxes_text(window) == ""

    resumed = scan_and_wait(qtbot, window, number)

    assert resumed.checklist is not None
    assert window.packing_order == number
    assert _boxes_text(window) == f"Box 2 · {L}\n{_closed(window, 1)} · 1: {S}"


def test_f3_without_an_order_open_only_says_so(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(BOXES)
    QTest.keyClick(window.scan_field, Qt.Key.Key_F3)
    QTest.keyClick(window.scan_field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.verdict_panel.note.text() == "No order is open for packing: scan an order first."
    assert window.queue.open_entries() == []  # nothing was queued
    assert window.scan_field.text() == ""  # Ctrl+2 typed nothing into the scan field


def _pack_in_two(qtbot: QtBot, window: MainWindow, number: str, second_size: int) -> ScanVerdict:
    """Box 1 (size 1) holds the first unit, box 2 (size `second_size`) the rest: the last scan's verdict."""
    units = _units(window, number)
    scan_and_wait(qtbot, window, number)
    _size(qtbot, window, 1)
    scan_and_wait(qtbot, window, units[0])
    assert _key(qtbot, window, Qt.Key.Key_F3).code == ErrorCode.NEXT_BOX
    _size(qtbot, window, second_size)
    for code in units[1:-1]:
        scan_and_wait(qtbot, window, code)
    return scan_and_wait(qtbot, window, units[-1])


def test_a_box_the_carrier_refuses_voids_the_other_and_nothing_prints(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    crate = {"name": "Crate", "length_cm": 300, "width_cm": 200, "height_cm": 100, "shortcut": "2"}
    small = {"name": "S", "length_cm": 25, "width_cm": 20, "height_cm": 10, "shortcut": "1"}
    window = make_window({**BOXES, "box_sizes": [small, crate]})
    _, simulator, printer = station_of(window)
    number = _order(window, 2)

    refused = _pack_in_two(qtbot, window, number, second_size=2)

    assert (refused.verdict, refused.code) == (Verdict.FAILED, ErrorCode.SENDCLOUD_CARRIER_REFUSED)
    assert "box 2:" in refused.message
    assert "are cancelled; no box has a label" in refused.message
    made = simulator.backend.parcels()
    assert len(made) == 1  # box 1's parcel was made, then voided with its shipment
    assert {parcel.status_code for parcel in made} == {"CANCELLED"}
    assert printer.jobs() == []
    assert window.packing_order is None


def test_a_box_whose_label_did_not_print_is_reprinted_alone_with_f5(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(BOXES)
    station, simulator, printer = station_of(window)
    number = _order(window, 2)
    journal = station.workflow.journal
    record_box = journal.record_box

    def printer_off_after_box_1(*args: Any, **kwargs: Any) -> Any:
        recorded = record_box(*args, **kwargs)
        if recorded.box == 1 and recorded.printed:
            printer.refuse_connections(True)  # switched off: box 2's label reaches no printer
        return recorded

    monkeypatch.setattr(journal, "record_box", printer_off_after_box_1)

    stopped = _pack_in_two(qtbot, window, number, second_size=2)

    assert (stopped.verdict, stopped.code) == (Verdict.ATTENTION, ErrorCode.PRINT_FAILED), stopped.message
    assert stopped.message.startswith("Box 2 of 2: its label was made but not printed")
    [box_1] = printer.wait_for_jobs(1)
    printer.refuse_connections(False)
    monkeypatch.undo()
    reprinted = _key(qtbot, window, Qt.Key.Key_F5)
    assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
    jobs = printer.wait_for_jobs(2)
    assert len(jobs) == 2  # F5 sent box 2 alone: box 1's label is never printed twice
    assert jobs[1].data != box_1.data
    assert all(job.printed for job in jobs)
    assert simulator.labels_created() == 2
