"""Authorisation in the services: role × action × owner, including forged ids passed straight
to the service (SPEC §12, issue 5)."""

from datetime import date
from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import expert, facts, ids, score_all
from zqdesk.core.types import Tier
from zqdesk.core.vocab import Kind, Role
from zqdesk.services import accounts, auditing, calendar, conclusions, meetings, panel, projects, results, scoring
from zqdesk.services.access import ALLOWED, Action, Actor, ActorRole, acting_as
from zqdesk.services.errors import Refused

D = Decimal


@pytest.fixture
def room(db_path):
    """A meeting with experts 甲 (chair), 乙, 丙 and two projects; a second meeting with 丁."""
    m = meetings.create_meeting(meetings.MeetingSettings("权限", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001"), facts("ZQ-2027-002")])
    panel.add_experts(m.id, [expert("甲", "单位甲", Role.CHAIR), expert("乙", "单位乙"), expert("丙", "单位丙")])
    other = meetings.create_meeting(meetings.MeetingSettings("另一会", Kind.ANNUAL, 2027, budget=D("100")))
    projects.add_projects(other.id, [facts("ZQ-2027-001")])
    panel.add_experts(other.id, [expert("丁", "单位丁")])
    names = ids(m.id)
    names["丁"] = ids(other.id)["丁"]
    return m.id, other.id, names


def actors(meeting_id, other_id, names):
    return {
        "admin": Actor("管理员", ActorRole.ADMIN, user_id=1),
        "clerk": Actor("会务", ActorRole.CLERK, user_id=2),
        "auditor": Actor("审计", ActorRole.AUDITOR, user_id=3),
        "chair": Actor("甲", ActorRole.CHAIR, expert_id=names["甲"], meeting_id=meeting_id),
        "expert": Actor("乙", ActorRole.EXPERT, expert_id=names["乙"], meeting_id=meeting_id),
        "outsider": Actor("丁", ActorRole.EXPERT, expert_id=names["丁"], meeting_id=other_id),
    }


def allowed(actor, call) -> bool:
    with acting_as(actor):
        try:
            call()
        except Refused as refusal:
            if "无权" in str(refusal) or "只能" in str(refusal) or "查看" in str(refusal):
                return False
            raise
    return True


# (action name, call(meeting, names), roles that may)
CASES = [
    ("乙 scores own sheet", lambda m, n: scoring.enter_score(m, n["乙"], "ZQ-2027-001", "necessity", D(20)),
     {"clerk", "expert"}),
    ("甲 (chair) scores own sheet", lambda m, n: scoring.enter_score(m, n["甲"], "ZQ-2027-001", "necessity", D(20)),
     {"clerk", "chair"}),
    ("丙's sheet, forged id", lambda m, n: scoring.enter_score(m, n["丙"], "ZQ-2027-001", "necessity", D(20)),
     {"clerk"}),
    ("read 丙's sheet", lambda m, n: scoring.expert_sheet(m, n["丙"]), {"clerk", "chair", "auditor"}),
    ("read 乙's own sheet", lambda m, n: scoring.expert_sheet(m, n["乙"]), {"clerk", "chair", "auditor", "expert"}),
    ("everyone's results", lambda m, n: results.meeting_results(m), {"clerk", "chair", "auditor"}),
    ("create a meeting", lambda m, n: meetings.create_meeting(meetings.MeetingSettings("新", Kind.ANNUAL, 2027)),
     {"clerk"}),
    ("add a project", lambda m, n: projects.add_projects(m, [facts("")]), {"clerk"}),
    ("set a PIN", lambda m, n: panel.set_pin(m, n["乙"], "5678"), {"clerk"}),
    ("open a round", lambda m, n: scoring.open_round(m, ["ZQ-2027-001"], "分歧大"), {"chair"}),
    ("move a tier", lambda m, n: conclusions.set_tier(m, "ZQ-2027-001", Tier.A, "督办", by="甲"), {"chair"}),
    ("open the panel view", lambda m, n: meetings.open_panel_view(m), {"chair"}),
    ("import holidays", lambda m, n: calendar.import_holidays("db/holidays/2026.csv"), {"admin"}),
    ("verify the audit", lambda m, n: auditing.verify_audit(), {"admin", "auditor"}),
    ("list accounts", lambda m, n: accounts.list_accounts(), {"admin"}),
]


@pytest.mark.parametrize("name, call, expected", CASES, ids=[c[0] for c in CASES])
def test_role_action_owner_table(room, name, call, expected):
    meeting_id, other_id, names = room
    found = set()
    for who, actor in actors(meeting_id, other_id, names).items():
        if allowed(actor, lambda: call(meeting_id, names)):
            found.add(who)
    assert found == expected


def test_an_expert_of_another_meeting_cannot_touch_this_one(room):
    meeting_id, other_id, names = room
    outsider = actors(meeting_id, other_id, names)["outsider"]
    with acting_as(outsider), pytest.raises(Refused, match="无权|只能"):
        scoring.enter_score(meeting_id, names["丁"], "ZQ-2027-001", "necessity", D(10))


def test_an_expert_sees_the_panel_only_after_submitting_and_opening(room):
    meeting_id, other_id, names = room
    people = actors(meeting_id, other_id, names)
    with acting_as(people["expert"]):
        for code in ("ZQ-2027-001", "ZQ-2027-002"):
            score_all(meeting_id, names["乙"], code)
        with pytest.raises(Refused, match="提交全部评分"):
            results.meeting_results(meeting_id)
        scoring.submit(meeting_id, names["乙"])
        with pytest.raises(Refused, match="开放互见"):
            results.meeting_results(meeting_id)
    with acting_as(people["chair"]):
        meetings.open_panel_view(meeting_id)
    with acting_as(people["expert"]):
        assert results.meeting_results(meeting_id).outcome("ZQ-2027-001").result.counted == (names["乙"],)


def test_nobody_logged_in_is_refused(room):
    from zqdesk.services.access import set_actor

    set_actor(None)
    with pytest.raises(Refused, match="请先登录"):
        results.meeting_results(room[0])


def test_no_role_both_changes_scores_and_administers_the_trail():
    score_writers = ALLOWED[Action.SCORE_OWN] | ALLOWED[Action.SCORE_CLERK] | ALLOWED[Action.SCORE_AMEND]
    trail_keepers = ALLOWED[Action.ADMINISTER] | ALLOWED[Action.AUDIT_VERIFY]
    assert score_writers & trail_keepers == set()


def test_a_finalised_meeting_refuses_every_write_whoever_asks(room):
    meeting_id, other_id, names = room
    with acting_as(actors(meeting_id, other_id, names)["chair"]):
        meetings.finalise(meeting_id)
    for who, actor in actors(meeting_id, other_id, names).items():
        with acting_as(actor), pytest.raises(Refused):
            scoring.enter_score(meeting_id, names["乙"], "ZQ-2027-001", "necessity", D(20))


def test_passwords_need_length_and_three_classes():
    for weak in ("Ab1!", "abcdefgh", "abcdefg1", "ABCDEFG1"):
        with pytest.raises(Refused):
            accounts.check_password(weak)
    accounts.check_password("abcdefG1")
    accounts.check_password("审计员abc123")  # Chinese characters count as the 'other' class


def test_staff_lockout_after_five_failures(db_path):
    accounts.create_first_admin("admin", "管理员", "Admin#2027")
    for _ in range(4):
        with pytest.raises(Refused, match="不正确"):
            accounts.login("admin", "wrong")
    with pytest.raises(Refused, match="已锁定10分钟"):
        accounts.login("admin", "wrong")
    with pytest.raises(Refused, match="已锁定至"):
        accounts.login("admin", "Admin#2027")


def test_the_first_administrator_only_once(db_path):
    accounts.create_first_admin("admin", "管理员", "Admin#2027")
    with pytest.raises(Refused, match="已存在"):
        accounts.create_first_admin("admin2", "管理员", "Admin#2027")


def test_production_hashes_use_the_owasp_scrypt_cost(monkeypatch):
    from zqdesk.services import secrets

    monkeypatch.undo()  # the suite's fast test cost off: the real one
    stored = secrets.hash_secret("Admin#2027")
    assert stored.split("$")[1:4] == ["131072", "8", "1"]
    assert secrets.verify_secret("Admin#2027", stored) and not secrets.verify_secret("admin#2027", stored)


def test_the_panel_chair_logs_in_with_a_pin_and_acts_as_chair(room):
    meeting_id, _, names = room
    panel.set_pin(meeting_id, names["甲"], "1357")
    actor = accounts.expert_login(meeting_id, names["甲"], "1357")
    assert (actor.role, actor.expert_id, actor.meeting_id) == (ActorRole.CHAIR, names["甲"], meeting_id)
    panel.set_pin(meeting_id, names["乙"], "2468")
    assert accounts.expert_login(meeting_id, names["乙"], "2468").role is ActorRole.EXPERT
