"""Every table of the documents as a formatted xlsx workbook (SPEC §8.2).

Flat tables — one header row, one row per item, totals set apart below — so that sorting
and filtering work in Excel and WPS: the header is frozen, filtered and repeated on every
printed page; amounts and scores are real numbers with two-decimal formats. The workbook's
keywords carry the meeting's content fingerprint, as the PDFs do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from zqdesk.core.money import round_half_up
from zqdesk.core.rules import approval_route
from zqdesk.core.types import Tier
from zqdesk.reports.common import topic
from zqdesk.reports.conclusion import conclude, recommendation_text, short_verdict
from zqdesk.reports.data import ReportData, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress, atomic_output
from zqdesk.reports.layout import stamp_of
from zqdesk.reports.sheets import expert_lines

TEXT, MONEY, SCORE, INT, POINTS, SHARE = "text", "money", "score", "int", "points", "share"
FORMATS = {MONEY: "#,##0.00", SCORE: "0.00", INT: "0", POINTS: "0.##", SHARE: "+0.00%;-0.00%;0.00%"}
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


@dataclass(frozen=True)
class XColumn:
    header: str
    width: float  # in Excel character widths
    kind: str = TEXT


@dataclass
class XSheet:
    title: str
    columns: Sequence[XColumn]
    rows: list[list] = field(default_factory=list)
    totals: list[list] = field(default_factory=list)


def write_workbook(path: Path | str, sheets: Sequence[XSheet], *, title: str, subject: str, keywords: str,
                   job: Job | None = None) -> Path:
    """Write the sheets to ``path`` all or nothing."""
    job = job or Job(1)
    job.start()
    book = Workbook()
    book.remove(book.active)
    for sheet in sheets:
        _fill(book.create_sheet(sheet.title[:31]), sheet, job)
    book.properties.title = title
    book.properties.subject = subject
    book.properties.keywords = keywords
    book.properties.creator = "zqdesk"
    with atomic_output(path) as temporary:
        job.check()
        book.save(temporary)
    job.finish()
    return Path(path)


def _fill(ws, sheet: XSheet, job: Job) -> None:
    ws.append([c.header for c in sheet.columns])
    for k, column in enumerate(sheet.columns, start=1):
        cell = ws.cell(row=1, column=k)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(k)].width = column.width
    for n, row in enumerate(sheet.rows, start=1):
        ws.append([_value(v) for v in row])
        _format_row(ws, ws.max_row, sheet.columns)
        if n % 200 == 0:
            job.check()
    last_data = ws.max_row
    for row in sheet.totals:
        ws.append([_value(v) for v in row])
        _format_row(ws, ws.max_row, sheet.columns, bold=True)
    ws.freeze_panes = "A2"
    if sheet.rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{last_data}"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _value(v):
    return "" if v is None else v


def _format_row(ws, r: int, columns: Sequence[XColumn], bold: bool = False) -> None:
    for k, column in enumerate(columns, start=1):
        cell = ws.cell(row=r, column=k)
        cell.border = BORDER
        if column.kind in FORMATS:
            cell.number_format = FORMATS[column.kind]
            cell.alignment = Alignment(horizontal="right", vertical="center")
        else:
            cell.alignment = Alignment(vertical="center", wrap_text=column.width >= 20)
        if bold:
            cell.font = Font(bold=True)


def _meta(data: ReportData, what: str) -> dict:
    return {"title": f"{topic(data)}{what}", "subject": data.meeting.name,
            "keywords": " ".join(stamp_of(data).keywords())}


# --- the documents' tables ------------------------------------------------------------

PLAN_COLUMNS = (
    XColumn("序号", 6, INT), XColumn("排名", 6, INT), XColumn("档次", 6), XColumn("项目编号", 14),
    XColumn("项目名称", 36), XColumn("建设单位", 28), XColumn("资金来源", 14), XColumn("总投资（万元）", 14, MONEY),
    XColumn("申请市级资金（万元）", 16, MONEY), XColumn("得分", 8, SCORE), XColumn("审批程序", 16),
    XColumn("说明", 20),
)


def _plan_sheet(title: str, lines, job: Job) -> XSheet:
    sheet = XSheet(title, PLAN_COLUMNS)
    for n, line in enumerate(lines, start=1):
        o, p = line.outcome, line.outcome.project
        sheet.rows.append([n, o.rank, str(o.tier), p.code, p.name, p.unit, p.funding_source, p.total_investment,
                           p.requested, o.result.score, approval_route(p), line.reason])
    for tier in Tier:
        group = [line for line in lines if line.outcome.tier is tier]
        if group:
            sheet.totals.append(_total(f"{tier}档小计（{len(group)}个）", group))
    sheet.totals.append(_total(f"合计（{len(lines)}个）", lines))
    job.advance(len(lines))
    return sheet


def _total(label: str, lines) -> list:
    total = sum((line.outcome.project.total_investment for line in lines), Decimal(0))
    requested = sum((line.requested for line in lines), Decimal(0))
    return [None, None, None, None, label, None, None, total, requested, None, None, None]


def write_plan_xlsx(source, path: Path | str, *, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> Path:
    """The plan: funded projects and reserve list, each with tier subtotals and totals."""
    data = report_data(source)
    plan = data.results.plan
    job = Job(len(plan.lines), progress, cancelled)
    sheets = [_plan_sheet("年度建设计划", plan.funded, job), _plan_sheet("储备项目", plan.reserve, job)]
    return write_workbook(path, sheets, job=job, **_meta(data, "年度建设计划（送审稿）"))


def write_summary_xlsx(source, path: Path | str, *, progress: Progress | None = None,
                       cancelled: CancelCheck | None = None) -> Path:
    """The score summary (projects × experts) and the deviation explanations."""
    data = report_data(source)
    results = data.results
    job = Job(len(results.outcomes), progress, cancelled)
    columns = [XColumn("排名", 6, INT), XColumn("项目编号", 14), XColumn("项目名称", 36)]
    columns += [XColumn(s.name, 9, POINTS) for s in data.panel]
    columns += [XColumn("有效人数", 8, INT), XColumn("得分", 8, SCORE), XColumn("计分方法", 12),
                XColumn("档次", 6), XColumn("结论", 10), XColumn("偏离专家", 14)]
    summary = XSheet("评分汇总表", columns)
    recused = {(r.code, r.expert_id) for r in data.recusals}
    funded = data.funded_codes()
    deviations = XSheet("偏离说明", (
        XColumn("项目编号", 14), XColumn("项目名称", 36), XColumn("专家", 10), XColumn("评分", 8, POINTS),
        XColumn("平均分", 8, SCORE), XColumn("偏离", 10, SHARE), XColumn("偏离说明", 60),
    ))
    for o in results.outcomes:
        code = o.project.code
        totals = {s.expert_id: s.total for s in results.sheets.get(code, ()) if s.expert_id in o.result.counted}
        cells = ["回避" if (code, s.expert_id) in recused else totals.get(s.expert_id) for s in data.panel]
        method = {"trimmed": "去高低分平均", "plain": "算术平均"}.get(str(o.result.method), "")
        names = "、".join(data.seat(e).name for e in o.result.deviating)
        summary.rows.append([o.rank, code, o.project.name, *cells, o.result.experts_counted, o.result.score,
                             method, None if o.tier is None else str(o.tier), short_verdict(o, code in funded), names])
        for expert_id in o.result.deviating:
            mean = o.result.plain_mean
            deviations.rows.append([code, o.project.name, data.seat(expert_id).name, totals[expert_id],
                                    round_half_up(mean), _share(totals[expert_id], mean),
                                    next(s.deviation_note for s in results.sheets[code] if s.expert_id == expert_id)])
    job.advance(len(results.outcomes))
    return write_workbook(path, [summary, deviations], job=job, **_meta(data, "评分汇总表"))


def _share(total: Decimal, mean: Fraction) -> Decimal:
    """How far a total lies from the mean, as a fraction (−0.4666 for −46.66 %)."""
    if not mean:
        return Decimal(0)
    return round_half_up((Fraction(total) - mean) / mean * 100) / 100


def write_sheets_xlsx(source, path: Path | str, *, progress: Progress | None = None,
                      cancelled: CancelCheck | None = None) -> Path:
    """Every expert's counted sheet, one row per expert and project (the scores template's
    long form, so the file can be compared with what was imported)."""
    data = report_data(source)
    criteria = data.results.criteria
    job = Job(max(len(data.panel), 1), progress, cancelled)
    columns = [XColumn("专家", 10), XColumn("项目编号", 14), XColumn("项目名称", 36)]
    columns += [XColumn(c.label, 8, POINTS) for c in criteria]
    columns += [XColumn("合计", 8, POINTS), XColumn("评审建议", 14), XColumn("评审意见", 40),
                XColumn("偏离说明", 30), XColumn("轮次", 6, INT)]
    sheet = XSheet("专家评分表", columns)
    for seat in data.panel:
        for line in expert_lines(data, seat.expert_id):
            s = line.sheet
            sheet.rows.append([seat.name, line.code, line.name, *[s.points.get(c.key) for c in criteria], s.total,
                               s.recommendation, s.opinion, s.deviation_note, s.round])
        job.advance()
    return write_workbook(path, [sheet], job=job, **_meta(data, "专家评分表"))


def write_opinions_xlsx(source, path: Path | str, *, progress: Progress | None = None,
                        cancelled: CancelCheck | None = None) -> Path:
    """One row per project: score, sub-scores, recommendations counted and the conclusion."""
    data = report_data(source)
    results = data.results
    job = Job(len(results.outcomes), progress, cancelled)
    columns = [XColumn("项目编号", 14), XColumn("项目名称", 36), XColumn("建设单位", 28), XColumn("申报类型", 10)]
    columns += [XColumn(c.label, 8, SCORE) for c in results.criteria]
    columns += [XColumn("得分", 8, SCORE), XColumn("有效人数", 8, INT), XColumn("排名", 6, INT), XColumn("档次", 6),
                XColumn("专家建议", 30), XColumn("评审结论", 50), XColumn("评审组意见（组长审定）", 60)]
    sheet = XSheet("评审结论", columns)
    funded = data.funded_codes()
    for o in sorted(results.outcomes, key=lambda o: o.project.code):
        p = o.project
        counts = results.recommendations(p.code)
        conclusion = conclude(o, counts, data.plan_year, p.code in funded, data.meeting.pass_mark)
        sheet.rows.append([p.code, p.name, p.unit, p.kind.label,
                           *[o.result.sub_scores.get(c.key) for c in results.criteria], o.result.score,
                           o.result.experts_counted, o.rank, None if o.tier is None else str(o.tier),
                           recommendation_text(counts), conclusion.text, data.opinions.get(p.code, "")])
    job.advance(len(results.outcomes))
    return write_workbook(path, [sheet], job=job, **_meta(data, "评审意见"))


def write_signin_xlsx(source, path: Path | str, *, progress: Progress | None = None,
                      cancelled: CancelCheck | None = None) -> Path:
    """The panel (sign-in list) and every recusal with its reason."""
    data = report_data(source)
    job = Job(1, progress, cancelled)
    panel = XSheet("评审专家", (
        XColumn("序号", 6, INT), XColumn("姓名", 10), XColumn("工作单位", 30), XColumn("职称", 14),
        XColumn("代表部门", 10), XColumn("评审角色", 10), XColumn("联系电话", 16), XColumn("签名", 14),
    ))
    for k, s in enumerate(data.panel, start=1):
        role = "组长" if s.is_chair else "成员"
        panel.rows.append([k, s.name, s.organisation, s.title, s.department, role, s.phone, ""])
    names = {o.project.code: o.project for o in data.results.outcomes}
    recusals = XSheet("回避情况", (
        XColumn("专家", 10), XColumn("项目编号", 14), XColumn("项目名称", 36), XColumn("建设单位", 28),
        XColumn("回避方式", 10), XColumn("回避原因", 24),
    ))
    for r in data.recusals:
        p = names.get(r.code)
        recusals.rows.append([data.seat(r.expert_id).name, r.code, p.name if p else "", p.unit if p else "",
                              "自动回避" if r.automatic else "本人申报", r.reason])
    return write_workbook(path, [panel, recusals], job=job, **_meta(data, "评审专家签到表"))
