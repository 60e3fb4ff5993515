"""Property tests: whatever the file holds, the readers return a valid result or ImportRefused — nothing else."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from io_test_files import CRITERIA, PROJECT_HEADER, project_row, write_csv, write_xlsx

from zqdesk.core.types import ProjectFacts
from zqdesk.core.vocab import DEPARTMENTS, Role
from zqdesk.io import cells
from zqdesk.io.errors import ImportRefused
from zqdesk.io.experts import experts_from_table, read_experts
from zqdesk.io.projects import projects_from_table, read_projects
from zqdesk.io.scores import read_scores, scores_from_table
from zqdesk.io.table import Row, Table
from zqdesk.io.templates import EXPERT_COLUMNS, score_columns

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# What openpyxl or the csv module can hand over as a cell, including the awkward ones.
ANY_CELL = st.one_of(
    st.none(), st.text(max_size=30), st.booleans(), st.integers(), st.floats(),
    st.dates(), st.datetimes(), st.times(), st.timedeltas(),
    st.sampled_from(["是", "否", "三级", "2026-09-30", "1e30", "NaN", "-0", "12.5", "、,，；;", "\u3000", "#DIV/0!"]),
)
# What openpyxl can write into a real workbook.
XLSX_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1901, 1, 1)),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
)
EXPERT_HEADER = [column.name for column in EXPERT_COLUMNS]
SCORE_HEADER = [column.name for column in score_columns(CRITERIA)]


def _valid_projects(result: list[ProjectFacts]) -> None:
    for project in result:
        assert project.name and project.unit
        assert 2000 <= project.plan_year <= 2100
        assert isinstance(project.total_investment, Decimal) and isinstance(project.requested, Decimal)
        assert Decimal(0) <= project.requested <= project.total_investment
        assert project.total_investment > 0
        assert project.protection_level in (None, 1, 2, 3, 4, 5)
        assert isinstance(project.submitted_on, date)
        assert all(item for item in project.deployment + project.sharing_departments)


@given(value=ANY_CELL)
@settings(max_examples=300, deadline=None)
def test_converters_raise_only_value_error(value):
    converters = [
        cells.text, cells.yes_no, cells.day, cells.year, cells.protection_level, cells.money,
        lambda v: cells.choice(v, DEPARTMENTS), cells.items, lambda v: cells.items(v, DEPARTMENTS),
        lambda v: cells.points(v, Decimal(30)),
    ]
    for convert in converters:
        try:
            convert(value)
        except ValueError as error:
            assert str(error)


@given(changes=st.dictionaries(st.sampled_from(PROJECT_HEADER), ANY_CELL, max_size=6))
@FAST
def test_random_cells_in_a_valid_project_table(changes):
    table = Table("p.xlsx", tuple(PROJECT_HEADER), (Row(2, tuple(project_row(changes))),))
    try:
        result = projects_from_table(table)
    except ImportRefused as refused:
        assert refused.errors and all(error.row == 2 and error.column in PROJECT_HEADER for error in refused.errors)
    else:
        assert len(result) == 1
        _valid_projects(result)


@given(rows=st.lists(st.lists(ANY_CELL, min_size=7, max_size=8), max_size=4))
@FAST
def test_random_expert_tables(rows):
    table = Table("e.csv", tuple(EXPERT_HEADER), tuple(Row(n, tuple(r)) for n, r in enumerate(rows, start=2)))
    try:
        result = experts_from_table(table)
    except ImportRefused as refused:
        assert refused.errors
    else:
        assert sum(expert.role is Role.CHAIR for expert in result) <= 1
        assert len({(e.name, e.organisation) for e in result}) == len(result)


@given(rows=st.lists(st.lists(ANY_CELL, min_size=9, max_size=9), max_size=4))
@FAST
def test_random_score_tables(rows):
    table = Table("s.csv", tuple(SCORE_HEADER), tuple(Row(n, tuple(r)) for n, r in enumerate(rows, start=2)))
    try:
        result = scores_from_table(table, CRITERIA)
    except ImportRefused as refused:
        assert refused.errors
    else:
        for score in result:
            for criterion in CRITERIA:
                assert 0 <= score.points[criterion.key] <= criterion.max_points
                assert (score.points[criterion.key] * 2) % 1 == 0


@given(changes=st.dictionaries(st.sampled_from(PROJECT_HEADER), XLSX_CELL, max_size=6),
       as_csv=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
@FAST
def test_random_cells_in_a_real_file(tmp_path, changes, as_csv, encoding):
    row = project_row(changes)
    if as_csv:
        path = tmp_path / "p.csv"
        try:
            write_csv(path, PROJECT_HEADER, [row], encoding)
        except UnicodeEncodeError:
            return
    else:
        path = write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER, [row])
    try:
        _valid_projects(read_projects(path))
    except ImportRefused as refused:
        assert refused.errors


@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx"]), reader=st.integers(0, 2))
@FAST
def test_random_bytes(tmp_path, data, suffix, reader):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(data)
    read = [read_projects, read_experts, lambda p: read_scores(p, CRITERIA)][reader]
    try:
        read(path)
    except ImportRefused as refused:
        assert refused.errors


def _valid_xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(PROJECT_HEADER)
    workbook.active.append(project_row())
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


VALID_XLSX = _valid_xlsx_bytes()


@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.integers(0, len(VALID_XLSX)))
@FAST
def test_damaged_xlsx(tmp_path, flips, cut):
    data = bytearray(VALID_XLSX)
    for position, byte in flips:
        data[position] = byte
    path = tmp_path / "d.xlsx"
    path.write_bytes(bytes(data[: max(cut, len(data) - 200)]))
    try:
        _valid_projects(read_projects(path))
    except ImportRefused as refused:
        assert len(refused.errors) >= 1
