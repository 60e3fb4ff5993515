"""The panel's conclusion on a project, in the words local review opinions use.

pass    → 同意通过评审（预审），建议列入{年}年度建设计划 — or its reserve list when the envelope
          could not take it;
fail    → 修改完善后再报 when most counted experts recommended 修改完善后同意, else 不予通过,
          with the reason (a standing blocker, or the score under the pass mark);
veto    → 不予通过（一票否决：R5 …）;
record  → 抄送备案，不列入市级年度建设计划 (第十一条).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from zqdesk.core.money import money_text
from zqdesk.core.ranking import Outcome
from zqdesk.core.types import Decision, Severity
from zqdesk.core.vocab import RECOMMENDATIONS, Kind

REVISE = "修改完善后同意"

# What each stopping rule means in a few words, for the conclusion's parenthesis.
RULE_GIST = {
    "R1": "逾期申报",
    "R3": "实施方案不符合第九条要求",
    "R5": "私自新建或扩建基础设施",
    "R6": "不支持信息共享和业务协同",
}


@dataclass(frozen=True)
class Conclusion:
    verdict: str  # 通过 / 储备 / 修改完善后再报 / 不予通过 / 抄送备案
    text: str  # the sentence printed under 评审结论


def _gist(rule_id: str, message: str) -> str:
    return RULE_GIST.get(rule_id) or message.split("：")[0].split("，")[0].rstrip("。")


def conclude(outcome: Outcome, recommendations: Counter, plan_year: int, funded: bool,
             pass_mark: Decimal) -> Conclusion:
    """The conclusion for one project (see the module docstring)."""
    review = "预审" if outcome.project.kind is Kind.SPECIAL else "评审"
    decision = outcome.decision
    if decision is Decision.RECORD:
        return Conclusion("抄送备案", "属国家、自治区相关部门拨款建设的项目，抄送备案，不列入市级年度建设计划。")
    standing = outcome.standing_findings
    if decision is Decision.VETO:
        vetoes = [f for f in standing if f.severity is Severity.VETO]
        reasons = "；".join(f"{f.rule_id} {_gist(f.rule_id, f.message)}" for f in vetoes)
        return Conclusion("不予通过", f"不予通过（一票否决：{reasons}）。")
    if decision is Decision.PASS:
        if funded:
            return Conclusion("通过", f"同意通过{review}，建议列入{plan_year}年度建设计划。")
        return Conclusion(
            "储备", f"同意通过{review}，因年度资金额度所限，建议列入{plan_year}年度建设计划储备项目。"
        )
    reasons = [
        f"{f.rule_id} {_gist(f.rule_id, f.message)}" for f in standing if f.severity is Severity.BLOCKER
    ]
    score = outcome.result.score
    if score is None:
        reasons.append("无有效评分")
    elif score < pass_mark:
        reasons.append(f"得分{money_text(score)}分，低于通过分数线{pass_mark.normalize():f}分")
    reason = "；".join(reasons)
    counted = sum(recommendations.values())
    if counted and recommendations.get(REVISE, 0) * 2 > counted:
        return Conclusion("修改完善后再报", f"修改完善后再报（{reason}）。" if reason else "修改完善后再报。")
    return Conclusion("不予通过", f"不予通过（{reason}）。" if reason else "不予通过。")


def recommendation_text(recommendations: Counter) -> str:
    """同意5人，修改完善后同意1人，不同意0人 — every option named, even at zero."""
    parts = [f"{label}{recommendations.get(label, 0)}人" for label in RECOMMENDATIONS]
    others = sum(v for k, v in recommendations.items() if k not in RECOMMENDATIONS)
    if others:
        parts.append(f"其他{others}人")
    return "，".join(parts)


def short_verdict(outcome: Outcome, funded: bool) -> str:
    """The outcome in a table cell: 列入计划 / 储备 / 不通过 / 否决 / 备案."""
    if outcome.decision is Decision.PASS:
        return "列入计划" if funded else "储备"
    return {Decision.FAIL: "不通过", Decision.VETO: "否决", Decision.RECORD: "备案"}[outcome.decision]
