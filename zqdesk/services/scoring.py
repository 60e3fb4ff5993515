"""Entering, submitting and importing scores; re-scoring rounds (SPEC §3.5–3.6, §6)."""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from zqdesk.core.rules import record_only
from zqdesk.core.scoring import validate_points
from zqdesk.core.types import Criterion
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.scores import read_scores
from zqdesk.services.access import Action, ActorRole, may, require
from zqdesk.services.errors import Conflict, Refused
from zqdesk.services.meetings import get_meeting, meeting_criteria, writable_meeting
from zqdesk.services.panel import panel_member, recused_pairs
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.sheets import NewSheet, replace_sheets, sheet_change, sheet_rows, sheet_state
from zqdesk.storage.models import Expert, Meeting, PanelMember, Project, Recusal, Review, Score, ScoringRound


def project_round(meeting: Meeting, code: str) -> int:
    """The round a project is scored in now: the latest round that includes it."""
    return _rounds_by_code(meeting).get(code, 1)


def _scoreable(meeting: Meeting, expert_id: int, code: str, check_submitted: bool = True) -> tuple[Project, int]:
    panel_member(meeting, expert_id)
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    if Recusal.select().where((Recusal.project == project) & (Recusal.expert == expert_id)).exists():
        raise Refused(f"该专家已回避项目{code}，不能评分。")
    if record_only(project.funding_source):
        raise Refused(f"项目{code}属国家或自治区拨款，仅抄送备案，不评分。")
    round_number = project_round(meeting, code)
    if check_submitted:
        _refuse_submitted(Review.get_or_none((Review.project == project) & (Review.expert == expert_id)
                                             & (Review.round == round_number)), code)
    return project, round_number


def _refuse_submitted(review: Review | None, code: str) -> None:
    if review is not None and review.submitted_at is not None:
        raise Refused(f"项目{code}第{review.round}轮评分已提交签名，不能再修改。")


UNCHECKED = object()
REVIEW_FIELD_LABELS = {"recommendation": "评审建议", "opinion": "评审意见", "deviation_note": "偏离说明"}


def enter_score(meeting_id: int, expert_id: int, code: str, criterion_key: str, points: Decimal, *,
                expected=UNCHECKED) -> None:
    """Save one criterion score the moment it is entered.

    `expected` is what the cell showed before the person typed (None: empty). When given, the
    save is refused with Conflict if another terminal changed the cell since, so nobody
    overwrites a value they never saw; saving the value already there is not a conflict.
    The checks run inside the write transaction, so they see every other terminal's commits."""
    require_sheet_write(meeting_id, expert_id)
    with writing():
        meeting = writable_meeting(meeting_id)
        criterion = _checked_points(meeting, criterion_key, points)
        project, round_number = _scoreable(meeting, expert_id, code, check_submitted=False)
        # The sheet read once, inside the write lock: for the checks and as the audit's "before"
        # (each statement here is waited for by every other terminal of a server).
        scores, review = sheet_rows(project.id, expert_id, round_number)
        _refuse_submitted(review, code)
        if expected is not UNCHECKED:
            current = next((row.points for row in scores if row.criterion == criterion_key), None)
            _check_unchanged(project, criterion, current, points, expected)
        now = datetime.now().replace(microsecond=0)
        with sheet_change(project.id, expert_id, round_number, "评分", before=sheet_state(scores, review)):
            Score.insert(
                project=project, expert=expert_id, round=round_number, criterion=criterion_key,
                points=Decimal(points), entered_at=now,
            ).on_conflict(
                conflict_target=[Score.project, Score.expert, Score.round, Score.criterion],
                update={Score.points: Decimal(points), Score.entered_at: now},
            ).execute()
            if review is None:
                Review.create(project=project, expert=expert_id, round=round_number)


def _check_unchanged(project: Project, criterion, current: Decimal | None, points, expected) -> None:
    wanted = None if expected is None else Decimal(expected)
    if current != wanted and current != Decimal(points):
        shown = "空白" if current is None else f"{current}分"
        raise Conflict(
            f"项目{project.code}的“{criterion.label}”已被其他终端改为{shown}，本次输入的{points}分未保存。"
            "请核对后重新输入。", current)


def save_review(meeting_id: int, expert_id: int, code: str, *, recommendation: str | None = None,
                opinion: str | None = None, deviation_note: str | None = None, expected=UNCHECKED) -> None:
    """Save the expert's recommendation, opinion or deviation explanation for a project.

    `expected` (with exactly one of the three given): what the field showed before the person
    typed; Conflict if another terminal changed it since, as for scores (enter_score)."""
    require_sheet_write(meeting_id, expert_id)
    given = {k: v for k, v in (("recommendation", recommendation), ("opinion", opinion),
                               ("deviation_note", deviation_note)) if v is not None}
    if expected is not UNCHECKED and len(given) != 1:
        raise ValueError("expected needs exactly one field")
    meeting = writable_meeting(meeting_id)
    if recommendation and recommendation not in RECOMMENDATIONS:
        raise Refused(f"评审建议应为：{'、'.join(RECOMMENDATIONS)}。")
    if deviation_note is not None:
        # A deviation explanation may be asked for after submission (SPEC §6.5); it belongs to
        # the sheet that was counted, even while a newer round is open but not yet scored.
        project = Project.get((Project.meeting == meeting) & (Project.code == code))
        submitted_rounds = [r for p, _, r in _submitted_sheets(meeting, expert_id) if p == project.id]
        round_number = max(submitted_rounds) if submitted_rounds else project_round(meeting, code)
    else:
        project, round_number = _scoreable(meeting, expert_id, code)
    with writing(), sheet_change(project.id, expert_id, round_number, "填写评审意见"):
        review, _ = Review.get_or_create(project=project, expert=expert_id, round=round_number)
        if expected is not UNCHECKED:
            [(field, text)] = given.items()
            current = getattr(review, field)
            if current != (expected or "") and current != text:
                raise Conflict(f"项目{code}的{REVIEW_FIELD_LABELS[field]}已被其他终端修改，本次输入的内容未保存。"
                               "请核对后重新输入。", current)
        if recommendation is not None:
            review.recommendation = recommendation
        if opinion is not None:
            review.opinion = opinion
        if deviation_note is not None:
            review.deviation_note = deviation_note
        review.save()


def submit(meeting_id: int, expert_id: int) -> int:
    """Submit and sign every open sheet of the expert; refused while any is incomplete.
    Returns how many sheets were submitted."""
    require_sheet_write(meeting_id, expert_id)
    meeting = writable_meeting(meeting_id)
    criteria = [c.key for c in meeting_criteria(meeting)]
    recused = recused_pairs(meeting)
    rounds = _rounds_by_code(meeting)
    submitted = {(p, r) for p, _, r in _submitted_sheets(meeting, expert_id)}
    entered: dict[tuple[int, int], set[str]] = {}
    for project_id, round_number, criterion in Score.select(Score.project, Score.round, Score.criterion).join(
            Project).where((Project.meeting == meeting) & (Score.expert == expert_id)).tuples():
        entered.setdefault((project_id, round_number), set()).add(criterion)
    recommended = {(project_id, round_number) for project_id, round_number in Review.select(
        Review.project, Review.round).join(Project).where(
        (Project.meeting == meeting) & (Review.expert == expert_id) & (Review.recommendation != "")).tuples()}
    missing = []
    unrecommended = []
    pending = []
    for project in Project.select().where(Project.meeting == meeting).order_by(Project.code):
        if (project.id, expert_id) in recused or record_only(project.funding_source):
            continue
        round_number = rounds.get(project.code, 1)
        if (project.id, round_number) in submitted:
            continue
        scored = entered.get((project.id, round_number), set())
        if set(criteria) - scored:
            missing.append(project.code)
        elif (project.id, round_number) not in recommended:
            unrecommended.append(project.code)  # the recommendation is part of a complete sheet
        else:
            pending.append((project, round_number))
    if missing:
        raise Refused(f"以下项目尚未评完，不能提交：{'、'.join(missing)}。")
    if unrecommended:
        raise Refused(f"以下项目尚未选择评审建议，不能提交：{'、'.join(unrecommended)}。")
    now = datetime.now().replace(microsecond=0)
    with writing():
        for project, round_number in pending:
            with sheet_change(project.id, expert_id, round_number, "提交签名"):
                review, _ = Review.get_or_create(project=project, expert=expert_id, round=round_number)
                review.submitted_at = now
                review.save()
    return len(pending)


def check_scores(meeting_id: int, path: Path | str) -> list[RowError]:
    """Every problem an import of this score file would refuse, found without writing: the
    preview lists them all before the clerk commits to anything."""
    require(Action.SCORE_CLERK, meeting_id=meeting_id)
    try:
        return _score_rows(writable_meeting(meeting_id), Path(path))[1]
    except ImportRefused as refusal:
        return list(refusal.errors)


PAPER_NOT_CONFIRMED = "导入的评分将作为专家已签名提交的评分：请先核对每位专家的纸质评分表均已签名，再确认导入。"


def import_scores(meeting_id: int, path: Path | str, *, paper_signed: bool = False) -> int:
    """Import a long-form score sheet; rows count as signed submissions, so only once the clerk
    confirms (`paper_signed`) that every expert's paper sheet is signed — the audit records it.
    All rows or none. Returns the number of sheets written."""
    require(Action.SCORE_CLERK, meeting_id=meeting_id)
    if not paper_signed:
        raise Refused(PAPER_NOT_CONFIRMED)
    path = Path(path)
    ready, errors = _score_rows(writable_meeting(meeting_id), path)
    if errors:
        raise ImportRefused(errors)
    now = datetime.now().replace(microsecond=0)
    # An imported row replaces whatever unsubmitted draft the sheet held.
    sheets = [
        NewSheet(project.id, expert_id, round_number, row.points, row.recommendation, row.opinion,
                 row.deviation_note, now, f"导入{path.name}第{row.row}行")
        for row, expert_id, project, round_number in ready
    ]
    with writing():
        replace_sheets(sheets, "导入评分（经办人已核对纸质评分表签名）", now)
    return len(ready)


def _score_rows(meeting: Meeting, path: Path) -> tuple[list, list[RowError]]:
    """The file's rows resolved against the meeting, and every row that cannot be imported."""
    criteria = meeting_criteria(meeting)
    rows = read_scores(path, criteria)
    members = {name: expert_id for name, expert_id in Expert.select(Expert.name, Expert.id)
               .join(PanelMember).where(PanelMember.meeting == meeting).tuples()}
    projects = {p.code: p for p in Project.select().where(Project.meeting == meeting)}
    recused = recused_pairs(meeting)
    rounds = _rounds_by_code(meeting)
    submitted = _submitted_sheets(meeting)
    errors, ready = [], []
    for row in rows:
        expert_id = members.get(row.expert)
        project = projects.get(row.project_code)
        if expert_id is None:
            errors.append(RowError(path.name, row.row, "专家", f"“{row.expert}”不在本评审会专家组中"))
            continue
        if project is None:
            errors.append(RowError(path.name, row.row, "项目编号", f"本评审会没有项目{row.project_code}"))
            continue
        if (project.id, expert_id) in recused:
            errors.append(RowError(path.name, row.row, "专家", f"{row.expert}已回避项目{row.project_code}，不能评分"))
            continue
        if record_only(project.funding_source):
            errors.append(RowError(path.name, row.row, "项目编号", f"项目{row.project_code}仅抄送备案，不评分"))
            continue
        if not row.recommendation:  # a signed sheet carries its recommendation, as at the desk
            errors.append(RowError(path.name, row.row, "评审建议", "必填项，不能为空（同意、修改完善后同意、不同意）"))
            continue
        round_number = rounds.get(project.code, 1)
        if (project.id, expert_id, round_number) in submitted:
            errors.append(RowError(path.name, row.row, None,
                                   f"{row.expert}对项目{row.project_code}第{round_number}轮的评分已提交，不能重复导入"))
            continue
        ready.append((row, expert_id, project, round_number))
    return ready, errors


def open_round(meeting_id: int, codes: list[str], reason: str) -> int:
    """The chair opens a re-scoring round for some projects; earlier rounds are kept."""
    require(Action.CHAIR_DECIDE, meeting_id=meeting_id)
    meeting = writable_meeting(meeting_id)
    if not reason.strip():
        raise Refused("开启重新评分须填写理由。")
    known = {c for (c,) in Project.select(Project.code).where(Project.meeting == meeting).tuples()}
    unknown = [c for c in codes if c not in known]
    if not codes or unknown:
        raise Refused(f"请选择本评审会的项目{'：' + '、'.join(unknown) if unknown else ''}。")
    with writing():
        last = ScoringRound.select(ScoringRound.number).where(ScoringRound.meeting == meeting).order_by(
            ScoringRound.number.desc()).scalar() or 1
        ScoringRound.create(meeting=meeting, number=last + 1, reason=reason.strip(), project_codes=sorted(codes))
        audit.record("开启重新评分", f"meeting/{meeting.id}/round/{last + 1}", None, sorted(codes), reason.strip())
    return last + 1


@dataclass(frozen=True)
class SheetLine:
    """One project on an expert's own sheet, as they see it now."""

    code: str
    name: str
    round: int
    points: dict[str, Decimal]
    recommendation: str
    opinion: str
    deviation_note: str
    submitted: bool
    deviation_asked: bool


def expert_sheet(meeting_id: int, expert_id: int, with_deviation: bool = True) -> list[SheetLine]:
    """The projects assigned to an expert (not recused, not record-only) with what they entered
    in each project's current round; nothing of anyone else's."""
    require_sheet_read(meeting_id, expert_id)
    from zqdesk.services.results import compute_results

    meeting = get_meeting(meeting_id)
    panel_member(meeting, expert_id)
    recused = recused_pairs(meeting)
    rounds = _rounds_by_code(meeting)
    points: dict[tuple[int, int], dict[str, Decimal]] = {}
    for project_id, round_number, criterion, value in Score.select(
            Score.project, Score.round, Score.criterion, Score.points).join(Project).where(
            (Project.meeting == meeting) & (Score.expert == expert_id)).tuples():
        points.setdefault((project_id, round_number), {})[criterion] = value
    reviews = {(r.project_id, r.round): r for r in Review.select().join(Project).where(
        (Project.meeting == meeting) & (Review.expert == expert_id))}
    deviating = set()
    if meeting.panel_open and with_deviation:
        results = compute_results(meeting_id)
        deviating = {o.project.code for o in results.outcomes if expert_id in o.result.deviating}
    lines = []
    for project in Project.select().where(Project.meeting == meeting).order_by(Project.code):
        if (project.id, expert_id) in recused or record_only(project.funding_source):
            continue
        round_number = rounds.get(project.code, 1)
        review = reviews.get((project.id, round_number))
        lines.append(SheetLine(
            project.code, project.name, round_number, points.get((project.id, round_number), {}),
            review.recommendation if review else "", review.opinion if review else "",
            review.deviation_note if review else "", bool(review and review.submitted_at),
            project.code in deviating,
        ))
    return lines


def _submitted_sheets(meeting: Meeting, expert_id: int | None = None) -> set[tuple[int, int, int]]:
    """(project id, expert id, round) of every submitted sheet of the meeting (or of one expert)."""
    where = (Project.meeting == meeting) & Review.submitted_at.is_null(False)
    if expert_id is not None:
        where &= Review.expert == expert_id
    return set(Review.select(Review.project, Review.expert, Review.round).join(Project).where(where).tuples())


def _rounds_by_code(meeting: Meeting) -> dict[str, int]:
    latest: dict[str, int] = {}
    for number, codes in ScoringRound.select(ScoringRound.number, ScoringRound.project_codes).where(
            ScoringRound.meeting == meeting).tuples():
        for code in codes:
            latest[code] = max(latest.get(code, 1), number)
    return latest


def submitted_experts(meeting_id: int) -> set[int]:
    """Experts with every assigned sheet of the current rounds submitted."""
    require(Action.READ_RESULTS, meeting_id=meeting_id)
    meeting = get_meeting(meeting_id)
    members = [e for (e,) in PanelMember.select(PanelMember.expert).where(PanelMember.meeting == meeting).tuples()]
    for expert_id in members:
        require_sheet_read(meeting_id, expert_id)  # as reading each sheet would
    # The meeting read once for the whole panel, not a sheet per expert: the stage list and
    # 评分 ask this after every change, and 15 sheets of 2,000 projects took seconds.
    recused = recused_pairs(meeting)
    rounds = _rounds_by_code(meeting)
    submitted = _submitted_sheets(meeting)
    assigned = [(project_id, rounds.get(code, 1)) for project_id, code, funding in Project.select(
        Project.id, Project.code, Project.funding_source).where(Project.meeting == meeting).tuples()
        if not record_only(funding)]
    return {
        expert_id for expert_id in members
        if all((project_id, expert_id) in recused or (project_id, expert_id, round_number) in submitted
               for project_id, round_number in assigned)
    }


def can_see_panel(meeting_id: int, expert_id: int) -> bool:
    """An expert sees the others' scores only after submitting all and after the chair opens
    the panel view (SPEC §3.5)."""
    meeting = get_meeting(meeting_id)
    return bool(meeting.panel_open) and all(
        line.submitted for line in expert_sheet(meeting_id, expert_id, with_deviation=False))


def _checked_points(meeting: Meeting, criterion_key: str, points: Decimal) -> Criterion:
    """The meeting's criterion, once the points are known to fit it (SPEC §6.1)."""
    criteria = {c.key: c for c in meeting_criteria(meeting)}
    if criterion_key not in criteria:
        raise Refused(f"本评审会没有评分项“{criterion_key}”。")
    try:
        validate_points(criteria[criterion_key], Decimal(points))
    except ValueError as error:
        raise Refused(str(error)) from None
    return criteria[criterion_key]


def require_sheet_write(meeting_id: int, expert_id: int) -> None:
    """The expert (or the chair) writes their own sheet; the clerk types any sheet from paper."""
    if not may(Action.SCORE_OWN, meeting_id=meeting_id, expert_id=expert_id):
        require(Action.SCORE_CLERK, meeting_id=meeting_id)


def may_write_sheet(meeting_id: int, expert_id: int) -> bool:
    """Whether the current user may write this expert's sheet (asks nothing of the database)."""
    return may(Action.SCORE_OWN, meeting_id=meeting_id, expert_id=expert_id) or may(
        Action.SCORE_CLERK, meeting_id=meeting_id)


def require_sheet_read(meeting_id: int, expert_id: int) -> None:
    """An expert reads their own sheet only; staff who follow the meeting read any."""
    if may(Action.SCORE_OWN, meeting_id=meeting_id, expert_id=expert_id):
        return
    actor = require(Action.READ_RESULTS, meeting_id=meeting_id)
    if actor.expert_id is not None and actor.expert_id != expert_id and actor.role is ActorRole.EXPERT:
        raise Refused("专家只能查看本人的评分表。")


def amend_score(meeting_id: int, expert_id: int, code: str, criterion_key: str, points: Decimal, reason: str) -> None:
    """Correct a submitted score (a typing error against the signed paper sheet): only with a
    written reason; the earlier value stays in the audit log."""
    require(Action.SCORE_AMEND, meeting_id=meeting_id)
    if not reason.strip():
        raise Refused("修改已提交的评分须写明理由。")
    meeting = writable_meeting(meeting_id)
    criterion = _checked_points(meeting, criterion_key, points)
    project = Project.get_or_none((Project.meeting == meeting) & (Project.code == code))
    if project is None:
        raise Refused(f"本评审会没有项目{code}。")
    round_number = project_round(meeting, code)
    row = Score.get_or_none((Score.project == project) & (Score.expert == expert_id)
                            & (Score.round == round_number) & (Score.criterion == criterion_key))
    if row is None:
        raise Refused(f"该专家尚未对项目{code}的“{criterion.label}”评分，无需修改。")
    with writing(), sheet_change(project.id, expert_id, round_number, "修改已提交评分", reason=reason.strip()):
        Score.update(points=Decimal(points), entered_at=datetime.now().replace(microsecond=0)).where(
            Score.id == row.id).execute()
