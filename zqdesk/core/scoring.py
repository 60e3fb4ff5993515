"""A project's score from its experts' scores (SPEC §6.2–6.5).

Arithmetic is exact (Fraction) until the single half-up rounding to two decimals; the rounded
value is the score everywhere after that.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum
from fractions import Fraction
from operator import itemgetter

from zqdesk.core.money import EXACT, round_ratio_half_up
from zqdesk.core.types import Criterion, Scored

TRIM_FROM = 5  # experts counted from which one highest and one lowest total are dropped
DEVIATION_LIMIT = Fraction(3, 10)  # 30 % away from the plain mean


class Method(StrEnum):
    """How the experts' totals were combined."""

    TRIMMED = "trimmed"
    PLAIN = "plain"

    @property
    def label(self) -> str:
        return "去掉一个最高分和一个最低分后取算术平均" if self is Method.TRIMMED else "算术平均（评分专家不足5人）"


@dataclass(frozen=True)
class ProjectScore:
    """The aggregate of one project's counted scores."""

    score: Decimal | None
    sub_scores: dict[str, Decimal]
    method: Method | None
    counted: tuple[int, ...]
    retained: tuple[int, ...]
    plain_mean: Fraction | None
    deviating: tuple[int, ...]

    @property
    def experts_counted(self) -> int:
        return len(self.counted)


NO_SCORE = ProjectScore(None, {}, None, (), (), None, ())


def validate_points(criterion: Criterion, points: Decimal) -> None:
    """Refuse anything but an integer or a half in [0, max] (SPEC §6.1)."""
    # NaN first: comparing it would raise decimal.InvalidOperation, not the ValueError callers catch.
    if not points.is_finite() or points < 0 or points > criterion.max_points:
        raise ValueError(f"{criterion.label}应在0至{criterion.max_points}分之间，收到{points}")
    if (points * 2) != (points * 2).to_integral_value():
        raise ValueError(f"{criterion.label}只能为整数或0.5分，收到{points}")


def aggregate(scores: Sequence[Scored], criteria: Sequence[Criterion]) -> ProjectScore:
    """Combine the counted experts' scores of one project.

    With five or more experts the one highest and one lowest total are dropped; among equal
    totals the expert with the lower id is taken as lower, so the choice is reproducible.
    Criterion sub-scores are the means over the same retained experts.
    """
    if not scores:
        return NO_SCORE
    # Each total once (ExpertScore.total sums on every call). Sorting (total, expert id,
    # position) tuples gives the order a stable sort on (total, expert id) gives.
    totals = [s.total for s in scores]
    order = [i for _, _, i in sorted(zip(totals, [s.expert_id for s in scores], range(len(scores))))]
    if len(order) >= TRIM_FROM:
        kept, method = order[1:-1], Method.TRIMMED
    else:
        kept, method = order, Method.PLAIN
    retained = [scores[i] for i in kept]
    count = len(retained)
    # Every sum is exact (EXACT context), then one integer ratio per sum: the same values as
    # summing Fractions, without a Fraction per score.
    keys = [c.key for c in criteria]
    # Each retained sheet's points in criteria order, then one column per criterion.
    pick = itemgetter(*keys) if len(keys) > 1 else lambda points: (points[keys[0]],)
    columns = zip(*[pick(s.points) for s in retained]) if keys else ()
    with localcontext(EXACT):
        kept_sum = sum([totals[i] for i in kept], Decimal(0))
        all_sum = sum(totals, Decimal(0))
        criterion_sums = [sum(column, Decimal(0)) for column in columns]
    sub_scores = {key: _mean_half_up(total, count) for key, total in zip(keys, criterion_sums)}
    numerator, denominator = all_sum.as_integer_ratio()
    plain_mean = Fraction(numerator, denominator * len(scores))
    return ProjectScore(
        score=_mean_half_up(kept_sum, count),
        sub_scores=sub_scores,
        method=method,
        counted=tuple(sorted([s.expert_id for s in scores])),
        retained=tuple(sorted([s.expert_id for s in retained])),
        plain_mean=plain_mean,
        deviating=_deviating(zip(scores, totals), plain_mean, (totals[order[0]], totals[order[-1]])),
    )


def _mean_half_up(total: Decimal, count: int) -> Decimal:
    """total / count rounded half-up to two decimals, exactly."""
    numerator, denominator = total.as_integer_ratio()
    return round_ratio_half_up(numerator, denominator * count)


def deviating_experts(scores: Sequence[Scored], plain_mean: Fraction) -> tuple[int, ...]:
    """Experts whose total lies more than 30 % away from the plain mean (SPEC §6.5)."""
    return _deviating(((s, s.total) for s in scores), plain_mean)


def _deviating(scored: Iterable[tuple[Scored, Decimal]], plain_mean: Fraction,
               extremes: tuple[Decimal, Decimal] | None = None) -> tuple[int, ...]:
    # |t - N/D| > (p/q)(N/D)  <=>  q|t·D - N| > p·N  (D, q > 0)  <=>  q·D·t > (q+p)·N or
    # q·D·t < (q-p)·N. For N >= 0 each of the two tests implies its side of N (so the
    # absolute value can go); for N < 0 the first line holds for every t (left side >= 0 >
    # p·N) and so does the pair, as (q+p)·N < (q-p)·N. One exact product and two comparisons
    # per expert, with no integer ratio or Fraction per total.
    n, d = plain_mean.numerator, plain_mean.denominator
    p, q = DEVIATION_LIMIT.numerator, DEVIATION_LIMIT.denominator
    scale, above, below = q * d, (q + p) * n, (q - p) * n
    flagged = []
    with localcontext(EXACT):
        # Given the lowest and highest totals: when neither lies outside, none does (the
        # usual case), so two products decide instead of one per expert.
        if extremes is not None and below <= extremes[0] * scale and extremes[1] * scale <= above:
            return ()
        for s, total in scored:
            scaled = total * scale
            if scaled > above or scaled < below:
                flagged.append(s.expert_id)
    return tuple(sorted(flagged))
