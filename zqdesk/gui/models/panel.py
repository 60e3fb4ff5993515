"""The panel of a meeting, for the 专家 page."""

from __future__ import annotations

from PySide6.QtGui import QColor

from zqdesk.core.vocab import Role
from zqdesk.gui.models.base import CENTRE, Column, RowTableModel
from zqdesk.services.panel import PanelEntry


class PanelTableModel(RowTableModel[PanelEntry]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._submitted: set[int] = set()
        self.set_columns([
            Column(self.tr("席位"), lambda e: str(e.seat), lambda e: e.seat, CENTRE),
            Column(self.tr("姓名"), lambda e: e.name),
            Column(self.tr("单位"), lambda e: e.organisation),
            Column(self.tr("职称"), lambda e: e.title),
            Column(self.tr("代表部门"), lambda e: e.department),
            Column(self.tr("角色"), lambda e: self.tr("组长") if e.role is Role.CHAIR else self.tr("成员")),
            Column(self.tr("PIN"), lambda e: self.tr("已设置") if e.has_pin else self.tr("未设置"), align=CENTRE,
                   colour=lambda e: None if e.has_pin else QColor("#b54708")),
            Column(self.tr("回避项目"), lambda e: "、".join(e.recused_codes), lambda e: len(e.recused_codes)),
            Column(self.tr("评分"), lambda e: self.tr("已提交") if e.expert_id in self._submitted else self.tr("未提交"),
                   align=CENTRE),
        ])

    def set_panel(self, entries: list[PanelEntry], submitted: set[int]) -> None:
        self._submitted = set(submitted)
        self.set_rows(entries)
