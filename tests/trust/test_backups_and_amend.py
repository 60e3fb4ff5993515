"""Automatic backups rotate and verify; a submitted score changes only with a reason."""

import sqlite3
from decimal import Decimal

import pytest

from tests.services.test_meeting_flow import expert, facts, ids, score_all
from zqdesk.core.vocab import Kind
from zqdesk.services import maintenance, meetings, panel, projects, results, scoring
from zqdesk.services.errors import Refused
from zqdesk.storage.models import AuditEntry
from zqdesk.storage.verify import verify


def test_automatic_backups_keep_the_newest_twenty_each_intact(db_path):
    from zqdesk.storage.backup import backup_database
    from zqdesk.storage.models import database

    manual = backup_database(database.obj, db_path, reason="manual")
    made = [maintenance.automatic_backup(db_path, "interval") for _ in range(23)]
    assert manual.exists()  # a manual copy is never rotated away
    assert manual not in maintenance.automatic_backups(db_path)[:20]
    kept = [p for p in maintenance.automatic_backups(db_path) if p != manual]
    assert len(kept) == 20
    assert kept == sorted(made, key=lambda p: p.name, reverse=True)[:20]
    assert maintenance.last_backup(db_path) == made[-1]
    for path in kept[:3]:
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_a_submitted_score_changes_only_with_a_reason_and_the_old_value_is_kept(db_path):
    m = meetings.create_meeting(meetings.MeetingSettings("更正", Kind.ANNUAL, 2027, budget=Decimal("100")))
    projects.add_projects(m.id, [facts("ZQ-2027-001")])
    panel.add_experts(m.id, [expert("甲", "单位甲")])
    expert_id = ids(m.id)["甲"]
    score_all(m.id, expert_id, "ZQ-2027-001", (20, 20, 15, 15))
    scoring.submit(m.id, expert_id)
    with pytest.raises(Refused, match="已提交"):
        scoring.enter_score(m.id, expert_id, "ZQ-2027-001", "necessity", Decimal(25))
    with pytest.raises(Refused, match="理由"):
        scoring.amend_score(m.id, expert_id, "ZQ-2027-001", "necessity", Decimal(25), " ")
    scoring.amend_score(m.id, expert_id, "ZQ-2027-001", "necessity", Decimal(25), "纸质评分表为25分，录入有误")
    assert results.meeting_results(m.id).outcome("ZQ-2027-001").result.score == Decimal("75.00")
    entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert entry.action == "修改已提交评分" and entry.reason == "纸质评分表为25分，录入有误"
    assert '"necessity":"20"' in entry.old and '"necessity":"25"' in entry.new
    assert verify().intact
