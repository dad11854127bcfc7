"""`packstation simulator`: the Sendcloud simulator served on its own, for a script or a developer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError
from packstation.training import TRAINING_PUBLIC_KEY, TRAINING_SECRET_KEY
from packstation.training.simulator import Simulator, SimulatorConfig


@dataclass(frozen=True)
class SimulatorOptions:
    host: str = "127.0.0.1"
    port: int = 0  # a free one
    public_key: str | None = None  # None: the published training keys
    secret_key: str | None = None
    seed: int = 1
    order_save_delay: float = 0.0
    patch_save_delay: float = 0.0
    document_delay: float = 0.0


def serve_simulator(options: SimulatorOptions, on_ready: Callable[[str], None]) -> None:
    """Start the simulator, tell `on_ready` its base URL, and serve until it is stopped."""
    config = SimulatorConfig(
        public_key=options.public_key or TRAINING_PUBLIC_KEY,
        secret_key=options.secret_key or TRAINING_SECRET_KEY,
        seed=options.seed,
        host=options.host,
        port=options.port,
        order_save_delay=options.order_save_delay,
        patch_save_delay=options.patch_save_delay,
        document_delay=options.document_delay,
    )
    simulator = Simulator(config)
    try:
        simulator.start()
    except OSError as exc:
        raise PackstationError(
            f"The simulator cannot listen on {options.host}:{options.port}: {exc.strerror or exc}.",
            code=ErrorCode.SIMULATOR_PORT_UNAVAILABLE,
        ) from exc
    on_ready(simulator.base_url)
    try:
        simulator.serve_until_stopped()
    finally:
        simulator.stop()
