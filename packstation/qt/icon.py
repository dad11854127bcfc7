"""The app icon, for the windows and the task bar: `app_icon()`.

Built from the PNG sizes in `resources/icons/` (made by resources/make_icons.py from the SVG), so
no SVG support is needed at run time and each size is the one drawn for it, not a scaled copy.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from packstation.resources import resource_path

# The sizes make_icons.py writes (tests/test_icons.py keeps the two lists equal).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int) -> str:
    """The resource path of the PNG of `size` pixels."""
    return f"icons/packstation-{size}.png"


def app_icon() -> QIcon:
    """The Packstation icon at every size it is drawn in; pass it to `QApplication.setWindowIcon`."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(icon_file(size))), QSize(size, size))
    return icon
