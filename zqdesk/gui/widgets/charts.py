"""Charts drawn with QPainter (QtCharts is not in PySide6-Essentials): the experts' totals
of one project, its criterion profile, and the plan's cumulative requested funds."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from zqdesk.gui.models.base import points

BAR = QColor("#2e90fa")
DROPPED = QColor("#b2ddff")
DEVIATING = QColor("#f04438")
MEAN = QColor("#344054")
GRID = QColor("#d0d5dd")
FUNDED = QColor("#12b76a")
RESERVE = QColor("#98a2b3")
ENVELOPE = QColor("#f79009")


def nice_scale(top: float, steps: int = 5) -> tuple[float, int]:
    """An axis top and a number of steps with round step values (1, 2, 2.5 or 5 × 10ᵏ)."""
    if top <= 0:
        return 1.0, 1
    raw = top / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    count = math.ceil(top / step - 1e-9)
    return step * count, count


class Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.empty_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 240)

    def _begin(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        return painter

    def _empty(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _axis(self, painter: QPainter, plot: QRectF, top: float, steps: int = 5, fmt=lambda v: f"{v:g}") -> None:
        metrics = QFontMetrics(painter.font())
        for i in range(steps + 1):
            value = top * i / steps
            y = plot.bottom() - plot.height() * i / steps
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            text = fmt(round(value, 2))
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


@dataclass(frozen=True)
class ExpertBar:
    name: str
    total: Decimal
    retained: bool
    deviating: bool


class ExpertTotalsChart(Chart):
    """One bar per counted expert; the plain mean and its ±30% band; dropped highest and
    lowest totals pale; deviating totals red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[ExpertBar] = []
        self.mean: float | None = None
        self.score: float | None = None
        self.maximum = 100.0

    def set_data(self, bars: Sequence[ExpertBar], mean: float | None, score: float | None, maximum: float) -> None:
        self.bars, self.mean, self.score, self.maximum = list(bars), mean, score, maximum or 100.0
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = self._begin()
        if not self.bars:
            self._empty(painter)
            return
        metrics = QFontMetrics(painter.font())
        plot = QRectF(metrics.horizontalAdvance("100") + 12, metrics.height(), 0, 0)
        plot.setRight(self.width() - 10)
        plot.setBottom(self.height() - metrics.height() * 2.4)
        self._axis(painter, plot, self.maximum)
        scale = plot.height() / self.maximum
        if self.mean is not None:
            low, high = self.mean * 0.7, min(self.mean * 1.3, self.maximum)
            band = QRectF(plot.left(), plot.bottom() - high * scale, plot.width(), (high - low) * scale)
            painter.fillRect(band, QColor(52, 64, 84, 22))
        slot = plot.width() / len(self.bars)
        width = min(slot * 0.6, 60)
        for i, bar in enumerate(self.bars):
            x = plot.left() + slot * i + (slot - width) / 2
            h = float(bar.total) * scale
            colour = DEVIATING if bar.deviating else (BAR if bar.retained else DROPPED)
            painter.fillRect(QRectF(x, plot.bottom() - h, width, h), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x - 10, plot.bottom() - h - metrics.height(), width + 20, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, points(bar.total))
            name = metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, name)
        for value, colour, style in ((self.mean, MEAN, Qt.PenStyle.DashLine), (self.score, BAR.darker(140), Qt.PenStyle.SolidLine)):
            if value is None:
                continue
            y = plot.bottom() - value * scale
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._legend(painter, plot, metrics)

    def _legend(self, painter: QPainter, plot: QRectF, metrics: QFontMetrics) -> None:
        items = [(BAR, self.tr("计入")), (DROPPED, self.tr("去掉的最高/最低分")), (DEVIATING, self.tr("偏离30%以上"))]
        x = plot.left()
        y = self.height() - metrics.height() - 2
        for colour, text in items:
            painter.fillRect(QRectF(x, y + 3, 10, metrics.height() - 6), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += 24 + metrics.horizontalAdvance(text)
        painter.setPen(QPen(MEAN, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 18, y + metrics.height() / 2))
        painter.setPen(self.palette().text().color())
        painter.drawText(QPointF(x + 22, y + metrics.ascent()), self.tr("平均分（阴影为±30%）"))


class CriterionProfileChart(Chart):
    """Per criterion a track 0..max: each expert's points as a dot, the sub-score as a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, list[float], float | None]] = []

    def set_data(self, rows: Sequence[tuple[str, float, Sequence[float], float | None]]) -> None:
        """rows: (label, max points, experts' points, sub-score)."""
        self.rows = [(label, maximum, list(values), sub) for label, maximum, values, sub in rows]
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = self._begin()
        if not self.rows:
            self._empty(painter)
            return
        metrics = QFontMetrics(painter.font())
        label_width = max(metrics.horizontalAdvance(f"{label}（{maximum:g}）") for label, maximum, _, _ in self.rows) + 12
        left, right = label_width, self.width() - 60
        step = (self.height() - 10) / len(self.rows)
        for i, (label, maximum, values, sub) in enumerate(self.rows):
            y = 5 + step * i + step / 2
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y - metrics.height() / 2, label_width - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{label}（{maximum:g}）")
            track = QRectF(left, y - 7, right - left, 14)
            painter.fillRect(track, QColor("#f2f4f7"))
            if sub is not None:
                painter.fillRect(QRectF(left, y - 7, (right - left) * sub / maximum, 14), QColor("#b2ddff"))
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(right + 4, y - metrics.height() / 2, 56, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{sub:.2f}")
            painter.setPen(QPen(QColor("#175cd3"), 1))
            painter.setBrush(QColor(23, 92, 211, 150))
            for value in values:
                x = left + (right - left) * value / maximum
                painter.drawEllipse(QPointF(x, y), 4.5, 4.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)


@dataclass(frozen=True)
class FundsStep:
    code: str
    requested: float
    funded: bool


class CumulativeFundsChart(Chart):
    """The ranked passed projects left to right; the line is the cumulative requested funds,
    green while funded, grey for the reserve; the envelope is the orange line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[FundsStep] = []
        self.envelope: float | None = None

    def set_data(self, steps: Sequence[FundsStep], envelope: float | None) -> None:
        self.steps, self.envelope = list(steps), envelope
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = self._begin()
        if not self.steps:
            self._empty(painter)
            return
        metrics = QFontMetrics(painter.font())
        total = sum(s.requested for s in self.steps)
        top, ticks = nice_scale(max(total, self.envelope or 0) * 1.04)
        plot = QRectF(metrics.horizontalAdvance("00,000") + 14, metrics.height(), 0, 0)
        plot.setRight(self.width() - 12)
        plot.setBottom(self.height() - metrics.height() * 2.2)
        self._axis(painter, plot, top, ticks, fmt=lambda v: f"{v:,.0f}")
        scale = plot.height() / top
        dx = plot.width() / len(self.steps)
        running = funded_running = 0.0
        path_all, path_funded = QPainterPath(QPointF(plot.left(), plot.bottom())), QPainterPath(
            QPointF(plot.left(), plot.bottom()))
        for i, step in enumerate(self.steps):
            running += step.requested
            x = plot.left() + dx * (i + 1)
            path_all.lineTo(QPointF(x, plot.bottom() - running * scale))
            if step.funded:
                funded_running += step.requested
            path_funded.lineTo(QPointF(x, plot.bottom() - funded_running * scale))
            painter.fillRect(QRectF(x - dx * 0.8, plot.bottom() - step.requested * scale, dx * 0.6,
                                    step.requested * scale), FUNDED if step.funded else RESERVE)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RESERVE.darker(120), 2))
        painter.drawPath(path_all)
        painter.setPen(QPen(FUNDED.darker(130), 2.5))
        painter.drawPath(path_funded)
        if self.envelope is not None:
            y = plot.bottom() - self.envelope * scale
            painter.setPen(QPen(ENVELOPE, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QPointF(plot.left() + 6, y - 4), self.tr("资金额度 %1 万元").replace("%1", f"{self.envelope:,.2f}"))
        painter.setPen(self.palette().text().color())
        y = self.height() - metrics.height() - 2
        x = plot.left()
        for colour, text in ((FUNDED, self.tr("列入计划（累计）")), (RESERVE, self.tr("全部通过项目累计 / 储备"))):
            painter.fillRect(QRectF(x, y + 3, 10, metrics.height() - 6), colour)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), text)
            x += 28 + metrics.horizontalAdvance(text)
        painter.drawText(QPointF(x, y + metrics.ascent()), self.tr("横轴：按排名的通过项目"))
