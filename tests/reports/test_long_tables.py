"""Large meetings: the header on every table page, no row split across pages, a big panel
in the landscape summary."""

import pytest
from pdf_probe import flat, page_numbers, page_texts
from report_samples import synthetic_data

from zqdesk.core.money import money_text
from zqdesk.reports.plan import write_plan_pdf
from zqdesk.reports.sheets import write_sheets_pdf
from zqdesk.reports.summary import write_summary_pdf


@pytest.fixture(scope="module")
def big():
    return synthetic_data(400, experts=15)


def test_plan_header_on_every_table_page_and_rows_whole(big, tmp_path):
    path = write_plan_pdf(big, tmp_path / "big.pdf")
    texts = [flat(t) for t in page_texts(path)]
    numbers = page_numbers(path)
    assert numbers == list(range(1, len(texts) + 1)) and len(texts) > 10
    plan = big.results.plan
    pages_of = {}
    for line in plan.lines:
        p = line.outcome.project
        pages = [k for k, t in enumerate(texts) if p.code in t]
        assert len(pages) == 1, p.code  # each row on exactly one page …
        page = texts[pages[0]]
        # … and the whole row with it: amounts and score beside the code.
        assert money_text(p.total_investment) in page and money_text(p.requested) in page
        assert money_text(line.outcome.result.score) in page
        pages_of[p.code] = pages[0]
    for k in set(pages_of.values()):
        assert "序号项目编号项目名称建设单位总投资申请市级资金得分审批程序" in texts[k]


def test_summary_of_a_fifteen_expert_panel_and_sheets(big, tmp_path):
    path = write_summary_pdf(big, tmp_path / "summary.pdf")
    texts = [flat(t) for t in page_texts(path)]
    for seat in big.panel:
        assert seat.name in texts[0]
    everything = "".join(texts)
    assert all(o.project.code in everything for o in big.results.outcomes)
    seen = []
    write_sheets_pdf(big, tmp_path / "sheets.pdf", experts=[0, 1], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 700
