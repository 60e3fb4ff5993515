"""The slip the clerk hands an expert with their scoring package (SPEC §8.3): meeting, expert,
package file and the 16-character code in large letters, with what to do on the laptop.
Drawn with QPainter, so the same drawing goes to a one-page PDF (QPdfWriter) for the preview
and its 打印…; the bundled CJK font is embedded by Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen
from PySide6.QtWidgets import QApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Slip:
    meeting: str
    expert: str
    organisation: str
    code: str
    package: str  # the file name
    issued_at: datetime


def slip_lines(slip: Slip) -> list[tuple[str, str]]:
    return [
        (translate("slip", "评审会"), slip.meeting),
        (translate("slip", "专家"), f"{slip.expert}（{slip.organisation}）" if slip.organisation else slip.expert),
        (translate("slip", "评分数据包"), slip.package),
        (translate("slip", "发放时间"), slip.issued_at.strftime("%Y-%m-%d %H:%M")),
    ]


def instructions() -> list[str]:
    return [
        translate("slip", "1. 在笔记本上打开“智慧钦州评审桌面”，在登录窗口中选择“打开评分数据包（专家离线评分）…”。"),
        translate("slip", "2. 选择U盘中的评分数据包文件，输入上面的16位校验码，并设置您自己的PIN（4至8位数字）。"),
        translate("slip", "3. 评分、填写意见并提交签名后，点“导出结果文件…”，把 .zqres 文件交给会务人员。"),
        translate("slip", "校验码用于核对评分数据包和结果文件，请妥善保管，不要与U盘放在一起。"),
    ]


def write_slip_pdf(path: Path | str, slip: Slip) -> Path:
    """An A4 page with the slip in its upper half (cut along the dashed line)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setResolution(300)
    writer.setTitle(translate("slip", "专家离线评分校验码 — %1").replace("%1", slip.expert))
    writer.setCreator("zqdesk")
    painter = QPainter(writer)
    try:
        width = writer.width()
        margin = 300 * 20 / 25.4  # 20 mm
        paint_slip(painter, QRectF(margin, margin, width - 2 * margin, writer.height() / 2 - 1.5 * margin), slip)
        painter.setPen(QPen(QColor("#999999"), 3, Qt.PenStyle.DashLine))
        y = writer.height() / 2
        painter.drawLine(int(margin / 2), int(y), int(width - margin / 2), int(y))
    finally:
        painter.end()
    return path


def paint_slip(painter: QPainter, rect: QRectF, slip: Slip) -> None:
    """The slip inside `rect` (device units of the painter; sizes follow the device's dpi)."""
    dpi = painter.device().logicalDpiY()
    family = QApplication.font().family()

    def font(points: float, bold: bool = False) -> QFont:
        f = QFont(family)
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    painter.save()
    painter.setPen(QPen(QColor("#24466b"), max(1.0, dpi / 100)))
    painter.drawRect(rect)
    inner = rect.adjusted(dpi * 0.25, dpi * 0.2, -dpi * 0.25, -dpi * 0.2)
    y = inner.top()

    def line(text: str, f: QFont, colour: str = "#000000", centre: bool = False, gap: float = 0.3) -> None:
        nonlocal y
        painter.setFont(f)
        painter.setPen(QColor(colour))
        metrics = QFontMetricsF(f, painter.device())
        flags = (Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft) | Qt.TextFlag.TextWordWrap
        box = metrics.boundingRect(QRectF(inner.left(), y, inner.width(), 10 * dpi), int(flags), text)
        painter.drawText(QRectF(inner.left(), y, inner.width(), box.height()), int(flags), text)
        y += box.height() + metrics.height() * gap

    line(translate("slip", "专家离线评分校验码"), font(18, True), "#24466b", centre=True)
    label_width = 0.0
    body = font(11)
    metrics = QFontMetricsF(body, painter.device())
    for label, _value in slip_lines(slip):
        label_width = max(label_width, metrics.horizontalAdvance(label + "："))
    painter.setFont(body)
    for label, value in slip_lines(slip):
        painter.setPen(QColor("#5f6b7a"))
        painter.drawText(QRectF(inner.left(), y, label_width, metrics.height()), int(Qt.AlignmentFlag.AlignLeft), label + "：")
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(inner.left() + label_width, y, inner.width() - label_width, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft), value)
        y += metrics.height() * 1.35
    y += metrics.height() * 0.4
    code = font(30, True)  # the bundled face: its digits and capitals are on every machine
    code.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
    line(slip.code, code, "#000000", centre=True, gap=0.4)
    for text in instructions():
        line(text, font(9.5), "#333333", gap=0.15)
    painter.restore()

