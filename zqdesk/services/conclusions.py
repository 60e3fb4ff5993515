"""The chair's decisions that change an outcome: overriding a finding, moving a tier."""

from zqdesk.core.types import Severity, Tier
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import writable_meeting
from zqdesk.services.projects import meeting_findings
from zqdesk.storage.db import writing
from zqdesk.storage.models import FindingOverride, Project, TierOverride


def override_finding(meeting_id: int, code: str, rule_id: str, reason: str, by: str) -> None:
    """Set aside a veto or blocker finding; only with a written reason, which is kept."""
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


def set_tier(meeting_id: int, code: str, tier: Tier, reason: str, by: str) -> None:
    """Move a passed project to another tier, with a written reason."""
    meeting = writable_meeting(meeting_id)
    if not reason.strip():
        raise Refused("调整轻重缓急档次须写明理由。")
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    with writing():
        TierOverride.delete().where(TierOverride.project == project).execute()
        TierOverride.create(project=project, tier=str(Tier(tier)), reason=reason.strip(), by=by)
