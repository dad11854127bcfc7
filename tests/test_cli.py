"""The `packstation` command, in-process against a simulator on a loopback port."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from packstation.cli import build_parser, main
from packstation.cli.station_commands import ship_command
from packstation.station.shipping import OrderLookupPolicy
from packstation.training.simulator import Simulator
from tests.conftest import TEST_PUBLIC_KEY, TEST_SECRET_KEY

LABEL_CALL = ("POST", "/orders/create-label-sync")


@pytest.fixture
def api_keys(monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", TEST_SECRET_KEY)


def test_ship_writes_the_label_and_reports_parcel_and_tracking(
    simulator: Simulator, api_keys: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order_number = simulator.shippable_order_numbers()[0]
    output = tmp_path / "label.zpl"
    argv = [
        "ship",
        order_number,
        "--api-url",
        simulator.base_url,
        "--mime-type",
        "zpl",
        "--output",
        str(output),
    ]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    parcel = simulator.backend.parcels()[0]
    assert str(parcel.id) in printed
    assert parcel.tracking_number in printed
    assert str(output) in printed
    assert output.read_bytes().startswith(b"^XA")
    assert simulator.count(*LABEL_CALL) == 1


def test_ship_defaults_to_the_station_label_store(
    simulator: Simulator, api_keys: None, station_home: Path
) -> None:
    order_number = simulator.shippable_order_numbers()[1]
    assert main(["ship", order_number, "--api-url", simulator.base_url, "--dpi", "72"]) == 0
    [stored] = (station_home / "data" / "labels").iterdir()
    assert stored.suffix == ".pdf"
    assert stored.read_bytes().startswith(b"%PDF")


def test_a_second_ship_of_the_same_order_is_refused(
    simulator: Simulator, api_keys: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order_number = simulator.shippable_order_numbers()[2]
    argv = ["ship", order_number, "--api-url", simulator.base_url, "--output", str(tmp_path / "a.pdf")]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 4
    error = capsys.readouterr().err
    assert "already shipped" in error
    assert simulator.backend.parcels()[0].tracking_number in error
    assert simulator.count(*LABEL_CALL) == 1


def test_bad_dpi_is_refused_before_any_request(
    simulator: Simulator, api_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    order_number = simulator.shippable_order_numbers()[0]
    assert (
        main(["ship", order_number, "--api-url", simulator.base_url, "--mime-type", "png", "--dpi", "72"])
        == 1
    )
    error = capsys.readouterr().err
    assert "150" in error
    assert "300" in error
    assert simulator.count(*LABEL_CALL) == 0


def test_wrong_keys_fail_clearly_without_echoing_the_secret(
    simulator: Simulator,
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", "wrong-secret-123456")
    order_number = simulator.shippable_order_numbers()[0]
    assert main(["ship", order_number, "--api-url", simulator.base_url]) == 1
    captured = capsys.readouterr()
    assert "401" in captured.err or "API key" in captured.err
    assert "wrong-secret-123456" not in captured.err + captured.out


def test_unknown_order_exits_3_after_bounded_retries(
    simulator: Simulator, api_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    waits: list[float] = []
    args = build_parser().parse_args(["ship", "NO-SUCH-ORDER", "--api-url", simulator.base_url])
    from packstation.errors import PackstationError

    with pytest.raises(PackstationError) as caught:
        ship_command(
            args, training=False, lookup=OrderLookupPolicy(attempts=3, backoff=0.01, sleep=waits.append)
        )
    assert caught.value.code == "order_not_found"
    assert waits == [0.01, 0.02]
    assert simulator.count("GET", "/orders") == 3


def test_self_test_ships_a_seeded_order_in_a_scratch_training_folder_it_removes(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--self-test"]) == 0
    printed = capsys.readouterr().out
    assert "printed" in printed
    assert "bytes at the virtual printer" in printed
    [folder] = [line.split(": ", 1)[1].split(" (")[0] for line in printed.splitlines() if "folder:" in line]
    assert not Path(folder).exists()  # removed afterwards
    assert not station_home.exists()  # neither the real station's folders nor training's are touched


def test_simulator_command_prints_its_base_url_and_serves(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "simulator",
            "--public-key",
            "k1",
            "--secret-key",
            "s1",
            "--seed",
            "3",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        assert base_url.endswith("/api/v3")
        response = httpx.get(f"{base_url}/integrations", auth=("k1", "s1"), timeout=5)
        assert response.status_code == 200
        assert response.json()["data"]
        assert httpx.get(f"{base_url}/integrations", auth=("k1", "nope"), timeout=5).status_code == 401
    finally:
        process.terminate()
        process.communicate(timeout=10)  # also closes the pipe


def test_ship_rejects_training_together_with_an_api_url() -> None:
    with pytest.raises(SystemExit) as caught:
        build_parser().parse_args(["ship", "X", "--training", "--api-url", "http://127.0.0.1:1/api/v3"])
    assert caught.value.code == 2


def test_ship_with_a_printer_sends_the_label_and_journals_it(
    simulator: Simulator, api_keys: None, station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packstation.journal import Journal, Stage
    from packstation.training.virtual_printer import VirtualPrinter

    order_number = simulator.shippable_order_numbers()[3]
    with VirtualPrinter() as printer:
        argv = [
            "ship",
            order_number,
            "--api-url",
            simulator.base_url,
            "--mime-type",
            "zpl",
            "--printer",
            printer.url,
        ]
        assert main(argv) == 0
        [job] = printer.wait_for_jobs(1, timeout=5)
    assert job.data.startswith(b"^XA")
    assert "printed" in capsys.readouterr().out
    with Journal.open(station_home / "data" / "journal.sqlite3", "check") as journal:
        found = journal.label_for_order(order_number)
        assert found is not None
        assert found.stage is Stage.PRINTED


def test_exit_codes_are_keyed_by_the_real_error_codes() -> None:
    from packstation.cli import EXIT_CODES_BY_ERROR
    from packstation.errors import PackstationError
    from packstation.printing.errors import (
        InvalidPrinterUrlError,
        PrinterBusyError,
        PrinterNotReadyError,
        PrinterStatusUnknownError,
        PrinterUnreachableError,
        PrintUnconfirmedError,
    )
    from packstation.sendcloud import LabelOutcomeUnknownError
    from packstation.station.shipping import AlreadyShippedError, AmbiguousOrderError, OrderNotFoundError

    expected: dict[type[PackstationError], int] = {
        OrderNotFoundError: 3,
        AmbiguousOrderError: 3,
        AlreadyShippedError: 4,
        LabelOutcomeUnknownError: 5,
        InvalidPrinterUrlError: 2,
        PrinterNotReadyError: 6,
        PrinterBusyError: 6,
        PrinterUnreachableError: 7,
        PrintUnconfirmedError: 8,
        PrinterStatusUnknownError: 9,
    }
    assert {cls.__name__: EXIT_CODES_BY_ERROR.get(cls.code) for cls in expected} == {
        cls.__name__: code for cls, code in expected.items()
    }


def test_doctor_reports_a_healthy_station_and_exits_0(
    simulator: Simulator, api_keys: None, station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from packstation.paths import station_paths
    from packstation.settings import StationSettings, save_settings

    save_settings(station_paths().settings_file, StationSettings(api_url=simulator.base_url))
    assert main(["doctor", "--timeout", "2"]) == 0
    report = capsys.readouterr().out
    assert "Sendcloud API" in report
    assert "FAIL" not in report
    assert TEST_SECRET_KEY not in report


def test_doctor_fails_on_rejected_keys(
    simulator: Simulator,
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from packstation.paths import station_paths
    from packstation.settings import StationSettings, save_settings

    monkeypatch.setenv("PACKSTATION_PUBLIC_KEY", TEST_PUBLIC_KEY)
    monkeypatch.setenv("PACKSTATION_SECRET_KEY", "not-the-secret-123")
    save_settings(station_paths().settings_file, StationSettings(api_url=simulator.base_url))
    assert main(["doctor", "--timeout", "2"]) == 1
    assert "FAIL" in capsys.readouterr().out
