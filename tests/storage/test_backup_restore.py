"""Backups through the SQLite backup API and restore after a check, from the CLI."""

import sqlite3

import pytest

from zqdesk.cli.main import main
from zqdesk.services.demo import DEMO_PASSWORDS


@pytest.fixture(autouse=True)
def _admin(monkeypatch):
    monkeypatch.setenv("ZQDESK_PASSWORD", DEMO_PASSWORDS["admin"])


def admin(*argv):
    return main([str(argv[0]), str(argv[1]), "--user", "admin", *map(str, argv[2:])])


def _projects(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM project").fetchone()[0]
    finally:
        conn.close()


def test_backup_then_restore_brings_back_the_old_state(demo_file, tmp_path, capsys):
    import shutil

    db = tmp_path / "live.sqlite3"
    shutil.copy(demo_file, db)
    backup = tmp_path / "copy.sqlite3"
    assert admin("--db", db, "backup", backup) == 0
    assert _projects(backup) == 24
    # Change the live database after the backup: one more meeting and no projects in it.
    from zqdesk.services import meetings
    from zqdesk.storage.db import close_database, open_database

    from zqdesk.services.access import SYSTEM, acting_as

    open_database(db)
    with acting_as(SYSTEM):
        meetings.create_meeting(meetings.MeetingSettings("新会", "special", 2027))
    close_database()
    assert admin("--db", db, "restore", backup) == 0
    capsys.readouterr()
    assert admin("--db", db, "meeting", "list") == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "综合评估会" in listed[0]
    safety = list((tmp_path / "backups").glob("live-*-before-restore.sqlite3"))
    assert len(safety) == 1


def test_backup_refuses_to_overwrite(demo_file, tmp_path, capsys):
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"keep me")
    assert admin("--db", demo_file, "backup", target) == 2
    assert "已存在" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(demo_file, tmp_path, capsys):
    import shutil

    db = tmp_path / "live.sqlite3"
    shutil.copy(demo_file, db)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert admin("--db", db, "restore", bad) == 2
    assert "不是zqdesk评审数据库" in capsys.readouterr().err
    assert _projects(db) == 24
