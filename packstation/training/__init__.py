"""Training mode: a Sendcloud-compatible simulator and seed data (and, later, a virtual printer).

Kept import-light: the simulator and its label rendering load only when used.
"""

# The simulator's own keys, published on purpose: they open nothing but the local simulator.
TRAINING_PUBLIC_KEY = "training-public-key"
TRAINING_SECRET_KEY = "training-secret-key"  # noqa: S105

__all__ = ["TRAINING_PUBLIC_KEY", "TRAINING_SECRET_KEY"]
