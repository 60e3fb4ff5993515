"""Read a long-form scores file (SPEC §8.1, 评分录入模板): one row per expert and project.

The clerk types these from signed paper sheets, so every criterion is required and each
score must be an integer or a half within the criterion's maximum (SPEC §6.1).  Whether
the expert sits on the panel, is recused, or the project belongs to the meeting is the
scoring service's check: it knows the meeting, this reader only knows the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from os import PathLike

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.io import cells
from zqdesk.io.columns import score_columns
from zqdesk.io.sheet import Sheet, good
from zqdesk.io.table import Table, read_table


@dataclass(frozen=True)
class ScoreRow:
    """One expert's scores for one project; `points` is keyed by Criterion.key."""

    row: int
    expert: str
    project_code: str
    points: dict[str, Decimal] = field(hash=False)
    recommendation: str
    opinion: str
    deviation_note: str


def read_scores(path: str | PathLike[str], criteria: Sequence[Criterion]) -> list[ScoreRow]:
    """All score rows of the file, or ImportRefused listing every bad cell."""
    return scores_from_table(read_table(path), criteria)


def scores_from_table(table: Table, criteria: Sequence[Criterion]) -> list[ScoreRow]:
    """As read_scores, for a table already read."""
    sheet = Sheet(table, score_columns(criteria))
    scores: list[ScoreRow] = []
    first_row_of: dict[tuple[str, str], int] = {}
    for row in sheet.rows():
        expert = row.get("专家", required=True)
        code = row.get("项目编号", required=True)
        points = {
            criterion.key: row.get(
                criterion.label, partial(cells.points, max_points=criterion.max_points), required=True
            )
            for criterion in criteria
        }
        recommendation = row.get("评审建议", partial(cells.choice, options=RECOMMENDATIONS), default="")
        opinion = row.get("评审意见", default="")
        deviation_note = row.get("偏离说明", default="")

        if good(expert, code):
            key = (expert, code)
            if key in first_row_of:
                row.fail("项目编号", f"专家“{expert}”对项目“{code}”的评分与第{first_row_of[key]}行重复")
            else:
                first_row_of[key] = row.number
        if not row.failed:
            scores.append(ScoreRow(row.number, expert, code, points, recommendation, opinion, deviation_note))
    return sheet.finish(scores)
