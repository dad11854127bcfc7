"""Shipping options by name, as the label prints them ("PostNL Standard"), for the verdict area.

The names come from `POST /shipping-options`, which counts against Sendcloud's write limit: it is
asked when a shift lead saves the settings (the pickers have just loaded the list), never per scan.
The names are cached in the station's data folder; a code missing from the cache is shown as it is.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path

from packstation.atomic import atomic_write_bytes
from packstation.sendcloud import ShippingOption

log = logging.getLogger("packstation.station.shipping_names")


def option_name(option: ShippingOption) -> str:
    """The option's own name, else carrier and product ("PostNL Standard"), else its code."""
    if option.name:
        return option.name
    parts = [part.name for part in (option.carrier, option.product) if part is not None and part.name]
    return " ".join(parts) or option.code


def names_of(options: Iterable[ShippingOption]) -> dict[str, str]:
    return {option.code: option_name(option) for option in options}


def save_shipping_names(path: Path, names: Mapping[str, str]) -> None:
    atomic_write_bytes(path, json.dumps(dict(sorted(names.items())), ensure_ascii=False, indent=1).encode())


def load_shipping_names(path: Path) -> dict[str, str]:
    """The cached names; none (codes are shown) when there is no cache or it cannot be read."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("shipping option names not read from %s: %s", path, error)
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {str(code): str(name) for code, name in loaded.items()}
