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


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster on 127.0.0.1 (random port) for the whole run.

    Skipped cleanly where PostgreSQL is not installed, unless ZQDESK_REQUIRE_PG=1 (.ci/run
    sets it, so CI cannot pass by skipping the server cases). ZQDESK_TEST_SERVER=postgresql://…
    runs the same cases against an existing (PostgreSQL-compatible) server instead."""
    from tests import pgcluster

    external = os.environ.get("ZQDESK_TEST_SERVER")
    if external:  # a server on site (tests/pgcluster.py: ExternalServer)
        yield pgcluster.ExternalServer(external)
        close_database()
        return
    bindir = pgcluster.find_bindir()
    missing = "PostgreSQL (initdb, pg_ctl) is not installed" if bindir is None else None
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        missing = "psycopg2 is not installed"
    if missing:
        if os.environ.get("ZQDESK_REQUIRE_PG") == "1":
            pytest.fail(f"{missing}, and ZQDESK_REQUIRE_PG=1")
        pytest.skip(missing)
    cluster = pgcluster.start_cluster(bindir)
    yield cluster
    close_database()
    cluster.destroy()


@pytest.fixture
def pg_url(pg_cluster):
    """The address of a new, empty database on the test server (dropped afterwards)."""
    import uuid

    from zqdesk import netguard

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_cluster.create_database(name)
    # Where an in-process zqdesk-cli run installed the network guard, the test server is the
    # configured database address, as it would be in the app.
    netguard.allow_database(pg_cluster.host, pg_cluster.port)
    yield url
    close_database()
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request, tmp_path):
    """Where a fresh database goes, once per backend: a SQLite file, or a server database."""
    if request.param == "sqlite":
        return tmp_path / "zqdesk.sqlite3"
    return request.getfixturevalue("pg_url")


def pytest_collection_finish(session):
    """In a pytest-xdist worker with --dist loadgroup, every test marked xdist_group must carry
    its group in its node id, which is how the controller keeps a group in one worker. When it
    does not (pytest 9.2 with pytest-xdist 3.8, pytest-xdist issue #1386), the groups silently
    spread over the workers: stop before anything runs instead."""
    # (A pytest started by a test inherits PYTEST_XDIST_WORKER without being a worker.)
    if not os.environ.get("PYTEST_XDIST_WORKER") or not getattr(session.config.option, "loadgroup", False):
        return
    lost = [item.nodeid for item in session.items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(f"--dist loadgroup would not keep {len(lost)} grouped tests together "
                                f"(first: {lost[0]}); see the pytest pin in pyproject.toml")
