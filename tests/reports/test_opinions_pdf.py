"""评审意见 / 预审意见: one per project, each numbering its own pages."""

import pytest
from pdf_probe import flat, fonts, line_starts, page_numbers, page_texts, section_starts

from zqdesk.core.money import money_text
from zqdesk.reports.conclusion import conclude
from zqdesk.reports.linebreak import NO_LINE_START
from zqdesk.reports.opinions import write_opinions_pdf


@pytest.fixture(scope="module")
def opinions(demo_report, tmp_path_factory):
    demo_data = demo_report
    path = write_opinions_pdf(demo_data, tmp_path_factory.mktemp("opinions") / "opinions.pdf")
    texts = page_texts(path)
    starts = section_starts(path) + [len(texts)]
    numbers = page_numbers(path)
    by_code = {}
    for first, end in zip(starts, starts[1:]):
        text = flat("".join(texts[first:end]))
        code = next(o.project.code for o in demo_data.results.outcomes if o.project.code in text)
        by_code[code] = (text, numbers[first:end])
    return path, by_code


def test_one_opinion_per_project_each_numbered_from_one(opinions, demo_report):
    demo_data = demo_report
    path, by_code = opinions
    assert sorted(by_code) == sorted(o.project.code for o in demo_data.results.outcomes)
    for _text, numbers in by_code.values():
        assert numbers == list(range(1, len(numbers) + 1))
    assert all(fonts(path).values())
    assert [s for s in line_starts(path) if s[0] in NO_LINE_START] == []


def test_each_opinion_carries_its_score_method_and_conclusion(opinions, demo_report):
    demo_data = demo_report
    _, by_code = opinions
    results = demo_data.results
    funded = demo_data.funded_codes()
    for o in results.outcomes:
        text, _ = by_code[o.project.code]
        assert o.project.name in text
        if o.result.score is not None:
            assert f"综合得分{money_text(o.result.score)}分" in text
            assert f"有效评分专家{o.result.experts_counted}人" in text
            assert o.result.method.label in text
            for c in results.criteria:
                assert money_text(o.result.sub_scores[c.key]) in text
        counts = results.recommendations(o.project.code)
        conclusion = conclude(o, counts, 2027, o.project.code in funded, results.meeting.pass_mark)
        assert f"四、评审结论{flat(conclusion.text)}" in text
        assert "评审组长（签字）" in text


def test_worded_conclusions_of_the_demo(opinions):
    _, by_code = opinions
    assert "同意通过评审，建议列入2027年度建设计划。" in by_code["ZQ-2027-002"][0]
    assert "建议列入2027年度建设计划储备项目" in by_code["ZQ-2027-007"][0]
    assert "修改完善后再报（得分59.10分，低于通过分数线60分）" in by_code["ZQ-2027-015"][0]
    assert "不予通过（R1逾期申报）" in by_code["ZQ-2027-017"][0]
    assert "不予通过（一票否决：R5私自新建或扩建基础设施）" in by_code["ZQ-2027-019"][0]
    assert "抄送备案，不列入市级年度建设计划" in by_code["ZQ-2027-021"][0]


def test_overrides_tier_moves_and_recusals_are_explained(opinions):
    _, by_code = opinions
    assert "经评审组长复核，该项意见不作为不予通过依据，理由：建设单位已于会前补交资质证明及完整实施方案。" in \
        by_code["ZQ-2027-018"][0]
    assert "评审组长将本项目由B档调整为A档，理由：校园网络安全整改为上级督办事项，提前实施。" in by_code["ZQ-2027-006"][0]
    assert "回避1人：覃海波（本人申报回避）" in by_code["ZQ-2027-013"][0]
    assert "同意7人，修改完善后同意0人，不同意0人" in by_code["ZQ-2027-001"][0]


def test_special_application_gets_a_pre_review_opinion_with_its_dates(opinions):
    _, by_code = opinions
    text = by_code["ZQ-2027-023"][0]
    assert text.startswith("应急指挥调度系统（专项）预审意见") and "评审意见" not in text
    assert "受理日期2026年11月5日" in text and "办结期限2026年11月26日" in text
    assert "同意通过预审" in text


def test_selected_projects_only(demo_data, tmp_path):
    path = write_opinions_pdf(demo_data, tmp_path / "one.pdf", codes=["ZQ-2027-023"])
    assert len(section_starts(path)) == 1
    assert "ZQ-2027-023" in flat("".join(page_texts(path)))


def test_the_chairs_saved_opinion_is_printed_and_fingerprinted(demo_db, tmp_path):
    from zqdesk.reports.data import load_report_data
    from zqdesk.reports.fingerprint import report_fingerprint
    from zqdesk.services.results import meeting_results
    from zqdesk.storage.models import Conclusion, Project

    before = report_fingerprint(load_report_data(meeting_results(demo_db)))
    # Stored as conclusions.save_opinion stores it, but without touching the audit chain, whose
    # head is kept outside the database and shared by every copy of the demo in this run.
    Conclusion.create(project=Project.get(Project.code == "ZQ-2027-005"),
                      opinion="项目建设必要。\n建议进一步明确与省级平台的数据对接方式。")
    data = load_report_data(meeting_results(demo_db))
    assert report_fingerprint(data) != before
    path = write_opinions_pdf(data, tmp_path / "saved.pdf", codes=["ZQ-2027-005"])
    text = flat("".join(page_texts(path)))
    assert "四、评审组意见项目建设必要。建议进一步明确与省级平台的数据对接方式。五、评审结论同意通过评审" in text
