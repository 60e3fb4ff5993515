"""Compliance pre-check R1–R10 (SPEC §5), each at its boundary, against the regulation.

Every expected date and count below was worked out by hand; nothing is recomputed with the
code under test.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from zqdesk.core.rules import CheckContext, approval_route, check_project, record_only
from zqdesk.core.types import AcceptanceAttempt, Finding, ProjectFacts, Severity
from zqdesk.core.vocab import Kind
from zqdesk.core.workdays import WorkCalendar

ALL_ELEMENTS = (
    "需求分析", "主要建设内容", "详细技术方案", "部署方案", "资源共享和业务协同需求",
    "信息安全方案", "投资概算", "招标投标方案",
)
UNIT = "钦州市公安局"


def facts(**changes) -> ProjectFacts:
    """An annual application for 2026 that complies with every rule."""
    base = ProjectFacts(
        code="ZQ-2026-001",
        name="智慧交通管理平台",
        unit=UNIT,
        kind=Kind.ANNUAL,
        plan_year=2026,
        category="智慧化信息应用",
        nature="新建",
        total_investment=Decimal("300.00"),
        requested=Decimal("300.00"),
        funding_source="市级财政资金",
        submitted_on=date(2025, 9, 1),
        deployment=("电子政务外网", "云计算中心"),
        sharing_analysis="与市大数据中心共享卡口过车数据。",
        sharing_departments=("交通运输局", "住建局"),
        classified=False,
        protection_level=3,
        plan_elements=ALL_ELEMENTS,
        compiler_qualified=True,
    )
    return replace(base, **changes)


def special(**changes) -> ProjectFacts:
    """A special application (专项申报), mandated so that R9 stays quiet."""
    return facts(kind=Kind.SPECIAL, mandated=True, **changes)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def ctx(as_of: date = date(2025, 10, 15), calendar: WorkCalendar | None = None, history=()) -> CheckContext:
    return CheckContext(as_of=as_of, calendar=calendar or WorkCalendar(), acceptance_history=tuple(history))


def only(findings: list[Finding], rule_id: str) -> Finding:
    hits = [f for f in findings if f.rule_id == rule_id]
    assert len(hits) == 1, f"expected exactly one {rule_id}, got {findings}"
    return hits[0]


def ids(findings: list[Finding]) -> list[str]:
    return [f.rule_id for f in findings]


def test_a_compliant_annual_application_has_no_findings():
    assert check_project(facts(), ctx()) == []


# ---- R1 第七条: annual applications by 30 September of the year before ----------------------


def test_r1_submitted_on_30_september_is_in_time():
    # plan year 2026 → due by 2025-09-30, that day included ("9月30日前")
    assert "R1" not in ids(check_project(facts(submitted_on=date(2025, 9, 30)), ctx()))


def test_r1_submitted_on_1_october_is_late():
    f = only(check_project(facts(submitted_on=date(2025, 10, 1)), ctx()), "R1")
    assert f.severity is Severity.BLOCKER
    assert f.article == "第七条"
    assert "逾期申报" in f.message
    assert "2025年9月30日" in f.message
    assert "2025-10-01" in f.message


def test_r1_deadline_follows_the_plan_year():
    # plan year 2027 → deadline 2026-09-30; 2025-10-01 is early for it
    assert "R1" not in ids(check_project(facts(plan_year=2027, submitted_on=date(2025, 10, 1)), ctx()))
    # plan year 2025 → deadline 2024-09-30; 2024-10-01 is late
    assert "R1" in ids(check_project(facts(plan_year=2025, submitted_on=date(2024, 10, 1)), ctx()))


def test_r1_only_applies_to_annual_applications():
    late_special = special(submitted_on=date(2025, 12, 20))
    assert "R1" not in ids(check_project(late_special, ctx(as_of=date(2025, 12, 22))))


# ---- R2 第八条: pre-review opinion within 15 working days ------------------------------------

# Received Fri 2025-09-26. 国庆/中秋 2025: Oct 1–8 off; Sun Sept 28 and Sat Oct 11 worked.
#  (Sat 09-27 off)  1 Sun 09-28 (班)  2 Mon 09-29  3 Tue 09-30  (Oct 1–8 off)
#  4 Thu 10-09  5 Fri 10-10  6 Sat 10-11 (班)  (Sun 10-12 off)
#  7 Mon 10-13  8 Tue 10-14  9 Wed 10-15  10 Thu 10-16  11 Fri 10-17  (Sat/Sun off)
# 12 Mon 10-20 13 Tue 10-21 14 Wed 10-22  15 Thu 10-23  → due Thu 2025-10-23
RECEIVED_2025 = date(2025, 9, 26)
DUE_2025 = date(2025, 10, 23)


@pytest.mark.parametrize(
    ("as_of", "days_left", "severity", "status"),
    [
        # working days d with as_of < d ≤ 10-23:
        # 10-09,10,11,13,14,15,16,17,20,21,22,23 = 12
        (date(2025, 9, 30), 12, Severity.INFO, "剩余12个工作日"),
        # 10-20, 10-21, 10-22, 10-23 = 4 → still info
        (date(2025, 10, 17), 4, Severity.INFO, "剩余4个工作日"),
        # Saturday: the same four days remain
        (date(2025, 10, 18), 4, Severity.INFO, "剩余4个工作日"),
        # 10-21, 10-22, 10-23 = 3 → warning (≤ 3)
        (date(2025, 10, 20), 3, Severity.WARNING, "剩余3个工作日"),
        # due day itself: 0 left
        (date(2025, 10, 23), 0, Severity.WARNING, "剩余0个工作日"),
        # Fri 10-24: one working day past → overdue by 1
        (date(2025, 10, 24), -1, Severity.WARNING, "已逾期1个工作日"),
        # Mon 10-27: 10-24 and 10-27 passed → overdue by 2
        (date(2025, 10, 27), -2, Severity.WARNING, "已逾期2个工作日"),
    ],
)
def test_r2_due_date_and_days_left_across_national_day_2025(cal, as_of, days_left, severity, status):
    f = only(check_project(special(submitted_on=RECEIVED_2025), ctx(as_of, cal)), "R2")
    assert f.article == "第八条"
    assert f.due_date == DUE_2025
    assert f.days_left == days_left
    assert f.severity is severity
    assert "15个工作日" in f.message
    assert "2025-09-26" in f.message and "2025-10-23" in f.message
    assert status in f.message
    assert "节假日安排未导入" not in f.message


def test_r2_due_date_across_may_day_2026(cal):
    # Received Mon 2026-04-27. 劳动节 2026: May 1–5 off; Sat May 9 worked.
    #  1 Tue 04-28  2 Wed 04-29  3 Thu 04-30  (May 1–5 off)  4 Wed 05-06  5 Thu 05-07
    #  6 Fri 05-08  7 Sat 05-09 (班)  (Sun off)  8 Mon 05-11  9 Tue 05-12 10 Wed 05-13
    # 11 Thu 05-14 12 Fri 05-15  (Sat/Sun off)  13 Mon 05-18 14 Tue 05-19 15 Wed 05-20
    # as of Thu 05-14: 05-15, 05-18, 05-19, 05-20 = 4 left → info
    f = only(check_project(special(submitted_on=date(2026, 4, 27)), ctx(date(2026, 5, 14), cal)), "R2")
    assert f.due_date == date(2026, 5, 20)
    assert f.days_left == 4
    assert f.severity is Severity.INFO


def test_r2_never_fails_the_project(cal):
    # Long overdue: received 2025-09-26, checked 2025-12-31. Still at most a warning.
    findings = check_project(special(submitted_on=RECEIVED_2025), ctx(date(2025, 12, 31), cal))
    f = only(findings, "R2")
    assert f.days_left < 0
    assert f.severity is Severity.WARNING
    assert not f.severity.overridable  # neither veto nor blocker
    assert all(x.severity not in (Severity.VETO, Severity.BLOCKER) for x in findings)


def test_r2_in_a_year_without_holiday_data_is_flagged(cal):
    # 2031 has no holiday data: weekends alone. Received Mon 2031-03-03:
    # Tue–Fri 03-04..07 = 4, 03-10..14 = 9, 03-17..21 = 14, Mon 03-24 = 15.
    # as of Mon 03-10: 03-11..14 (4) + 03-17..21 (5) + 03-24 (1) = 10 left.
    f = only(check_project(special(submitted_on=date(2031, 3, 3)), ctx(date(2031, 3, 10), cal)), "R2")
    assert f.due_date == date(2031, 3, 24)
    assert f.days_left == 10
    assert "2031年节假日安排未导入" in f.message
    assert f.severity not in (Severity.VETO, Severity.BLOCKER)


def test_r2_only_for_special_applications(cal):
    assert "R2" not in ids(check_project(facts(), ctx(date(2025, 10, 1), cal)))


# ---- R3 / R4 第九条: the 500万 line --------------------------------------------------------


def test_r3_one_element_missing_at_499_99():
    missing = tuple(e for e in ALL_ELEMENTS if e != "招标投标方案")
    f = only(check_project(facts(total_investment=Decimal("499.99"), plan_elements=missing), ctx()), "R3")
    assert f.severity is Severity.BLOCKER
    assert f.article == "第九条"
    assert "实施方案缺少：招标投标方案" in f.message
    for element in missing:
        assert element not in f.message
    assert "资质" not in f.message  # the compiler is qualified


def test_r3_lists_exactly_the_missing_elements_in_article_order():
    present = ("需求分析", "主要建设内容", "详细技术方案", "资源共享和业务协同需求", "信息安全方案", "招标投标方案")
    f = only(check_project(facts(total_investment=Decimal("499.99"), plan_elements=present), ctx()), "R3")
    assert "实施方案缺少：部署方案、投资概算" in f.message
    for element in present:
        assert element not in f.message


def test_r3_unqualified_compiler_at_499_99():
    f = only(check_project(facts(total_investment=Decimal("499.99"), compiler_qualified=False), ctx()), "R3")
    assert f.severity is Severity.BLOCKER
    assert "未委托具有相应资质的咨询机构编制" in f.message
    assert "缺少" not in f.message  # all eight elements are there


def test_r3_both_problems_in_one_finding():
    f = only(check_project(facts(plan_elements=(), compiler_qualified=False), ctx()), "R3")
    assert "实施方案缺少：" + "、".join(ALL_ELEMENTS) in f.message
    assert "资质" in f.message


def test_r3_complete_plan_at_499_99_has_neither_r3_nor_r4():
    found = ids(check_project(facts(total_investment=Decimal("499.99")), ctx()))
    assert "R3" not in found and "R4" not in found


def test_at_500_no_r3_but_r4_info_500_included():
    p = facts(total_investment=Decimal("500.00"), plan_elements=(), compiler_qualified=False)
    findings = check_project(p, ctx())
    assert "R3" not in ids(findings)
    f = only(findings, "R4")
    assert f.severity is Severity.INFO
    assert f.article == "第九条"
    assert "按政府固定资产投资项目程序报批" in f.message


def test_approval_route_at_the_500_line():
    assert approval_route(facts(total_investment=Decimal("499.99"))) == "实施方案代可研"
    assert approval_route(facts(total_investment=Decimal("500.00"))) == "固定资产投资程序"


# ---- R5 第十条: self-built infrastructure --------------------------------------------------


def test_r5_veto_names_the_items():
    f = only(check_project(facts(self_built=("机房", "互联网出口")), ctx()), "R5")
    assert f.severity is Severity.VETO
    assert f.article == "第十条"
    assert "机房" in f.message and "互联网出口" in f.message
    assert "原则上不允许" in f.message
    assert "部门专网" not in f.message


def test_r5_single_item_fires():
    assert "R5" in ids(check_project(facts(self_built=("部门专网",)), ctx()))


def test_r5_no_items_no_finding():
    assert "R5" not in ids(check_project(facts(self_built=()), ctx()))


# ---- R6 第二十一条: sharing ------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "   ", "\u3000\n\t "])
def test_r6_blank_analysis_is_a_veto(blank):
    # whitespace only (including the ideographic space U+3000) counts as blank
    f = only(check_project(facts(sharing_analysis=blank), ctx()), "R6")
    assert f.severity is Severity.VETO
    assert f.article == "第二十一条"
    assert "不支持信息共享和业务协同" in f.message
    assert "未分析信息共享需求" in f.message
    assert "未明确共享部门" not in f.message


def test_r6_no_department_is_a_veto():
    f = only(check_project(facts(sharing_departments=()), ctx()), "R6")
    assert f.severity is Severity.VETO
    assert "未明确共享部门" in f.message
    assert "未分析信息共享需求" not in f.message


def test_r6_both_gaps_give_one_finding():
    f = only(check_project(facts(sharing_analysis=" ", sharing_departments=()), ctx()), "R6")
    assert "未分析信息共享需求" in f.message and "未明确共享部门" in f.message


def test_r6_one_character_and_one_department_suffice():
    assert "R6" not in ids(check_project(facts(sharing_analysis="有", sharing_departments=("财政局",)), ctx()))


# ---- R7 第十一条: national or regional appropriation ---------------------------------------


def test_r7_info_for_national_appropriation():
    f = only(check_project(facts(funding_source="国家或自治区拨款"), ctx()), "R7")
    assert f.severity is Severity.INFO
    assert f.article == "第十一条"
    assert "抄送市发改委" in f.message
    assert "不参与评分" in f.message
    assert record_only("国家或自治区拨款")


@pytest.mark.parametrize("source", ["市级财政资金", "政府融资资金", "PPP/社会资本", "其他"])
def test_r7_not_for_other_sources(source):
    assert "R7" not in ids(check_project(facts(funding_source=source), ctx()))
    assert not record_only(source)


# ---- R8 第二十四条、第二十六条: security --------------------------------------------------


@pytest.mark.parametrize("level", [None, 3])
def test_r8_classified_is_a_warning_whatever_the_level(level):
    f = only(check_project(facts(classified=True, protection_level=level), ctx()), "R8")
    assert f.severity is Severity.WARNING
    assert "第二十四条" in f.article and "第二十六条" in f.article
    assert "涉密" in f.message
    assert "分级保护" in f.message
    assert "涉密信息系统集成资质" in f.message
    assert "保密行政管理部门审查批准" in f.message


def test_r8_unclassified_without_level_is_a_warning():
    f = only(check_project(facts(classified=False, protection_level=None), ctx()), "R8")
    assert f.severity is Severity.WARNING
    assert "第二十四条" in f.article
    assert "等级保护" in f.message


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_r8_unclassified_with_a_level_is_fine(level):
    assert "R8" not in ids(check_project(facts(classified=False, protection_level=level), ctx()))


# ---- R9 第十三条: special, neither mandated nor urgent --------------------------------------


def test_r9_special_not_mandated_not_urgent_is_info(cal):
    p = facts(kind=Kind.SPECIAL, mandated=False, urgent=False, submitted_on=date(2025, 10, 9))
    f = only(check_project(p, ctx(date(2025, 10, 10), cal)), "R9")
    assert f.severity is Severity.INFO
    assert f.article == "第十三条"
    assert "年度建设计划" in f.message
    assert "不予安排经费" in f.message


@pytest.mark.parametrize(("mandated", "urgent"), [(True, False), (False, True), (True, True)])
def test_r9_mandated_or_urgent_is_quiet(cal, mandated, urgent):
    p = facts(kind=Kind.SPECIAL, mandated=mandated, urgent=urgent, submitted_on=date(2025, 10, 9))
    assert "R9" not in ids(check_project(p, ctx(date(2025, 10, 10), cal)))


def test_r9_not_for_annual():
    assert "R9" not in ids(check_project(facts(mandated=False, urgent=False), ctx()))


# ---- R10 第十六条（三）: failed overall acceptance twice in a row ------------------------


def attempt(held_on: date, passed: bool, unit: str = UNIT, project: str = "视频监控一期") -> AcceptanceAttempt:
    return AcceptanceAttempt(unit, project, held_on, passed)


def test_r10_two_consecutive_failures_warn():
    history = [attempt(date(2023, 5, 10), False), attempt(date(2023, 11, 20), False)]
    f = only(check_project(facts(), ctx(history=history)), "R10")
    assert f.severity is Severity.WARNING
    assert "第十六条" in f.article
    assert "视频监控一期" in f.message
    assert "连续2次未能通过总体验收" in f.message
    assert "2023-05-10" in f.message and "2023-11-20" in f.message


def test_r10_history_order_does_not_matter():
    # given newest first: pass 2024-03-01 came after the two failures; still two in a row
    history = [attempt(date(2024, 3, 1), True), attempt(date(2023, 11, 20), False), attempt(date(2023, 5, 10), False)]
    assert "R10" in ids(check_project(facts(), ctx(history=history)))


def test_r10_fail_pass_fail_is_not_twice_in_a_row():
    history = [attempt(date(2023, 5, 10), False), attempt(date(2023, 8, 1), True), attempt(date(2023, 11, 20), False)]
    assert "R10" not in ids(check_project(facts(), ctx(history=history)))


def test_r10_fail_pass_fail_listed_out_of_order_is_not_twice_in_a_row():
    # the two failures are adjacent in the list but not in time
    history = [attempt(date(2023, 5, 10), False), attempt(date(2023, 11, 20), False), attempt(date(2023, 8, 1), True)]
    assert "R10" not in ids(check_project(facts(), ctx(history=history)))


def test_r10_failures_of_another_unit_do_not_count():
    history = [attempt(date(2023, 5, 10), False, unit="钦州市教育局"),
               attempt(date(2023, 11, 20), False, unit="钦州市教育局")]
    assert "R10" not in ids(check_project(facts(), ctx(history=history)))


def test_r10_one_failure_each_of_two_projects_is_not_twice_in_a_row():
    history = [attempt(date(2023, 5, 10), False, project="甲系统"), attempt(date(2023, 11, 20), False, project="乙系统")]
    assert "R10" not in ids(check_project(facts(), ctx(history=history)))


def test_r10_single_failure_is_quiet():
    assert "R10" not in ids(check_project(facts(), ctx(history=[attempt(date(2023, 5, 10), False)])))


# ---- all together --------------------------------------------------------------------------


def test_findings_come_in_rule_order(cal):
    p = facts(
        kind=Kind.ANNUAL, submitted_on=date(2025, 10, 1),       # R1
        total_investment=Decimal("499.99"), plan_elements=(),  # R3
        self_built=("机房",),                                   # R5
        sharing_departments=(),                                 # R6
        funding_source="国家或自治区拨款",                        # R7
        protection_level=None,                                   # R8
    )
    history = [attempt(date(2023, 5, 10), False), attempt(date(2023, 11, 20), False)]  # R10
    findings = check_project(p, ctx(date(2025, 10, 15), cal, history))
    assert ids(findings) == ["R1", "R3", "R5", "R6", "R7", "R8", "R10"]
    assert [f.severity for f in findings] == [
        Severity.BLOCKER, Severity.BLOCKER, Severity.VETO, Severity.VETO, Severity.INFO,
        Severity.WARNING, Severity.WARNING,
    ]
