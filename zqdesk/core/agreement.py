"""Agreement among experts (SPEC §6.6): Kendall's W with tie correction, per-project spread.

Everything is exact (Fraction) until the caller rounds; the standard deviation is rounded
here, half-up to two decimals, without ever going through a float.
"""

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction
from itertools import groupby
from math import isqrt, lcm

from zqdesk.core.money import EXACT, round_half_up, round_ratio_half_up

Number = Decimal | Fraction | int


def _exact(value: Number) -> Fraction:
    """A score as an exact Fraction (Decimal and int convert without loss)."""
    if isinstance(value, bool):
        raise TypeError("a score cannot be a bool")
    return Fraction(value)


def _keys(values: Sequence[Number]) -> list[Number]:
    """The values to sort and group by: ints and finite Decimals as they are (their
    comparisons and hashes are exact, and far cheaper than Fractions'), else exact Fractions."""
    if all([type(v) is int or (type(v) is Decimal and v.is_finite()) for v in values]):
        return list(values)
    return [_exact(v) for v in values]


def _ratio(value: Number) -> tuple[int, int]:
    """A score's exact numerator and denominator (denominator > 0)."""
    if type(value) is int or type(value) is Decimal:
        return value.as_integer_ratio()
    exact = _exact(value)
    return exact.numerator, exact.denominator


def _doubled_ranks(keys: Sequence[Number]) -> list[int]:
    """Twice the average ranks (integers: an average rank is a whole or a half)."""
    return _ranks_and_ties(keys)[0]


def _ranks_and_ties(keys: Sequence[Number]) -> tuple[list[int], int]:
    """Twice the average ranks, and Σ (t³ − t) over the tie groups, from one sort: Kendall's W
    over 15 experts × 2,000 projects needs both, and grouping the sorted keys once is cheaper
    than walking them by index and counting them again."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ranks = [0] * len(keys)
    ties = 0
    start = 0
    for _, group in groupby(order, key=keys.__getitem__):
        members = list(group)
        size = len(members)
        # Positions start..start+size−1 (0-based) hold ranks start+1..start+size; twice their mean:
        shared = 2 * start + size + 1
        for i in members:
            ranks[i] = shared
        ties += size**3 - size
        start += size
    return ranks, ties


def average_ranks(values: Sequence[Number]) -> list[Fraction]:
    """Rank 1 for the smallest value; tied values share the mean of the ranks they span.

    [80, 90, 80, 70] → [5/2, 4, 5/2, 1].
    """
    return [Fraction(r, 2) for r in _doubled_ranks(_keys(values))]


def _tie_term(values: Sequence[Number]) -> int:
    """Σ (t³ − t) over the tie groups of one rater's scores (0 when there are no ties)."""
    return sum(t**3 - t for t in Counter(_keys(values)).values())


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
    # In integers: with D_i = 2·R_i (doubled ranks) and T = Σ D_i,
    # S = Σ (R_i − R̄)² = Σ (n·D_i − T)² / (4n²), so W = 12·Σ (n·D_i − T)² / (4n² · denominator).
    ranked = [_ranks_and_ties(_keys(row)) for row in table]
    doubled = [sum(column) for column in zip(*(ranks for ranks, _ in ranked))]
    total = sum(doubled)  # always m·n(n + 1)
    squares = sum((n * d - total) ** 2 for d in doubled)
    ties = sum(row_ties for _, row_ties in ranked)
    denominator = m * m * (n**3 - n) - m * ties
    if denominator == 0:
        return None
    return Fraction(12 * squares, 4 * n * n * denominator)


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
    if totals and all([type(t) is Decimal and t.is_finite() for t in totals]):
        return _decimal_spread(totals)
    ratios = [_ratio(t) for t in totals]
    if not ratios:
        return Spread(span=None, sd=None)
    # Exact integer arithmetic over a common denominator: x_i = a_i / den.
    den = 1
    for _, b in ratios:
        if den % b:
            den = lcm(den, b)
    ints = [a * (den // b) for a, b in ratios]
    span = round_half_up(Fraction(max(ints) - min(ints), den))
    n = len(ints)
    if n < 2:
        return Spread(span=span, sd=None)
    # Σ (x − x̄)² / (n − 1) = (n·Σa² − (Σa)²) / (n(n − 1)·den²)
    total = sum(ints)
    variance = Fraction(n * sum(a * a for a in ints) - total * total, n * (n - 1) * den * den)
    return Spread(span=span, sd=_sqrt_half_up(variance))


def _decimal_spread(totals: Sequence[Decimal]) -> Spread:
    """spread() for finite Decimals, the usual case: the same exact quantities, summed as
    Decimals under the EXACT context (no common denominator to find, no int per total), then
    turned into one integer ratio each."""
    n = len(totals)
    with localcontext(EXACT):
        span = max(totals) - min(totals)
        if n >= 2:
            total = sum(totals, Decimal(0))
            squares = sum([t * t for t in totals], Decimal(0))
            # n(n − 1)·variance = n·Σx² − (Σx)²
            scaled_variance = n * squares - total * total
    span_rounded = round_ratio_half_up(*span.as_integer_ratio())
    if n < 2:
        return Spread(span=span_rounded, sd=None)
    a, b = scaled_variance.as_integer_ratio()
    if a < 0:
        raise ValueError("negative variance")
    # As _sqrt_half_up with value = a / (b·n(n − 1)): k = (isqrt(⌊4·10⁴·value⌋) + 1) // 2, and
    # k/100 rounded half-up is k/100 itself.
    k = (isqrt(4 * 10**4 * a // (b * n * (n - 1))) + 1) // 2
    return Spread(span=span_rounded, sd=round_ratio_half_up(k, 100))


def chi_square(c: Concordance) -> tuple[Fraction, int] | None:
    """Friedman's χ² = m(n − 1)·W for W's significance, with n − 1 degrees of freedom
    (None without W). The χ² approximation is the usual one for n > 7 projects."""
    if c.w is None:
        return None
    m, n = len(c.experts), len(c.projects)
    return m * (n - 1) * c.w, n - 1


def chi_square_p(x: float, df: int) -> float:
    """P(χ²_df ≥ x): the upper tail, Q(df/2, x/2) of the regularised incomplete gamma function
    (a series below a + 1, a continued fraction above it, as in Numerical Recipes §6.2)."""
    if df < 1:
        raise ValueError("degrees of freedom must be positive")
    if x <= 0:
        return 1.0
    a, z = df / 2, x / 2
    log_front = a * math.log(z) - z - math.lgamma(a)
    if z < a + 1:  # P by its series, Q = 1 − P
        term = total = 1 / a
        k = a
        while abs(term) > abs(total) * 1e-15:
            k += 1
            term *= z / k
            total += term
        return max(0.0, 1 - total * math.exp(log_front))
    tiny = 1e-300  # Lentz's continued fraction for Q
    b = z + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        step = d * c
        h *= step
        if abs(step - 1) < 1e-15:
            break
    return math.exp(log_front) * h
