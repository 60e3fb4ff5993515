"""Checking an expert's result file against the clerk's records before it is merged
(SPEC §8.3): whose it is, that it is theirs, that it is newer, and that every sheet in it is
one they may score. Any failure is a Refused with the reason in Chinese; nothing is written here.
"""

from collections.abc import Callable
from dataclasses import dataclass

from zqdesk.core.rules import record_only
from zqdesk.core.scoring import validate_points
from zqdesk.services import offline
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import meeting_criteria
from zqdesk.services.panel import recused_pairs
from zqdesk.services.sheetio import SheetData, read_sheets
from zqdesk.storage import audit
from zqdesk.storage.models import Expert, ExpertPackage, Meeting, PanelMember, Project, ScoringRound

RESULT_FIELDS = {"format", "meeting", "expert", "revision", "created_at", "sheets", "algorithm", "mac"}


@dataclass(frozen=True)
class CheckedResult:
    """A verified result file: its expert's package row, the expert, and the sheets that differ
    from what the clerk holds."""

    package: ExpertPackage
    expert: Expert
    revision: int
    changed: list[SheetData]


def check_result(meeting: Meeting, document: dict, seen: dict,
                 secret_of: Callable[[ExpertPackage], bytes]) -> CheckedResult:
    """`document` is a parsed result file; `seen` is filled with the expert's name and the
    revision as soon as they are read, for the refusal message."""
    if set(document) != RESULT_FIELDS:
        raise Refused("评分结果文件的字段不全或有多余字段，可能已被改动或由不兼容的版本生成。")
    identity, named = document["meeting"], document["expert"]
    if not (isinstance(identity, dict) and isinstance(named, dict) and isinstance(named.get("name"), str)
            and type(named.get("id")) is int):
        raise Refused("评分结果文件中的评审会或专家信息格式不对。")
    # What the file claims, shown beside a refusal even before the claim is verified.
    seen["expert"] = named["name"]
    if type(document["revision"]) is int:
        seen["revision"] = document["revision"]
    if identity.get("database") != audit.database_id() or identity.get("id") != meeting.id:
        raise Refused(f"该文件属于另一评审会（“{identity.get('name', '未知')}”），不是本评审会“{meeting.name}”的评分结果。")
    package = _verified_package(meeting, document, named, secret_of)
    expert = package.expert
    if (named.get("name"), named.get("organisation")) != (expert.name, expert.organisation):
        raise Refused(f"文件中的专家（{named.get('name')}，{named.get('organisation')}）与本评审会记录"
                      f"（{expert.name}，{expert.organisation}）不符。")
    revision = document["revision"]
    if type(revision) is not int or revision < 1:
        raise Refused("评分结果文件的修订号格式不对。")
    if revision < package.merged_revision:
        raise Refused(f"修订号{revision}早于已合并的修订号{package.merged_revision}，是过期的结果文件，未合并。")
    if not isinstance(document["sheets"], list):
        raise Refused("评分结果文件中的评分表格式不对。")
    try:
        sheets = [SheetData.from_json(item) for item in document["sheets"]]
    except ValueError as error:
        raise Refused(f"评分结果文件中的评分表有误：{error}。") from None
    _check_scope(meeting, expert, sheets)
    held = read_sheets(meeting, expert.id)
    changed = []
    for sheet in sheets:
        before = held.get((sheet.code, sheet.round))
        if sheet.blank or sheet == before:
            continue
        if before is not None and before.submitted_at is not None and sheet.submitted_at is None:
            raise Refused(f"项目{sheet.code}第{sheet.round}轮的评分在本机已提交签名，结果文件中却是未提交的草稿，"
                          "不能覆盖。请与专家核对。")
        changed.append(sheet)
    return CheckedResult(package, expert, revision, changed)


def _verified_package(meeting: Meeting, document: dict, named: dict,
                      secret_of: Callable[[ExpertPackage], bytes]) -> ExpertPackage:
    """The package of the expert the file names, once its MAC is shown to be made with that
    expert's secret; otherwise the most telling refusal."""
    packages = {row.expert_id: row for row in ExpertPackage.select(ExpertPackage, Expert).join(Expert)
                .where(ExpertPackage.meeting == meeting)}
    on_panel = PanelMember.select().where(
        (PanelMember.meeting == meeting) & (PanelMember.expert == named["id"])).exists()
    package = packages.get(named["id"])
    if package is not None and on_panel and offline.signed_by(document, secret_of(package)):
        return package
    # Signed with another expert's code: someone's scores under someone else's name.
    for other in packages.values():
        if other is not package and offline.signed_by(document, secret_of(other)):
            raise Refused(f"该文件是用{other.expert.name}的评分数据包生成的，却署名为{named['name']}，不予合并。")
    if not on_panel:
        raise Refused(f"“{named['name']}”不在本评审会专家组中，不予合并。")
    if package is None:
        raise Refused(f"未向{named['name']}发放过本评审会的评分数据包，无法校验其结果文件。")
    raise Refused(f"{named['name']}的结果文件校验未通过：内容已被改动，或不是用其当前校验码生成的"
                  "（重新发放校验码后，用旧校验码生成的文件作废）。未合并。")


def _check_scope(meeting: Meeting, expert: Expert, sheets: list[SheetData]) -> None:
    """Every sheet must be of a project the expert is assigned, in a round that project has."""
    criteria = {c.key: c for c in meeting_criteria(meeting)}
    projects = {p.code: p for p in Project.select().where(Project.meeting == meeting)}
    recused = recused_pairs(meeting)
    rounds: dict[str, set[int]] = {}
    for number, codes in ScoringRound.select(ScoringRound.number, ScoringRound.project_codes).where(
            ScoringRound.meeting == meeting).tuples():
        for code in codes:
            rounds.setdefault(code, set()).add(number)
    seen = set()
    for sheet in sheets:
        project = projects.get(sheet.code)
        if project is None:
            raise Refused(f"结果文件含有项目{sheet.code}的评分，但本评审会没有该项目，未分配给{expert.name}。")
        if (project.id, expert.id) in recused:
            raise Refused(f"{expert.name}已回避项目{sheet.code}，结果文件却含有该项目的评分。")
        if record_only(project.funding_source):
            raise Refused(f"项目{sheet.code}属国家或自治区拨款，仅抄送备案、不评分，结果文件却含有其评分。")
        if sheet.round != 1 and sheet.round not in rounds.get(sheet.code, set()):
            raise Refused(f"项目{sheet.code}没有第{sheet.round}轮评分，结果文件与本评审会不符。")
        if (sheet.code, sheet.round) in seen:
            raise Refused(f"结果文件中项目{sheet.code}第{sheet.round}轮的评分出现了两次。")
        seen.add((sheet.code, sheet.round))
        for key, points in sheet.points.items():
            if key not in criteria:
                raise Refused(f"项目{sheet.code}含有本评审会没有的评分项“{key}”。")
            try:
                validate_points(criteria[key], points)
            except ValueError as error:
                raise Refused(f"项目{sheet.code}：{error}。") from None
        if sheet.submitted_at is not None and set(criteria) - set(sheet.points):
            raise Refused(f"项目{sheet.code}第{sheet.round}轮已提交，但评分项不全。")
