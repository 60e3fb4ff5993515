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


# -- the same on a server database (PostgreSQL; skipped where it is not installed) --------


def test_both_dialects_have_every_migration():
    sqlite = [(n, p.name) for n, p in migration_files()]
    server = [(n, p.name) for n, p in migration_files("pg")]
    assert sqlite == server


def test_the_migrated_server_schema_matches_the_models(pg_url):
    import peewee

    from zqdesk.storage.server import META

    db = open_database(pg_url)
    tables = set(db.get_tables())
    assert tables == {m._meta.table_name for m in MODELS} | {META}
    kinds = {
        peewee.BooleanField: "boolean", peewee.BlobField: "bytea", peewee.DateField: "date",
        peewee.DateTimeField: "timestamp without time zone", peewee.TextField: "text",
    }
    for model in MODELS:
        table = model._meta.table_name
        columns = {c.name: c for c in db.get_columns(table)}
        assert set(columns) == {f.column_name for f in model._meta.sorted_fields}, table
        for f in model._meta.sorted_fields:
            column = columns[f.column_name]
            assert column.null == f.null, (table, f.name)
            expected = next((kind for cls, kind in kinds.items() if isinstance(f, cls)), None)
            if isinstance(f, (peewee.IntegerField, peewee.AutoField, peewee.ForeignKeyField)):
                assert column.data_type in ("integer", "bigint"), (table, f.name, column.data_type)
            elif expected is not None:
                assert column.data_type == expected, (table, f.name, column.data_type)
        indexes = {tuple(i.columns): i.unique for i in db.get_indexes(table)}
        for fields, unique in model._meta.indexes:
            assert indexes.get(tuple(f"{name}_id" if name in {"meeting", "template", "project", "expert"} else name
                                     for name in fields)) == unique, (table, fields)
    # Text sorts by code point, as in SQLite, whatever the server's locale.
    collations = db.execute_sql(
        "SELECT DISTINCT collation_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND data_type = 'text' AND table_name <> %s", (META,)).fetchall()
    assert collations == [("C",)]
    assert db.execute_sql(f'SELECT "application_id", "user_version" FROM "{META}"').fetchall() == [
        (APPLICATION_ID, latest_version())]


def _server_snapshot(pg_cluster, url):
    name = url.rsplit("/", 1)[1]
    return pg_cluster.sql(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "ORDER BY 1, 2", name), name


def test_a_newer_server_database_is_refused_untouched(pg_cluster, pg_url):
    open_database(pg_url)
    close_database()
    name = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql(f"UPDATE zqdesk_meta SET user_version = {latest_version() + 1}", name)
    before, _ = _server_snapshot(pg_cluster, pg_url)
    with pytest.raises(DatabaseRefused, match="更新版本"):
        open_database(pg_url)
    assert _server_snapshot(pg_cluster, pg_url)[0] == before
    assert pg_cluster.sql("SELECT user_version FROM zqdesk_meta", name) == [(latest_version() + 1,)]


def test_a_foreign_server_database_is_refused_untouched(pg_cluster, pg_url):
    name = pg_url.rsplit("/", 1)[1]
    pg_cluster.sql("CREATE TABLE ledger (x integer)", name)
    with pytest.raises(DatabaseRefused, match="不是zqdesk评审数据库"):
        open_database(pg_url)
    assert pg_cluster.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
                          name) == [("ledger",)]


def test_an_empty_server_database_is_initialised_only_when_asked(pg_cluster, pg_url):
    with pytest.raises(DatabaseRefused, match="尚未初始化"):
        open_database(pg_url, create=False)
    name = pg_url.rsplit("/", 1)[1]
    assert pg_cluster.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
                          name) == [(0,)]


def test_an_unreachable_server_is_a_clear_message_without_the_password(pg_cluster, pg_url, monkeypatch):
    from tests.pgcluster import PASSWORD
    from zqdesk import netguard
    from zqdesk.storage.db import ServerUnavailable

    monkeypatch.setattr(netguard, "_installed", False)  # the guard is tested in tests/server

    wrong_port = pg_url.replace(f":{pg_cluster.port}/", f":{pg_cluster.port + 1}/")
    with pytest.raises(ServerUnavailable, match="无法连接数据库服务器") as refused:
        open_database(wrong_port)
    assert PASSWORD not in str(refused.value)
    assert "zqdesk_test@127.0.0.1" in str(refused.value)
    bad_password = pg_url.replace(PASSWORD.split("-")[0], "Wrong")
    with pytest.raises(ServerUnavailable) as refused:
        open_database(bad_password.replace("%E5%8F%A3%E4%BB%A4", "x"))
    assert "password" in str(refused.value) and "Wrong" not in str(refused.value)


def test_the_password_may_come_from_pgpassword(pg_url, monkeypatch):
    from tests.pgcluster import PASSWORD
    from zqdesk.storage.location import parse_location

    address = parse_location(pg_url)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    db = open_database(address.display)
    assert db.execute_sql("SELECT 1").fetchone() == (1,)
    assert PASSWORD not in repr(address) and PASSWORD not in str(address)


def test_a_terminal_without_the_servers_key_or_with_another_is_refused(pg_url):
    from zqdesk.storage import keys
    from zqdesk.storage.audit import database_id

    open_database(pg_url)
    path = keys.server_key_file(database_id())
    saved = path.read_bytes()
    close_database()
    try:
        path.unlink()
        keys.forget(path)
        with pytest.raises(DatabaseRefused, match="没有服务器数据库.*的密钥文件"):
            open_database(pg_url)
        path.write_text("00" * 32, encoding="ascii")
        with pytest.raises(DatabaseRefused, match="不符"):
            open_database(pg_url)
    finally:
        path.write_bytes(saved)
        keys.forget(path)
    open_database(pg_url)
