"""The shift at a glance: four big numbers and two short bar lists, painted with QPainter.

Big numbers: labels made, labels per hour, failure rate, median scan-to-print time. Bars: labels
per hour for each station and packer, and one bar per kind of failure (the console's buckets; an
order refused as already shipped is drawn grey and written "not a failure": it is left out of the
rate). Horizontal bars with the name on the left and the value written out on the right, so
nothing needs a legend or an axis.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from packstation.app.faces import Stats
from packstation.qt.wording import cause_text

MAX_BARS = 8  # per list: more than this is no longer "at a glance"
_ROW = 22.0
_TILE_HEIGHT = 70.0
_GAP = 12.0
_LABEL_WIDTH = 0.38  # of a list's width, for the names


@dataclass(frozen=True)
class Bar:
    name: str
    value: float  # what the bar's length shows
    text: str  # the value as written beside the bar
    counted: bool = True  # False: shown for its count, not a failure (drawn grey)


@dataclass(frozen=True)
class Tile:
    title: str
    text: str


class ShiftChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stats: Stats | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.painted_bars = 0  # bars drawn by the last paint (what a test can check was drawn)

    def set_stats(self, stats: Stats | None) -> None:
        self._stats = stats
        self.updateGeometry()
        self.update()

    @property
    def stats(self) -> Stats | None:
        return self._stats

    def tiles(self) -> tuple[Tile, ...]:
        stats = self._stats
        if stats is None:
            return ()
        median = stats.median_scan_to_print_ms
        return (
            Tile(self.tr("Labels"), str(stats.labels)),
            Tile(self.tr("Labels per hour"), f"{stats.labels_per_hour:.1f}"),
            Tile(self.tr("Failure rate"), f"{stats.failure_rate:.1%}"),
            Tile(self.tr("Median scan → print"), "—" if median is None else f"{median / 1000:.1f} s"),
        )

    def per_packer_bars(self) -> tuple[Bar, ...]:
        if self._stats is None:
            return ()
        rows = sorted(self._stats.per_packer, key=lambda row: -row.labels_per_hour)[:MAX_BARS]
        nobody = self.tr("no packer")  # outside the f-string: lupdate reads no f-string
        return tuple(
            Bar(
                f"{row.station} · {row.packer_name or row.packer_id or nobody}",
                row.labels_per_hour,
                f"{row.labels_per_hour:.1f}/h",
            )
            for row in rows
        )

    def cause_bars(self) -> tuple[Bar, ...]:
        if self._stats is None:
            return ()
        return tuple(
            Bar(
                cause_text(cause.cause),
                cause.rate,
                f"{cause.rate:.1%} ({cause.count})"
                if cause.failure
                else self.tr("%1, not a failure").replace("%1", str(cause.count)),
                cause.failure,
            )
            for cause in self._stats.failures_by_cause[:MAX_BARS]
        )

    def sizeHint(self) -> QSize:
        rows = max(len(self.per_packer_bars()), len(self.cause_bars()), 1)
        return QSize(640, int(_TILE_HEIGHT + 2 * _GAP + _ROW * (rows + 1)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
            text = palette.color(QPalette.ColorRole.Text)
            if self._stats is None:
                painter.setPen(text)
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No statistics yet."))
                self.painted_bars = 0
                return
            self._paint_tiles(painter, text)
            top = _TILE_HEIGHT + _GAP
            half = (self.width() - 3 * _GAP) / 2
            drawn = self._paint_bars(
                painter,
                QRectF(_GAP, top, half, self.height() - top),
                self.tr("Labels per hour"),
                self.per_packer_bars(),
                colour=QColor("#2e7d32"),
                text=text,
            )
            drawn += self._paint_bars(
                painter,
                QRectF(2 * _GAP + half, top, half, self.height() - top),
                self.tr("Failures by cause"),
                self.cause_bars(),
                colour=QColor("#c62828"),
                text=text,
            )
            self.painted_bars = drawn
        finally:
            painter.end()

    def _paint_tiles(self, painter: QPainter, text: QColor) -> None:
        tiles = self.tiles()
        width = (self.width() - _GAP * (len(tiles) + 1)) / len(tiles)
        big, small = QFont(self.font()), QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.2)
        big.setBold(True)
        for number, tile in enumerate(tiles):
            box = QRectF(_GAP + number * (width + _GAP), 4, width, _TILE_HEIGHT - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(text)
            painter.setFont(big)
            painter.drawText(box.adjusted(0, 0, 0, -18), Qt.AlignmentFlag.AlignCenter, tile.text)
            painter.setFont(small)
            painter.drawText(
                box.adjusted(0, 0, 0, -4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                tile.title,
            )

    def _paint_bars(
        self,
        painter: QPainter,
        area: QRectF,
        title: str,
        bars: tuple[Bar, ...],
        *,
        colour: QColor,
        text: QColor,
    ) -> int:
        painter.setPen(text)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), _ROW), Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(self.font())
        if not bars:
            painter.drawText(
                QRectF(area.left(), area.top() + _ROW, area.width(), _ROW),
                Qt.AlignmentFlag.AlignVCenter,
                self.tr("none"),
            )
            return 0
        names = area.width() * _LABEL_WIDTH
        metrics = painter.fontMetrics()
        values = max(90.0, *(float(metrics.horizontalAdvance(bar.text)) + 8 for bar in bars))
        room = max(area.width() - names - values - 8, 10.0)
        largest = max(bar.value for bar in bars) or 1.0
        for number, bar in enumerate(bars):
            y = area.top() + _ROW * (number + 1)
            painter.setPen(text)
            name_box = QRectF(area.left(), y, names - 4, _ROW)
            elided = painter.fontMetrics().elidedText(
                bar.name, Qt.TextElideMode.ElideRight, int(name_box.width())
            )
            painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter, elided)
            length = max(room * bar.value / largest, 2.0)
            shade = colour if bar.counted else self.palette().color(QPalette.ColorRole.Mid)
            painter.fillRect(QRectF(area.left() + names, y + 4, length, _ROW - 8), shade)
            painter.drawText(
                QRectF(area.left() + names + length + 6, y, values, _ROW),
                Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
        return len(bars)
