"""A meeting scored entirely on three experts' own laptops and merged gives the same scores,
ranks and plan as the same scores typed in at the clerk's desk (SPEC §8.3)."""

import pytest

from tests.packages.conftest import (
    AS_OF, CLERK, SCORES, build_meeting, expert_ids, export, issue, on_laptop, score_by_hand, scored_file,
)
from zqdesk.cli.output import results_json
from zqdesk.services import accounts, expertmode, meetings, packages, panel, results, scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.services.errors import Refused
from zqdesk.storage.models import (
    Attachment, AuditEntry, Envelope, Expert, ExpertPackage, Meeting, PanelMember, Project, Recusal, Review,
    Score,
)
from zqdesk.storage.verify import verify


def _snapshot(meeting_id):
    r = results.meeting_results(meeting_id, AS_OF)
    sheets = {code: [(s.expert_id, s.points, s.recommendation, s.opinion) for s in items]
              for code, items in r.sheets.items()}
    return results_json(r), r.outcomes, sheets, r.plan.funded_codes()


def test_three_laptops_merge_to_the_same_results_as_typing_the_scores_in(clerk, tmp_path):
    files = []
    for name in ("甲", "乙", "丙"):
        package, code = issue(clerk, name)
        info = on_laptop(clerk, package, code)
        # The laptop's scoring form is the meeting room's: the same services, only this expert's projects.
        assert [line.code for line in scoring.expert_sheet(info.meeting_id, info.expert_id)] == sorted(SCORES[name])
        score_by_hand(info.meeting_id, info.expert_id, SCORES[name])
        assert verify().intact
        files.append(export(clerk, name))

    with acting_as(CLERK):
        outcomes = packages.import_results(clerk.meeting, files)
    assert [(o.expert, o.revision, o.status, o.changed_sheets) for o in outcomes] == [
        ("甲", 1, "merged", 4), ("乙", 1, "merged", 3), ("丙", 1, "merged", 3)]
    assert verify().intact  # `zqdesk-cli audit verify` after the merge
    merged = _snapshot(clerk.meeting)
    assert {p.expert.name: p.merged_revision for p in ExpertPackage.select()} == {"甲": 1, "乙": 1, "丙": 1}

    typed_path = tmp_path / "typed" / "typed.sqlite3"
    typed_path.parent.mkdir()
    meetings.init_database(typed_path)
    typed = build_meeting(typed_path.parent)
    for name, expert_id in expert_ids(typed).items():
        score_by_hand(typed, expert_id, SCORES[name])
    typed_snapshot = _snapshot(typed)

    assert merged == typed_snapshot
    plan = merged[0]["projects"]
    # Hand-worked: 001 has 3 experts (28+27+18+17=90, 87, 92) → 89.67; 004: 80, 76, 81.5 → 79.17;
    # 002: 甲 65.5, 丙 60 → 62.75; 003: 甲 38.5, 乙 48.5 → 43.50 (fails); 005 is record only.
    assert [(p["code"], p["score"], p["decision"], p["rank"], p["funded"]) for p in plan] == [
        ("ZQ-2027-001", "89.67", "pass", 1, True), ("ZQ-2027-004", "79.17", "pass", 2, True),
        ("ZQ-2027-002", "62.75", "pass", 3, False), ("ZQ-2027-003", "43.50", "fail", None, False),
        ("ZQ-2027-005", None, "record", None, False)]


def test_the_laptop_holds_only_the_experts_own_share_of_the_meeting(clerk):
    package, code = issue(clerk, "丙")
    info = on_laptop(clerk, package, code)
    assert (info.expert_name, info.meeting_name, info.revision) == ("丙", "2027年度智慧钦州项目评审会", 0)
    assert [p.code for p in Project.select().order_by(Project.code)] == ["ZQ-2027-001", "ZQ-2027-002", "ZQ-2027-004"]
    assert [e.name for e in Expert.select()] == ["丙"]
    assert PanelMember.select().count() == 1 and Recusal.select().count() == 0
    assert Meeting.get().budget is None and Envelope.select().count() == 0
    assert Score.select().count() == 0 and Review.select().count() == 0
    # The building plan of 001 travelled with the package, byte for byte.
    (attachment,) = Attachment.select()
    assert attachment.project.code == "ZQ-2027-001" and bytes(attachment.data).startswith(b"%PDF-1.4")
    assert [c.key for c in meetings.meeting_criteria(Meeting.get())] == ["necessity", "feasibility", "security", "sharing"]
    assert meetings.meeting_criteria(Meeting.get())[0].rubric[0].description.startswith("有明确政策依据")
    # The code is kept only masked by the laptop's own key.
    assert code.replace("-", "") not in expertmode._state()["secret"].upper()
    assert verify().intact and AuditEntry.select().count() > 0


def test_a_rescoring_round_travels_with_the_earlier_submitted_sheets(clerk):
    first = scored_file(clerk, "甲")
    packages.import_results(clerk.meeting, [first])
    scoring.open_round(clerk.meeting, ["ZQ-2027-003"], "分歧较大")
    package, code = issue(clerk, "甲")
    info = on_laptop(clerk, package, code)
    lines = scoring.expert_sheet(info.meeting_id, info.expert_id)
    # Round 1 sheets come back submitted (read-only); only 003's round 2 is open.
    assert [(line.code, line.round, line.submitted) for line in lines] == [
        ("ZQ-2027-001", 1, True), ("ZQ-2027-002", 1, True), ("ZQ-2027-003", 2, False), ("ZQ-2027-004", 1, True)]
    assert info.revision == 1  # the next result file will be revision 2
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-003": ((16, 15, 10, 9), "修改完善后同意", "已补充")})
    second = export(clerk, "甲")
    (outcome,) = packages.import_results(clerk.meeting, [second])
    assert (outcome.status, outcome.revision, outcome.changed_sheets) == ("merged", 2, 1)
    sheet = scoring.expert_sheet(clerk.meeting, clerk.ids["甲"])[2]
    assert (sheet.code, sheet.round, sheet.submitted, sum(sheet.points.values())) == ("ZQ-2027-003", 2, True, 50)
    assert verify().intact


def test_only_the_clerk_hands_out_packages_and_merges_results_and_only_the_expert_exports(clerk):
    path = scored_file(clerk, "甲")
    panel.set_pin(clerk.meeting, clerk.ids["乙"], "1357")
    expert = accounts.expert_login(clerk.meeting, clerk.ids["乙"], "1357")
    chair = Actor("甲", ActorRole.CHAIR, expert_id=clerk.ids["甲"], meeting_id=clerk.meeting)
    for someone in (expert, chair, Actor("审计员", ActorRole.AUDITOR)):
        with acting_as(someone):
            with pytest.raises(Refused, match="无权"):
                packages.import_results(clerk.meeting, [path])
            with pytest.raises(Refused, match="无权"):
                packages.export_package(clerk.meeting, clerk.ids["乙"], clerk.folder / "乙.zqpkg")
            with pytest.raises(Refused, match="无权"):
                packages.package_code(clerk.meeting, clerk.ids["甲"])
    assert not (clerk.folder / "乙.zqpkg").exists()

    # On the laptop: the expert logs in with the code from the slip as well as with the PIN;
    # nobody else exports their result file.
    package, code = issue(clerk, "丙")
    info = on_laptop(clerk, package, code)
    actor = expertmode.login_with_code(code.lower().replace("-", " "))
    assert (actor.name, actor.role, actor.expert_id, actor.meeting_id) == ("丙", ActorRole.EXPERT, info.expert_id,
                                                                           info.meeting_id)
    with pytest.raises(Refused, match="校验码不正确"):
        expertmode.login_with_code("0000-0000-0000-0000")
    with acting_as(Actor("乙", ActorRole.EXPERT, expert_id=info.expert_id + 1, meeting_id=info.meeting_id)):
        with pytest.raises(Refused, match="本人"):
            expertmode.export_result(clerk.folder / "丙.zqres")
    with acting_as(actor):
        assert expertmode.export_result(clerk.folder / "丙.zqres").revision == 1
