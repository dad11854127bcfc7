"""Packstation: scan an order, get its Sendcloud label out of the thermal printer."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("packstation")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
