"""How far each stage of a meeting has got, for the stage list (computed off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from zqdesk.core.types import Severity
from zqdesk.services import conclusions, meetings, panel, scoring
from zqdesk.services.results import MeetingResults, meeting_results


@dataclass(frozen=True)
class StageSummary:
    """Counts shown beside each stage."""

    meeting_name: str = ""
    finalised: bool = False
    projects: int = 0
    with_findings: dict[str, int] = field(default_factory=dict)  # severity → projects
    experts: int = 0
    submitted: int = 0
    pins_missing: int = 0
    recusals: int = 0
    scored_projects: int = 0
    kendall_w: Decimal | None = None
    deviations: int = 0
    deviations_unexplained: int = 0
    funded: int = 0
    reserve: int = 0
    funded_total: Decimal = Decimal(0)
    envelope: Decimal | None = None
    opinions_saved: int = 0
    rounds: int = 1

    @property
    def projects_with_findings(self) -> int:
        return self.with_findings.get("any", 0)


def stage_summary(meeting_id: int, results: MeetingResults | None = None) -> StageSummary:
    meeting = meetings.get_meeting(meeting_id)
    results = results if results is not None else meeting_results(meeting_id)
    seats = panel.panel(meeting_id)
    submitted = scoring.submitted_experts(meeting_id) if seats else set()
    by_severity: dict[str, int] = {"any": 0}
    deviations = unexplained = 0
    for outcome in results.outcomes:
        severities = {f.severity for f in outcome.findings if f.severity is not Severity.INFO}
        if severities:
            by_severity["any"] += 1
        for severity in severities:
            by_severity[str(severity)] = by_severity.get(str(severity), 0) + 1
        notes = {s.expert_id: s.deviation_note for s in results.sheets.get(outcome.project.code, ())}
        for expert_id in outcome.result.deviating:
            deviations += 1
            if not notes.get(expert_id, "").strip():
                unexplained += 1
    w = results.concordance.w
    amounts = results.plan.envelopes.amounts()
    written = conclusions.opinion_codes(meeting_id)  # one query, not one per project
    opinions = sum(1 for o in results.outcomes if o.project.code in written)
    return StageSummary(
        meeting_name=meeting.name,
        finalised=meeting.finalised_at is not None,
        projects=len(results.outcomes),
        with_findings=by_severity,
        experts=len(seats),
        submitted=len(submitted & {s.expert_id for s in seats}),
        pins_missing=sum(1 for s in seats if not s.has_pin),
        recusals=sum(len(s.recused_codes) for s in seats),
        scored_projects=sum(1 for o in results.outcomes if o.result.score is not None),
        kendall_w=None if w is None else Decimal(w.numerator) / Decimal(w.denominator),
        deviations=deviations,
        deviations_unexplained=unexplained,
        funded=len(results.plan.funded),
        reserve=len(results.plan.reserve),
        funded_total=results.plan.funded_total,
        envelope=sum(amounts.values(), Decimal(0)),
        opinions_saved=opinions,
    )
