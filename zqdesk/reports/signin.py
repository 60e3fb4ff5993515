"""签到表 (attendance) and each expert's 回避声明 (recusal declaration), printed together
for the meeting's opening; every declaration starts a page and numbers its own pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import KeepTogether, PageBreak

from zqdesk.reports.common import cn_date, topic
from zqdesk.reports.data import ReportData, Seat, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress
from zqdesk.reports.layout import DocumentInfo, Section, Tick, build_pdf, stamp_of
from zqdesk.reports.narrative import MEASURES_NAME
from zqdesk.reports.parts import blank_lines, para, plain, right, title
from zqdesk.reports.styles import Styles, document_styles
from zqdesk.reports.tables import CENTER, LEFT, Column, Row, ruled_table

SIGNIN_COLUMNS = (
    Column("序号", 8, CENTER), Column("姓名", 16, CENTER), Column("工作单位", 34, LEFT),
    Column("职称", 20, CENTER), Column("代表部门", 14, CENTER), Column("评审角色", 11, CENTER),
    Column("联系电话", 25, CENTER), Column("签名", 28, CENTER),
)
RECUSAL_COLUMNS = (
    Column("序号", 9, CENTER), Column("项目编号", 23, CENTER, fit=True), Column("项目名称", 48, LEFT, flex=True),
    Column("建设单位", 40, LEFT), Column("回避原因", 36, LEFT),
)
SIGN_ROW_MM = 12.0  # room to sign by hand
RECUSED = "本人与下列项目存在利害关系（含本人所在单位申报的项目），申请回避，不参加其评分和讨论："


def signin_rows(data: ReportData) -> list[Row]:
    if not data.panel:
        return [Row(["（尚未登记评审专家）"], span=len(SIGNIN_COLUMNS), units=0, align=[CENTER])]
    return [
        Row([str(k), s.name, s.organisation, s.title, s.department, "组长" if s.is_chair else "成员", s.phone, ""])
        for k, s in enumerate(data.panel, start=1)
    ]


def signin_story(data: ReportData, styles: Styles, job: Job) -> list:
    meeting = data.meeting
    lines = [f"会议名称：{meeting.name}", f"会议时间：{cn_date(data.held_on)}"]
    if meeting.venue:
        lines.append(f"会议地点：{meeting.venue}")
    return [
        Section("专家签到表", "signin"),
        title(f"{topic(data)}\n评审专家签到表", styles),
        *[plain(line, styles) for line in lines],
        blank_lines(0.5),
        ruled_table(SIGNIN_COLUMNS, signin_rows(data), styles, job, min_row_height_mm=SIGN_ROW_MM),
    ]


def declaration_story(seat: Seat, data: ReportData, styles: Styles, job: Job) -> list:
    meeting = data.meeting
    recused = data.recusals_of(seat.expert_id)
    projects = {o.project.code: o.project for o in data.results.outcomes}
    story = [
        Section(f"回避声明（{seat.name}）", f"recusal-{seat.expert_id}"),
        title("评审专家回避声明", styles),
        para(
            f"本人{seat.name}（{seat.organisation}），作为{meeting.name}评审专家，已知悉{MEASURES_NAME}"
            f"及评审回避的有关规定。经逐一核对本次评审的{len(projects)}个项目及其建设单位，现声明如下：", styles,
        ),
    ]
    if recused:
        story.append(para(RECUSED, styles))
        rows = []
        for k, r in enumerate(recused, start=1):
            p = projects.get(r.code)
            rows.append(Row([str(k), r.code, p.name if p else "", p.unit if p else "",
                             r.reason or ("本单位申报项目" if r.automatic else "本人申报回避")], units=0))
        story += [ruled_table(RECUSAL_COLUMNS, rows, styles), blank_lines(0.5)]
    else:
        story.append(para("本人与本次评审的全部项目及其建设单位均不存在利害关系，无需回避。", styles))
    story += [
        para("本人保证独立、客观、公正地开展评审，不泄露评审情况和专家意见；如有隐瞒或违反，愿承担相应责任。", styles),
        KeepTogether([
            blank_lines(1.5),
            right("声明人（签字）：＿＿＿＿＿＿＿＿", styles.plain),
            right(cn_date(data.held_on), styles.plain.but(right_indent=2 * styles.plain.size)),
        ]),
        Tick(job),
    ]
    return story


def write_signin_pdf(
    source,
    path: Path | str,
    *,
    declarations: bool = True,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the sign-in sheet and (unless ``declarations`` is false) every expert's recusal
    declaration to ``path``."""
    data = report_data(source)
    styles = document_styles()
    job = Job(len(data.panel) * (2 if declarations else 1), progress, cancelled)
    story = signin_story(data, styles, job)
    if declarations:
        for seat in data.panel:
            job.check()
            story += [PageBreak(), *declaration_story(seat, data, styles, job)]
    info = DocumentInfo(title=f"{topic(data)}评审专家签到表及回避声明", subject=data.meeting.name)
    stamp = stamp_of(data)
    return build_pdf(path, story, info=info, stamp=stamp, styles=styles, job=job)



