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
