"""§1.1 Two processes, one order: one claim, one label. A holder is dead only when its OS lock is free."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import (
    AlreadyShipped,
    AttemptOrder,
    Claimed,
    ClaimKind,
    HeldBy,
    Journal,
    JournalError,
    Stage,
)
from packstation.sendcloud import SendcloudClient
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from tests.reliability.conftest import REPO, SYNC, api, completed, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork timing are POSIX")


def test_two_ship_processes_started_together_make_one_label(simulator: Simulator, home: Path) -> None:
    """On the code before claims, 4 pairs of 10 both paid. Each label call here takes 0.6 s at
    Sendcloud, so the second process always reaches its own label call while the first is in it."""
    orders = simulator.shippable_order_numbers()[:3]
    simulator.faults.add(Fault(FaultKind.LATENCY, path=SYNC[1], delay=0.6, times=None))
    for order in orders:
        pair = [run_cli(home, "ship", order, *api(simulator), wait=False) for _ in range(2)]
        results = [
            process.communicate(timeout=60) for process in pair if isinstance(process, subprocess.Popen)
        ]
        codes = sorted(process.returncode for process in pair if isinstance(process, subprocess.Popen))
        assert codes[0] == 0, results
        # The loser is refused at once while the winner's call runs (10), or finds its label (4).
        assert codes[1] in (4, 10), results
        refused = next(err for (_, err), process in zip(results, pair, strict=True) if process.returncode)
        if codes[1] == 10:
            assert "is being made at Packing station (process" in refused
    assert simulator.labels_created() == len(orders)


def _holding_process(journal: Path, order: str, integration_id: int) -> subprocess.Popen[str]:
    """Another process holding the order: it claims it, says so, and waits to be killed."""
    script = f"""
import time
from pathlib import Path
from packstation.journal import ClaimKind, Journal, Stage
journal = Journal.open(Path({str(journal)!r}), "Bench 2")
attempt = journal.start_attempt({order!r})
journal.record(attempt, Stage.ORDER_FOUND, order_number={order!r}, integration_id={integration_id})
print(type(journal.claim({order!r}, {integration_id}, attempt, ClaimKind.PACKING)).__name__, flush=True)
time.sleep(120)
"""
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "Claimed"
    return process


def test_a_live_holder_refuses_others_and_a_dead_one_is_taken_over(
    simulator: Simulator, client: SendcloudClient, home: Path
) -> None:
    order = simulator.shippable_order_numbers()[4]
    [found] = client.list_orders(order_number=order).items
    holder = _holding_process(home / "data" / "journal.sqlite3", order, found.order_details.integration.id)
    try:
        refused = completed(run_cli(home, "ship", order, *api(simulator)))
        assert refused.returncode == 10, refused.stderr
        assert f"Order {order} is being packed at Bench 2 (process {holder.pid}" in refused.stderr
        assert simulator.count(*SYNC) == 0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=10)  # reaps it and closes its pipes
    shipped = completed(run_cli(home, "ship", order, *api(simulator)))
    assert shipped.returncode == 0, shipped.stderr
    assert simulator.labels_created() == 1
    with Journal.open(home / "data" / "journal.sqlite3", "Bench 1") as journal:
        [dead, refused_attempt, mine] = journal.attempts(order_by=AttemptOrder.OLDEST)
        assert (dead.stage, dead.error_code) == (Stage.FAILED, "attempt_interrupted")
        assert refused_attempt.error_code == "order_claimed"
        assert mine.parcel_id is not None
        assert journal.claims() == ()  # settled: nothing left claimed


# ----------------------------------------------------------------------------- the journal operation


def test_claim_is_one_of_claimed_held_by_or_already_shipped(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "Bench 1") as one, Journal.open(path, "Bench 2") as two:
        first, second = one.start_attempt("WEB-1"), two.start_attempt("WEB-1")
        assert isinstance(one.claim("WEB-1", 7, first), Claimed)
        assert isinstance(one.claim("web-1", 7, first), Claimed)  # its own claim, again: fine
        held = two.claim("WEB-1", 7, second)
        assert isinstance(held, HeldBy)
        assert held.alive
        assert (held.claim.attempt_id, held.claim.kind) == (first, ClaimKind.LABEL)
        assert held.claim.holder == one.holder.describe()
        assert isinstance(two.claim("WEB-1", 8, second), Claimed)  # another shop's WEB-1
        one.record(first, Stage.ORDER_FOUND, order_number="WEB-1", integration_id=7)
        one.record(first, Stage.LABEL_REQUESTED)
        one.record(first, Stage.LABEL_CREATED, parcel_id=41)  # settled: the claim is released
        shipped = two.claim("WEB-1", 7, second)
        assert isinstance(shipped, AlreadyShipped)
        assert shipped.attempt.id == first
        assert isinstance(two.claim("WEB-1", 7, second, second_label=True), Claimed)  # a lead's override


def test_a_dead_holder_is_seen_as_dead_only_once_its_lock_is_free(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    survivor = Journal.open(path, "Bench 1")
    try:
        with Journal.open(path, "Bench 2") as gone:
            attempt = gone.start_attempt("WEB-2")
            assert isinstance(gone.claim("WEB-2", 7, attempt), Claimed)
            live = survivor.claim("WEB-2", 7, survivor.start_attempt("WEB-2"))
            assert isinstance(live, HeldBy)
            assert live.alive
        dead = survivor.claim("WEB-2", 7, survivor.start_attempt("WEB-2"))
        assert isinstance(dead, HeldBy)
        assert not dead.alive
    finally:
        survivor.close()


def test_a_packing_hold_can_be_taken_over_a_live_label_claim_never(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path, "Bench 1") as packer, Journal.open(path, "Lead's station") as lead:
        packing = packer.start_attempt("WEB-3")
        assert isinstance(packer.claim("WEB-3", 7, packing, ClaimKind.PACKING), Claimed)
        mine = lead.start_attempt("WEB-3")
        taken = lead.claim("WEB-3", 7, mine, ClaimKind.PACKING, take_over=packer.holder.id)
        assert isinstance(taken, Claimed)
        labelling = packer.start_attempt("WEB-4")
        assert isinstance(packer.claim("WEB-4", 7, labelling, ClaimKind.LABEL), Claimed)
        refused = lead.claim("WEB-4", 7, lead.start_attempt("WEB-4"), take_over=packer.holder.id)
        assert isinstance(refused, HeldBy)
        assert refused.alive


def test_a_parcel_belongs_to_one_attempt(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3", "Bench 1") as journal:
        first, second = journal.start_attempt("WEB-5"), journal.start_attempt("WEB-5")
        for attempt in (first, second):
            journal.record(attempt, Stage.ORDER_FOUND, order_number="WEB-5")
            journal.record(attempt, Stage.LABEL_REQUESTED)
        journal.record(first, Stage.LABEL_CREATED, parcel_id=77)
        with pytest.raises(JournalError) as refused:
            journal.record(second, Stage.LABEL_CREATED, parcel_id=77)
        assert refused.value.code == "parcel_held"
        assert journal.attempt(second).stage is Stage.LABEL_REQUESTED  # nothing written
        assert journal.parcel_holder(77) == first
        with pytest.raises(JournalError):
            journal.fail(second, Stage.OUTCOME_UNKNOWN, _Unusable(77))


class _Unusable(PackstationError):
    """A label answer that named a parcel (as Sendcloud's errors do) but carried no usable file."""

    def __init__(self, parcel_id: int) -> None:
        super().__init__("no label file", code=ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN)
        self.parcel_id = parcel_id
