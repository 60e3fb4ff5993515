"""Copies of the database made through SQLite's online backup API, kept beside it."""

import sqlite3
from datetime import datetime
from pathlib import Path

import peewee


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_database(db: peewee.SqliteDatabase, db_path: Path, reason: str, target: Path | None = None) -> Path:
    """Copy the open database to `target` (default: a timestamped file in the backups folder)
    and verify the copy; returns its path."""
    if target is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = backup_folder(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    copy = sqlite3.connect(str(target))
    try:
        db.connection().backup(copy)
        verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
        # The copy is a standalone file: no WAL beside it.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise RuntimeError(f"备份校验失败：{verdict}")
    return target
