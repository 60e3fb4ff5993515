"""汇总讨论: the results table sorted by disagreement, Kendall's W, the experts' totals and
criterion profile of the chosen project, re-scoring rounds, and each project's conclusion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from zqdesk.services import rounds as scoring_rounds
from zqdesk.core.agreement import chi_square, chi_square_p
from zqdesk.gui.dialogs.chair import ReasonDialog, chair_decides, ensure_chair
from zqdesk.gui.models.base import FilterProxy
from zqdesk.gui.models.results import ResultsTableModel, kendall_text, result_rows
from zqdesk.gui.pages.base import StagePage, heading, search_box
from zqdesk.gui.pages.conclusion_panel import ConclusionPanel
from zqdesk.gui.session import CONCLUSIONS, MEETING, PANEL, PROJECTS, SCORES
from zqdesk.gui.widgets.charts import CriterionProfileChart, ExpertBar, ExpertTotalsChart
from zqdesk.services import meetings, panel, scoring
from zqdesk.gui.results_cache import results_for
from zqdesk.services.results import MeetingResults


def load_results(meeting_id: int, key: tuple[int, int, str]):
    """Worker: the results, the rows of the table, the experts' names and the rounds."""
    results = results_for(*key)
    names = {e.expert_id: e.name for e in panel.panel(meeting_id)}
    return results, result_rows(results), names, scoring_rounds.rounds(meeting_id)


class DiscussionPage(StagePage):
    depends_on = (MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.results: MeetingResults | None = None
        self._sorted_once = False
        self._fitted = False
        self.names: dict[int, str] = {}
        self.model = ResultsTableModel(self)
        self.proxy = FilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)

        self.kendall = QLabel(self)
        self.kendall.setWordWrap(True)
        self.rounds = QLabel(self)
        self.rounds.setWordWrap(True)
        self.sort_button = QPushButton(self.tr("按分歧排序"), self)
        self.rank_button = QPushButton(self.tr("按排名排序"), self)
        self.chair_button = QPushButton(self.tr("组长确认身份…"), self)
        self.open_panel_button = QPushButton(self.tr("开放专家组评分查看"), self)
        self.round_button = QPushButton(self.tr("对所选项目开启重新评分…"), self)
        actions = QHBoxLayout()
        for b in (self.sort_button, self.rank_button, self.chair_button, self.open_panel_button, self.round_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.search = search_box(self, self.proxy, self.tr("搜索编号、名称、单位…"))
        actions.addWidget(self.search)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("评审结果"))
        self.table.horizontalHeader().setResizeContentsPrecision(60)

        self.totals_chart = ExpertTotalsChart(self)
        self.totals_chart.empty_text = self.tr("该项目没有计入的评分")
        self.profile_chart = CriterionProfileChart(self)
        self.profile_chart.empty_text = self.tr("该项目没有计入的评分")
        self.chart_note = QLabel(self)
        self.chart_note.setWordWrap(True)
        charts = QWidget(self)
        chart_layout = QVBoxLayout(charts)
        chart_layout.addWidget(QLabel(self.tr("专家总分分布")))
        chart_layout.addWidget(self.totals_chart, 3)
        chart_layout.addWidget(QLabel(self.tr("各评分项：专家打分（点）与项目得分（条）")))
        chart_layout.addWidget(self.profile_chart, 2)
        chart_layout.addWidget(self.chart_note)
        self.conclusion = ConclusionPanel(session, self)
        self.conclusion.message.connect(self.status_message)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conclusion)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(charts, self.tr("评分分布"))
        self.tabs.addTab(scroll, self.tr("结论与评审意见"))
        split = QSplitter(self)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("汇总讨论")))
        top.addSpacing(20)
        top.addWidget(self.kendall, 1)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.rounds)
        layout.addWidget(split, 1)

        self.sort_button.clicked.connect(self.sort_by_disagreement)
        self.rank_button.clicked.connect(lambda: self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        self.chair_button.clicked.connect(self._chair_clicked)
        self.open_panel_button.clicked.connect(self.open_panel_view)
        self.round_button.clicked.connect(self.open_round)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.session.has_meeting:
            self.model.set_rows([])
            return
        self.kendall.setText(self.tr("正在计算…"))
        meeting_id, key = self.session.meeting_id, self.session.results_key()
        self.run_task(lambda: load_results(meeting_id, key), self._loaded)
        self.user_changed()

    def _loaded(self, loaded) -> None:
        results, rows, names, rounds = loaded
        current = self.current_code()
        self.results, self.names = results, names
        self.conclusion.set_results(results, names)
        if [c.key for c in self.model.criteria] != [c.key for c in results.criteria]:
            self.model.set_criteria(results.criteria)
        self.model.set_rows(rows)
        if not self._fitted and rows:
            self._fitted = True  # once: a reload after a change keeps the user's widths
            self._fit_columns()
        if not self._sorted_once:
            self._sorted_once = True
            self.sort_by_disagreement()  # the discussion starts from the largest disagreement
        else:
            self.proxy.resort()
        self.kendall.setText(self.tr("专家评分一致性（肯德尔和谐系数）：%1%2").replace("%1", kendall_text(results))
                             .replace("%2", self._agreement_words(results)))
        if rounds:
            self.rounds.setText("；".join(
                self.tr("第%1轮（%2）：%3，理由：%4").replace("%1", str(r.number)).replace("%2", r.opened_at)
                .replace("%3", "、".join(r.codes)).replace("%4", r.reason) for r in rounds))
        else:
            self.rounds.setText(self.tr("尚未开启重新评分，所有项目为第1轮评分。"))
        self.select_code(current or (self.proxy.row_at(0).code if rows else None))

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        em = self.fontMetrics().horizontalAdvance("中")
        header.resizeSection(2, min(header.sectionSize(2), em * 14))

    def font_changed(self) -> None:
        if self.model.rowCount():
            self._fit_columns()

    def current_code(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()).code if index.isValid() else None

    def select_code(self, code: str | None) -> None:
        if code is None:
            return
        row = self.model.row_of_code(code)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    @Slot()
    def sort_by_disagreement(self) -> None:
        self.table.sortByColumn(self.model.span_column(), Qt.SortOrder.DescendingOrder)

    @Slot()
    def _row_chosen(self, current, _previous=None) -> None:
        code = self.proxy.row_at(current.row()).code if current.isValid() else None
        self._show_charts(code)
        self.conclusion.show_project(code)

    def _show_charts(self, code: str | None) -> None:
        r = self.results
        if code is None or r is None:
            self.totals_chart.set_data([], None, None, 100)
            self.profile_chart.set_data([])
            return
        o = r.outcome(code)
        sheets = [s for s in r.sheets.get(code, ()) if s.expert_id in o.result.counted]
        maximum = float(sum(c.max_points for c in r.criteria))
        bars = [ExpertBar(self.names.get(s.expert_id, str(s.expert_id)), s.total, s.expert_id in o.result.retained,
                          s.expert_id in o.result.deviating) for s in sheets]
        mean = float(o.result.plain_mean) if o.result.plain_mean is not None else None
        score = float(o.result.score) if o.result.score is not None else None
        self.totals_chart.set_data(bars, mean, score, maximum)
        self.profile_chart.set_data([
            (c.label, float(c.max_points), [float(s.points[c.key]) for s in sheets if c.key in s.points],
             float(o.result.sub_scores[c.key]) if c.key in o.result.sub_scores else None)
            for c in r.criteria] if sheets else [])
        spread = r.spreads.get(code)
        if sheets and spread is not None:
            self.chart_note.setText(self.tr("%1位专家计分；极差 %2，标准差 %3；%4").replace("%1", str(len(sheets)))
                                    .replace("%2", f"{spread.span:.2f}" if spread.span is not None else "—")
                                    .replace("%3", f"{spread.sd:.2f}" if spread.sd is not None else "—")
                                    .replace("%4", o.result.method.label if o.result.method else ""))
        else:
            self.chart_note.setText(self.tr("抄送备案项目不评分。") if o.decision.value == "record" else "")

    # -- the chair ----------------------------------------------------------------------
    def user_changed(self) -> None:
        s = self.session
        self.chair_button.setText(self.tr("退出组长身份") if s.is_chair else self.tr("组长确认身份…"))
        writable = not s.read_only
        self.chair_button.setEnabled(writable or s.is_chair)
        self.open_panel_button.setEnabled(writable and not s.panel_open)
        self.open_panel_button.setText(self.tr("已开放专家组评分查看") if s.panel_open else self.tr("开放专家组评分查看"))
        self.round_button.setEnabled(writable)

    @Slot()
    def _chair_clicked(self) -> None:
        if self.session.is_chair:
            self.session.sign_out_seat()
        else:
            ensure_chair(self, self.session)

    @Slot()
    def open_panel_view(self) -> None:
        chair_decides(self, self.session, lambda: self.attempt(
            lambda: meetings.open_panel_view(self.session.meeting_id), changed=[MEETING],
            done=self.tr("已开放：已提交全部评分的专家可查看专家组评分。")))
        self.user_changed()

    def selected_codes(self) -> list[str]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return sorted(self.proxy.row_at(r).code for r in rows)

    @Slot()
    def open_round(self) -> None:
        codes = self.selected_codes()
        if not codes:
            self.status_message.emit(self.tr("请先在表格中选择要重新评分的项目（可按住Ctrl多选）。"))
            return
        def decide() -> None:
            dialog = ReasonDialog(self, self.tr("开启重新评分"), self.tr(
                "对以下项目开启新一轮评分（此前各轮评分保留）：%1").replace("%1", "、".join(codes)))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.start_round(codes, dialog.text())

        chair_decides(self, self.session, decide)

    def start_round(self, codes: list[str], reason: str) -> int | None:
        number = self.attempt(lambda: scoring.open_round(self.session.meeting_id, codes, reason), changed=[SCORES])
        if number:
            self.status_message.emit(self.tr("已开启第%1轮评分：%2。专家需对这些项目重新评分并提交。")
                                     .replace("%1", str(number)).replace("%2", "、".join(codes)))
        return number

    def _agreement_words(self, results: MeetingResults) -> str:
        """W in words: what it measures, how far the panel agrees, and whether that could be
        chance (Friedman's χ² with n − 1 degrees of freedom)."""
        c = results.concordance
        if c.w is None:
            return self.tr("（评分的专家或项目不足两个，无法计算）")
        w = c.w
        level = (self.tr("一致性较好") if w >= 0.7 else self.tr("一致性一般") if w >= 0.5
                 else self.tr("一致性较差，建议讨论分歧较大的项目"))
        text = self.tr("：%1位专家对%2个项目的排序%3（W从0到1，0为毫无一致，1为完全一致）").replace(
            "%1", str(len(c.experts))).replace("%2", str(len(c.projects))).replace("%3", level)
        chi = chi_square(c)
        if chi is not None:
            statistic, df = chi
            p = chi_square_p(float(statistic), df)
            shown_p = "p < 0.001" if p < 0.001 else f"p = {p:.3f}"
            verdict = self.tr("一致性显著，不是偶然") if p < 0.05 else self.tr("一致性不显著，可能出于偶然")
            text += self.tr("；χ² = %1，自由度%2，%3，%4。").replace("%1", f"{float(statistic):.2f}").replace(
                "%2", str(df)).replace("%3", shown_p).replace("%4", verdict)
        return text
