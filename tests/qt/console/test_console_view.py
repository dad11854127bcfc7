"""The console's table, filters, detail pane, export and chart over failures a training station made."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from packstation.app.station import Station
from packstation.journal import AttemptFilter, Packer
from packstation.qt.console.filters import FilterBar
from packstation.qt.console.model import Column
from packstation.qt.wording import bucket_text
from packstation.settings import ShipWithSetting
from packstation.station.boxes import Box
from packstation.station.buckets import Bucket, bucket_of
from packstation.station.shipping_limits import WeightLimits
from packstation.station.workflow import Verdict
from packstation.training.faults import Fault, FaultKind
from tests.multicollo import order_with_lines
from tests.qt.console.conftest import ConsoleFactory, missing_house_number
from tests.qt.driving import WAIT_MS

SYNC = "/orders/create-label-sync"
SHIPMENTS = "/shipments"
DOCUMENTS = "/parcels/{id}/documents/{type}"


def select_row(qtbot: QtBot, console_window: object, row: int) -> None:
    from packstation.qt.console.window import ConsoleWindow

    assert isinstance(console_window, ConsoleWindow)
    with (
        qtbot.waitSignal(console_window.detail.history_shown, timeout=WAIT_MS),
        qtbot.waitSignal(console_window.detail.order_shown, timeout=WAIT_MS),
    ):
        console_window.table.selectRow(row)


def test_a_simulator_failure_shows_with_its_stage_and_the_field_in_words(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    order = missing_house_number(simulator)[0]
    assert station.workflow.handle_scan(order).verdict is Verdict.FAILED
    shipped = simulator.shippable_order_numbers()[0]
    assert station.workflow.handle_scan(shipped).verdict is Verdict.SUCCESS

    console = make_console()
    window = console.window
    assert window.model.rowCount() == 1  # the printed one is not a failed shipment
    problem = window.model.index(0, Column.PROBLEM).data()
    assert problem == bucket_text(Bucket.LABEL_NOT_CREATED)
    assert window.model.index(0, Column.ORDER).data() == order

    select_row(qtbot, window, 0)
    assert window.detail.field.text() == "shipping address → house number"
    assert window.detail.status.text() == "400"
    assert window.detail.code.text() == "sendcloud_bad_request"
    assert "house number" in window.detail.detail.text() + window.detail.message.text()
    history = window.detail.history
    stages = [item.text() for row in range(history.rowCount()) if (item := history.item(row, 1))]
    assert stages == ["Scanned", "Order found", "Label requested", "Failed"]  # in words, not codes
    assert order in window.detail.order.toPlainText()


def test_each_of_the_six_kinds_of_failure_lands_in_its_bucket_and_its_filter_narrows(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    first, second, third = simulator.shippable_order_numbers()[:3]
    station.workflow.handle_scan("NO-SUCH-ORDER-1")
    station.workflow.handle_scan(missing_house_number(simulator)[0])
    # The label call's answer is lost, and Sendcloud cannot be asked afterwards (the guard's own
    # question before the label is let through: LATENCY 0 answers normally).
    simulator.faults.add(Fault(FaultKind.RESET, path=SYNC, order_number=first))
    simulator.faults.add(Fault(FaultKind.LATENCY, path=SHIPMENTS, times=1))
    simulator.faults.add(Fault(FaultKind.STATUS, path=SHIPMENTS, status=400, times=None))  # not retried
    station.workflow.handle_scan(first)
    simulator.faults.clear()
    # Sendcloud made the label, but its file is unusable and cannot be fetched again.
    simulator.faults.add(Fault(FaultKind.BAD_BASE64, path=SYNC, order_number=second))
    simulator.faults.add(Fault(FaultKind.STATUS, path=DOCUMENTS, status=500, times=None))
    station.workflow.handle_scan(second)
    simulator.faults.clear()
    station.workflow.handle_scan(third)  # printed: not in the console
    workflow = station.workflow
    # Scanned again later: refused as already shipped (not "label not created").
    assert workflow.ship_attempt(workflow.journal.start_attempt(third), third).code == "already_shipped"
    assert str(workflow.handle_scan("§").code).startswith("scan_")  # unreadable, not "order not found"

    console = make_console()
    window = console.window
    assert window.model.total == 6
    expected = {bucket: 1 for bucket in Bucket}
    problems = {window.model.index(row, Column.PROBLEM).data() for row in range(6)}
    assert problems == {bucket_text(bucket) for bucket in Bucket}
    assert sorted(str(bucket_of(attempt)) for attempt in window.model.loaded()) == sorted(Bucket)

    for bucket, count in expected.items():
        with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
            window.filters.choose_problem(bucket)
        assert window.model.total == count
        assert {bucket_of(attempt) for attempt in window.model.loaded()} == {bucket}


def test_search_and_error_code_filters_narrow_the_rows(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    unshippable = missing_house_number(simulator)[:2]
    for order in unshippable:
        station.workflow.handle_scan(order)
    station.workflow.handle_scan("NO-SUCH-ORDER-2")
    console = make_console()
    window = console.window
    assert window.model.total == 3

    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.search.setText(unshippable[1][:-1].lower() if len(unshippable[1]) > 1 else "")
    assert unshippable[1] in {attempt.order_number for attempt in window.model.loaded()}
    assert all(
        (attempt.order_number or "").lower().startswith(unshippable[1][:-1].lower())
        for attempt in window.model.loaded()
    )
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.search.setText(unshippable[1])
    assert [attempt.order_number for attempt in window.model.loaded()] == [unshippable[1]]

    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.search.clear()
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.choose_error_code("order_not_found")
    assert window.model.total == 1
    assert window.model.loaded()[0].raw_scan == "NO-SUCH-ORDER-2"

    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.station.setText("another station")
    assert window.model.total == 0


def test_lazy_loading_fetches_the_next_page_when_asked(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    for number in range(7):
        station.workflow.handle_scan(f"NO-SUCH-ORDER-{number}")
    console = make_console(page_size=3)
    model = console.window.model
    assert model.total == 7
    assert model.rowCount() in {3, 6}  # a page at a time (the view itself may have asked for one more)
    while model.rowCount() < model.total:
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
            model.fetchMore()  # a no-op while the view's own request is in flight: its answer counts
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    scans = [attempt.raw_scan for attempt in model.loaded()]
    assert scans == [f"NO-SUCH-ORDER-{number}" for number in reversed(range(7))]  # newest first


def test_csv_export_of_the_filtered_view_equals_its_rows(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory, tmp_path: Path
) -> None:
    simulator = station.simulator
    assert simulator is not None
    for order in missing_house_number(simulator)[:2]:
        station.workflow.handle_scan(order)
    for number in range(3):
        station.workflow.handle_scan(f"NO-SUCH-ORDER-{number}")
    console = make_console()
    window = console.window
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        window.filters.choose_problem(Bucket.NOT_FOUND)
    shown = [str(attempt.id) for attempt in window.model.loaded()]
    assert len(shown) == 3

    target = tmp_path / "failed.csv"
    with qtbot.waitSignal(window.action_finished, timeout=WAIT_MS) as finished:
        window.export_to(target)
    assert finished.args[0].ok, finished.args[0].text
    with target.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["id"] for row in rows] == shown
    assert {row["raw_scan"] for row in rows} == {f"NO-SUCH-ORDER-{number}" for number in range(3)}
    assert station.workflow.journal.count(window.model.filter) == len(rows)
    assert window.model.filter != AttemptFilter(troubles_only=True)  # the filter really applied


def test_the_shift_chart_paints_the_journal_statistics(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    for order in simulator.shippable_order_numbers()[:3]:
        station.workflow.handle_scan(order)
    station.workflow.handle_scan(missing_house_number(simulator)[0])
    console = make_console()
    chart = console.window.chart
    if chart.stats is None:
        with qtbot.waitSignal(console.window.stats_shown, timeout=WAIT_MS):
            pass
    stats = chart.stats
    assert stats is not None
    assert (stats.labels, stats.failed) == (3, 1)
    assert chart.tiles()[0].text == "3"
    assert [bar.name for bar in chart.cause_bars()] == ["Label not created"]  # one bar per kind
    chart.resize(800, 260)
    image = chart.grab().toImage()
    assert chart.painted_bars == len(chart.per_packer_bars()) + 1
    red = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).name() == "#c62828"
    )
    assert red > 0  # the failure bar is on screen, not only counted


def test_a_burst_of_edits_reads_the_journal_once_after_the_debounce(qtbot: QtBot) -> None:
    bar = FilterBar(debounce_ms=20)
    qtbot.addWidget(bar)
    emitted: list[AttemptFilter] = []
    bar.filter_changed.connect(emitted.append)
    with qtbot.waitSignal(bar.filter_changed, timeout=WAIT_MS):
        for text in ("S", "SH", "SHOP-1"):  # one event-loop turn: the timer restarts each time
            bar.search.setText(text)
        bar.station.setText("packing-1")
    assert not bar.pending  # nothing more will come: the burst was one read
    assert emitted == [AttemptFilter(station="packing-1", troubles_only=True, search="SHOP-1")]


def test_date_range_and_packer_filters_narrow_the_rows(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    station.workflow.packer = Packer("B-7", "Ann")
    station.workflow.handle_scan("NO-SUCH-ORDER-A")
    station.workflow.packer = Packer("B-8", "Bo")
    station.workflow.handle_scan("NO-SUCH-ORDER-B")
    console = make_console()
    window = console.window
    filters = window.filters
    assert window.model.total == 2

    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        filters.packer.setText("B-7")
    assert [attempt.packer_name for attempt in window.model.loaded()] == ["Ann"]
    assert window.model.index(0, Column.PACKER).data() == "Ann"

    today = QDate.currentDate()
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        filters.since.setDate(today.addDays(-3))
        filters.until.setDate(today.addDays(-1))
        filters.dated.setChecked(True)
    assert window.model.total == 0  # both scans are from today
    with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
        filters.until.setDate(today)
    assert window.model.total == 1


def test_an_abandoned_packing_shows_its_item_scans_in_the_history(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    workflow = station.workflow
    workflow.settings = workflow.settings.model_copy(update={"item_verification": "on"})
    number = simulator.shippable_order_numbers()[0]
    [order] = [o for o in simulator.seed_data.orders if o["order_number"] == number]
    first_item = order["order_details"]["order_items"][0]
    assert workflow.handle_scan(number).verdict is Verdict.PACKING
    workflow.handle_scan(first_item["ean"])
    workflow.handle_scan("5901234123457")  # not in the order
    workflow.abandon()

    console = make_console()
    window = console.window
    qtbot.waitUntil(window.catches.isVisible, timeout=WAIT_MS)
    assert "caught 1 wrong or extra item" in window.catches.text()
    select_row(qtbot, window, 0)
    history = window.detail.history
    rows = [
        " | ".join(item.text() for column in range(4) if (item := history.item(row, column)) and item.text())
        for row in range(history.rowCount())
    ]
    texts = "\n".join(rows)
    assert "Item packed" in texts
    assert f"{first_item['ean']} ×1" in texts
    assert "Wrong item" in texts
    assert "Packing given up" in texts
    assert rows.index(next(r for r in rows if "Order found" in r)) < rows.index(
        next(r for r in rows if "Item packed" in r)
    )


def test_the_station_filter_offers_the_warehouses_stations(qtbot: QtBot) -> None:
    """On a shared journal the console shows every station's failures; the station field offers
    the stations that wrote, and filters by the one typed (issue 19)."""
    bar = FilterBar(debounce_ms=20)
    qtbot.addWidget(bar)
    bar.offer_stations(("Station 1", "Station 3", "Station 12"))
    completer = bar.station.completer()
    assert completer is not None
    assert completer.model().rowCount() == 3
    completer.setCompletionPrefix("3")
    assert completer.currentCompletion() == "Station 3"
    with qtbot.waitSignal(bar.filter_changed) as changed:
        bar.station.setText("Station 3")
    assert changed.args[0].station == "Station 3"


def test_an_order_in_boxes_shows_every_boxs_parcel_and_print(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    """Issue 18: the label call's parcels, one per box, and each box's print in the history; box 2's
    print failed (the printer refused the connection), so the order is in the console."""
    simulator, printer = station.simulator, station.virtual_printer
    assert simulator is not None
    assert printer is not None
    workflow = station.workflow
    workflow.settings = workflow.settings.model_copy(
        update={"ship_with": ShipWithSetting(shipping_option_code="postnl:standard")}
    )
    workflow.weight_limits = {"postnl:standard": WeightLimits(multicollo=True)}
    order = order_with_lines(simulator, 2)
    lines = order["order_details"]["order_items"]
    boxes = [
        Box({str(line["item_id"]): line["quantity"] for line in part}) for part in (lines[:1], lines[1:])
    ]
    record_box = workflow.journal.record_box

    def printer_off_after_box_1(*args: Any, **kwargs: Any) -> Any:
        recorded = record_box(*args, **kwargs)
        if recorded.box == 1 and recorded.printed:
            printer.refuse_connections(True)
        return recorded

    workflow.journal.record_box = printer_off_after_box_1  # type: ignore[method-assign]
    try:
        verdict = workflow.handle_scan(order["order_number"], boxes=boxes)
    finally:
        printer.refuse_connections(False)
        workflow.journal.record_box = record_box  # type: ignore[method-assign]
    assert verdict.verdict is Verdict.ATTENTION, verdict.message
    parcels = ", ".join(str(parcel) for parcel in verdict.parcels)

    console = make_console()
    window = console.window
    assert window.model.rowCount() == 1
    select_row(qtbot, window, 0)
    history = window.detail.history
    rows = [
        tuple(item.text() if (item := history.item(row, column)) else "" for column in range(4))
        for row in range(history.rowCount())
    ]
    [created] = [row for row in rows if row[1] == "Label created"]
    assert created[3] == parcels
    [printed] = [row for row in rows if row[1].startswith("Box ")]
    assert printed[1:] == ("Box 1 printed", "", str(verdict.parcels[0]))
