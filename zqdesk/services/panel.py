"""The panel: experts, their roles and their recusals."""

from collections.abc import Sequence
from pathlib import Path

from zqdesk.core.vocab import Role
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.experts import ExpertRow, read_experts
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import writable_meeting
from zqdesk.services.projects import recuse_own_unit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Expert, Meeting, PanelMember, Project, Recusal


def import_experts(meeting_id: int, path: Path | str) -> list[PanelMember]:
    """Import the panel spreadsheet; all rows or none."""
    path = Path(path)
    return add_experts(meeting_id, read_experts(path), source=path.name)


def add_experts(meeting_id: int, rows: Sequence[ExpertRow], source: str = "") -> list[PanelMember]:
    """Seat experts on the panel with their declared recusals, then recuse everyone from
    their own unit's projects."""
    meeting = writable_meeting(meeting_id)
    codes = dict(Project.select(Project.code, Project.id).where(Project.meeting == meeting).tuples())
    errors = []
    for number, row in enumerate(rows, start=2):
        unknown = [c for c in row.recused_codes if c not in codes]
        if unknown:
            errors.append(RowError(source, number, "回避项目", f"本评审会没有项目{'、'.join(unknown)}"))
    chairs = [r for r in rows if r.role is Role.CHAIR]
    has_chair = PanelMember.select().where((PanelMember.meeting == meeting) & (PanelMember.role == Role.CHAIR)).exists()
    if chairs and has_chair:
        errors.append(RowError(source, None, "角色", "本评审会已有组长"))
    if errors:
        raise ImportRefused(errors)
    seated = []
    with writing():
        seat = PanelMember.select().where(PanelMember.meeting == meeting).count()
        for row in rows:
            expert, _ = Expert.get_or_create(
                name=row.name, organisation=row.organisation,
                defaults={"title": row.title, "department": row.department, "phone": row.phone},
            )
            if PanelMember.select().where((PanelMember.meeting == meeting) & (PanelMember.expert == expert)).exists():
                raise Refused(f"{row.name}（{row.organisation}）已在本评审会专家组中。未导入任何专家。")
            seat += 1
            seated.append(PanelMember.create(meeting=meeting, expert=expert, role=str(row.role), seat=seat))
            for code in row.recused_codes:
                Recusal.get_or_create(project=codes[code], expert=expert,
                                      defaults={"automatic": False, "reason": "本人申报回避"})
        recuse_own_unit(meeting)
    return seated


def declare_recusal(meeting_id: int, expert_id: int, code: str, reason: str) -> None:
    meeting = writable_meeting(meeting_id)
    project = _project(meeting, code)
    member = panel_member(meeting, expert_id)
    with writing():
        Recusal.get_or_create(project=project, expert=member.expert,
                              defaults={"automatic": False, "reason": reason or "本人申报回避"})


def panel_member(meeting: Meeting, expert_id: int) -> PanelMember:
    member = PanelMember.get_or_none((PanelMember.meeting == meeting) & (PanelMember.expert == expert_id))
    if member is None:
        raise Refused(f"专家（编号{expert_id}）不在本评审会专家组中。")
    return member


def expert_by_name(meeting: Meeting, name: str) -> PanelMember:
    members = list(PanelMember.select(PanelMember, Expert).join(Expert)
                   .where((PanelMember.meeting == meeting) & (Expert.name == name)))
    if not members:
        raise Refused(f"专家“{name}”不在本评审会专家组中。")
    if len(members) > 1:
        raise Refused(f"专家组中有多位“{name}”，请在表中写明单位区分。")
    return members[0]


def _project(meeting: Meeting, code: str) -> Project:
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    return project


def recused_pairs(meeting: Meeting) -> set[tuple[int, int]]:
    """(project id, expert id) of every recusal in the meeting."""
    return {
        (p, e) for p, e in Recusal.select(Recusal.project, Recusal.expert)
        .join(Project).where(Project.meeting == meeting).tuples()
    }
