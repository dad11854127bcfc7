"""Printing tests, and helpers the label-format tests share (labels, barcode reading, escpos)."""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import io
import logging
import os
import re
import tempfile
from collections.abc import Iterator
from typing import Any

import zxingcpp
from PIL import Image

from packstation.training.labels import sample_label_content

CONTENT = sample_label_content(contract_name="Direct contract PostNL")


# zplkit has no glyphs beyond ASCII for font 0 (notes §3.4): native ZPL it renders uses this.
ASCII_CONTENT = dataclasses.replace(
    CONTENT, recipient_lines=("Juergen Mueller", "Hauptstrasse 5a", "04109 Leipzig", "Germany")
)


def read_barcodes(image: Image.Image, kind: str = "Code128") -> list[str]:
    """Texts of every barcode of `kind` zxing-cpp finds in `image`."""
    wanted = getattr(zxingcpp.BarcodeFormat, kind)
    return [result.text for result in zxingcpp.read_barcodes(image) if result.format == wanted]


@contextlib.contextmanager
def escpos_printer_module() -> Iterator[Any]:
    """`escpos.printer`, imported without letting python-escpos 3.1 touch logging or stdout.

    3.1 calls logging.basicConfig() on import and print()s from image() (notes §1.4, §1.6): the
    root logger's handlers and level are put back and stdout is swallowed while inside.
    """
    # Otherwise every test process leaves a mkdtemp() directory behind (notes §1.6).
    pickle_dir = os.environ.setdefault(
        "ESCPOS_CAPABILITIES_PICKLE_DIR", os.path.join(tempfile.gettempdir(), "packstation-escpos-tests")
    )
    os.makedirs(pickle_dir, exist_ok=True)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            yield importlib.import_module("escpos.printer")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


_PQ = re.compile(rb"\^PQ[0-9,]*")


def render_native_zpl(zpl: bytes, width: int, height: int, dpi: int = 203) -> Image.Image:
    """Native ZPL (text, ^BC barcodes, ^GF graphics) → 1-bit image with zplkit, an independent
    renderer with a strict ^GF parser (it checks Z64 CRCs and byte counts, notes §3.4)."""
    zplkit: Any = importlib.import_module("zplkit")
    rendering: Any = importlib.import_module("zplkit.rendering")
    # zplkit refuses printer-control commands carriers use and graphics over 25 000 bytes by
    # default (notes §3.4): only the copy it renders loses ^PQ, and a full label is ~125-250 KB.
    limits = rendering.Limits().replace(graphic_bytes=2_000_000)
    options = zplkit.Options(width=width, height=height, dpi=dpi)
    document = zplkit.render(_PQ.sub(b"", zpl), options, limits=limits)
    raster = document.labels[0].rasterize()
    gray = Image.frombytes("L", (raster.width, raster.height), raster.pixels)
    return gray.point([0 if v < 128 else 255 for v in range(256)], mode="1")
