"""The API keys never leave the keyring: a whole shift with distinctive fake keys, then a search.

The station runs as a real one (`open_station(training=False)`: keys from the OS keyring, here the
real in-memory backend) against a simulator that accepts exactly those keys and a virtual printer,
under a temporary PACKSTATION_HOME. It ships an order, fails on a missing order and on a 400,
survives a 500, reprints, retries carrier refusals one by one and as a batch, exports the journal
to CSV, writes a crash log through the GUI's own exception hook (with the client and the keys'
holder in the exception), and runs `packstation doctor`. Then the keys, in clear and in their
Base64 Basic-auth form, must be in no file under the station's folders, no log record at DEBUG
level, no exception text, no output.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from packstation.app.station import open_station
from packstation.credentials import ApiCredentials, save_credentials
from packstation.journal import utc_now
from packstation.paths import StationPaths, station_paths
from packstation.printing.profile import PrinterProfile
from packstation.sendcloud import SendcloudClient
from packstation.settings import LookupSetting, StationSettings, save_settings
from packstation.station.review import FailureReview
from packstation.station.workflow import Verdict
from packstation.training.faults import Fault, FaultKind
from packstation.training.simulator import Simulator, SimulatorConfig
from packstation.training.virtual_printer import VirtualPrinter
from tests.keyrings import MemoryKeyring

LEAK_PUBLIC_KEY = "pk_LEAKCHECK_7c1d93e0a5b2"
LEAK_SECRET_KEY = "sk_LEAKCHECK_f04b6e21d8c97a35"


def needles() -> dict[str, bytes]:
    """Every form in which the keys could leak: each key, and the Basic-auth header's Base64."""
    basic = base64.b64encode(f"{LEAK_PUBLIC_KEY}:{LEAK_SECRET_KEY}".encode())
    return {
        "public key": LEAK_PUBLIC_KEY.encode(),
        "secret key": LEAK_SECRET_KEY.encode(),
        "secret key (Base64)": base64.b64encode(LEAK_SECRET_KEY.encode()),
        "Basic auth": basic,
        # the secret's bytes inside any Base64 stream, whatever its alignment
        **{f"Basic auth (part {i})": basic[i * 4 + 8 : i * 4 + 24] for i in range(3)},
    }


def leaks_in_files(root: Path) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        content = path.read_bytes()
        found += [f"{what} in {path}" for what, needle in needles().items() if needle in content]
    return found


def leaks_in_texts(texts: Iterable[str]) -> list[str]:
    return [
        f"{what} in {text[:200]!r}"
        for text in texts
        for what, needle in needles().items()
        if needle.decode() in text
    ]


def record_texts(records: Iterable[logging.LogRecord]) -> Iterator[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        yield formatter.format(record)  # message, arguments and the formatted traceback
        yield repr(record.args)


def test_the_search_finds_a_planted_key(tmp_path: Path) -> None:
    """The control: the search below would see a leak if there were one."""
    (tmp_path / "a.log").write_text("Authorization: Basic " + needles()["Basic auth"].decode())
    (tmp_path / "b.bin").write_bytes(b"\x00" + LEAK_SECRET_KEY.encode() + b"\x00")
    assert len(leaks_in_files(tmp_path)) >= 2
    assert leaks_in_texts([f"boom {LEAK_PUBLIC_KEY}"])


def crash_inside_the_client(client: SendcloudClient, credentials: ApiCredentials) -> None:
    """An unexpected error whose text carries the client and the key holder, as a careless
    f-string would; both have a redacted repr."""
    raise RuntimeError(f"unexpected state in {client!r} with {credentials!r} ({credentials})")


def test_no_key_leaks_from_a_whole_shift(
    station_home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from packstation.cli import main as cli_main
    from packstation.qt.app import log_to_file, make_excepthook

    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("PACKSTATION_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("PACKSTATION_SECRET_KEY", raising=False)
    save_credentials(ApiCredentials(LEAK_PUBLIC_KEY, LEAK_SECRET_KEY))
    texts: list[str] = []  # every exception text and message a person or a log could see
    paths: StationPaths = station_paths().create()
    config = SimulatorConfig(public_key=LEAK_PUBLIC_KEY, secret_key=LEAK_SECRET_KEY)
    with Simulator(config) as simulator, VirtualPrinter() as printer:
        save_settings(
            paths.settings_file,
            StationSettings(
                api_url=simulator.base_url,
                label_mime_type="application/zpl",
                printer=PrinterProfile(url=printer.url),
                lookup=LookupSetting(attempts=1, backoff_seconds=0),
            ),
        )
        shippable = simulator.shippable_order_numbers()
        with open_station(training=False, sleep=lambda _: None) as station:
            workflow = station.workflow
            shipped = workflow.handle_scan(shippable[0])
            assert shipped.verdict is Verdict.SUCCESS, shipped.message
            not_found = workflow.handle_scan("NOPE-40404")
            assert not_found.code == "order_not_found"
            refused = workflow.handle_scan(simulator.unshippable_order_numbers()[0])  # a 400 from Sendcloud
            assert refused.verdict is Verdict.FAILED
            simulator.faults.add(Fault(FaultKind.STATUS, path="/orders/create-label-sync", status=500))
            retried = workflow.handle_scan(shippable[1])  # a 500: a label may exist, so none is made
            assert retried.code == "outcome_still_unknown", retried.message
            # Past the settle window, recovery proves that no label was made (the doctor then
            # has nothing unfinished to report).
            workflow.wall_clock = lambda: utc_now() + timedelta(seconds=workflow.settings.settle_window + 1)
            texts += [v.message for v in workflow.recover()]
            assert shipped.attempt_id is not None
            reprinted = workflow.reprint(shipped.attempt_id)
            assert reprinted.verdict is Verdict.SUCCESS, reprinted.message
            texts += [v.message for v in (shipped, not_found, refused, retried, reprinted)]

            # The console's retries: one refused by the carrier, then fixed; two more as a batch.
            review = FailureReview(workflow, document_attempts=5, document_wait=0)
            failed = []
            integration_of = {
                str(o["order_number"]): o["order_details"]["integration"]["id"]
                for o in simulator.seed_data.orders
            }
            one_shop = [n for n in shippable[2:] if integration_of[n] == integration_of[shippable[2]]]
            for number in one_shop[:3]:
                simulator.faults.add(
                    Fault(FaultKind.ANNOUNCEMENT_ERROR, path="/orders/create-label-sync", order_number=number)
                )
                verdict = workflow.handle_scan(number)
                assert verdict.verdict is Verdict.FAILED, verdict.message
                assert verdict.attempt_id is not None
                texts.append(verdict.message)
                failed.append(verdict.attempt_id)
            retried_one = review.retry(failed[0], actor="lead-leakcheck")
            assert retried_one.verdict is Verdict.SUCCESS, retried_one.message
            batch = review.retry_batch(failed[1:], actor="lead-leakcheck")
            assert batch.printed == 2, batch
            texts += [retried_one.message] + [
                item.verdict.message if item.verdict else str(item.error) for item in batch.items
            ]

            export = paths.data_dir / "export.csv"
            with export.open("w", newline="", encoding="utf-8") as stream:
                assert workflow.journal.export_csv(None, stream) >= 4

            handler = log_to_file(paths)
            shown: list[str] = []
            try:
                try:
                    crash_inside_the_client(workflow.client, ApiCredentials(LEAK_PUBLIC_KEY, LEAK_SECRET_KEY))
                except RuntimeError as error:
                    texts += traceback.format_exception(error)
                    make_excepthook(show=shown.append)(type(error), error, error.__traceback__)
            finally:
                logging.getLogger().removeHandler(handler)
                handler.close()
            texts += shown
            crash_log = (paths.log_dir / "packstation.log").read_text(encoding="utf-8")
            assert "crash_inside_the_client" in crash_log  # the traceback is really in the file

        assert cli_main(["--verbose", "doctor", "--timeout", "5"]) == 0
        doctor = capsys.readouterr()
        assert "from the keyring" in doctor.out  # the doctor really used these keys
        texts += [doctor.out, doctor.err]

    assert any(record.levelno == logging.CRITICAL for record in caplog.records)  # the capture works
    assert leaks_in_files(station_home) == []
    assert leaks_in_texts(record_texts(caplog.records)) == []
    assert leaks_in_texts(texts) == []
    assert memory_keyring.passwords  # the keys are where they belong, and only there
