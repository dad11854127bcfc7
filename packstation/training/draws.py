"""What the seed's generators share: the fixed moment everything is dated from, and digit strings.

Every draw takes the one `random.Random(seed)` that `make_seed_data` hands round, never the global
generator or the clock, so the same seed gives the same data on every run and platform.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Final

EPOCH: Final = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)  # fixed: seed data never reads the clock


def digits(rng: random.Random, count: int) -> str:
    """`count` random decimal digits (VAT numbers, phone numbers, client ids, GS1 prefixes)."""
    return "".join(str(rng.randint(0, 9)) for _ in range(count))
