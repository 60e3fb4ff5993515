"""评审意见 per project (预审意见 for a special application, 第八条), bundled in one PDF; each
opinion starts a page and numbers its own pages, as each goes to its own applicant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import KeepTogether, PageBreak

from zqdesk.core.ranking import Outcome, Thresholds, default_tier
from zqdesk.core.rules import PRE_REVIEW_WORKING_DAYS
from zqdesk.core.types import Decision
from zqdesk.core.vocab import PROTECTION_LEVEL_NAMES, Kind
from zqdesk.reports.common import TIER_LABELS, amount, cn_date, points_text, score_text, topic
from zqdesk.reports.conclusion import conclude, recommendation_text
from zqdesk.reports.data import ReportData, report_data
from zqdesk.reports.job import CancelCheck, Job, Progress
from zqdesk.reports.layout import DocumentInfo, Section, Tick, build_pdf, stamp_of
from zqdesk.reports.narrative import panel_phrase
from zqdesk.reports.parts import blank_lines, heading, para, right, title
from zqdesk.reports.styles import Styles, document_styles
from zqdesk.reports.tables import CENTER, LEFT, Column, Row, fit_widths, ruled_table

FACT_COLUMNS = (
    Column("", 27, CENTER, strong=True), Column("", 51, LEFT),
    Column("", 27, CENTER, strong=True), Column("", 51, LEFT),
)


def opinion_kind(outcome: Outcome) -> str:
    return "预审意见" if outcome.project.kind is Kind.SPECIAL else "评审意见"


def _due_date(outcome: Outcome):
    return next((f.due_date for f in outcome.findings if f.rule_id == "R2" and f.due_date), None)


def fact_rows(outcome: Outcome, data: ReportData) -> list[Row]:
    p = outcome.project
    level = "涉密" if p.classified else PROTECTION_LEVEL_NAMES.get(p.protection_level, "未明确")
    rows = [
        Row(["项目名称", p.name], merge=[(1, 3)]),
        Row(["项目编号", p.code, "申报类型", p.kind.label]),
        Row(["建设单位", p.unit], merge=[(1, 3)]),
        Row(["项目类别", p.category, "建设内容类型", p.sub_type or "—"]),
        Row(["建设性质", p.nature, "资金来源", p.funding_source]),
        Row(["总投资", f"{amount(p.total_investment)}万元", "申请市级资金", f"{amount(p.requested)}万元"]),
        Row(["部署方式", "、".join(p.deployment) or "—", "安全保护", level]),
    ]
    if p.kind is Kind.SPECIAL:
        due = _due_date(outcome)
        rows.append(Row(["受理日期", cn_date(p.submitted_on), "办结期限",
                         f"{cn_date(due)}（{PRE_REVIEW_WORKING_DAYS}个工作日）" if due else "—"]))
    else:
        rows.append(Row(["申报日期", cn_date(p.submitted_on), "评审日期", cn_date(data.held_on)]))
    return rows


def panel_text(outcome: Outcome, data: ReportData) -> str:
    meeting = data.meeting
    where = f"在{meeting.venue}" if meeting.venue else ""
    text = f"{cn_date(data.held_on)}，市发改委{where}召开{meeting.name}，组织{panel_phrase(data)}，对本项目进行了评审。"
    counted = [_named(data, e) for e in outcome.result.counted]
    if counted:
        text += f"参加本项目评分的专家{len(counted)}人：{'、'.join(counted)}。"
    recused = data.recused_from(outcome.project.code)
    if recused:
        names = "；".join(f"{data.seat(r.expert_id).name}（{r.reason or '申请回避'}）" for r in recused)
        text += f"回避{len(recused)}人：{names}，未参加本项目评分。"
    return text


def _named(data: ReportData, expert_id: int) -> str:
    seat = data.seat(expert_id)
    return f"{seat.name}（组长）" if seat.is_chair else seat.name


def score_text_of(outcome: Outcome, data: ReportData) -> str:
    """The score, how it was reached, the rank and the tier — with any tier move and its reason."""
    result = outcome.result
    if outcome.decision is Decision.RECORD:
        return "本项目属国家、自治区相关部门拨款建设的项目，按《办法》第十一条抄送备案，不参与评分。"
    if result.score is None:
        return "本项目未取得有效评分。"
    pass_mark = f"{data.meeting.pass_mark.normalize():f}"
    text = (f"有效评分专家{result.experts_counted}人，按{result.method.label}计分，本项目综合得分"
            f"{score_text(result.score)}分（通过分数线{pass_mark}分），各项得分见下表")
    if outcome.rank is None:
        return text + "。"
    passed = sum(1 for o in data.results.outcomes if o.rank is not None)
    text += f"；在通过评审的{passed}个项目中排第{outcome.rank}位，列为{TIER_LABELS[outcome.tier]}。"
    if outcome.tier_overridden:
        meeting = data.meeting
        default = default_tier(result.score, outcome.project.mandated,
                               Thresholds(meeting.pass_mark, meeting.tier_a, meeting.tier_b))
        reason = data.results.tier_reasons.get(outcome.project.code, "")
        text += f"评审组长将本项目由{default}档调整为{outcome.tier}档，理由：{reason.rstrip('。')}。"
    elif outcome.project.mandated:
        text += "本项目属上级要求建设的项目，列为A档。"
    return text


def score_table(outcome: Outcome, data: ReportData, styles: Styles):
    """The sub-scores across one row: 必要性（30） … 综合得分."""
    criteria = data.results.criteria
    first = 156 - 26 * (len(criteria) + 1)
    columns = [Column("评分项", first, CENTER, strong=True)]
    columns += [Column(f"{c.label}\n{points_text(c.max_points)}分", 26, CENTER) for c in criteria]
    total = sum((c.max_points for c in criteria), Decimal(0))
    columns.append(Column(f"综合得分\n{points_text(total)}分", 26, CENTER))
    subs = outcome.result.sub_scores
    row = Row(["得分", *[score_text(subs.get(c.key)) for c in criteria], score_text(outcome.result.score)])
    return ruled_table(fit_widths(columns, 156), [row], styles)


def expert_view(outcome: Outcome, data: ReportData) -> list[str]:
    counts = data.results.recommendations(outcome.project.code)
    text = f"评审建议：{recommendation_text(counts)}。"
    opinions = Counter(s.opinion.strip() for s in data.counted_sheets(outcome) if s.opinion.strip())
    if opinions:
        gist = "；".join(f"{o.rstrip('。；')}（{n}人）" for o, n in opinions.most_common())
        text += f"专家主要意见：{gist}。"
    return [text]


def finding_paragraphs(outcome: Outcome, data: ReportData) -> list[str]:
    shown = [f for f in outcome.findings if f.rule_id != "R2"]
    if not shown:
        return ["经合规审查，未发现不符合《办法》规定的情形。"]
    paragraphs = []
    for number, f in enumerate(shown, start=1):
        text = f"{number}．{f.message}（{f.article}，{f.severity.label}）"
        reason = data.results.override_reasons.get((outcome.project.code, f.rule_id))
        if reason and f.rule_id in outcome.overridden:
            text += f"经评审组长复核，该项意见不作为{f.severity.label}依据，理由：{reason.rstrip('。')}。"
        paragraphs.append(text)
    return paragraphs


def opinion_story(outcome: Outcome, data: ReportData, styles: Styles, job: Job) -> list:
    p = outcome.project
    kind = opinion_kind(outcome)
    funded = p.code in data.funded_codes()
    counts = data.results.recommendations(p.code)
    conclusion = conclude(outcome, counts, data.plan_year, funded, data.meeting.pass_mark)
    story = [
        Section(f"{p.code} {p.name}（{kind}）", p.code),
        title(f"{p.name}\n{kind}", styles),
        ruled_table(FACT_COLUMNS, fact_rows(outcome, data), styles, header=False),
        blank_lines(0.5),
        *heading("一、评审情况", styles),
        para(panel_text(outcome, data), styles),
        para(score_text_of(outcome, data), styles),
    ]
    if outcome.result.score is not None:
        story += [score_table(outcome, data, styles), blank_lines(0.5)]
    story += [
        *heading("二、专家意见", styles), *[para(t, styles) for t in expert_view(outcome, data)],
        *heading("三、合规审查", styles), *[para(t, styles) for t in finding_paragraphs(outcome, data)],
    ]
    saved = data.opinions.get(p.code)
    if saved:
        # The opinion as the chair edited and saved it (SPEC §3.7), paragraph by paragraph.
        story += [*heading("四、评审组意见", styles),
                  *[para(t.strip(), styles) for t in saved.splitlines() if t.strip()]]
    story += [
        *heading(f"{'五' if saved else '四'}、评审结论", styles), para(conclusion.text, styles),
        KeepTogether([
            blank_lines(1.5),
            right("评审组长（签字）：＿＿＿＿＿＿＿＿", styles.plain),
            right(cn_date(data.held_on), styles.plain.but(right_indent=2 * styles.plain.size)),
        ]),
        Tick(job),
    ]
    return story


def write_opinions_pdf(
    source,
    path: Path | str,
    *,
    codes: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the opinion of every project (or of ``codes``), one after another, to ``path``."""
    data = report_data(source)
    styles = document_styles()
    outcomes = sorted(data.results.outcomes, key=lambda o: o.project.code)
    if codes is not None:
        wanted = set(codes)
        outcomes = [o for o in outcomes if o.project.code in wanted]
    job = Job(len(outcomes), progress, cancelled)
    story = []
    for outcome in outcomes:
        job.check()
        if story:
            story.append(PageBreak())
        story += opinion_story(outcome, data, styles, job)
    info = DocumentInfo(title=f"{topic(data)}评审意见", subject=data.meeting.name)
    stamp = stamp_of(data)
    return build_pdf(path, story, info=info, stamp=stamp, styles=styles, job=job)

