"""The checklist: a scan ticks units only when they all fit one line; nothing else changes it."""

from __future__ import annotations

from typing import Any

from packstation.sendcloud import Order
from packstation.station.verification import Checklist, ItemOutcome, ItemResult

TENT, MUG = "4006381333931", "96385074"
CASE = "14006381333938"  # six tents


def _order(*items: dict[str, Any]) -> Order:
    return Order.model_validate(
        {
            "order_id": "1",
            "order_number": "SHOP-1",
            "order_details": {
                "integration": {"id": 70},
                "status": {"code": "fulfilled"},
                "order_created_at": "2024-01-01T00:00:00Z",
                "order_items": [{"total_price": {"value": 5, "currency": "EUR"}, **item} for item in items],
            },
            "payment_details": {"total_price": {"value": 5, "currency": "EUR"}, "status": {"code": "paid"}},
        }
    )


def _checklist() -> Checklist:
    order = _order(
        {"name": "Tent", "quantity": 7, "ean": TENT},
        {"name": "Mug", "quantity": 1, "ean": MUG, "sku": "MUG-1"},
        {"name": "Socks", "quantity": 2, "sku": "SOCK-42"},
        {"name": "Gift card", "quantity": 1},
    )
    return Checklist.of(order, {CASE: 6})


def test_good_scans_tick_and_the_order_completes() -> None:
    checklist = _checklist()
    assert checklist.remaining == 11
    assert checklist.scan(f"(01){CASE}") == ItemResult(ItemOutcome.PACKED, f"(01){CASE}", 6, 0)
    assert checklist.scan(TENT).outcome is ItemOutcome.PACKED
    assert checklist.scan("MUG-1").line == 1  # a SKU as printed
    assert checklist.scan("+2SOCK-42").units == 2
    assert not checklist.complete
    [gift] = [line for line in checklist.lines if line.needs_confirmation]
    assert checklist.confirm(gift.index).outcome is ItemOutcome.PACKED
    assert checklist.complete
    assert checklist.remaining == 0


def test_wrong_over_and_unreadable_scans_tick_nothing() -> None:
    checklist = _checklist()
    checklist.scan(MUG)
    before = [line.packed for line in checklist.lines]
    assert checklist.scan("5901234123457").outcome is ItemOutcome.NOT_IN_ORDER
    assert checklist.scan(MUG).outcome is ItemOutcome.OVER_SCAN
    assert checklist.scan("+8" + TENT).outcome is ItemOutcome.OVER_SCAN  # 8 of 7: not even 7 ticked
    assert checklist.scan("4006381333932").outcome is ItemOutcome.UNREADABLE
    assert checklist.scan(f"(01){CASE[:-1]}9").outcome is ItemOutcome.UNREADABLE
    assert [line.packed for line in checklist.lines] == before


def test_text_that_is_no_product_code_is_handed_back_as_maybe_an_order_number() -> None:
    result = _checklist().scan("SHOP-2")
    assert (result.outcome, result.units, result.line) == (ItemOutcome.NOT_AN_ITEM, 1, None)


def test_a_parked_order_comes_back_as_it_was_left() -> None:
    first = _checklist()
    results = [first.scan(TENT), first.scan("+2SOCK-42"), first.scan(MUG), first.scan(MUG)]
    again = _checklist()
    again.replay(results)
    assert [line.packed for line in again.lines] == [line.packed for line in first.lines] == [1, 1, 2, 0]


def test_the_same_product_on_two_lines_fills_the_first_open_one() -> None:
    checklist = Checklist.of(
        _order({"name": "Tent", "quantity": 1, "ean": TENT}, {"name": "Tent", "quantity": 2, "ean": TENT})
    )
    assert [checklist.scan(TENT).line for _ in range(3)] == [0, 1, 1]
    assert checklist.scan(TENT).outcome is ItemOutcome.OVER_SCAN
