"""Revisions of an expert's result file: the same file twice changes nothing, a newer revision
replaces the older one and the log keeps what it replaced (SPEC §8.3)."""

import json
from decimal import Decimal

from tests.packages.conftest import SCORES, dump, issue, on_laptop, score_by_hand, scored_file
from zqdesk.services import expertmode, packages, scoring
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.models import AuditEntry, ExpertPackage, Project
from zqdesk.storage.sheets import sheet_target
from zqdesk.storage.verify import verify

D = Decimal


def test_the_same_file_imported_twice_changes_nothing_the_second_time(clerk):
    path = scored_file(clerk, "乙")
    first, again = packages.import_results(clerk.meeting, [path, path])
    assert (first.status, again.status) == ("merged", "unchanged")
    before = dump()
    (later,) = packages.import_results(clerk.meeting, [path])
    assert (later.status, later.expert, later.revision, later.reason) == ("unchanged", "乙", 1, "修订1已合并过，未作改动。")
    assert dump() == before  # not even an audit record


def _merge_entry(clerk, code):
    project_id = Project.get(Project.code == code).id
    return AuditEntry.select().where(
        (AuditEntry.action == "合并专家结果文件")
        & (AuditEntry.target == sheet_target(project_id, clerk.ids["甲"], 1))).order_by(AuditEntry.seq.desc()).first()


def _laptop(clerk):
    close_database()
    open_database(clerk.laptop)


def test_a_newer_revision_replaces_the_older_and_the_log_keeps_the_old_values(clerk):
    package, code = issue(clerk, "甲")
    info = on_laptop(clerk, package, code)
    # Revision 1 is sent half-way: 001 complete with necessity 28, still a draft.
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-001": SCORES["甲"]["ZQ-2027-001"]}, submit=False)
    first = expertmode.export_result(clerk.folder / "甲-r1.zqres").path
    # Then 甲 lowers necessity to 27, scores the rest and submits: revision 2.
    scoring.enter_score(info.meeting_id, info.expert_id, "ZQ-2027-001", "necessity", D(27))
    score_by_hand(info.meeting_id, info.expert_id,
                  {c: s for c, s in SCORES["甲"].items() if c != "ZQ-2027-001"})
    second = expertmode.export_result(clerk.folder / "甲-r2.zqres").path

    clerk.open()
    assert packages.import_results(clerk.meeting, [first])[0].changed_sheets == 1
    draft = scoring.expert_sheet(clerk.meeting, clerk.ids["甲"])[0]
    assert (draft.code, draft.points["necessity"], draft.submitted) == ("ZQ-2027-001", D(28), False)

    (outcome,) = packages.import_results(clerk.meeting, [second])
    assert (outcome.status, outcome.revision, outcome.changed_sheets) == ("merged", 2, 4)
    sheet = scoring.expert_sheet(clerk.meeting, clerk.ids["甲"])[0]
    assert (sheet.points["necessity"], sheet.submitted) == (D(27), True)
    entry = _merge_entry(clerk, "ZQ-2027-001")
    old, new = json.loads(entry.old), json.loads(entry.new)
    assert (old["points"]["necessity"], old["submitted_at"]) == ("28", None)
    assert new["points"]["necessity"] == "27" and new["submitted_at"] is not None
    assert entry.reason == "甲-r2.zqres（修订2）"
    package_entry = AuditEntry.select().where(AuditEntry.target == f"package/{clerk.meeting}/{clerk.ids['甲']}") \
        .order_by(AuditEntry.seq.desc()).first()
    assert json.loads(package_entry.old)["revision"] == 1 and json.loads(package_entry.new)["revision"] == 2

    # After the chair opens the panel view, 甲 explains a deviation on the laptop: revision 3
    # changes that one submitted sheet, and the old (empty) explanation is in the log.
    _laptop(clerk)
    scoring.save_review(info.meeting_id, info.expert_id, "ZQ-2027-003", deviation_note="该系统与档案系统重复")
    third = expertmode.export_result(clerk.folder / "甲-r3.zqres").path
    clerk.open()
    (outcome,) = packages.import_results(clerk.meeting, [third])
    assert (outcome.status, outcome.changed_sheets) == ("merged", 1)
    entry = _merge_entry(clerk, "ZQ-2027-003")
    assert (json.loads(entry.old)["deviation_note"], json.loads(entry.new)["deviation_note"]) == (
        "", "该系统与档案系统重复")
    assert ExpertPackage.get().merged_revision == 3
    assert verify().intact


def test_a_draft_does_not_overwrite_a_sheet_submitted_at_the_clerks_desk(clerk):
    package, code = issue(clerk, "甲")
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, {"ZQ-2027-001": SCORES["甲"]["ZQ-2027-001"]}, submit=False)
    path = expertmode.export_result(clerk.folder / "甲-r1.zqres").path
    clerk.open()
    # Meanwhile 甲's signed paper sheet was typed in with other numbers and submitted.
    score_by_hand(clerk.meeting, clerk.ids["甲"], {c: ((20, 20, 15, 15), "同意", "") for c in SCORES["甲"]})
    before = dump()
    (outcome,) = packages.import_results(clerk.meeting, [path])
    assert outcome.status == "refused" and "已提交签名" in outcome.reason and "草稿" in outcome.reason
    assert dump() == before
