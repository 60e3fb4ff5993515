"""The annual construction plan (SPEC §7): the greedy walk down the ranking, and the exact
0/1 knapsack selection shown beside it for the chair to weigh."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from zqdesk.core.knapsack import best_selection
from zqdesk.core.ranking import Outcome
from zqdesk.core.types import Decision, Tier

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Envelopes:
    """The budget: one amount for the whole plan, or one per funding source."""

    total: Decimal | None = None
    by_source: Mapping[str, Decimal] = field(default_factory=dict)

    def key_for(self, funding_source: str) -> str | None:
        """Which envelope a project draws on: its own source's, or the single one."""
        return funding_source if self.by_source else None

    def amounts(self) -> dict[str | None, Decimal]:
        if self.by_source:
            return dict(self.by_source)
        return {None: self.total if self.total is not None else ZERO}


@dataclass(frozen=True)
class PlanLine:
    """One ranked passed project and what the walk did with it."""

    outcome: Outcome
    funded: bool
    envelope: str | None
    left_after: Decimal | None
    reason: str = ""

    @property
    def requested(self) -> Decimal:
        return self.outcome.project.requested


@dataclass(frozen=True)
class Plan:
    """The default plan: funded and reserve lists with their sums."""

    lines: tuple[PlanLine, ...]
    envelopes: Envelopes

    @property
    def funded(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if line.funded)

    @property
    def reserve(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if not line.funded)

    @property
    def funded_total(self) -> Decimal:
        return sum((line.requested for line in self.funded), ZERO)

    @property
    def reserve_total(self) -> Decimal:
        return sum((line.requested for line in self.reserve), ZERO)

    def tier_subtotals(self) -> dict[Tier, Decimal]:
        """Funded requested funds per tier; every tier appears, A to C."""
        totals = {tier: ZERO for tier in Tier}
        for line in self.funded:
            totals[line.outcome.tier] += line.requested
        return totals

    def used_by_envelope(self) -> dict[str | None, Decimal]:
        used = {key: ZERO for key in self.envelopes.amounts()}
        for line in self.funded:
            used[line.envelope] = used.get(line.envelope, ZERO) + line.requested
        return used

    def funded_codes(self) -> tuple[str, ...]:
        return tuple(line.outcome.project.code for line in self.funded)


def ranked_passed(outcomes: Sequence[Outcome]) -> list[Outcome]:
    return sorted((o for o in outcomes if o.decision is Decision.PASS), key=lambda o: o.rank)


def greedy_plan(outcomes: Sequence[Outcome], envelopes: Envelopes) -> Plan:
    """Walk the ranked passed projects; fund whatever fits in what is left, reserve the rest
    and go on, so a smaller later project may still fit."""
    left = envelopes.amounts()
    lines = []
    for outcome in ranked_passed(outcomes):
        key = envelopes.key_for(outcome.project.funding_source)
        requested = outcome.project.requested
        if key not in left:
            lines.append(PlanLine(outcome, False, key, None, f"资金来源“{key}”未安排额度"))
        elif requested <= left[key]:
            left[key] -= requested
            lines.append(PlanLine(outcome, True, key, left[key]))
        else:
            lines.append(PlanLine(outcome, False, key, left[key], "超出剩余额度，列入储备"))
    return Plan(tuple(lines), envelopes)


@dataclass(frozen=True)
class Alternative:
    """The selection maximising the sum of scores within each envelope, and how it differs."""

    codes: tuple[str, ...]
    score_sum: Decimal
    requested_total: Decimal
    greedy_score_sum: Decimal
    added: tuple[str, ...]
    dropped: tuple[str, ...]


def optimal_alternative(outcomes: Sequence[Outcome], plan: Plan) -> Alternative:
    """The exact 0/1 knapsack per envelope, compared with the default plan."""
    passed = ranked_passed(outcomes)
    amounts = plan.envelopes.amounts()
    # Once: funded_codes() walks every line, and asking it per project made this quadratic.
    greedy = set(plan.funded_codes())
    chosen: set[str] = set()
    for key, capacity in amounts.items():
        group = [o for o in passed if plan.envelopes.key_for(o.project.funding_source) == key]
        values = [_cents(o.result.score) for o in group]
        picked = best_selection([_cents(o.project.requested) for o in group], values, _cents(capacity))
        greedy_picked = [i for i, o in enumerate(group) if o.project.code in greedy]
        # Showing the chair a swap that gains nothing would only demote higher-ranked projects.
        if sum(values[i] for i in picked) == sum(values[i] for i in greedy_picked):
            picked = greedy_picked
        chosen.update(group[i].project.code for i in picked)
    codes = tuple(o.project.code for o in passed if o.project.code in chosen)
    by_code = {o.project.code: o for o in passed}
    return Alternative(
        codes=codes,
        score_sum=sum((by_code[c].result.score for c in codes), ZERO),
        requested_total=sum((by_code[c].project.requested for c in codes), ZERO),
        greedy_score_sum=sum((by_code[c].result.score for c in greedy), ZERO),
        added=tuple(c for c in codes if c not in greedy),
        dropped=tuple(o.project.code for o in passed if o.project.code in greedy and o.project.code not in chosen),
    )


def _cents(amount: Decimal) -> int:
    return int(amount * 100)
