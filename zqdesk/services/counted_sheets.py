"""The complete counted sheets of a meeting, read for its results (SPEC §6.2).

A meeting of 2,000 projects and 15 experts holds about 30,000 sheets and 120,000 criterion
scores. The scores are pivoted in SQL, one row per sheet with one column per criterion, so
Python sees sheets, not scores; the SQL is plain (LEFT JOINs on the score table's unique
index) and runs alike on SQLite and PostgreSQL.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

import peewee
from peewee import JOIN, Case, fn

from zqdesk.services.panel import recused_pairs
from zqdesk.storage.db import is_server_database
from zqdesk.storage.models import Meeting, Project, Review, Score
from zqdesk.storage.rows import raw_rows


@dataclass(frozen=True)
class CountedSheet:
    """An expert's counted sheet for a project: their points and what they wrote."""

    expert_id: int
    round: int
    points: dict[str, Decimal]
    recommendation: str = ""
    opinion: str = ""
    deviation_note: str = ""
    # The sum of the points, made once here: the aggregate, the spread and the documents all
    # ask for it. A field rather than a cached property, whose per-instance __dict__ would be
    # one more object per sheet for the garbage collector to walk.
    total: Decimal = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", sum(self.points.values(), Decimal(0)))


class _StoredPoints(dict):
    """Stored half-points → Decimal points, each distinct stored value converted once (a
    meeting has a few dozen distinct values among its 120,000 scores)."""

    def __missing__(self, stored: int) -> Decimal:
        value = self[stored] = Score.points.python_value(stored)
        return value


def complete_sheets(meeting: Meeting, keys: Sequence[str]) -> dict[str, list[CountedSheet]]:
    """Per project code, by expert id: the complete sheets (a score under every key) among the
    submitted, non-recused sheets of the latest round in which the project was scored (SPEC
    §6.2). keys are the meeting's criteria; a score under any other criterion is read too, so a
    sheet's points are whatever it holds. A code whose latest round has no complete sheet maps
    to an empty list."""
    recused = recused_pairs(meeting)
    stored_points = _StoredPoints()
    others = _other_criteria(meeting, keys, stored_points)
    by_project: dict[str, dict[int, list[CountedSheet]]] = {}
    code = rounds = None
    # Rows come by code, expert id and round: a code's rows are together and every list below
    # is by expert id. No dict or list is made for nothing: 30,000 rows of spare containers
    # cost more in garbage collection than in making them.
    for project_id, expert_id, round_number, recommendation, opinion, note, row_code, *halves in raw_rows(
        _pivot(meeting, keys)
    ):
        if (project_id, expert_id) in recused:
            continue
        if row_code != code:
            code, rounds = row_code, {}
            by_project[code] = rounds
        sheets = rounds.get(round_number)
        if sheets is None:
            sheets = rounds[round_number] = []
        if None in halves:
            continue  # incomplete: it makes its round the latest, but is not counted
        points = dict(zip(keys, map(stored_points.__getitem__, halves)))
        if others:
            points.update(others.get((project_id, expert_id, round_number), ()))
        sheets.append(CountedSheet(expert_id, round_number, points, recommendation, opinion, note))
    return {code: rounds[max(rounds)] for code, rounds in by_project.items()}


def _pivot(meeting: Meeting, keys: Sequence[str]) -> peewee.SelectQuery:
    """One row per submitted sheet, by code, expert id and round: project id, expert id,
    round, the three texts, the project's code, then the stored points under each key (NULL
    when the sheet has none under it).

    The same rows in two shapes, as each engine answers fastest (2,000 projects × 15 experts):
    SQLite looks every score up in score's unique index (83 ms, against 106 grouping first);
    PostgreSQL's planner turns those lookups into 120,000 nested-loop probes (215 ms), so there
    the scores are grouped per sheet first and joined by hash (93 ms)."""
    if is_server_database():
        return _grouped_pivot(meeting, keys)
    return _looked_up_pivot(meeting, keys)


def _sheet_rows(meeting: Meeting, *points: peewee.Node) -> peewee.SelectQuery:
    return Review.select(
        Review.project, Review.expert, Review.round, Review.recommendation, Review.opinion,
        Review.deviation_note, Project.code, *points,
    ).join(Project)


def _submitted_by_code(query: peewee.SelectQuery, meeting: Meeting) -> peewee.SelectQuery:
    return (
        query.where((Project.meeting == meeting) & Review.submitted_at.is_null(False))
        .order_by(Project.code, Review.expert, Review.round)
    )


def _looked_up_pivot(meeting: Meeting, keys: Sequence[str]) -> peewee.SelectQuery:
    # One LEFT JOIN per criterion, each a lookup in score's unique index.
    scores = [Score.alias(f"s{i}") for i in range(len(keys))]
    query = _sheet_rows(meeting, *(s.points for s in scores))
    for key, score in zip(keys, scores):
        query = query.join_from(Review, score, JOIN.LEFT_OUTER, on=(
            (score.project == Review.project) & (score.expert == Review.expert) & (score.round == Review.round)
            & (score.criterion == key)
        ))
    return _submitted_by_code(query, meeting)


def _grouped_pivot(meeting: Meeting, keys: Sequence[str]) -> peewee.SelectQuery:
    # The meeting's scores grouped per sheet, a column per criterion (the unique index makes
    # each SUM the one score or NULL), then joined to the sheets.
    columns = [f"c{i}" for i in range(len(keys))]
    sheet_scores = (
        Score.select(Score.project, Score.expert, Score.round, *(
            fn.SUM(Case(None, ((Score.criterion == key, Score.points),))).alias(column)
            for key, column in zip(keys, columns)
        ))
        .where(Score.project.in_(Project.select(Project.id).where(Project.meeting == meeting)))
        .group_by(Score.project, Score.expert, Score.round)
        .alias("sheet_scores")
    )
    query = _sheet_rows(meeting, *(getattr(sheet_scores.c, column) for column in columns)).join_from(
        Review, sheet_scores, JOIN.LEFT_OUTER, on=(
            (sheet_scores.c.project_id == Review.project) & (sheet_scores.c.expert_id == Review.expert)
            & (sheet_scores.c.round == Review.round)
        ),
    )
    return _submitted_by_code(query, meeting)


def _other_criteria(meeting: Meeting, keys: Sequence[str],
                    stored_points: _StoredPoints) -> dict[tuple[int, int, int], dict[str, Decimal]]:
    """Per (project id, expert id, round): the scores under criteria the pivot has no column
    for (a criterion the meeting no longer has). Normally none; the check is a scan of the
    score index."""
    # A chain of <> rather than NOT IN: the same test, half the time on SQLite.
    elsewhere = Project.meeting == meeting
    for key in keys:
        elsewhere &= Score.criterion != key
    others: dict[tuple[int, int, int], dict[str, Decimal]] = {}
    # First whether there are any, on the index alone (7 ms at 120,000 scores; asking for the
    # points at once makes SQLite visit every row of the table instead).
    if not Score.select(Score.project).join(Project).where(elsewhere).limit(1).exists():
        return others
    rows = (
        Score.select(Score.project, Score.expert, Score.round, Score.criterion, Score.points)
        .join(Project).where(elsewhere)
    )
    for project_id, expert_id, round_number, criterion, stored in raw_rows(rows):
        others.setdefault((project_id, expert_id, round_number), {})[criterion] = stored_points[stored]
    return others

