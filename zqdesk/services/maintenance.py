"""Backups and restore for the administrator."""

import sqlite3
from pathlib import Path

from zqdesk.services.access import Action, require
from zqdesk.services.errors import Refused
from zqdesk.storage import audit
from zqdesk.storage.backup import backup_database
from zqdesk.storage.db import close_database, inspect_file, is_server_database, open_database, writing
from zqdesk.storage.location import is_server
from zqdesk.storage.models import database


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy the open database to target (refusing to overwrite a file) and verify the copy."""
    require(Action.ADMINISTER)
    _refuse_on_server("备份")
    if target.exists():
        raise Refused(f"“{target}”已存在，未覆盖。请换一个文件名。")
    return backup_database(database.obj, Path(db_path), reason="manual", target=target)


def restore_from(db_path: Path, source: Path) -> Path:
    """Replace the database with a checked backup; the current database is backed up first.
    Returns the path of that safety copy."""
    require(Action.ADMINISTER)
    _refuse_on_server("恢复")
    source = Path(source)
    if not source.exists():
        raise Refused(f"找不到备份文件“{source}”。")
    inspect_file(source)
    db = open_database(db_path)
    saved = backup_database(db, Path(db_path), reason="before-restore")
    origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        origin.backup(db.connection())
    finally:
        origin.close()
    close_database()
    # Reopening migrates a restored backup of an older schema.
    open_database(db_path)
    with writing():
        audit.record("从备份恢复", "database", None, {"source": source.name, "safety_copy": saved.name})
    return saved


KEEP_BACKUPS = 20
ROTATED_REASONS = {"auto", "close", "interval"}


def automatic_backup(db_path: Path, reason: str) -> Path | None:
    """A timestamped, verified copy in the backups folder (on closing, every few minutes during
    a meeting); the oldest automatic copies beyond the newest 20 are removed. None on a server
    database: the server's own backups (pg_dump, see the administrator's guide) take its place."""
    if is_server_database():
        return None
    target = backup_database(database.obj, Path(db_path), reason=reason)
    # Only the periodic copies rotate; manual, pre-migration and pre-restore copies stay.
    periodic = [p for p in automatic_backups(db_path) if p.stem.rsplit("-", 1)[-1] in ROTATED_REASONS]
    for old in periodic[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def automatic_backups(db_path: Path) -> list[Path]:
    """The automatic copies of this database, newest first."""
    from zqdesk.storage.backup import backup_folder

    if is_server(db_path):
        return []
    folder = backup_folder(Path(db_path))
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite3"), key=lambda p: p.name, reverse=True)


def last_backup(db_path: Path) -> Path | None:
    found = automatic_backups(db_path)
    return found[0] if found else None


def _refuse_on_server(what: str) -> None:
    if is_server_database():
        raise Refused(f"服务器数据库的{what}由系统管理员在服务器上用 pg_dump / pg_restore 进行（见管理员指南）；"
                      "单个评审会可在“会议”页用“导出评审会文件…”和“导入评审会文件…”转移。")
