"""The order being packed, line by line, readable at a metre: what is in the box and what is missing.

Shown in the verdict area while an order is open for item verification. The count still to go is
the biggest thing on screen; each line shows the name, SKU and EAN (what to look for on the
product) and packed / ordered; the line the last scan ticked (or was refused on) is marked. An
order packed in several boxes (issue 18) says which box is being packed (and its size), and the
boxes closed so far: how many, what they weigh, their sizes.
Built the first time an order is opened for packing, never before the packing window's first
frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from packstation.app.faces import ChecklistView

# Lines shown at once; beyond them the panel says how many more there are (F2 shows all).
CHECKLIST_LINES = 6


def _label(point_size: int, *, bold: bool = False) -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


class ChecklistPanel(QFrame):
    """One order's lines and their counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.remaining = _label(40, bold=True)
        self.remaining.setObjectName("checklistRemaining")
        self.parked = _label(12)
        self.parked.setObjectName("checklistParked")
        self.boxes = _label(16, bold=True)  # several boxes: the box being packed, the closed ones
        self.boxes.setObjectName("checklistBoxes")
        self.boxes.setWordWrap(True)
        self.boxes.hide()
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        self._grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remaining)
        layout.addWidget(self.boxes)
        layout.addLayout(self._grid)
        layout.addWidget(self.parked)
        self.expanded = False
        self._line_rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._more: QLabel | None = None
        self.view: ChecklistView | None = None

    def show_checklist(self, view: ChecklistView) -> None:
        self.view = view
        self.remaining.setText(
            self.tr("All packed") if view.complete else self.tr("%n to go", "", view.remaining)
        )
        self._fill(view)
        boxes = self.boxes_text(view)
        self.boxes.setText(boxes)
        self.boxes.setVisible(bool(boxes))
        self.parked.setText(
            self.tr("Parked: %1").replace("%1", ", ".join(view.parked)) if view.parked else ""
        )
        self.parked.setVisible(bool(view.parked))

    def boxes_text(self, view: ChecklistView) -> str:
        """ "Box 3 · M (30 x 20 x 15 cm)" and "Closed: 2 boxes · 1: 1.2 kg, S … · 2: …"; empty for an
        order in one box with no size chosen."""
        if not view.closed_boxes and view.box_size is None:
            return ""
        current = self.tr("Box %1").replace("%1", str(view.box))
        if view.box_size:
            current += f" · {view.box_size}"
        if not view.closed_boxes:
            return current
        closed = []
        for box in view.closed_boxes:
            facts = [str(box.weight)] if box.weight is not None else []
            facts += [box.size] if box.size else []
            closed.append(f"{box.number}: {', '.join(facts)}" if facts else str(box.number))
        count = self.tr("Closed: %n box(es)", "", len(view.closed_boxes))
        return f"{current}\n{count} · " + " · ".join(closed)

    def toggle_lines(self) -> bool:
        """Every line, or back to the first ones; False when nothing more can be shown."""
        if self.view is None or (len(self.view.lines) <= CHECKLIST_LINES and not self.expanded):
            return False
        self.expanded = not self.expanded
        self._fill(self.view)
        return True

    def line_texts(self) -> list[str]:
        """What each shown row says, for tests and the screen reader."""
        rows = [" | ".join(label.text() for label in row if label.text()) for row in self._line_rows]
        return rows + ([self._more.text()] if self._more is not None else [])

    def _fill(self, view: ChecklistView) -> None:
        lines = list(enumerate(view.lines))
        if len(lines) > CHECKLIST_LINES and not self.expanded:
            lines = lines[: CHECKLIST_LINES - 1]
        hidden = len(view.lines) - len(lines)
        self._ensure_rows(len(lines), more=bool(hidden))
        # Texts only: the labels stay (an item scan repaints in a frame; rebuilding them did not).
        for (index, line), (name, codes, count) in zip(lines, self._line_rows, strict=True):
            marked = index == view.last_line
            font = name.font()
            if font.bold() != marked:
                font.setBold(marked)
                name.setFont(font)
            name.setText(("▶ " if marked else "") + line.name)
            printed = "  ".join(code for code in (line.sku, line.ean) if code)
            codes.setText(printed or self.tr("confirm with F4"))
            count.setText(f"{line.packed} / {line.quantity}" + ("  ✓" if line.remaining == 0 else ""))
        if self._more is not None:
            self._more.setText(self.tr("+%n more line(s) (F2 shows all)", "", hidden))

    def _ensure_rows(self, count: int, *, more: bool) -> None:
        """Exactly `count` line rows (and the "+N more" row when `more`), reusing the labels."""
        if len(self._line_rows) == count and (self._more is not None) == more:
            return
        for shown in [*self._line_rows, *([(self._more,)] if self._more is not None else [])]:
            for label in shown:
                self._grid.removeWidget(label)
                label.deleteLater()
        self._line_rows, self._more = [], None
        for row in range(count):
            name, codes, count_label = _label(18), _label(12), _label(22, bold=True)
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, label in enumerate((name, codes, count_label)):
                self._grid.addWidget(label, row, column)
            self._line_rows.append((name, codes, count_label))
        if more:
            self._more = _label(14)
            self._grid.addWidget(self._more, count, 0, 1, 3)
