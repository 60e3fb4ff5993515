"""Bind a read table to the columns of one import file and collect every error in it.

The record readers (projects, experts, scores) walk `Sheet.rows()` and ask each
`RowCursor` for typed values; a bad cell is recorded and the walk goes on, so that the
clerk gets the complete list of problems.  `Sheet.finish()` then refuses the file if
anything at all was wrong (SPEC §8.1: nothing is imported from a file with a bad row).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from zqdesk.io.cells import text
from zqdesk.io.columns import IGNORED_COLUMNS, Column
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.table import Row, Table, is_blank

T = TypeVar("T")


class _Bad:
    """Stands in for a cell that failed to convert; its error is already recorded."""

    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()


def header_key(name: str) -> str:
    """Header text as matched: spaces, a required-mark * and 全角 brackets don't matter."""
    key = re.sub(r"\s+", "", name).replace("（", "(").replace("）", ")")
    return key.rstrip("*＊")


class Sheet:
    """A table checked against its columns; raises at once if the header is unusable."""

    def __init__(self, table: Table, columns: Sequence[Column]) -> None:
        self.file = table.file
        self.errors: list[RowError] = []
        self._table = table
        self._columns = {header_key(column.name): column for column in columns}
        self._names = frozenset(column.name for column in columns)
        self._index: dict[str, int] = {}
        self._check_header()
        if self.errors:
            # Without a sound header no cell can be trusted to mean what it seems.
            raise ImportRefused(self.errors)

    def _check_header(self) -> None:
        for position, name in enumerate(self._table.header):
            key = header_key(name)
            if not key:
                self._check_unnamed(position)
            elif key in IGNORED_COLUMNS:
                continue
            elif key not in self._columns:
                self.error(1, name, "无法识别的列名，请使用导入模板中的列名")
            elif self._columns[key].name in self._index:
                self.error(1, self._columns[key].name, "此列在表头中重复出现")
            else:
                self._index[self._columns[key].name] = position
        for column in self._columns.values():
            if column.required and column.name not in self._index:
                self.error(1, column.name, "表头缺少此必填列")
        widest = max((len(row.cells) for row in self._table.rows), default=0)
        for position in range(len(self._table.header), widest):
            self._check_unnamed(position)

    def _check_unnamed(self, position: int) -> None:
        for row in self._table.rows:
            if position < len(row.cells) and not is_blank(row.cells[position]):
                self.error(row.number, f"第{position + 1}列（{_letter(position)}列）", "此列没有表头（列名），却填有数据")
                return

    def error(self, row: int | None, column: str | None, reason: str) -> None:
        self.errors.append(RowError(self.file, row, column, reason))

    def rows(self) -> Iterator[RowCursor]:
        for row in self._table.rows:
            yield RowCursor(self, row)

    def finish(self, records: list[T]) -> list[T]:
        """The records, or ImportRefused with every error found in the file."""
        if self.errors:
            raise ImportRefused(self.errors)
        return records

    def _raw(self, row: Row, name: str) -> object:
        if name not in self._names:
            raise KeyError(f"unknown column {name!r}")  # a programming error, not the clerk's
        position = self._index.get(name)
        if position is None or position >= len(row.cells):
            return None
        return row.cells[position]


class RowCursor:
    """One data row being read; failed cells come back as BAD with their error recorded."""

    def __init__(self, sheet: Sheet, row: Row) -> None:
        self._sheet = sheet
        self._row = row
        self.number = row.number
        self.failed = False

    def get(self, name: str, convert: Callable[[object], T] = text, *,
            required: bool = False, default: T | None = None) -> T:
        raw = self._sheet._raw(self._row, name)
        if is_blank(raw):
            if required:
                self.fail(name, "必填项，不能为空")
                return BAD
            return default  # type: ignore[return-value]
        try:
            return convert(raw)
        except ValueError as error:
            self.fail(name, str(error))
            return BAD

    def fail(self, column: str | None, reason: str) -> None:
        self.failed = True
        self._sheet.error(self.number, column, reason)


def _letter(position: int) -> str:
    """Excel's column letter of a 0-based position (0 → A, 26 → AA)."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def good(*values: object) -> bool:
    """True when none of the values failed, so a check across cells is meaningful."""
    return not any(value is BAD for value in values)
