"""The Sendcloud simulator in a process of its own, for benches: `python bench/_simulator_process.py`.

Prints the base URL on the first line and a JSON list of the label-only order numbers (shippable,
no customs papers, so a scan prints exactly one job) on the second,
then serves until stdin closes (the bench closes it, or dies). Beyond `packstation simulator` it can
add label latency (fault injection is in-process only), clone the seeded orders so a bench has
enough distinct orders to ship each once, and serve pre-rendered labels.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import json
import sys
from collections.abc import Callable
from typing import Any

from packstation.training import backend
from packstation.training.faults import Fault, FaultKind
from packstation.training.order_reading import CUSTOMS_COUNTRY_CODES
from packstation.training.seed import SeedData, make_seed_data
from packstation.training.simulator import Simulator, SimulatorConfig


def needs_customs(order: dict[str, Any]) -> bool:
    return str((order.get("shipping_address") or {}).get("country_code", "")) in CUSTOMS_COUNTRY_CODES


def label_only_orders(seed: SeedData) -> list[dict[str, Any]]:
    """The shippable orders whose parcel needs no customs papers: one label, nothing else to print."""
    bad = set(seed.unshippable_reasons) | set(seed.duplicate_order_numbers)
    return [order for order in seed.orders if order["order_number"] not in bad and not needs_customs(order)]


def with_clones(seed: SeedData, copies: int) -> SeedData:
    """The seed plus `copies` clones of every label-only order, each with its own ids and number."""
    originals = label_only_orders(seed)
    next_id = max(int(order["id"]) for order in seed.orders) + 1
    clones: list[dict[str, Any]] = []
    for copy_number in range(1, copies + 1):
        for order in originals:
            clone = copy.deepcopy(order)
            clone["id"] = str(next_id)
            clone["order_id"] = f"{order['order_id']}-{copy_number}"
            clone["order_number"] = f"{order['order_number']}-{copy_number}"
            next_id += 1
            clones.append(clone)
    return dataclasses.replace(seed, orders=[*seed.orders, *clones])


def prerender_labels() -> None:
    """Serve one label per (format, dpi), rendered once: takes label rendering out of the timing.

    The label no longer shows the parcel's own tracking number; a bench does not read it.
    Customs papers (rendered elsewhere) are not affected; the bench ships label-only orders.
    """
    render: Callable[..., bytes] = getattr(backend, "render_label")  # noqa: B009 - not re-exported

    @functools.cache
    def rendered(mime_type: str, dpi: int) -> bytes:
        return render(first_content[0], mime_type, dpi)

    first_content: list[Any] = []

    def cached(content: Any, mime_type: str, dpi: int, **kwargs: Any) -> bytes:
        if not first_content:
            first_content.append(content)
        return rendered(mime_type, dpi)

    setattr(backend, "render_label", cached)  # noqa: B010 - patched for the whole process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--public-key", required=True)
    parser.add_argument("--secret-key", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--label-latency",
        type=float,
        default=0.0,
        help="seconds added to each label call (create-label-sync, create-labels-async)",
    )
    parser.add_argument(
        "--order-latency",
        type=float,
        default=0.0,
        help="seconds added to PATCH /orders/{id} and GET /orders/{id} (the weighed path's calls)",
    )
    parser.add_argument(
        "--patch-save-delay", type=float, default=0.0, help="seconds until a PATCHed order reads back"
    )
    parser.add_argument("--clones", type=int, default=0, help="copies of every shippable order to add")
    parser.add_argument("--prerender", action="store_true", help="render each label format once")
    options = parser.parse_args()

    if options.prerender:
        prerender_labels()
    seed = with_clones(make_seed_data(options.seed), options.clones)
    config = SimulatorConfig(
        public_key=options.public_key,
        secret_key=options.secret_key,
        seed=options.seed,
        patch_save_delay=options.patch_save_delay,
    )
    with Simulator(config, seed_data=seed) as simulator:
        # Both label calls: one label (sync) and several boxes (async, issue 18's bench).
        for label_call in ("/orders/create-label-sync", "/orders/create-labels-async"):
            if options.label_latency > 0:
                simulator.faults.add(
                    Fault(
                        FaultKind.LATENCY,
                        method="POST",
                        path=label_call,
                        delay=options.label_latency,
                        times=None,
                    )
                )
        for method in ("PATCH", "GET") if options.order_latency > 0 else ():
            simulator.faults.add(
                Fault(
                    FaultKind.LATENCY,
                    method=method,
                    path="/orders/{id}",
                    delay=options.order_latency,
                    times=None,
                )
            )
        print(simulator.base_url)
        numbers = [str(order["order_number"]) for order in label_only_orders(seed)]
        print(json.dumps(numbers), flush=True)
        sys.stdin.read()  # until the bench closes our stdin (or exits)


if __name__ == "__main__":
    main()
