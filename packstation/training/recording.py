"""What went over the wire: the simulator records every request and response it handled."""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Exchange:
    """One HTTP request the simulator answered, exactly as seen on the socket."""

    method: str  # "GET", "POST", …
    path: str  # full path as requested, e.g. "/api/v3/orders/create-label-sync" (no query)
    path_template: str  # the route below /api/v3 it matched, e.g. "/parcels/{id}/documents/{type}"
    query: str  # raw query string without "?", "" when none
    request_headers: dict[str, str]  # lower-cased names
    request_body: bytes
    status: int
    response_headers: dict[str, str]  # lower-cased names
    response_body: bytes


class ExchangeLog:
    """Thread-safe append-only list of exchanges (off unless the simulator is told to record)."""

    def __init__(self) -> None:
        self._items: list[Exchange] = []
        self._lock = threading.Lock()

    def append(self, exchange: Exchange) -> None:
        with self._lock:
            self._items.append(exchange)

    def snapshot(self) -> list[Exchange]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
