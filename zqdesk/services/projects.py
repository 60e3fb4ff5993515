"""Adding applications to a meeting, recusing experts from their own unit's projects, and the
compliance pre-check."""

import re
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

from zqdesk.core.rules import CheckContext, check_project
from zqdesk.core.types import AcceptanceAttempt, Finding, ProjectFacts
from zqdesk.core.vocab import Kind
from zqdesk.io.projects import read_projects
from zqdesk.services.access import Action, require
from zqdesk.services.calendar import load_calendar
from zqdesk.services.convert import facts_of, row_values
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import writable_meeting
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import (
    AcceptanceRecord, Expert, FindingRecord, Meeting, PanelMember, Project, Recusal, Unit,
)
from zqdesk.storage.rows import converted_rows

_CODE = re.compile(r"^ZQ-(\d{4})-(\d{3,})$")


def import_projects(meeting_id: int, path: Path | str) -> list[Project]:
    """Import an applications spreadsheet into a meeting; all rows or none."""
    return add_projects(meeting_id, read_projects(Path(path)))


def add_projects(meeting_id: int, items: Sequence[ProjectFacts]) -> list[Project]:
    """Add applications (codes assigned where blank), recuse experts of the applying units."""
    require(Action.PROJECT_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    existing = {code for (code,) in Project.select(Project.code).where(Project.meeting == meeting).tuples()}
    clashes = [f.code for f in items if f.code and f.code in existing]
    if clashes:
        raise Refused(f"项目编号已存在于本评审会：{'、'.join(clashes)}。未导入任何项目。")
    items = _with_codes(items, existing)
    created = []
    with writing():
        for facts in items:
            unit, _ = Unit.get_or_create(name=facts.unit, defaults={"unit_type": facts.unit_type})
            if facts.unit_type and unit.unit_type != facts.unit_type:
                unit.unit_type = facts.unit_type
                unit.save()
            created.append(Project.create(meeting=meeting, unit=unit, **row_values(facts)))
            audit.record("添加项目", f"project/{meeting.id}/{facts.code}", None, _facts_record(facts))
        recuse_own_unit(meeting)
    return created


def _facts_record(facts: ProjectFacts) -> dict:
    record = row_values(facts)
    record["unit"] = facts.unit
    record["unit_type"] = facts.unit_type
    return record


def _with_codes(items: Sequence[ProjectFacts], taken: set[str]) -> list[ProjectFacts]:
    """Give every project without a code the next free ZQ-{plan year}-{nnn}."""
    next_number: dict[int, int] = {}
    for code in taken | {f.code for f in items if f.code}:
        match = _CODE.match(code)
        if match:
            year = int(match.group(1))
            next_number[year] = max(next_number.get(year, 1), int(match.group(2)) + 1)
    result = []
    for facts in items:
        if not facts.code:
            number = next_number.get(facts.plan_year, 1)
            next_number[facts.plan_year] = number + 1
            facts = replace(facts, code=f"ZQ-{facts.plan_year}-{number:03d}")
        result.append(facts)
    return result


def recuse_own_unit(meeting: Meeting) -> int:
    """Recuse every panel member from the projects of the unit they work for; returns how many
    recusals were added. Called inside the caller's write transaction."""
    members = (
        Expert.select(Expert.id, Expert.organisation)
        .join(PanelMember).where(PanelMember.meeting == meeting).tuples()
    )
    by_unit: dict[str, list[int]] = {}
    for expert_id, organisation in members:
        by_unit.setdefault(organisation.strip(), []).append(expert_id)
    already = {
        (p, e) for p, e in Recusal.select(Recusal.project, Recusal.expert)
        .join(Project).where(Project.meeting == meeting).tuples()
    }
    added = 0
    rows = Project.select(Project.id, Unit.name).join(Unit).where(Project.meeting == meeting).tuples()
    for project_id, unit_name in rows:
        for expert_id in by_unit.get(unit_name.strip(), ()):
            if (project_id, expert_id) not in already:
                Recusal.create(project=project_id, expert=expert_id, automatic=True, reason="本单位申报项目")
                audit.record("自动回避", f"recusal/{project_id}/{expert_id}", None, {"reason": "本单位申报项目"})
                added += 1
    return added


def meeting_facts(meeting: Meeting) -> list[ProjectFacts]:
    # Plain rows, each column converted by its field once per distinct value, in ProjectFacts'
    # own field order: a meeting's results read every project, and model instances cost three
    # times the query.
    rows = Project.select(*_FACT_COLUMNS).join(Unit).where(Project.meeting == meeting).order_by(Project.code)
    k = _KIND_AT
    return [
        ProjectFacts(*values[:k], Kind(values[k]), *values[k + 1:]) for values in converted_rows(rows, _FACT_COLUMNS)
    ]


# The column holding each ProjectFacts field, in the dataclass's order.
_UNIT_COLUMNS = {"unit": Unit.name, "unit_type": Unit.unit_type}
_FACT_COLUMNS = [
    _UNIT_COLUMNS[f.name] if f.name in _UNIT_COLUMNS else getattr(Project, f.name) for f in fields(ProjectFacts)
]
_KIND_AT = [f.name for f in fields(ProjectFacts)].index("kind")


def acceptance_history() -> list[AcceptanceAttempt]:
    rows = AcceptanceRecord.select(AcceptanceRecord, Unit.name).join(Unit)
    return [AcceptanceAttempt(r.unit.name, r.project_name, r.held_on, r.passed) for r in rows]


def check_context(meeting: Meeting, as_of: date | None = None) -> CheckContext:
    """The pre-check's context: the deadline clock stops when the meeting is finalised."""
    if as_of is None:
        as_of = meeting.finalised_at.date() if meeting.finalised_at else date.today()
    return CheckContext(as_of=as_of, calendar=load_calendar(), acceptance_history=acceptance_history())


def meeting_findings(meeting: Meeting, as_of: date | None = None) -> dict[str, list[Finding]]:
    ctx = check_context(meeting, as_of)
    return {facts.code: check_project(facts, ctx) for facts in meeting_facts(meeting)}


def run_precheck(meeting_id: int, as_of: date | None = None) -> dict[str, list[Finding]]:
    """Run every rule on every project and record the findings as of this check."""
    require(Action.PRECHECK, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    findings = meeting_findings(meeting, as_of)
    ids = dict(Project.select(Project.code, Project.id).where(Project.meeting == meeting).tuples())
    with writing():
        FindingRecord.delete().where(FindingRecord.project.in_(list(ids.values()))).execute()
        audit.record("合规预审", f"meeting/{meeting.id}/precheck", None,
                     {code: [f.rule_id for f in items] for code, items in sorted(findings.items())})
        for code, items in findings.items():
            for f in items:
                FindingRecord.create(
                    project=ids[code], rule_id=f.rule_id, article=f.article,
                    severity=str(f.severity), message=f.message,
                )
    return findings


def update_project(meeting_id: int, code: str, facts: ProjectFacts) -> None:
    """Replace a project's facts (its code stays); recusals follow a change of unit."""
    require(Action.PROJECT_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    values = row_values(replace(facts, code=code))
    before = _facts_record(facts_of(project, project.unit.name, project.unit.unit_type))
    with writing():
        audit.record("修改项目", f"project/{meeting.id}/{code}", before, _facts_record(replace(facts, code=code)))
        unit, _ = Unit.get_or_create(name=facts.unit, defaults={"unit_type": facts.unit_type})
        Project.update(unit=unit, **values).where(Project.id == project.id).execute()
        if unit.id != project.unit_id:
            Recusal.delete().where((Recusal.project == project) & (Recusal.automatic == True)).execute()  # noqa: E712
        recuse_own_unit(meeting)


def delete_project(meeting_id: int, code: str) -> None:
    """Remove an application and everything entered for it (the GUI asks first)."""
    require(Action.PROJECT_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    before = _facts_record(facts_of(project, project.unit.name, project.unit.unit_type))
    with writing():
        project.delete_instance(recursive=True)
        audit.record("删除项目", f"project/{meeting.id}/{code}", before, None)
