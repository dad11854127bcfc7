"""Makes the app icon files in `resources/icons/` from `icons/packstation.svg`.

    python resources/make_icons.py           writes packstation-<N>.png, packstation.ico, packstation.icns
    python resources/make_icons.py --check   exits 1 when a committed file differs from what this makes

The SVG is rendered with Qt's own SVG renderer (QtSvg, offscreen: no display needed), the PNG, ICO
and ICNS files are written with Pillow. Both come with the app's dependencies, so nothing else is
needed; run it with the project's `.venv/bin/python`.

Unlike make_sounds.py the output is not byte-for-byte the same everywhere: anti-aliasing may move a
little between Qt releases, and zlib versions compress PNGs differently. So `--check` (and
tests/test_icons.py) compares pixels with a small tolerance, and checks that the ICO and ICNS hold
exactly the expected sizes, each equal to the PNG of that size.

Who uses which file:
- the app window and the Linux desktop (hicolor theme): packstation-<N>.png;
- Windows (the .exe and the installer): packstation.ico, 16-256 px;
- macOS (the .app bundle): packstation.icns, 16-512 pt at 1x and 2x (1024 px is made for it only).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image

ICONS_DIR = Path(__file__).resolve().parent / "icons"
SOURCE = "packstation.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO holds
# Pixel sizes in the ICNS: Pillow writes 128, 256 and 512 at 1x and 16 to 512 at 2x (32 to 1024 px).
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)
# Mean absolute difference per channel (0-255) a fresh render may have from a committed file.
TOLERANCE = 2.0


def png_name(size: int) -> str:
    return f"packstation-{size}.png"


def render(size: int, svg: Path | None = None) -> Image.Image:
    """The icon as a `size`x`size` RGBA image."""
    # Imported here: the tests load this module for its constants without needing Qt right away.
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # the tests bring their own QApplication
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render.app = QGuiApplication([])  # type: ignore[attr-defined]  # kept alive for later calls
    renderer = QSvgRenderer(str(svg or ICONS_DIR / SOURCE))
    if not renderer.isValid():
        raise ValueError(f"cannot read the icon source {svg or ICONS_DIR / SOURCE}")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # bytesPerLine is size * 4 for RGBA8888, so the buffer is exactly the pixels.
    return Image.frombytes("RGBA", (size, size), bytes(image.constBits()))


def _png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def icon_files(svg: Path | None = None) -> dict[str, bytes]:
    """Every file this script writes, by name."""
    images = {size: render(size, svg) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    files = {png_name(size): _png_bytes(images[size]) for size in PNG_SIZES}

    ico = io.BytesIO()
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    files["packstation.ico"] = ico.getvalue()

    icns = io.BytesIO()
    images[max(ICNS_SIZES)].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES])
    files["packstation.icns"] = icns.getvalue()
    return files


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0-255; infinite when the sizes differ."""
    if a.size != b.size:
        return float("inf")
    a_bytes, b_bytes = a.convert("RGBA").tobytes(), b.convert("RGBA").tobytes()
    return sum(abs(x - y) for x, y in zip(a_bytes, b_bytes, strict=True)) / len(a_bytes)


def frames(data: bytes) -> dict[int, Image.Image]:
    """Every image in an ICO or ICNS file, by its width in pixels."""
    container = Image.open(io.BytesIO(data))
    found: dict[int, Image.Image] = {}
    for entry in container.info["sizes"]:
        if container.format == "ICNS":  # entries are (width, height, scale) in points
            image = container.icns.getimage(entry)  # type: ignore[attr-defined]
        else:
            image = container.ico.getimage(entry)  # type: ignore[attr-defined]
        found[image.width] = image
    return found


def stale_files(folder: Path, svg: Path | None = None) -> list[str]:
    """Files in `folder` that are missing or differ from what this script makes from `svg`."""
    stale: list[str] = []
    for size in PNG_SIZES:
        path = folder / png_name(size)
        if not path.is_file() or difference(Image.open(path), render(size, svg)) > TOLERANCE:
            stale.append(path.name)
    for name, sizes in (("packstation.ico", ICO_SIZES), ("packstation.icns", ICNS_SIZES)):
        path = folder / name
        try:
            found = frames(path.read_bytes())
        except (OSError, KeyError, ValueError):
            stale.append(name)
            continue
        if set(found) != set(sizes) or any(
            difference(image, render(size, svg)) > TOLERANCE for size, image in found.items()
        ):
            stale.append(name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if a file differs")
    parser.add_argument("--out", type=Path, default=ICONS_DIR, help="folder to write to or check")
    parser.add_argument("--svg", type=Path, default=ICONS_DIR / SOURCE, help="the icon source")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files(args.out, args.svg)
        if stale:
            sys.stderr.write("out of date (run python resources/make_icons.py): " + ", ".join(stale) + "\n")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in icon_files(args.svg).items():
        (args.out / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
