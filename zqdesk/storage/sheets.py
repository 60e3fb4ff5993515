"""An expert's sheet (their scores and review of one project in one round) as one audited
unit: snapshots for the audit log and a MAC on every row, so a direct SQL edit shows."""

from collections.abc import Iterator
from contextlib import contextmanager

from zqdesk.storage import audit
from zqdesk.storage.keys import installation_key
from zqdesk.storage.macs import mac
from zqdesk.storage.models import Review, Score


def score_fields(row: Score) -> list:
    return [row.project_id, row.expert_id, row.round, row.criterion, str(row.points), row.entered_at]


def review_fields(row: Review) -> list:
    return [row.project_id, row.expert_id, row.round, row.recommendation, row.opinion,
            row.deviation_note, row.submitted_at]


def sheet_target(project_id: int, expert_id: int, round_number: int) -> str:
    return f"sheet/{project_id}/{expert_id}/{round_number}"


def snapshot(project_id: int, expert_id: int, round_number: int) -> dict | None:
    """What the sheet holds now, in the form the audit log records it."""
    points = {
        row.criterion: str(row.points)
        for row in Score.select().where((Score.project == project_id) & (Score.expert == expert_id)
                                        & (Score.round == round_number))
    }
    review = Review.get_or_none((Review.project == project_id) & (Review.expert == expert_id)
                                & (Review.round == round_number))
    if not points and review is None:
        return None
    state = {"points": points}
    if review is not None:
        state.update(recommendation=review.recommendation, opinion=review.opinion,
                     deviation_note=review.deviation_note,
                     submitted_at=review.submitted_at.isoformat() if review.submitted_at else None)
    return state


def seal(project_id: int, expert_id: int, round_number: int, key: bytes | None = None) -> None:
    """Recompute the MAC of every row of the sheet."""
    key = key or installation_key()
    where_score = (Score.project == project_id) & (Score.expert == expert_id) & (Score.round == round_number)
    for row in Score.select().where(where_score):
        Score.update(mac=mac(key, score_fields(row))).where(Score.id == row.id).execute()
    review = Review.get_or_none((Review.project == project_id) & (Review.expert == expert_id)
                                & (Review.round == round_number))
    if review is not None:
        Review.update(mac=mac(key, review_fields(review))).where(Review.id == review.id).execute()


@contextmanager
def sheet_change(project_id: int, expert_id: int, round_number: int, action: str, reason: str = "") -> Iterator[None]:
    """Wrap a change to one sheet inside `writing()`: seal its rows and log old and new."""
    before = snapshot(project_id, expert_id, round_number)
    yield
    seal(project_id, expert_id, round_number)
    after = snapshot(project_id, expert_id, round_number)
    if after != before:
        audit.record(action, sheet_target(project_id, expert_id, round_number), before, after, reason)
