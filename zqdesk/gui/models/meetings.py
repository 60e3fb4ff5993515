"""The meetings of the database, for the 会议 page."""

from __future__ import annotations

from zqdesk.core.vocab import MEETING_KIND_LABELS, Kind
from zqdesk.gui.models.base import NUMERIC, Column, RowTableModel, money


class MeetingTableModel(RowTableModel):
    """Rows are storage Meeting rows (read-only here)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("评审会"), lambda m: m.name),
            Column(self.tr("类型"), lambda m: MEETING_KIND_LABELS.get(Kind(m.kind), m.kind)),
            Column(self.tr("计划年度"), lambda m: str(m.plan_year), lambda m: m.plan_year, NUMERIC),
            Column(self.tr("会议日期"), lambda m: m.held_on.isoformat() if m.held_on else ""),
            Column(self.tr("地点"), lambda m: m.venue),
            Column(self.tr("资金额度(万元)"), lambda m: money(m.budget), lambda m: m.budget, NUMERIC),
            Column(self.tr("状态"), lambda m: self.tr("已定稿") if m.finalised_at else self.tr("进行中")),
        ])

    def row_of_id(self, meeting_id: int) -> int | None:
        return next((n for n, m in enumerate(self._rows) if m.id == meeting_id), None)
