"""The command line words every code and every stage, in plain English, with the code beside it."""

from __future__ import annotations

import pytest

from packstation.app.faces import Stage
from packstation.cli import wording
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError


def test_every_code_has_a_summary() -> None:
    assert sorted(set(ErrorCode) - set(wording.SUMMARIES)) == []


@pytest.mark.parametrize("code", list(ErrorCode))
def test_a_summary_is_a_few_plain_words(code: ErrorCode) -> None:
    text = wording.SUMMARIES[code]
    assert 0 < len(text.split()) <= 6
    assert "_" not in text  # words for people, not identifiers


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_plain_words(stage: Stage) -> None:
    text = wording.stage_words()[stage]
    assert text[0].isupper()
    assert text.endswith(".")
    assert "_" not in text


def test_the_error_line_names_the_code_and_keeps_the_facts() -> None:
    error = PackstationError("No order SHOP-1 in Sendcloud.", code=ErrorCode.ORDER_NOT_FOUND)
    assert (
        wording.error_line(error)
        == "packstation: order not found [order_not_found]: No order SHOP-1 in Sendcloud."
    )


def test_a_code_of_another_version_still_has_words() -> None:
    assert wording.summary("a_code_from_the_future") == wording.SUMMARIES[ErrorCode.PACKSTATION_ERROR]
