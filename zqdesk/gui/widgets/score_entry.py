"""Entering points: a validator that refuses anything but 0..max in halves as it is typed,
the grid's editor delegate (Enter and Tab move on), the grid view that walks only the entry
cells, and the single field of the expert's form, saved the moment it is left."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QComboBox, QLineEdit, QStyledItemDelegate, QTableView,
    QWidget,
)

from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.gui.models.base import points

_SHAPE = re.compile(r"^\d{0,3}(\.\d?)?$")


class HalfPointsValidator(QValidator):
    """Acceptable: an integer or x.5 in [0, max]. Intermediate: anything else — 31, 24.3, abc
    stay visible as typed, marked, and cannot be committed (no keystroke is ever swallowed,
    issue #12). `refused` says what is wrong."""

    refused = Signal(str)

    def __init__(self, maximum: Decimal, label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.maximum = Decimal(maximum)
        self.label = label

    def reason(self) -> str:
        return self.tr("%1应为0至%2之间的整数或0.5分").replace("%1", self.label).replace("%2", points(self.maximum))

    def validate(self, text: str, pos: int):
        state = self.state(text)
        stripped = text.strip()
        if state is not QValidator.State.Acceptable and stripped and not stripped.endswith("."):
            self.refused.emit(self.reason())
        return state, text, pos

    def state(self, text: str) -> QValidator.State:
        text = text.strip()
        if not text or text == ".":
            return QValidator.State.Intermediate
        if not _SHAPE.match(text):
            return QValidator.State.Intermediate
        whole, _, fraction = text.partition(".")
        value = Decimal(whole or "0") + (Decimal(f"0.{fraction}") if fraction else 0)
        if value > self.maximum or (fraction and fraction not in ("0", "5")) or text.endswith("."):
            return QValidator.State.Intermediate
        return QValidator.State.Acceptable

    def fixup(self, text: str) -> str:
        return text.strip().rstrip(".")


class ScoreDelegate(QStyledItemDelegate):
    """Editors for the grid: a validated line edit per criterion, a list for the
    recommendation. Enter commits and moves to the next entry cell, like Tab."""

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        model = index.model()
        criterion = model.criterion_at(index.column())
        if criterion is None:
            combo = QComboBox(parent)
            combo.addItem("")
            combo.addItems(RECOMMENDATIONS)
            return combo
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        validator = HalfPointsValidator(criterion.max_points, criterion.label, editor)
        validator.refused.connect(self.refused)
        editor.setValidator(validator)
        editor.textChanged.connect(lambda _t, e=editor: _mark(e))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(value)))
        else:
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text().strip()
        if text == (index.data(Qt.ItemDataRole.EditRole) or ""):
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        leaving = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in leaving:
            if isinstance(editor, QLineEdit) and editor.text().strip() and not editor.hasAcceptableInput():
                validator = editor.validator()
                self.refused.emit(validator.reason() if isinstance(validator, HalfPointsValidator) else "")
                return True  # refused in place: the editor stays open on the bad value
            if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return super().eventFilter(editor, event)
            if not (isinstance(editor, QLineEdit) and not editor.text().strip()):
                self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


def _mark(editor: QLineEdit) -> None:
    bad = bool(editor.text().strip()) and not editor.hasAcceptableInput()
    editor.setStyleSheet("background: #fee4e2;" if bad else "")


class ScoreGridView(QTableView):
    """Tab, Enter and the arrow keys move through entry cells only, row after row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)

    def closeEditor(self, editor: QWidget, hint) -> None:  # noqa: N802
        moving = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                          QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        if not (moving and editor.hasFocus()):
            super().closeEditor(editor, hint)
            return
        # From one cell's editor straight to the next one's: were the view to take the focus
        # in between, its focus-in and focus-out would each repaint the whole table, which
        # at every Enter costs more than saving the score.
        policy = self.focusPolicy()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        try:
            super().closeEditor(editor, hint)
        finally:
            self.setFocusPolicy(policy)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # no next cell: the keyboard stays here

    def _editable(self, row: int, column: int) -> bool:
        model = self.model()
        return bool(model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable)

    def moveCursor(self, action, modifiers):  # noqa: N802
        forward = action is QAbstractItemView.CursorAction.MoveNext
        if not forward and action is not QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(action, modifiers)
        model = self.model()
        columns = [c for c in range(model.columnCount()) if model.is_entry_column(c)]
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        rows = range(row, model.rowCount()) if forward else range(row, -1, -1)
        for r in rows:
            if r == row:
                candidates = [c for c in columns if (c > column if forward else c < column)]
            else:
                candidates = list(columns)
            if not forward:
                candidates.reverse()
            for c in candidates:
                if self._editable(r, c):
                    return model.index(r, c)
        return current
