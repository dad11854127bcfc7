"""`packstation scale-read URL`: one stable weight, as the station would take it, or why there is none.

The weight goes to stdout as the scale gave it (`1.234 kg`), with kilograms beside it when the
scale weighs in another unit (`2.5 lb (1.13398 kg)`). No weight is an error on stderr with its
own exit code (main.py): 11 no stable weight, 12 not connected or silent, 13 zero, below zero or
overloaded.
"""

from __future__ import annotations

import argparse

from packstation.app.scale_tools import weigh_once


def scale_read_command(args: argparse.Namespace) -> int:
    weight = weigh_once(args.url, args.timeout)
    kilograms = weight.to("kg")
    shown = str(weight) if weight.unit == "kg" else f"{weight} ({kilograms.value.normalize():f} kg)"
    print(shown)
    return 0
