"""Shared fixtures: a fresh database per test, the demo meeting, no network."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from zqdesk.storage.db import close_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own per-user data folder, so nothing touches the real one."""
    monkeypatch.setenv("ZQDESK_HOME", str(tmp_path / "home"))
    yield
    close_database()


@pytest.fixture
def db_path(tmp_path):
    from zqdesk.services.meetings import init_database

    path = tmp_path / "zqdesk.sqlite3"
    init_database(path)
    return path


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo database, built once per session; copy it before writing to it."""
    from zqdesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path)
    close_database()
    return path


@pytest.fixture
def demo_db(demo_file, tmp_path):
    """A private copy of the demo database, opened; yields the meeting id (1)."""
    import shutil

    from zqdesk.storage.db import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    open_database(path)
    return 1
