"""One write budget per account (issue 19): the simulator's sliding windows, the budget's tokens
(per station on SQLite, shared through PostgreSQL), and the gate that waits, says so, or refuses."""

from __future__ import annotations

import threading

import pytest

from packstation.error_codes import ErrorCode
from packstation.journal.write_budget import BudgetLimits, LocalWriteBudget, PgWriteBudget, wait_for_token
from packstation.sendcloud import WriteGate, WriteLimitWaitError
from packstation.training.account_limit import AccountLimit, AccountLimiter
from tests.postgres_server import PostgresServer, migrated_database


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_simulator_counts_writes_in_sliding_windows() -> None:
    clock = Clock()
    limiter = AccountLimiter(AccountLimit(), clock=clock)
    assert all(limiter.admit() is None for _ in range(15))
    refused = limiter.admit()
    assert refused is not None
    assert refused == pytest.approx(1.0)  # the first of the 15 leaves the second's window in 1 s
    for _ in range(5):  # 15 a second: 90 in six seconds
        clock.now += 1.0
        assert all(limiter.admit() is None for _ in range(15))
    clock.now += 1.0
    assert [limiter.admit() for _ in range(11)].count(None) == 10  # the minute's 100th, then no more
    assert limiter.admit() == pytest.approx(54.0)  # the first write leaves the minute 60 s after it
    assert limiter.total_admitted == 100
    assert limiter.refused == 3


def test_the_simulator_admits_a_hundred_a_minute_and_no_more() -> None:
    clock = Clock()
    limiter = AccountLimiter(AccountLimit(), clock=clock)
    admitted = 0
    for _ in range(600):  # ten writes a second for a minute
        clock.now += 0.1
        admitted += limiter.admit() is None
    assert admitted == 100
    assert limiter.refused == 500
    clock.now += 60
    assert limiter.admit() is None


def test_a_time_scale_shortens_the_windows() -> None:
    clock = Clock()
    limiter = AccountLimiter(AccountLimit(time_scale=60), clock=clock)
    assert all(limiter.admit() is None for _ in range(15))
    assert limiter.admit() == pytest.approx(1 / 60)


def test_a_token_comes_back_one_window_later() -> None:
    limits = BudgetLimits(per_minute=3, per_second=2, margin=0)
    assert wait_for_token([], 10.0, limits) == 0
    assert wait_for_token([9.5, 9.2], 10.0, limits) == pytest.approx(0.2)  # burst of 2 in the second
    assert wait_for_token([9.0, 5.0, 1.0], 10.0, limits) == pytest.approx(51.0)  # 3 in the minute


def test_a_stations_own_budget_keeps_both_windows() -> None:
    clock = Clock()
    budget = LocalWriteBudget(BudgetLimits(margin=0), clock=clock)
    assert [budget.take() for _ in range(15)] == [0.0] * 15
    assert budget.take() == pytest.approx(1.0)
    spent = 15
    while spent < 100:
        clock.now += 0.2
        spent += budget.take() == 0.0
    clock.now += 1.0
    assert 40 < budget.take() < 60  # a hundred this minute: the next token is the first one's, a minute on
    budget.drain(30.0)
    clock.now += 100
    assert budget.take() == 0.0


def test_the_gate_waits_says_so_and_refuses_past_the_deadline() -> None:
    clock = Clock()
    budget = LocalWriteBudget(BudgetLimits(per_minute=100, per_second=1, margin=0), clock=clock)
    said: list[float] = []

    def sleep(seconds: float) -> None:
        clock.now += seconds

    gate = WriteGate(budget, sleep=sleep, clock=clock, on_wait=said.append)
    gate.acquire()
    gate.acquire()  # waits a second for the next token, in two looks
    assert said == [pytest.approx(1.0), pytest.approx(0.5), 0.0]
    gate.deadline = clock.now + 0.5
    with pytest.raises(WriteLimitWaitError) as refused:
        gate.acquire()
    assert refused.value.code == ErrorCode.SCAN_TOO_OLD
    gate.deadline = None
    gate.reserve()  # the label call's token, taken before its journal row
    before = clock.now
    gate.acquire()  # ... and used by the call itself: no second wait
    assert clock.now == before


def test_the_shared_budget_is_one_for_every_station(postgres_server: PostgresServer) -> None:
    """Three stations' budgets on one journal: together they take the account's 15 a second and no
    more (thirty takes last far less than a second), and a drain after a 429 stops all of them."""
    url = migrated_database(postgres_server)
    limits = BudgetLimits(per_minute=100, per_second=15)
    budgets = [PgWriteBudget(url, limits=limits, station=f"Station {n}") for n in range(3)]
    try:
        taken: list[int] = [0, 0, 0]

        def grab(index: int) -> None:
            for _ in range(10):
                taken[index] += budgets[index].take() == 0.0

        threads = [threading.Thread(target=grab, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sum(taken) == 15
        budgets[0].drain(30.0)
        assert budgets[2].take() > 20
    finally:
        for budget in budgets:
            budget.close()
