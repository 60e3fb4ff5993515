"""The complete sheets a meeting's results count, as read with one pivoted query (both backends)."""

from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import expert, facts, ids, score_all
from zqdesk.core.vocab import Kind, Role
from zqdesk.services import meetings, panel, projects, results, scoring
from zqdesk.services.counted_sheets import complete_sheets
from zqdesk.storage.db import writing
from zqdesk.storage.models import Project, Score

D = Decimal
KEYS = ["necessity", "feasibility", "security", "sharing"]


@pytest.fixture
def meeting(db_path):
    """Three projects; 甲 chairs, 乙 works for 002's unit, 丙 declared a recusal from 003."""
    m = meetings.create_meeting(meetings.MeetingSettings("测试会", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001"), facts("", unit="钦州市水利局"), facts("")])
    panel.add_experts(m.id, [
        expert("甲", "钦州市科学技术局", Role.CHAIR),
        expert("乙", "钦州市水利局"),
        expert("丙", "北部湾大学", recused=["ZQ-2027-003"]),
    ])
    return m.id


def test_only_submitted_unrecused_sheets_count_by_expert_with_their_words(meeting):
    names = ids(meeting)
    for name, points in (("丙", (10, 10, 5, 5.5)), ("甲", (20, 20, 15, 15))):
        for code in ("ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"):
            if (name, code) != ("丙", "ZQ-2027-003"):  # 丙 is recused from 003
                score_all(meeting, names[name], code, points)
        scoring.save_review(meeting, names[name], "ZQ-2027-001", recommendation="同意", opinion=f"{name}的意见")
        scoring.submit(meeting, names[name])
    score_all(meeting, names["乙"], "ZQ-2027-001")  # entered, never submitted: not counted

    sheets = complete_sheets(meetings.get_meeting(meeting), KEYS)

    assert [s.expert_id for s in sheets["ZQ-2027-001"]] == sorted([names["甲"], names["丙"]])
    assert [s.expert_id for s in sheets["ZQ-2027-003"]] == [names["甲"]]
    by_name = {s.expert_id: s for s in sheets["ZQ-2027-001"]}
    assert by_name[names["丙"]].points == {"necessity": D(10), "feasibility": D(10), "security": D(5),
                                           "sharing": D("5.5")}
    assert by_name[names["丙"]].total == D("30.5")
    assert (by_name[names["甲"]].recommendation, by_name[names["甲"]].opinion) == ("同意", "甲的意见")


def test_a_score_under_a_criterion_the_meeting_lacks_is_still_part_of_the_sheet(meeting):
    names = ids(meeting)
    for code in ("ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"):
        score_all(meeting, names["甲"], code, (20, 20, 15, 15))
    scoring.submit(meeting, names["甲"])
    project = Project.get(Project.code == "ZQ-2027-001")
    with writing():  # as an older database might hold it; the services never write one
        Score.create(project=project, expert=names["甲"], round=1, criterion="innovation", points=D("4.5"))

    sheet, = complete_sheets(meetings.get_meeting(meeting), KEYS)["ZQ-2027-001"]

    assert sheet.points == {"necessity": D(20), "feasibility": D(20), "security": D(15), "sharing": D(15),
                            "innovation": D("4.5")}
    assert sheet.total == D("74.5")
    assert results.meeting_results(meeting).outcome("ZQ-2027-001").result.score == D("74.50")


def test_a_sheet_missing_a_criterion_is_not_counted_but_its_round_is_the_latest(meeting):
    names = ids(meeting)
    for name in ("甲", "丙"):
        for code in ("ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"):
            if (name, code) != ("丙", "ZQ-2027-003"):
                score_all(meeting, names[name], code, (20, 20, 15, 15))
        scoring.submit(meeting, names[name])
    scoring.open_round(meeting, ["ZQ-2027-001"], "分歧较大")
    score_all(meeting, names["甲"], "ZQ-2027-001", (25, 25, 18, 18))
    scoring.submit(meeting, names["甲"])
    project = Project.get(Project.code == "ZQ-2027-001")
    with writing():  # as a damaged or older database might hold it
        Score.delete().where((Score.project == project) & (Score.round == 2) & (Score.criterion == "sharing")).execute()

    sheets = complete_sheets(meetings.get_meeting(meeting), KEYS)

    assert sheets["ZQ-2027-001"] == []  # round 2 is the latest; its one sheet is incomplete
    assert [s.expert_id for s in sheets["ZQ-2027-002"]] == sorted([names["甲"], names["丙"]])
