"""The Qt wording module words every code and every stage, in every language the station speaks.

A code or stage added to the core without a wording fails here, not in front of a packer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from packstation.app.faces import AttemptId, Bucket, ScanVerdict, Stage, Verdict
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.qt import wording
from packstation.qt.i18n import install_translators
from packstation.station.verdicts import OrderSummary

LANGUAGES = ("en", "nl", "de", "fr")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QCoreApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def test_every_code_has_a_headline_and_a_short_name(language: str) -> None:
    headlines, short = wording.headlines(), wording.short_names()
    assert sorted(set(ErrorCode) - set(headlines)) == []
    assert sorted(set(ErrorCode) - set(short)) == []
    assert all(text.strip() for text in (*headlines.values(), *short.values()))


def test_every_stage_has_a_progress_text_and_a_name(language: str) -> None:
    assert set(wording.stage_texts()) == set(Stage)
    assert set(wording.stage_names()) == set(Stage)
    assert set(wording.stage_descriptions()) == set(Stage)
    assert all(wording.bucket_text(bucket) for bucket in Bucket)
    assert all(wording.bucket_description(bucket) for bucket in Bucket)


def _all_wordings() -> dict[tuple[int, object], str]:
    tables: list[Mapping[Any, str]] = [
        wording.headlines(),
        wording.short_names(),
        {("progress", stage): text for stage, text in wording.stage_texts().items()},
        {("name", stage): text for stage, text in wording.stage_names().items()},
        {("description", stage): text for stage, text in wording.stage_descriptions().items()},
        {("bucket", bucket): wording.bucket_text(bucket) for bucket in Bucket},
        {("bucket description", bucket): wording.bucket_description(bucket) for bucket in Bucket},
    ]
    return {(index, key): text for index, table in enumerate(tables) for key, text in table.items()}


@pytest.mark.parametrize("language_code", LANGUAGES[1:])
def test_every_wording_is_translated(qapp: QCoreApplication, language_code: str) -> None:
    """English shows through only where nobody translated: compare with the English tables."""
    install_translators(qapp, "en")
    english = _all_wordings()
    install_translators(qapp, language_code)
    try:
        translated = _all_wordings()
    finally:
        install_translators(qapp, "en")
    same = {"Sendcloud"}  # words that read the same in every language (a brand)
    untranslated = [
        f"{key}: {text}" for key, text in english.items() if translated[key] == text and text not in same
    ]
    assert untranslated == []


def test_a_refused_batch_keeps_the_orders_it_names(qapp: QCoreApplication) -> None:
    error = PackstationError(
        "Order(s) A-1, A-2 are selected more than once.", code=ErrorCode.BATCH_DUPLICATE_ORDER
    )
    text = wording.error_with_facts(error)
    assert text.startswith("An order is selected more than once")
    assert "A-1, A-2" in text


def test_a_headline_that_names_an_order_falls_back_without_one(qapp: QCoreApplication) -> None:
    verdict = ScanVerdict(Verdict.FAILED, "No order here.", ErrorCode.ORDER_NOT_FOUND)
    assert wording.verdict_text(verdict) == "No order here."
    assert wording.verdict_text(verdict, "SHOP-1").startswith("No order SHOP-1 in Sendcloud")


def test_a_chart_cause_is_worded_by_its_bucket_else_its_stage(qapp: QCoreApplication) -> None:
    assert wording.cause_text(Bucket.UNREADABLE_SCAN.value) == "Unreadable scan"
    assert wording.cause_text(Stage.PRINT_UNCONFIRMED.value) == "Print not confirmed"
    assert wording.cause_text("a_cause_from_the_future") == "a_cause_from_the_future"


def test_an_unknown_stored_code_is_worded_as_a_station_fault(qapp: QCoreApplication) -> None:
    assert wording.short_name("a_code_from_the_future") == wording.short_names()[ErrorCode.PACKSTATION_ERROR]


def test_another_station_is_named_in_amber_texts(qapp: QCoreApplication) -> None:
    """The shared journal (issue 19): the order is someone else's now, or was shipped elsewhere."""
    from datetime import UTC, datetime

    summary = OrderSummary("SHOP-1", "Anna Jansen", "1011 AB Amsterdam, NL", (), None)
    claimed = ScanVerdict(
        Verdict.ATTENTION, "core text", ErrorCode.ORDER_CLAIMED, order=summary, elsewhere="Station 3 (Anna)"
    )
    assert wording.verdict_text(claimed) == (
        "SHOP-1 is being packed at Station 3 (Anna). Leave it to them, or ask your shift lead."
    )
    shipped_at = datetime(2026, 11, 23, 10, 42, tzinfo=UTC)
    shipped = ScanVerdict(
        Verdict.ATTENTION,
        "core text",
        ErrorCode.ALREADY_SHIPPED,
        order=summary,
        reprint_attempt=AttemptId(7),
        elsewhere="Station 3",
        elsewhere_at=shipped_at,
    )
    local = shipped_at.astimezone().strftime("%H:%M")
    assert wording.verdict_text(shipped) == (
        f"SHOP-1 was already shipped at Station 3 at {local}. No new label was made: press F5 to reprint it."
    )
