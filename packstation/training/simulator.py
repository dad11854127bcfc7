"""A Sendcloud-compatible HTTP server on a loopback port, for training mode, tests and benchmarks.

It speaks real HTTP/1.1 (keep-alive) on a real socket, checks HTTP Basic credentials, counts every
request per endpoint, can record every exchange for contract validation, and misbehaves on demand
(`faults.py`). The account logic lives in `backend.py`; this module is only the wire.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from packstation.sendcloud import ShippingOption
from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY
from packstation.training.account_limit import WRITE_METHODS, AccountLimit, AccountLimiter
from packstation.training.backend import (
    FIRST_PARCEL_ID,
    ApiFailure,
    ApiResponse,
    SendcloudBackend,
    error_object,
)
from packstation.training.counters import CounterFile
from packstation.training.faults import Fault, FaultKind, FaultPlan
from packstation.training.recording import Exchange, ExchangeLog
from packstation.training.request_rules import check_label_request, check_query
from packstation.training.seed import SeedData, make_seed_data

API_PREFIX = "/api/v3"
PARCEL_COUNTER = "next_parcel_id"  # the state file's one counter: tracking numbers are made from it

log = logging.getLogger("packstation.training")

Handler = Callable[["_Request"], ApiResponse]


@dataclass(frozen=True)
class SimulatorConfig:
    """Every knob of the simulator; every wait is a parameter so tests run in milliseconds."""

    public_key: str = TRAINING_PUBLIC_KEY
    secret_key: str = TRAINING_SECRET_KEY
    seed: int = 1
    host: str = "127.0.0.1"
    port: int = 0  # 0: a free port chosen by the OS
    order_save_delay: float = 0.0  # seconds until an upserted order is visible (orders save async)
    patch_save_delay: float = 0.0  # seconds until a PATCHed order reads back changed (saved async)
    document_delay: float = 0.0  # seconds until async-created labels can be fetched
    record: bool = False  # keep every request/response for contract validation
    # Where the parcel counter is kept, so parcel ids and tracking numbers never repeat across
    # restarts (the training folder's); None: in memory, from the first id again at each start.
    state_file: Path | None = None
    # Sendcloud's account-wide write limit (100 writes in any minute, 15 in any second, over every
    # connection; training/account_limit.py), with a time scale for tests and benches. None: off.
    account_limit: AccountLimit | None = None


@dataclass(frozen=True)
class _Request:
    method: str
    path_template: str
    params: Mapping[str, str]  # path parameters
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]
    body: bytes
    base_url: str

    def json(self) -> object:
        if not self.body:
            return None
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise ApiFailure.single(400, "invalid", f"JSON parse error - {exc}", pointer="/data") from exc


class _Route:
    def __init__(self, method: str, template: str, handler: Handler) -> None:
        self.method = method
        self.template = template
        self.handler = handler
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self.regex = re.compile(f"^{pattern}/?$")


class Simulator:
    """The server plus its account. Use as a context manager, or `start()` / `stop()`."""

    def __init__(self, config: SimulatorConfig | None = None, *, seed_data: SeedData | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.seed_data = seed_data or make_seed_data(self.config.seed)
        self.counters = CounterFile(self.config.state_file) if self.config.state_file else None
        parcel_ids = None
        if self.counters is not None:
            counters = self.counters
            counters.peek(PARCEL_COUNTER, FIRST_PARCEL_ID)  # a damaged file stops the start, not a label
            parcel_ids = partial(counters.take, PARCEL_COUNTER, FIRST_PARCEL_ID)
        self.backend = SendcloudBackend(
            self.seed_data,
            order_save_delay=self.config.order_save_delay,
            patch_save_delay=self.config.patch_save_delay,
            document_delay=self.config.document_delay,
            parcel_ids=parcel_ids,
        )
        self.faults = FaultPlan()
        self.account = AccountLimiter(self.config.account_limit) if self.config.account_limit else None
        self._exchanges = ExchangeLog()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._counts_lock = threading.Lock()
        self._stopping = threading.Event()
        self._auth_header = "Basic " + base64.b64encode(
            f"{self.config.public_key}:{self.config.secret_key}".encode()
        ).decode("ascii")
        self._routes = self._make_routes()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle
    def start(self) -> str:
        server = _Server((self.config.host, self.config.port), _RequestHandler)
        server.simulator = self
        self._server = server
        # A short poll makes stop() quick: tests start and stop a simulator for every test.
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="sendcloud-simulator",
            daemon=True,
        )
        self._thread.start()
        log.info("Sendcloud simulator listening on %s", self.base_url)
        return self.base_url

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def serve_until_stopped(self) -> None:
        """Block the calling thread until `stop()` (or Ctrl-C, handled by the caller)."""
        self._stopping.wait()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}{API_PREFIX}"

    # -------------------------------------------------------- introspection
    def count(self, method: str, path_template: str) -> int:
        """How many requests reached `method path_template` (authenticated or not)."""
        with self._counts_lock:
            return self._counts[(method.upper(), path_template)]

    def counts(self) -> dict[str, int]:
        with self._counts_lock:
            return {f"{m} {p}": n for (m, p), n in sorted(self._counts.items())}

    def reset_counts(self) -> None:
        with self._counts_lock:
            self._counts.clear()

    def exchanges(self) -> list[Exchange]:
        return self._exchanges.snapshot()

    def record_exchange(self, exchange: Exchange) -> None:
        """Keep one request and its answer (with `record=True`), for `exchanges()`."""
        self._exchanges.append(exchange)

    def wait_unless_stopped(self, seconds: float) -> None:
        """A fault's delay, cut short when the simulator stops (a test must not wait it out)."""
        self._stopping.wait(seconds)

    def labels_created(self) -> int:
        """Parcels made by any label endpoint: the figure behind 'never a second label'."""
        return len(self.backend.parcels())

    def shippable_order_numbers(self) -> list[str]:
        bad = set(self.seed_data.unshippable_reasons)
        numbers = [str(o["order_number"]) for o in self.seed_data.orders if o["order_number"] not in bad]
        duplicated = {n for n in numbers if numbers.count(n) > 1}
        return [n for n in numbers if n not in duplicated]

    def unshippable_order_numbers(self) -> list[str]:
        return list(self.seed_data.unshippable_reasons)

    def shipping_options(self) -> list[ShippingOption]:
        """Every shipping option of the account, as `POST /shipping-options` would list them."""
        return [ShippingOption.model_validate(option) for option in self.seed_data.shipping_options]

    # --------------------------------------------------------------- routes
    def _make_routes(self) -> list[_Route]:
        b = self.backend

        def sync_label(r: _Request) -> ApiResponse:
            check_label_request(r.json(), batch=False)
            return b.create_label_sync(r.json(), r.base_url)[0]

        def async_labels(r: _Request) -> ApiResponse:
            check_label_request(r.json(), batch=True)
            refused = self.faults.take_refusals(r.method, r.path_template, self.order_numbers_of(r))
            return b.create_labels_async(r.json(), refused)

        return [
            _Route("POST", "/orders/create-label-sync", sync_label),
            _Route("POST", "/orders/create-labels-async", async_labels),
            _Route("POST", "/orders", lambda r: b.upsert_orders(r.json())),
            _Route("GET", "/orders", lambda r: b.list_orders(r.query, _page_url(r))),
            _Route("GET", "/orders/{id}", lambda r: b.get_order(_path_int(r, "id"))),
            _Route("PATCH", "/orders/{id}", lambda r: b.patch_order(_path_int(r, "id"), r.json())),
            _Route("DELETE", "/orders/{id}", lambda r: b.delete_order(_path_int(r, "id"))),
            _Route(
                "GET",
                "/parcels/{id}/documents/{type}",
                lambda r: b.parcel_document(
                    _path_int(r, "id"), r.params["type"], _accept(r), _last(r.query, "dpi")
                ),
            ),
            _Route(
                "GET",
                "/parcel-documents/{type}",
                lambda r: b.parcel_documents_bulk(
                    r.query.get("parcels", []), r.params["type"], _accept(r), _last(r.query, "dpi")
                ),
            ),
            _Route("GET", "/shipments", lambda r: b.list_shipments(r.query, r.base_url)),
            _Route("POST", "/shipments/{id}/cancel", lambda r: b.cancel_shipment(r.params["id"])),
            _Route("GET", "/integrations", lambda r: b.integrations()),
            _Route("GET", "/addresses/sender-addresses", lambda r: b.sender_addresses()),
            _Route("GET", "/contracts", lambda r: b.contracts(r.query)),
            _Route("POST", "/shipping-options", lambda r: b.shipping_options(r.json())),
        ]

    def route(self, method: str, path: str) -> tuple[_Route | None, dict[str, str], bool]:
        """The matching route, its path parameters, and whether the path exists for another method.

        A literal path wins over a templated one, as in the spec: GET /orders/create-label-sync is
        a method the path does not have (405), not the order "create-label-sync".
        """
        matches = [(route, match) for route in self._routes if (match := route.regex.match(path))]
        literal = {route.template for route, _ in matches if "{" not in route.template}
        if literal:
            matches = [(route, match) for route, match in matches if route.template in literal]
        for route, match in matches:
            if route.method == method:
                return route, match.groupdict(), True
        return None, {}, bool(matches)

    def _template_for(self, method: str, path: str) -> str:
        route, _, _ = self.route(method, path)
        return route.template if route else path

    def count_request(self, method: str, template: str) -> None:
        with self._counts_lock:
            self._counts[(method, template)] += 1

    def authorised(self, headers: Mapping[str, str]) -> JsonErrors | None:
        given = headers.get("authorization")
        if not given:
            return [
                error_object(
                    401,
                    "authentication_failed",
                    "Authentication credentials were not provided.",
                    title="No credentials",
                )
            ]
        if given != self._auth_header:
            return [
                error_object(
                    401,
                    "authentication_failed",
                    "The username or password provided is incorrect. Please make a request "
                    "with the valid credentials.",
                    title="Invalid username/password.",
                )
            ]
        return None

    def order_numbers_of(self, request: _Request) -> frozenset[str]:
        """The orders a request is about, so a fault can target one order."""
        numbers = {n.casefold() for n in request.query.get("order_number", [])}
        if request.path_template == "/orders/{id}" and request.params["id"].isdigit():
            numbers |= self.backend.order_numbers_of(int(request.params["id"]))
        try:
            body: Any = json.loads(request.body) if request.body else None
        except ValueError:
            body = None
        selectors: list[Any] = []
        if isinstance(body, dict):
            selectors = [body.get("order"), *(body.get("orders") or [])]
        elif isinstance(body, list):
            selectors = body
        for selector in selectors:
            if not isinstance(selector, dict):
                continue
            if selector.get("order_number"):
                numbers.add(str(selector["order_number"]).casefold())
            elif isinstance(selector.get("order_id"), str):
                # Ship-an-Order names an order by one id only: a fault aimed at an order number
                # must still hit the order sent by its order_id.
                numbers |= self.backend.order_numbers_with_order_id(selector["order_id"])
        return frozenset(numbers)


JsonErrors = list[dict[str, Any]]


def _path_int(request: _Request, name: str) -> int:
    raw = request.params[name]
    if not raw.isdigit() or int(raw) < 1:
        raise ApiFailure.single(404, "not_found", "Not found.", title="Not found")
    return int(raw)


def _last(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[-1] if values else None


def _accept(request: _Request) -> str:
    return request.headers.get("accept", "application/pdf").split(",")[0].split(";")[0].strip()


def _page_url(request: _Request) -> Callable[[Mapping[str, str]], str]:
    def url(params: Mapping[str, str]) -> str:
        return f"{request.base_url}{request.path_template}?{urlencode(dict(params))}"

    return url


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    simulator: Simulator


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real API gateway
    server: _Server
    server_version = "SendcloudSimulator/1"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        # http.server sends headers and body in separate writes; with Nagle's algorithm and the
        # client's delayed ACK every answer would stall ~40 ms. Real API gateways disable it too.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PATCH(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_OPTIONS(self) -> None:
        self._handle()

    def _handle(self) -> None:
        sim = self.server.simulator
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        method = self.command
        if not split.path.startswith(API_PREFIX):
            self._send_json(404, {"errors": [error_object(404, "not_found", "Not found.")]}, record=None)
            return
        path = split.path[len(API_PREFIX) :].rstrip("/") or "/"
        route, params, path_known = sim.route(method, path)
        template = route.template if route else path
        sim.count_request(method, template)
        host = headers.get("host", f"{sim.config.host}:{sim.port}")
        request = _Request(
            method=method,
            path_template=template,
            params=params,
            query=parse_qs(split.query, keep_blank_values=True),
            headers=headers,
            body=body,
            base_url=f"http://{host}{API_PREFIX}",
        )
        record = (request, split.path, split.query) if sim.config.record else None
        auth_errors = sim.authorised(headers)
        if auth_errors is not None:
            self._send_json(401, {"errors": auth_errors}, record=record)
            return
        if route is None:
            status = 405 if path_known else 404
            code, detail = (
                ("method_not_allowed", f'Method "{method}" not allowed.')
                if path_known
                else ("not_found", "The page you have requested could not be found.")
            )
            self._send_json(status, {"errors": [error_object(status, code, detail)]}, record=record)
            return
        if sim.account is not None and method in WRITE_METHODS:
            wait = sim.account.admit()
            if wait is not None:
                self._send_rate_limited(wait, record)
                return
        fault = sim.faults.take(method, template, sim.order_numbers_of(request))
        if fault is not None and not fault.after_processing and self._fault_before(fault, sim, record):
            return
        try:
            check_query(method, template, request.query)
            response = route.handler(request)
        except ApiFailure as failure:
            response = ApiResponse(failure.status, {"errors": failure.errors})
        except Exception as exc:  # a simulator bug must still answer, like a real server's 500
            log.exception("simulator handler failed")
            response = ApiResponse(
                500, {"errors": [error_object(500, "server_error", f"Simulator error: {exc}")]}
            )
        if fault is not None:
            faulty = self._fault_after(fault, response, sim)
            if faulty is None:
                return
            response = faulty
        self._send(response, record)

    # ------------------------------------------------------------ faults
    def _fault_before(self, fault: Fault, sim: Simulator, record: _Record | None) -> bool:
        """Apply a fault before the request is processed; True when the answer has been given."""
        if fault.kind is FaultKind.LATENCY:
            sim.wait_unless_stopped(fault.delay)
            return False
        if fault.kind is FaultKind.STATUS:
            self._send_status_fault(fault, record)
            return True
        if fault.kind is FaultKind.ANNOUNCEMENT_ERROR and self._is_label_call():
            failure = sim.backend.announcement_failure()
            self._send_json(failure.status, {"errors": failure.errors}, record=record)
            return True
        if fault.kind is FaultKind.HANG:
            self._hang(fault, sim)
            return True
        if fault.kind is FaultKind.RESET:
            self._reset()
            return True
        return False  # body-shaping faults act on the processed answer

    def _fault_after(  # noqa: PLR0911 - one return per kind of fault
        self, fault: Fault, response: ApiResponse, sim: Simulator
    ) -> ApiResponse | None:
        """Apply a fault to a processed answer; None when the connection was hung up or reset."""
        kind = fault.kind
        if fault.after_processing and kind is FaultKind.STATUS:
            body = {"errors": [error_object(fault.status, "server_error", "Internal server error.")]}
            return ApiResponse(fault.status, body, headers=_retry_after(fault))
        if fault.after_processing and kind is FaultKind.HANG:
            self._hang(fault, sim)
            return None
        if fault.after_processing and kind is FaultKind.RESET:
            self._reset()
            return None
        if fault.after_processing and kind is FaultKind.LATENCY:
            # The work is done (a label is paid for) and the answer is late: a station killed now
            # has a label at Sendcloud that its journal only knows as requested.
            sim.wait_unless_stopped(fault.delay)
            return response
        if kind is FaultKind.MALFORMED_JSON:
            return ApiResponse(
                response.status if response.status < 300 else 200,
                b'{"data": [{"parcel_id": 4',
                content_type="application/json",
            )
        if kind in (FaultKind.NO_LABEL, FaultKind.BAD_BASE64) and isinstance(response.body, dict):
            body = json.loads(json.dumps(response.body))
            for item in body.get("data") or []:
                if kind is FaultKind.NO_LABEL:
                    item.pop("label", None)
                elif isinstance(item.get("label"), dict):
                    item["label"]["file"] = "%%% this is not base64 %%%"
            return ApiResponse(response.status, body, headers=response.headers)
        return response

    def _is_label_call(self) -> bool:
        return "create-label" in self.path

    def _send_rate_limited(self, wait: float, record: _Record | None) -> None:
        """Over the account's write limit: 429, and when a write would be admitted. Whole seconds
        at Sendcloud's pace; at a faster time scale, fractions (the station reads both)."""
        scale = self.server.simulator.config.account_limit
        retry_after = str(math.ceil(wait)) if scale is None or scale.time_scale == 1 else f"{wait:.3f}"
        self._send(ApiResponse(429, _rate_limit_body(), headers={"Retry-After": retry_after}), record)

    def _send_status_fault(self, fault: Fault, record: _Record | None) -> None:
        status = fault.status
        if status == 429:
            body = _rate_limit_body()
        else:
            body = {"errors": [error_object(status, "server_error", "The server encountered an error.")]}
        self._send(ApiResponse(status, body, headers=_retry_after(fault)), record)

    def _hang(self, fault: Fault, sim: Simulator) -> None:
        sim.wait_unless_stopped(fault.delay)
        self.close_connection = True

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout turns close() into a TCP RST: a connection reset by peer.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    # ------------------------------------------------------------ output
    def _send_json(self, status: int, body: dict[str, Any], *, record: _Record | None) -> None:
        self._send(ApiResponse(status, body), record)

    def _send(self, response: ApiResponse, record: _Record | None) -> None:
        if isinstance(response.body, dict):
            payload = json.dumps(response.body, separators=(",", ":")).encode()
        else:
            payload = response.body or b""
        headers = {**response.headers}
        if response.status != 204:
            headers["Content-Type"] = response.content_type
        headers["Content-Length"] = str(len(payload))
        if record is not None:
            # Recorded before the answer goes out: a client that reads `exchanges()` as soon as
            # its response arrives must find it there.
            request, path, query = record
            self.server.simulator.record_exchange(
                Exchange(
                    method=request.method,
                    path=path,
                    path_template=request.path_template,
                    query=query,
                    request_headers=dict(request.headers),
                    request_body=request.body,
                    status=response.status,
                    response_headers={k.lower(): v for k, v in headers.items()},
                    response_body=payload,
                )
            )
        try:
            self.send_response(response.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if response.status != 204:
                self.wfile.write(payload)
        except OSError:  # the client went away; nothing to answer to
            self.close_connection = True


_Record = tuple[_Request, str, str]


def _rate_limit_body() -> dict[str, Any]:
    """Sendcloud's 429 body: the one documented, with an integer status (api-notes §1, §7.4)."""
    return {
        "errors": [
            {
                "code": "hit_rate_limit",
                "detail": "Rate limit exceeded: 100 per 1 minute",
                "title": "Rate limit exceeded",
                "status": 429,
            }
        ]
    }


def _retry_after(fault: Fault) -> dict[str, str]:
    return {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
