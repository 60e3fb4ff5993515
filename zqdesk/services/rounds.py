"""The re-scoring rounds of a meeting, as the discussion screen lists them."""

from dataclasses import dataclass

from zqdesk.services.access import Action, require
from zqdesk.services.meetings import get_meeting
from zqdesk.storage.models import ScoringRound


@dataclass(frozen=True)
class RoundInfo:
    number: int
    reason: str
    opened_at: str
    codes: tuple[str, ...]


def rounds(meeting_id: int) -> list[RoundInfo]:
    """The re-scoring rounds the chair opened, oldest first."""
    require(Action.READ_MEETING, meeting_id=meeting_id)
    meeting = get_meeting(meeting_id)
    rows = ScoringRound.select().where(ScoringRound.meeting == meeting).order_by(ScoringRound.number)
    return [RoundInfo(r.number, r.reason, r.opened_at.strftime("%Y-%m-%d %H:%M"), tuple(r.project_codes)) for r in rows]
