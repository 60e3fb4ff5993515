"""Table models tested without widgets (Vorta's test_archive_table_model): rows, sorting
through the proxy, filters, and the grid's refusals — numbers written in the tests."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator

from zqdesk.core.types import Band, Criterion, Finding, ProjectFacts, Severity
from zqdesk.core.vocab import Kind
from zqdesk.gui.models.base import FilterProxy, SortRole
from zqdesk.gui.models.grid import GridLine, ScoreGridModel
from zqdesk.gui.models.projects import FindingsRole, ProjectFilter, ProjectRow, ProjectTableModel
from zqdesk.gui.models.stages import STAGES, StageModel, StatusRole
from zqdesk.gui.summary import StageSummary
from zqdesk.gui.widgets.score_entry import HalfPointsValidator

CRITERIA = [
    Criterion("necessity", "必要性", Decimal(30), (Band(Decimal(26), Decimal(30), "好"),)),
    Criterion("feasibility", "可行性", Decimal(30)),
    Criterion("security", "安全性", Decimal(20)),
    Criterion("sharing", "协同共享范围", Decimal(20)),
]


def facts(code: str, name: str, unit: str, requested: str) -> ProjectFacts:
    return ProjectFacts(code=code, name=name, unit=unit, kind=Kind.ANNUAL, plan_year=2027, category="电子政务工程",
                        nature="新建", total_investment=Decimal(1000), requested=Decimal(requested),
                        funding_source="市级财政资金", submitted_on=date(2026, 9, 1))


def veto(rule: str) -> Finding:
    return Finding(rule, "第十条", Severity.VETO, "原则上不允许")


def test_project_model_sorts_money_as_numbers_and_filters(qapp):
    model = ProjectTableModel()
    model.set_rows([
        ProjectRow(facts("ZQ-2027-001", "政务平台", "行政审批局", "900")),
        ProjectRow(facts("ZQ-2027-002", "自建机房", "统计局", "80"), (veto("R5"),)),
        ProjectRow(facts("ZQ-2027-003", "交通信号", "公安局", "1000"),
                   (Finding("R8", "第二十四条", Severity.WARNING, "涉密"),)),
    ])
    proxy = ProjectFilter()
    proxy.setSourceModel(model)
    requested = [c.title for c in model._columns].index("申请资金(万元)")
    proxy.sort(requested, Qt.SortOrder.DescendingOrder)
    # 1000 > 900 > 80 as numbers (as text "900" would sort above "1,000.00").
    assert [proxy.row_at(r).facts.code for r in range(3)] == ["ZQ-2027-003", "ZQ-2027-001", "ZQ-2027-002"]
    assert proxy.data(proxy.index(0, requested)) == "1,000.00"

    findings = ProjectTableModel.FINDINGS_COLUMN
    proxy.sort(findings, Qt.SortOrder.DescendingOrder)  # worst severity first
    assert proxy.row_at(0).facts.code == "ZQ-2027-002"
    vetoed = model.row_of_code("ZQ-2027-002")  # the model itself is reordered by the sort
    assert vetoed == 0
    assert model.data(model.index(vetoed, findings), FindingsRole) == [(Severity.VETO, "第十条", False)]
    assert model.data(model.index(vetoed, findings)) == "一票否决·第十条"  # the article, not the rule code

    proxy.set_search("公安")
    assert proxy.rowCount() == 1 and proxy.row_at(0).facts.code == "ZQ-2027-003"
    proxy.set_search("")
    proxy.set_severity(Severity.VETO)
    assert [proxy.row_at(r).facts.code for r in range(proxy.rowCount())] == ["ZQ-2027-002"]
    proxy.set_severity("none")
    assert [proxy.row_at(r).facts.code for r in range(proxy.rowCount())] == ["ZQ-2027-001"]


def test_sort_role_turns_decimals_into_numbers(qapp):
    model = ProjectTableModel()
    model.set_rows([ProjectRow(facts("A", "a", "u", "12.50"))])
    requested = [c.title for c in model._columns].index("申请资金(万元)")
    assert model.data(model.index(0, requested), SortRole) == 12.5


def test_filter_proxy_searches_every_word(qapp):
    model = ProjectTableModel()
    model.set_rows([ProjectRow(facts("ZQ-1", "智慧 交通", "公安局", "1")),
                    ProjectRow(facts("ZQ-2", "智慧 校园", "教育局", "1"))])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("智慧 校园")
    assert proxy.rowCount() == 1


def test_grid_saves_valid_points_and_refuses_the_rest(qapp):
    saved, refused = [], []
    model = ScoreGridModel(CRITERIA, lambda code, key, value, _expected: saved.append((code, key, value)),
                           lambda code, text, _shown: saved.append((code, "recommendation", text)))
    model.refused.connect(refused.append)
    model.set_lines([GridLine("ZQ-2027-001", "政务平台", 1), GridLine("ZQ-2027-002", "机房", 1, submitted=True)])
    necessity = model.index(0, ScoreGridModel.FIXED)
    assert model.setData(necessity, "25.5")
    assert saved == [("ZQ-2027-001", "necessity", Decimal("25.5"))]
    assert model.data(necessity) == "25.5"
    for bad in ("31", "12.3", "abc", "-1"):
        assert not model.setData(necessity, bad)
    assert len(refused) == 4 and "必要性" in refused[0]
    assert model.data(necessity) == "25.5" and len(saved) == 1  # nothing else written
    assert model.data(model.index(0, model.total_column())) == ""  # incomplete: no total yet
    for offset, value in enumerate(("26", "18", "17"), start=1):
        assert model.setData(model.index(0, ScoreGridModel.FIXED + offset), value)
    assert model.data(model.index(0, model.total_column())) == "86.5"
    assert model.progress() == (1, 2)
    assert model.setData(model.index(0, model.recommendation_column()), "同意")
    assert not model.setData(model.index(0, model.recommendation_column()), "可以")
    # A submitted sheet is locked.
    locked = model.index(1, ScoreGridModel.FIXED)
    assert not (model.flags(locked) & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(locked, "10")


def test_grid_first_open_cell_skips_submitted_and_filled(qapp):
    model = ScoreGridModel(CRITERIA, lambda *a: None, lambda *a: None)
    model.set_lines([GridLine("A", "a", 1, {"necessity": Decimal(1)}, submitted=True),
                     GridLine("B", "b", 1, {"necessity": Decimal(1)})])
    start = model.first_open_cell()
    assert (start.row(), start.column()) == (1, ScoreGridModel.FIXED + 1)


def test_half_points_validator(qapp):
    v = HalfPointsValidator(Decimal(30), "必要性")
    State = QValidator.State
    assert v.state("25.5") == State.Acceptable
    assert v.state("30") == State.Acceptable
    assert v.state("0") == State.Acceptable
    assert v.state("") == State.Intermediate
    assert v.state("25.") == State.Intermediate
    # Out of range or not a half: kept visible and marked, but cannot be committed.
    assert v.state("31") == State.Intermediate
    assert v.state("25.3") == State.Intermediate
    # Not a number at all: kept as typed too (no keystroke swallowed), never committable.
    assert v.state("a") == State.Intermediate
    assert v.state("-1") == State.Intermediate
    assert v.state("abc") == State.Intermediate


def test_stage_model_shows_each_stage_state(qapp):
    model = StageModel()
    assert model.rowCount() == 8
    assert [model.data(model.index(r)) for r in range(8)] == [
        "会议", "项目", "专家", "评分", "汇总讨论", "年度计划", "文书", "设置"]
    model.set_summary(StageSummary(projects=24, with_findings={"any": 7}, experts=7, submitted=5,
                                   kendall_w=Decimal("0.931"), deviations=1, funded=9, reserve=9))
    status = {STAGES[r]: model.data(model.index(r), StatusRole) for r in range(8)}
    assert status["projects"] == "24项 · 7项有审查意见"
    assert status["scoring"] == "已提交 5/7"
    assert status["discussion"] == "W=0.93 · 偏离1处"
    assert status["plan"] == "安排9项 · 储备9项"
    model.set_locked(set(STAGES) - {"scoring"})
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled)
    assert model.flags(model.index(3)) & Qt.ItemFlag.ItemIsEnabled


def test_chart_axis_uses_round_steps():
    from zqdesk.gui.widgets.charts import nice_scale

    assert nice_scale(5292) == (6000, 3)
    assert nice_scale(100) == (100, 5)
    assert nice_scale(3120) == (4000, 4)
