"""Reads the GUI needs that the services do not offer yet. Each is a call we wish existed in
zqdesk.services (listed in the GUI report); they only read, through the storage models, and
should move to the services unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from zqdesk.services.meetings import get_meeting
from zqdesk.storage.models import Expert, Project, Recusal, ScoringRound


@dataclass(frozen=True)
class RecusalInfo:
    expert_id: int
    expert_name: str
    code: str
    project_name: str
    automatic: bool
    reason: str


def recusals(meeting_id: int) -> list[RecusalInfo]:
    """Wished: panel.recusals(meeting_id) — every recusal, automatic or declared, with reason."""
    meeting = get_meeting(meeting_id)
    rows = (Recusal.select(Recusal.automatic, Recusal.reason, Expert.id, Expert.name, Project.code, Project.name)
            .join(Project).switch(Recusal).join(Expert)
            .where(Project.meeting == meeting).order_by(Project.code, Expert.name).tuples())
    return [RecusalInfo(eid, ename, code, pname, bool(auto), reason)
            for auto, reason, eid, ename, code, pname in rows]


@dataclass(frozen=True)
class RoundInfo:
    number: int
    reason: str
    opened_at: str
    codes: tuple[str, ...]


def rounds(meeting_id: int) -> list[RoundInfo]:
    """Wished: scoring.rounds(meeting_id) — the re-scoring rounds the chair opened."""
    meeting = get_meeting(meeting_id)
    rows = ScoringRound.select().where(ScoringRound.meeting == meeting).order_by(ScoringRound.number)
    return [RoundInfo(r.number, r.reason, r.opened_at.strftime("%Y-%m-%d %H:%M"), tuple(r.project_codes)) for r in rows]
