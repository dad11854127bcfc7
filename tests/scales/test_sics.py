"""MT-SICS over a real pseudo-terminal: pyserial on the station side, a fake balance on the other end.

Nothing is mocked: the bytes go through the kernel's pty as they would through a USB-serial adapter.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from decimal import Decimal

import pytest

from packstation.error_codes import ErrorCode
from packstation.scales import (
    ScaleError,
    ScaleNegativeError,
    ScaleNoAnswerError,
    ScaleNotConnectedError,
    ScaleOverloadError,
    ScaleUnchangedError,
    ScaleUnstableError,
    ScaleZeroError,
    Weight,
    connect_scale,
    open_scale,
)
from packstation.scales.sics import parse_sics
from tests.scales.devices import FAST, SicsBalance


@pytest.fixture
def balance() -> Iterator[SicsBalance]:
    with SicsBalance() as device:
        yield device


def test_a_stable_weight_is_read_with_s(balance: SicsBalance) -> None:
    balance.put("1.234")
    with open_scale(balance.url("sics", baudrate="9600"), FAST) as scale:
        weight = scale.read_stable()
    assert weight == Weight(Decimal("1.234"), "kg")
    assert balance.commands == ["S"]


def test_the_balance_waits_for_stability_itself(balance: SicsBalance) -> None:
    balance.put("2.50", settle=0.2)
    started = time.monotonic()
    with open_scale(balance.url("sics"), FAST) as scale:
        weight = scale.read_stable()
    assert weight == Weight(Decimal("2.50"), "kg")
    assert time.monotonic() - started >= 0.15  # the answer came when the load settled
    assert balance.commands == ["S"]


@pytest.mark.parametrize(("unit", "expected"), [("g", "g"), ("lb", "lb"), ("oz", "oz")])
def test_the_balance_unit_is_kept(balance: SicsBalance, unit: str, expected: str) -> None:
    balance.put("850.0", unit)
    with open_scale(balance.url("sics"), FAST) as scale:
        assert scale.read_stable() == Weight(Decimal("850.0"), expected)  # type: ignore[arg-type]


def test_never_stable_is_refused_and_the_pending_s_is_cancelled() -> None:
    # The balance's own stability timeout is longer than the station's wait: its `S` is still
    # open when the station gives up, so `@` cancels it (a late answer must not be taken later).
    with SicsBalance(own_timeout=5.0) as balance:
        balance.put("3.1", settle=float("inf"))
        with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(ScaleUnstableError) as refused:
            scale.read_stable(0.3)
        assert refused.value.code is ErrorCode.SCALE_UNSTABLE
        assert "3.1 kg" in refused.value.message  # the last reading, from `SI`
        assert balance.commands[:2] == ["S", "@"]
        assert balance.commands[-1] == "SI"


def test_s_i_from_the_balance_is_asked_again_until_the_station_gives_up() -> None:
    with SicsBalance(own_timeout=0.05) as balance:
        balance.put("3.1", settle=float("inf"))
        with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(ScaleUnstableError):
            scale.read_stable(0.4)
    assert balance.answers.count("S I") >= 2
    assert balance.commands.count("S") >= 2


def test_a_weight_that_settles_after_s_i_is_taken() -> None:
    with SicsBalance(own_timeout=0.05) as balance:
        balance.put("0.75", settle=0.15)
        with open_scale(balance.url("sics"), FAST) as scale:
            assert scale.read_stable(1.0) == Weight(Decimal("0.75"), "kg")
    assert "S I" in balance.answers


def test_zero_is_refused_after_the_wait(balance: SicsBalance) -> None:
    with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(ScaleZeroError) as refused:
        scale.read_stable(0.2)
    assert "put the parcel on" in refused.value.message


def test_a_parcel_put_on_during_the_wait_is_taken(balance: SicsBalance) -> None:
    with open_scale(balance.url("sics"), FAST) as scale:
        time.sleep(0.05)
        balance.put("4.2", settle=0.1)
        assert scale.read_stable(1.0) == Weight(Decimal("4.2"), "kg")


@pytest.mark.parametrize(
    ("load", "error"), [("overload", ScaleOverloadError), ("underload", ScaleNegativeError)]
)
def test_over_and_under_range_are_refused(balance: SicsBalance, load: str, error: type[ScaleError]) -> None:
    getattr(balance, load)()
    with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(error):
        scale.read_stable(0.2)


def test_below_zero_is_refused(balance: SicsBalance) -> None:
    balance.put("-0.120")
    with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(ScaleNegativeError) as refused:
        scale.read_stable(0.2)
    assert "-0.120 kg" in refused.value.message


def test_a_silent_balance_says_so() -> None:
    with SicsBalance(silent=True) as balance:
        with open_scale(balance.url("sics"), FAST) as scale, pytest.raises(ScaleNoAnswerError) as silent:
            scale.read_stable(0.2)
        assert "baud rate" in silent.value.message
        assert balance.commands[:3] == ["S", "@", "SI"]


def test_a_missing_port_is_not_connected() -> None:
    with pytest.raises(ScaleNotConnectedError) as missing:
        open_scale("serial:///dev/ttyNOSUCH9?protocol=sics", FAST)
    assert "No such file or directory" in missing.value.message
    assert "serial:///dev/ttyNOSUCH9" in missing.value.message


def test_read_now_asks_si(balance: SicsBalance) -> None:
    balance.put("1.5", settle=float("inf"))
    with open_scale(balance.url("sics"), FAST) as scale:
        reading = scale.read_now()
    assert reading.state == "motion"
    assert reading.weight == Weight(Decimal("1.5"), "kg")
    assert balance.commands == ["SI"]


def test_the_previous_parcels_weight_is_not_taken_until_the_scale_changes(balance: SicsBalance) -> None:
    balance.put("1.250")
    previous = Weight(Decimal("1.250"), "kg")
    with open_scale(balance.url("sics"), FAST) as scale:
        with pytest.raises(ScaleUnchangedError) as unchanged:
            scale.read_stable(0.2, unlike=previous)
        assert unchanged.value.code is ErrorCode.SCALE_UNCHANGED
        assert "previous parcel" in unchanged.value.message
        # While it shows the old weight the station asks `SI` (it waits for a change, not stability).
        assert set(balance.commands) == {"SI"}

        # The old parcel off, a new one of the very same weight on: that is a new reading.
        def swap() -> None:
            balance.put("0.000")
            time.sleep(0.05)
            balance.put("1.250", settle=0.05)

        balance.put("1.250")
        swapping = threading.Timer(0.05, swap)
        swapping.start()
        try:
            assert scale.read_stable(1.0, unlike=previous) == previous
        finally:
            swapping.join()


def test_another_weight_than_the_previous_parcels_is_taken_at_once(balance: SicsBalance) -> None:
    balance.put("0.980")
    with open_scale(balance.url("sics"), FAST) as scale:
        assert scale.read_stable(unlike=Weight(Decimal("1.250"), "kg")) == Weight(Decimal("0.980"), "kg")


def test_a_balance_set_to_another_protocol_is_named(balance: SicsBalance) -> None:
    balance.silent = True
    with open_scale(balance.url("sics"), FAST) as scale:
        balance.write(b"ST,GS,+0001.234kg\r\n")
        with pytest.raises(ScaleError):
            scale.read_now()


def test_refusals_of_the_balance_are_explained() -> None:
    with pytest.raises(ScaleError, match="did not understand"):
        parse_sics("ES", "serial:///dev/x")
    with pytest.raises(ScaleError, match="baud rate, parity"):
        parse_sics("ET", "serial:///dev/x")
    with pytest.raises(ScaleError, match="set its unit"):
        parse_sics("S S      1.000 ct", "serial:///dev/x")
    assert parse_sics('I4 A "0123456789"', "serial:///dev/x") is None


def test_the_station_connection_opens_at_the_first_weighing_and_again_after_a_loss() -> None:
    with SicsBalance() as balance:
        balance.put("1.1")
        url = balance.url("sics")
        connection = connect_scale(url, FAST)
        assert connection.read_stable() == Weight(Decimal("1.1"), "kg")
    # The device is gone (unplugged): the weighing says so, and lets go of the port.
    with pytest.raises(ScaleError) as gone:
        connection.read_stable(0.2)
    assert gone.value.code in (ErrorCode.SCALE_NOT_CONNECTED, ErrorCode.SCALE_NO_ANSWER)
    with pytest.raises(ScaleNotConnectedError):
        connection.read_stable(0.2)  # the pty is gone: opening it again fails, and says why
    connection.close()


def test_a_station_opens_without_its_scale() -> None:
    connection = connect_scale("serial:///dev/ttyNOSUCH9?protocol=sics", FAST)
    with pytest.raises(ScaleNotConnectedError):
        connection.read_stable(0.1)
