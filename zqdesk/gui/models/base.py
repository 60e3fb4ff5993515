"""A read-only table model over a list of plain rows, described by its columns, and the
filter proxy every table of the application sorts and searches through."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)

R = TypeVar("R")
SortRole = Qt.ItemDataRole.UserRole + 10
RowRole = Qt.ItemDataRole.UserRole + 11
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter

_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, the text shown, and (optionally) what it sorts by."""

    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str] | None = None
    colour: Callable[[R], Any] | None = None  # foreground QColor or None
    background: Callable[[R], Any] | None = None


def sortable(value: Any) -> Any:
    """A value QSortFilterProxyModel can compare: numbers as float, dates as text."""
    if value is None:
        return float("-inf")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (Decimal, int, float)):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def score(value: Decimal | None) -> str:
    """A project score or sub-score: always two decimals (SPEC §6.3)."""
    return "" if value is None else f"{value:.2f}"


def points(value: Decimal | None) -> str:
    """An expert's points: 25, 25.5 (no trailing zeros)."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    return text


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are plain objects; columns say how to show and sort them. Sort keys are cached
    per column so that sorting thousands of rows stays quick."""

    def __init__(self, columns: Sequence[Column[R]] = (), parent=None) -> None:
        super().__init__(parent)
        self._columns: list[Column[R]] = list(columns)
        self._rows: list[R] = []
        self._sort_cache: dict[int, list[Any]] = {}

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self._sort_cache.clear()
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_cache.clear()
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, number: int) -> R:
        return self._rows[number]

    def column(self, number: int) -> Column[R]:
        return self._columns[number]

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            cache = self._sort_cache.get(index.column())
            if cache is None:
                key = column.sort or column.text
                cache = self._sort_cache[index.column()] = [sortable(key(r)) for r in self._rows]
            return cache[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            return column.colour(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(row)
        if role == RowRole:
            return row
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None


class FilterProxy(QSortFilterProxyModel):
    """Sorts by SortRole; filters by words typed in a search box (all must match the row's
    search text) and by an optional predicate on the row."""

    def __init__(self, search_text: Callable[[Any], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)
        self._search_text = search_text
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._haystack: dict[int, str] = {}

    def setSourceModel(self, model) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._haystack.clear()
        model.modelReset.connect(self._haystack.clear)

    def set_search(self, text: str) -> None:
        self._words = [w for w in text.lower().split() if w]
        self.invalidateRowsFilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.row(source_row)
        if self._predicate is not None and not self._predicate(row):
            return False
        if not self._words:
            return True
        text = self._haystack.get(source_row)
        if text is None:
            if self._search_text is not None:
                text = self._search_text(row).lower()
            else:
                text = " ".join(c.text(row) for c in model._columns).lower()
            self._haystack[source_row] = text
        return all(w in text for w in self._words)

    def resort(self) -> None:
        """Sort again by the current column (after the source rows were replaced)."""
        if self.sortColumn() >= 0:
            self.sort(self.sortColumn(), self.sortOrder())

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def row_at(self, proxy_row: int):
        return self.sourceModel().row(self.source_row(proxy_row))
