"""GS1 check digits and GTIN lengths: the one rule item verification and the simulator share."""

from __future__ import annotations

import pytest

from packstation.gs1 import check_digit, gtin14, is_gtin, unit_of_case


@pytest.mark.parametrize(
    "code",
    ["4006381333931", "0799439112766", "96385074", "036000291452", "14006381333938", "00012345600012"],
)
def test_valid_gtins_of_every_length(code: str) -> None:
    assert is_gtin(code)
    assert gtin14(code) == code.zfill(14)


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453", "123", "40063813339ab", ""])
def test_a_wrong_check_digit_or_length_is_not_a_gtin(code: str) -> None:
    assert not is_gtin(code)
    with pytest.raises(ValueError, match="not a valid GTIN"):
        gtin14(code)


def test_the_check_digit_weights_three_one_from_the_right() -> None:
    assert check_digit("400638133393") == "1"
    assert check_digit("9638507") == "4"
    with pytest.raises(ValueError, match="digits only"):
        check_digit("12a")


def test_a_case_code_packs_the_unit_with_the_same_twelve_digits() -> None:
    assert unit_of_case("14006381333938") == "04006381333931"
    assert is_gtin(unit_of_case("54006381333936"))
