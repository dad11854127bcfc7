"""The station's label store: every created label is saved (atomically, with its hash) before printing.

File names: `ORDER-parcel.ext`, the order number made safe for any file system and cut to
`MAX_ORDER_CHARS` plus a short hash of the whole number. Sendcloud allows 255 characters; a name
that long (plus the parcel id and the atomic write's temporary prefix) is more than the 255 bytes
a file system allows, and the paid label could not be saved.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from packstation.atomic import atomic_write_bytes
from packstation.error_codes import ErrorCode
from packstation.errors import PackstationError

EXTENSION_BY_MIME = {"application/pdf": "pdf", "application/zpl": "zpl", "image/png": "png"}
MIME_BY_EXTENSION = {extension: mime for mime, extension in EXTENSION_BY_MIME.items()}
# Enough to recognise an order in a folder listing; a longer number keeps this much and a hash.
MAX_ORDER_CHARS: Final = 80
_HASH_CHARS: Final = 10


class LabelStoreError(PackstationError):
    """A label (paid for, kept at Sendcloud) could not be written to the label store."""

    code = ErrorCode.LABEL_NOT_SAVED


@dataclass(frozen=True)
class StoredLabel:
    path: Path
    sha256: str
    size: int
    mime_type: str


def label_file_name(order_number: str, parcel_id: int, mime_type: str) -> str:
    """`ORDER-parcel.ext`, with anything a file system might reject in an order number replaced and
    a long number cut to `MAX_ORDER_CHARS` plus a hash of the whole (so two long numbers that start
    alike never share a file)."""
    safe_order = re.sub(r"[^A-Za-z0-9._-]+", "_", order_number).strip("._") or "order"
    if len(safe_order) > MAX_ORDER_CHARS:
        digest = hashlib.sha256(order_number.encode("utf-8")).hexdigest()[:_HASH_CHARS]
        safe_order = f"{safe_order[:MAX_ORDER_CHARS]}~{digest}"
    return f"{safe_order}-{parcel_id}.{EXTENSION_BY_MIME.get(mime_type, 'bin')}"


def save_label(destination: Path, content: bytes, mime_type: str) -> StoredLabel:
    """Write the label atomically and return where it went and its SHA-256.

    Raises `LabelStoreError` when the file system refuses (a read-only or full disk, a folder
    without write access): the station's own error, which the label steps turn into "made, not
    saved: reprint it", never a raw `OSError`.
    """
    try:
        atomic_write_bytes(destination, content)
    except OSError as error:
        raise LabelStoreError(
            f"The label could not be saved in {destination.parent} ({error.strerror or error})."
        ) from error
    return StoredLabel(destination, hashlib.sha256(content).hexdigest(), len(content), mime_type)


def mime_type_of(path: Path, default: str) -> str:
    """The MIME type a saved label's name says (`label_file_name`'s extension), else `default`."""
    return MIME_BY_EXTENSION.get(path.suffix.removeprefix("."), default)
