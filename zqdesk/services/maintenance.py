"""Backups and restore for the administrator."""

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from zqdesk.core.types import Band, Criterion
from zqdesk.paths import db_assets
from zqdesk.services.errors import Refused
from zqdesk.storage.backup import backup_database
from zqdesk.storage.db import close_database, inspect_file, open_database
from zqdesk.storage.models import database


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy the open database to target (refusing to overwrite a file) and verify the copy."""
    if target.exists():
        raise Refused(f"“{target}”已存在，未覆盖。请换一个文件名。")
    return backup_database(database.obj, Path(db_path), reason="manual", target=target)


def restore_from(db_path: Path, source: Path) -> Path:
    """Replace the database with a checked backup; the current database is backed up first.
    Returns the path of that safety copy."""
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
    return saved


def default_criteria() -> list[Criterion]:
    """The seed criteria, for templates made without a meeting."""
    seed = json.loads((db_assets() / "seed" / "criteria.json").read_text(encoding="utf-8"))
    return [
        Criterion(item["key"], item["label"], Decimal(str(item["max"])),
                  tuple(Band(Decimal(str(lo)), Decimal(str(hi)), text) for lo, hi, text in item["rubric"]))
        for item in seed["criteria"]
    ]
