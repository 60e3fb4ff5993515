"""What the documents print besides the results: the panel and its recusals.

``load_report_data`` reads them from the database on the caller's thread; everything after
that (fingerprint, layout, PDF) works on plain data, so the GUI can hand a ``ReportData`` to
a worker thread without sharing the connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from zqdesk.core.ranking import Outcome
from zqdesk.core.vocab import Kind, Role
from zqdesk.services.results import CountedSheet, MeetingResults
from zqdesk.storage.audit import chain_head
from zqdesk.storage.models import Conclusion, Expert, PanelMember, Project, Recusal


@dataclass(frozen=True)
class Seat:
    """An expert's seat on the panel, with what the documents print about them."""

    expert_id: int
    name: str
    organisation: str
    title: str = ""
    department: str = ""
    phone: str = ""
    role: Role = Role.MEMBER
    seat: int = 0

    @property
    def is_chair(self) -> bool:
        return self.role is Role.CHAIR


@dataclass(frozen=True)
class RecusalNote:
    """One expert kept out of one project, and why."""

    expert_id: int
    code: str
    automatic: bool
    reason: str


@dataclass(frozen=True)
class ReportData:
    """A meeting's results plus its panel: everything a document needs."""

    results: MeetingResults
    panel: tuple[Seat, ...] = ()
    recusals: tuple[RecusalNote, ...] = ()
    audit_head: tuple[int, str] | None = None  # (records, MAC of the last) of the audit chain
    opinions: dict[str, str] = field(default_factory=dict)  # the chair's saved opinion text by code
    _seats: dict[int, Seat] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        self._seats.update({s.expert_id: s for s in self.panel})

    @property
    def meeting(self):
        return self.results.meeting

    @property
    def plan_year(self) -> int:
        return int(self.results.meeting.plan_year)

    @property
    def kind(self) -> Kind:
        return Kind(self.results.meeting.kind)

    @property
    def held_on(self) -> date | None:
        return self.results.meeting.held_on

    def seat(self, expert_id: int) -> Seat:
        return self._seats.get(expert_id) or Seat(expert_id, f"专家{expert_id}", "")

    @property
    def chair(self) -> Seat | None:
        return next((s for s in self.panel if s.is_chair), None)

    def recused_from(self, code: str) -> list[RecusalNote]:
        return [r for r in self.recusals if r.code == code]

    def recusals_of(self, expert_id: int) -> list[RecusalNote]:
        return [r for r in self.recusals if r.expert_id == expert_id]

    def counted_sheets(self, outcome: Outcome) -> list[CountedSheet]:
        """The sheets that made the project's score, in seat order."""
        counted = set(outcome.result.counted)
        sheets = [s for s in self.results.sheets.get(outcome.project.code, ()) if s.expert_id in counted]
        return sorted(sheets, key=lambda s: (self.seat(s.expert_id).seat, s.expert_id))

    def funded_codes(self) -> set[str]:
        return set(self.results.plan.funded_codes())


def load_report_data(results: MeetingResults, audit_head: tuple[int, str] | None = None) -> ReportData:
    """Read the meeting's panel and recusals to go with its results, and the audit chain's
    head as it stands now (what the printed documents were made after)."""
    meeting = results.meeting
    if audit_head is None:
        count, head = chain_head()
        audit_head = (count, head) if count else None
    seats = (
        PanelMember.select(PanelMember, Expert).join(Expert)
        .where(PanelMember.meeting == meeting).order_by(PanelMember.seat)
    )
    panel = tuple(
        Seat(m.expert.id, m.expert.name, m.expert.organisation, m.expert.title, m.expert.department,
             m.expert.phone, Role(m.role), m.seat)
        for m in seats
    )
    rows = (
        Recusal.select(Recusal.expert, Project.code, Recusal.automatic, Recusal.reason)
        .join(Project).where(Project.meeting == meeting).order_by(Project.code, Recusal.expert).tuples()
    )
    recusals = tuple(RecusalNote(expert, code, bool(auto), reason or "") for expert, code, auto, reason in rows)
    saved = (
        Conclusion.select(Project.code, Conclusion.opinion).join(Project)
        .where(Project.meeting == meeting).tuples()
    )
    opinions = {code: text for code, text in saved if text and text.strip()}
    return ReportData(results, panel, recusals, audit_head, opinions)


def report_data(source: MeetingResults | ReportData) -> ReportData:
    """Accept either the results (the panel is read now) or data already loaded."""
    return source if isinstance(source, ReportData) else load_report_data(source)
