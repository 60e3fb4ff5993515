"""An expert's own projects with their progress, for the expert at the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from zqdesk.gui.models.base import CENTRE, Column, RowTableModel, points
from zqdesk.services.scoring import SheetLine


class SheetTableModel(RowTableModel[SheetLine]):
    def __init__(self, keys: Sequence[str] = (), parent=None) -> None:
        super().__init__(parent=parent)
        self.keys = list(keys)
        self.kept_codes: set[str] = set()  # projects with a score kept on this terminal (issue #8)
        self.set_columns([
            Column(self.tr("编号"), lambda x: x.code),
            Column(self.tr("项目名称"), lambda x: x.name, tooltip=lambda x: x.name),
            Column(self.tr("合计"), lambda x: points(sum(x.points.values())) if self.scored(x) else "", align=CENTRE),
            Column(self.tr("状态"), self.state, align=CENTRE, colour=self.state_colour),
        ])

    def scored(self, line: SheetLine) -> bool:
        return all(k in line.points for k in self.keys)

    def complete(self, line: SheetLine) -> bool:
        """Ready to submit: every criterion scored and a recommendation chosen."""
        return self.scored(line) and bool(line.recommendation)

    def state(self, line: SheetLine) -> str:
        if line.code in self.kept_codes:
            return self.tr("暂存本机")
        if line.deviation_asked and not line.deviation_note.strip():
            return self.tr("请填写偏离说明")
        if line.submitted:
            return self.tr("已提交")
        if self.complete(line):
            return self.tr("已评完")
        if self.scored(line):
            return self.tr("待选评审建议")
        if line.points:
            return self.tr("未评完")
        return self.tr("未评") if line.round == 1 else self.tr("第%1轮待评").replace("%1", str(line.round))

    def state_colour(self, line: SheetLine):
        if line.code in self.kept_codes:
            return QColor("#b54708")
        if line.deviation_asked and not line.deviation_note.strip():
            return QColor("#b42318")
        if line.submitted:
            return QColor("#067647")
        return None if self.complete(line) else QColor("#b54708")

    def progress(self) -> tuple[int, int]:
        return sum(1 for x in self._rows if self.complete(x)), len(self._rows)

    def set_kept(self, codes: set[str]) -> None:
        if codes != self.kept_codes:
            self.kept_codes = set(codes)
            self._sort_cache.clear()
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def replace_line(self, line: SheetLine) -> None:
        """One line changed: only its row is repainted."""
        for number, old in enumerate(self._rows):
            if old.code == line.code:
                self._rows[number] = line
                self._sort_cache.clear()
                self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
                return
