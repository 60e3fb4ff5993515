"""Ctrl+C on any table of the program copies what is selected as tab-separated rows, the way
Excel and WPS paste them (issue #12; Qt's own Ctrl+C copies the current cell only)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QTableView


def selection_as_tsv(view: QTableView) -> str:
    """The selected cells as text: one line per row, a tab between cells, in the order the
    person sees them (sorted rows, moved columns); hidden columns and rows are left out. Whole
    selected rows copy every visible column."""
    indexes = [i for i in view.selectionModel().selectedIndexes()
               if not view.isColumnHidden(i.column()) and not view.isRowHidden(i.row())]
    if not indexes:
        current = view.currentIndex()
        if not current.isValid():
            return ""
        indexes = [current]
    header = view.horizontalHeader()
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes}, key=header.visualIndex)
    chosen = {(i.row(), i.column()) for i in indexes}
    model = view.model()
    lines = []
    for row in rows:
        cells = []
        for column in columns:
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole) if (row, column) in chosen else ""
            cells.append(" ".join(str(value if value is not None else "").split()))  # no tab or line break inside
        lines.append("\t".join(cells))
    return "\n".join(lines)


class _TableCopy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QTableView) \
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy):
            text = selection_as_tsv(watched)
            if text:
                QApplication.clipboard().setText(text)
            return True
        return False


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(_TableCopy) is None:
        app.installEventFilter(_TableCopy(app))
