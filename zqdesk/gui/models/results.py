"""The discussion's results table: score, sub-scores, experts counted, span, standard
deviation and deviation flags per project; sortable by disagreement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor

from zqdesk.core.agreement import Spread
from zqdesk.core.ranking import Outcome
from zqdesk.core.types import Criterion, Decision
from zqdesk.gui.models.base import CENTRE, NUMERIC, Column, RowTableModel, score
from zqdesk.services.results import MeetingResults

DECISION_COLOURS = {
    Decision.PASS: QColor("#067647"), Decision.FAIL: QColor("#b54708"),
    Decision.VETO: QColor("#b42318"), Decision.RECORD: QColor("#475467"),
}


@dataclass(frozen=True)
class ResultRow:
    outcome: Outcome
    spread: Spread
    deviating: int
    unexplained: int
    votes: str
    funded: bool

    @property
    def code(self) -> str:
        return self.outcome.project.code


def result_rows(results: MeetingResults) -> list[ResultRow]:
    funded = set(results.plan.funded_codes())
    rows = []
    for o in results.outcomes:
        code = o.project.code
        notes = {s.expert_id: s.deviation_note for s in results.sheets.get(code, ())}
        unexplained = sum(1 for e in o.result.deviating if not notes.get(e, "").strip())
        votes = results.recommendations(code)
        rows.append(ResultRow(o, results.spreads.get(code, Spread(None, None)), len(o.result.deviating),
                              unexplained, "/".join(str(votes[k]) for k in ("同意", "修改完善后同意", "不同意")),
                              code in funded))
    return rows


class ResultsTableModel(RowTableModel[ResultRow]):
    SPAN_TITLE = "span"

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.criteria: list[Criterion] = []
        self.set_criteria([])

    def set_criteria(self, criteria: Sequence[Criterion]) -> None:
        self.criteria = list(criteria)
        columns = [
            Column(self.tr("排名"), lambda r: "" if r.outcome.rank is None else str(r.outcome.rank),
                   lambda r: r.outcome.rank if r.outcome.rank is not None else 10**6, CENTRE),
            Column(self.tr("编号"), lambda r: r.code),
            Column(self.tr("项目名称"), lambda r: r.outcome.project.name, tooltip=lambda r: r.outcome.project.name),
            Column(self.tr("结论"), lambda r: r.outcome.decision.label, align=CENTRE,
                   colour=lambda r: DECISION_COLOURS[r.outcome.decision]),
            Column(self.tr("档次"), lambda r: (str(r.outcome.tier) + ("*" if r.outcome.tier_overridden else ""))
                   if r.outcome.tier else "", align=CENTRE,
                   tooltip=lambda r: self.tr("组长调整了档次") if r.outcome.tier_overridden else ""),
            Column(self.tr("得分"), lambda r: score(r.outcome.result.score), lambda r: r.outcome.result.score, NUMERIC,
                   tooltip=lambda r: r.outcome.result.method.label if r.outcome.result.method else ""),
        ]
        columns += [
            Column(self.tr("极差"), lambda r: score(r.spread.span), lambda r: r.spread.span, NUMERIC),
            Column(self.tr("标准差"), lambda r: score(r.spread.sd), lambda r: r.spread.sd, NUMERIC),
            Column(self.tr("偏离"), lambda r: (self.tr("%1人").replace("%1", str(r.deviating))
                                         + (self.tr("（%1未说明）").replace("%1", str(r.unexplained)) if r.unexplained else ""))
                   if r.deviating else "", lambda r: r.unexplained * 100 + r.deviating, CENTRE,
                   colour=lambda r: QColor("#b42318") if r.unexplained else None),
            Column(self.tr("计分专家"), lambda r: str(r.outcome.result.experts_counted),
                   lambda r: r.outcome.result.experts_counted, CENTRE),
        ]
        for c in self.criteria:
            columns.append(Column(c.label, lambda r, k=c.key: score(r.outcome.result.sub_scores.get(k)),
                                  lambda r, k=c.key: r.outcome.result.sub_scores.get(k), NUMERIC))
        columns += [
            Column(self.tr("建议 同意/修改/不同意"), lambda r: r.votes, align=CENTRE),
            Column(self.tr("计划"), lambda r: (self.tr("安排") if r.funded else self.tr("储备"))
                   if r.outcome.decision is Decision.PASS else "", align=CENTRE),
        ]
        self.set_columns(columns)

    def span_column(self) -> int:
        return 6

    def score_column(self) -> int:
        return 5

    def row_of_code(self, code: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.code == code), None)


def kendall_text(results: MeetingResults) -> str:
    """Kendall's W with its number of experts and projects (not translated: a formula line)."""
    c = results.concordance
    if c.w is None:
        return "W —"
    return f"W = {float(c.w):.3f}（m={len(c.experts)}, n={len(c.projects)}）"
