"""Importers fed random bytes and random cells: only clean refusals, and the database
unchanged byte for byte in its content (SPEC §12, issue 5)."""

import sqlite3
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.scenario import EXPERTS, PROJECTS, scores_csv
from zqdesk.core.vocab import Kind
from zqdesk.io.errors import ImportRefused
from zqdesk.services import meetings, panel, projects, scoring
from zqdesk.services.errors import Refused
from zqdesk.storage.models import database

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def dump() -> list:
    conn = database.connection()
    return list(conn.iterdump())


def try_import(call, path):
    try:
        call(path)
    except (ImportRefused, Refused):
        return False
    return True


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_random_bytes_are_refused_cleanly_and_change_nothing(db_path, tmp_path, data, suffix):
    m = meetings.list_meetings()[0].id if meetings.list_meetings() else meetings.create_meeting(
        meetings.MeetingSettings("模糊", Kind.ANNUAL, 2027, budget=Decimal("100"))).id
    before = dump()
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for call in (lambda p: projects.import_projects(m, p), lambda p: panel.import_experts(m, p),
                 lambda p: scoring.import_scores(m, p, paper_signed=True)):
        assert not try_import(call, path)
    assert dump() == before


def _cells(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.strip().splitlines()]


@FUZZ
@given(row=st.integers(1, 7), column=st.integers(0, 23), value=st.text(max_size=12))
def test_a_random_cell_either_imports_whole_or_changes_nothing(db_path, tmp_path, row, column, value):
    rows = _cells(PROJECTS)
    m = meetings.create_meeting(meetings.MeetingSettings("模糊", Kind.ANNUAL, 2027, budget=Decimal("100"))).id
    before = dump()
    rows[row][column] = '"' + value.replace('"', '""') + '"'
    path = tmp_path / "cell.csv"
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    if try_import(lambda p: projects.import_projects(m, p), path):
        conn = database.connection()
        assert conn.execute("SELECT count(*) FROM project WHERE meeting_id = ?", (m,)).fetchone()[0] == 7
    else:
        assert dump() == before


def test_a_huge_file_is_refused_or_read_without_exhausting_memory(db_path, tmp_path):
    m = meetings.create_meeting(meetings.MeetingSettings("大文件", Kind.ANNUAL, 2027, budget=Decimal("100"))).id
    before = dump()
    header, *_ = PROJECTS.splitlines()
    path = tmp_path / "huge.csv"
    # 20,000 rows, every one of them bad: all named, nothing written.
    path.write_text(header + "\n" + "\n".join(["x,y"] * 20000) + "\n", encoding="utf-8")
    try:
        projects.import_projects(m, path)
    except ImportRefused as refusal:
        assert len(refusal.errors) >= 20000
    assert dump() == before
