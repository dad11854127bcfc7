"""Client overhead: find-order + create-label round trips through `SendcloudClient` vs bare httpx.

Both sides talk to the same in-process simulator (zero latency) over one keep-alive connection each
and make the same HTTP requests. They run interleaved in small blocks so machine noise hits both
alike; the ratio is the figure to watch (goal ≤ 1.3×), absolute times drift between machines.
The last line printed is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import base64
import json
import statistics
import time
from collections.abc import Callable

import httpx

from packstation.credentials import ApiCredentials
from packstation.sendcloud import LabelMimeType, SendcloudClient, http_client
from packstation.training.simulator import Simulator, SimulatorConfig

# What a thermal station asks for; also the cheapest label to render.
MIME_TYPE: LabelMimeType = "application/zpl"


def _client_round_trip(client: SendcloudClient) -> Callable[[str], tuple[float, float]]:
    def run(order_number: str) -> tuple[float, float]:
        started = time.perf_counter()
        order = client.list_orders(order_number=order_number).items[0]
        found = time.perf_counter()
        label = client.create_label_sync(
            integration_id=order.order_details.integration.id,
            order_id=order.order_id,
            order_number=order.order_number,
            mime_type=MIME_TYPE,
        )
        assert label.label.startswith(b"^XA")
        return found - started, time.perf_counter() - found

    return run


def _bare_round_trip(http: httpx.Client, base_url: str) -> Callable[[str], tuple[float, float]]:
    def run(order_number: str) -> tuple[float, float]:
        started = time.perf_counter()
        response = http.get(f"{base_url}/orders", params={"order_number": order_number})
        response.raise_for_status()
        order = response.json()["data"][0]
        found = time.perf_counter()
        body = {
            "integration_id": order["order_details"]["integration"]["id"],
            "order": {"order_id": order["order_id"]},  # one id: the spec's oneOf selector
            "label_details": {"mime_type": MIME_TYPE, "dpi": 203},
        }
        created = http.post(f"{base_url}/orders/create-label-sync", json=body)
        created.raise_for_status()
        label = base64.b64decode(created.json()["data"][0]["label"]["file"])
        assert label.startswith(b"^XA")
        return found - started, time.perf_counter() - found

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--round-trips", type=int, default=1000)
    parser.add_argument("--block", type=int, default=25, help="round trips per interleaved block")
    options = parser.parse_args()

    credentials = ApiCredentials("bench-public", "bench-secret")
    config = SimulatorConfig(public_key=credentials.public_key, secret_key=credentials.secret_key)
    with (
        Simulator(config) as simulator,
        http_client() as client_http,
        http_client(
            auth=(credentials.public_key, credentials.secret_key), headers={"Accept": "application/json"}
        ) as bare_http,
    ):
        client = SendcloudClient(client_http, credentials, base_url=simulator.base_url)
        sides = {
            "client": _client_round_trip(client),
            "bare_httpx": _bare_round_trip(bare_http, simulator.base_url),
        }
        orders = simulator.shippable_order_numbers()
        for run in sides.values():  # warm up connections, caches and fonts
            for number in orders[:10]:
                run(number)
        timings: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        done = 0
        while done < options.round_trips:
            block = min(options.block, options.round_trips - done)
            for name, run in sides.items():
                for i in range(done, done + block):
                    timings[name].append(run(orders[i % len(orders)]))
            done += block
        labels_created = simulator.labels_created()

    def figures(samples: list[tuple[float, float]]) -> dict[str, float]:
        totals = [find + label for find, label in samples]
        return {
            "round_trip_median_ms": round(statistics.median(totals) * 1000, 3),
            "find_order_median_ms": round(statistics.median(s[0] for s in samples) * 1000, 3),
            "create_label_median_ms": round(statistics.median(s[1] for s in samples) * 1000, 3),
            "total_s": round(sum(totals), 3),
        }

    client_figures, bare_figures = figures(timings["client"]), figures(timings["bare_httpx"])
    result = {
        "bench": "client_overhead",
        "round_trips": options.round_trips,
        "mime_type": MIME_TYPE,
        "client": client_figures,
        "bare_httpx": bare_figures,
        "ratio_median": round(
            client_figures["round_trip_median_ms"] / bare_figures["round_trip_median_ms"], 3
        ),
        "ratio_total": round(client_figures["total_s"] / bare_figures["total_s"], 3),
        "overhead_per_round_trip_ms": round(
            client_figures["round_trip_median_ms"] - bare_figures["round_trip_median_ms"], 3
        ),
        "goal_ratio": 1.3,
        "labels_created": labels_created,
    }
    print(f"client      median round trip {client_figures['round_trip_median_ms']} ms")
    print(f"bare httpx  median round trip {bare_figures['round_trip_median_ms']} ms")
    print(f"ratio (median) {result['ratio_median']}x, goal <= 1.3x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
