"""`packstation scale-read URL`: the stable weight on stdout, or why there is none on stderr with its
own exit code (11 no stable weight, 12 not connected or silent, 13 zero, below zero or overload).
Against the fake balance on a real pseudo-terminal; one run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packstation.cli import main
from tests.scales.devices import SicsBalance, StreamingScale

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def balance() -> Iterator[SicsBalance]:
    with SicsBalance(own_timeout=0.05) as device:
        yield device


def read(url: str, capsys: pytest.CaptureFixture[str], timeout: str = "0.3") -> tuple[int, str, str]:
    code = main(["scale-read", url, "--timeout", timeout])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_stable_weight_is_printed(balance: SicsBalance, capsys: pytest.CaptureFixture[str]) -> None:
    balance.put("1.234")
    assert read(balance.url("sics"), capsys) == (0, "1.234 kg\n", "")


def test_another_unit_shows_kilograms_beside_it(
    balance: SicsBalance, capsys: pytest.CaptureFixture[str]
) -> None:
    balance.put("2.5", "lb")
    code, out, _ = read(balance.url("sics"), capsys)
    assert (code, out) == (0, "2.5 lb (1.133980925 kg)\n")


@pytest.mark.parametrize(
    ("set_up", "exit_code", "words"),
    [
        (lambda b: b.put("0.000"), 13, "nothing on the scale"),
        (lambda b: b.put("-0.050"), 13, "scale below zero"),
        (lambda b: b.overload(), 13, "scale overloaded"),
        (lambda b: b.put("1.1", settle=float("inf")), 11, "no stable weight"),
        (lambda b: setattr(b, "silent", True), 12, "scale not answering"),
    ],
)
def test_no_weight_has_its_exit_code(
    balance: SicsBalance,
    capsys: pytest.CaptureFixture[str],
    set_up: Callable[[SicsBalance], None],
    exit_code: int,
    words: str,
) -> None:
    set_up(balance)
    code, out, err = read(balance.url("sics"), capsys)
    assert code == exit_code
    assert out == ""
    assert err.startswith(f"packstation: {words} [scale_")
    assert balance.port in err  # the message names the scale


def test_a_port_that_is_not_there_is_12(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = read("serial:///dev/ttyNOSUCH9?protocol=sics", capsys)
    assert code == 12
    assert "scale not connected [scale_not_connected]" in err


def test_a_bad_url_is_a_usage_error_with_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = read("serial:///dev/ttyUSB0?baud=9600", capsys)
    assert code == 2
    assert "unknown option 'baud'" in err
    assert "protocol=sics" in err


def test_an_unreadable_stream_is_1(capsys: pytest.CaptureFixture[str]) -> None:
    with StreamingScale(b"WEIGHT? 12\r\n") as device:
        code, _, err = read(device.url("continuous"), capsys)
    assert code == 1
    assert "WEIGHT? 12" in err


def test_the_virtual_scale_reads_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = read("virtual:", capsys, timeout="0.05")
    assert code == 13
    assert "reads zero" in err


def test_as_a_real_process(balance: SicsBalance, tmp_path: Path) -> None:
    balance.put("12.5", "g")
    env = {**os.environ, "PACKSTATION_HOME": str(tmp_path / "station")}
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "scale-read", balance.url("sics"), "--timeout", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "12.5 g (0.0125 kg)\n"), done.stderr
    balance.put("0.0", "g")
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "scale-read", balance.url("sics"), "--timeout", "0.2"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 13, done.stderr
