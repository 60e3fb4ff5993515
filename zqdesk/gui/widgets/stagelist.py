"""The stage list: each stage's title in bold with its state on a second line."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from zqdesk.gui.models.stages import AttentionRole, StatusRole

ATTENTION = QColor("#d9822b")


class StageDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height()
        return QSize(option.rect.width(), int(line * 2.9))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
            text_colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            text_colour = palette.color(QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled,
                                        QPalette.ColorRole.Text)
        rect = option.rect.adjusted(14, 6, -8, -6)
        title_font = QFont(option.font)
        title_font.setBold(True)
        title_font.setPointSizeF(option.font.pointSizeF() * 1.08)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data())
        if index.data(AttentionRole) and not selected:
            painter.setBrush(ATTENTION)
            painter.setPen(Qt.PenStyle.NoPen)
            d = 8
            painter.drawEllipse(rect.left() - 10, title_rect.center().y() - d // 2, d, d)
        status = index.data(StatusRole) or ""
        if status:
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            painter.setFont(small)
            colour = QColor(text_colour)
            if not selected:
                colour.setAlpha(170)
            painter.setPen(colour)
            status_rect = QRect(rect.left(), title_rect.bottom() + 3, rect.width(), QFontMetrics(small).height())
            elided = QFontMetrics(small).elidedText(status, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()


class StageList(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(StageDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = QFontMetrics(self.font()).horizontalAdvance("汇总讨论 · W=0.00 偏离00处") + 36
        return QSize(max(190, width), 400)
