"""Packstation: scan an order, get its Sendcloud label out of the thermal printer."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    # Looked up on first use, not at import: importlib.metadata costs ~25 ms, and every
    # `packstation.*` import (the packing window's first among them) runs this file.
    if name != "__version__":
        raise AttributeError(f"module 'packstation' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("packstation")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found


__all__ = ["__version__"]
