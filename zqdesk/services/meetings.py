"""Creating the database and meetings, and reading a meeting's settings."""

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from zqdesk.core.plan import Envelopes
from zqdesk.core.ranking import Thresholds
from zqdesk.core.types import Band, Criterion
from zqdesk.core.vocab import FUNDING_SOURCES, Kind
from zqdesk.paths import db_assets
from zqdesk.services.access import Action, require
from zqdesk.services.convert import criterion_of, rubric_json
from zqdesk.services.errors import Refused
from zqdesk.storage import audit
from zqdesk.storage.db import close_database, open_database, writing
from zqdesk.storage.location import describe, is_server
from zqdesk.storage.models import (
    CriteriaTemplate, Envelope, Expert, Meeting, MeetingCriterion, PanelMember, TemplateCriterion,
)


def init_database(path: Path | str, refuse_existing: bool = False):
    """Create (or open and migrate) the database and seed the default criteria template.
    `path` is a file or a server address (postgresql://…)."""
    if not is_server(path):
        path = Path(path)
        if refuse_existing and path.exists():
            raise Refused(f"“{path}”已存在，未覆盖。如需重新开始，请先备份并移走该文件。")
    db = open_database(path)
    if refuse_existing and not getattr(db, "created", True):
        close_database()
        raise Refused(f"服务器数据库 {describe(path)} 已初始化，未作改动。")
    from zqdesk.services.access import SYSTEM, acting_as

    with acting_as(SYSTEM):  # creating the database is the program's own work, before any login
        seed_default_template()
    return db


def seed_default_template() -> CriteriaTemplate:
    existing = CriteriaTemplate.get_or_none(CriteriaTemplate.is_default == True)  # noqa: E712
    if existing is not None:
        return existing
    name, criteria = seed_criteria()
    with writing():
        template_id = save_template(name, criteria)
        CriteriaTemplate.update(is_default=True).where(CriteriaTemplate.id == template_id).execute()
    return CriteriaTemplate.get_by_id(template_id)


def seed_criteria() -> tuple[str, list[Criterion]]:
    """The default criteria with their rubrics, as shipped in db/seed/criteria.json (SPEC §6.9)."""
    seed = json.loads((db_assets() / "seed" / "criteria.json").read_text(encoding="utf-8"))
    criteria = [
        Criterion(item["key"], item["label"], Decimal(str(item["max"])),
                  tuple(Band(Decimal(str(lo)), Decimal(str(hi)), text) for lo, hi, text in item["rubric"]))
        for item in seed["criteria"]
    ]
    return seed["name"], criteria


@dataclass(frozen=True)
class MeetingSettings:
    """What a new meeting is created with (SPEC §3.1)."""

    name: str
    kind: Kind
    plan_year: int
    budget: Decimal | None = None
    envelopes: dict[str, Decimal] | None = None
    pass_mark: Decimal = Decimal("60")
    tier_a: Decimal = Decimal("85")
    tier_b: Decimal = Decimal("75")
    held_on: date | None = None
    venue: str = ""


def create_meeting(settings: MeetingSettings, template: CriteriaTemplate | None = None) -> Meeting:
    """Create a meeting and copy the template's criteria into it."""
    require(Action.MEETING_EDIT)
    _validate(settings)
    template = template or seed_default_template()
    with writing():
        meeting = Meeting.create(
            name=settings.name.strip(), kind=str(settings.kind), plan_year=settings.plan_year,
            budget=settings.budget, pass_mark=settings.pass_mark, tier_a=settings.tier_a,
            tier_b=settings.tier_b, held_on=settings.held_on, venue=settings.venue,
        )
        for item in template.criteria.order_by(TemplateCriterion.position):
            MeetingCriterion.create(
                meeting=meeting, position=item.position, key=item.key, label=item.label,
                max_points=item.max_points, rubric=item.rubric,
            )
        for source, amount in (settings.envelopes or {}).items():
            Envelope.create(meeting=meeting, funding_source=source, amount=amount)
        audit.record("创建评审会", f"meeting/{meeting.id}", None, _settings_record(settings, template.name))
    return meeting


def _settings_record(settings: MeetingSettings, template_name: str | None = None) -> dict:
    record = {
        "name": settings.name, "kind": str(settings.kind), "plan_year": settings.plan_year,
        "budget": settings.budget, "envelopes": settings.envelopes or {}, "pass_mark": settings.pass_mark,
        "tier_a": settings.tier_a, "tier_b": settings.tier_b, "held_on": settings.held_on, "venue": settings.venue,
    }
    if template_name is not None:
        record["criteria_template"] = template_name
    return record


def _validate(settings: MeetingSettings) -> None:
    if not settings.name.strip():
        raise Refused("请填写评审会名称。")
    if not 2000 <= settings.plan_year <= 2100:
        raise Refused(f"计划年度{settings.plan_year}不合理。")
    if settings.budget is not None and settings.budget < 0:
        raise Refused("资金额度不能为负数。")
    for source, amount in (settings.envelopes or {}).items():
        if source not in FUNDING_SOURCES:
            raise Refused(f"资金来源“{source}”不在：{'、'.join(FUNDING_SOURCES)}。")
        if amount < 0:
            raise Refused("资金额度不能为负数。")
    if not (Decimal(0) <= settings.pass_mark and settings.tier_b <= settings.tier_a):
        raise Refused("分档线应满足：A档分数线不低于B档分数线。")


def get_meeting(meeting_id: int) -> Meeting:
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise Refused(f"没有编号为{meeting_id}的评审会。")
    return meeting


def writable_meeting(meeting_id: int) -> Meeting:
    """The meeting, refused if it is finalised (SPEC §3.8: read-only from then on)."""
    meeting = get_meeting(meeting_id)
    if meeting.finalised_at is not None:
        raise Refused(f"评审会“{meeting.name}”已定稿，不能再修改。")
    return meeting


def meeting_criteria(meeting: Meeting) -> list[Criterion]:
    rows = MeetingCriterion.select().where(MeetingCriterion.meeting == meeting).order_by(MeetingCriterion.position)
    return [criterion_of(row) for row in rows]


def meeting_thresholds(meeting: Meeting) -> Thresholds:
    return Thresholds(meeting.pass_mark, meeting.tier_a, meeting.tier_b)


def meeting_envelopes(meeting: Meeting) -> Envelopes:
    by_source = {e.funding_source: e.amount for e in Envelope.select().where(Envelope.meeting == meeting)}
    return Envelopes(total=meeting.budget, by_source=by_source)


def list_meetings() -> list[Meeting]:
    require(Action.READ_MEETING)
    return list(Meeting.select().order_by(Meeting.plan_year.desc(), Meeting.id.desc()))


def update_meeting(meeting_id: int, settings: MeetingSettings) -> None:
    """Change a meeting's settings (criteria stay as copied)."""
    require(Action.MEETING_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    _validate(settings)
    with writing():
        Meeting.update(
            name=settings.name.strip(), kind=str(settings.kind), plan_year=settings.plan_year,
            budget=settings.budget, pass_mark=settings.pass_mark, tier_a=settings.tier_a, tier_b=settings.tier_b,
            held_on=settings.held_on, venue=settings.venue,
        ).where(Meeting.id == meeting.id).execute()
        Envelope.delete().where(Envelope.meeting == meeting).execute()
        for source, amount in (settings.envelopes or {}).items():
            Envelope.create(meeting=meeting, funding_source=source, amount=amount)
        audit.record("修改评审会", f"meeting/{meeting.id}", None, _settings_record(settings))


def open_panel_view(meeting_id: int) -> None:
    """The chair lets experts who have submitted see everyone's scores."""
    require(Action.CHAIR_DECIDE, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    with writing():
        Meeting.update(panel_open=True).where(Meeting.id == meeting.id).execute()
        audit.record("开放专家互见", f"meeting/{meeting.id}", {"panel_open": False}, {"panel_open": True})


def finalise(meeting_id: int) -> None:
    """Make the meeting read-only; refused while a deviation lacks its explanation (SPEC §6.5)."""
    require(Action.FINALISE, meeting_id=meeting_id)
    from zqdesk.services.results import compute_results

    meeting = writable_meeting(meeting_id)
    results = compute_results(meeting_id)
    names = dict(Expert.select(Expert.id, Expert.name).join(PanelMember)
                 .where(PanelMember.meeting == meeting).tuples())
    missing = []
    for outcome in results.outcomes:
        notes = {s.expert_id: s.deviation_note for s in results.sheets.get(outcome.project.code, ())}
        for expert_id in outcome.result.deviating:
            if not notes.get(expert_id, "").strip():
                missing.append(f"{outcome.project.code}（{names.get(expert_id, expert_id)}）")
    if missing:
        raise Refused("以下评分偏离平均分30%以上，须由专家填写偏离说明后才能定稿：" + "、".join(missing) + "。")
    with writing():
        now = datetime.now().replace(microsecond=0)
        Meeting.update(finalised_at=now).where(Meeting.id == meeting.id).execute()
        audit.record("定稿", f"meeting/{meeting.id}", {"finalised_at": None}, {"finalised_at": now})


def list_templates() -> list[tuple[int, str]]:
    seed_default_template()
    return list(CriteriaTemplate.select(CriteriaTemplate.id, CriteriaTemplate.name)
                .order_by(CriteriaTemplate.is_default.desc(), CriteriaTemplate.name).tuples())


def template_criteria(template_id: int) -> list[Criterion]:
    rows = TemplateCriterion.select().where(TemplateCriterion.template == template_id).order_by(TemplateCriterion.position)
    return [criterion_of(row) for row in rows]


def save_template(name: str, criteria: list[Criterion]) -> int:
    """Save a criteria template under a name (replacing one of the same name)."""
    require(Action.TEMPLATE_EDIT)
    if not name.strip():
        raise Refused("请填写评审标准名称。")
    if not criteria:
        raise Refused("评审标准至少要有一个评分项。")
    keys = [c.key for c in criteria]
    if len(set(keys)) != len(keys):
        raise Refused("评分项代码不能重复。")
    for c in criteria:
        if c.max_points <= 0 or (c.max_points * 2) != (c.max_points * 2).to_integral_value():
            raise Refused(f"评分项“{c.label}”的满分应为正的整数或0.5分。")
        for band in c.rubric:
            if not (0 <= band.low <= band.high <= c.max_points):
                raise Refused(f"评分项“{c.label}”的分档{band.low}–{band.high}超出0–{c.max_points}。")
    with writing():
        template, _ = CriteriaTemplate.get_or_create(name=name.strip())
        TemplateCriterion.delete().where(TemplateCriterion.template == template).execute()
        for position, c in enumerate(criteria, start=1):
            TemplateCriterion.create(template=template, position=position, key=c.key, label=c.label,
                                     max_points=c.max_points, rubric=rubric_json(c.rubric))
        audit.record("保存评审标准", f"template/{template.id}", None,
                     [[c.key, c.label, c.max_points, rubric_json(c.rubric)] for c in criteria])
    return template.id


def create_meeting_from_template(settings: MeetingSettings, template_id: int) -> Meeting:
    template = CriteriaTemplate.get_or_none(CriteriaTemplate.id == template_id)
    if template is None:
        raise Refused("评审标准不存在。")
    return create_meeting(settings, template)
