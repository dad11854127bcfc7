"""Scale URLs, weights as scales and people write them, and the training scale (without Qt)."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest

from packstation.scales import (
    InvalidScaleUrlError,
    ScaleOverloadError,
    ScaleUnchangedError,
    ScaleUnstableError,
    ScaleZeroError,
    VirtualScale,
    Weight,
    connect_scale,
    parse_scale_url,
    parse_weight,
)
from tests.scales.devices import FAST


def test_serial_urls() -> None:
    spec = parse_scale_url("serial:///dev/ttyUSB0?baudrate=4800&parity=E&bytesize=7&protocol=sics")
    assert (spec.protocol, spec.device, spec.baudrate, spec.parity, spec.bytesize, spec.stopbits) == (
        "sics",
        "/dev/ttyUSB0",
        4800,
        "E",
        7,
        1,
    )
    assert parse_scale_url("serial://COM3?protocol=continuous").device == "COM3"


def test_hid_and_virtual_urls() -> None:
    spec = parse_scale_url("hid://0x922:8003")
    assert (spec.protocol, spec.vendor_id, spec.product_id, spec.url) == (
        "hid",
        0x0922,
        0x8003,
        "hid://0922:8003",
    )
    assert parse_scale_url("virtual:").protocol == "virtual"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("serial:///dev/ttyUSB0", "protocol=sics or protocol=continuous"),
        ("serial:///dev/ttyUSB0?protocol=modbus", "protocol must be sics"),
        ("serial:///dev/ttyUSB0?protocol=sics&baudrate=fast", "baudrate must be a whole number"),
        ("serial://?protocol=sics", "serial port is missing"),
        ("hid://dymo", "VID:PID"),
        ("virtual:scale", "takes no address"),
        ("usb://0922:8003", "unknown connection type 'usb'"),
        ("ttyUSB0", "connection type is missing"),
    ],
)
def test_bad_urls_say_what_is_wrong_and_show_an_example(url: str, says: str) -> None:
    with pytest.raises(InvalidScaleUrlError) as bad:
        parse_scale_url(url)
    assert says in bad.value.message
    assert "for example" in bad.value.message


@pytest.mark.parametrize(
    ("typed", "value", "unit"),
    [
        ("1.25kg", "1.25", "kg"),
        ("1,25kg", "1.25", "kg"),
        ("1,25 KG", "1.25", "kg"),
        ("800g", "800", "g"),
        ("2.5lb", "2.5", "lb"),
        ("2.5 lbs", "2.5", "lb"),
        ("12oz", "12", "oz"),
        (".5kg", "0.5", "kg"),
    ],
)
def test_typed_weights(typed: str, value: str, unit: str) -> None:
    assert parse_weight(typed) == Weight(Decimal(value), unit)  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["1.25", "kg", "1.2.5kg", "1,250.5g", "0kg", "-1kg", "3 stone", ""])
def test_typed_weights_that_are_none(typed: str) -> None:
    with pytest.raises(ValueError, match=r"weight|above zero"):
        parse_weight(typed)


def test_conversions_are_exact() -> None:
    assert Weight(Decimal("1"), "lb").to("kg") == Weight(Decimal("0.45359237"), "kg")
    assert Weight(Decimal("16"), "oz").grams() == Weight(Decimal("1"), "lb").grams()
    assert Weight(Decimal("1"), "kg").same_as(Weight(Decimal("1000"), "g"))
    assert not Weight(Decimal("1.000"), "kg").same_as(Weight(Decimal("1.001"), "kg"))


def test_the_training_scale() -> None:
    scale = connect_scale("virtual:", FAST)
    assert isinstance(scale, VirtualScale)
    with pytest.raises(ScaleZeroError):
        scale.read_stable(0.01)
    scale.set_weight("1.2", stable=False)
    with pytest.raises(ScaleUnstableError):
        scale.read_stable(0.01)
    scale.set_overload()
    with pytest.raises(ScaleOverloadError):
        scale.read_stable(0.01)
    scale.set_weight("0.85")
    assert scale.read_stable(0.01) == Weight(Decimal("0.85"), "kg")


def test_the_training_scale_wakes_a_waiting_reader() -> None:
    scale = VirtualScale(FAST)
    timer = threading.Timer(0.05, scale.set_weight, ["2.4"])
    started = time.monotonic()
    timer.start()
    assert scale.read_stable(2.0) == Weight(Decimal("2.4"), "kg")
    assert time.monotonic() - started < 1.0
    timer.join()


def test_the_training_scale_never_copies_the_previous_parcels_weight() -> None:
    scale = VirtualScale(FAST)
    scale.set_weight("1.3")
    previous = scale.read_stable()
    with pytest.raises(ScaleUnchangedError):
        scale.read_stable(0.05, unlike=previous)
    # Set again (the next parcel, as heavy as the last) while the station waits: taken.
    timer = threading.Timer(0.02, scale.set_weight, ["1.3"])
    timer.start()
    assert scale.read_stable(1.0, unlike=previous) == previous
    timer.join()
