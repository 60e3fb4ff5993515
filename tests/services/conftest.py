"""The service tests run on both backends: each test taking `db_path` runs once on a SQLite
file and once on a database of the throwaway PostgreSQL server (skipped where PostgreSQL is
not installed). `db_path` is then a path or a postgresql:// address."""

import pytest


@pytest.fixture
def db_path(db_location):
    from zqdesk.services.meetings import init_database

    init_database(db_location)
    return db_location
