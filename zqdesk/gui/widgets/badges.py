"""Finding badges in a table cell: one rounded label per finding, coloured by severity."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from zqdesk.gui.models.projects import SEVERITY_COLOURS, SEVERITY_FILLS, FindingsRole


class FindingsDelegate(QStyledItemDelegate):
    def _font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 0.9)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        badges = index.data(FindingsRole) or []
        # Background and selection as usual, without the text.
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if not badges:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._font(option)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = option.rect.left() + 4
        height = metrics.height() + 4
        y = option.rect.center().y() - height / 2
        for severity, article, overridden in badges:
            text = f"{severity.label} {article}"
            width = metrics.horizontalAdvance(text) + 10
            if x + width > option.rect.right():
                painter.setPen(option.palette.text().color())
                painter.drawText(QRectF(x, y, 20, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            rect = QRectF(x, y, width, height)
            colour = SEVERITY_COLOURS[severity]
            painter.setBrush(SEVERITY_FILLS[severity])
            pen = QPen(colour)
            if overridden:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(colour)
            font.setStrikeOut(overridden)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            font.setStrikeOut(False)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        badges = index.data(FindingsRole) or []
        metrics = QFontMetrics(self._font(option))
        width = sum(metrics.horizontalAdvance(f"{s.label} {r}") + 14 for s, r, _ in badges) + 8
        return QSize(max(width, 60), metrics.height() + 10)
