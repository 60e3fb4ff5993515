"""The clerk's side of offline scoring (SPEC §8.3): a scoring package per expert, carried to
their laptop on a stick, and the result files that come back, verified and merged.

Each result file is checked and merged in its own transaction: one bad file among many is
refused with its reason and the good ones still go in, and a refused file writes nothing.
"""

from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from zqdesk.services import offline
from zqdesk.services.access import Action, require
from zqdesk.services.attachments import attachment_bytes
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import get_meeting, meeting_criteria, writable_meeting
from zqdesk.services.merge import check_result
from zqdesk.services.panel import panel_member
from zqdesk.services.projects import meeting_facts
from zqdesk.services.scoring import expert_sheet
from zqdesk.services.sheetio import read_sheets, write_sheets
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import Attachment, Expert, ExpertPackage, Meeting, Project, ScoringRound


def meeting_identity(meeting: Meeting) -> dict:
    """What names a meeting across machines: this database's identity and the meeting's id."""
    return {"database": audit.database_id(), "id": meeting.id, "name": meeting.name}


def _secret(row: ExpertPackage) -> bytes:
    try:
        return offline.unwrap(row.secret, [audit.database_id(), row.meeting_id, row.expert_id])
    except ValueError:
        raise Refused("本机的安装密钥与发放评分数据包时不同（数据库可能是从其他电脑复制或恢复来的），"
                      "无法校验该专家的结果文件。请为该专家换发校验码并重新导出评分数据包。") from None


def _wrapped(secret: bytes, meeting_id: int, expert_id: int) -> str:
    return offline.wrap(secret, [audit.database_id(), meeting_id, expert_id])


def export_package(meeting_id: int, expert_id: int, out_path: Path | str, new_secret: bool = False,
                   with_attachments: bool = True) -> str:
    """Write the expert's scoring package and return the code to print on their slip.

    The expert keeps the same code on a re-export (a re-scoring round, a lost stick) unless
    `new_secret`, which also voids every result file made with the old code."""
    # Handing an expert the key to their own sheets is the clerk's panel work.
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    expert = panel_member(meeting, expert_id).expert
    lines = expert_sheet(meeting_id, expert_id)
    if not lines:
        raise Refused(f"{expert.name}在本评审会没有需要评分的项目（均已回避或仅抄送备案），无需导出评分数据包。")
    row = ExpertPackage.get_or_none((ExpertPackage.meeting == meeting) & (ExpertPackage.expert == expert_id))
    secret = offline.new_secret() if row is None or new_secret else _secret(row)
    issued_at = datetime.now().replace(microsecond=0)
    manifest, blobs = _manifest(meeting, expert, lines, row.merged_revision if row else 0, with_attachments)
    manifest.update(issued_at=issued_at, key_check=offline.key_check(secret))
    out_path = Path(out_path)
    # The file first: if it cannot be written, the clerk's records stay as they were.
    offline.write_package(out_path, offline.sign(manifest, secret), blobs)
    with writing():
        old = None if row is None else {"issued_at": row.issued_at}
        if row is None:
            row = ExpertPackage.create(meeting=meeting, expert=expert_id, secret="", issued_at=issued_at)
        ExpertPackage.update(secret=_wrapped(secret, meeting.id, expert_id), issued_at=issued_at).where(
            ExpertPackage.id == row.id).execute()
        # The secret itself never goes into the log; only that a new one was made.
        audit.record("发放评分数据包", f"package/{meeting.id}/{expert_id}", old, {
            "issued_at": issued_at, "new_secret": old is None or new_secret, "file": out_path.name,
            "projects": [line.code for line in lines], "attachments": len(blobs),
        })
    return offline.code_of(secret)


def _manifest(meeting: Meeting, expert: Expert, lines, base_revision: int,
              with_attachments: bool) -> tuple[dict, dict[str, bytes]]:
    """The package's content: only what this expert needs to score their projects."""
    codes = [line.code for line in lines]
    rounds = {line.code: line.round for line in lines}
    facts = {f.code: f for f in meeting_facts(meeting) if f.code in rounds}
    ids = dict(Project.select(Project.code, Project.id).where(Project.meeting == meeting).tuples())
    blobs: dict[str, bytes] = {}
    projects = []
    for code in codes:
        attachments = []
        if with_attachments:
            for item in Attachment.select(Attachment.id, Attachment.name, Attachment.sha256, Attachment.size).where(
                    Attachment.project == ids[code]).order_by(Attachment.id):
                blobs[item.sha256] = attachment_bytes(item.id)  # refused if the stored file was changed
                attachments.append({"name": item.name, "sha256": item.sha256, "size": item.size})
        projects.append({"facts": asdict(facts[code]), "round": rounds[code], "attachments": attachments})
    later_rounds = [
        {"number": r.number, "reason": r.reason, "opened_at": r.opened_at,
         "codes": sorted(set(r.project_codes) & set(codes))}
        for r in ScoringRound.select().where(ScoringRound.meeting == meeting).order_by(ScoringRound.number)
        if set(r.project_codes) & set(codes)
    ]
    member_role = panel_member(meeting, expert.id).role
    manifest = {
        "format": offline.PACKAGE_FORMAT,
        "meeting": meeting_identity(meeting),
        "settings": {"kind": meeting.kind, "plan_year": meeting.plan_year, "held_on": meeting.held_on,
                     "venue": meeting.venue},
        "expert": {"id": expert.id, "name": expert.name, "organisation": expert.organisation,
                   "title": expert.title, "department": expert.department, "role": member_role},
        "base_revision": base_revision,
        "criteria": [
            {"key": c.key, "label": c.label, "max": str(c.max_points),
             "rubric": [[str(b.low), str(b.high), b.description] for b in c.rubric]}
            for c in meeting_criteria(meeting)
        ],
        "rounds": later_rounds,
        "projects": projects,
        "sheets": [s.to_json() for s in read_sheets(meeting, expert.id, current_only=True).values()],
        "deviation_asked": sorted(line.code for line in lines if line.deviation_asked),
    }
    return manifest, blobs


@dataclass(frozen=True)
class IssuedPackage:
    """An expert who was given a package, and the latest result file merged from them."""

    expert_id: int
    name: str
    issued_at: datetime
    merged_revision: int


def issued_packages(meeting_id: int) -> list[IssuedPackage]:
    require(Action.READ_MEETING, meeting_id=meeting_id)
    meeting = get_meeting(meeting_id)
    rows = (ExpertPackage.select(ExpertPackage, Expert).join(Expert)
            .where(ExpertPackage.meeting == meeting).order_by(Expert.name))
    return [IssuedPackage(r.expert.id, r.expert.name, r.issued_at, r.merged_revision) for r in rows]


def package_code(meeting_id: int, expert_id: int) -> str:
    """The code of an issued package again, to reprint a lost slip."""
    require(Action.PANEL_EDIT, meeting_id=meeting_id)
    row = ExpertPackage.get_or_none((ExpertPackage.meeting == meeting_id) & (ExpertPackage.expert == expert_id))
    if row is None:
        raise Refused("尚未向该专家发放评分数据包。")
    return offline.code_of(_secret(row))


MERGED, UNCHANGED, REFUSED = "merged", "unchanged", "refused"


@dataclass(frozen=True)
class MergeOutcome:
    """What became of one result file: merged, unchanged (already merged) or refused (why)."""

    path: Path
    expert: str
    revision: int | None
    status: str
    reason: str = ""
    changed_sheets: int = 0


def import_results(meeting_id: int, paths: list[Path | str]) -> list[MergeOutcome]:
    """Verify and merge experts' result files, in the order given, each on its own."""
    # Merging writes other people's sheets, as typing them from signed paper does.
    require(Action.SCORE_CLERK, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    return [_import_one(meeting, Path(path)) for path in paths]


def _import_one(meeting: Meeting, path: Path) -> MergeOutcome:
    seen: dict = {}
    try:
        data = offline.read_limited(path, "评分结果文件")
        document = offline.parse_signed(data, offline.RESULT_FORMAT, "评分结果文件")
        digest = offline.digest(data)
        # Everything that reads the clerk's records is checked under the write lock, so no
        # other writer can merge the same expert's file between the check and the write.
        with writing():
            checked = check_result(meeting, document, seen, _secret)
            row = checked.package
            if checked.revision == row.merged_revision and digest == row.merged_digest:
                return MergeOutcome(path, checked.expert.name, checked.revision, UNCHANGED,
                                    f"修订{checked.revision}已合并过，未作改动。")
            if checked.revision == row.merged_revision:
                raise Refused(f"修订号{checked.revision}已合并过另一份内容不同的结果文件；"
                              "请专家在笔记本上重新导出（修订号会增加）。")
            reason = f"{path.name}（修订{checked.revision}）"
            write_sheets(meeting, checked.expert.id, checked.changed, "合并专家结果文件", reason)
            ExpertPackage.update(merged_revision=checked.revision, merged_digest=digest).where(
                ExpertPackage.id == row.id).execute()
            audit.record("合并专家结果文件", f"package/{meeting.id}/{checked.expert.id}",
                         {"revision": row.merged_revision, "digest": row.merged_digest},
                         {"revision": checked.revision, "digest": digest, "file": path.name,
                          "changed": [[s.code, s.round] for s in checked.changed]})
        return MergeOutcome(path, checked.expert.name, checked.revision, MERGED, changed_sheets=len(checked.changed))
    except Refused as refusal:
        return MergeOutcome(path, seen.get("expert", ""), seen.get("revision"), REFUSED, str(refusal))
