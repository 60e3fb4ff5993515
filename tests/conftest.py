"""Shared fixtures: a fresh database per test, the demo meeting, no network."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One per-user data folder (installation key, audit anchors) for the whole run, never the
# real one; set before anything is imported so session fixtures use it too.
os.environ["ZQDESK_HOME"] = tempfile.mkdtemp(prefix="zqdesk-home-")

import pytest  # noqa: E402

from zqdesk.storage.db import close_database  # noqa: E402


@pytest.fixture(autouse=True)
def _session(monkeypatch):
    """Each test acts as the system unless it logs someone in; passwords hash at a test cost
    (the OWASP cost is checked in tests/trust/test_accounts.py)."""
    from zqdesk.services import secrets
    from zqdesk.services.access import SYSTEM, set_actor

    monkeypatch.setattr(secrets, "COST_N", 2**10)
    set_actor(SYSTEM)
    yield
    set_actor(None)
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
