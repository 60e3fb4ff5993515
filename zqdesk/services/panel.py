"""The panel: experts, their roles and their recusals."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from zqdesk.core.vocab import Role
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.experts import ExpertRow, read_experts
from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import get_meeting, writable_meeting
from zqdesk.services.secrets import hash_secret, verify_secret
from zqdesk.services.projects import recuse_own_unit
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Expert, Meeting, PanelMember, Project, Recusal, Review, Score


def import_experts(meeting_id: int, path: Path | str) -> list[PanelMember]:
    """Import the panel spreadsheet; all rows or none."""
    path = Path(path)
    return add_experts(meeting_id, read_experts(path), source=path.name)


def add_experts(meeting_id: int, rows: Sequence[ExpertRow], source: str = "") -> list[PanelMember]:
    """Seat experts on the panel with their declared recusals, then recuse everyone from
    their own unit's projects."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
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
            audit.record("专家入组", f"panel/{meeting.id}/{expert.id}", None,
                         {"name": row.name, "organisation": row.organisation, "role": str(row.role), "seat": seat})
            for code in row.recused_codes:
                Recusal.get_or_create(project=codes[code], expert=expert,
                                      defaults={"automatic": False, "reason": "本人申报回避"})
                audit.record("申报回避", f"recusal/{codes[code]}/{expert.id}", None, {"reason": "本人申报回避"})
        recuse_own_unit(meeting)
    return seated


def declare_recusal(meeting_id: int, expert_id: int, code: str, reason: str) -> None:
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    project = _project(meeting, code)
    member = panel_member(meeting, expert_id)
    with writing():
        _, created = Recusal.get_or_create(project=project, expert=member.expert,
                                           defaults={"automatic": False, "reason": reason or "本人申报回避"})
        if created:
            audit.record("申报回避", f"recusal/{project.id}/{member.expert_id}", None, {"reason": reason or "本人申报回避"})


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


PIN_FAILURES_LOCK = 5
PIN_LOCK_MINUTES = 10


@dataclass(frozen=True)
class PanelEntry:
    """One seat of the panel as the screens list it."""

    expert_id: int
    name: str
    organisation: str
    title: str
    department: str
    role: Role
    seat: int
    has_pin: bool
    recused_codes: tuple[str, ...]
    phone: str = ""


def panel(meeting_id: int) -> list[PanelEntry]:
    require(Action.READ_MEETING, meeting_id=meeting_id)
    meeting = get_meeting(meeting_id)
    recusals: dict[int, list[str]] = {}
    for expert_id, code in (Recusal.select(Recusal.expert, Project.code).join(Project)
                            .where(Project.meeting == meeting).order_by(Project.code).tuples()):
        recusals.setdefault(expert_id, []).append(code)
    members = (PanelMember.select(PanelMember, Expert).join(Expert)
               .where(PanelMember.meeting == meeting).order_by(PanelMember.seat))
    return [
        PanelEntry(m.expert.id, m.expert.name, m.expert.organisation, m.expert.title, m.expert.department,
                   Role(m.role), m.seat, bool(m.pin_hash), tuple(recusals.get(m.expert.id, ())), m.expert.phone)
        for m in members
    ]


def add_expert(meeting_id: int, row: ExpertRow) -> PanelMember:
    if not row.name.strip() or not row.organisation.strip():
        raise Refused("请填写专家姓名和单位。")
    return add_experts(meeting_id, [row])[0]


def set_pin(meeting_id: int, expert_id: int, pin: str) -> None:
    """Give an expert the PIN they log in with (4–8 digits)."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    member = panel_member(writable_meeting(meeting_id), expert_id)
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise Refused("PIN应为4至8位数字。")
    digest = hash_secret(pin)
    with writing():
        PanelMember.update(pin_hash=digest, pin_failures=0, pin_locked_until=None).where(
            PanelMember.id == member.id).execute()
        audit.record("设置PIN", f"panel/{member.meeting_id}/{expert_id}", None, {"pin": "已设置"})


def verify_pin(meeting_id: int, expert_id: int, pin: str) -> None:
    """Accept the expert's PIN or raise Refused; five failures lock the seat for ten minutes."""
    member = panel_member(get_meeting(meeting_id), expert_id)
    now = datetime.now()
    if member.pin_locked_until is not None and member.pin_locked_until > now:
        raise Refused(f"PIN连续输错{PIN_FAILURES_LOCK}次，已锁定至{member.pin_locked_until:%H:%M}，请稍后再试或联系会务人员。")
    if not member.pin_hash:
        raise Refused("该专家尚未设置PIN，请联系会务人员设置。")
    if verify_secret(pin, member.pin_hash):
        with writing():
            PanelMember.update(pin_failures=0, pin_locked_until=None).where(PanelMember.id == member.id).execute()
        return
    with writing():
        # Counted under the write lock: failures at other terminals count too.
        failures = PanelMember.get_by_id(member.id).pin_failures + 1
        locked = now + timedelta(minutes=PIN_LOCK_MINUTES) if failures >= PIN_FAILURES_LOCK else None
        PanelMember.update(pin_failures=0 if locked else failures, pin_locked_until=locked).where(
            PanelMember.id == member.id).execute()
        audit.record("PIN错误", f"panel/{member.meeting_id}/{expert_id}", None,
                     {"failures": failures, "locked_until": locked})
    if locked:
        raise Refused(f"PIN连续输错{PIN_FAILURES_LOCK}次，已锁定{PIN_LOCK_MINUTES}分钟。")
    raise Refused(f"PIN不正确，还可再试{PIN_FAILURES_LOCK - failures}次。")


@dataclass(frozen=True)
class RecusalInfo:
    expert_id: int
    expert_name: str
    code: str
    project_name: str
    automatic: bool
    reason: str


def recusals(meeting_id: int) -> list[RecusalInfo]:
    """Every recusal of the meeting, automatic or declared, with its reason."""
    require(Action.READ_MEETING, meeting_id=meeting_id)
    meeting = get_meeting(meeting_id)
    rows = (Recusal.select(Recusal.automatic, Recusal.reason, Expert.id, Expert.name, Project.code, Project.name)
            .join(Project).switch(Recusal).join(Expert)
            .where(Project.meeting == meeting).order_by(Project.code, Expert.name).tuples())
    return [RecusalInfo(eid, ename, code, pname, bool(auto), reason)
            for auto, reason, eid, ename, code, pname in rows]


def update_expert(meeting_id: int, expert_id: int, row: ExpertRow) -> None:
    """Correct an expert's title, department, phone and role on this panel. The name and unit
    say who the expert is (and decide the automatic recusals): a wrong one is put right by
    removing the expert and adding the right one."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    member = panel_member(meeting, expert_id)
    expert = member.expert
    if (row.name, row.organisation) != (expert.name, expert.organisation):
        raise Refused("姓名和单位不能修改：如有错误，请移出该专家后重新增加。")
    if row.role is Role.CHAIR and Role(member.role) is not Role.CHAIR and PanelMember.select().where(
            (PanelMember.meeting == meeting) & (PanelMember.role == str(Role.CHAIR))).exists():
        raise Refused("本评审会已有组长：请先把现任组长改为成员。")
    old = {"title": expert.title, "department": expert.department, "phone": expert.phone, "role": member.role}
    new = {"title": row.title, "department": row.department, "phone": row.phone, "role": str(row.role)}
    if old == new:
        return
    with writing():
        Expert.update(title=row.title, department=row.department, phone=row.phone).where(
            Expert.id == expert.id).execute()
        PanelMember.update(role=str(row.role)).where(PanelMember.id == member.id).execute()
        audit.record("修改专家信息", f"panel/{meeting.id}/{expert.id}", old, new)


def remove_expert(meeting_id: int, expert_id: int, reason: str) -> None:
    """Take an expert off the panel, with a written reason, while nothing of theirs is
    scored; their recusals in this meeting go with them."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    member = panel_member(meeting, expert_id)
    if not reason.strip():
        raise Refused("请写明移出专家组的理由。")
    projects = Project.select(Project.id).where(Project.meeting == meeting)
    if Score.select().where((Score.expert == expert_id) & (Score.project.in_(projects))).exists() or \
            Review.select().where((Review.expert == expert_id) & (Review.project.in_(projects))).exists():
        raise Refused(f"{member.expert.name}已有评分或评审意见，不能移出专家组；如与某项目有利害关系，请申报回避。")
    with writing():
        Recusal.delete().where((Recusal.expert == expert_id) & (Recusal.project.in_(projects))).execute()
        PanelMember.delete().where(PanelMember.id == member.id).execute()
        audit.record("移出专家组", f"panel/{meeting.id}/{expert_id}",
                     {"name": member.expert.name, "organisation": member.expert.organisation, "role": member.role},
                     None, reason.strip())


def withdraw_recusal(meeting_id: int, expert_id: int, code: str, reason: str) -> None:
    """Withdraw a recusal the expert declared, with a written reason (audited with the old
    one). A recusal from the expert's own unit's project is the regulation's, not the
    expert's: it cannot be withdrawn."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    project = _project(meeting, code)
    member = panel_member(meeting, expert_id)
    recusal = Recusal.get_or_none((Recusal.project == project) & (Recusal.expert == expert_id))
    if recusal is None:
        raise Refused(f"{member.expert.name}没有回避项目{code}。")
    if recusal.automatic:
        raise Refused(f"项目{code}是{member.expert.name}所在单位的项目，按规定自动回避，不能撤销。")
    if not reason.strip():
        raise Refused("请写明撤销回避的理由。")
    with writing():
        recusal.delete_instance()
        audit.record("撤销回避", f"recusal/{project.id}/{expert_id}", {"reason": recusal.reason}, None, reason.strip())
