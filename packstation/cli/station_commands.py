"""The station commands: `packstation ship`, `reprint`, `recover`, `--self-test` and
`--training --reset`.

They run the station `app.station.open_station` builds, the same the packing screen drives, and
print for people; the decisions live in the core.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from packstation.app.faces import OrderLookupPolicy, PrinterProfile, ScanVerdict, Verdict
from packstation.app.station import Station, open_station
from packstation.app.training import reset_training, scratch_training_paths
from packstation.atomic import atomic_write_bytes
from packstation.cli.wording import error_line, stage_words
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.paths import station_paths

EXIT_OUTCOME_UNKNOWN = 5
# A recovery verdict with one of these leaves an order blocked until its outcome is settled.
UNKNOWN_OUTCOME_CODES = frozenset(
    {ErrorCode.OUTCOME_STILL_UNKNOWN, ErrorCode.SENDCLOUD_LABEL_OUTCOME_UNKNOWN}
)


def print_verdict(verdict: ScanVerdict, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout  # looked up per call: the caller may have redirected stdout
    print(verdict.message, file=stream)
    if verdict.order is not None:
        print(f"  order      {verdict.order.order_number} to {verdict.order.recipient}", file=stream)
        if verdict.order.weight is not None:
            unchecked = "" if verdict.order.weight_limit_checked else " (weight limit not checked)"
            print(f"  weight     {verdict.order.weight}{unchecked}", file=stream)
    if len(verdict.parcels) > 1:
        print(f"  parcels    {', '.join(str(p) for p in verdict.parcels)} (box 1, 2, …)", file=stream)
    elif verdict.parcel_id is not None:
        print(f"  parcel     {verdict.parcel_id}", file=stream)
        print(f"  tracking   {verdict.tracking_number or '(none given)'}", file=stream)
    if verdict.label_path is not None:
        print(f"  saved to   {verdict.label_path}", file=stream)
    if verdict.print_outcome is not None:
        print(f"  printer    {verdict.print_outcome.printer_url}: {verdict.print_outcome.state}", file=stream)


@contextmanager
def _open_station(**options: Any) -> Iterator[Station]:
    """`open_station`, saying on stderr when the settings file was changed outside Packstation:
    the command still runs, on the safety settings a shift lead last saved."""
    with open_station(**options) as station:
        if station.settings_change is not None:
            print(error_line(station.settings_change.error()), file=sys.stderr)
        yield station


def _station_overrides(args: argparse.Namespace, *, training: bool) -> dict[str, Any]:
    """`--api-url` and `--printer` as settings on top of the saved ones (without `--printer`, and
    outside training, the label only goes to a file)."""
    overrides: dict[str, Any] = {}
    if not training and args.api_url:
        overrides["api_url"] = args.api_url
    if getattr(args, "printer", None):
        overrides["printer"] = PrinterProfile(url=args.printer)
    elif not training:
        overrides["printer"] = None
    return overrides


def ship_command(args: argparse.Namespace, *, training: bool, lookup: OrderLookupPolicy | None = None) -> int:
    """`packstation ship`: one scan through the station workflow (journal, guard, printer)."""
    overrides = _station_overrides(args, training=training)
    if args.mime_type:
        overrides["label_mime_type"] = args.mime_type  # the CLI resolved pdf/zpl/png already
    if args.dpi is not None:
        overrides["label_dpi"] = args.dpi
    if args.integration:
        overrides["integration_ids"] = tuple(args.integration)
    if lookup is not None:
        overrides["lookup"] = {"attempts": lookup.attempts, "backoff_seconds": lookup.backoff}
    with _open_station(
        training=training,
        overrides=overrides,
        sleep=lookup.sleep if lookup else time.sleep,
        several_boxes=bool(getattr(args, "boxes", None)),
    ) as station:
        verdict = station.workflow.handle_scan(
            args.order_number, weight=getattr(args, "weight", None), boxes=getattr(args, "boxes", None) or ()
        )
        box_labels = (
            [box.label_path for box in station.journal.boxes(verdict.attempt_id)]
            if verdict.parcels and verdict.attempt_id is not None
            else []
        )
    if verdict.verdict is not Verdict.SUCCESS:
        raise PackstationError(verdict.message, code=verdict.code)
    if len(box_labels) > 1:
        print_verdict(verdict)
        _write_box_outputs(args.output, box_labels)
    else:
        _write_output(args.output, verdict)
    return 0


def reprint_command(args: argparse.Namespace, *, training: bool) -> int:
    """`packstation reprint ORDER_NUMBER`: the order's label again, from the label store or the
    parcel documents endpoint; never a new label. Audited like the console's reprint."""
    with _open_station(training=training, overrides=_station_overrides(args, training=training)) as station:
        workflow = station.workflow
        attempt = workflow.label_attempt(args.order_number, parcel_id=args.parcel)
        station.journal.audit("command line", "reprint", f"attempt {attempt.id}, parcel {attempt.parcel_id}")
        verdict = workflow.reprint(attempt.id, as_pdf=args.as_pdf)
        if verdict.verdict is not Verdict.SUCCESS:
            raise PackstationError(verdict.message, code=verdict.code)
    _write_output(args.output, verdict)
    return 0


def recover_command(args: argparse.Namespace, *, training: bool) -> int:
    """`packstation recover`: start-up recovery, headless. One line per attempt it touched; exit 5
    while a label's outcome is still unknown (unprinted labels are listed, not a failure)."""
    overrides = _station_overrides(args, training=training)
    overrides["printer"] = None  # recovery prints nothing
    with _open_station(training=training, overrides=overrides) as station:
        verdicts = station.workflow.recover()
        stages = {v.attempt_id: station.journal.attempt(v.attempt_id).stage for v in verdicts if v.attempt_id}
    words = stage_words()
    for verdict in verdicts:
        now = f"  Now: {words[stages[verdict.attempt_id]]}" if verdict.attempt_id in stages else ""
        print(f"attempt {verdict.attempt_id}  {verdict.code or verdict.verdict}  {verdict.message}{now}")
    if not verdicts:
        print("Nothing was left unfinished.")
    if any(verdict.code in UNKNOWN_OUTCOME_CODES for verdict in verdicts):
        return EXIT_OUTCOME_UNKNOWN
    return 0


def _write_box_outputs(output: Path | None, labels: list[Path | None]) -> None:
    """`--output FILE` with several boxes: box k's label in `FILE-box<k>.<ext>`."""
    if output is None:
        return
    for number, path in enumerate(labels, start=1):
        if path is not None:
            target = output.with_name(f"{output.stem}-box{number}{path.suffix or output.suffix}")
            atomic_write_bytes(target, path.read_bytes())
            print(f"  box {number}      written to {target}")


def _write_output(output: Path | None, verdict: ScanVerdict) -> None:
    if output is not None and verdict.label_path is not None:
        atomic_write_bytes(output, verdict.label_path.read_bytes())
        verdict = dataclasses.replace(verdict, label_path=output)
    print_verdict(verdict)


def self_test() -> int:
    """`packstation --self-test`: ship one seeded order through the whole training station
    (simulator + virtual printer), headless, and exit 0 only when its label reached the printer.
    Always in a fresh scratch training folder: practice done at this station cannot fail it."""
    with scratch_training_paths() as paths, open_station(training=True, paths=paths) as station:
        assert station.simulator is not None
        assert station.virtual_printer is not None
        print(f"Training mode: Sendcloud simulator at {station.simulator.base_url}")
        print(f"Training printer: {station.virtual_printer.url}")
        print(f"Training station folder: {station.paths.data_dir} (a fresh one, removed afterwards)")
        verdict = station.workflow.handle_scan(station.simulator.shippable_order_numbers()[0])
        print_verdict(verdict)
        if verdict.verdict is not Verdict.SUCCESS:
            raise PackstationError(verdict.message, code=verdict.code)
        [job] = station.virtual_printer.wait_for_jobs(1, timeout=10)
        print(f"  received   {len(job.data)} bytes at the virtual printer")
    return 0


def reset_command() -> int:
    """`packstation --training --reset`: the practice starts again (the training journal, labels,
    simulator state and practice PINs go); one line per path removed. Refused while a training
    station is open (`training_in_use`)."""
    paths = station_paths(training=True)
    removed = reset_training(paths)
    for path in removed:
        print(f"removed  {path}")
    if removed:
        print("Training is reset: every practice order can be shipped again.")
    else:
        print(f"Nothing to remove: the training folder {paths.data_dir} was already fresh.")
    return 0
