"""Decision, tier and rank of every project of a meeting (SPEC §6.4, §6.7, §6.8)."""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from zqdesk.core.scoring import ProjectScore
from zqdesk.core.types import Decision, Finding, ProjectFacts, Severity, Tier


@dataclass(frozen=True)
class Thresholds:
    """A meeting's pass mark and tier boundaries."""

    pass_mark: Decimal = Decimal("60")
    tier_a: Decimal = Decimal("85")
    tier_b: Decimal = Decimal("75")


@dataclass(frozen=True)
class Outcome:
    """Everything decided about one project."""

    project: ProjectFacts
    findings: tuple[Finding, ...]
    overridden: frozenset[str]
    result: ProjectScore
    decision: Decision
    tier: Tier | None = None
    tier_overridden: bool = False
    rank: int | None = None
    extras: Mapping[str, object] = field(default_factory=dict, compare=False)

    @property
    def standing_findings(self) -> tuple[Finding, ...]:
        """Findings that still weigh: overridden vetoes and blockers no longer do."""
        return tuple(f for f in self.findings if f.rule_id not in self.overridden or not f.severity.overridable)


def decide(findings: Sequence[Finding], overridden: Collection[str], result: ProjectScore,
           pass_mark: Decimal) -> Decision:
    """SPEC §6.4, in its order: record, veto, pass, fail."""
    if any(f.rule_id == "R7" for f in findings):
        return Decision.RECORD
    standing = [f for f in findings if f.rule_id not in overridden]
    if any(f.severity is Severity.VETO for f in standing):
        return Decision.VETO
    blocked = any(f.severity is Severity.BLOCKER for f in standing)
    if result.score is not None and result.score >= pass_mark and not blocked:
        return Decision.PASS
    return Decision.FAIL


def default_tier(score: Decimal, mandated: bool, thresholds: Thresholds) -> Tier:
    """SPEC §6.8: a mandated project is A whatever its score."""
    if mandated or score >= thresholds.tier_a:
        return Tier.A
    if score >= thresholds.tier_b:
        return Tier.B
    return Tier.C


def rank_key(outcome: Outcome, necessity: str = "necessity", feasibility: str = "feasibility") -> tuple:
    """SPEC §6.7: tier, score ↓, necessity ↓, feasibility ↓, earlier submission, code."""
    subs = outcome.result.sub_scores
    zero = Decimal(0)
    return (
        outcome.tier,
        -outcome.result.score,
        -subs.get(necessity, zero),
        -subs.get(feasibility, zero),
        outcome.project.submitted_on,
        outcome.project.code,
    )


def evaluate(
    projects: Sequence[ProjectFacts],
    findings: Mapping[str, Sequence[Finding]],
    results: Mapping[str, ProjectScore],
    overrides: Mapping[str, Collection[str]],
    tier_overrides: Mapping[str, Tier],
    thresholds: Thresholds,
) -> list[Outcome]:
    """Decide every project and rank the passed ones 1..k; returns outcomes in rank order,
    the passed first, then the rest by code."""
    outcomes = []
    for project in projects:
        code = project.code
        result = results[code]
        overridden = frozenset(overrides.get(code, ()))
        own = tuple(findings.get(code, ()))
        decision = decide(own, overridden, result, thresholds.pass_mark)
        tier = None
        tier_overridden = False
        if decision is Decision.PASS:
            tier = default_tier(result.score, project.mandated, thresholds)
            if code in tier_overrides and tier_overrides[code] != tier:
                tier, tier_overridden = tier_overrides[code], True
        outcomes.append(Outcome(project, own, overridden, result, decision, tier, tier_overridden))
    passed = sorted((o for o in outcomes if o.decision is Decision.PASS), key=rank_key)
    ranked = [replace(o, rank=i) for i, o in enumerate(passed, start=1)]
    rest = sorted((o for o in outcomes if o.decision is not Decision.PASS), key=lambda o: o.project.code)
    return ranked + rest
