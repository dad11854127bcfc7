"""What the programs the station starts inherit: the environment, less the station's own variables.

`PACKSTATION_PUBLIC_KEY` and `PACKSTATION_SECRET_KEY` (headless stations keep their keys there) and
the rest of `PACKSTATION_*` are the station's business. A sound player, or the PDF viewer that opens
the training barcode sheet, has no use for them, and a program's environment is easy to leak:
crash reports, `ps e`, whatever that program starts in turn. Every child the station starts gets
`child_environment()`; the frozen app's own fixes to the environment (installer/
frozen_environment.py) are already in `os.environ` and so carried along.

Cheap to import: the sound player loads it on the first play.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

STATION_PREFIX: Final = "PACKSTATION_"


def child_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """`environ` (default: this process's) without any `PACKSTATION_*` variable."""
    source = os.environ if environ is None else environ
    # Windows names are case-insensitive: `Packstation_Secret_Key` is the same variable there.
    return {name: value for name, value in source.items() if not name.upper().startswith(STATION_PREFIX)}
