"""Training mode: a Sendcloud-compatible simulator and seed data (and, later, a virtual printer).

Kept import-light: the simulator and its label rendering load only when used.
"""

# The simulator's own keys, published on purpose: they open nothing but the local simulator.
TRAINING_PUBLIC_KEY = "training-public-key"
TRAINING_SECRET_KEY = "training-secret-key"  # noqa: S105

# Training's first shift lead: name and PIN are published on the training banner, so a trainee can
# try F8 and F9 at once. It guards practice data only, and never goes near a real station's keyring.
# Six digits, as every new PIN (a four-digit one would teach the wrong habit).
TRAINING_LEAD_NAME = "Training lead"
TRAINING_LEAD_PIN = "000000"

# Two demo packers (badge id, name) whose badges are on the practice sheet: signing in is practised
# like the rest. A badge reads as `BADGE-<id>` with the default badge pattern.
TRAINING_PACKERS = (("DEMO1", "Alex (demo packer)"), ("DEMO2", "Robin (demo packer)"))

__all__ = [
    "TRAINING_LEAD_NAME",
    "TRAINING_LEAD_PIN",
    "TRAINING_PACKERS",
    "TRAINING_PUBLIC_KEY",
    "TRAINING_SECRET_KEY",
]
