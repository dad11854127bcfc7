"""Weighing in the scan flow, over real sockets: the simulator, the virtual printer, the journal, and
a scale (the training scale, and an MT-SICS balance on a real pseudo-terminal)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from packstation.error_codes import ErrorCode
from packstation.journal import Journal, Stage
from packstation.scales import ScaleTimeouts, VirtualScale, Weight, connect_scale
from packstation.sendcloud import SendcloudClient
from packstation.settings import ShipWithSetting
from packstation.station.shipping_limits import WeightLimits
from packstation.station.verdicts import Event, StageReached, Weighing
from packstation.station.weighing import ParcelWeights, ReadBack
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.scales.devices import SicsBalance
from tests.station.conftest import zpl_workflow

FAST = ScaleTimeouts(read=0.2, stability=0.3, poll=0.01)
PATCH, GET_ONE = ("PATCH", "/orders/{id}"), ("GET", "/orders/{id}")


def kg(value: str) -> Weight:
    return Weight(Decimal(value), "kg")


def _workflow(
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
    tmp_path: Path,
    *,
    events: list[Event] | None = None,
    scale: Any = None,
    **settings: Any,
) -> StationWorkflow:
    sink = events.append if events is not None else (lambda _: None)
    workflow = zpl_workflow(client, journal, printer, tmp_path / "labels", emit=sink, sleep=lambda _: None)
    workflow.settings = workflow.settings.model_copy(update={"scale_stability_seconds": 0.5, **settings})
    workflow.scale = scale if scale is not None else VirtualScale(FAST)
    workflow.read_back = ReadBack(attempts=20, wait=0.01, max_wait=0.05)
    workflow.weights = ParcelWeights.journalled(journal.last_weighing())
    return workflow


@dataclass
class Bench:
    """One station and everything around it: the scale, the simulator, the journal, the printer."""

    client: SendcloudClient
    journal: Journal
    printer: VirtualPrinter
    simulator: Simulator
    tmp_path: Path
    scale: VirtualScale = field(default_factory=lambda: VirtualScale(FAST))
    events: list[Event] = field(default_factory=list)

    def station(self, scale: Any = None, **settings: Any) -> StationWorkflow:
        return _workflow(
            self.client,
            self.journal,
            self.printer,
            self.tmp_path,
            events=self.events,
            scale=scale if scale is not None else self.scale,
            **settings,
        )

    def number(self, index: int = 0) -> str:
        return self.simulator.shippable_order_numbers()[index]


@pytest.fixture
def bench(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, simulator: Simulator, tmp_path: Path
) -> Bench:
    return Bench(client, journal, printer, simulator, tmp_path)


def _nothing(_: object) -> None:
    return None


def _lines(simulator: Simulator, number: str) -> list[dict[str, Any]]:
    [order] = [o for o in simulator.seed_data.orders if o["order_number"] == number]
    return list(order["order_details"]["order_items"])


def test_the_weight_is_sent_read_back_journalled_shown_and_printed(bench: Bench) -> None:
    simulator, journal = bench.simulator, bench.journal
    simulator.backend.patch_save_delay = 0.05  # Sendcloud saves the change a moment later
    bench.scale.set_weight("1.375")
    verdict = bench.station().handle_scan(bench.number())
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.order is not None
    assert verdict.order.weight == kg("1.375")
    assert verdict.order.weight_limit_checked is False  # the station names no shipping option
    assert simulator.count(*PATCH) == 1
    assert simulator.count(*GET_ONE) >= 2  # read until saved
    [parcel] = simulator.backend.parcels()
    assert parcel.content.weight_kg == 1.375  # the label prints the weighed weight
    [job] = bench.printer.wait_for_jobs(1)
    assert b"Weight: 1.38 kg" in job.data
    assert verdict.attempt_id is not None
    [requested] = [e for e in journal.history(verdict.attempt_id) if e.stage is Stage.LABEL_REQUESTED]
    assert requested.fields["weight"] == "1.375 kg"
    assert requested.fields["weight_kg"] == "1.375"
    assert requested.fields["weight_source"] == "scale"
    limit = str(requested.fields["weight_limit"])
    assert limit.startswith("not checked: the station names no shipping option")
    # The weighing came after the order was found and before the label was asked for.
    steps = [e.stage if isinstance(e, StageReached) else "weighing" for e in bench.events[:-1]]
    assert steps.index(Stage.ORDER_FOUND) < steps.index("weighing") < steps.index(Stage.LABEL_REQUESTED)
    assert [e for e in bench.events if isinstance(e, Weighing)] == [Weighing(verdict.attempt_id, "virtual:")]


def test_the_shipping_options_limits_refuse_before_anything_is_paid(bench: Bench) -> None:
    simulator = bench.simulator
    workflow = bench.station(ship_with=ShipWithSetting(shipping_option_code="postnl:standard"))
    workflow.weight_limits = {"postnl:standard": WeightLimits(kg("0.001"), kg("23.001"))}
    workflow.shipping_names = {"postnl:standard": "PostNL Standard"}
    bench.scale.set_weight("31.2")
    heavy = workflow.handle_scan(bench.number(0))
    assert (heavy.verdict, heavy.code) == (Verdict.FAILED, ErrorCode.WEIGHT_OVER_LIMIT)
    assert "PostNL Standard takes at most 23.001 kg" in heavy.message
    assert heavy.order is not None
    assert heavy.order.weight == kg("31.2")
    assert simulator.count(*PATCH) == 0
    assert simulator.labels_created() == 0
    assert bench.journal.claims() == ()  # the order is free again

    bench.scale.set_weight("2.4")
    fine = workflow.handle_scan(bench.number(1))
    assert fine.verdict is Verdict.SUCCESS, fine.message
    assert fine.order is not None
    assert fine.order.weight_limit_checked is True


@pytest.mark.parametrize(
    ("put", "code"),
    [
        (lambda s: s.set_zero(), ErrorCode.SCALE_ZERO),
        (lambda s: s.set_weight("-0.2"), ErrorCode.SCALE_NEGATIVE),
        (lambda s: s.set_overload(), ErrorCode.SCALE_OVERLOAD),
        (lambda s: s.set_weight("1.1", stable=False), ErrorCode.SCALE_UNSTABLE),
    ],
)
def test_no_weight_no_label_and_scanning_again_weighs_again(bench: Bench, put: Any, code: ErrorCode) -> None:
    simulator, workflow = bench.simulator, bench.station()
    put(bench.scale)
    refused = workflow.handle_scan(bench.number())
    assert (refused.verdict, refused.code) == (Verdict.FAILED, code)
    assert simulator.count(*PATCH) == 0
    assert simulator.labels_created() == 0
    assert bench.journal.claims() == ()
    assert refused.attempt_id is not None
    assert bench.journal.attempt(refused.attempt_id).error_code == code

    bench.scale.set_weight("0.9")
    again = workflow.handle_scan(bench.number())
    assert again.verdict is Verdict.SUCCESS, again.message
    assert simulator.labels_created() == 1


def test_the_previous_parcels_weight_is_never_copied(bench: Bench) -> None:
    workflow, scale = bench.station(), bench.scale
    scale.set_weight("1.250")
    assert workflow.handle_scan(bench.number(0)).verdict is Verdict.SUCCESS
    # The packer scans the next order with the last parcel still on the scale.
    unchanged = workflow.handle_scan(bench.number(1))
    assert unchanged.code == ErrorCode.SCALE_UNCHANGED
    assert "previous parcel's weight (1.250 kg)" in unchanged.message
    assert bench.simulator.labels_created() == 1
    # The next parcel, exactly as heavy, put on while the station waits: that is a new reading.
    timer = threading.Timer(0.1, scale.set_weight, ["1.250"])
    timer.start()
    try:
        same = workflow.handle_scan(bench.number(1))
    finally:
        timer.join()
    assert same.verdict is Verdict.SUCCESS, same.message
    # A parcel of another weight is taken at once.
    scale.set_weight("0.400")
    assert workflow.handle_scan(bench.number(2)).verdict is Verdict.SUCCESS
    assert bench.simulator.labels_created() == 3


def test_a_restart_does_not_forget_the_previous_parcel(bench: Bench) -> None:
    bench.scale.set_weight("2.000")
    assert bench.station().handle_scan(bench.number(0)).verdict is Verdict.SUCCESS
    still_on = VirtualScale(FAST)
    still_on.set_weight("2")  # 2 kg: the same parcel, still on the scale
    after = bench.station(scale=still_on)  # a new session on the same journal
    assert after.handle_scan(bench.number(1)).code == ErrorCode.SCALE_UNCHANGED


def test_a_weight_sendcloud_never_saves_makes_no_label(bench: Bench) -> None:
    bench.simulator.backend.patch_save_delay = 60
    workflow = bench.station()
    workflow.read_back = ReadBack(attempts=3, wait=0.01)
    bench.scale.set_weight("3.3")
    refused = workflow.handle_scan(bench.number())
    assert refused.code == ErrorCode.WEIGHT_NOT_SAVED
    assert bench.simulator.count(*GET_ONE) == 3
    assert bench.simulator.labels_created() == 0


def test_verification_weighs_the_packed_box_and_a_refusal_keeps_the_order_open(bench: Bench) -> None:
    simulator, journal = bench.simulator, bench.journal
    workflow = bench.station(item_verification="on")
    number = next(n for n in simulator.shippable_order_numbers() if len(_lines(simulator, n)) >= 2)
    opened = workflow.handle_scan(number)
    assert opened.verdict is Verdict.PACKING
    verdicts = [
        workflow.handle_scan(line["ean"] or line["sku"])
        for line in _lines(simulator, number)
        for _ in range(line["quantity"])
    ]
    last = verdicts[-1]
    # The box is packed, but nothing is on the scale: red, and the order stays open as packed.
    assert (last.verdict, last.code) == (Verdict.FAILED, ErrorCode.SCALE_ZERO)
    assert last.checklist is not None
    assert last.checklist.complete
    assert f"scan order {number} again" in last.message
    assert workflow.open_order is not None
    assert simulator.count(*PATCH) == 0

    bench.scale.set_weight("4.05")
    weighed = workflow.handle_scan(number)  # the order's number again: weigh again, no item rescanned
    assert weighed.verdict is Verdict.SUCCESS, weighed.message
    assert weighed.order is not None
    assert weighed.order.weight == kg("4.05")
    assert simulator.labels_created() == 1
    assert opened.attempt_id is not None
    outcomes = [r.outcome for r in journal.item_scans(opened.attempt_id)]
    assert outcomes.count("weighing_refused") == 1
    assert journal.attempt(opened.attempt_id).stage is Stage.PRINTED


def test_the_consoles_retry_does_not_weigh(bench: Bench) -> None:
    attempt = bench.journal.start_attempt(bench.number())
    verdict = bench.station().ship_attempt(attempt, bench.number())
    assert verdict.verdict is Verdict.SUCCESS, verdict.message  # the scale reads zero: not asked
    assert bench.simulator.count(*PATCH) == 0


def test_a_station_without_a_scale_weighs_nothing(bench: Bench) -> None:
    workflow = zpl_workflow(
        bench.client, bench.journal, bench.printer, bench.tmp_path / "labels", emit=_nothing, sleep=_nothing
    )
    verdict = workflow.handle_scan(bench.number())
    assert verdict.verdict is Verdict.SUCCESS
    assert verdict.order is not None
    assert verdict.order.weight is None
    assert bench.simulator.count(*PATCH) == 0


def test_an_mt_sics_balance_on_a_serial_line_weighs_the_parcel(bench: Bench) -> None:
    with SicsBalance(own_timeout=0.05) as balance:
        balance.put("2.345", settle=0.1)
        scale = connect_scale(balance.url("sics"), FAST)
        try:
            verdict = bench.station(scale=scale).handle_scan(bench.number())
        finally:
            scale.close()
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.order is not None
    assert verdict.order.weight == kg("2.345")
    assert "S" in balance.commands
    [parcel] = bench.simulator.backend.parcels()
    assert parcel.content.weight_kg == 2.345


def test_an_unplugged_scale_is_refused_and_the_station_keeps_working(bench: Bench) -> None:
    scale = connect_scale("serial:///dev/ttyNOSUCH9?protocol=sics", FAST)
    refused = bench.station(scale=scale).handle_scan(bench.number())
    assert refused.code == ErrorCode.SCALE_NOT_CONNECTED
    assert "ttyNOSUCH9" in refused.message
