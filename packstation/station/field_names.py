"""Sendcloud's JSON pointers in words a shift lead understands.

An API error points at the field it is about (`/to_address/house_number`,
`/data/0/to_address/house_number`, `/data/attributes/[1]/order_details/integration`…; the pointer
styles vary, api-notes §2). The console shows "shipping address → house number" instead. The
envelope (`data`, `attributes`, the order's index in a batch) says nothing a person needs: the
console already shows which order it is. Unknown names are humanised ("gift_wrap" → "gift wrap"),
never refused: a new field in an error must not break the detail pane.

English only here: the Qt layer translates whole sentences by error code, and these words are the
field names of Sendcloud's (English) API.
"""

from __future__ import annotations

import re
from typing import Final

ARROW: Final = " → "

# The envelope of a request body: dropped, with the order index that may follow them.
_ENVELOPE: Final = frozenset({"data", "attributes", "orders", "order"})

# Containers that add nothing a person needs ("order_details → order_items" reads as "items").
_TRANSPARENT: Final = frozenset({"order_details", "shipping_details", "label_details", "properties"})

_WORDS: Final[dict[str, str]] = {
    "to_address": "shipping address",
    "shipping_address": "shipping address",
    "from_address": "sender address",
    "sender_address": "sender address",
    "sender_address_id": "sender address",
    "billing_address": "billing address",
    "house_number": "house number",
    "address_line_1": "street",
    "address_line_2": "address line 2",
    "postal_code": "postcode",
    "country_code": "country",
    "state_province_code": "state or province",
    "company_name": "company",
    "phone_number": "phone number",
    "po_box": "PO box",
    "order_items": "items",
    "parcel_items": "items",
    "parcels": "parcel",
    "weight": "weight",
    "dimensions": "dimensions",
    "measurement": "measurements",
    "quantity": "quantity",
    "hs_code": "HS code",
    "country_of_origin": "country of origin",
    "total_price": "total price",
    "unit_price": "unit price",
    "integration": "shop integration",
    "integration_id": "shop integration",
    "ship_with": "shipping method",
    "shipping_option_code": "shipping method",
    "contract_id": "carrier contract",
    "brand_id": "brand",
    "order_id": "order ID",
    "order_number": "order number",
    "customs_details": "customs details",
    "customer_details": "customer",
    "service_point_details": "service point",
    "payment_details": "payment",
    "mime_type": "label format",
    "dpi": "label resolution",
}

# Lists whose index means something to a person: "items → item 2".
_NUMBERED: Final[dict[str, str]] = {
    "order_items": "item",
    "parcel_items": "item",
    "parcels": "parcel",
}

_INDEX = re.compile(r"^\[?(\d+)\]?$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def field_label(pointer: str) -> str:
    """The field a JSON pointer names, in words ("shipping address → house number"). Never raises.

    An empty pointer, or one that names only the envelope, is "the whole order".
    """
    try:
        return _label(str(pointer))
    except Exception:
        return str(pointer)


def _label(pointer: str) -> str:
    parts = [_unescape(part) for part in pointer.strip().strip("/").split("/") if part.strip()]
    words: list[str] = []
    in_envelope = True
    previous: str | None = None
    for part in parts:
        index = _INDEX.match(part.strip())
        if in_envelope and (part in _ENVELOPE or index is not None):
            previous = part
            continue
        in_envelope = False
        if index is not None:
            numbered = _NUMBERED.get(previous or "")
            if numbered is not None:
                if words and words[-1] == _WORDS.get(previous or ""):
                    words.pop()  # "parcel → parcel 1" reads as "parcel 1"
                words.append(f"{numbered} {int(index.group(1)) + 1}")
            previous = part
            continue
        previous = part
        if part in _TRANSPARENT:
            continue
        word = _WORDS.get(part) or _humanise(part)
        if not words or words[-1] != word:  # "shipping_option_code" under "ship_with": once
            words.append(word)
    return ARROW.join(words) if words else "the whole order"


def _unescape(part: str) -> str:
    # RFC 6901: "~1" is "/" and "~0" is "~" (in that order).
    return part.replace("~1", "/").replace("~0", "~")


def _humanise(part: str) -> str:
    spaced = _CAMEL.sub(" ", part).replace("_", " ").replace("-", " ")
    return " ".join(spaced.split()).lower() or part
