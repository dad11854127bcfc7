"""The console's actions over the real review, simulator and virtual printer: fix then retry,
reprint, batch retry of selected rows, void, resolve, and the lead's refusal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from packstation.app.station import Station
from packstation.journal import Attempt
from packstation.qt.console.actions import ActionResult
from packstation.qt.console.dialogs import ConfirmDialog, FixOrderDialog, NoteDialog
from packstation.qt.console.window import ConsoleWindow
from packstation.station.review import BatchOutcome, VoidOutcome
from packstation.station.workflow import ScanVerdict, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.order_reading import order_integration_id
from packstation.training.simulator import Simulator
from tests.qt.console.conftest import LEAD, ConsoleFactory, missing_house_number
from tests.qt.driving import WAIT_MS

SYNC = "/orders/create-label-sync"
ASYNC = "/orders/create-labels-async"


def select(window: ConsoleWindow, *order_numbers: str) -> list[Attempt]:
    selection = window.table.selectionModel()
    selection.clearSelection()
    chosen = []
    for row, attempt in enumerate(window.model.loaded()):
        if attempt.order_number in order_numbers:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(window.model.index(row, 0), flags)
            chosen.append(attempt)
    assert len(chosen) == len(order_numbers)
    return chosen


def finished(qtbot: QtBot, window: ConsoleWindow, trigger: Callable[[], object]) -> ActionResult:
    """Run `trigger` and wait for the action's result, then for the table's reload it started."""
    with qtbot.waitSignal(window.action_finished, timeout=WAIT_MS) as blocker:
        trigger()
    reloaded(qtbot, window)
    result = blocker.args[0]
    assert isinstance(result, ActionResult)
    return result


def reloaded(qtbot: QtBot, window: ConsoleWindow) -> None:
    if window.model.reloading:
        with qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS):
            pass


def opened_dialog(qtbot: QtBot, window: ConsoleWindow, trigger: Callable[[], object]) -> object:
    with qtbot.waitSignal(window.review_actions.dialog_opened, timeout=WAIT_MS) as blocker:
        trigger()
    return blocker.args[0]


def test_fix_the_address_then_retry_prints_the_label(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    assert station.virtual_printer is not None
    order = missing_house_number(simulator)[0]
    assert station.workflow.handle_scan(order).verdict is Verdict.FAILED
    console = make_console()
    window = console.window
    select(window, order)
    assert window.fix_action.isEnabled()

    dialog = opened_dialog(qtbot, window, window.fix_action.trigger)
    assert isinstance(dialog, FixOrderDialog)
    assert dialog.address["house_number"].styleSheet()  # the field the API named is highlighted
    dialog.address["house_number"].setText("12")
    fixed = finished(qtbot, window, dialog.accept)
    assert fixed.ok, fixed.text
    assert console.lead_asked

    labels, prints = simulator.labels_created(), station.virtual_printer.jobs_received
    select(window, order)
    result = finished(qtbot, window, window.retry_action.trigger)
    assert result.ok, result.text
    assert isinstance(result.value, ScanVerdict)
    assert result.value.verdict is Verdict.SUCCESS
    assert simulator.labels_created() == labels + 1
    assert station.virtual_printer.jobs_received == prints + 1
    assert order not in {attempt.order_number for attempt in window.model.loaded()}  # no longer failed


def _label_saved_but_not_printed(station: Station, simulator: Simulator) -> str:
    """The printer drops the connection mid-job: the label exists and is saved, not confirmed."""
    assert station.virtual_printer is not None
    order = simulator.shippable_order_numbers()[0]
    station.virtual_printer.drop_next_after(100)
    assert station.workflow.handle_scan(order).code == "print_unconfirmed"
    station.virtual_printer.clear_faults()
    return order


def test_reprint_fetches_the_existing_label_and_never_makes_a_new_one(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    assert station.virtual_printer is not None
    order = _label_saved_but_not_printed(station, simulator)
    console = make_console()
    window = console.window
    select(window, order)
    assert window.reprint_action.isEnabled()
    labels, prints = simulator.labels_created(), station.virtual_printer.jobs_received

    result = finished(qtbot, window, window.reprint_action.trigger)
    assert result.ok, result.text
    assert simulator.labels_created() == labels
    assert station.virtual_printer.jobs_received == prints + 1


def test_batch_retry_of_twenty_selected_rows_prints_seventeen_and_names_the_three_refused(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    assert station.virtual_printer is not None
    shippable = set(simulator.shippable_order_numbers())
    by_shop: dict[int | None, list[str]] = {}
    for seeded in simulator.seed_data.orders:
        if seeded["order_number"] in shippable:
            by_shop.setdefault(order_integration_id(seeded), []).append(str(seeded["order_number"]))
    orders = max(by_shop.values(), key=len)[:20]
    assert len(orders) == 20
    simulator.faults.add(Fault(FaultKind.STATUS, path=SYNC, status=400, times=None))  # refused: no label
    for order in orders:
        assert station.workflow.handle_scan(order).verdict is Verdict.FAILED
    simulator.faults.clear()
    refused = orders[3], orders[10], orders[17]
    for order in refused:  # the carrier refuses these inside the batch; the rest ship
        simulator.faults.add(Fault(FaultKind.REFUSE_ORDER, path=ASYNC, order_number=order))
    console = make_console()
    window = console.window
    select(window, *orders)
    assert window.batch_action.isEnabled()
    labels, prints = simulator.labels_created(), station.virtual_printer.jobs_received

    result = finished(qtbot, window, window.batch_action.trigger)
    assert not result.ok  # three orders failed: the result says so
    outcome = result.value
    assert isinstance(outcome, BatchOutcome)
    assert outcome.printed == 17
    errors = {item.order_number: item.error for item in outcome.items if item.error is not None}
    assert sorted(errors) == sorted(refused)
    for order in refused:
        assert order in result.text  # each error is shown next to its order
    assert simulator.labels_created() == labels + 17
    assert station.virtual_printer.jobs_received == prints + 17
    assert {attempt.order_number for attempt in window.model.loaded()} == set(refused)
    assert console.lead_asked == ["asked"]


def test_batch_retry_refuses_orders_of_two_shops_before_asking_anyone(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    by_shop: dict[int | None, str] = {}
    for number in missing_house_number(simulator):
        shop = next(
            order_integration_id(o) for o in simulator.seed_data.orders if o["order_number"] == number
        )
        by_shop.setdefault(shop, number)
    assert len(by_shop) >= 2
    two = list(by_shop.values())[:2]
    for order in two:
        station.workflow.handle_scan(order)
    console = make_console()
    window = console.window
    chosen = select(window, *two)
    assert not window.batch_action.isEnabled()
    with qtbot.waitSignal(window.action_finished, timeout=WAIT_MS) as blocker:
        window.review_actions.retry_batch(chosen)
    assert not blocker.args[0].ok
    assert "one shop" in blocker.args[0].text
    assert console.lead_asked == []


def test_void_says_cancelling_is_free_only_on_the_day_of_creation(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    order = _label_saved_but_not_printed(station, simulator)
    console = make_console()
    window = console.window
    (chosen,) = select(window, order)
    dialog = opened_dialog(qtbot, window, window.void_action.trigger)
    assert isinstance(dialog, ConfirmDialog)
    assert "free only on the day" in dialog.text.text()
    result = finished(qtbot, window, dialog.accept)
    assert result.ok, result.text
    assert isinstance(result.value, VoidOutcome)
    assert result.text == result.value.message
    assert station.workflow.journal.attempt(chosen.id).voided_at is not None
    assert order not in {attempt.order_number for attempt in window.model.loaded()}


def test_delete_an_order_cancelled_upstream(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    order = missing_house_number(simulator)[0]
    station.workflow.handle_scan(order)
    console = make_console()
    window = console.window
    select(window, order)
    dialog = opened_dialog(qtbot, window, window.delete_action.trigger)
    assert isinstance(dialog, ConfirmDialog)
    result = finished(qtbot, window, dialog.accept)
    assert result.ok, result.text
    assert simulator.count("DELETE", "/orders/{id}") == 1
    assert station.workflow.client.list_orders(order_number=order).items == ()
    assert window.model.total == 0  # resolved as "cancelled upstream": no longer a failed shipment


def test_mark_resolved_needs_a_note_and_removes_the_row(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    station.workflow.handle_scan("NO-SUCH-ORDER-9")
    console = make_console()
    window = console.window
    window.table.selectRow(0)
    dialog = opened_dialog(qtbot, window, window.resolve_action.trigger)
    assert isinstance(dialog, NoteDialog)
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.note() == ""
    dialog.editor.setPlainText("Customer picked it up at the desk.")
    with (
        qtbot.waitSignal(window.action_finished, timeout=WAIT_MS) as blocker,
        qtbot.waitSignal(window.rows_shown, timeout=WAIT_MS),
    ):
        dialog.accept()
    assert blocker.args[0].ok, blocker.args[0].text
    assert window.model.total == 0
    audit = station.workflow.journal.audit_log()
    assert any(entry.actor == LEAD for entry in audit)


def test_a_refused_lead_changes_nothing(qtbot: QtBot, station: Station, make_console: ConsoleFactory) -> None:
    simulator = station.simulator
    assert simulator is not None
    order = missing_house_number(simulator)[0]
    station.workflow.handle_scan(order)
    console = make_console(lead=None)
    window = console.window
    select(window, order)
    labels = simulator.labels_created()
    with qtbot.waitSignal(window.action_finished, timeout=WAIT_MS) as blocker:
        window.retry_action.trigger()
    assert not blocker.args[0].ok
    assert console.lead_asked == ["asked"]
    assert simulator.labels_created() == labels
    assert window.model.total == 1


def test_a_second_label_overrides_the_guard_for_an_already_shipped_row_only_after_confirming(
    qtbot: QtBot, station: Station, make_console: ConsoleFactory
) -> None:
    simulator = station.simulator
    assert simulator is not None
    workflow = station.workflow
    order = simulator.shippable_order_numbers()[5]
    assert workflow.handle_scan(order).verdict is Verdict.SUCCESS
    again = workflow.ship_attempt(workflow.journal.start_attempt(order), order)  # a later scan
    assert again.code == "already_shipped"
    console = make_console()
    window = console.window
    select(window, order)
    assert window.second_label_action.isEnabled()
    dialog = opened_dialog(qtbot, window, window.second_label_action.trigger)
    assert isinstance(dialog, ConfirmDialog)
    assert simulator.labels_created() == 1  # nothing is paid for before the lead confirms
    result = finished(qtbot, window, dialog.accept)
    assert result.ok, result.text
    assert simulator.labels_created() == 2
    actions = [(entry.actor, entry.action) for entry in workflow.journal.audit_log()]
    assert (LEAD, "override_already_shipped") in actions
