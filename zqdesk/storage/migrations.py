"""Numbered schema migrations kept in `db/migrations/NNNN_name.sql`, run by one runner.

Each file runs in one transaction together with the new `user_version`, so a migration is
applied whole or not at all.

A server database (PostgreSQL) takes the twin files in `db/migrations/pg/`, one per number,
run by `zqdesk.storage.server`; `migration_files("pg")` lists them.
"""

import re
from pathlib import Path

import peewee

from zqdesk.paths import db_assets

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files(dialect: str = "sqlite") -> list[tuple[int, Path]]:
    folder = db_assets() / "migrations"
    if dialect != "sqlite":
        folder = folder / dialect
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations in {folder} are not numbered 1..n: {numbers}")
    return found


def latest_version() -> int:
    return migration_files()[-1][0]


def migrate(db: peewee.SqliteDatabase, current: int, application_id: int) -> None:
    """Apply every migration after `current`, each atomically."""
    conn = db.connection()
    for number, path in migration_files():
        if number <= current:
            continue
        script = path.read_text(encoding="utf-8")
        conn.executescript(
            "BEGIN IMMEDIATE;\n" + script
            + f"\nPRAGMA application_id = {application_id};\nPRAGMA user_version = {number};\nCOMMIT;"
        )
