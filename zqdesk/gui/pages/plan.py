"""年度计划: the plan within the envelope (funded line and reserve), a chart of cumulative
requested funds against the envelope, and the exact-optimal selection side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QLabel, QSplitter, QTableView, QVBoxLayout,
)

from zqdesk.core.types import Tier
from zqdesk.gui.models.base import FilterProxy, money, score
from zqdesk.gui.models.plan import AlternativeTableModel, PlanTableModel, alternative_rows, plan_rows
from zqdesk.gui.pages.base import StagePage, heading, hint, search_box
from zqdesk.gui.session import CONCLUSIONS, MEETING, PANEL, PROJECTS, SCORES
from zqdesk.gui.widgets.charts import CumulativeFundsChart, FundsStep
from zqdesk.gui.results_cache import results_for


def load_plan(key: tuple[int, int, str], progress=None):
    """Worker: results, then the exact knapsack alternative (the slow part at 2,000 projects)."""
    results = results_for(*key)
    if progress is not None:
        progress(1, 2, "")
    return results, results.alternative()


class PlanPage(StagePage):
    depends_on = (MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.model = PlanTableModel(self)
        self.proxy = FilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.alt_model = AlternativeTableModel(self)
        self._fitted = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = self._table(self.proxy, self.tr("年度建设计划"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.alt_table = self._table(self.alt_model, self.tr("最优组合"))
        self.alt_summary = QLabel(self)
        self.alt_summary.setWordWrap(True)
        self.chart = CumulativeFundsChart(self)
        self.chart.empty_text = self.tr("没有通过评审的项目")

        plan_box = QGroupBox(self.tr("年度建设计划（按排名依次安排，放不下的列入储备，后面较小的项目仍可安排）"), self)
        plan_layout = QVBoxLayout(plan_box)
        self.search = search_box(self, self.proxy, self.tr("搜索编号、名称、单位…"))
        plan_layout.addWidget(self.search)
        plan_layout.addWidget(self.table)
        alt_box = QGroupBox(self.tr("对照：得分总和最大的组合（精确求解，供组长参考）"), self)
        alt_layout = QVBoxLayout(alt_box)
        alt_layout.addWidget(self.alt_summary)
        alt_layout.addWidget(self.alt_table)
        side = QSplitter(self)
        side.addWidget(plan_box)
        side.addWidget(alt_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        chart_box = QGroupBox(self.tr("累计申请资金与资金额度"), self)
        QVBoxLayout(chart_box).addWidget(self.chart)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(side)
        split.addWidget(chart_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("年度建设计划")))
        layout.addWidget(hint(self.tr(
            "通过评审的项目按档次（A、B、C）、得分、必要性、可行性、申报日期排序后依次安排资金。默认采用左侧计划。")))
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _table(self, model, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setAccessibleName(name)
        view.horizontalHeader().setResizeContentsPrecision(60)
        return view

    def reload(self) -> None:
        if not self.session.has_meeting:
            self.model.set_rows([])
            self.alt_model.set_rows([])
            return
        self.summary.setText(self.tr("正在计算年度计划与最优组合…"))
        key = self.session.results_key()
        self.run_task(lambda progress: load_plan(key, progress), self._loaded)

    def font_changed(self) -> None:
        em = self.fontMetrics().horizontalAdvance("中")
        for view, name_column in ((self.table, 2), (self.alt_table, 1)):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            header.resizeSection(name_column, min(header.sectionSize(name_column), em * 14))

    def _loaded(self, loaded) -> None:
        results, alternative = loaded
        plan = results.plan
        self.model.set_rows(plan_rows(plan))
        self.proxy.resort()
        self.alt_model.set_rows(alternative_rows(results.outcomes, alternative))
        if not self._fitted and plan.lines:
            self._fitted = True  # once: a reload after a change keeps the user's widths
            self.font_changed()
        amounts = plan.envelopes.amounts()
        used = plan.used_by_envelope()
        if plan.envelopes.by_source:
            envelope_text = "；".join(
                self.tr("%1：额度%2，已安排%3，剩余%4").replace("%1", str(k)).replace("%2", money(v))
                .replace("%3", money(used.get(k))).replace("%4", money(v - used.get(k, 0)))
                for k, v in amounts.items())
        else:
            total = amounts[None]
            envelope_text = self.tr("资金额度 %1 万元，已安排 %2 万元，剩余 %3 万元").replace("%1", money(total)) \
                .replace("%2", money(plan.funded_total)).replace("%3", money(total - plan.funded_total))
        tiers = plan.tier_subtotals()
        tier_text = "，".join(f"{t}档 {money(tiers[t])}" for t in Tier)
        passed = len(plan.lines)
        self.summary.setText(
            f"<b>{envelope_text}</b><br/>"
            + self.tr("通过评审%1项：列入计划%2项（%3万元），储备%4项（%5万元）。分档小计：%6。")
            .replace("%1", str(passed)).replace("%2", str(len(plan.funded))).replace("%3", money(plan.funded_total))
            .replace("%4", str(len(plan.reserve))).replace("%5", money(plan.reserve_total)).replace("%6", tier_text))
        greedy_sum, best_sum = alternative.greedy_score_sum, alternative.score_sum
        if not alternative.added and not alternative.dropped:
            self.alt_summary.setText(self.tr("最优组合与左侧计划相同（得分合计 %1）。").replace("%1", score(best_sum)))
        else:
            self.alt_summary.setText(
                self.tr("最优组合得分合计 %1（计划为 %2），申请资金 %3 万元；新增 %4 项，调出 %5 项。")
                .replace("%1", score(best_sum)).replace("%2", score(greedy_sum))
                .replace("%3", money(alternative.requested_total)).replace("%4", str(len(alternative.added)))
                .replace("%5", str(len(alternative.dropped))))
        envelope = float(sum(amounts.values()))
        self.chart.set_data([FundsStep(line.outcome.project.code, float(line.requested), line.funded)
                             for line in plan.lines], envelope)


