import hashlib
from pathlib import Path

import pytest

from packstation.station.label_store import label_file_name, save_label


@pytest.mark.parametrize(
    ("order_number", "mime_type", "expected"),
    [
        ("WEB-10023", "application/pdf", "WEB-10023-42.pdf"),
        ("shop/2041:a", "application/zpl", "shop_2041_a-42.zpl"),
        ("../../etc", "image/png", "etc-42.png"),
        ("...", "application/pdf", "order-42.pdf"),
    ],
)
def test_label_file_names_are_safe(order_number: str, mime_type: str, expected: str) -> None:
    assert label_file_name(order_number, 42, mime_type) == expected


def test_save_label_writes_atomically_and_hashes(tmp_path: Path) -> None:
    target = tmp_path / "labels" / "A-1.zpl"
    stored = save_label(target, b"^XA^XZ", "application/zpl")
    assert target.read_bytes() == b"^XA^XZ"
    assert stored.sha256 == hashlib.sha256(b"^XA^XZ").hexdigest()
    assert stored.size == 6
    save_label(target, b"^XA^FDnew^FS^XZ", "application/zpl")
    assert target.read_bytes() == b"^XA^FDnew^FS^XZ"
    assert [p.name for p in target.parent.iterdir()] == ["A-1.zpl"]  # no temporary files left behind
