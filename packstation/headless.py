"""Headless flows behind the CLI: `packstation ship`, `--training` and `--self-test`.

Wires the pieces (credentials, httpx, client, simulator, label store) and prints for people; the
decisions themselves live in `station.shipping`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import httpx

from packstation.credentials import ApiCredentials, load_credentials
from packstation.paths import StationPaths, station_paths
from packstation.sendcloud import DEFAULT_BASE_URL, LabelMimeType, LabelResult, SendcloudClient
from packstation.station.label_store import StoredLabel, label_file_name, save_label
from packstation.station.shipping import (
    OrderLookupPolicy,
    ShippingProfile,
    create_label,
    ensure_not_shipped,
    find_order,
)

if TYPE_CHECKING:
    from packstation.training.simulator import Simulator

MIME_ALIASES: dict[str, LabelMimeType] = {
    "pdf": "application/pdf",
    "zpl": "application/zpl",
    "png": "image/png",
    "application/pdf": "application/pdf",
    "application/zpl": "application/zpl",
    "image/png": "image/png",
}


@dataclass(frozen=True)
class ShipReport:
    order_number: str
    label: LabelResult
    stored: StoredLabel


@dataclass(frozen=True)
class Connection:
    client: SendcloudClient
    paths: StationPaths
    simulator: Simulator | None  # the in-process simulator in training mode


@contextmanager
def connect(*, training: bool, api_url: str | None = None) -> Iterator[Connection]:
    """A ready client: against an in-process simulator (training) or Sendcloud with stored keys."""
    with ExitStack() as stack:
        simulator: Simulator | None = None
        if training:
            from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY
            from packstation.training.simulator import Simulator

            simulator = stack.enter_context(Simulator())
            base_url = simulator.base_url
            credentials = ApiCredentials(TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY)
        else:
            base_url = api_url or DEFAULT_BASE_URL
            credentials = load_credentials()
        http = stack.enter_context(httpx.Client())
        client = SendcloudClient(http, credentials, base_url=base_url)
        paths = station_paths(training=training).create()
        yield Connection(client, paths, simulator)


def ship_and_save(
    connection: Connection,
    order_number: str,
    profile: ShippingProfile,
    *,
    output: Path | None = None,
    lookup: OrderLookupPolicy | None = None,
) -> ShipReport:
    """Find → refuse a second label → create → save atomically. Errors are `PackstationError`s."""
    client = connection.client
    order = find_order(client, order_number, integration_ids=profile.integration_ids, policy=lookup)
    ensure_not_shipped(client, order)
    label = create_label(client, order, profile)
    destination = output or connection.paths.label_store / label_file_name(
        order.order_number, label.parcel_id, label.mime_type
    )
    stored = save_label(destination, label.label, label.mime_type)
    return ShipReport(order.order_number, label, stored)


def print_report(report: ShipReport, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout  # looked up per call: the caller may have redirected stdout
    label = report.label
    dpi = f", {label.dpi} dpi" if label.dpi else ""
    print(f"Label created for order {report.order_number}", file=stream)
    print(f"  parcel     {label.parcel_id}", file=stream)
    print(f"  tracking   {label.tracking_number or '(none given)'}", file=stream)
    if label.tracking_url:
        print(f"  track at   {label.tracking_url}", file=stream)
    print(
        f"  saved to   {report.stored.path} ({label.mime_type}{dpi}, {report.stored.size} bytes)", file=stream
    )
    print(f"  sha256     {report.stored.sha256}", file=stream)


def profile_from_args(args: argparse.Namespace) -> ShippingProfile:
    mime_type = MIME_ALIASES[args.mime_type] if args.mime_type else "application/pdf"
    return ShippingProfile(
        mime_type=mime_type,
        dpi=args.dpi,
        integration_ids=tuple(args.integration or ()),
    )


def ship_command(args: argparse.Namespace, *, training: bool, lookup: OrderLookupPolicy | None = None) -> int:
    profile = profile_from_args(args)
    with connect(training=training, api_url=args.api_url) as connection:
        report = ship_and_save(connection, args.order_number, profile, output=args.output, lookup=lookup)
    print_report(report)
    return 0


def training_demo(*, keep_serving: bool) -> int:
    """Ship one seeded order against the embedded simulator; optionally keep serving it."""
    from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY

    with connect(training=True) as connection:
        assert connection.simulator is not None
        simulator_url = connection.simulator.base_url
        first, second = connection.simulator.shippable_order_numbers()[:2]
        print(f"Training mode: Sendcloud simulator at {simulator_url}")
        print(f"Training station folder: {connection.paths.data_dir}")
        print_report(ship_and_save(connection, first, ShippingProfile()))
        if not keep_serving:
            return 0
        print()
        print("The simulator keeps running. Ship another seeded order from a second terminal:")
        keys = f"PACKSTATION_PUBLIC_KEY={TRAINING_PUBLIC_KEY} PACKSTATION_SECRET_KEY={TRAINING_SECRET_KEY}"
        print(f"  {keys} \\\n    packstation ship {second} --api-url {simulator_url} --mime-type zpl")
        print("Press Ctrl-C to stop.", flush=True)
        try:
            _wait_forever()
        except KeyboardInterrupt:
            print("\nStopped.")
    return 0


def _wait_forever() -> None:
    import threading

    threading.Event().wait()
