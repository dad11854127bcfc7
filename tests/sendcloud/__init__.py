"""Tests of the Sendcloud client, over real HTTP against the loopback simulator (no httpx mocks).

Helpers shared by the test modules live here; fixtures are defined per module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from packstation.credentials import ApiCredentials
from packstation.sendcloud import RetryPolicy, SendcloudClient
from packstation.sendcloud import http_client as station_http_client
from packstation.training.recording import Exchange
from packstation.training.simulator import Simulator

# Small but not tiny: a loaded CI machine must still answer a normal call in time. The hang tests
# pass their own, much shorter, timeouts.
TEST_TIMEOUT = httpx.Timeout(5.0, connect=2.0)
SHORT_TIMEOUT = httpx.Timeout(0.2, connect=1.0)


def http_client(**kwargs: Any) -> httpx.Client:
    """A fresh `httpx.Client`, built as the application builds one (its TLS context is shared)."""
    return station_http_client(**kwargs)


class SleepRecorder:
    """A `RetryPolicy.sleep` that records every wait instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def recorded(sim: Simulator, keep: Callable[[Exchange], bool]) -> list[Exchange]:
    """The recorded exchanges that `keep` selects (the simulator records before it answers)."""
    return [exchange for exchange in sim.exchanges() if keep(exchange)]


def retry_policy(
    sleeps: SleepRecorder, *, max_attempts: int = 3, now: float = 1_700_000_000.0
) -> RetryPolicy:
    """Deterministic waits: fixed jitter (0.5), a fixed clock, nothing actually slept."""
    return RetryPolicy(
        max_attempts=max_attempts,
        backoff_base=0.01,
        backoff_max=5.0,
        sleep=sleeps,
        jitter=lambda: 0.5,
        clock=lambda: now,
    )


def make_client(
    http: httpx.Client,
    base_url: str,
    credentials: ApiCredentials,
    sleeps: SleepRecorder | None = None,
    *,
    timeout: httpx.Timeout = TEST_TIMEOUT,
    label_timeout: httpx.Timeout = TEST_TIMEOUT,
    max_attempts: int = 3,
    partner_id: str | None = None,
) -> SendcloudClient:
    return SendcloudClient(
        http,
        credentials,
        base_url=base_url,
        partner_id=partner_id,
        timeout=timeout,
        label_timeout=label_timeout,
        retry=retry_policy(sleeps if sleeps is not None else SleepRecorder(), max_attempts=max_attempts),
    )
