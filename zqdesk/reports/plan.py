"""年度建设计划（送审稿）: the plan the commission submits to the municipal government
(第七条: 通过评估的项目……列入项目年度建设计划，统一报市政府审定)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from zqdesk.core.plan import PlanLine
from zqdesk.core.rules import approval_route
from zqdesk.core.types import Tier
from zqdesk.reports import narrative
from zqdesk.reports.common import TIER_LABELS, amount, cn_date, score_text, topic
from zqdesk.reports.data import ReportData, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress
from zqdesk.reports.layout import ISSUER, DocumentInfo, build_pdf, stamp_of
from zqdesk.reports.parts import RedHead, blank_lines, heading, para, plain, right, signature_block, title
from zqdesk.reports.styles import Styles, document_styles
from zqdesk.reports.tables import CENTER, LEFT, RIGHT, Column, Row, ruled_table
from zqdesk.reports.text import Text

NUMBER_PREFIX = "钦发改"

PLAN_COLUMNS = (
    Column("序号", 8, CENTER, fit=True),
    Column("项目编号", 23, CENTER, fit=True),
    Column("项目名称", 34, LEFT, flex=True),
    Column("建设单位", 24, LEFT, flex=True),
    Column("总投资", 19, RIGHT, fit=True),
    Column("申请市级资金", 19, RIGHT, fit=True),
    Column("得分", 12, CENTER, fit=True),
    Column("审批程序", 17, CENTER),
)


def plan_title(data: ReportData) -> str:
    return f"{topic(data)}\n年度建设计划（送审稿）"


def document_number(prefix: str, year: int, number: str | None) -> tuple[str, bool]:
    """The 发文字号 as printed, and whether its serial is left blank to fill in by hand."""
    if number and number.strip().isdigit():
        # A bare serial is what a clerk most often types: give it the organ's prefix and year.
        return f"{prefix}〔{year}〕{number.strip()}号", False
    if number:
        return number, False
    return f"{prefix}〔{year}〕　　　号", True


def plan_rows(lines: Sequence[PlanLine]) -> list[Row]:
    """Rows grouped by tier (A, B, C) with a subtotal per tier and a grand total."""
    rows: list[Row] = []
    if not lines:
        return [Row(["（无）"], span=len(PLAN_COLUMNS), units=0)]
    serial = 0
    for tier in Tier:
        group = [line for line in lines if line.outcome.tier is tier]
        if not group:
            continue
        rows.append(Row([TIER_LABELS[tier]], span=len(PLAN_COLUMNS), strong=True, units=0))
        for line in group:
            serial += 1
            p = line.outcome.project
            rows.append(Row([
                str(serial), p.code, p.name, p.unit, amount(p.total_investment), amount(p.requested),
                score_text(line.outcome.result.score), approval_route(p),
            ]))
        rows.append(_sum_row(f"{tier}档小计（{len(group)}个）", group))
    rows.append(_sum_row(f"合计（{len(lines)}个）", lines))
    return rows


def _sum_row(label: str, lines: Sequence[PlanLine]) -> Row:
    total = sum((line.outcome.project.total_investment for line in lines), Decimal(0))
    requested = sum((line.requested for line in lines), Decimal(0))
    return Row([label, "", "", "", amount(total), amount(requested), "", ""], span=4, strong=True, units=0,
               align=[CENTER, CENTER, LEFT, LEFT, RIGHT, RIGHT, CENTER, CENTER])


def write_plan_pdf(
    source,
    path: Path | str,
    *,
    issuer: str = ISSUER,
    doc_number: str | None = None,
    number_prefix: str = NUMBER_PREFIX,
    issued_on: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the plan (送审稿) of a meeting to ``path``.

    ``source`` is a MeetingResults or a ReportData. ``doc_number`` is the 发文字号 the clerk
    was given (e.g. 钦发改〔2027〕12号); without it the serial is left blank to fill in.
    ``issued_on`` defaults to the meeting's date.
    """
    data = report_data(source)
    styles = document_styles()
    plan = data.results.plan
    job = Job(len(plan.lines), progress, cancelled)
    day = issued_on or data.held_on or date.today()
    number, blank = document_number(number_prefix, day.year, doc_number)
    story = [
        RedHead(f"{issuer}文件", number, styles, blank_number=blank),
        blank_lines(1),
        title(plan_title(data), styles),
        plain("市人民政府：", styles),
        *[para(text, styles) for text in narrative.opening(data)],
        *heading("一、评估结果", styles),
        *[para(text, styles) for text in narrative.assessment(data)],
        *heading("二、年度建设计划安排", styles),
        *[para(text, styles) for text in narrative.allocation(data)],
        *_table_block(f"表1　{topic(data)}年度建设计划表", plan.funded, styles, job),
        *heading("三、储备项目", styles),
        *[para(text, styles) for text in narrative.reserve(data)],
        *_table_block(f"表2　{topic(data)}储备项目表", plan.reserve, styles, job),
        *heading("四、项目审批程序", styles),
        *[para(text, styles) for text in narrative.approval(data)],
        signature_block(issuer, cn_date(day), styles, closing=[para("以上计划（送审稿）妥否，请审定。", styles)]),
    ]
    info = DocumentInfo(
        title=plan_title(data).replace("\n", ""), subject=f"{data.meeting.name} 年度建设计划（送审稿）", author=issuer,
    )
    stamp = stamp_of(data)
    return build_pdf(path, story, info=info, stamp=stamp, styles=styles, job=job)


def _table_block(caption: str, lines: Sequence[PlanLine], styles: Styles, job: Job) -> list:
    return [
        # Caption, unit, header and a few rows start together, never at a page's foot.
        CondPageBreak(70 * mm),
        Text(caption, styles.caption),
        right("单位：万元", styles.note),
        ruled_table(PLAN_COLUMNS, plan_rows(lines), styles, job),
        blank_lines(0.5),
    ]
