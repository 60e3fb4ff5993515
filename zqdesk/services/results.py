"""A meeting's results: counted scores, aggregates, decisions, ranking, agreement and plan.

Everything is derived from the stored facts, scores and overrides each time it is asked for;
nothing derived is stored.
"""

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from zqdesk.core.agreement import Concordance, Spread, concordance, spread
from zqdesk.core.plan import Alternative, Plan, greedy_plan, optimal_alternative
from zqdesk.core.ranking import Outcome, evaluate
from zqdesk.core.rules import check_project
from zqdesk.core.scoring import aggregate
from zqdesk.core.types import Criterion, Tier
from zqdesk.services.access import Action, ActorRole, require
from zqdesk.services.counted_sheets import CountedSheet, complete_sheets
from zqdesk.services.errors import Refused
from zqdesk.services.meetings import get_meeting, meeting_criteria, meeting_envelopes, meeting_thresholds
from zqdesk.services.projects import check_context, meeting_facts
from zqdesk.storage.models import FindingOverride, Meeting, Project, TierOverride

__all__ = ["CountedSheet", "MeetingResults", "compute_results", "meeting_results"]


@dataclass(frozen=True)
class MeetingResults:
    """Everything the discussion, the plan and the documents show."""

    meeting: Meeting
    criteria: list[Criterion]
    outcomes: list[Outcome]
    sheets: Mapping[str, list[CountedSheet]]
    spreads: Mapping[str, Spread]
    concordance: Concordance
    plan: Plan
    override_reasons: Mapping[tuple[str, str], str] = field(default_factory=dict)
    tier_reasons: Mapping[str, str] = field(default_factory=dict)

    def outcome(self, code: str) -> Outcome:
        return next(o for o in self.outcomes if o.project.code == code)

    def recommendations(self, code: str) -> Counter:
        return Counter(s.recommendation for s in self.sheets.get(code, ()) if s.recommendation)

    def alternative(self) -> Alternative:
        return optimal_alternative(self.outcomes, self.plan)


def meeting_results(meeting_id: int, as_of: date | None = None) -> MeetingResults:
    """Everyone's scores and the outcome; an expert sees them only after submitting all their
    sheets and after the chair opens the panel view (SPEC §3.5)."""
    actor = require(Action.READ_RESULTS, meeting_id=meeting_id)
    if actor.role is ActorRole.EXPERT:
        from zqdesk.services.scoring import can_see_panel

        if actor.expert_id is None or not can_see_panel(meeting_id, actor.expert_id):
            raise Refused("提交全部评分且评审组长开放互见后，才能查看其他专家的评分。")
    return compute_results(meeting_id, as_of)


def compute_results(meeting_id: int, as_of: date | None = None) -> MeetingResults:
    """The results without the caller's permission check, for the services' own use."""
    meeting = get_meeting(meeting_id)
    criteria = meeting_criteria(meeting)
    facts = meeting_facts(meeting)
    # What meeting_findings(meeting, as_of) returns, without reading every project a second time.
    context = check_context(meeting, as_of)
    findings = {f.code: check_project(f, context) for f in facts}
    complete = complete_sheets(meeting, [c.key for c in criteria])
    results = {}
    for f in facts:
        own = complete.get(f.code, [])
        # 第十一条: a record-only project is not scored at all.
        if any(x.rule_id == "R7" for x in findings[f.code]):
            own = []
        # A counted sheet has all the aggregate reads (expert id, points, total): no copies.
        results[f.code] = aggregate(own, criteria)
    override_reasons = _override_reasons(meeting)
    overrides: dict[str, set[str]] = {}
    for code, rule_id in override_reasons:
        overrides.setdefault(code, set()).add(rule_id)
    tier_rows = _tier_overrides(meeting)
    outcomes = evaluate(
        facts, findings, results, overrides, {code: tier for code, (tier, _) in tier_rows.items()},
        meeting_thresholds(meeting),
    )
    by_expert: dict[int, dict[str, Decimal]] = {}
    spreads = {}
    for o in outcomes:
        code, counted_ids = o.project.code, frozenset(o.result.counted)
        counted = [s for s in complete.get(code, ()) if s.expert_id in counted_ids]
        spreads[code] = spread([s.total for s in counted])
        for s in counted:
            scored = by_expert.get(s.expert_id)
            if scored is None:
                scored = by_expert[s.expert_id] = {}
            scored[code] = s.total
    return MeetingResults(
        meeting=meeting, criteria=criteria, outcomes=outcomes, sheets=complete, spreads=spreads,
        concordance=concordance(by_expert), plan=greedy_plan(outcomes, meeting_envelopes(meeting)),
        override_reasons=override_reasons,
        tier_reasons={code: reason for code, (_, reason) in tier_rows.items()},
    )


def _override_reasons(meeting: Meeting) -> dict[tuple[str, str], str]:
    rows = (
        FindingOverride.select(Project.code, FindingOverride.rule_id, FindingOverride.reason)
        .join(Project).where(Project.meeting == meeting).tuples()
    )
    return {(code, rule_id): reason for code, rule_id, reason in rows}


def _tier_overrides(meeting: Meeting) -> dict[str, tuple[Tier, str]]:
    rows = (
        TierOverride.select(Project.code, TierOverride.tier, TierOverride.reason)
        .join(Project).where(Project.meeting == meeting).tuples()
    )
    return {code: (Tier(tier), reason) for code, tier, reason in rows}
