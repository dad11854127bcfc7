"""Fault injection for the simulator: what goes wrong, where, for which order, how often."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from enum import StrEnum


class FaultKind(StrEnum):
    LATENCY = "latency"  # answer normally after `delay` seconds (with `after_processing`: work first)
    STATUS = "status"  # answer `status` with a JSON:API error body (429 honours `retry_after`)
    HANG = "hang"  # read the request, then say nothing for `delay` seconds (past the client timeout)
    RESET = "reset"  # close the connection with a TCP RST before answering
    MALFORMED_JSON = "malformed_json"  # 2xx whose body is not JSON
    NO_LABEL = "no_label"  # label endpoint answers 2xx without a label file
    BAD_BASE64 = "bad_base64"  # label endpoint answers 2xx with a label file that is not Base64
    ANNOUNCEMENT_ERROR = (
        "announcement_error"  # the carrier refused the parcel (400 parcel_announcement_error)
    )
    # In a create-labels-async batch, only the order named by `order_number` is refused by the
    # carrier (an `errors[]` entry pointing at it); the rest of the batch is shipped. Several such
    # faults may hit one request. Needs `order_number`.
    REFUSE_ORDER = "refuse_order"


@dataclass
class Fault:
    """One planned misbehaviour.

    `method`/`path` select the endpoint (`path` is the template below `/api/v3`, for example
    `/orders/create-label-sync` or `/parcels/{id}/documents/{type}`; `None` matches any).
    `order_number` limits it to requests about that order. `times` is how many requests it hits
    (`None`: every one). With `after_processing`, a label endpoint first creates the parcel and then
    misbehaves: the lost-response case that must never lead to a second label.
    """

    kind: FaultKind
    method: str | None = None
    path: str | None = None
    order_number: str | None = None
    status: int = 500
    retry_after: str | None = None
    delay: float = 0.0
    times: int | None = 1
    after_processing: bool = False
    hits: int = field(default=0, init=False)

    def matches(self, method: str, path_template: str, order_numbers: frozenset[str]) -> bool:
        if self.method is not None and self.method.upper() != method:
            return False
        if self.path is not None and self.path != path_template:
            return False
        if self.order_number is not None and self.order_number.casefold() not in order_numbers:
            return False
        return self.times is None or self.hits < self.times


class FaultPlan:
    """Thread-safe list of faults; the first matching fault wins and is used up."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path_template: str, order_numbers: frozenset[str]) -> Fault | None:
        """The first request-level fault that matches, used up once (per-order refusals are not)."""
        with self._lock:
            for fault in self._faults:
                if fault.kind is not FaultKind.REFUSE_ORDER and fault.matches(
                    method, path_template, order_numbers
                ):
                    fault.hits += 1
                    return fault
        return None

    def take_refusals(self, method: str, path_template: str, order_numbers: frozenset[str]) -> frozenset[str]:
        """Every order of this request that a `REFUSE_ORDER` fault refuses (casefolded), each used up."""
        refused: set[str] = set()
        with self._lock:
            for fault in self._faults:
                if (
                    fault.kind is FaultKind.REFUSE_ORDER
                    and fault.order_number is not None
                    and fault.matches(method, path_template, order_numbers)
                ):
                    fault.hits += 1
                    refused.add(fault.order_number.casefold())
        return frozenset(refused)
