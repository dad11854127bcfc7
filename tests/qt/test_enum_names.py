"""Enum properties set by their C++ names (the first frame's way around PySide's `Qt` enums)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from packstation.qt.enum_names import set_enum_properties


def test_names_set_the_same_values_as_the_enums(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    set_enum_properties(
        label,
        alignment="AlignRight|AlignVCenter",
        textInteractionFlags="NoTextInteraction",
        focusPolicy="NoFocus",
    )
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
    layout = QFormLayout()
    set_enum_properties(layout, labelAlignment="AlignRight")
    assert layout.labelAlignment() == Qt.AlignmentFlag.AlignRight


@pytest.mark.parametrize(
    ("name", "value"),
    [("alignment", "AlignMiddle"), ("alignmnet", "AlignCenter")],
    ids=["unknown value", "unknown property"],
)
def test_a_name_qt_does_not_know_is_refused(qtbot: QtBot, name: str, value: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=f"QLabel refused {name}="):
        set_enum_properties(label, **{name: value})
