"""One expert's sheet as a grid the clerk types into from the signed paper sheet: one row per
project, one column per criterion, then the total and the recommendation. Every accepted
value is saved at once through the callables the page passes in (the services); a score the
server could not take yet is kept on this terminal and its cell marked (issue #8)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.gui.models.base import CENTRE, NUMERIC, points
from zqdesk.io import cells
from zqdesk.services.errors import Refused
from zqdesk.services.unsaved import CONFLICT, KEPT
from zqdesk.storage.db import DatabaseRefused

LOCKED = QColor("#e9ecf1")  # submitted sheets: visibly locked
KEPT_HERE = QColor("#fef0c7")  # typed, kept on this terminal, not yet on the server


@dataclass(frozen=True)
class GridLine:
    code: str
    name: str
    round: int
    points: dict[str, Decimal] = field(default_factory=dict)
    recommendation: str = ""
    submitted: bool = False

    def complete(self, keys: Sequence[str]) -> bool:
        return all(k in self.points for k in keys)

    @property
    def total(self) -> Decimal:
        return sum(self.points.values(), Decimal(0))


class ScoreGridModel(QAbstractTableModel):
    refused = Signal(str)  # why a typed value was not accepted
    saved = Signal(str)  # a short note of what was saved
    kept = Signal(str)  # the server is away: the value is kept on this terminal (the message)
    conflicted = Signal(str)  # another terminal saved the cell meanwhile: nothing written

    FIXED = 2  # 编号, 项目名称

    def __init__(self, criteria: Sequence[Criterion],
                 save_points: Callable[[str, str, Decimal, Decimal | None], object],
                 save_recommendation: Callable[[str, str, str], object], parent=None) -> None:
        super().__init__(parent)
        self.criteria = list(criteria)
        self._save_points = save_points
        self._save_recommendation = save_recommendation
        self._lines: list[GridLine] = []
        # Counted once per sheet read, then kept up to date cell by cell: the progress label
        # is asked after every Enter, and counting 2,000 lines each time is what stalls typing.
        self._complete = 0
        self._submitted = 0
        self.kept_cells: set[tuple[str, str]] = set()  # (code, criterion key) kept on this terminal
        self.read_only = False

    # -- shape --------------------------------------------------------------------------
    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.criteria]

    def total_column(self) -> int:
        return self.FIXED + len(self.criteria)

    def recommendation_column(self) -> int:
        return self.total_column() + 1

    def criterion_at(self, column: int) -> Criterion | None:
        offset = column - self.FIXED
        return self.criteria[offset] if 0 <= offset < len(self.criteria) else None

    def set_lines(self, lines: Sequence[GridLine], kept: dict[tuple[str, str], Decimal] | None = None) -> None:
        """The sheet as read; `kept` values (typed here, not yet on the server) shown over it."""
        kept = kept or {}
        self.beginResetModel()
        self._lines = _with_kept(lines, kept)
        self.kept_cells = set(kept)
        self._count()
        self.endResetModel()

    def update_lines(self, lines: Sequence[GridLine], kept: dict[tuple[str, str], Decimal] | None = None,
                     editing: QModelIndex | None = None) -> bool:
        """The sheet read again, applied to the lines that differ (no reset: the caret and an
        open editor stay). The cell being typed in (`editing`) keeps the value its editor was
        opened on, which its save is checked against, so another terminal's change to it
        comes back as a conflict instead of being overwritten unseen. False, with nothing
        changed, when the sheet has other lines now (a new round, a recusal): that needs
        `set_lines`."""
        kept = kept or {}
        lines = _with_kept(lines, kept)
        if [(x.code, x.round) for x in lines] != [(x.code, x.round) for x in self._lines]:
            return False
        kept_before, self.kept_cells = self.kept_cells, set(kept)
        last = self.columnCount() - 1
        held = editing.row() if editing is not None and editing.isValid() else -1
        for row, (old, new) in enumerate(zip(self._lines, lines)):
            if row == held:
                new = self._holding(old, new, editing.column())
            marks = {key for code, key in kept_before ^ self.kept_cells if code == new.code}
            if new == old and not marks:
                continue
            self._replace_line(row, new)
            if row != held:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                continue
            # Around the cell being typed in: a change covering it would put the model's value
            # back into its editor (QAbstractItemView::dataChanged), over what is being typed.
            if editing.column() > 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, editing.column() - 1))
            if editing.column() < last:
                self.dataChanged.emit(self.index(row, editing.column() + 1), self.index(row, last))
        return True

    def _holding(self, old: GridLine, new: GridLine, column: int) -> GridLine:
        """`new`, with the value of `column` as `old` had it."""
        criterion = self.criterion_at(column)
        if criterion is not None:
            held = {k: v for k, v in new.points.items() if k != criterion.key}
            if criterion.key in old.points:
                held[criterion.key] = old.points[criterion.key]
            return replace(new, points=held)
        if column == self.recommendation_column():
            return replace(new, recommendation=old.recommendation)
        return new

    def _count(self) -> None:
        keys = self.keys
        self._complete = sum(1 for line in self._lines if line.complete(keys))
        self._submitted = sum(1 for line in self._lines if line.submitted)

    def _replace_line(self, row: int, line: GridLine) -> None:
        keys = self.keys
        old = self._lines[row]
        self._complete += line.complete(keys) - old.complete(keys)
        self._submitted += line.submitted - old.submitted
        self._lines[row] = line

    def set_kept(self, cells: set[tuple[str, str]]) -> None:
        if cells != self.kept_cells:
            self.kept_cells = set(cells)
            if self._lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, self.columnCount() - 1))

    def lines(self) -> list[GridLine]:
        return list(self._lines)

    def line(self, row: int) -> GridLine:
        return self._lines[row]

    def progress(self) -> tuple[int, int]:
        """(sheets with every criterion scored, sheets)."""
        return self._complete, len(self._lines)

    def submitted_count(self) -> int:
        return self._submitted

    def first_open_cell(self) -> QModelIndex:
        """Where the clerk starts typing: the first empty criterion of an open sheet."""
        for row, line in enumerate(self._lines):
            if line.submitted:
                continue
            for offset, key in enumerate(self.keys):
                if key not in line.points:
                    return self.index(row, self.FIXED + offset)
        return QModelIndex()

    def is_entry_column(self, column: int) -> bool:
        return self.FIXED <= column < self.total_column() or column == self.recommendation_column()

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.FIXED + len(self.criteria) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return self.tr("编号")
        if section == 1:
            return self.tr("项目名称")
        criterion = self.criterion_at(section)
        if criterion is not None:
            return f"{criterion.label}（{points(criterion.max_points)}）"
        if section == self.total_column():
            return self.tr("合计")
        return self.tr("评审建议")

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._lines[index.row()]
        if self.is_entry_column(index.column()) and not line.submitted and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        criterion = self.criterion_at(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return line.code + (f" ({self.tr('第%1轮').replace('%1', str(line.round))})" if line.round > 1 else "")
            if column == 1:
                return line.name
            if criterion is not None:
                return points(line.points.get(criterion.key))
            if column == self.total_column():
                return points(line.total) if line.complete(self.keys) else ""
            return line.recommendation
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if criterion is not None or column == self.total_column():
                return NUMERIC if criterion is None else CENTRE
            return None
        kept = criterion is not None and (line.code, criterion.key) in self.kept_cells
        if role == Qt.ItemDataRole.BackgroundRole and kept:
            return KEPT_HERE
        if role == Qt.ItemDataRole.BackgroundRole and (line.submitted or self.read_only):
            return LOCKED
        if role == Qt.ItemDataRole.ToolTipRole:
            if kept:
                return self.tr("暂存在本机，连接恢复后自动保存到服务器")
            if line.submitted:
                return self.tr("已提交签名，不能修改")
            if criterion is not None:
                return self.tr("0至%1分，整数或0.5分").replace("%1", points(criterion.max_points))
            if column == self.recommendation_column():
                return "、".join(RECOMMENDATIONS)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        line = self._lines[index.row()]
        text = str(value).strip()
        criterion = self.criterion_at(index.column())
        status = outcome = None
        try:
            if criterion is not None:
                if not text:
                    return False
                try:
                    value = cells.points(text, criterion.max_points)
                except ValueError as error:
                    raise Refused(f"{criterion.label}：{error}") from None
                if line.points.get(criterion.key) == value:
                    return True
                outcome = self._save_points(line.code, criterion.key, value, line.points.get(criterion.key))
                status = getattr(outcome, "status", None)
                if status == CONFLICT:
                    self.conflicted.emit(outcome.message)
                    return False
                line = replace(line, points={**line.points, criterion.key: value})
                if status == KEPT:
                    self.kept_cells.add((line.code, criterion.key))
                else:
                    self.kept_cells.discard((line.code, criterion.key))
            else:
                if text and text not in RECOMMENDATIONS:
                    raise Refused(self.tr("评审建议应为：%1").replace("%1", "、".join(RECOMMENDATIONS)))
                if text == line.recommendation:
                    return True
                outcome = self._save_recommendation(line.code, text, line.recommendation)
                status = getattr(outcome, "status", None)
                if status == CONFLICT:
                    self.conflicted.emit(outcome.message)
                    return False
                line = replace(line, recommendation=text)
        except (Refused, DatabaseRefused) as error:
            self.refused.emit(str(error))
            return False
        self._replace_line(index.row(), line)
        self.dataChanged.emit(self.index(index.row(), self.FIXED), self.index(index.row(), self.columnCount() - 1))
        if status == KEPT:
            self.kept.emit(outcome.message)
            return True
        self.saved.emit(self.tr("已保存 %1 %2").replace("%1", line.code).replace(
            "%2", criterion.label if criterion else self.tr("评审建议")))
        return True


def _with_kept(lines: Sequence[GridLine], kept: dict[tuple[str, str], Decimal]) -> list[GridLine]:
    """Open sheets show the values kept on this terminal in place of those read."""
    by_code: dict[str, dict[str, Decimal]] = {}
    for (code, key), value in kept.items():
        by_code.setdefault(code, {})[key] = value
    return [replace(line, points={**line.points, **by_code[line.code]})
            if not line.submitted and line.code in by_code else line for line in lines]
