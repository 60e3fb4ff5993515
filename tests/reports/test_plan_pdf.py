"""年度建设计划（送审稿）: read back from the PDF."""

import os

import pytest
from pdf_probe import flat, fonts, line_starts, page_numbers, page_texts, placed_lines
from pypdf import PdfReader

from zqdesk.core.money import money_text
from zqdesk.core.rules import FIXED_ASSET_THRESHOLD
from zqdesk.reports.job import Cancelled
from zqdesk.reports.layout import stamp_of
from zqdesk.reports.linebreak import NO_LINE_START
from zqdesk.reports.plan import write_plan_pdf

CAPTION_1 = "年度建设计划表"
CAPTION_2 = "储备项目表"


@pytest.fixture
def plan_pdf(demo_data, tmp_path):
    path = tmp_path / "plan.pdf"
    write_plan_pdf(demo_data, path, doc_number="钦发改〔2026〕88号")
    return path


def tables(path):
    text = flat("".join(page_texts(path)))
    first = text.index(CAPTION_1)
    second = text.index(CAPTION_2)
    return text[first:second], text[second:]


def test_lists_exactly_the_funded_projects_in_rank_order(plan_pdf, demo_data):
    plan = demo_data.results.plan
    funded, reserve = tables(plan_pdf)
    known = [o.project.code for o in demo_data.results.outcomes]
    codes = [line.outcome.project.code for line in plan.funded]
    assert _codes(funded, known) == codes
    assert [o.outcome.rank for o in plan.funded] == sorted(o.outcome.rank for o in plan.funded)
    assert _codes(reserve, known) == [line.outcome.project.code for line in plan.reserve]


def test_totals_and_tier_subtotals(plan_pdf, demo_data):
    plan = demo_data.results.plan
    funded, reserve = tables(plan_pdf)
    assert plan.funded_total == sum(line.requested for line in plan.funded)
    total_investment = sum(line.outcome.project.total_investment for line in plan.funded)
    assert f"合计（{len(plan.funded)}个）{money_text(total_investment)}{money_text(plan.funded_total)}" in funded
    for tier, amount in plan.tier_subtotals().items():
        count = sum(1 for line in plan.funded if line.outcome.tier is tier)
        if count:
            assert f"{tier}档小计（{count}个）" in funded and money_text(amount) in funded
    assert f"合计（{len(plan.reserve)}个）" in reserve and money_text(plan.reserve_total) in reserve


def test_approval_route_of_each_funded_project(plan_pdf, demo_data):
    funded, _ = tables(plan_pdf)
    lines = demo_data.results.plan.funded
    large = sum(1 for line in lines if line.outcome.project.total_investment >= FIXED_ASSET_THRESHOLD)
    assert funded.count("固定资产投资程序") == large
    assert funded.count("实施方案代可研") == len(lines) - large


def test_red_head_number_body_and_signature(plan_pdf, demo_data):
    first = flat(page_texts(plan_pdf)[0])
    assert first.startswith("钦州市发展和改革委员会文件钦发改〔2026〕88号")
    assert "年度建设计划（送审稿）" in first and "市人民政府：" in first
    assert "共7人组成评审专家组（组长：黄建国）" in first and "24个项目" in first
    everything = flat("".join(page_texts(plan_pdf)))
    assert "资金额度为3000.00万元" in everything
    assert "以上计划（送审稿）妥否，请审定。钦州市发展和改革委员会2026年11月20日" in everything


def test_blank_document_number_when_not_given(demo_data, tmp_path):
    path = write_plan_pdf(demo_data, tmp_path / "blank.pdf")
    assert "钦发改〔2026〕\u3000\u3000\u3000号" in page_texts(path)[0]


def test_page_numbers_run_without_gaps_right_on_odd_left_on_even(plan_pdf):
    numbers = page_numbers(plan_pdf)
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3
    width = float(PdfReader(plan_pdf).pages[0].mediabox.width)
    for number, lines in zip(numbers, placed_lines(plan_pdf)):
        x = next(x for x, _, text in lines if text == f"— {number} —")
        assert (x > width / 2) if number % 2 else (x < width / 2)


def test_fingerprint_on_every_page_and_all_fonts_embedded(plan_pdf, demo_data):
    stamp = _stamp(demo_data)
    count, head = demo_data.audit_head  # the demo's writes are audited
    assert f"审计链第{count}条 {head[:4]} {head[4:8]}" in stamp
    for text in page_texts(plan_pdf):
        assert stamp in text
    used = fonts(plan_pdf)
    assert used and all(used.values()), used
    info = PdfReader(plan_pdf).metadata
    assert info.title == "2027年度“智慧钦州”建设项目年度建设计划（送审稿）"
    assert info.author == "钦州市发展和改革委员会"


def test_no_line_starts_with_forbidden_punctuation(plan_pdf):
    starts = line_starts(plan_pdf)
    assert len(starts) > 100
    assert [s for s in starts if s[0] in NO_LINE_START] == []


def test_same_meeting_same_bytes(demo_data, tmp_path):
    a = write_plan_pdf(demo_data, tmp_path / "a.pdf")
    b = write_plan_pdf(demo_data, tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()


def test_progress_reaches_the_total_and_cancel_leaves_no_file(demo_data, tmp_path):
    seen = []
    write_plan_pdf(demo_data, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == len(demo_data.results.plan.lines)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = []
    with pytest.raises(Cancelled):
        write_plan_pdf(demo_data, tmp_path / "c.pdf", progress=lambda d, t: calls.append(d),
                       cancelled=lambda: len(calls) >= 2)
    assert not (tmp_path / "c.pdf").exists()
    assert [n for n in os.listdir(tmp_path) if n.endswith(".part")] == []


def test_existing_file_survives_a_cancelled_rewrite(demo_data, tmp_path):
    path = tmp_path / "keep.pdf"
    path.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_plan_pdf(demo_data, path, cancelled=lambda: True)
    assert path.read_bytes() == b"old"


def _codes(text, known):
    """The known project codes found in the text, in the order they appear."""
    return sorted((c for c in known if c in text), key=text.index)


def _stamp(data):
    return stamp_of(data).text()


def test_a_bare_serial_gets_the_organ_prefix_and_year():
    from zqdesk.reports.plan import document_number

    assert document_number("钦发改", 2026, "12") == ("钦发改〔2026〕12号", False)
    assert document_number("钦发改", 2026, "钦发改〔2026〕3号") == ("钦发改〔2026〕3号", False)
