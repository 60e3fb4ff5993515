"""评分汇总表: projects × experts totals, the aggregate, rank and outcome, with the deviation
flags and the experts' explanations (SPEC §6.5). Landscape: the experts need the width."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from zqdesk.core.money import round_half_up
from zqdesk.core.ranking import Outcome
from zqdesk.core.scoring import TRIM_FROM, Method
from zqdesk.reports.common import cn_date, points_text, score_text, topic
from zqdesk.reports.conclusion import short_verdict
from zqdesk.reports.data import ReportData, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress
from zqdesk.reports.layout import LANDSCAPE, DocumentInfo, build_pdf, stamp_of
from zqdesk.reports.parts import blank_lines, plain, title
from zqdesk.reports.styles import document_styles
from zqdesk.reports.tables import CENTER, LEFT, Column, Row, ruled_table
from zqdesk.reports.text import Text

DEVIATES = "▲"
PLAIN_MEAN = "※"
WIDTH_MM = 225.0


def table_size(experts: int) -> float:
    """5号 while the experts fit; smaller for a large panel."""
    return 10.5 if experts <= 8 else 9.0 if experts <= 11 else 7.5


def summary_columns(data: ReportData) -> list[Column]:
    fixed = [Column("排名", 10, CENTER, fit=True), Column("项目编号", 23, CENTER, fit=True),
             Column("项目名称", 36, LEFT, flex=True)]
    tail = [Column("有效\n人数", 11, CENTER), Column("得分", 15, CENTER, fit=True), Column("档次", 10, CENTER),
            Column("结论", 18, CENTER)]
    room = WIDTH_MM - sum(c.width_mm for c in fixed + tail)
    each = room / max(len(data.panel), 1)
    experts = [Column(s.name, each, CENTER, fit=True) for s in data.panel]
    return fixed + experts + tail


def expert_cell(outcome: Outcome, expert_id: int, data: ReportData, recused: set[tuple[str, int]]) -> str:
    code = outcome.project.code
    if (code, expert_id) in recused:
        return "回避"
    if expert_id not in outcome.result.counted:
        return "—"
    sheet = next(s for s in data.results.sheets[code] if s.expert_id == expert_id)
    mark = DEVIATES if expert_id in outcome.result.deviating else ""
    return points_text(sheet.total) + mark


def summary_rows(data: ReportData) -> list[Row]:
    recused = {(r.code, r.expert_id) for r in data.recusals}
    funded = data.funded_codes()
    rows = []
    for o in data.results.outcomes:
        score = score_text(o.result.score)
        if o.result.method is Method.PLAIN:
            score += PLAIN_MEAN
        rows.append(Row([
            "" if o.rank is None else str(o.rank), o.project.code, o.project.name,
            *[expert_cell(o, s.expert_id, data, recused) for s in data.panel],
            str(o.result.experts_counted), score, "" if o.tier is None else str(o.tier),
            short_verdict(o, o.project.code in funded),
        ]))
    return rows


def deviation(total: Decimal, mean: Fraction) -> str:
    share = round_half_up((Fraction(total) - mean) / mean * 100) if mean else Decimal(0)
    return f"{'+' if share > 0 else ''}{share}%"


DEVIATION_COLUMNS = (
    Column("项目编号", 23, CENTER, fit=True), Column("项目名称", 39, LEFT), Column("专家", 16, CENTER),
    Column("评分", 13, CENTER), Column("平均分", 15, CENTER), Column("偏离", 15, CENTER),
    Column("偏离说明", 104, LEFT, flex=True),
)


def deviation_rows(data: ReportData) -> list[Row]:
    rows = []
    for o in data.results.outcomes:
        for expert_id in o.result.deviating:
            sheet = next(s for s in data.results.sheets[o.project.code] if s.expert_id == expert_id)
            mean = o.result.plain_mean
            rows.append(Row([
                o.project.code, o.project.name, data.seat(expert_id).name, points_text(sheet.total),
                score_text(round_half_up(mean)), deviation(sheet.total, mean),
                sheet.deviation_note.strip() or "（未填写偏离说明）",
            ], units=0))
    return rows


def notes(data: ReportData) -> list[str]:
    w = data.results.concordance.w
    agreement = "—" if w is None else f"{float(w):.4f}"
    common = len(data.results.concordance.projects)
    return [
        f"注：1．有效评分专家{TRIM_FROM}人及以上的，去掉一个最高分和一个最低分后取算术平均；不足{TRIM_FROM}人的"
        f"取算术平均，得分后加注“{PLAIN_MEAN}”。得分按四舍五入保留两位小数。",
        f"2．“{DEVIATES}”表示该专家评分偏离本项目全部有效评分算术平均值30%以上，偏离说明见下表；“回避”表示"
        "该专家依规回避本项目；“—”表示无有效评分。",
        f"3．专家评分一致性（肯德尔和谐系数W，按全体专家均评分的{common}个项目计算）：{agreement}。",
    ]


def _note_style(styles, first: bool):
    """Notes hang after “注：”."""
    em = styles.note.size
    return styles.note.but(left_indent=2 * em, first_indent=-2 * em if first else 0.0)


def write_summary_pdf(
    source,
    path: Path | str,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the score summary of a meeting to ``path`` (A4 landscape)."""
    data = report_data(source)
    base = document_styles()
    styles = document_styles(table_size=table_size(len(data.panel)))
    job = Job(len(data.results.outcomes), progress, cancelled)
    meeting = data.meeting
    where = f"　　地点：{meeting.venue}" if meeting.venue else ""
    story = [
        title(f"{topic(data)}评分汇总表", base),
        Text(f"评审会：{meeting.name}　　日期：{cn_date(data.held_on)}{where}", base.note.but(align="center")),
        blank_lines(0.3),
        ruled_table(summary_columns(data), summary_rows(data), styles, job),
        blank_lines(0.3),
        *[Text(n, _note_style(base, k == 0)) for k, n in enumerate(notes(data))],
    ]
    deviations = deviation_rows(data)
    if deviations:
        story += [blank_lines(0.5), Text("专家评分偏离说明", base.caption),
                  ruled_table(DEVIATION_COLUMNS, deviations, base)]
    story += [
        blank_lines(1),
        plain("评审组长（签字）：＿＿＿＿＿＿＿＿　　　　记录人（签字）：＿＿＿＿＿＿＿＿", base),
        plain(f"日期：{cn_date(data.held_on)}", base),
    ]
    info = DocumentInfo(title=f"{topic(data)}评分汇总表", subject=meeting.name)
    stamp = stamp_of(data)
    return build_pdf(path, story, info=info, stamp=stamp, styles=base, job=job, geometry=LANDSCAPE)

