"""Qt enum properties set by their C++ names, for the widgets the packing window shows first.

`set_enum_properties(label, alignment="AlignCenter")` does what
`label.setAlignment(Qt.AlignmentFlag.AlignCenter)` does, through Qt's meta-object system, which
converts the name in C++. Why: the first import of PySide's `Qt` namespace builds all of its ~90
Python enums, ~15 ms, a tenth of the packing window's start-up (bench/startup.py,
docs/performance.md). The modules loaded before the window shows therefore never import `Qt`
(tests/qt/test_app.py checks it); everything that runs later (scans, dialogs, the console) uses
`Qt` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_properties(target: QObject, **names: str) -> None:
    """Set each Qt property to the enum value (or `|`-joined flags) named in C++.

    Raises ValueError when Qt refuses one, an unknown property or value: a typo must not pass
    silently, as a string it would.
    """
    for name, value in names.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__} refused {name}={value!r}")
