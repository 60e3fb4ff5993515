"""Agreement among experts (SPEC §6.6): Kendall's W with tie correction, per-project spread.

Everything is exact (Fraction) until the caller rounds; the standard deviation is rounded
here, half-up to two decimals, without ever going through a float.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from math import isqrt

from zqdesk.core.money import round_half_up

Number = Decimal | Fraction | int


def _exact(value: Number) -> Fraction:
    """A score as an exact Fraction (Decimal and int convert without loss)."""
    if isinstance(value, bool):
        raise TypeError("a score cannot be a bool")
    return Fraction(value)


def average_ranks(values: Sequence[Number]) -> list[Fraction]:
    """Rank 1 for the smallest value; tied values share the mean of the ranks they span.

    [80, 90, 80, 70] → [5/2, 4, 5/2, 1].
    """
    exact = [_exact(v) for v in values]
    order = sorted(range(len(exact)), key=lambda i: exact[i])
    ranks: list[Fraction] = [Fraction(0)] * len(exact)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and exact[order[end + 1]] == exact[order[start]]:
            end += 1
        # Positions start..end (0-based) hold ranks start+1..end+1; their mean is:
        shared = Fraction(start + end + 2, 2)
        for position in range(start, end + 1):
            ranks[order[position]] = shared
        start = end + 1
    return ranks


def _tie_term(values: Sequence[Number]) -> int:
    """Σ (t³ − t) over the tie groups of one rater's scores (0 when there are no ties)."""
    return sum(t**3 - t for t in Counter(_exact(v) for v in values).values())


def kendall_w(table: Sequence[Sequence[Number]]) -> Fraction | None:
    """Kendall's coefficient of concordance W, corrected for ties.

    Rows are raters (m), columns are objects (n); each cell is the rater's score for the
    object, turned into average ranks within the row.

        W = 12·S / (m²(n³ − n) − m·ΣT_j)

    S = Σ_i (R_i − R̄)², R_i the column rank sums, T_j = Σ (t³ − t) over rater j's tie
    groups. None when m < 2, n < 2, or every rater ties every object (denominator 0).
    """
    m = len(table)
    if m < 2:
        return None
    n = len(table[0])
    if any(len(row) != n for row in table):
        raise ValueError("every rater must score the same objects")
    if n < 2:
        return None
    rank_rows = [average_ranks(row) for row in table]
    sums = [sum((row[i] for row in rank_rows), Fraction(0)) for i in range(n)]
    mean = sum(sums, Fraction(0)) / n  # always m(n + 1)/2
    s = sum(((r - mean) ** 2 for r in sums), Fraction(0))
    ties = sum(_tie_term(row) for row in table)
    denominator = m * m * (n**3 - n) - m * ties
    if denominator == 0:
        return None
    return 12 * s / denominator


@dataclass(frozen=True)
class Concordance:
    """W over the projects every listed expert scored; experts by id, projects by code."""

    w: Fraction | None
    experts: tuple[int, ...]
    projects: tuple[str, ...]


def concordance(scores_by_expert: Mapping[int, Mapping[str, Number]]) -> Concordance:
    """Kendall's W over the projects scored by every expert who scored anything.

    An expert with no scores is left out first; then only projects scored by all the
    remaining experts count (a recused expert's project drops out of W).
    """
    experts = tuple(sorted(e for e, scores in scores_by_expert.items() if scores))
    if experts:
        common = set(scores_by_expert[experts[0]])
        for expert in experts[1:]:
            common &= set(scores_by_expert[expert])
    else:
        common = set()
    projects = tuple(sorted(common))
    table = [[scores_by_expert[e][p] for p in projects] for e in experts]
    return Concordance(w=kendall_w(table), experts=experts, projects=projects)


@dataclass(frozen=True)
class Spread:
    """How far one project's expert totals lie apart.

    span: max − min (None when there are no totals); sd: sample standard deviation
    (n − 1, as Excel's STDEV), half-up to two decimals (None when fewer than 2 totals).
    """

    span: Decimal | None
    sd: Decimal | None


def _sqrt_half_up(value: Fraction) -> Decimal:
    """√value rounded half-up to two decimals, exactly (no float, no approximate root).

    With x = value·10⁴ the answer is k/100 for k = ⌊√x + ½⌋, the largest k with
    (2k − 1)² ≤ 4x; as 2k − 1 is an integer that is 2k − 1 ≤ isqrt(⌊4x⌋).
    """
    if value < 0:
        raise ValueError("negative variance")
    x4 = value * 4 * 10**4
    k = (isqrt(x4.numerator // x4.denominator) + 1) // 2
    return round_half_up(Fraction(k, 100))


def spread(totals: Sequence[Decimal]) -> Spread:
    """Span and sample standard deviation of one project's expert totals (SPEC §6.6)."""
    exact = [_exact(t) for t in totals]
    if not exact:
        return Spread(span=None, sd=None)
    span = round_half_up(max(exact) - min(exact))
    if len(exact) < 2:
        return Spread(span=span, sd=None)
    mean = sum(exact, Fraction(0)) / len(exact)
    variance = sum(((t - mean) ** 2 for t in exact), Fraction(0)) / (len(exact) - 1)
    return Spread(span=span, sd=_sqrt_half_up(variance))
