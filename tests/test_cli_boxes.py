"""`packstation ship ORDER_NUMBER --boxes FILE.json` (issue 18): one order, several boxes, a label per
box printed in box order. In-process, against the simulator on loopback and the virtual printer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.cli import main
from packstation.journal import Journal, Stage
from packstation.paths import station_paths
from packstation.station.shipping_limits import WeightLimits, limits_of, save_weight_limits
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY
from tests.multicollo import boxes_file, order_with_lines

ASYNC = ("POST", "/orders/create-labels-async")


@pytest.fixture
def station(monkeypatch: pytest.MonkeyPatch, station_home: Path, simulator: Simulator) -> Path:
    """A station whose shipping option takes several boxes (cached as when a lead saved it)."""
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)
    paths = station_paths().create()
    paths.settings_file.write_text(json.dumps({"ship_with": {"shipping_option_code": "postnl:standard"}}))
    save_weight_limits(paths.shipping_limits_file, limits_of(simulator.shipping_options()))
    return station_home


@pytest.fixture
def printer() -> Iterator[VirtualPrinter]:
    with VirtualPrinter() as virtual:
        yield virtual


def ship(simulator: Simulator, number: str, *extra: str) -> int:
    return main(["ship", number, "--api-url", simulator.base_url, "--mime-type", "zpl", *extra])


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.usefixtures("station")
def test_each_box_gets_its_label_printed_in_box_order(
    count: int,
    simulator: Simulator,
    printer: VirtualPrinter,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    order = order_with_lines(simulator, count)
    path = boxes_file(tmp_path, order, count)
    assert ship(simulator, order["order_number"], "--boxes", str(path), "--printer", printer.url) == 0
    out = capsys.readouterr().out
    assert f"{count} labels for {order['order_number']} printed, one per box." in out
    made = simulator.backend.parcels()
    assert len(made) == count
    assert len({parcel.shipment_id for parcel in made}) == 1  # one shipment, a parcel per box
    assert simulator.count(*ASYNC) == 1
    jobs = printer.wait_for_jobs(count, timeout=5)
    with Journal.open(station_paths().journal_file, "check") as journal:
        [attempt] = journal.attempts()
        boxes = journal.boxes(attempt.id)
        assert attempt.stage is Stage.PRINTED
        assert attempt.print_count == 1
    assert [box.box for box in boxes] == list(range(1, count + 1))
    assert all(box.printed and box.label_path is not None and box.label_path.exists() for box in boxes)
    by_id = {parcel.id: parcel for parcel in made}
    for number, (box, job) in enumerate(zip(boxes, jobs, strict=True), start=1):
        parcel = by_id[box.parcel_id]
        assert parcel.weight_kg == pytest.approx(number + 0.5)  # the box's own weight went with it
        assert parcel.tracking_number.encode() in job.data  # box k's label was the k-th print
    assert f"  parcels    {', '.join(str(box.parcel_id) for box in boxes)}" in out


@pytest.mark.usefixtures("station")
def test_a_refused_box_voids_the_others_and_the_console_lists_it(
    simulator: Simulator,
    printer: VirtualPrinter,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    order = order_with_lines(simulator, 2)
    # Box 2 is larger than the carrier takes: Sendcloud refuses that parcel and makes box 1's.
    path = boxes_file(tmp_path, order, 2, box2={"dimensions": "300x200x100cm"})
    assert ship(simulator, order["order_number"], "--boxes", str(path), "--printer", printer.url) == 1
    err = capsys.readouterr().err
    assert "box 2:" in err
    assert "are cancelled; no box has a label" in err
    [made] = simulator.backend.parcels()
    assert made.status_code == "CANCELLED"
    assert printer.jobs() == []
    with Journal.open(station_paths().journal_file, "check") as journal:
        [failed] = journal.attempts()
        assert failed.stage is Stage.FAILED
        assert failed.error_code == "sendcloud_carrier_refused"
        assert "box 2" in (failed.error_message or "")
        assert journal.label_for_order(order["order_number"]) is None  # nothing live to reprint
    # Fixed, the order ships: the voided parcel did not count as "already shipped".
    fixed = boxes_file(tmp_path, order, 2)
    assert ship(simulator, order["order_number"], "--boxes", str(fixed), "--printer", printer.url) == 0
    assert len(printer.wait_for_jobs(2, timeout=5)) == 2


def test_boxes_that_do_not_hold_the_order_exit_2_and_pay_nothing(
    simulator: Simulator, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order = order_with_lines(simulator, 2)
    first = order["order_details"]["order_items"][0]
    path = tmp_path / "short.json"
    path.write_text(
        json.dumps([{"items": {str(first["item_id"]): first["quantity"]}}, {"items": {"not-on-it": 1}}])
    )
    assert ship(simulator, order["order_number"], "--boxes", str(path)) == 2
    err = capsys.readouterr().err
    assert "holds item 'not-on-it', which is not on the order" in err
    assert simulator.count(*ASYNC) == 0


def test_an_option_without_multicollo_is_named_and_nothing_is_paid(
    simulator: Simulator, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = station_paths()
    save_weight_limits(paths.shipping_limits_file, {"postnl:standard": WeightLimits()})
    order = order_with_lines(simulator, 2)
    assert ship(simulator, order["order_number"], "--boxes", str(boxes_file(tmp_path, order, 2))) == 1
    err = capsys.readouterr().err
    assert "cannot ship one order in several boxes (no multicollo)" in err
    assert "[multicollo_not_offered]" in err
    assert simulator.count(*ASYNC) == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not JSON"),
        ('{"weight": "1kg"}', "must hold a list of boxes"),
        ('[{"items": {"A": 1}}]', "give 2 to 50 boxes, not 1"),
        ('[{"items": {"A": 1}}, {"items": {"B": 0}}]', "box 2: item 'B' must have a whole number"),
        (
            '[{"items": {"A": 1}, "weight": "1 stone"}, {"items": {"B": 1}}]',
            "box 1: '1 stone' is not a weight",
        ),
        ('[{"items": {"A": 1}, "colour": "red"}, {"items": {"B": 1}}]', "unknown field 'colour'"),
    ],
)
@pytest.mark.usefixtures("station")
def test_a_bad_boxes_file_exits_2_with_the_reason(
    simulator: Simulator,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str,
    reason: str,
) -> None:
    path = tmp_path / "boxes.json"
    path.write_text(content)
    with pytest.raises(SystemExit) as exited:
        ship(simulator, "ANY-1", "--boxes", str(path))
    assert exited.value.code == 2
    assert reason in capsys.readouterr().err
    assert simulator.count(*ASYNC) == 0


def test_boxes_exclude_a_typed_weight(
    simulator: Simulator, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order = order_with_lines(simulator, 2)
    with pytest.raises(SystemExit) as exited:
        ship(
            simulator,
            order["order_number"],
            "--boxes",
            str(boxes_file(tmp_path, order, 2)),
            "--weight",
            "2kg",
        )
    assert exited.value.code == 2
    assert "not allowed with argument --boxes" in capsys.readouterr().err


def test_output_writes_each_boxs_label(
    simulator: Simulator, station: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order = order_with_lines(simulator, 2)
    output = tmp_path / "out" / "label.zpl"
    output.parent.mkdir()
    path = boxes_file(tmp_path, order, 2)
    assert ship(simulator, order["order_number"], "--boxes", str(path), "--output", str(output)) == 0
    assert (output.parent / "label-box1.zpl").read_bytes().startswith(b"^XA")
    assert (output.parent / "label-box2.zpl").read_bytes().startswith(b"^XA")


def test_training_ships_an_order_in_boxes_with_an_option_that_takes_them(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ship --training --boxes`: training names no shipping option (Sendcloud's defaults choose),
    so for several boxes it ships with its practice option, which takes them."""
    from packstation.training.seed import make_seed_data
    from packstation.training.simulator import SimulatorConfig

    seed = make_seed_data(SimulatorConfig(public_key="-", secret_key="-").seed)
    order = next(
        order
        for order in seed.orders
        if order["shipping_address"]["country_code"] == "NL"
        and len(order["order_details"]["order_items"]) >= 2
        and order["order_number"] not in seed.unshippable_reasons
        and order["order_number"] not in seed.duplicate_order_numbers
    )
    path = boxes_file(tmp_path, order, 2)
    assert main(["ship", order["order_number"], "--training", "--boxes", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"2 labels for {order['order_number']} printed, one per box." in out
    # A scan of it now is "already shipped": its labels are made.
    assert main(["ship", order["order_number"], "--training", "--boxes", str(path)]) == 4
