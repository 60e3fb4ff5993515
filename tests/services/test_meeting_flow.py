"""The services a meeting goes through, on small hand-built cases."""

from datetime import date
from decimal import Decimal

import pytest

from zqdesk.core.types import ProjectFacts, Tier
from zqdesk.core.vocab import PLAN_ELEMENTS, Kind, Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import conclusions, meetings, panel, projects, results, scoring
from zqdesk.services.errors import Refused

D = Decimal


def facts(code, unit="钦州市档案馆", total="100", requested="50", **extra):
    base = dict(
        code=code, name=f"项目{code}", unit=unit, kind=Kind.ANNUAL, plan_year=2027, category="电子政务工程",
        nature="新建", total_investment=D(total), requested=D(requested), funding_source="市级财政资金",
        submitted_on=date(2026, 9, 1), sharing_analysis="共享", sharing_departments=("市大数据发展局",),
        protection_level=3, plan_elements=PLAN_ELEMENTS, compiler_qualified=True,
    )
    base.update(extra)
    return ProjectFacts(**base)


def expert(name, organisation, role=Role.MEMBER, recused=()):
    return ExpertRow(name, organisation, "", "", role, tuple(recused), "")


@pytest.fixture
def meeting(db_path):
    m = meetings.create_meeting(meetings.MeetingSettings("测试会", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001"), facts("", unit="钦州市水利局"), facts("")])
    panel.add_experts(m.id, [
        expert("甲", "钦州市科学技术局", Role.CHAIR),
        expert("乙", "钦州市水利局"),
        expert("丙", "北部湾大学", recused=["ZQ-2027-003"]),
    ])
    return m.id


def ids(meeting_id):
    return {e.name: e.expert_id for e in panel.panel(meeting_id)}


def score_all(meeting_id, expert_id, code, points=(20, 20, 15, 15), recommendation="同意"):
    """A complete sheet: the four scores and the recommendation (submit refuses a sheet without one)."""
    for key, value in zip(("necessity", "feasibility", "security", "sharing"), points):
        scoring.enter_score(meeting_id, expert_id, code, key, D(value))
    scoring.save_review(meeting_id, expert_id, code, recommendation=recommendation)


def test_blank_codes_get_the_next_numbers_of_the_plan_year(meeting):
    codes = [f.code for f in projects.meeting_facts(meetings.get_meeting(meeting))]
    assert codes == ["ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"]


def test_recusals_automatic_for_own_unit_and_declared(meeting):
    entries = {e.name: e for e in panel.panel(meeting)}
    assert entries["乙"].recused_codes == ("ZQ-2027-002",)  # works for 钦州市水利局
    assert entries["丙"].recused_codes == ("ZQ-2027-003",)  # declared
    assert entries["甲"].recused_codes == ()


def test_a_recused_expert_cannot_score_the_project(meeting):
    with pytest.raises(Refused, match="已回避"):
        scoring.enter_score(meeting, ids(meeting)["乙"], "ZQ-2027-002", "necessity", D(20))


def test_points_outside_the_range_or_not_halves_are_refused(meeting):
    expert_id = ids(meeting)["甲"]
    for bad in ("30.5", "-1", "12.25"):
        with pytest.raises(Refused):
            scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(bad))
    scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D("29.5"))
    assert scoring.expert_sheet(meeting, expert_id)[0].points == {"necessity": D("29.5")}


def test_submit_needs_every_assigned_project_then_locks(meeting):
    expert_id = ids(meeting)["丙"]
    score_all(meeting, expert_id, "ZQ-2027-001")
    with pytest.raises(Refused, match="ZQ-2027-002"):
        scoring.submit(meeting, expert_id)
    for key, value in zip(("necessity", "feasibility", "security", "sharing"), (20, 20, 15, 15)):
        scoring.enter_score(meeting, expert_id, "ZQ-2027-002", key, D(value))
    # Scored but no recommendation: still not a complete sheet, and the project is named.
    with pytest.raises(Refused, match="尚未选择评审建议，不能提交：ZQ-2027-002。"):
        scoring.submit(meeting, expert_id)
    assert not scoring.expert_sheet(meeting, expert_id)[0].submitted
    scoring.save_review(meeting, expert_id, "ZQ-2027-002", recommendation="修改完善后同意")
    assert scoring.submit(meeting, expert_id) == 2  # 003 is recused
    with pytest.raises(Refused, match="已提交"):
        scoring.enter_score(meeting, expert_id, "ZQ-2027-001", "necessity", D(10))


def test_experts_see_the_panel_only_after_submitting_and_the_chair_opening_it(meeting):
    names = ids(meeting)
    for name, codes in (("甲", ["ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"]), ("丙", ["ZQ-2027-001", "ZQ-2027-002"])):
        for code in codes:
            score_all(meeting, names[name], code)
        scoring.submit(meeting, names[name])
    assert not scoring.can_see_panel(meeting, names["甲"])  # submitted, panel not opened
    meetings.open_panel_view(meeting)
    assert scoring.can_see_panel(meeting, names["甲"])
    assert not scoring.can_see_panel(meeting, names["乙"])  # opened, but 乙 has not submitted
    assert scoring.submitted_experts(meeting) == {names["甲"], names["丙"]}


def test_a_new_round_replaces_the_earlier_scores_of_that_project_only(meeting):
    names = ids(meeting)
    for name in ("甲", "乙", "丙"):
        for code in ("ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-003"):
            try:
                score_all(meeting, names[name], code, (20, 20, 15, 15))
            except Refused:
                pass  # recused
        scoring.submit(meeting, names[name])
    assert scoring.open_round(meeting, ["ZQ-2027-001"], "分歧较大") == 2
    for name in ("甲", "乙"):
        score_all(meeting, names[name], "ZQ-2027-001", (25, 25, 18, 18))
        scoring.submit(meeting, names[name])
    r = results.meeting_results(meeting)
    # Round 2 of 001 holds 甲 and 乙 (86 each) → plain mean 86.00; 丙's round-1 70 no longer counts.
    assert r.outcome("ZQ-2027-001").result.score == D("86.00")
    assert r.outcome("ZQ-2027-001").result.counted == (names["甲"], names["乙"])
    # 002 stays on round 1: 甲 and 丙 (乙 recused), 70 each.
    assert r.outcome("ZQ-2027-002").result.score == D("70.00")
    with pytest.raises(Refused, match="理由"):
        scoring.open_round(meeting, ["ZQ-2027-002"], "  ")


def test_overrides_need_a_reason_and_change_the_decision(db_path):
    m = meetings.create_meeting(meetings.MeetingSettings("否决", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001", self_built=("机房",))])
    panel.add_experts(m.id, [expert("甲", "北部湾大学", Role.CHAIR)])
    expert_id = ids(m.id)["甲"]
    score_all(m.id, expert_id, "ZQ-2027-001", (25, 25, 17, 17))
    scoring.submit(m.id, expert_id)
    assert results.meeting_results(m.id).outcome("ZQ-2027-001").decision == "veto"
    with pytest.raises(Refused, match="理由"):
        conclusions.override_finding(m.id, "ZQ-2027-001", "R5", "", by="甲")
    with pytest.raises(Refused, match="没有R6"):
        conclusions.override_finding(m.id, "ZQ-2027-001", "R6", "理由", by="甲")
    conclusions.override_finding(m.id, "ZQ-2027-001", "R5", "已改为租用云计算中心机房", by="甲")
    outcome = results.meeting_results(m.id).outcome("ZQ-2027-001")
    assert (outcome.decision, outcome.result.score, outcome.tier) == ("pass", D("84.00"), Tier.B)
    conclusions.set_tier(m.id, "ZQ-2027-001", Tier.A, "上级督办", by="甲")
    r = results.meeting_results(m.id)
    assert r.outcome("ZQ-2027-001").tier == Tier.A and r.tier_reasons == {"ZQ-2027-001": "上级督办"}
    assert "已改为租用云计算中心机房" in conclusions.draft_opinion(r, "ZQ-2027-001")


def test_finalise_waits_for_deviation_notes_then_refuses_every_write(db_path):
    m = meetings.create_meeting(meetings.MeetingSettings("定稿", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001")])
    panel.add_experts(m.id, [expert(n, f"单位{n}") for n in "甲乙丙丁"])
    names = ids(m.id)
    # Totals 80, 80, 80, 40: plain mean 70, 30 % = 21; 40 is 30 away → 丁 must explain.
    for name, points in (("甲", (25, 25, 15, 15)), ("乙", (25, 25, 15, 15)), ("丙", (25, 25, 15, 15)),
                         ("丁", (10, 10, 10, 10))):
        score_all(m.id, names[name], "ZQ-2027-001", points)
        scoring.submit(m.id, names[name])
    with pytest.raises(Refused, match="ZQ-2027-001（丁）"):
        meetings.finalise(m.id)
    scoring.save_review(m.id, names["丁"], "ZQ-2027-001", deviation_note="该单位已有同类系统")
    meetings.finalise(m.id)
    with pytest.raises(Refused, match="已定稿"):
        projects.add_projects(m.id, [facts("")])
    with pytest.raises(Refused, match="已定稿"):
        scoring.save_review(m.id, names["丁"], "ZQ-2027-001", deviation_note="改")
    with pytest.raises(Refused, match="已定稿"):
        conclusions.set_tier(m.id, "ZQ-2027-001", Tier.A, "理由", by="甲")


def test_pin_lockout_after_five_failures(meeting):
    expert_id = ids(meeting)["甲"]
    panel.set_pin(meeting, expert_id, "2468")
    panel.verify_pin(meeting, expert_id, "2468")
    for attempt in range(4):
        with pytest.raises(Refused, match="PIN不正确"):
            panel.verify_pin(meeting, expert_id, "0000")
    with pytest.raises(Refused, match="已锁定10分钟"):
        panel.verify_pin(meeting, expert_id, "0000")
    with pytest.raises(Refused, match="已锁定至"):
        panel.verify_pin(meeting, expert_id, "2468")  # even the right PIN, until the lock ends


def test_an_imported_holiday_file_moves_the_pre_review_due_date(meeting, tmp_path):
    from zqdesk.services.calendar import import_holidays

    m = meetings.create_meeting(meetings.MeetingSettings("专项", Kind.SPECIAL, 2031, budget=D("10")))
    projects.add_projects(m.id, [facts("ZQ-2031-001", kind=Kind.SPECIAL, plan_year=2031,
                                       submitted_on=date(2031, 1, 20), mandated=True)])
    meeting = meetings.get_meeting(m.id)
    r2 = projects.meeting_findings(meeting, as_of=date(2031, 1, 21))["ZQ-2031-001"][0]
    # No 2031 data: weekends only. 15 working days after Mon 20 Jan 2031 → Mon 10 Feb 2031.
    assert (r2.rule_id, r2.due_date, r2.severity) == ("R2", date(2031, 2, 10), "warning")
    assert "节假日安排未导入" in r2.message
    # A made-up 2031 notice: 27 Jan – 2 Feb off (Mon..Sun), working Sat 8 Feb.
    lines = ["日期,类型,名称"] + [f"2031-01-{d},休,春节" for d in range(27, 32)] + \
            ["2031-02-01,休,春节", "2031-02-02,休,春节", "2031-02-08,班,春节"]
    (tmp_path / "2031.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_holidays(tmp_path / "2031.csv") == 2031
    r2 = projects.meeting_findings(meeting, as_of=date(2031, 1, 21))["ZQ-2031-001"][0]
    # Working days after 20 Jan: 21–24 Jan (4), 3–7 Feb (9), Sat 8 Feb (10), 10–14 Feb (15) → Fri 14 Feb.
    # Left as of 21 Jan: 22–24 Jan (3) + 3–8 Feb (6) + 10–14 Feb (5) = 14.
    assert (r2.due_date, r2.days_left, r2.severity) == (date(2031, 2, 14), 14, "info")
    assert "节假日安排未导入" not in r2.message
