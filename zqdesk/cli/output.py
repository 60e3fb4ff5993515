"""What `rank`, `plan` and `check` print: the JSON shape of SPEC §11 and plain text."""

from zqdesk.core.money import money_text
from zqdesk.core.types import Finding
from zqdesk.services.results import MeetingResults


def results_json(results: MeetingResults) -> dict:
    """The object SPEC §11 defines for `rank --json` and `plan --json`."""
    funded = set(results.plan.funded_codes())
    w = results.concordance.w
    return {
        "meeting": results.meeting.id,
        "kendall_w": None if w is None else round(float(w), 6),
        "projects": [
            {
                "code": o.project.code,
                "name": o.project.name,
                "decision": str(o.decision),
                "score": None if o.result.score is None else money_text(o.result.score),
                "experts_counted": o.result.experts_counted,
                "rank": o.rank,
                "tier": None if o.tier is None else str(o.tier),
                "funded": o.project.code in funded,
                "requested": money_text(o.project.requested),
                "findings": [f.rule_id for f in o.findings],
            }
            for o in results.outcomes
        ],
    }


def plan_json(results: MeetingResults) -> dict:
    """`plan --json`: the SPEC §11 object plus the plan's sums and the exact alternative."""
    plan = results.plan
    alternative = results.alternative()
    data = results_json(results)
    data["plan"] = {
        "envelopes": {key or "合计": money_text(amount) for key, amount in plan.envelopes.amounts().items()},
        "funded": list(plan.funded_codes()),
        "reserve": [line.outcome.project.code for line in plan.reserve],
        "funded_total": money_text(plan.funded_total),
        "reserve_total": money_text(plan.reserve_total),
        "tier_subtotals": {str(t): money_text(v) for t, v in plan.tier_subtotals().items()},
        "optimal": {
            "codes": list(alternative.codes),
            "score_sum": money_text(alternative.score_sum),
            "greedy_score_sum": money_text(alternative.greedy_score_sum),
            "requested_total": money_text(alternative.requested_total),
            "added": list(alternative.added),
            "dropped": list(alternative.dropped),
        },
    }
    return data


def findings_json(meeting_id: int, findings: dict[str, list[Finding]]) -> dict:
    return {
        "meeting": meeting_id,
        "projects": [
            {
                "code": code,
                "findings": [
                    {
                        "rule": f.rule_id, "article": f.article, "severity": str(f.severity), "message": f.message,
                        **({"due_date": f.due_date.isoformat(), "days_left": f.days_left} if f.due_date else {}),
                    }
                    for f in items
                ],
            }
            for code, items in sorted(findings.items())
        ],
    }


def findings_text(findings: dict[str, list[Finding]]) -> str:
    lines = []
    for code, items in sorted(findings.items()):
        if not items:
            lines.append(f"{code}  无审查意见")
        for f in items:
            lines.append(f"{code}  {f.rule_id}  {f.severity.label}  {f.article}  {f.message}")
    return "\n".join(lines)


def rank_text(results: MeetingResults) -> str:
    funded = set(results.plan.funded_codes())
    lines = ["排名  项目编号        得分    档次  结论      安排  项目名称"]
    for o in results.outcomes:
        score = "—" if o.result.score is None else money_text(o.result.score)
        rank = "" if o.rank is None else str(o.rank)
        mark = "列入" if o.project.code in funded else ("储备" if o.rank else "")
        lines.append(
            f"{rank:>4}  {o.project.code:<14}  {score:>6}  {o.tier or '':^4}  {o.decision.label:<6}  {mark:<4}  {o.project.name}"
        )
    w = results.concordance.w
    lines.append(f"肯德尔和谐系数 W = {'—' if w is None else f'{float(w):.4f}'}")
    return "\n".join(lines)


def plan_text(results: MeetingResults) -> str:
    plan = results.plan
    lines = [f"{results.meeting.plan_year}年度建设计划（{results.meeting.name}）", "", "列入计划："]
    for line in plan.funded:
        o = line.outcome
        lines.append(f"  {o.rank:>3}. [{o.tier}] {o.project.code}  {money_text(line.requested):>10}万元  {o.project.name}")
    for tier, amount in plan.tier_subtotals().items():
        lines.append(f"  {tier}档小计：{money_text(amount)}万元")
    lines.append(f"  合计：{money_text(plan.funded_total)}万元")
    lines.append("储备项目：")
    for line in plan.reserve:
        o = line.outcome
        lines.append(f"  {o.rank:>3}. [{o.tier}] {o.project.code}  {money_text(line.requested):>10}万元  {o.project.name}（{line.reason}）")
    lines.append(f"  合计：{money_text(plan.reserve_total)}万元")
    for key, amount in plan.envelopes.amounts().items():
        used = plan.used_by_envelope().get(key)
        lines.append(f"额度（{key or '全部资金'}）：{money_text(amount)}万元，已安排{money_text(used)}万元")
    alternative = results.alternative()
    lines.append(
        f"得分总和最大的组合：{money_text(alternative.score_sum)}（默认方案{money_text(alternative.greedy_score_sum)}），"
        f"增加{'、'.join(alternative.added) or '无'}，减少{'、'.join(alternative.dropped) or '无'}"
    )
    return "\n".join(lines)
