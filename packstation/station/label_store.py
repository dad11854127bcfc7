"""The station's label store: every created label is saved (atomically, with its hash) before printing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from packstation.atomic import atomic_write_bytes

EXTENSION_BY_MIME = {"application/pdf": "pdf", "application/zpl": "zpl", "image/png": "png"}


@dataclass(frozen=True)
class StoredLabel:
    path: Path
    sha256: str
    size: int
    mime_type: str


def label_file_name(order_number: str, parcel_id: int, mime_type: str) -> str:
    """`ORDER-parcel.ext`, with anything a file system might reject in an order number replaced."""
    safe_order = re.sub(r"[^A-Za-z0-9._-]+", "_", order_number).strip("._") or "order"
    return f"{safe_order}-{parcel_id}.{EXTENSION_BY_MIME.get(mime_type, 'bin')}"


def save_label(destination: Path, content: bytes, mime_type: str) -> StoredLabel:
    """Write the label atomically and return where it went and its SHA-256."""
    atomic_write_bytes(destination, content)
    return StoredLabel(destination, hashlib.sha256(content).hexdigest(), len(content), mime_type)
