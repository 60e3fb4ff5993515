"""The compliance pre-check: rules R1–R10 of SPEC §5, each tied to its article.

Every rule is a function of the project's facts and the check's context that returns the
findings it raises (none when the project complies). `check_project` runs them all.
"""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from zqdesk.core.types import AcceptanceAttempt, Finding, ProjectFacts, Severity
from zqdesk.core.vocab import FUNDING_NATIONAL, PLAN_ELEMENTS, Kind
from zqdesk.core.workdays import WorkCalendar

FIXED_ASSET_THRESHOLD = Decimal("500")  # 万元, 第九条: "500万元以上（含500万元）"
PRE_REVIEW_WORKING_DAYS = 15  # 第八条
PRE_REVIEW_WARNING_DAYS = 3


@dataclass(frozen=True)
class CheckContext:
    """What the rules need besides the project: the date, the calendar, the units' record."""

    as_of: date
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    acceptance_history: Sequence[AcceptanceAttempt] = ()


Rule = Callable[[ProjectFacts, CheckContext], Iterable[Finding]]


def annual_deadline(plan_year: int) -> date:
    """第七条: annual applications are due by 30 September of the year before the plan year."""
    return date(plan_year - 1, 9, 30)


def r1_late_annual(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.kind is Kind.ANNUAL and p.submitted_on > annual_deadline(p.plan_year):
        deadline = annual_deadline(p.plan_year)
        yield Finding(
            "R1", "第七条", Severity.BLOCKER,
            f"逾期申报：年度申报应于{deadline.year}年9月30日前报送，本项目申报日期为"
            f"{p.submitted_on.isoformat()}。",
        )


def r2_pre_review_deadline(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.kind is not Kind.SPECIAL:
        return
    due = ctx.calendar.add_working_days(p.submitted_on, PRE_REVIEW_WORKING_DAYS)
    left = ctx.calendar.working_days_left(ctx.as_of, due.day)
    if left < 0:
        status = f"已逾期{-left}个工作日"
    else:
        status = f"剩余{left}个工作日"
    message = (
        f"专项申报须在受理后15个工作日内出具预审意见：受理日期{p.submitted_on.isoformat()}，"
        f"预审意见应于{due.day.isoformat()}前出具，{status}（截至{ctx.as_of.isoformat()}）。"
    )
    if due.uncovered_years:
        years = "、".join(f"{y}年" for y in due.uncovered_years)
        message += f"{years}节假日安排未导入，期限仅按周末推算，请导入节假日安排后复核。"
    # The deadline binds the commission, not the applicant: a warning at most, never a failure.
    severity = Severity.WARNING if left <= PRE_REVIEW_WARNING_DAYS or due.uncovered_years else Severity.INFO
    yield Finding("R2", "第八条", severity, message, due_date=due.day, days_left=left)


def r3_implementation_plan(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.total_investment >= FIXED_ASSET_THRESHOLD:
        return
    missing = [e for e in PLAN_ELEMENTS if e not in p.plan_elements]
    problems = []
    if missing:
        problems.append("实施方案缺少：" + "、".join(missing))
    if not p.compiler_qualified:
        problems.append("实施方案未委托具有相应资质的咨询机构编制")
    if problems:
        yield Finding(
            "R3", "第九条", Severity.BLOCKER,
            "总投资500万元以下的项目以实施方案代替可行性研究报告，" + "；".join(problems) + "。",
        )


def r4_fixed_asset_procedure(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.total_investment >= FIXED_ASSET_THRESHOLD:
        yield Finding(
            "R4", "第九条", Severity.INFO,
            f"总投资{p.total_investment}万元（500万元以上含500万元），按政府固定资产投资项目程序报批。",
        )


def r5_self_built_infrastructure(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.self_built:
        yield Finding(
            "R5", "第十条", Severity.VETO,
            "拟自建" + "、".join(p.self_built) + "：各部门原则上不允许私自新建或扩建，"
            "应依托电子政务内网、外网及云计算中心建设。",
        )


def r6_no_sharing(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    gaps = []
    if not p.sharing_analysis.strip():
        gaps.append("未分析信息共享需求")
    if not p.sharing_departments:
        gaps.append("未明确共享部门")
    if gaps:
        yield Finding(
            "R6", "第二十一条", Severity.VETO,
            "不支持信息共享和业务协同（" + "、".join(gaps) + "），市发改委不予审批，市财政局不予安排资金。",
        )


def record_only(funding_source: str) -> bool:
    """第十一条: a project the nation or the region pays for is copied to the commission for
    the record, not scored and not planned."""
    return funding_source == FUNDING_NATIONAL


def r7_national_appropriation(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if record_only(p.funding_source):
        yield Finding(
            "R7", "第十一条", Severity.INFO,
            "属国家、自治区相关部门拨款建设的项目，建设方案抄送市发改委备案，不参与评分，不列入市级年度建设计划。",
        )


def r8_security(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.classified:
        yield Finding(
            "R8", "第二十四条、第二十六条", Severity.WARNING,
            "涉密项目：须按分级保护要求设计，由具有相应涉密信息系统集成资质的单位设计、承建和监理，"
            "投入使用前须经保密行政管理部门审查批准。",
        )
    elif p.protection_level is None:
        yield Finding(
            "R8", "第二十四条", Severity.WARNING,
            "非涉密信息系统未明确信息安全等级保护级别，请补充定级。",
        )


def r9_special_not_urgent(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    if p.kind is Kind.SPECIAL and not p.mandated and not p.urgent:
        yield Finding(
            "R9", "第十三条", Severity.INFO,
            "专项申报项目既非上级要求也非需求紧迫：未列入年度建设计划的项目，市财政局原则上不予安排经费。",
        )


def r10_failed_acceptance(p: ProjectFacts, ctx: CheckContext) -> Iterable[Finding]:
    for name, first, second in _twice_failed(ctx.acceptance_history, p.unit):
        yield Finding(
            "R10", "第十六条第（三）项", Severity.WARNING,
            f"建设单位此前的“{name}”项目连续2次未能通过总体验收（{first.isoformat()}、{second.isoformat()}），"
            "请关注其建设管理能力。",
        )


def _twice_failed(history: Sequence[AcceptanceAttempt], unit: str) -> list[tuple[str, date, date]]:
    by_project: dict[str, list[AcceptanceAttempt]] = {}
    for attempt in history:
        if attempt.unit == unit:
            by_project.setdefault(attempt.project_name, []).append(attempt)
    runs = []
    for name, attempts in sorted(by_project.items()):
        attempts.sort(key=lambda a: a.held_on)
        for earlier, later in zip(attempts, attempts[1:]):
            if not earlier.passed and not later.passed:
                runs.append((name, earlier.held_on, later.held_on))
                break
    return runs


RULES: tuple[tuple[str, Rule], ...] = (
    ("R1", r1_late_annual),
    ("R2", r2_pre_review_deadline),
    ("R3", r3_implementation_plan),
    ("R4", r4_fixed_asset_procedure),
    ("R5", r5_self_built_infrastructure),
    ("R6", r6_no_sharing),
    ("R7", r7_national_appropriation),
    ("R8", r8_security),
    ("R9", r9_special_not_urgent),
    ("R10", r10_failed_acceptance),
)


# What each rule is about, in a few words: the window names a finding by this and its article
# ("一票否决·自建基础设施（第十条）"), never by its rule id alone (issue #12).
RULE_TITLES: dict[str, str] = {
    "R1": "逾期申报", "R2": "预审时限", "R3": "实施方案要素", "R4": "固定资产投资程序", "R5": "自建基础设施",
    "R6": "信息共享", "R7": "上级拨款备案", "R8": "信息安全保护", "R9": "资金安排", "R10": "验收未通过",
}


def finding_title(finding: Finding) -> str:
    """A finding as the window names it: its subject and its article, e.g. "自建基础设施（第十条）"."""
    return f"{RULE_TITLES.get(finding.rule_id, finding.rule_id)}（{finding.article}）"


def check_project(project: ProjectFacts, ctx: CheckContext) -> list[Finding]:
    """Every finding of every rule for one project, in rule order."""
    findings: list[Finding] = []
    for _rule_id, rule in RULES:
        findings.extend(rule(project, ctx))
    return findings


def approval_route(project: ProjectFacts) -> str:
    """第九条's route to approval, printed in the plan."""
    if project.total_investment >= FIXED_ASSET_THRESHOLD:
        return "固定资产投资程序"
    return "实施方案代可研"
