"""Fixtures for the documents: the demo meeting's report data, loaded once per test."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # pdf_probe, report_samples


@pytest.fixture
def demo_data(demo_db):
    from zqdesk.reports.data import load_report_data
    from zqdesk.services.results import meeting_results

    return load_report_data(meeting_results(demo_db))


@pytest.fixture(scope="session")
def demo_report(demo_file, tmp_path_factory):
    """The demo meeting's report data, loaded once and detached from the database (the
    documents need nothing else), for tests that only read it."""
    import shutil

    from zqdesk.reports.data import load_report_data
    from zqdesk.services.access import SYSTEM, acting_as
    from zqdesk.services.results import meeting_results
    from zqdesk.storage.db import close_database, open_database

    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    shutil.copy(demo_file, path)
    open_database(path)
    try:
        with acting_as(SYSTEM):  # set up before the per-test session fixture logs anyone in
            return load_report_data(meeting_results(1))
    finally:
        close_database()
