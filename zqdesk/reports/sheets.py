"""专家评分表: one sheet per expert — every project they scored (their counted sheets),
criterion points, totals, recommendation and opinion — for them to sign."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import KeepTogether, PageBreak

from zqdesk.core.types import Criterion
from zqdesk.reports.common import cn_date, points_text, topic
from zqdesk.reports.data import ReportData, Seat, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress
from zqdesk.reports.layout import DocumentInfo, Section, build_pdf, stamp_of
from zqdesk.reports.parts import blank_lines, para, plain, title
from zqdesk.reports.styles import Styles, document_styles
from zqdesk.reports.tables import CENTER, LEFT, Column, Row, fit_widths, ruled_table
from zqdesk.services.results import CountedSheet

INFO_COLUMNS = (
    Column("", 24, CENTER, strong=True), Column("", 54, LEFT),
    Column("", 24, CENTER, strong=True), Column("", 54, LEFT),
)
PLEDGE = "本人承诺：以上评分和意见系本人依据评分标准独立、客观、公正作出，并对其负责。"


@dataclass(frozen=True)
class SheetLine:
    """One project on an expert's sheet."""

    code: str
    name: str
    sheet: CountedSheet


def expert_lines(data: ReportData, expert_id: int) -> list[SheetLine]:
    """The projects whose score counts this expert's sheet, in code order."""
    lines = []
    for outcome in sorted(data.results.outcomes, key=lambda o: o.project.code):
        if expert_id not in outcome.result.counted:
            continue
        sheet = next((s for s in data.results.sheets.get(outcome.project.code, ()) if s.expert_id == expert_id), None)
        if sheet is not None:
            lines.append(SheetLine(outcome.project.code, outcome.project.name, sheet))
    return lines


def score_columns(criteria: Sequence[Criterion]) -> list[Column]:
    columns = [Column("序号", 8, CENTER, fit=True), Column("项目编号", 23, CENTER, fit=True),
               Column("项目名称", 40, LEFT, flex=True)]
    columns += [Column(f"{c.label}\n{points_text(c.max_points)}分", 13, CENTER) for c in criteria]
    columns += [Column("合计", 13, CENTER), Column("评审建议", 21, CENTER)]
    return fit_widths(columns, 156)


def score_rows(lines: Sequence[SheetLine], criteria: Sequence[Criterion]) -> list[Row]:
    if not lines:
        return [Row(["（无已提交的评分）"], span=len(criteria) + 5, units=0, align=[CENTER])]
    rows = []
    for number, line in enumerate(lines, start=1):
        code = line.code if line.sheet.round == 1 else f"{line.code}\n（第{line.sheet.round}轮）"
        points = [points_text(line.sheet.points.get(c.key)) for c in criteria]
        rows.append(Row([str(number), code, line.name, *points, points_text(line.sheet.total),
                         line.sheet.recommendation or "—"]))
    return rows


OPINION_COLUMNS = (
    Column("序号", 8, CENTER, fit=True), Column("项目编号", 23, CENTER, fit=True),
    Column("评审意见", 125, LEFT, flex=True),
)


def opinion_rows(lines: Sequence[SheetLine]) -> list[Row]:
    rows = []
    for number, line in enumerate(lines, start=1):
        text = line.sheet.opinion.strip() or "—"
        if line.sheet.deviation_note.strip():
            text += f"\n偏离说明：{line.sheet.deviation_note.strip()}"
        rows.append(Row([str(number), line.code, text], units=0))
    return rows


def info_rows(seat: Seat, data: ReportData) -> list[Row]:
    return [
        Row(["评审会", data.meeting.name], merge=[(1, 3)]),
        Row(["专家姓名", seat.name, "工作单位", seat.organisation]),
        Row(["职　　称", seat.title or "—", "代表部门", seat.department or "—"]),
        Row(["评审角色", "组长" if seat.is_chair else "成员", "评审日期", cn_date(data.held_on)]),
    ]


def sheet_story(seat: Seat, data: ReportData, styles: Styles, job: Job) -> list:
    lines = expert_lines(data, seat.expert_id)
    criteria = data.results.criteria
    story = [
        Section(f"{seat.name}（专家评分表）", f"expert-{seat.expert_id}"),
        title(f"{topic(data)}\n专家评分表", styles),
        ruled_table(INFO_COLUMNS, info_rows(seat, data), styles, header=False),
        blank_lines(0.5),
        ruled_table(score_columns(criteria), score_rows(lines, criteria), styles, job),
    ]
    if lines:
        story += [blank_lines(0.5), ruled_table(OPINION_COLUMNS, opinion_rows(lines), styles)]
    recused = data.recusals_of(seat.expert_id)
    if recused:
        names = {o.project.code: o.project.name for o in data.results.outcomes}
        items = "；".join(f"{r.code} {names.get(r.code, '')}（{r.reason or '申请回避'}）" for r in recused)
        story.append(para(f"回避项目：{items}。", styles))
    story.append(KeepTogether([
        blank_lines(0.5),
        para(PLEDGE, styles),
        blank_lines(1),
        plain("专家签字：＿＿＿＿＿＿　　日期：＿＿＿年＿＿月＿＿日", styles),
    ]))
    return story


def write_sheets_pdf(
    source,
    path: Path | str,
    *,
    experts: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write each expert's scoring sheet (all panel members, or the ``experts`` ids) to ``path``."""
    data = report_data(source)
    styles = document_styles()
    seats = [s for s in data.panel if experts is None or s.expert_id in set(experts)]
    total = sum(len(expert_lines(data, s.expert_id)) for s in seats)
    job = Job(total, progress, cancelled)
    story = []
    for seat in seats:
        job.check()
        if story:
            story.append(PageBreak())
        story += sheet_story(seat, data, styles, job)
    if not story:
        story = [title(f"{topic(data)}\n专家评分表", styles), plain("本评审会尚未登记评审专家。", styles)]
    info = DocumentInfo(title=f"{topic(data)}专家评分表", subject=data.meeting.name)
    stamp = stamp_of(data)
    return build_pdf(path, story, info=info, stamp=stamp, styles=styles, job=job)
