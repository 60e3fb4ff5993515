"""An expert's sheet (their scores and review of one project in one round) as one audited
unit: snapshots for the audit log and a MAC on every row, so a direct SQL edit shows."""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from zqdesk.storage import audit
from zqdesk.storage.keys import installation_key
from zqdesk.storage.macs import mac
from zqdesk.storage.models import Review, Score


_UNREAD = object()


def score_fields(row: Score) -> list:
    return [row.project_id, row.expert_id, row.round, row.criterion, str(row.points), row.entered_at]


def review_fields(row: Review) -> list:
    return [row.project_id, row.expert_id, row.round, row.recommendation, row.opinion,
            row.deviation_note, row.submitted_at]


def sheet_target(project_id: int, expert_id: int, round_number: int) -> str:
    return f"sheet/{project_id}/{expert_id}/{round_number}"


def sheet_rows(project_id: int, expert_id: int, round_number: int) -> tuple[list[Score], Review | None]:
    """The sheet's score rows and its review row, read once."""
    scores = list(Score.select().where((Score.project == project_id) & (Score.expert == expert_id)
                                       & (Score.round == round_number)))
    review = Review.get_or_none((Review.project == project_id) & (Review.expert == expert_id)
                                & (Review.round == round_number))
    return scores, review


def sheet_state(scores: Sequence[Score], review: Review | None) -> dict | None:
    points = {row.criterion: str(row.points) for row in scores}
    if not points and review is None:
        return None
    state = {"points": points}
    if review is not None:
        state.update(recommendation=review.recommendation, opinion=review.opinion,
                     deviation_note=review.deviation_note,
                     submitted_at=review.submitted_at.isoformat() if review.submitted_at else None)
    return state


def snapshot(project_id: int, expert_id: int, round_number: int) -> dict | None:
    """What the sheet holds now, in the form the audit log records it."""
    return sheet_state(*sheet_rows(project_id, expert_id, round_number))


def seal(project_id: int, expert_id: int, round_number: int, key: bytes | None = None) -> dict | None:
    """Recompute the MAC of every row of the sheet (writing only those that change: fewer
    statements inside the write lock, which other terminals wait for). Returns the sheet's
    snapshot, read on the way."""
    key = key or installation_key()
    scores, review = sheet_rows(project_id, expert_id, round_number)
    for row in scores:
        sealed = mac(key, score_fields(row))
        if sealed != row.mac:
            Score.update(mac=sealed).where(Score.id == row.id).execute()
    if review is not None:
        sealed = mac(key, review_fields(review))
        if sealed != review.mac:
            Review.update(mac=sealed).where(Review.id == review.id).execute()
    return sheet_state(scores, review)


@contextmanager
def sheet_change(project_id: int, expert_id: int, round_number: int, action: str, reason: str = "",
                 before=_UNREAD) -> Iterator[None]:
    """Wrap a change to one sheet inside `writing()`: seal its rows and log old and new.
    `before`: the sheet's snapshot when the caller has just read it in this transaction."""
    if before is _UNREAD:
        before = snapshot(project_id, expert_id, round_number)
    yield
    after = seal(project_id, expert_id, round_number)
    if after != before:
        audit.record(action, sheet_target(project_id, expert_id, round_number), before, after, reason)


@dataclass(frozen=True)
class NewSheet:
    """A whole sheet written at once (an import): its points and its submitted review."""

    project_id: int
    expert_id: int
    round: int
    points: dict[str, Decimal]
    recommendation: str
    opinion: str
    deviation_note: str
    submitted_at: datetime
    reason: str


def replace_sheets(sheets: Sequence[NewSheet], action: str, entered_at: datetime) -> None:
    """Write many sheets in one go inside `writing()`, sealed and audited like `sheet_change`,
    without a query per row: imports of 30,000 sheets stay fast."""
    key = installation_key()
    wanted = {(s.project_id, s.expert_id, s.round) for s in sheets}
    before = {}
    for project_id, expert_id, round_number in _existing(wanted):
        before[(project_id, expert_id, round_number)] = snapshot(project_id, expert_id, round_number)
        sheet = (Score.project == project_id) & (Score.expert == expert_id) & (Score.round == round_number)
        Score.delete().where(sheet).execute()
        Review.delete().where((Review.project == project_id) & (Review.expert == expert_id)
                              & (Review.round == round_number)).execute()
    score_rows, review_rows = [], []
    for s in sheets:
        points = {k: Score.points.python_value(Score.points.db_value(v)) for k, v in s.points.items()}
        for criterion, value in points.items():
            fields = [s.project_id, s.expert_id, s.round, criterion, str(value), entered_at]
            score_rows.append((s.project_id, s.expert_id, s.round, criterion, value, entered_at, mac(key, fields)))
        fields = [s.project_id, s.expert_id, s.round, s.recommendation, s.opinion, s.deviation_note, s.submitted_at]
        review_rows.append((s.project_id, s.expert_id, s.round, s.recommendation, s.opinion, s.deviation_note,
                            s.submitted_at, mac(key, fields)))
    for start in range(0, len(score_rows), 100):
        Score.insert_many(score_rows[start:start + 100], fields=[
            Score.project, Score.expert, Score.round, Score.criterion, Score.points, Score.entered_at, Score.mac,
        ]).execute()
    for start in range(0, len(review_rows), 100):
        Review.insert_many(review_rows[start:start + 100], fields=[
            Review.project, Review.expert, Review.round, Review.recommendation, Review.opinion,
            Review.deviation_note, Review.submitted_at, Review.mac,
        ]).execute()
    for s in sheets:
        after = {
            "points": {k: str(Score.points.python_value(Score.points.db_value(v))) for k, v in s.points.items()},
            "recommendation": s.recommendation, "opinion": s.opinion, "deviation_note": s.deviation_note,
            "submitted_at": s.submitted_at.isoformat(),
        }
        audit.record(action, sheet_target(s.project_id, s.expert_id, s.round),
                     before.get((s.project_id, s.expert_id, s.round)), after, s.reason)


def _existing(wanted: set[tuple[int, int, int]]) -> set[tuple[int, int, int]]:
    if not wanted:
        return set()
    projects = sorted({p for p, _, _ in wanted})
    found = set()
    for start in range(0, len(projects), 500):
        chunk = projects[start:start + 500]
        for model in (Score, Review):
            found |= {
                row for row in model.select(model.project, model.expert, model.round)
                .where(model.project.in_(chunk)).tuples() if row in wanted
            }
    return found
