"""Opening a zqdesk database: refuse what is not ours or too new, set the connection's
safety settings (SPEC §12), migrate with a backup first; and the one place writes go through.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from zqdesk.storage.backup import backup_database
from zqdesk.storage.migrations import latest_version, migrate
from zqdesk.storage.models import database

APPLICATION_ID = 0x5A514453  # "ZQDS"
SQLITE_MAGIC = b"SQLite format 3\x00"

# Every connection, every time: durability first, and no trust in what a file's schema says.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("secure_delete", 1),
    ("trusted_schema", 0),
    ("busy_timeout", 10000),
)


class DatabaseRefused(Exception):
    """The file cannot be used; the message (Chinese) says why and what to do next.
    The file has not been changed."""


class ServerUnavailable(DatabaseRefused):
    """The database server cannot be reached, or the connection dropped: the write under way
    was not saved (a drop during COMMIT leaves it undecided; saving the same value again is
    harmless). Try again when the server is back; the message (Chinese) says so."""


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) read from the file header without opening it in SQLite."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefused(f"“{path}”不是数据库文件或已损坏。请从备份恢复，或选择其他文件。")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def inspect_file(path: Path, full: bool = False) -> None:
    """Refuse a foreign, newer or damaged database before anything writes to it."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID and Path(f"{path}-wal").exists():
        # A database created moments ago may still have its header in the write-ahead log.
        application_id, user_version = _header_through_sqlite(path)
    if application_id != APPLICATION_ID:
        raise DatabaseRefused(f"“{path}”不是zqdesk评审数据库，未作任何改动。请选择zqdesk的数据库文件。")
    if user_version > latest_version():
        raise DatabaseRefused(
            f"“{path}”由更新版本的zqdesk创建（数据库版本{user_version}，本程序支持到{latest_version()}），"
            "未作任何改动。请升级zqdesk后再打开。"
        )
    check = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(f"PRAGMA {check}").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(f"“{path}”已损坏（{error}）。请从备份恢复。") from None
    if rows != [("ok",)]:
        raise DatabaseRefused(f"“{path}”已损坏（{rows[0][0]}）。请从备份恢复。")


def _header_through_sqlite(path: Path) -> tuple[int, int]:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return (conn.execute("PRAGMA application_id").fetchone()[0],
                    conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(f"“{path}”已损坏（{error}）。请从备份恢复。") from None


def open_database(path: Path | str, create: bool = True) -> peewee.Database:
    """Open (or create) the database at path, migrated to the current schema, and bind the models.

    `path` is a file (embedded SQLite) or a server address `postgresql://user@host:port/name`
    (zqdesk.storage.server). Raises DatabaseRefused with a Chinese message for a missing,
    foreign, newer or damaged database, ServerUnavailable for a server that cannot be reached.
    """
    from zqdesk.storage import keys
    from zqdesk.storage.location import BadLocation, ServerAddress, parse_location

    try:
        where = parse_location(path)
    except BadLocation as error:
        raise DatabaseRefused(str(error)) from None
    if isinstance(where, ServerAddress):
        from zqdesk.storage.server import open_server_database

        return open_server_database(where, create)
    path = where
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        inspect_file(path)
    elif not create:
        raise DatabaseRefused(f"找不到数据库“{path}”。请选择其他数据库文件，或新建一个数据库。")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    keys.select_key_file(None)
    db = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=10)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    version = db.pragma("user_version")
    if version < latest_version():
        if version > 0:
            backup_database(db, path, reason=f"migrate-v{version}")
        migrate(db, version, APPLICATION_ID)
    return db


def is_server_database() -> bool:
    """Whether the open database is on a server (PostgreSQL) rather than a SQLite file."""
    return isinstance(database.obj, peewee.PostgresqlDatabase)


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


@contextmanager
def writing() -> Iterator[None]:
    """The one way to write: a short transaction that takes the write lock at once,
    so two writers queue instead of failing halfway (peewee issue #1071); once the outermost
    one commits, the audit chain's head is copied outside the database.

    On a server database "IMMEDIATE" takes the same one-writer lock for every client
    (a transaction-level advisory lock, zqdesk.storage.server), so the audit chain stays one chain."""
    from zqdesk.storage import audit

    outermost = database.transaction_depth() == 0
    try:
        with database.atomic("IMMEDIATE"):
            yield
    except BaseException:
        if outermost:
            audit.after_rollback()
        raise
    if outermost:
        audit.after_commit()
