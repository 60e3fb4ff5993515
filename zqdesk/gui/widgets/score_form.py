"""The expert's form for one project: one field per criterion with its rubric beside it,
recommendation, opinion and (when asked) the deviation explanation. A field is saved the
moment it is left; the form only emits what to save, the page calls the services."""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget,
)

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.gui.models.base import points
from zqdesk.gui.widgets.score_entry import HalfPointsValidator
from zqdesk.services.scoring import SheetLine


class _FormKeys(QObject):
    """The form's keyboard: a widget left is saved (focus out); Enter in a score field saves
    it and moves on, as Tab does; in the recommendation Enter moves on; in the texts Enter and
    Tab move on while Ctrl+Enter (or Shift+Enter) breaks the line and Ctrl+Tab types a tab."""

    def __init__(self, form: ScoreForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        form = self._form
        if event.type() == QEvent.Type.FocusOut:
            form._left(watched)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if isinstance(watched, QLineEdit) and enter:
            form._save_field(watched, move=True)
            return True
        if watched is form.recommendation and enter and not form.recommendation.view().isVisible():
            form.focusNextChild()
            return True
        if isinstance(watched, QPlainTextEdit):
            control = modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            if enter and control:
                watched.insertPlainText("\n")
                return True
            if key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ControlModifier:
                watched.insertPlainText("\t")
                return True
            if enter:
                form.focusNextChild()
                return True
        return False


class ScoreForm(QWidget):
    points_entered = Signal(str, str, object)  # code, criterion key, Decimal
    review_entered = Signal(str, str, str)  # code, "recommendation" | "opinion" | "deviation_note", text
    refused = Signal(str)
    leave_project = Signal(int)  # +1: Tab past the last entry; -1: Shift+Tab before the first

    def __init__(self, criteria: Sequence[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = list(criteria)
        self.line: SheetLine | None = None
        self._watcher = _FormKeys(self)
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
        self.errors: dict[str, QLabel] = {}  # what is wrong with a value kept in its field
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
            field.textChanged.connect(lambda _t, k=criterion.key: self._show_band(k))
            error = QLabel(box)
            error.setWordWrap(True)
            error.setStyleSheet("color: #b42318; font-weight: bold;")
            error.hide()
            rubric = QLabel(box)
            rubric.setWordWrap(True)
            rubric.setTextFormat(Qt.TextFormat.RichText)
            rubric.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            beside = QVBoxLayout()
            beside.addWidget(error)
            beside.addWidget(rubric)
            row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
            row.addLayout(beside, 1)
            layout.addWidget(box)
            self.fields[criterion.key] = field
            self.rubrics[criterion.key] = rubric
            self.errors[criterion.key] = error

        review = QFormLayout()
        self.recommendation = QComboBox(self)
        self.recommendation.addItem("")
        self.recommendation.addItems(RECOMMENDATIONS)
        self.recommendation.activated.connect(self._recommendation_chosen)
        self.recommendation.installEventFilter(self._watcher)
        self.opinion = QPlainTextEdit(self)
        self.opinion.setPlaceholderText(self.tr("对本项目的评审意见（Enter或Tab：下一项；Ctrl+Enter：换行）"))
        self.opinion.setTabChangesFocus(True)
        self.opinion.setMaximumHeight(self.fontMetrics().height() * 6)
        self.opinion.installEventFilter(self._watcher)
        review.addRow(self.tr("评审建议(&R)"), self.recommendation)
        review.addRow(self.tr("评审意见(&O)"), self.opinion)
        layout.addLayout(review)
        self.deviation_box = QGroupBox(self.tr("偏离说明（您的评分偏离平均分30%以上，请说明理由）"), self)
        self.deviation = QPlainTextEdit(self.deviation_box)
        self.deviation.setMaximumHeight(self.fontMetrics().height() * 5)
        self.deviation.setTabChangesFocus(True)
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
            self._show_error(key, "")
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

    def entries(self) -> list[QWidget]:
        """What Tab walks, in order: the scores, the recommendation, the opinion, and the
        deviation explanation when it is asked for."""
        out: list[QWidget] = [*self.fields.values(), self.recommendation, self.opinion]
        if self.deviation_box.isVisibleTo(self):
            out.append(self.deviation)
        return out

    def focus_first_open(self) -> None:
        """The first score not yet entered, else the recommendation if none is chosen, else
        the first score."""
        line = self.line
        if line is None:
            return
        target: QWidget = next((f for k, f in self.fields.items() if k not in line.points), None) or (
            self.recommendation if not line.recommendation else next(iter(self.fields.values())))
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def focus_last(self) -> None:
        self.entries()[-1].setFocus(Qt.FocusReason.BacktabFocusReason)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        """Tab and Shift+Tab stay among this project's entries; past the last (or before the
        first) the page moves to the next (previous) project. A bad score keeps the focus."""
        entries = self.entries()
        current = self.focusWidget()
        if current not in entries:
            return super().focusNextPrevChild(next_)
        if isinstance(current, QLineEdit):
            if not self._save_field(current):
                return True
        else:
            self._left(current)  # saved now, while the form still shows this project
        index = entries.index(current) + (1 if next_ else -1)
        if 0 <= index < len(entries):
            entries[index].setFocus(Qt.FocusReason.TabFocusReason if next_ else Qt.FocusReason.BacktabFocusReason)
            if isinstance(entries[index], QLineEdit):
                entries[index].selectAll()
        else:
            self.leave_project.emit(1 if next_ else -1)
        return True

    def _show_error(self, key: str, text: str) -> None:
        error = self.errors[key]
        error.setText(text)
        error.setVisible(bool(text))
        self.fields[key].setStyleSheet("background: #fee4e2;" if text else "")

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

    def _save_field(self, field: QLineEdit, move: bool = False) -> bool:
        """Save a score field; False when its value is refused. A refused value stays in the
        field as typed, marked, with the reason beside it, and nothing is saved (issue #12)."""
        if self.line is None or self.line.submitted:
            if move:
                self.focusNextChild()
            return True
        key = field.property("criterion")
        text = field.text().strip().rstrip(".")
        validator = field.validator()
        if text and validator.state(text) == QValidator.State.Acceptable:
            value = Decimal(text)
            self._show_error(key, "")
            if self.line.points.get(key) != value:
                self.points_entered.emit(self.line.code, key, value)
        elif text:
            self._show_error(key, validator.reason() + self.tr("；未保存"))
            self.refused.emit(validator.reason())
            return False
        else:
            self._show_error(key, "")
            if key in self.line.points:
                field.setText(points(self.line.points[key]))  # a saved score cannot be blanked, only changed
        if move:
            self.focusNextChild()
        return True

    def _recommendation_chosen(self) -> None:
        if self.line is not None and not self.line.submitted:
            self.review_entered.emit(self.line.code, "recommendation", self.recommendation.currentText())
