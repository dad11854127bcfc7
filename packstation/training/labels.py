"""Label files the simulator hands out: PDF, PNG and ZPL, each with a scannable Code 128.

Made with Pillow (never PDFium: PDFium is not thread-safe and the app renders with it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelContent:
    """Everything printed on one shipping label."""

    tracking_number: str  # encoded as Code 128 and printed in clear text
    carrier_name: str  # e.g. "PostNL"
    service_name: str  # e.g. "Standard" or "Unstamped letter"
    shipping_option_code: str  # e.g. "postnl:standard"
    sender_lines: tuple[str, ...]  # name/company, street + number, postcode + city, country
    recipient_lines: tuple[str, ...]
    order_number: str
    parcel_id: int
    weight_kg: float
    brand_name: str | None = None  # printed above the sender block when a brand was applied
    service_point_line: str | None = None  # "Service point: …" when shipping to one
    contract_name: str | None = None  # e.g. "Direct contract PostNL" or "Sendcloud rates"
