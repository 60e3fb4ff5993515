"""The annual plan: the greedy walk's lines, and the exact-optimal alternative beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtGui import QColor

from zqdesk.core.plan import Alternative, Plan, PlanLine
from zqdesk.core.rules import FIXED_ASSET_THRESHOLD
from zqdesk.core.ranking import Outcome
from zqdesk.gui.models.base import CENTRE, NUMERIC, Column, RowTableModel, money, score

FUNDED_FILL = QColor("#ecfdf3")
RESERVE_FILL = QColor("#f9fafb")


@dataclass(frozen=True)
class PlanRow:
    line: PlanLine
    cumulative: Decimal  # requested funds of the funded lines up to here

    @property
    def outcome(self) -> Outcome:
        return self.line.outcome


def plan_rows(plan: Plan) -> list[PlanRow]:
    rows, running = [], Decimal(0)
    for line in plan.lines:
        if line.funded:
            running += line.requested
        rows.append(PlanRow(line, running))
    return rows


def route(outcome: Outcome) -> str:
    """Which approval route applies (R3/R4, 第九条)."""
    if outcome.project.total_investment >= FIXED_ASSET_THRESHOLD:
        return "按固定资产投资程序报批"
    return "实施方案审批"


class PlanTableModel(RowTableModel[PlanRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        fill = lambda r: FUNDED_FILL if r.line.funded else RESERVE_FILL  # noqa: E731
        self.set_columns([
            Column(self.tr("排名"), lambda r: str(r.outcome.rank), lambda r: r.outcome.rank, CENTRE, background=fill),
            Column(self.tr("编号"), lambda r: r.outcome.project.code, background=fill),
            Column(self.tr("项目名称"), lambda r: r.outcome.project.name, tooltip=lambda r: r.outcome.project.name,
                   background=fill),
            Column(self.tr("档次"), lambda r: str(r.outcome.tier), align=CENTRE, background=fill),
            Column(self.tr("得分"), lambda r: score(r.outcome.result.score), lambda r: r.outcome.result.score, NUMERIC,
                   background=fill),
            Column(self.tr("申请资金(万元)"), lambda r: money(r.line.requested), lambda r: r.line.requested, NUMERIC,
                   background=fill),
            Column(self.tr("安排"), lambda r: self.tr("列入计划") if r.line.funded else self.tr("储备"), align=CENTRE,
                   colour=lambda r: QColor("#067647") if r.line.funded else QColor("#667085"), background=fill),
            Column(self.tr("累计安排(万元)"), lambda r: money(r.cumulative) if r.line.funded else "",
                   lambda r: r.cumulative, NUMERIC, background=fill),
            Column(self.tr("剩余额度(万元)"), lambda r: money(r.line.left_after), lambda r: r.line.left_after, NUMERIC,
                   background=fill),
            Column(self.tr("资金来源"), lambda r: r.outcome.project.funding_source, background=fill),
            Column(self.tr("审批途径"), lambda r: route(r.outcome), background=fill),
            Column(self.tr("说明"), lambda r: r.line.reason, background=fill),
        ])


@dataclass(frozen=True)
class AlternativeRow:
    outcome: Outcome
    change: str  # "" | "added" | "dropped"


def alternative_rows(outcomes: Sequence[Outcome], alternative: Alternative) -> list[AlternativeRow]:
    by_code = {o.project.code: o for o in outcomes}
    rows = [AlternativeRow(by_code[c], "added" if c in alternative.added else "") for c in alternative.codes]
    rows += [AlternativeRow(by_code[c], "dropped") for c in alternative.dropped]
    return rows


class AlternativeTableModel(RowTableModel[AlternativeRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        labels = {"added": self.tr("新增（计划外）"), "dropped": self.tr("调出（计划内）"), "": self.tr("相同")}
        colours = {"added": QColor("#175cd3"), "dropped": QColor("#b42318"), "": None}
        self.set_columns([
            Column(self.tr("编号"), lambda r: r.outcome.project.code),
            Column(self.tr("项目名称"), lambda r: r.outcome.project.name, tooltip=lambda r: r.outcome.project.name),
            Column(self.tr("得分"), lambda r: score(r.outcome.result.score), lambda r: r.outcome.result.score, NUMERIC),
            Column(self.tr("申请资金(万元)"), lambda r: money(r.outcome.project.requested),
                   lambda r: r.outcome.project.requested, NUMERIC),
            Column(self.tr("与计划相比"), lambda r: labels[r.change], align=CENTRE, colour=lambda r: colours[r.change]),
        ])
