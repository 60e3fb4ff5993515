"""The expert's form for one project: one field per criterion with its rubric beside it,
recommendation, opinion and (when asked) the deviation explanation. A field is saved the
moment it is left; the form only emits what to save, the page calls the services."""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget,
)

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.gui.models.base import points
from zqdesk.gui.widgets.score_entry import HalfPointsValidator
from zqdesk.services.scoring import SheetLine


class _LeaveWatcher(QObject):
    """Calls back when a watched widget loses focus."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self._callback(watched)
        return False


class ScoreForm(QWidget):
    points_entered = Signal(str, str, object)  # code, criterion key, Decimal
    review_entered = Signal(str, str, str)  # code, "recommendation" | "opinion" | "deviation_note", text
    refused = Signal(str)

    def __init__(self, criteria: Sequence[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = list(criteria)
        self.line: SheetLine | None = None
        self._watcher = _LeaveWatcher(self._left, self)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)

        self.fields: dict[str, QLineEdit] = {}
        self.rubrics: dict[str, QLabel] = {}
        for criterion in self.criteria:
            box = QGroupBox(f"{criterion.label}（{self.tr('满分')}{points(criterion.max_points)}）", self)
            row = QHBoxLayout(box)
            field = QLineEdit(box)
            field.setAccessibleName(criterion.label)
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("000.0") + 24)
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
            validator = HalfPointsValidator(criterion.max_points, criterion.label, field)
            validator.refused.connect(self.refused)
            field.setValidator(validator)
            field.setProperty("criterion", criterion.key)
            field.installEventFilter(self._watcher)
            field.returnPressed.connect(lambda f=field: self._save_field(f, move=True))
            field.textChanged.connect(lambda _t, k=criterion.key: self._show_band(k))
            rubric = QLabel(box)
            rubric.setWordWrap(True)
            rubric.setTextFormat(Qt.TextFormat.RichText)
            rubric.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(rubric, 1)
            layout.addWidget(box)
            self.fields[criterion.key] = field
            self.rubrics[criterion.key] = rubric

        review = QFormLayout()
        self.recommendation = QComboBox(self)
        self.recommendation.addItem("")
        self.recommendation.addItems(RECOMMENDATIONS)
        self.recommendation.activated.connect(self._recommendation_chosen)
        self.opinion = QPlainTextEdit(self)
        self.opinion.setPlaceholderText(self.tr("对本项目的评审意见"))
        self.opinion.setMaximumHeight(self.fontMetrics().height() * 6)
        self.opinion.installEventFilter(self._watcher)
        review.addRow(self.tr("评审建议(&R)"), self.recommendation)
        review.addRow(self.tr("评审意见(&O)"), self.opinion)
        layout.addLayout(review)
        self.deviation_box = QGroupBox(self.tr("偏离说明（您的评分偏离平均分30%以上，请说明理由）"), self)
        self.deviation = QPlainTextEdit(self.deviation_box)
        self.deviation.setMaximumHeight(self.fontMetrics().height() * 5)
        self.deviation.installEventFilter(self._watcher)
        QVBoxLayout(self.deviation_box).addWidget(self.deviation)
        layout.addWidget(self.deviation_box)
        self.panel_box = QGroupBox(self.tr("专家组评分"), self)
        self.panel_label = QLabel(self.panel_box)
        self.panel_label.setWordWrap(True)
        QVBoxLayout(self.panel_box).addWidget(self.panel_label)
        layout.addWidget(self.panel_box)
        layout.addStretch(1)
        self.show_line(None)

    # -- showing ------------------------------------------------------------------------
    def show_line(self, line: SheetLine | None, facts_html: str = "") -> None:
        self.line = line
        locked = line is None or line.submitted
        self.title.setText("" if line is None else
                           f"{line.code}  {line.name}" + (self.tr("（第%1轮）").replace("%1", str(line.round))
                                                          if line.round > 1 else ""))
        self.facts.setText(facts_html)
        for key, field in self.fields.items():
            field.blockSignals(True)
            field.setText("" if line is None else points(line.points.get(key)))
            field.blockSignals(False)
            field.setReadOnly(locked)
            self._show_band(key)
        self.recommendation.setCurrentIndex(0 if line is None else max(0, self.recommendation.findText(line.recommendation)))
        self.recommendation.setEnabled(not locked)
        self.opinion.setPlainText("" if line is None else line.opinion)
        self.opinion.setReadOnly(locked)
        asked = line is not None and line.deviation_asked
        self.deviation_box.setVisible(asked)
        self.deviation.setPlainText(line.deviation_note if asked else "")
        self.panel_box.hide()

    def refresh_line(self, line: SheetLine) -> None:
        """The same project read again (another terminal wrote, a kept score was refused):
        every score field shows the new value except the one being typed in."""
        self.line = line
        for key, field in self.fields.items():
            if not field.hasFocus():
                field.blockSignals(True)
                field.setText(points(line.points.get(key)))
                field.blockSignals(False)
                self._show_band(key)

    def mark_kept(self, keys: set[str]) -> None:
        """Fields whose value is kept on this terminal, not yet on the server (issue #8)."""
        for key, field in self.fields.items():
            kept = key in keys
            field.setStyleSheet("background: #fef0c7;" if kept else "")
            field.setToolTip(self.tr("暂存在本机，连接恢复后自动保存到服务器") if kept else "")

    def show_panel(self, text: str | None) -> None:
        """Other experts' scores: shown only when the page has been told it may."""
        self.panel_box.setVisible(text is not None)
        self.panel_label.setText(text or "")

    def _show_band(self, key: str) -> None:
        criterion = next(c for c in self.criteria if c.key == key)
        text = self.fields[key].text().strip()
        try:
            value = Decimal(text) if text and not text.endswith(".") else None
        except ArithmeticError:
            value = None
        parts = []
        for band in criterion.rubric:
            line = f"{points(band.low)}–{points(band.high)}：{html.escape(band.description)}"
            if value is not None and band.low <= value <= band.high:
                line = f"<span style='background:#d1e9ff'><b>{line}</b></span>"
            parts.append(line)
        self.rubrics[key].setText("<br/>".join(parts))

    # -- saving -------------------------------------------------------------------------
    def _left(self, widget: QObject) -> None:
        if self.line is None or self.line.submitted:
            return
        if isinstance(widget, QLineEdit):
            self._save_field(widget)
        elif widget is self.opinion and self.opinion.toPlainText() != self.line.opinion:
            self.review_entered.emit(self.line.code, "opinion", self.opinion.toPlainText())
        elif widget is self.deviation and self.deviation.toPlainText() != self.line.deviation_note:
            self.review_entered.emit(self.line.code, "deviation_note", self.deviation.toPlainText())

    def _save_field(self, field: QLineEdit, move: bool = False) -> None:
        if self.line is None or self.line.submitted:
            return
        key = field.property("criterion")
        text = field.text().strip().rstrip(".")
        validator = field.validator()
        if text and validator.state(text) == QValidator.State.Acceptable:
            value = Decimal(text)
            if self.line.points.get(key) != value:
                self.points_entered.emit(self.line.code, key, value)
        elif text:
            # Refused in place: say why, and put back what is saved.
            self.refused.emit(validator.reason())
            field.setText(points(self.line.points.get(key)))
            return
        elif key in self.line.points:
            field.setText(points(self.line.points[key]))  # a saved score cannot be blanked, only changed
        if move:
            self.focusNextChild()

    def _recommendation_chosen(self) -> None:
        if self.line is not None and not self.line.submitted:
            self.review_entered.emit(self.line.code, "recommendation", self.recommendation.currentText())
