"""Scale URLs, in the printers' style: one string in the settings names the connection and protocol.

| URL | Scale |
|---|---|
| `serial:///dev/ttyUSB0?baudrate=9600&protocol=sics` (`serial://COM3?…`) | MT-SICS: asked `S`, `SI` |
| `serial:///dev/ttyUSB0?baudrate=9600&protocol=continuous` | a scale that streams weight lines |
| `hid://0922:8003` | a USB HID POS scale (usage page 0x8D), VID:PID in hex |
| `virtual:` | the training scale: its weight is set from code |

Serial options: `baudrate` (default 9600), `bytesize` (5-8, default 8), `parity` (N, E, O, M, S;
default N), `stopbits` (1 or 2, default 1) and `protocol` (required: `sics` or `continuous`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal
from urllib.parse import parse_qsl, unquote

from packstation.scales.errors import InvalidScaleUrlError

Protocol = Literal["sics", "continuous", "hid", "virtual"]
EXAMPLES: Final[dict[str, str]] = {
    "serial": "serial:///dev/ttyUSB0?baudrate=9600&protocol=sics",
    "hid": "hid://0922:8003",
    "virtual": "virtual:",
}
_USB_ID: Final = re.compile(r"(?:0x)?([0-9a-f]{1,4})", re.IGNORECASE)


@dataclass(frozen=True)
class ScaleSpec:
    """A parsed scale URL; `url` is its normal form, the one messages name."""

    protocol: Protocol
    url: str
    device: str = ""  # the serial port
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: int = 1
    vendor_id: int = 0
    product_id: int = 0


def _refuse(url: str, scheme: str | None, problem: str) -> InvalidScaleUrlError:
    example = EXAMPLES.get(scheme or "") or ", ".join(EXAMPLES.values())
    return InvalidScaleUrlError(f"Invalid scale URL {url!r}: {problem}; for example {example}.")


def _number(low: int, high: int) -> Callable[[str], int]:
    def read(text: str) -> int:
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValueError(f"a whole number from {low} to {high}")
        return int(text)

    return read


def _parity(text: str) -> str:
    letter = text[:1].upper()
    if not text or letter not in "NEOMS":
        raise ValueError("N, E, O, M or S")
    return letter


def _protocol(text: str) -> str:
    if text not in ("sics", "continuous"):
        raise ValueError("sics (Mettler Toledo MT-SICS) or continuous (a scale that streams its weight)")
    return text


_SERIAL_OPTIONS: Final[Mapping[str, Callable[[str], object]]] = {
    "baudrate": _number(50, 4_000_000),
    "bytesize": _number(5, 8),
    "parity": _parity,
    "stopbits": _number(1, 2),
    "protocol": _protocol,
}


def _serial(url: str, rest: str) -> ScaleSpec:
    location, _, query = rest.partition("?")
    device = unquote(location).rstrip("/") if location not in ("", "/") else ""
    if not device:
        raise _refuse(url, "serial", "the serial port is missing")
    options: dict[str, Any] = {}
    for name, text in parse_qsl(query, keep_blank_values=True):
        reader = _SERIAL_OPTIONS.get(name)
        if reader is None:
            raise _refuse(url, "serial", f"unknown option {name!r} (options: {', '.join(_SERIAL_OPTIONS)})")
        try:
            options[name] = reader(text)
        except ValueError as exc:
            raise _refuse(url, "serial", f"{name} must be {exc}, not {text!r}") from None
    if "protocol" not in options:
        raise _refuse(
            url, "serial", "say which protocol the scale speaks: protocol=sics or protocol=continuous"
        )
    return ScaleSpec(url=f"serial://{location}", device=device, **options)


def _hid(url: str, rest: str) -> ScaleSpec:
    vendor, colon, product = rest.strip("/").partition(":")
    ids = [_USB_ID.fullmatch(vendor), _USB_ID.fullmatch(product)]
    if not colon or None in ids:
        raise _refuse(url, "hid", "give the vendor and product id as two hex numbers, VID:PID (see lsusb)")
    vendor_id, product_id = (int(match[1], 16) for match in ids if match is not None)
    normal = f"hid://{vendor_id:04x}:{product_id:04x}"
    return ScaleSpec("hid", normal, vendor_id=vendor_id, product_id=product_id)


def parse_scale_url(url: str) -> ScaleSpec:
    """Parse a scale URL; raises `InvalidScaleUrlError` showing a valid example."""
    text = url.strip()
    scheme, colon, rest = text.partition(":")
    scheme = scheme.lower()
    if not colon:
        raise _refuse(url, None, "the connection type is missing")
    if scheme == "virtual":
        if rest.strip("/"):
            raise _refuse(url, "virtual", "the virtual scale takes no address")
        return ScaleSpec("virtual", "virtual:")
    if not rest.startswith("//"):
        raise _refuse(url, scheme, "'//' is missing after the connection type")
    if scheme == "serial":
        return _serial(url, rest[2:])
    if scheme == "hid":
        return _hid(url, rest[2:])
    raise _refuse(url, None, f"unknown connection type {scheme!r}")
