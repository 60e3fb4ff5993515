"""The chair's decisions that change an outcome: overriding a finding, moving a tier."""

from datetime import datetime

from zqdesk.core.money import money_text
from zqdesk.core.ranking import Outcome
from zqdesk.core.types import Decision, Severity, Tier
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import writable_meeting
from zqdesk.services.projects import meeting_findings
from zqdesk.services.results import MeetingResults
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Conclusion, FindingOverride, Project, TierOverride


def override_finding(meeting_id: int, code: str, rule_id: str, reason: str, by: str) -> None:
    """Set aside a veto or blocker finding; only with a written reason, which is kept."""
    require(Action.CHAIR_DECIDE, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    if not reason.strip():
        raise Refused("推翻否决或不予通过的审查意见，须写明理由。")
    findings = meeting_findings(meeting).get(code)
    if findings is None:
        raise Refused(f"本评审会没有项目{code}。")
    match = [f for f in findings if f.rule_id == rule_id]
    if not match:
        raise Refused(f"项目{code}没有{rule_id}审查意见。")
    if not any(f.severity in (Severity.VETO, Severity.BLOCKER) for f in match):
        raise Refused(f"{rule_id}仅为提醒或提示，无需推翻。")
    project = Project.get((Project.meeting == meeting) & (Project.code == code))
    with writing():
        FindingOverride.delete().where((FindingOverride.project == project) & (FindingOverride.rule_id == rule_id)).execute()
        FindingOverride.create(project=project, rule_id=rule_id, reason=reason.strip(), by=by)
        audit.record("推翻审查意见", f"override/{project.id}/{rule_id}", None, {"by": by}, reason.strip())


def set_tier(meeting_id: int, code: str, tier: Tier, reason: str, by: str) -> None:
    """Move a passed project to another tier, with a written reason."""
    require(Action.CHAIR_DECIDE, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    if not reason.strip():
        raise Refused("调整轻重缓急档次须写明理由。")
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    with writing():
        previous = TierOverride.get_or_none(TierOverride.project == project)
        TierOverride.delete().where(TierOverride.project == project).execute()
        TierOverride.create(project=project, tier=str(Tier(tier)), reason=reason.strip(), by=by)
        audit.record("调整档次", f"tier/{project.id}", None if previous is None else {"tier": previous.tier},
                     {"tier": str(Tier(tier)), "by": by}, reason.strip())


def draft_opinion(results: MeetingResults, code: str) -> str:
    """The panel's opinion drafted from the scores and findings, for the chair to edit; the
    conclusion sentence is not part of it (`zqdesk.reports.conclusion.conclude` words it)."""
    outcome = results.outcome(code)
    project, result = outcome.project, outcome.result
    parts = [f"经评审，{project.unit}申报的“{project.name}”（{project.code}），总投资{money_text(project.total_investment)}万元，"
             f"申请市级资金{money_text(project.requested)}万元。"]
    if outcome.decision is Decision.RECORD:
        parts.append("该项目属国家、自治区相关部门拨款建设，按第十一条抄送备案，不参与评分，不列入市级年度建设计划。")
        return "".join(parts)
    if result.score is not None:
        subs = "，".join(f"{c.label}{result.sub_scores[c.key]}分" for c in results.criteria)
        parts.append(f"{result.experts_counted}位专家评分，{result.method.label}，综合得分{result.score}分（{subs}）。")
        votes = results.recommendations(code)
        if votes:
            parts.append("专家建议：" + "，".join(f"{label}{votes[label]}人" for label in RECOMMENDATIONS if votes[label]) + "。")
    standing = [f for f in outcome.standing_findings if f.severity in (Severity.VETO, Severity.BLOCKER, Severity.WARNING)]
    if standing:
        parts.append("合规审查：" + "".join(f"{f.message}" for f in standing))
    for (override_code, rule_id), reason in sorted(results.override_reasons.items()):
        if override_code == code:
            parts.append(f"评审组长对{rule_id}审查意见予以调整，理由：{reason}")
    # The conclusion itself is worded by zqdesk.reports.conclusion and printed on its own line.
    return "".join(parts)


def save_opinion(meeting_id: int, code: str, text: str) -> None:
    require(Action.CHAIR_DECIDE, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    with writing():
        previous = Conclusion.get_or_none(Conclusion.project == project)
        audit.record("编辑评审意见", f"opinion/{project.id}", None if previous is None else previous.opinion, text)
        Conclusion.insert(project=project, opinion=text, updated_at=datetime.now().replace(microsecond=0)).on_conflict(
            conflict_target=[Conclusion.project],
            update={Conclusion.opinion: text, Conclusion.updated_at: datetime.now().replace(microsecond=0)},
        ).execute()


def opinion_codes(meeting_id: int) -> set[str]:
    """The projects of the meeting with a written opinion saved (one query for them all)."""
    require(Action.READ_RESULTS, meeting_id=meeting_id)
    return {code for code, opinion in Conclusion.select(Project.code, Conclusion.opinion).join(Project)
            .where(Project.meeting == meeting_id).tuples() if opinion}


def opinion_text(meeting_id: int, code: str) -> str | None:
    require(Action.READ_RESULTS, meeting_id=meeting_id)
    row = (Conclusion.select(Conclusion.opinion).join(Project)
           .where((Project.meeting == meeting_id) & (Project.code == code)).first())
    return None if row is None else row.opinion
