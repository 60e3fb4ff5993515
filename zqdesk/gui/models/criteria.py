"""Editable tables of the criteria editor: the criteria of a template and one criterion's
rubric bands. Rows are plain lists; each column parses what is typed and refuses the rest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from zqdesk.core.types import Band, Criterion
from zqdesk.gui.models.base import points


def half_points(text: str) -> Decimal:
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValueError from None
    if not value.is_finite() or value < 0 or (value * 2) != (value * 2).to_integral_value():
        raise ValueError
    return value


@dataclass(frozen=True)
class EditColumn:
    title: str
    parse: Callable[[str], Any]
    show: Callable[[Any], str] = str


class EditableRows(QAbstractTableModel):
    refused = Signal(str)  # what was wrong with a typed value

    def __init__(self, columns: Sequence[EditColumn], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[list[Any]] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._columns[index.column()].show(value)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title if orientation == Qt.Orientation.Horizontal else section + 1
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        try:
            parsed = column.parse(value)
        except ValueError:
            self.refused.emit(self.tr("“%1”不是有效的%2。").replace("%1", str(value)).replace("%2", column.title))
            return False
        self._rows[index.row()][index.column()] = parsed
        self.dataChanged.emit(index, index)
        return True

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[list[Any]]:
        return [list(r) for r in self._rows]

    def append(self, row: Sequence[Any]) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(list(row))
        self.endInsertRows()

    def remove(self, number: int) -> None:
        if 0 <= number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()


def _text(value: str) -> str:
    value = str(value).strip()
    if not value:
        raise ValueError
    return value


class CriteriaModel(EditableRows):
    """key, label, max points; the bands of each criterion are kept alongside."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            EditColumn(self.tr("代码"), _text), EditColumn(self.tr("评分项"), _text),
            EditColumn(self.tr("满分"), half_points, points),
        ], parent)
        self.bands: list[list[list[Any]]] = []

    def set_criteria(self, criteria: Sequence[Criterion]) -> None:
        self.bands = [[[b.low, b.high, b.description] for b in c.rubric] for c in criteria]
        self.set_rows([[c.key, c.label, c.max_points] for c in criteria])

    def append(self, row) -> None:
        self.bands.append([])
        super().append(row)

    def remove(self, number: int) -> None:
        if 0 <= number < len(self.bands):
            del self.bands[number]
        super().remove(number)

    def criteria(self) -> list[Criterion]:
        return [
            Criterion(key, label, maximum, tuple(Band(lo, hi, text) for lo, hi, text in self.bands[n]))
            for n, (key, label, maximum) in enumerate(self._rows)
        ]


class BandsModel(EditableRows):
    def __init__(self, parent=None) -> None:
        super().__init__([
            EditColumn(self.tr("最低分"), half_points, points), EditColumn(self.tr("最高分"), half_points, points),
            EditColumn(self.tr("评分要点"), _text),
        ], parent)
