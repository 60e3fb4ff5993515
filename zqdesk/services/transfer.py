"""Moving a whole meeting between databases (issue #8): from one PC's SQLite file to the review
room's server and back, or between two files. `zqdesk-cli meeting export ID OUT` writes a
meeting file; `zqdesk-cli meeting import IN` adds it to the open database as a new meeting
(once: the same file again, or a meeting into the database it came from, is refused).

The file holds every row of the meeting without database ids (projects by code, experts by
name and organisation, units by name): settings, criteria, envelopes, applications with their
units' acceptance history, panel (with PIN hashes), recusals, rounds, every sheet (drafts
too), findings, overrides, attachments and opinion texts, with a SHA-256 of all of it and
the meeting's content fingerprint (the one printed on its documents).

The import is one transaction: after writing, it reads the new meeting back, and commits only
if that reads exactly as the file (same digest) and its content fingerprint equals the
exporting database's. Score rows are sealed with this database's key and every sheet is
logged in its audit chain, which also records where the meeting came from. Not moved:
scoring packages issued to experts' laptops (re-issue them here), the source's audit log
(it stays with the source; its head is recorded), and the holiday calendar.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import peewee

from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.services.offline import write_atomically
from zqdesk.storage import audit
from zqdesk.storage.db import is_server_database, writing
from zqdesk.storage.fields import ListField, MoneyField, PointsField
from zqdesk.storage.models import (
    AcceptanceRecord, Attachment, AuditEntry, Conclusion, Envelope, Expert, FindingOverride, FindingRecord, Meeting,
    MeetingCriterion, PanelMember, Project, Recusal, Review, Score, ScoringRound, TierOverride, Unit,
)
from zqdesk.storage.sheets import seal, sheet_target, snapshot

FORMAT = "zqdesk-meeting"
VERSION = 1
# Rows that hang off a project: (key in the file, model, extra natural keys).
PROJECT_ROWS = (
    ("recusals", Recusal), ("scores", Score), ("reviews", Review), ("findings", FindingRecord),
    ("finding_overrides", FindingOverride), ("tier_overrides", TierOverride), ("attachments", Attachment),
    ("conclusions", Conclusion),
)
NOT_MOVED = {
    Score: {"mac"}, Review: {"mac"}, PanelMember: {"pin_failures", "pin_locked_until"},
}


def export_meeting(meeting_id: int, out: Path | str) -> dict:
    """Write the meeting file; returns its header (digest, fingerprint)."""
    require(Action.ADMINISTER)
    out = Path(out)
    if out.exists():
        raise Refused(f"“{out}”已存在，未覆盖。请换一个文件名。")
    meeting = Meeting.get_or_none(Meeting.id == meeting_id)
    if meeting is None:
        raise Refused(f"没有编号为{meeting_id}的评审会。")
    content = meeting_content(meeting)
    count, head = audit.chain_head()
    document = {
        "format": FORMAT, "version": VERSION, "exported_at": datetime.now().isoformat(timespec="seconds"),
        "source": {"database_id": audit.database_id(), "meeting_id": meeting.id,
                   "backend": "server" if is_server_database() else "sqlite", "audit_count": count, "audit_head": head},
        "digest": content_digest(content), "fingerprint": _fingerprint(meeting.id), "content": content,
    }
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    if not out.parent.is_dir():
        raise Refused(f"无法写入“{out}”：文件夹“{out.parent}”不存在。")
    write_atomically(out, lambda target: target.write_bytes(data))
    with writing():
        audit.record("导出评审会", f"meeting/{meeting.id}", None,
                     {"file": out.name, "digest": document["digest"], "fingerprint": document["fingerprint"]})
    return {key: document[key] for key in ("digest", "fingerprint", "source")}


def import_meeting(source: Path | str) -> int:
    """Add the meeting of a meeting file to the open database; returns its new id. All or
    nothing: refused (nothing written) if the file is damaged or the meeting does not read
    back exactly as exported."""
    require(Action.ADMINISTER)
    document = read_meeting_file(source)
    content = document["content"]
    _check_shared_rows(content)
    with writing():
        _refuse_a_second_copy(document)
        meeting = _insert(content)
        if not same_meeting(content, meeting_content(meeting)):
            raise Refused(f"导入后的评审会与文件“{Path(source).name}”内容不一致，已撤销导入。")
        fingerprint = _fingerprint(meeting.id)
        if fingerprint != document["fingerprint"]:
            raise Refused(
                f"导入后的评审会内容指纹（{fingerprint['algorithm']} {fingerprint['hexdigest'][:16]}）与导出时"
                f"（{document['fingerprint']['hexdigest'][:16]}）不符，已撤销导入。")
        audit.record("导入评审会", f"meeting/{meeting.id}", None, {
            "file": Path(source).name, "source": document["source"], "digest": document["digest"],
            "fingerprint": fingerprint,
        })
    return meeting.id


def _refuse_a_second_copy(document: dict) -> None:
    """The same file imported again, or a meeting brought back into the database it came
    from, would stand twice in one database: refused, naming the one already here. (A newer
    export of the same meeting, with other content, is imported as another meeting.)"""
    source = document.get("source") or {}
    if source.get("database_id") == audit.database_id():
        here = Meeting.get_or_none(Meeting.id == source.get("meeting_id"))
        if here is not None:
            raise Refused(f"该评审会就是本数据库中的评审会#{here.id}“{here.name}”，无需导入，未作改动。")
    earlier = (AuditEntry.select(AuditEntry.target, AuditEntry.new, AuditEntry.at)
               .where((AuditEntry.action == "导入评审会") & AuditEntry.target.startswith("meeting/"))
               .order_by(AuditEntry.seq))
    for entry in earlier:
        said = json.loads(entry.new or "{}")
        if said.get("digest") != document["digest"] or said.get("source", {}).get("database_id") != source.get(
                "database_id"):
            continue
        here = Meeting.get_or_none(Meeting.id == int(entry.target.split("/", 1)[1]))
        if here is not None:
            raise Refused(f"该文件已于{entry.at[:16].replace('T', ' ')}导入为评审会#{here.id}“{here.name}”，"
                          "未重复导入。")


def read_meeting_file(source: Path | str) -> dict:
    path = Path(source)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise Refused(f"找不到评审会文件“{path}”。") from None
    except (OSError, ValueError):
        raise Refused(f"“{path.name}”不是zqdesk评审会文件或已损坏。") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Refused(f"“{path.name}”不是zqdesk评审会文件。")
    if document.get("version") != VERSION:
        raise Refused(f"“{path.name}”由其他版本的zqdesk导出（格式版本{document.get('version')}），本程序无法导入。")
    if content_digest(document["content"]) != document.get("digest"):
        raise Refused(f"“{path.name}”内容与其校验值不符，文件已损坏或被修改，未导入。")
    return document


# -- the meeting as plain data ----------------------------------------------------------


def meeting_content(meeting: Meeting) -> dict:
    """Every row of the meeting, without database ids, in a fixed order."""
    projects = list(Project.select().where(Project.meeting == meeting).order_by(Project.code))
    codes = {p.id: p.code for p in projects}
    members = list(PanelMember.select().where(PanelMember.meeting == meeting).order_by(PanelMember.seat))
    expert_ids = {m.expert_id for m in members}
    units = {u.id: u for u in Unit.select().where(Unit.id.in_(sorted({p.unit_id for p in projects}) or [0]))}
    content = {
        "meeting": _row(meeting),
        "criteria": _rows(MeetingCriterion.select().where(MeetingCriterion.meeting == meeting), ("position",)),
        "envelopes": _rows(Envelope.select().where(Envelope.meeting == meeting), ("funding_source",)),
        "rounds": _rows(ScoringRound.select().where(ScoringRound.meeting == meeting), ("number",)),
        "units": sorted((_row(u) for u in units.values()), key=lambda u: u["name"]),
        # The units' acceptance history (第十六条(三)): merged into the units of the same name.
        "acceptances": sorted((dict(_row(r), unit=units[r.unit_id].name) for r in AcceptanceRecord.select().where(
            AcceptanceRecord.unit.in_(list(units) or [0]))), key=_canonical),
        "projects": [dict(_row(p), unit=units[p.unit_id].name) for p in projects],
    }
    for row in Recusal.select(Recusal.expert).join(Project).where(Project.meeting == meeting):
        expert_ids.add(row.expert_id)
    for model in (Score, Review):
        expert_ids |= {e for (e,) in model.select(model.expert).join(Project).where(Project.meeting == meeting).tuples()}
    experts = {e.id: e for e in Expert.select().where(Expert.id.in_(sorted(expert_ids) or [0]))}
    content["experts"] = sorted((_row(e) for e in experts.values()), key=lambda e: (e["name"], e["organisation"]))
    content["panel"] = [dict(_row(m), expert=_who(experts[m.expert_id])) for m in members]
    for key, model in PROJECT_ROWS:
        rows = []
        for row in model.select().join(Project).where(Project.meeting == meeting):
            item = dict(_row(row), code=codes[row.project_id])
            if "expert" in model._meta.fields:
                item["expert"] = _who(experts[row.expert_id])
            rows.append(item)
        content[key] = sorted(rows, key=_canonical)
    return content


def same_meeting(exported: dict, here: dict) -> bool:
    """Whether a meeting read back here is the one exported: every row equal, and the units'
    acceptance history containing what the file had (this database may know more of it)."""
    rest = [k for k in exported if k != "acceptances"]
    if content_digest({k: exported[k] for k in rest}) != content_digest({k: here.get(k) for k in rest}):
        return False
    known = {_canonical(item) for item in here.get("acceptances", [])}
    return all(_canonical(item) in known for item in exported.get("acceptances", []))


def content_digest(content: dict) -> str:
    return hashlib.sha256(_canonical(content).encode("utf-8")).hexdigest()


def _fingerprint(meeting_id: int) -> dict:
    from zqdesk.reports.data import load_report_data
    from zqdesk.reports.fingerprint import report_fingerprint
    from zqdesk.services.results import compute_results

    found = report_fingerprint(load_report_data(compute_results(meeting_id)))
    return {"algorithm": found.algorithm, "hexdigest": found.hexdigest}


def _row(row: peewee.Model) -> dict:
    skip = NOT_MOVED.get(type(row), set())
    return {
        f.name: _plain(getattr(row, f.name)) for f in row._meta.sorted_fields
        if not isinstance(f, (peewee.AutoField, peewee.ForeignKeyField)) and f.name not in skip
    }


def _rows(query, order: tuple[str, ...]) -> list[dict]:
    return sorted((_row(r) for r in query), key=lambda item: tuple(item[k] for k in order))


def _who(expert: Expert) -> list[str]:
    return [expert.name, expert.organisation]


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, tuple):
        return list(value)
    return value


def _canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _value(field: peewee.Field, value):
    """A value of the file turned back into what the field holds."""
    if value is None:
        return None
    if isinstance(field, (MoneyField, PointsField)):
        return Decimal(value)
    if isinstance(field, peewee.DateTimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, peewee.DateField):
        return date.fromisoformat(value)
    if isinstance(field, peewee.BlobField):
        return base64.b64decode(value)
    if isinstance(field, ListField):
        return tuple(value)
    return value


def _fields(model, item: dict) -> dict:
    fields = model._meta.fields
    return {name: _value(fields[name], value) for name, value in item.items() if name in fields
            and not isinstance(fields[name], peewee.ForeignKeyField)}


# -- writing it into this database -------------------------------------------------------


def _check_shared_rows(content: dict) -> None:
    """Units and experts are shared by every meeting of a database: one already here under the
    same name must say the same, or the import would change other meetings."""
    for item in content["units"]:
        here = Unit.get_or_none(Unit.name == item["name"])
        if here is not None and here.unit_type != item["unit_type"]:
            raise Refused(f"本数据库中的建设单位“{item['name']}”单位类型为“{here.unit_type}”，与文件中的"
                          f"“{item['unit_type']}”不同，未导入。请先核对统一。")
    for item in content["experts"]:
        here = Expert.get_or_none((Expert.name == item["name"]) & (Expert.organisation == item["organisation"]))
        if here is None:
            continue
        differs = [k for k in ("title", "department", "phone") if getattr(here, k) != item[k]]
        if differs:
            raise Refused(f"本数据库中的专家“{item['name']}（{item['organisation']}）”信息与文件不同"
                          f"（{'、'.join(differs)}），未导入。请先核对统一。")


def _insert(content: dict) -> Meeting:
    meeting = Meeting.create(**_fields(Meeting, content["meeting"]))
    for key, model in (("criteria", MeetingCriterion), ("envelopes", Envelope), ("rounds", ScoringRound)):
        for item in content[key]:
            model.create(meeting=meeting, **_fields(model, item))
    units = {}
    for item in content["units"]:
        units[item["name"]], _ = Unit.get_or_create(name=item["name"], defaults={"unit_type": item["unit_type"]})
    for item in content["acceptances"]:
        AcceptanceRecord.get_or_create(unit=units[item["unit"]], **_fields(AcceptanceRecord, item))
    experts = {}
    for item in content["experts"]:
        expert, _ = Expert.get_or_create(name=item["name"], organisation=item["organisation"],
                                         defaults=_fields(Expert, item))
        experts[(item["name"], item["organisation"])] = expert
    projects = {}
    for item in content["projects"]:
        projects[item["code"]] = Project.create(meeting=meeting, unit=units[item["unit"]], **_fields(Project, item))
    for item in content["panel"]:
        PanelMember.create(meeting=meeting, expert=experts[tuple(item["expert"])], **_fields(PanelMember, item))
    for key, model in PROJECT_ROWS:
        for item in content[key]:
            extra = {"expert": experts[tuple(item["expert"])]} if "expert" in item else {}
            model.create(project=projects[item["code"]], **extra, **_fields(model, item))
    sheets = {(projects[i["code"]].id, experts[tuple(i["expert"])].id, i["round"])
              for key in ("scores", "reviews") for i in content[key]}
    for project_id, expert_id, round_number in sorted(sheets):
        seal(project_id, expert_id, round_number)
        audit.record("导入评审会", sheet_target(project_id, expert_id, round_number), None,
                     snapshot(project_id, expert_id, round_number), f"评审会#{meeting.id}自文件导入")
    return meeting
