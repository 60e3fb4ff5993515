"""The audit chain and the score MACs catch every kind of tampering (mutation tests)."""

import shutil
import sqlite3

import pytest

from zqdesk.cli.main import main as cli
from zqdesk.services.demo import DEMO_PASSWORDS


def main(argv):
    """zqdesk-cli as the demo's auditor."""
    import os

    os.environ["ZQDESK_PASSWORD"] = DEMO_PASSWORDS["shenji"]
    try:
        return cli(argv[:2] + ["--user", "shenji"] + argv[2:])
    finally:
        del os.environ["ZQDESK_PASSWORD"]
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.verify import verify


@pytest.fixture
def live(demo_file, tmp_path):
    path = tmp_path / "live.sqlite3"
    shutil.copy(demo_file, path)
    return path


def tamper(path, *statements):
    close_database()
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def problems(path):
    open_database(path)
    report = verify()
    close_database()
    return report


def test_the_untouched_demo_verifies_with_its_chain_head(live, capsys):
    assert main(["--db", str(live), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "审计日志完整" in out
    report = problems(live)
    # The demo writes: seed template, meeting, acceptance records, projects, recusals, panel,
    # PINs, pre-check, every sheet, overrides — hundreds of records, one unbroken chain.
    assert report.intact and report.count > 500


def test_a_score_edited_by_sql_is_found(live, capsys):
    tamper(live, "UPDATE score SET points = points + 2 WHERE id = 17")
    assert main(["--db", str(live), "audit", "verify"]) == 2
    assert "评分记录被直接修改" in capsys.readouterr().err


def test_a_score_edited_with_its_mac_copied_from_another_row_is_found(live):
    tamper(live, "UPDATE score SET mac = (SELECT mac FROM score WHERE id = 18), points = "
                 "(SELECT points FROM score WHERE id = 18) WHERE id = 17")
    assert "评分记录被直接修改" in problems(live).problems[0]


def test_a_deleted_score_is_found(live):
    tamper(live, "DELETE FROM score WHERE id = 40")
    assert "与审计记录不一致" in problems(live).problems[0]


def test_a_flipped_byte_in_an_audit_record_is_found(live):
    tamper(live, "UPDATE audit_entry SET actor = actor || 'x' WHERE seq = 100")
    assert problems(live).problems[0].startswith("审计记录第100条")


def test_a_deleted_audit_record_is_found(live):
    tamper(live, "DELETE FROM audit_entry WHERE seq = 50")
    assert "第50条缺失" in problems(live).problems[0]


def test_reordered_audit_records_are_found(live):
    tamper(live, "UPDATE audit_entry SET seq = -1 WHERE seq = 60",
           "UPDATE audit_entry SET seq = 60 WHERE seq = 61",
           "UPDATE audit_entry SET seq = 61 WHERE seq = -1")
    assert "第60条" in problems(live).problems[0]


def test_a_truncated_log_is_found_from_the_head_kept_outside(live):
    from zqdesk.storage import audit
    from zqdesk.storage.db import writing

    open_database(live)
    with writing():  # a write at this file's place leaves its head outside the database
        audit.record("测试", "test", None, {"x": 1})
    count = verify().count
    close_database()
    tamper(live, f"DELETE FROM audit_entry WHERE seq > {count - 3}")
    assert f"应至少有{count}条" in problems(live).problems[0]


def test_a_score_row_inserted_by_sql_is_found(live):
    tamper(live, "INSERT INTO score (project_id, expert_id, round, criterion, points, entered_at, mac) "
                 "VALUES (1, 1, 2, 'necessity', 40, '2026-11-20 10:00:00', '')")
    assert "评分记录被直接修改" in problems(live).problems[0]


def test_a_changed_submission_time_is_found(live):
    tamper(live, "UPDATE review SET submitted_at = NULL WHERE id = 5")
    assert "评审记录被直接修改" in problems(live).problems[0]
