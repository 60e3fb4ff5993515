"""专家评分表, 评分汇总表, 签到表 and 回避声明, read back."""

from pdf_probe import flat, fonts, line_starts, page_numbers, page_texts, section_starts
from pypdf import PdfReader

from zqdesk.core.money import money_text
from zqdesk.reports.common import points_text
from zqdesk.reports.linebreak import NO_LINE_START
from zqdesk.reports.sheets import PLEDGE, expert_lines, write_sheets_pdf
from zqdesk.reports.signin import write_signin_pdf
from zqdesk.reports.summary import write_summary_pdf


def sections(path):
    texts = page_texts(path)
    starts = section_starts(path) + [len(texts)]
    numbers = page_numbers(path)
    return [(flat("".join(texts[a:b])), numbers[a:b]) for a, b in zip(starts, starts[1:])]


def common_checks(path):
    assert all(fonts(path).values())
    assert [s for s in line_starts(path) if s[0] in NO_LINE_START] == []


def test_scoring_sheet_per_expert(demo_data, tmp_path):
    path = write_sheets_pdf(demo_data, tmp_path / "sheets.pdf")
    common_checks(path)
    parts = sections(path)
    assert len(parts) == len(demo_data.panel)
    for seat, (text, numbers) in zip(demo_data.panel, parts):
        assert numbers == list(range(1, len(numbers) + 1))
        assert f"专家姓名{seat.name}工作单位{seat.organisation}" in text
        lines = expert_lines(demo_data, seat.expert_id)
        assert lines
        for line in lines:
            assert line.code in text
            assert points_text(line.sheet.total) in text
        assert PLEDGE in text and "专家签字" in text
    qin = next(text for seat, (text, _) in zip(demo_data.panel, parts) if seat.name == "覃海波")
    assert "回避项目：ZQ-2027-013" in qin
    assert qin.count("ZQ-2027-013") == 1  # named as recused, not scored


def test_score_summary(demo_db, demo_data, tmp_path):
    from zqdesk.storage.models import Expert, Project, Review

    # The harsh expert's explanation of the deviating total is printed.
    expert = Expert.get(Expert.name == "刘芳")
    project = Project.get(Project.code == "ZQ-2027-016")
    Review.update(deviation_note="现场核查发现导览内容与文旅资源数据库重复。").where(
        (Review.expert == expert) & (Review.project == project)).execute()
    from zqdesk.reports.data import load_report_data
    from zqdesk.services.results import meeting_results

    data = load_report_data(meeting_results(demo_db))
    path = write_summary_pdf(data, tmp_path / "summary.pdf")
    common_checks(path)
    page = PdfReader(path).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = flat("".join(page_texts(path)))
    codes = [o.project.code for o in data.results.outcomes]
    assert sorted(codes, key=text.index) == codes  # rank order, then the rest
    for seat in data.panel:
        assert seat.name in text
    for o in data.results.outcomes:
        if o.result.score is not None:
            assert money_text(o.result.score) in text
    assert "24.5▲" in text
    assert "ZQ-2027-016文旅融合智慧导览系统刘芳24.5" in text
    assert "现场核查发现导览内容与文旅资源数据库重复。" in text
    assert "肯德尔和谐系数" in text and "评审组长（签字）" in text
    assert page_numbers(path) == list(range(1, len(page_texts(path)) + 1))


def test_signin_and_recusal_declarations(demo_data, tmp_path):
    path = write_signin_pdf(demo_data, tmp_path / "signin.pdf")
    common_checks(path)
    parts = sections(path)
    assert len(parts) == 1 + len(demo_data.panel)
    signin, numbers = parts[0]
    assert "评审专家签到表" in signin and numbers == [1]
    for seat in demo_data.panel:
        assert seat.name in signin and seat.phone in signin
    for seat, (text, numbers) in zip(demo_data.panel, parts[1:]):
        assert numbers[0] == 1
        assert f"本人{seat.name}（{seat.organisation}）" in text and "声明人（签字）" in text
        if demo_data.recusals_of(seat.expert_id):
            for r in demo_data.recusals_of(seat.expert_id):
                assert r.code in text and r.reason in text
        else:
            assert "均不存在利害关系，无需回避" in text
    chen = parts[1 + [s.name for s in demo_data.panel].index("陈志强")][0]
    assert "ZQ-2027-003智慧交通信号联网控制系统钦州市公安局本单位申报项目" in chen
