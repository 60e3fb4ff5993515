"""A project's score from its experts' scores (SPEC §6.2–6.5).

Arithmetic is exact (Fraction) until the single half-up rounding to two decimals; the rounded
value is the score everywhere after that.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from zqdesk.core.money import round_half_up
from zqdesk.core.types import Criterion, ExpertScore

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
    if points < 0 or points > criterion.max_points:
        raise ValueError(f"{criterion.label}应在0至{criterion.max_points}分之间，收到{points}")
    if (points * 2) != (points * 2).to_integral_value():
        raise ValueError(f"{criterion.label}只能为整数或0.5分，收到{points}")


def aggregate(scores: Sequence[ExpertScore], criteria: Sequence[Criterion]) -> ProjectScore:
    """Combine the counted experts' scores of one project.

    With five or more experts the one highest and one lowest total are dropped; among equal
    totals the expert with the lower id is taken as lower, so the choice is reproducible.
    Criterion sub-scores are the means over the same retained experts.
    """
    if not scores:
        return NO_SCORE
    ordered = sorted(scores, key=lambda s: (s.total, s.expert_id))
    if len(ordered) >= TRIM_FROM:
        retained, method = ordered[1:-1], Method.TRIMMED
    else:
        retained, method = ordered, Method.PLAIN
    count = len(retained)
    mean_total = sum((Fraction(s.total) for s in retained), Fraction(0)) / count
    sub_scores = {
        c.key: round_half_up(sum((Fraction(s.points[c.key]) for s in retained), Fraction(0)) / count)
        for c in criteria
    }
    plain_mean = sum((Fraction(s.total) for s in scores), Fraction(0)) / len(scores)
    return ProjectScore(
        score=round_half_up(mean_total),
        sub_scores=sub_scores,
        method=method,
        counted=tuple(sorted(s.expert_id for s in scores)),
        retained=tuple(sorted(s.expert_id for s in retained)),
        plain_mean=plain_mean,
        deviating=deviating_experts(scores, plain_mean),
    )


def deviating_experts(scores: Sequence[ExpertScore], plain_mean: Fraction) -> tuple[int, ...]:
    """Experts whose total lies more than 30 % away from the plain mean (SPEC §6.5)."""
    limit = plain_mean * DEVIATION_LIMIT
    return tuple(sorted(s.expert_id for s in scores if abs(Fraction(s.total) - plain_mean) > limit))
