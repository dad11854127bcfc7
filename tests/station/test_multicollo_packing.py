"""Several boxes, one order, packed at the bench (issue 18): the new-box key and barcode, box sizes,
the refusals, and closed boxes that survive a park, a resume and a restart.

Over real sockets like the rest of tests/station: the simulator, the virtual printer, a journal.
The end-to-end tests go through the lead's `make_box_labels`; the flow's own tests record what the
flow hands it (`Recording`), so they hold whatever the label steps do."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from packstation.error_codes import ErrorCode
from packstation.journal import AttemptId, Journal
from packstation.printing.printer import LabelPrinter
from packstation.scales import VirtualScale, Weight
from packstation.sendcloud import Order, SendcloudClient
from packstation.settings import BoxSizeSetting, StationSettings
from packstation.station.boxes import NEW_BOX_CODE, Box
from packstation.station.shipping_limits import limits_of
from packstation.station.verdicts import OrderSummary
from packstation.station.workflow import ScanVerdict, StationWorkflow, Verdict
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.station.conftest import FakeClock, zpl_workflow

SIZES = (
    BoxSizeSetting(name="S", length_cm=20, width_cm=15, height_cm=10, barcode="BOX-S", shortcut="1"),
    BoxSizeSetting(name="M", length_cm=30, width_cm=20, height_cm=15, barcode="BOX-M", shortcut="2"),
)
MULTICOLLO = {
    "item_verification": "on",
    "ship_with": {"shipping_option_code": "postnl:standard"},
    "box_sizes": [size.model_dump() for size in SIZES],
}


@dataclass
class Recording(StationWorkflow):
    """The station, except that the boxes it would label are recorded (the flow's own tests)."""

    sent: list[list[Box]] = field(default_factory=list)

    def make_box_labels(
        self, attempt_id: AttemptId, order: Order, summary: OrderSummary, boxes: Sequence[Box]
    ) -> ScanVerdict:
        self.sent.append(list(boxes))
        return self.finish(ScanVerdict(Verdict.SUCCESS, "recorded", attempt_id=attempt_id, order=summary))


def _station(
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
    tmp_path: Path,
    simulator: Simulator,
    *,
    kind: type[StationWorkflow] = StationWorkflow,
    **settings: Any,
) -> Any:
    base = zpl_workflow(
        client, journal, printer, tmp_path / "labels", emit=lambda _: None, sleep=lambda _: None
    )
    chosen = StationSettings.model_validate({**base.settings.model_dump(), **MULTICOLLO, **settings})
    assert chosen.printer is not None
    return kind(
        client=client,
        journal=journal,
        label_store=tmp_path / "labels",
        settings=chosen,
        printer=LabelPrinter(chosen.printer),
        sleep=lambda _: None,
        clock=FakeClock(),
        weight_limits=limits_of(simulator.shipping_options()),
    )


def _raw(simulator: Simulator, number: str) -> dict[str, Any]:
    return next(o for o in simulator.seed_data.orders if o["order_number"] == number)


def _units(simulator: Simulator, number: str) -> list[str]:
    """One scan per unit of the order, line by line (its EAN, or its SKU where it has none)."""
    return [
        str(line.get("ean") or line["sku"])
        for line in _raw(simulator, number)["order_details"]["order_items"]
        for _ in range(line["quantity"])
    ]


def _order(simulator: Simulator, units: int, skip: int = 0) -> str:
    """A shippable order to NL or BE (PostNL Standard's countries) of at least `units` pieces, on
    lines of few pieces each (so the boxes can split them)."""
    numbers = [
        n
        for n in simulator.shippable_order_numbers()
        if _raw(simulator, n)["shipping_address"]["country_code"] in ("NL", "BE")
        and units <= len(_units(simulator, n)) <= 8
    ]
    return numbers[skip]


@pytest.fixture
def recording(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> Recording:
    station: Recording = _station(client, journal, printer, tmp_path, simulator, kind=Recording)
    return station


# ------------------------------------------------------------------ end to end (the lead's label steps)


@pytest.mark.parametrize(("count", "closer"), [(2, "key"), (3, "barcode")])
def test_an_order_packed_in_boxes_leaves_with_a_label_per_box_in_box_order(
    *,
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
    tmp_path: Path,
    simulator: Simulator,
    count: int,
    closer: str,
) -> None:
    station: StationWorkflow = _station(client, journal, printer, tmp_path, simulator)
    number = _order(simulator, count)
    units = _units(simulator, number)
    assert station.handle_scan(number).verdict is Verdict.PACKING
    # Boxes 1 … count-1 hold one piece each, each in its own size; the last box holds the rest.
    for box in range(count - 1):
        station.handle_scan(SIZES[box % 2].barcode or "")
        assert station.handle_scan(units[box]).code == ErrorCode.ITEM_PACKED
        closed = station.new_box() if closer == "key" else station.handle_scan(NEW_BOX_CODE)
        assert (closed.verdict, closed.code) == (Verdict.PACKING, ErrorCode.NEXT_BOX), closed.message
    station.choose_box_size("2")
    verdicts = [station.handle_scan(code) for code in units[count - 1 :]]

    done = verdicts[-1]
    assert done.verdict is Verdict.SUCCESS, done.message
    parcels = done.parcels
    assert len(parcels) == count
    assert done.parcel_id == parcels[0]
    made = {parcel.id: parcel for parcel in simulator.backend.parcels()}
    assert len(made) == count
    lines = _raw(simulator, number)["order_details"]["order_items"]
    item_of = {str(line.get("ean") or line["sku"]): line["item_id"] for line in lines}
    assert [made[p].parcel_items for p in parcels[:-1]] == [
        ((item_of[units[b]], 1),) for b in range(count - 1)
    ]
    assert len(printer.wait_for_jobs(count)) == count
    assert station.open_order is None


# ------------------------------------------------------------------ the flow (what it hands the label steps)


def test_each_box_holds_what_was_verified_into_it_with_its_size(
    recording: Recording, simulator: Simulator, journal: Journal
) -> None:
    number = _order(simulator, 3)
    first, second, *rest = _units(simulator, number)
    opened = recording.handle_scan(number)
    recording.handle_scan(first)
    assert recording.choose_box_size("1").code == ErrorCode.BOX_SIZE_CHOSEN  # by its key
    recording.new_box()
    recording.handle_scan(second)
    by_barcode = recording.handle_scan("BOX-M")  # by its barcode, scanned into the scan field
    assert (by_barcode.code, by_barcode.reference) == (ErrorCode.BOX_SIZE_CHOSEN, "M (30 x 20 x 15 cm)")
    after = recording.handle_scan(NEW_BOX_CODE)
    assert after.checklist is not None
    assert (after.checklist.box, [b.pieces for b in after.checklist.closed_boxes]) == (3, [1, 1])
    recording.choose_box_size("1")
    for code in rest:
        recording.handle_scan(code)

    [boxes] = recording.sent
    assert [box.size_name for box in boxes] == ["S", "M", "S"]
    assert [str(box.dimensions) for box in boxes] == ["20 x 15 x 10 cm", "30 x 20 x 15 cm", "20 x 15 x 10 cm"]
    assert [box.pieces for box in boxes] == [1, 1, len(rest)]
    assert sum(box.pieces for box in boxes) == len(_units(simulator, number))
    assert opened.attempt_id is not None
    outcomes = [r.outcome for r in journal.item_scans(opened.attempt_id)]
    assert outcomes.count("box_closed") == 3
    assert outcomes.count("box_size") == 3


def test_each_box_is_weighed_on_its_own(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    station: Recording = _station(
        client, journal, printer, tmp_path, simulator, kind=Recording, box_sizes=[SIZES[0].model_dump()]
    )
    scale = VirtualScale()
    station.scale = scale
    number = _order(simulator, 2)
    first, *rest = _units(simulator, number)
    station.handle_scan(number)
    station.handle_scan(first)
    scale.set_weight("1.2")
    assert station.new_box().code == ErrorCode.NEXT_BOX  # the station's only size: no choice needed
    for code in rest[:-1]:
        station.handle_scan(code)
    # The last box on the scale without the scale changing: box 1's weight is never box 2's.
    station.scale.timeouts = type(scale.timeouts)(stability=0.2)
    refused = station.handle_scan(rest[-1])
    assert refused.verdict is Verdict.FAILED
    assert station.sent == []
    assert station.open_order is not None
    scale.set_weight("0.8")
    done = station.handle_scan(number)  # the order's number weighs the last box again
    assert done.verdict is Verdict.SUCCESS, done.message
    [boxes] = station.sent
    assert [box.weight for box in boxes] == [Weight(Decimal("1.2"), "kg"), Weight(Decimal("0.8"), "kg")]


def test_a_box_is_not_closed_empty_nor_without_its_size(recording: Recording, simulator: Simulator) -> None:
    number = _order(simulator, 2)
    first = _units(simulator, number)[0]
    recording.handle_scan(number)
    empty = recording.new_box()
    assert (empty.verdict, empty.code) == (Verdict.FAILED, ErrorCode.BOX_EMPTY)
    recording.handle_scan(first)
    no_size = recording.new_box()  # two sizes at this station, none chosen
    assert (no_size.verdict, no_size.code) == (Verdict.FAILED, ErrorCode.BOX_SIZE_NEEDED)
    assert "Ctrl+1" in no_size.message
    unknown = recording.choose_box_size("7")
    assert (unknown.verdict, unknown.code) == (Verdict.FAILED, ErrorCode.BOX_SIZE_UNKNOWN)
    assert no_size.checklist is not None
    assert no_size.checklist.closed_boxes == ()
    assert recording.open_order is not None
    assert recording.open_order.boxes == []


def test_the_last_box_waits_for_its_size_then_its_size_or_f3_finishes_the_order(
    recording: Recording, simulator: Simulator
) -> None:
    number = _order(simulator, 2)
    first, *rest = _units(simulator, number)
    recording.handle_scan(number)
    recording.choose_box_size("1")
    recording.handle_scan(first)
    recording.new_box()
    for code in rest[:-1]:
        recording.handle_scan(code)
    waiting = recording.handle_scan(rest[-1])  # the last item: box 2 has no size yet
    assert (waiting.verdict, waiting.code) == (Verdict.FAILED, ErrorCode.BOX_SIZE_NEEDED)
    assert recording.sent == []
    again = recording.new_box()  # F3 again: still no size, still refused, nothing closed twice
    assert again.code == ErrorCode.BOX_SIZE_NEEDED
    assert recording.open_order is not None
    assert len(recording.open_order.boxes) == 1

    done = recording.choose_box_size("2")  # the size was all it waited for

    assert done.verdict is Verdict.SUCCESS
    [boxes] = recording.sent
    assert [(box.size_name, box.pieces) for box in boxes] == [("S", 1), ("M", len(rest))]


def test_the_new_box_barcode_without_an_order_open_says_so(
    recording: Recording, simulator: Simulator
) -> None:
    verdict = recording.handle_scan(NEW_BOX_CODE)
    assert (verdict.verdict, verdict.code) == (Verdict.FAILED, ErrorCode.PACKING_NOT_OPEN)
    assert simulator.count("GET", "/orders") == 0  # never looked up as an order number


def test_an_option_without_multicollo_is_refused_and_the_packer_told_why(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    station: Recording = _station(
        client,
        journal,
        printer,
        tmp_path,
        simulator,
        kind=Recording,
        ship_with={"shipping_option_code": "postnl:mailbox"},
    )
    number = _order(simulator, 2)
    opened = station.handle_scan(number)
    station.handle_scan(_units(simulator, number)[0])
    refused = station.new_box()
    assert (refused.verdict, refused.code) == (Verdict.FAILED, ErrorCode.MULTICOLLO_NOT_OFFERED)
    assert "no multicollo" in refused.message
    assert refused.checklist is not None  # the order stays open: it is packed in one box
    assert opened.attempt_id is not None
    assert "box_closed" not in [r.outcome for r in journal.item_scans(opened.attempt_id)]


def test_a_line_without_an_item_id_is_refused_and_the_packer_told_which(
    recording: Recording, simulator: Simulator, client: SendcloudClient
) -> None:
    seed = copy.deepcopy(_raw(simulator, _order(simulator, 2)))
    seed.pop("id", None)
    seed["order_id"] = "NO-ITEM-ID-1"
    seed["order_number"] = "NO-ITEM-ID-1"
    del seed["order_details"]["order_items"][0]["item_id"]
    response = simulator.backend.upsert_orders([seed])
    assert response.status < 300, response.body
    recording.handle_scan("NO-ITEM-ID-1")
    recording.handle_scan(_units(simulator, _order(simulator, 2))[0])
    refused = recording.new_box()
    assert (refused.verdict, refused.code) == (Verdict.FAILED, ErrorCode.MULTICOLLO_NO_ITEM_ID)
    assert refused.reference == seed["order_details"]["order_items"][0]["name"]


def test_closed_boxes_survive_a_park_and_a_resume(recording: Recording, simulator: Simulator) -> None:
    number, other = _order(simulator, 3), _order(simulator, 2, skip=1)
    first, second, *rest = _units(simulator, number)
    recording.handle_scan(number)
    recording.handle_scan(first)
    recording.choose_box_size("2")
    recording.new_box()
    recording.handle_scan(second)
    recording.choose_box_size("1")  # chosen for box 2, not closed yet
    parked = recording.handle_scan(other)  # parks the first order
    assert parked.checklist is not None
    assert parked.checklist.order_number == other

    resumed = recording.handle_scan(number)

    assert resumed.checklist is not None
    assert [(b.number, b.pieces, b.size) for b in resumed.checklist.closed_boxes] == [
        (1, 1, "M (30 x 20 x 15 cm)")
    ]
    assert (resumed.checklist.box, resumed.checklist.box_size) == (2, "S (20 x 15 x 10 cm)")
    for code in rest:
        recording.handle_scan(code)
    [boxes] = recording.sent
    assert [(box.size_name, box.pieces) for box in boxes] == [("M", 1), ("S", 1 + len(rest))]


def test_closed_boxes_survive_a_restart(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    number = _order(simulator, 2)
    first, *rest = _units(simulator, number)
    before: Recording = _station(client, journal, printer, tmp_path, simulator, kind=Recording)
    before.handle_scan(number)
    before.handle_scan(first)
    before.choose_box_size("1")
    before.new_box()
    after: Recording = _station(client, journal, printer, tmp_path, simulator, kind=Recording)

    resumed = after.handle_scan(number)

    assert resumed.checklist is not None
    assert [b.pieces for b in resumed.checklist.closed_boxes] == [1]
    after.choose_box_size("2")
    for code in rest:
        after.handle_scan(code)
    [boxes] = after.sent
    assert [(box.size_name, box.pieces) for box in boxes] == [("S", 1), ("M", len(rest))]


def test_skipping_the_rest_with_boxes_closed_puts_it_in_the_last_box(
    recording: Recording, simulator: Simulator, journal: Journal
) -> None:
    number = _order(simulator, 3)
    first, second, *rest = _units(simulator, number)
    opened = recording.handle_scan(number)
    recording.handle_scan(first)
    recording.choose_box_size("1")
    recording.new_box()
    recording.handle_scan(second)
    recording.choose_box_size("2")

    done = recording.skip_verification()

    assert done.verdict is Verdict.SUCCESS
    [boxes] = recording.sent
    assert [box.pieces for box in boxes] == [1, 1 + len(rest)]
    assert opened.attempt_id is not None
    [skipped] = [r for r in journal.item_scans(opened.attempt_id) if r.outcome == "skipped"]
    assert skipped.reason is not None
    assert "last box, box 2" in skipped.reason


def test_a_leads_force_with_boxes_closed_puts_the_rest_in_the_last_box_and_says_so(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, simulator: Simulator
) -> None:
    station: Recording = _station(
        client, journal, printer, tmp_path, simulator, kind=Recording, item_verification="required"
    )
    number = _order(simulator, 3)
    first, _second, *rest = _units(simulator, number)
    opened = station.handle_scan(number)
    station.handle_scan(first)
    station.choose_box_size("2")
    station.new_box()
    station.choose_box_size("1")  # box 2 holds nothing scanned: everything in it is forced

    done = station.force_complete("Sam", "scanner broken")

    assert done.verdict is Verdict.SUCCESS
    [boxes] = station.sent
    assert [(box.size_name, box.pieces) for box in boxes] == [("M", 1), ("S", 1 + len(rest))]
    assert opened.attempt_id is not None
    [forced] = [r for r in journal.item_scans(opened.attempt_id) if r.outcome == "forced"]
    assert forced.reason == "scanner broken. The items not scanned are in the last box, box 2."
