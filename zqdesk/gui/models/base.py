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

    def sort_keys(self, column: int) -> list[Any]:
        cache = self._sort_cache.get(column)
        if cache is None:
            col = self._columns[column]
            key = col.sort or col.text
            cache = self._sort_cache[column] = [sortable(key(r)) for r in self._rows]
        return cache

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Reorder the rows by a column with Python's sort on the cached keys (stable), moving
        persistent indexes (selection, current) along: far quicker than letting
        QSortFilterProxyModel call data() for every comparison."""
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        keys = self.sort_keys(column)
        order_of = sorted(range(len(self._rows)), key=keys.__getitem__,
                          reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order_of)}
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in old_indexes]
        self._rows = [self._rows[i] for i in order_of]
        self._sort_cache = {c: [cache[i] for i in order_of] for c, cache in self._sort_cache.items()}
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

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
            return self.sort_keys(index.column())[index.row()]
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
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._search_text = search_text
        self._words: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._haystack: dict[int, str] = {}

    def setSourceModel(self, model) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._haystack.clear()
        model.modelReset.connect(self._haystack.clear)
        model.layoutChanged.connect(self._haystack.clear)  # rows moved: the cache is by row

    def set_search(self, text: str) -> None:
        self._words = [w for w in text.lower().split() if w]
        self.invalidateRowsFilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        row = model.row(source_row)
        if self._predicate is None and not self._words:
            return True
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model on its cached keys (RowTableModel.sort_rows);
        this proxy only filters, keeping the source's order."""
        self._sort_column, self._sort_order = column, order
        source = self.sourceModel()
        if column >= 0 and isinstance(source, RowTableModel):
            source.sort_rows(column, order)
        elif column >= 0:
            super().sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self._sort_order

    def resort(self) -> None:
        """Sort again by the current column (after the source rows were replaced)."""
        if self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def row_at(self, proxy_row: int):
        return self.sourceModel().row(self.source_row(proxy_row))
