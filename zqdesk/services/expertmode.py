"""The expert's laptop (SPEC §8.3): a scoring package opened into a local database of its own,
scored there with the same services as in the meeting room, and a result file exported from it.

The local database holds only what the package carried: the meeting's name and criteria, the
expert's assigned projects with their documents, the expert alone on the panel. The usual
`enter_score`, `save_review`, `submit` and `expert_sheet` work on it unchanged, with the local
meeting and expert ids that `expert_mode_info()` gives.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from zqdesk.core.types import Band, Criterion, ProjectFacts
from zqdesk.core.vocab import Kind, Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import offline
from zqdesk.services.access import Action, Actor, ActorRole, acting_as, require
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import MeetingSettings, create_meeting_from_template, get_meeting, save_template
from zqdesk.services.panel import add_experts, set_pin
from zqdesk.services.projects import add_projects
from zqdesk.services.sheetio import SheetData, read_sheets, write_sheets
from zqdesk.storage import audit
from zqdesk.storage.db import close_database, open_database, writing
from zqdesk.storage.models import Attachment, Project, ScoringRound, Setting

SETTING = "expert_mode"


@dataclass(frozen=True)
class ExpertModeInfo:
    """What the laptop's database was made from: the ids to score with, and whose it is."""

    meeting_id: int
    expert_id: int
    meeting_name: str
    expert_name: str
    issued_at: str
    revision: int  # the last result file exported (the package's base revision before any)
    deviation_asked: tuple[str, ...]


def open_package(package_path: Path | str, code: str, local_db_path: Path | str,
                 pin: str | None = None) -> ExpertModeInfo:
    """Verify the package with the code from the slip and create the local database from it.
    The local database stays open for scoring. Refused (nothing created) if the code is wrong,
    the package was changed, or the local file already exists.

    With `pin`, the expert's seat gets that PIN, so they log in on the laptop as in the meeting
    room (`accounts.expert_login`); `login_with_code` is the way in without one."""
    secret = offline.secret_of(code)
    local = Path(local_db_path)
    if local.exists() and local.stat().st_size > 0:
        raise Refused(f"“{local}”已存在。请为该评分数据包另选一个文件名，以免覆盖已有的评分。")
    with offline.opened_package(Path(package_path)) as (manifest, attachment):
        document = offline.parse_signed(manifest, offline.PACKAGE_FORMAT, "评分数据包")
        algorithm = offline.usable_algorithm(document, "评分数据包")
        if document.get("key_check") != offline.key_check(secret, algorithm):
            raise Refused("校验码不正确：与该评分数据包不符。请核对纸条上的16位校验码后重新输入。")
        if not offline.signed_by(document, secret):
            raise Refused("评分数据包已被改动（校验未通过），请向会务人员重新领取。")
        try:
            blobs = {a["sha256"]: attachment(a["sha256"], a["size"])
                     for p in document["projects"] for a in p["attachments"]}
        except (KeyError, TypeError):
            raise Refused("评分数据包内容不完整，可能由不兼容的版本生成。") from None
    try:
        close_database()  # the database open until now stays as it was; the laptop works on this one
        open_database(local)
        # Nobody has an account on a fresh laptop: the code the expert typed is what authorises
        # building their database, so it is built as in-process work done on their behalf.
        builder = Actor(f"{document['expert']['name']}（评分数据包）", ActorRole.SYSTEM)
        with acting_as(builder), writing():
            _build(document, blobs, secret, offline.digest(manifest))
            if pin is not None:
                info = expert_mode_info()
                set_pin(info.meeting_id, info.expert_id, pin)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        _discard(local)
        # Signed by the clerk's zqdesk, so a shape this one cannot read is another version's.
        raise Refused("评分数据包内容不完整，可能由不兼容的版本生成。") from None
    except BaseException:
        _discard(local)
        raise
    return expert_mode_info()


def _discard(local: Path) -> None:
    """Remove the half-built local database: a package is opened whole or not at all."""
    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{local}{suffix}").unlink(missing_ok=True)


def _build(package: dict, blobs: dict[str, bytes], secret: bytes, package_digest: str) -> None:
    """Fill the new local database through the normal services, inside one transaction."""
    settings, person = package["settings"], package["expert"]
    criteria = [
        Criterion(c["key"], c["label"], Decimal(c["max"]),
                  tuple(Band(Decimal(lo), Decimal(hi), text) for lo, hi, text in c["rubric"]))
        for c in package["criteria"]
    ]
    facts = [_facts(p["facts"]) for p in package["projects"]]
    sheets = [SheetData.from_json(item) for item in package["sheets"]]
    name = package["meeting"]["name"]
    template_id = save_template(f"{name}（评分数据包）", criteria)
    meeting = create_meeting_from_template(MeetingSettings(
        name, Kind(settings["kind"]), settings["plan_year"], venue=settings["venue"],
        held_on=date.fromisoformat(settings["held_on"]) if settings["held_on"] else None), template_id)
    add_projects(meeting.id, facts)
    # Seated as a member whatever their role in the room: the chair's powers have no use offline.
    member = add_experts(meeting.id, [ExpertRow(person["name"], person["organisation"], person["title"],
                                                person["department"], Role.MEMBER, (), "")])[0]
    for r in package["rounds"]:
        ScoringRound.create(meeting=meeting, number=r["number"], reason=r["reason"],
                            opened_at=datetime.fromisoformat(r["opened_at"]), project_codes=r["codes"])
        audit.record("开启重新评分", f"meeting/{meeting.id}/round/{r['number']}", None, r["codes"], r["reason"])
    ids = dict(Project.select(Project.code, Project.id).where(Project.meeting == meeting).tuples())
    for p in package["projects"]:
        for a in p["attachments"]:
            row = Attachment.create(project=ids[p["facts"]["code"]], name=a["name"], sha256=a["sha256"],
                                    size=a["size"], data=blobs[a["sha256"]])
            audit.record("添加附件", f"attachment/{row.id}", None,
                         {"project": p["facts"]["code"], "name": a["name"], "sha256": a["sha256"]})
    write_sheets(meeting, member.expert_id, sheets, "载入评分数据包", "会务人员处已有的评分")
    state = {
        "meeting": package["meeting"], "expert": {k: person[k] for k in ("id", "name", "organisation")},
        "local_meeting": meeting.id, "local_expert": member.expert_id, "issued_at": package["issued_at"],
        "revision": package["base_revision"], "algorithm": package["algorithm"], "key_check": package["key_check"],
        "deviation_asked": package["deviation_asked"], "package_digest": package_digest,
    }
    audit.record("打开评分数据包", "expert-mode", None, state)
    # Kept so the result can be signed without retyping the code; masked by this laptop's key.
    state["secret"] = offline.wrap(secret, [audit.database_id(), "expert-mode"])
    Setting.create(key=SETTING, value=json.dumps(state, ensure_ascii=False))


def _facts(item: dict) -> ProjectFacts:
    lists = ("deployment", "self_built", "sharing_departments", "plan_elements")
    return ProjectFacts(**{
        **item, "kind": Kind(item["kind"]), "total_investment": Decimal(item["total_investment"]),
        "requested": Decimal(item["requested"]), "submitted_on": date.fromisoformat(item["submitted_on"]),
        **{name: tuple(item[name]) for name in lists},
    })


def login_with_code(code: str) -> Actor:
    """The expert of this laptop's database, logged in with the code from their slip."""
    state = _state()
    if state is None:
        raise Refused("当前数据库不是由评分数据包创建的。")
    if offline.key_check(offline.secret_of(code), state["algorithm"]) != state["key_check"]:
        raise Refused("校验码不正确，请核对纸条上的16位校验码。")
    return Actor(state["expert"]["name"], ActorRole.EXPERT, expert_id=state["local_expert"],
                 meeting_id=state["local_meeting"])


def _state() -> dict | None:
    row = Setting.get_or_none(Setting.key == SETTING)
    return None if row is None else json.loads(row.value)


def expert_mode_info() -> ExpertModeInfo | None:
    """The open database's package, or None for an ordinary (clerk's) database."""
    state = _state()
    if state is None:
        return None
    return ExpertModeInfo(state["local_meeting"], state["local_expert"], state["meeting"]["name"],
                          state["expert"]["name"], state["issued_at"], state["revision"],
                          tuple(state["deviation_asked"]))


@dataclass(frozen=True)
class ExportedResult:
    path: Path
    revision: int
    sheets: int
    submitted: int


def export_result(out_path: Path | str, local_db_path: Path | str | None = None,
                  code: str | None = None) -> ExportedResult:
    """Write the expert's result file: every sheet they have, signed, with the next revision.
    `code` is needed only when the saved one cannot be used (the database came from another
    computer)."""
    if local_db_path is not None:
        close_database()
        open_database(local_db_path, create=False)
    state = _state()
    if state is None:
        raise Refused("当前数据库不是由评分数据包创建的，不能导出评分结果文件。")
    require(Action.SCORE_OWN, meeting_id=state["local_meeting"], expert_id=state["local_expert"])
    try:
        secret = (offline.secret_of(code) if code
                  else offline.unwrap(state["secret"], [audit.database_id(), "expert-mode"]))
    except ValueError:
        raise Refused("本机保存的校验码无法使用（数据库可能是从其他电脑复制来的），请输入纸条上的校验码后再导出。") from None
    if offline.key_check(secret, state["algorithm"]) != state["key_check"]:
        raise Refused("校验码与评分数据包不符。请输入纸条上的16位校验码后再导出。")
    sheets = list(read_sheets(get_meeting(state["local_meeting"]), state["local_expert"]).values())
    revision = state["revision"] + 1
    out_path = Path(out_path)
    # The revision is committed before the file is written: a failed write only skips a number,
    # while two different files under one number would be refused by the clerk.
    with writing():
        audit.record("导出评分结果文件", "expert-mode", {"revision": state["revision"]},
                     {"revision": revision, "file": out_path.name, "sheets": len(sheets)})
        Setting.update(value=json.dumps(dict(state, revision=revision), ensure_ascii=False)).where(
            Setting.key == SETTING).execute()
    document = {
        "format": offline.RESULT_FORMAT, "meeting": state["meeting"], "expert": state["expert"],
        "revision": revision, "created_at": datetime.now().replace(microsecond=0),
        "sheets": [s.to_json() for s in sheets],
    }
    data = offline.sign(document, secret)
    offline.write_atomically(out_path, lambda target: target.write_bytes(data))
    return ExportedResult(out_path, revision, len(sheets), sum(1 for s in sheets if s.submitted_at))
