"""Opening databases: the safety settings, refusing foreign/newer/damaged files untouched,
migrating with a backup first."""

import sqlite3

import pytest

from zqdesk.storage.db import APPLICATION_ID, DatabaseRefused, close_database, open_database
from zqdesk.storage.migrations import latest_version, migration_files
from zqdesk.storage.models import MODELS, database


def test_every_connection_has_the_safety_settings(db_path):
    db = database.obj
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("secure_delete") == 1
    assert db.pragma("trusted_schema") == 0
    assert db.pragma("application_id") == APPLICATION_ID
    assert db.pragma("user_version") == latest_version()


def test_the_migrated_schema_matches_the_models(db_path):
    db = database.obj
    for model in MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="更新版本"):
        open_database(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "newer.sqlite3-wal").exists()


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="不是zqdesk评审数据库"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这不是数据库".encode() * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="不是数据库文件"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_damaged_database_is_refused_untouched(db_path, tmp_path):
    from zqdesk.services.demo import build_demo

    close_database()
    path = tmp_path / "damaged.sqlite3"
    build_demo(path)
    close_database()
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'score'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    # An impossible b-tree page type and a scribbled cell area on the score table's root page.
    start = (root - 1) * page_size
    data[start] = 0xFF
    data[start + 8:start + 400] = b"\x5a" * 392
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match="损坏"):
        open_database(path)
    assert path.read_bytes() == before


def test_migrating_an_older_database_takes_a_backup_first(tmp_path):
    path = tmp_path / "old.sqlite3"
    first = migration_files()[0][1].read_text(encoding="utf-8")
    conn = sqlite3.connect(path)
    conn.executescript(first)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO unit (name, unit_type) VALUES ('钦州市档案馆', '')")
    conn.commit()
    conn.close()
    open_database(path)
    assert database.obj.pragma("user_version") == latest_version()
    backups = list((tmp_path / "backups").glob("old-*-migrate-v1.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM unit").fetchall() == [("钦州市档案馆",)]
    copy.close()


def test_opening_a_missing_file_without_create_is_refused(tmp_path):
    with pytest.raises(DatabaseRefused, match="找不到数据库"):
        open_database(tmp_path / "nowhere.sqlite3", create=False)
    assert not (tmp_path / "nowhere.sqlite3").exists()
