"""The plan's body text, drafted from the meeting: who assessed, how many applications,
how many passed, the envelope, the reserve and the approval routes."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from zqdesk.core.rules import FIXED_ASSET_THRESHOLD
from zqdesk.core.scoring import TRIM_FROM
from zqdesk.core.types import Decision, Severity, Tier
from zqdesk.core.vocab import Kind
from zqdesk.reports.common import amount, cn_date
from zqdesk.reports.data import ReportData

MEASURES_NAME = "《“智慧钦州”建设项目和资金管理暂行办法》"
MEASURES = MEASURES_NAME + "（钦政办〔2016〕10号）"
INVITED = "特邀专家"


def panel_phrase(data: ReportData) -> str:
    """科技、公安、财政等部门及特邀专家共7人组成评审专家组（组长：黄建国）."""
    if not data.panel:
        return "评审专家组"
    departments = []
    for seat in data.panel:
        if seat.department and seat.department != INVITED and seat.department not in departments:
            departments.append(seat.department)
    invited = any(s.department == INVITED or not s.department for s in data.panel)
    who = "、".join(departments)
    if who:
        who += "等部门" + ("及特邀专家" if invited else "")
    else:
        who = "特邀专家"
    text = f"{who}共{len(data.panel)}人组成评审专家组"
    if data.chair is not None:
        text += f"（组长：{data.chair.name}）"
    return text


def opening(data: ReportData) -> list[str]:
    meeting = data.meeting
    where = f"在{meeting.venue}" if meeting.venue else ""
    when = f"于{cn_date(data.held_on)}" if data.held_on else ""
    count = len(data.results.outcomes)
    return [
        f"根据{MEASURES}第七条规定，我委{when}{where}召开{meeting.name}，组织"
        f"{panel_phrase(data)}，对各单位报送的{count}个项目进行了综合评估，重点评估项目建设的必要性、"
        f"可行性、安全性、协同共享范围以及资金来源。现将评估结果和{data.plan_year}年度建设计划（送审稿）报告如下："
    ]


def assessment(data: ReportData) -> list[str]:
    outcomes = data.results.outcomes
    kinds = Counter(o.project.kind for o in outcomes)
    decisions = Counter(o.decision for o in outcomes)
    requested = sum((o.project.requested for o in outcomes), Decimal(0))
    pass_mark = f"{data.meeting.pass_mark.normalize():f}"
    text = (
        f"本次共受理项目{len(outcomes)}个（年度申报{kinds.get(Kind.ANNUAL, 0)}个，专项申报"
        f"{kinds.get(Kind.SPECIAL, 0)}个），申请市级资金合计{amount(requested)}万元。专家按必要性、可行性、"
        f"安全性、协同共享范围四项独立评分，有效评分专家{TRIM_FROM}人及以上的去掉一个最高分和一个最低分后取"
        f"算术平均。经评审，{decisions.get(Decision.PASS, 0)}个项目得分达到{pass_mark}分且无否决情形，通过评审"
    )
    failed = [o for o in outcomes if o.decision is Decision.FAIL]
    if failed:
        blocked = sum(1 for o in failed if any(f.severity is Severity.BLOCKER for f in o.standing_findings))
        low = len(failed) - blocked
        detail = "，".join(p for p in (
            f"得分低于通过分数线{low}个" if low else "", f"存在不予通过情形{blocked}个" if blocked else "",
        ) if p)
        text += f"；{len(failed)}个项目未通过评审（{detail}）"
    if decisions.get(Decision.VETO):
        text += f"；{decisions[Decision.VETO]}个项目存在一票否决情形，不予通过"
    if decisions.get(Decision.RECORD):
        text += f"；{decisions[Decision.RECORD]}个项目属国家、自治区拨款建设，抄送备案，不列入市级年度建设计划"
    text += "。"
    overrides = {code for code, _ in data.results.override_reasons}
    if overrides or data.results.tier_reasons:
        text += (
            f"评审组长对{len(overrides)}个项目的审查意见作出复核、对{len(data.results.tier_reasons)}个项目的"
            "档次作出调整，理由均已载入评审意见。"
        )
    return [text]


def allocation(data: ReportData) -> list[str]:
    plan = data.results.plan
    funded = plan.funded
    by_tier = Counter(line.outcome.tier for line in funded)
    subtotals = plan.tier_subtotals()
    tiers = "，".join(f"{t}档{by_tier.get(t, 0)}个{amount(subtotals[t])}万元" for t in Tier)
    envelopes = plan.envelopes.amounts()
    used = plan.used_by_envelope()
    if plan.envelopes.by_source:
        budget = "、".join(f"{k}{amount(v)}万元" for k, v in envelopes.items())
        left = "、".join(f"{k}结余{amount(envelopes[k] - used.get(k, Decimal(0)))}万元" for k in envelopes)
        head = f"{data.plan_year}年度“智慧钦州”建设资金按资金来源分设额度：{budget}。"
    else:
        total = envelopes[None]
        head = f"{data.plan_year}年度“智慧钦州”建设资金额度为{amount(total)}万元。"
        left = f"额度结余{amount(total - used.get(None, Decimal(0)))}万元"
    return [
        head + "通过评审的项目按轻重缓急分为A、B、C三档，按档次、得分依次安排，资金不足以安排的项目列入储备、"
        f"继续安排其后额度可容纳的项目。共安排项目{len(funded)}个，安排市级资金{amount(plan.funded_total)}万元"
        f"（{tiers}），{left}。详见表1。"
    ]


def reserve(data: ReportData) -> list[str]:
    plan = data.results.plan
    if not plan.reserve:
        return ["通过评审的项目均已列入年度建设计划，无储备项目。"]
    reasons = "；".join(sorted({line.reason for line in plan.reserve if line.reason}))
    return [
        f"因年度资金额度所限，{len(plan.reserve)}个通过评审的项目暂列为储备项目（{reasons}），申请市级资金合计"
        f"{amount(plan.reserve_total)}万元。年度内如需新增项目资金，按{MEASURES_NAME}第十四条报市政府批准后，"
        "按表2顺序依次安排。"
    ]


def approval(data: ReportData) -> list[str]:
    funded = data.results.plan.funded
    large = sum(1 for line in funded if line.outcome.project.total_investment >= FIXED_ASSET_THRESHOLD)
    small = len(funded) - large
    limit = f"{FIXED_ASSET_THRESHOLD.normalize():f}"
    return [
        "列入年度建设计划的项目经市政府审定后，由项目建设单位按基本程序报我委审批。其中，总投资"
        f"{limit}万元以下的项目{small}个，试行以实施方案代替可行性研究报告暨初步设计方案和投资概算（实施方案代可研），"
        f"实施方案应委托具有相应资质的咨询机构编制；总投资{limit}万元以上（含{limit}万元）的项目{large}个，"
        "严格按照政府固定资产投资项目建设程序报批（固定资产投资程序）。各项目审批程序见表1。"
    ]
