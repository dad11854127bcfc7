"""The failed-shipments console's actions over real sockets: simulator (HTTP), virtual printer (TCP),
journal (SQLite). Nothing is mocked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.journal import AttemptFilter, AttemptId, Journal, Stage, utc_now
from packstation.sendcloud import SendcloudClient
from packstation.station.field_names import field_label
from packstation.station.review import FailureReview, ItemChange, OrderChanges, batch_refusal
from packstation.station.workflow import StationWorkflow, Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator
from packstation.training.virtual_printer import VirtualPrinter
from tests.station.conftest import FakeClock, zpl_workflow

SYNC = ("POST", "/orders/create-label-sync")
ASYNC = ("POST", "/orders/create-labels-async")
DOCUMENT = ("GET", "/parcels/{id}/documents/{type}")
LEAD = "Lead Lotte"


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def workflow(
    client: SendcloudClient, journal: Journal, printer: VirtualPrinter, tmp_path: Path, waits: list[float]
) -> StationWorkflow:
    labels = tmp_path / "labels"
    return zpl_workflow(client, journal, printer, labels, emit=lambda _: None, sleep=waits.append)


@pytest.fixture
def review(workflow: StationWorkflow) -> FailureReview:
    return FailureReview(workflow, document_attempts=5, document_wait=0.25)


def _failed_scan(workflow: StationWorkflow, simulator: Simulator, number: str) -> AttemptId:
    """Scan `number` while the carrier refuses it: a real failed attempt with no label."""
    simulator.faults.add(Fault(FaultKind.ANNOUNCEMENT_ERROR, path=SYNC[1], order_number=number))
    verdict = workflow.handle_scan(number)
    assert verdict.verdict is Verdict.FAILED, verdict.message
    assert verdict.attempt_id is not None
    return verdict.attempt_id


def _printed_scan(workflow: StationWorkflow, number: str) -> AttemptId:
    verdict = workflow.handle_scan(number)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.attempt_id is not None
    return verdict.attempt_id


def _actions(journal: Journal) -> list[tuple[str, str]]:
    return [(entry.actor, entry.action) for entry in journal.audit_log()]


# ------------------------------------------------------------------------------------- reading


def test_order_now_is_the_order_as_sendcloud_has_it(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    number = simulator.shippable_order_numbers()[0]
    attempt = _failed_scan(workflow, simulator, number)
    order = review.order_now(attempt)
    assert order.order_number == number
    assert order.shipping_address is not None


def test_order_now_of_a_scan_that_named_no_order_says_so(
    review: FailureReview, workflow: StationWorkflow
) -> None:
    verdict = workflow.handle_scan("\x02\x03")
    assert verdict.attempt_id is not None
    with pytest.raises(PackstationError) as raised:
        review.order_now(verdict.attempt_id)
    assert raised.value.code == "review_no_order"


# ------------------------------------------------------------------------------------- reprint


def test_reprint_uses_the_stored_label_and_never_makes_one(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    attempt = _printed_scan(workflow, simulator.shippable_order_numbers()[1])
    printer.wait_for_jobs(1, timeout=5)
    verdict = review.reprint(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    jobs = printer.wait_for_jobs(2, timeout=5)
    assert jobs[0].data == jobs[1].data
    assert simulator.labels_created() == 1
    assert simulator.count(*DOCUMENT) == 0  # the label store had it
    assert journal.attempt(attempt).print_count == 2
    assert (LEAD, "reprint") in _actions(journal)


def test_reprint_fetches_a_label_whose_file_is_gone_and_never_makes_one(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    attempt = _printed_scan(workflow, simulator.shippable_order_numbers()[2])
    printer.wait_for_jobs(1, timeout=5)
    label_path = journal.attempt(attempt).label_path
    assert label_path is not None
    label_path.unlink()
    before = simulator.labels_created()
    verdict = review.reprint(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert len(printer.wait_for_jobs(2, timeout=5)) == 2
    assert simulator.labels_created() == before == 1
    assert simulator.count(*SYNC) == 1
    assert simulator.count(*DOCUMENT) == 1


def _unusable_label_scan(workflow: StationWorkflow, simulator: Simulator, number: str) -> AttemptId:
    """Scan `number` while the label answer's file is not Base64 and the parcel documents endpoint
    fails: Sendcloud made the label (the parcel id is known), but no file of it reached the station.
    The faults are cleared afterwards, as when Sendcloud recovers."""
    simulator.faults.add(Fault(FaultKind.BAD_BASE64, path=SYNC[1]))
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=500, times=None))
    verdict = workflow.handle_scan(number)
    simulator.faults.clear()
    # Created, not printed: amber, and reprintable (never a scan for a new label).
    assert (verdict.verdict, verdict.code) == (Verdict.ATTENTION, "label_not_fetched"), verdict.message
    assert verdict.attempt_id is not None
    attempt = workflow.journal.attempt(verdict.attempt_id)
    assert attempt.stage is Stage.FAILED
    assert attempt.parcel_id is not None
    assert attempt.label_saved_at is None
    assert simulator.labels_created() == 1
    return verdict.attempt_id


def test_reprint_of_a_label_made_but_never_fetched_fetches_saves_and_prints_it(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    attempt = _unusable_label_scan(workflow, simulator, simulator.shippable_order_numbers()[8])
    fetched_before = simulator.count(*DOCUMENT)
    verdict = review.reprint(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    [job] = printer.wait_for_jobs(1, timeout=5)
    after = journal.attempt(attempt)
    assert after.stage is Stage.PRINTED
    assert after.label_path is not None
    assert job.data == after.label_path.read_bytes()
    assert after.label_created_at is not None  # the label Sendcloud made is on record as made
    assert simulator.labels_created() == 1  # fetched, never made again
    assert simulator.count(*SYNC) == 1
    assert simulator.count(*DOCUMENT) == fetched_before + 1
    assert journal.unsaved() == ()
    assert journal.unprinted() == ()


def test_reprint_of_an_attempt_without_a_label_is_refused(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[3])
    with pytest.raises(PackstationError) as raised:
        review.reprint(attempt, actor=LEAD)
    assert raised.value.code == "no_label"


def _already_shipped(workflow: StationWorkflow, number: str) -> AttemptId:
    """`number` printed, then scanned again: refused by the guard (amber, no label of its own)."""
    _printed_scan(workflow, number)
    again = workflow.ship_attempt(workflow.journal.start_attempt(number), number)
    assert again.code == ErrorCode.ALREADY_SHIPPED
    assert again.attempt_id is not None
    return again.attempt_id


def test_an_already_shipped_attempt_is_reprinted_from_the_orders_label_never_retried(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter
) -> None:
    number = simulator.shippable_order_numbers()[4]
    refused = _already_shipped(workflow, number)
    labels, prints = simulator.labels_created(), printer.jobs_received
    with pytest.raises(PackstationError) as raised:
        review.retry(refused, actor=LEAD)
    assert raised.value.code == ErrorCode.RETRY_SHIPPED
    assert workflow.journal.count() == 2  # no new attempt: no second refusal in the failure rate
    refusal = batch_refusal([workflow.journal.attempt(refused)])
    assert refusal is not None
    assert refusal.code == ErrorCode.RETRY_SHIPPED

    verdict = review.reprint(refused, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert simulator.labels_created() == labels
    assert printer.wait_for_jobs(prints + 1, timeout=10)


def test_an_already_shipped_order_without_a_label_here_says_where_to_reprint(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    number = simulator.shippable_order_numbers()[4]
    refused = _already_shipped(workflow, number)
    shipped = workflow.journal.label_for_order(number)
    assert shipped is not None
    workflow.journal.record(shipped.id, Stage.VOIDED)  # as if made elsewhere: no live label here
    with pytest.raises(PackstationError) as raised:
        review.reprint(refused, actor=LEAD)
    assert raised.value.code == ErrorCode.NO_LABEL_HERE


# ------------------------------------------------------------------------------- mark resolved


def test_mark_resolved_keeps_the_failure_and_leaves_the_failed_view(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[4])
    failed_view = AttemptFilter(troubles_only=True)
    assert [a.id for a in journal.attempts(failed_view)] == [attempt]
    review.mark_resolved(attempt, "Sent by courier from the office.", actor=LEAD)
    resolved = journal.attempt(attempt)
    assert resolved.stage is Stage.FAILED  # history is not rewritten
    assert resolved.resolved_by == LEAD
    assert resolved.resolution_note == "Sent by courier from the office."
    assert journal.attempts(failed_view) == ()
    assert journal.count(failed_view) == 0
    [entry] = [e for e in journal.audit_log() if e.action == "mark_resolved"]
    assert entry.actor == LEAD
    assert entry.attempt_id == attempt  # the note itself stays on the attempt, never in the audit log
    assert "courier" not in entry.detail
    with pytest.raises(PackstationError) as again:
        review.mark_resolved(attempt, "twice", actor=LEAD)
    assert again.value.code == "already_resolved"


def test_mark_resolved_needs_a_note(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[5])
    with pytest.raises(PackstationError) as raised:
        review.mark_resolved(attempt, "  ", actor=LEAD)
    assert raised.value.code == "resolution_note_missing"


# ------------------------------------------------------------------------------ fix and retry


def _unshippable(simulator: Simulator, reason: str) -> str:
    return next(n for n, why in simulator.seed_data.unshippable_reasons.items() if why == reason)


def test_fix_the_address_then_retry_prints_under_a_linked_attempt(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    journal: Journal,
) -> None:
    number = _unshippable(simulator, "missing_house_number")
    failed = workflow.handle_scan(number)
    assert failed.verdict is Verdict.FAILED
    assert failed.attempt_id is not None
    original = journal.attempt(failed.attempt_id)
    assert original.error_pointer is not None
    assert field_label(original.error_pointer) == "shipping address → house number"

    fixed = review.fix_order(original.id, OrderChanges(house_number="12a"), actor=LEAD)
    assert fixed.shipping_address is not None
    assert fixed.shipping_address.house_number == "12a"
    assert simulator.count("PATCH", "/orders/{id}") == 1
    assert review.order_now(original.id).shipping_address.house_number == "12a"  # type: ignore[union-attr]

    verdict = review.retry(original.id, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert [job.printed for job in printer.wait_for_jobs(1, timeout=5)] == [True]
    assert simulator.labels_created() == 1
    assert verdict.attempt_id is not None
    assert verdict.attempt_id != original.id
    retried = journal.attempt(verdict.attempt_id)
    assert retried.stage is Stage.PRINTED
    assert retried.retry_of == original.id
    resolved = journal.attempt(original.id)
    assert resolved.stage is Stage.FAILED
    assert resolved.resolved_by == LEAD
    assert resolved.resolution_note == f"retried as attempt {retried.id}"
    assert journal.attempts(AttemptFilter(troubles_only=True)) == ()
    assert journal.retries_of(original.id) == (retried,)
    with pytest.raises(PackstationError) as twice:
        review.retry(original.id, actor=LEAD)
    assert twice.value.code == "already_retried"


def test_fix_weight_and_quantities_by_patch_and_a_removed_line_by_upsert(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    number = next(
        o["order_number"]
        for o in simulator.seed_data.orders
        if o["order_number"] in simulator.shippable_order_numbers()
        and len(o["order_details"]["order_items"]) >= 2
    )
    attempt = _failed_scan(workflow, simulator, number)
    lines = review.order_now(attempt).order_details.order_items
    first, *rest = lines
    changed = review.fix_order(
        attempt,
        OrderChanges(
            weight_kg=1.25,
            items=(
                ItemChange(first.name, first.quantity + 1),
                *(ItemChange(i.name, i.quantity) for i in rest),
            ),
        ),
        actor=LEAD,
    )
    assert simulator.count("PATCH", "/orders/{id}") == 1
    assert simulator.count("POST", "/orders") == 0
    assert changed.order_details.order_items[0].quantity == first.quantity + 1
    assert changed.shipping_details is not None
    assert changed.shipping_details.measurement is not None
    assert changed.shipping_details.measurement.weight is not None
    assert changed.shipping_details.measurement.weight.value == pytest.approx(1.25)

    dropped = review.fix_order(attempt, OrderChanges(items=(ItemChange(first.name, 1),)), actor=LEAD)
    assert simulator.count("POST", "/orders") == 1  # PATCH cannot remove a line
    assert [(i.name, i.quantity) for i in dropped.order_details.order_items] == [(first.name, 1)]
    with pytest.raises(PackstationError) as nothing:
        review.fix_order(attempt, OrderChanges(), actor=LEAD)
    assert nothing.value.code == "fix_nothing_changed"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (OrderChanges(postal_code=""), "shipping address → postcode"),
        (OrderChanges(weight_kg=0.0), "weight"),
        (OrderChanges(items=(ItemChange("", 1),)), "order line"),
    ],
)
def test_a_fix_that_cannot_be_sent_is_refused_before_anything_is_sent_or_audited(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    changes: OrderChanges,
    words: str,
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[5])
    with pytest.raises(PackstationError) as refused:
        review.fix_order(attempt, changes, actor=LEAD)
    assert refused.value.code == "fix_invalid"
    assert words in refused.value.message
    assert simulator.count("PATCH", "/orders/{id}") == 0
    assert simulator.count("POST", "/orders") == 0
    assert workflow.journal.audit_log() == ()


def test_retry_of_an_already_shipped_order_is_refused_as_in_a_scan(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, client: SendcloudClient
) -> None:
    number = simulator.shippable_order_numbers()[6]
    attempt = _failed_scan(workflow, simulator, number)
    order = client.list_orders(order_number=number).items[0]
    client.create_label_sync(integration_id=order.order_details.integration.id, order_number=number)
    verdict = review.retry(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.ATTENTION
    assert verdict.code == "already_shipped"
    assert simulator.labels_created() == 1


def _unknown_outcome(journal: Journal, client: SendcloudClient, number: str, *, made: bool) -> AttemptId:
    """An attempt whose label answer was lost (as a crash or a reset leaves it): outcome_unknown,
    with Sendcloud having made the label or not."""
    order = client.list_orders(order_number=number).items[0]
    integration = order.order_details.integration.id
    attempt = journal.start_attempt(number)
    journal.record(
        attempt, Stage.ORDER_FOUND, order_id=order.order_id, order_number=number, integration_id=integration
    )
    journal.record(attempt, Stage.LABEL_REQUESTED)
    if made:
        client.create_label_sync(integration_id=integration, order_number=number, mime_type="application/zpl")
    journal.fail(
        attempt,
        Stage.OUTCOME_UNKNOWN,
        PackstationError("No answer.", code=ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN),
    )
    return attempt


def test_retry_of_an_unknown_outcome_settles_and_prints_the_label_sendcloud_made(
    review: FailureReview,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
    printer: VirtualPrinter,
) -> None:
    attempt = _unknown_outcome(journal, client, simulator.shippable_order_numbers()[7], made=True)
    verdict = review.retry(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert verdict.attempt_id == attempt  # settled on the attempt itself: no new one, no new label
    assert simulator.labels_created() == 1
    assert simulator.count(*SYNC) == 1  # only the call that made it before the answer was lost
    assert journal.attempt(attempt).stage is Stage.PRINTED
    assert journal.retries_of(attempt) == ()
    assert len(printer.wait_for_jobs(1, timeout=5)) == 1


def test_retry_of_an_unknown_outcome_without_a_label_ships_once(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
) -> None:
    attempt = _unknown_outcome(journal, client, simulator.shippable_order_numbers()[8], made=False)
    # Past the settle window: an empty lookup now proves that no label was made.
    workflow.wall_clock = lambda: utc_now() + timedelta(seconds=workflow.settings.settle_window + 1)
    verdict = review.retry(attempt, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert journal.attempt(attempt).error_code == "label_not_created"  # settled: none was made
    assert simulator.labels_created() == 1


def test_retry_while_the_outcome_still_cannot_be_known_makes_nothing(
    review: FailureReview, simulator: Simulator, client: SendcloudClient, journal: Journal
) -> None:
    attempt = _unknown_outcome(journal, client, simulator.shippable_order_numbers()[9], made=False)
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/shipments", status=503, times=None))
    with pytest.raises(PackstationError) as raised:
        review.retry(attempt, actor=LEAD)
    assert raised.value.code == "outcome_still_unknown"
    assert journal.attempt(attempt).stage is Stage.OUTCOME_UNKNOWN
    assert simulator.count(*SYNC) == 0
    assert simulator.labels_created() == 0


# -------------------------------------------------------------------------------- batch retry


def _numbers_of(simulator: Simulator, integration: int, count: int) -> list[str]:
    numbers = [
        str(o["order_number"])
        for o in simulator.seed_data.orders
        if o["order_details"]["integration"]["id"] == integration
        and o["order_number"] in simulator.shippable_order_numbers()
    ]
    assert len(numbers) >= count
    return numbers[:count]


def test_a_batch_of_20_with_3_refused_prints_17_in_scan_order_and_ties_each_error_to_its_order(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    waits: list[float],
) -> None:
    journal = workflow.journal
    numbers = _numbers_of(simulator, 817, 20)
    attempts = [_failed_scan(workflow, simulator, number) for number in numbers]
    refused = {numbers[2], numbers[9], numbers[15]}
    for number in refused:
        simulator.faults.add(Fault(FaultKind.REFUSE_ORDER, path=ASYNC[1], order_number=number))
    # Labels made asynchronously are not ready at once: the first two fetches answer 404.
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=404, times=2))
    waits.clear()
    simulator.reset_counts()

    outcome = review.retry_batch(list(reversed(attempts)), actor=LEAD)  # selection order is not scan order

    assert simulator.count(*ASYNC) == 1
    assert simulator.count(*SYNC) == 0
    assert simulator.labels_created() == 17
    assert outcome.printed == 17
    assert not outcome.ok
    assert [item.attempt_id for item in outcome.items] == attempts  # scan order
    assert [item.order_number for item in outcome.items] == numbers
    errors = {item.order_number: item.error for item in outcome.items if item.error is not None}
    assert set(errors) == refused
    for number, error in errors.items():
        assert error is not None
        assert number in error.message
        assert "carrier" in error.message.lower()
        assert error.code == "sendcloud_carrier_refused"
    jobs = printer.wait_for_jobs(17, timeout=20)
    printed_in = [item for item in outcome.items if item.printed]
    assert [job.data for job in jobs] == [
        journal.attempt(item.verdict.attempt_id).label_path.read_bytes()  # type: ignore[union-attr,arg-type]
        for item in printed_in
    ]
    assert all(job.printed for job in jobs)
    assert waits == [0.25, 0.25]  # the injected document wait, twice
    for item in outcome.items:
        assert item.retry_attempt_id is not None
        retried = journal.attempt(item.retry_attempt_id)
        assert retried.retry_of == item.attempt_id
        assert retried.stage is (Stage.FAILED if item.order_number in refused else Stage.PRINTED)
        if item.order_number not in refused:
            assert retried.parcel_id is not None
            assert retried.tracking_number is not None
            events = [event.stage for event in journal.history(retried.id)]
            assert events == [
                Stage.SCANNED,
                Stage.ORDER_FOUND,
                Stage.LABEL_REQUESTED,
                Stage.LABEL_CREATED,
                Stage.LABEL_SAVED,
                Stage.PRINTED,
            ]
    still_failed = journal.attempts(AttemptFilter(troubles_only=True))
    assert sorted(a.order_number or "" for a in still_failed) == sorted(refused)


def test_batch_retry_refuses_none_more_than_20_and_mixed_integrations(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    def failed_attempt(number: str, integration: int) -> AttemptId:
        attempt = journal.start_attempt(number)
        journal.record(attempt, Stage.ORDER_FOUND, order_number=number, integration_id=integration)
        journal.fail(
            attempt, Stage.FAILED, PackstationError("Refused.", code=ErrorCode.SENDCLOUD_CARRIER_REFUSED)
        )
        return attempt

    with pytest.raises(PackstationError) as none:
        review.retry_batch([], actor=LEAD)
    assert none.value.code == "batch_size"
    many = [failed_attempt(f"WEB-{n}", 817) for n in range(21)]
    with pytest.raises(PackstationError) as too_many:
        review.retry_batch(many, actor=LEAD)
    assert too_many.value.code == "batch_size"
    assert "21" in too_many.value.message
    mixed = [failed_attempt("A-1", 817), failed_attempt("B-1", 94)]
    with pytest.raises(PackstationError) as mixing:
        review.retry_batch(mixed, actor=LEAD)
    assert mixing.value.code == "batch_mixed_integrations"
    assert "817" in mixing.value.message
    assert "94" in mixing.value.message
    assert simulator.count(*ASYNC) == 0
    assert simulator.labels_created() == 0


def test_a_batch_guards_each_order_as_a_scan_does(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, client: SendcloudClient
) -> None:
    shipped, gone, fine = _numbers_of(simulator, 817, 3)
    attempts = [_failed_scan(workflow, simulator, number) for number in (shipped, gone, fine)]
    client.create_label_sync(integration_id=817, order_number=shipped)  # shipped meanwhile elsewhere
    gone_id = client.list_orders(order_number=gone).items[0].id
    assert gone_id is not None
    client.delete_order(gone_id)  # cancelled in the shop meanwhile
    simulator.reset_counts()
    outcome = review.retry_batch(attempts, actor=LEAD)
    already, missing, printed = outcome.items
    assert already.verdict is not None
    assert already.verdict.verdict is Verdict.ATTENTION
    assert already.error is not None
    assert already.error.code == "already_shipped"
    assert missing.error is not None
    assert missing.error.code == "order_not_found"
    assert printed.printed
    assert outcome.printed == 1
    assert simulator.labels_created() == 2  # the one made elsewhere and the one of the batch
    assert simulator.count(*ASYNC) == 1


def test_a_batch_settles_an_unknown_outcome_first_and_makes_no_second_label(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
) -> None:
    first, second = _numbers_of(simulator, 817, 2)
    unknown = _unknown_outcome(journal, client, first, made=True)
    failed = _failed_scan(workflow, simulator, second)
    outcome = review.retry_batch([unknown, failed], actor=LEAD)
    assert outcome.printed == 2
    assert simulator.labels_created() == 2  # one made before the lost answer, one by the batch
    assert journal.attempt(unknown).stage is Stage.PRINTED
    assert journal.retries_of(unknown) == ()


def test_a_batch_label_not_ready_in_time_is_kept_and_reprinted_without_a_new_label(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    printer: VirtualPrinter,
    waits: list[float],
) -> None:
    journal = workflow.journal
    [number] = _numbers_of(simulator, 817, 1)
    original = _failed_scan(workflow, simulator, number)
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=404, times=5))
    outcome = review.retry_batch([original], actor=LEAD)
    [item] = outcome.items
    assert item.error is None  # the label exists: not an error of the order
    assert item.verdict is not None
    assert item.verdict.verdict is Verdict.ATTENTION
    assert item.verdict.code == "label_not_fetched"
    assert outcome.printed == 0
    assert len(waits) == 4  # five tries, four waits between them
    assert item.retry_attempt_id is not None
    assert journal.attempt(item.retry_attempt_id).label_saved_at is None
    verdict = review.reprint(item.retry_attempt_id, actor=LEAD)
    assert verdict.verdict is Verdict.SUCCESS, verdict.message
    assert len(printer.wait_for_jobs(1, timeout=5)) == 1
    assert simulator.labels_created() == 1
    assert journal.attempt(item.retry_attempt_id).stage is Stage.PRINTED


def test_a_lost_batch_answer_is_settled_label_by_label_and_nothing_is_made_twice(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter
) -> None:
    numbers = _numbers_of(simulator, 817, 3)
    attempts = [_failed_scan(workflow, simulator, number) for number in numbers]
    simulator.faults.add(Fault(FaultKind.RESET, path=ASYNC[1], after_processing=True))
    # The labels Sendcloud made are not rendered yet when settling asks for the first one.
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path=DOCUMENT[1], status=404, times=1))
    outcome = review.retry_batch(attempts, actor=LEAD)
    assert outcome.printed == 3, [item.verdict for item in outcome.items]
    assert simulator.count(*ASYNC) == 1
    assert simulator.labels_created() == 3
    assert len(printer.wait_for_jobs(3, timeout=10)) == 3
    for item in outcome.items:
        assert item.retry_attempt_id is not None
        history = [event.stage for event in workflow.journal.history(item.retry_attempt_id)]
        assert Stage.OUTCOME_UNKNOWN in history
        assert history[-1] is Stage.PRINTED


def test_a_lost_batch_answer_that_cannot_be_settled_leaves_the_attempts_unsettled(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    numbers = _numbers_of(simulator, 817, 2)
    attempts = [_failed_scan(workflow, simulator, number) for number in numbers]
    # The guard's own shipments lookups (one per order) answer as usual; every later one, the
    # settling's, fails.
    simulator.faults.add(Fault(FaultKind.LATENCY, method="GET", path="/shipments", times=len(numbers)))
    simulator.faults.add(Fault(FaultKind.RESET, path=ASYNC[1], after_processing=True))
    simulator.faults.add(Fault(FaultKind.STATUS, method="GET", path="/shipments", status=503, times=None))
    outcome = review.retry_batch(attempts, actor=LEAD)
    assert outcome.printed == 0
    assert simulator.labels_created() == 2  # made before the answer was lost, and never again
    for item in outcome.items:
        assert item.error is not None
        assert item.error.code == "sendcloud_label_outcome_unknown"
        assert item.verdict is not None
        assert item.verdict.verdict is Verdict.ATTENTION
    unsettled = [attempt.retry_of for attempt in workflow.journal.unsettled()]
    assert unsettled == attempts  # start-up recovery settles them
    simulator.faults.clear()
    recovered = workflow.recover()  # found, kept and listed for a reprint; never printed unasked
    assert [v.code for v in recovered] == ["label_not_printed", "label_not_printed"]
    assert simulator.labels_created() == 2


# ------------------------------------------------------------------------------------- void


def test_void_cancels_at_sendcloud_and_the_stage_is_voided(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
) -> None:
    number = simulator.shippable_order_numbers()[10]
    attempt = _printed_scan(workflow, number)
    outcome = review.void(attempt, actor=LEAD)
    assert outcome.status == "cancelled"
    assert outcome.free is True
    assert "costs nothing" in outcome.message
    assert journal.attempt(attempt).stage is Stage.VOIDED
    [label] = client.find_existing_labels(number)
    assert label.cancelled
    assert simulator.count("POST", "/shipments/{id}/cancel") == 1
    with pytest.raises(PackstationError) as voided_twice:
        review.void(attempt, actor=LEAD)
    assert voided_twice.value.code == "already_voided"
    with pytest.raises(PackstationError) as reprint:
        review.reprint(attempt, actor=LEAD)
    assert reprint.value.code == "label_voided"
    # A label voided by mistake is made again through a retry: the guard sees it cancelled.
    again_made = review.retry(attempt, actor=LEAD)
    assert again_made.verdict is Verdict.SUCCESS, again_made.message
    assert simulator.labels_created() == 2


def test_void_on_a_later_day_is_queued_and_says_cancelling_is_free_only_on_the_day(
    workflow: StationWorkflow, simulator: Simulator, client: SendcloudClient, journal: Journal
) -> None:
    number = simulator.shippable_order_numbers()[11]
    attempt = _printed_scan(workflow, number)
    later = datetime.now(UTC) + timedelta(days=2)
    simulator.backend.wall_clock = lambda: later
    review = FailureReview(workflow, now=lambda: later)
    outcome = review.void(attempt, actor=LEAD)
    assert outcome.status == "queued"
    assert outcome.free is False
    assert "free only on the day" in outcome.message
    assert journal.attempt(attempt).stage is Stage.VOIDED
    [label] = client.find_existing_labels(number)
    assert label.status == "CANCELLATION_REQUESTED"


def test_void_of_an_attempt_without_a_label_is_refused(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[12])
    with pytest.raises(PackstationError) as raised:
        review.void(attempt, actor=LEAD)
    assert raised.value.code == "no_label"
    assert simulator.count("POST", "/shipments/{id}/cancel") == 0


# ------------------------------------------------------------------------------------- delete


def test_delete_an_order_cancelled_upstream_resolves_the_attempt(
    review: FailureReview,
    workflow: StationWorkflow,
    simulator: Simulator,
    client: SendcloudClient,
    journal: Journal,
) -> None:
    number = simulator.shippable_order_numbers()[13]
    attempt = _failed_scan(workflow, simulator, number)
    review.delete_order(attempt, actor=LEAD)
    assert client.list_orders(order_number=number).items == ()
    assert journal.attempt(attempt).is_resolved
    assert journal.attempts(AttemptFilter(troubles_only=True)) == ()


def test_delete_is_refused_while_the_order_has_a_live_label(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator
) -> None:
    attempt = _printed_scan(workflow, simulator.shippable_order_numbers()[14])
    with pytest.raises(PackstationError) as raised:
        review.delete_order(attempt, actor=LEAD)
    assert raised.value.code == "delete_has_label"
    assert simulator.count("DELETE", "/orders/{id}") == 0


# ------------------------------------------------------------------------------------- audit


def test_every_action_is_audited_with_who_and_when(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, journal: Journal
) -> None:
    a, b, c, d = _numbers_of(simulator, 817, 4)
    fixed = _failed_scan(workflow, simulator, a)
    review.fix_order(fixed, OrderChanges(city="Utrecht"), actor="Ann")
    review.retry(fixed, actor="Ben")
    batch = _failed_scan(workflow, simulator, b)
    review.retry_batch([batch], actor="Cas")
    printed = _printed_scan(workflow, c)
    review.reprint(printed, actor="Dee")
    review.void(printed, actor="Eli")
    deleted = _failed_scan(workflow, simulator, d)
    review.delete_order(deleted, actor="Fay")
    resolved = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[-1])
    review.mark_resolved(resolved, "Customer collected it.", actor="Gus")
    log = [(entry.actor, entry.action) for entry in journal.audit_log() if entry.action != "sign_in"]
    assert log == [
        ("Ann", "order_edit"),
        ("Ben", "retry"),
        ("Cas", "batch_retry"),
        ("Dee", "reprint"),
        ("Eli", "void"),
        ("Fay", "order_delete"),
        ("Fay", "mark_resolved"),
        ("Gus", "mark_resolved"),
    ]
    assert all(entry.at.tzinfo is not None for entry in journal.audit_log())
    nameless = _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[-2])
    for action in (
        lambda: review.retry(nameless, actor=" "),
        lambda: review.mark_resolved(nameless, "note", actor=""),
        lambda: review.retry_batch([nameless], actor=""),
    ):
        with pytest.raises(PackstationError) as nobody:
            action()
        assert nobody.value.code == "actor_missing"
    assert journal.attempt(nameless).resolved_at is None


def test_a_lead_overrides_the_already_shipped_guard_for_one_order_and_it_is_audited(
    review: FailureReview, workflow: StationWorkflow, simulator: Simulator, printer: VirtualPrinter
) -> None:
    number = simulator.shippable_order_numbers()[3]
    _printed_scan(workflow, number)
    clock = workflow.clock
    assert isinstance(clock, FakeClock)
    clock.now += 60  # past the double-scan debounce: a real second scan
    again = workflow.handle_scan(number)
    assert again.code == "already_shipped"
    assert again.attempt_id is not None
    assert simulator.labels_created() == 1

    second = review.ship_second_label(again.attempt_id, actor="Hal")

    assert second.verdict is Verdict.SUCCESS, second.message
    assert simulator.labels_created() == 2  # paid for on purpose, once
    assert [(e.actor, e.action) for e in workflow.journal.audit_log()][-1] == (
        "Hal",
        "override_already_shipped",
    )
    clock.now += 60
    assert workflow.handle_scan(number).code == "already_shipped"  # the guard is back for the next scan
    with pytest.raises(PackstationError) as refused:
        review.ship_second_label(
            _failed_scan(workflow, simulator, simulator.shippable_order_numbers()[4]), actor="Hal"
        )
    assert refused.value.code == "not_already_shipped"


def test_a_new_line_is_priced_in_a_lines_currency_when_the_total_has_none(
    client: SendcloudClient, simulator: Simulator
) -> None:
    """A tolerant reader may read an order whose total has no currency (the spec allows it)."""
    from packstation.sendcloud import Price
    from packstation.station.order_fixes import upserted_order
    from packstation.station.review import ReviewError

    [order] = client.list_orders(order_number=simulator.shippable_order_numbers()[0]).items
    total = order.payment_details.total_price.model_copy(update={"currency": None})
    no_total = order.model_copy(
        update={"payment_details": order.payment_details.model_copy(update={"total_price": total})}
    )
    lines = tuple(ItemChange(item.name, item.quantity) for item in order.order_details.order_items)
    changed = upserted_order(no_total, OrderChanges(items=(*lines, ItemChange("Gift wrap", 1))))
    added = changed.order_details.order_items[-1]
    assert added.total_price == Price(
        value=0.0, currency=order.order_details.order_items[0].total_price.currency
    )
    bare_items = [
        item.model_copy(update={"total_price": Price.model_construct(value=1.0, currency=None)})
        for item in order.order_details.order_items
    ]
    nothing_known = no_total.model_copy(
        update={"order_details": no_total.order_details.model_copy(update={"order_items": bare_items})}
    )
    with pytest.raises(ReviewError) as refused:
        upserted_order(nothing_known, OrderChanges(items=(*lines, ItemChange("Gift wrap", 1))))
    assert refused.value.code == "fix_no_currency"
