"""Agreement among experts (SPEC §6.6): Kendall's W with tie correction, spread."""

from decimal import Decimal
from fractions import Fraction

import pytest

from zqdesk.core.agreement import Concordance, Spread, average_ranks, concordance, kendall_w, spread


def _seven_places(w: Fraction) -> Decimal:
    return (Decimal(w.numerator) / Decimal(w.denominator)).quantize(Decimal("0.0000001"))


def test_published_example_with_ties():
    """The `anxiety` data of R's irr / DescTools: 20 subjects rated 1..6 by 3 raters.

    Source: DescTools reference page for KendallW (A. Signorell et al.),
    https://andrisignorell.github.io/DescTools/reference/KendallW.html — the example
    builds `anxiety` (columns rater1..rater3 below) and prints
    `KendallW(anxiety, TRUE)` → `[1] 0.5396569` (TRUE = corrected for ties; the
    function is irr::kendall by M. Gamer, "integrated without logical changes").
    Every rater ties heavily, so the correction matters here.
    """
    rater1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3]
    rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4]
    rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]
    w = kendall_w([rater1, rater2, rater3])  # rows are raters here
    assert _seven_places(w) == Decimal("0.5396569")
    assert w == Fraction(6008, 11133)


def test_hand_case_without_ties():
    # 3 raters × 4 objects, higher score = higher rank:
    #   A 90 80 70 60 → ranks 4 3 2 1
    #   B 85 88 70 65 → ranks 3 4 2 1
    #   C 75 80 90 60 → ranks 2 3 4 1
    # R = 9, 10, 8, 3 (sum 30), R̄ = m(n+1)/2 = 7.5
    # S = 1.5² + 2.5² + 0.5² + 4.5² = 2.25 + 6.25 + 0.25 + 20.25 = 29
    # W = 12·29 / (3²·(4³ − 4)) = 348 / 540 = 29/45
    table = [[90, 80, 70, 60], [85, 88, 70, 65], [75, 80, 90, 60]]
    assert kendall_w(table) == Fraction(29, 45)


def test_perfect_agreement_is_one():
    # Different scores, same order for every rater.
    table = [
        [Decimal("60"), Decimal("70.5"), Decimal("88"), Decimal("95")],
        [50, 61, 72, 83],
        [Decimal("10"), Decimal("20"), Decimal("30"), Decimal("99.5")],
    ]
    assert kendall_w(table) == 1


def test_tie_heavy_hand_case():
    # 3 raters × 4 objects:
    #   A 80 80 70 60 → ranks 3.5 3.5 2 1   T_A = 2³−2 = 6
    #   B 85 75 75 75 → ranks 4 2 2 2       T_B = 3³−3 = 24
    #   C 90 88 88 60 → ranks 4 2.5 2.5 1   T_C = 2³−2 = 6
    # R = 11.5, 8, 6.5, 4 (sum 30), R̄ = 7.5
    # S = 4² + 0.5² + 1² + 3.5² = 16 + 0.25 + 1 + 12.25 = 29.5
    # denominator = 3²·60 − 3·(6 + 24 + 6) = 540 − 108 = 432
    # W = 12·29.5 / 432 = 354/432 = 59/72  (uncorrected it would be 354/540 = 59/90)
    table = [[80, 80, 70, 60], [85, 75, 75, 75], [90, 88, 88, 60]]
    assert kendall_w(table) == Fraction(59, 72)


def test_two_raters_with_a_full_tie():
    # A 80 80 70 → 2.5 2.5 1 (T=6); B 90 90 90 → 2 2 2 (T=24)
    # R = 4.5, 4.5, 3; R̄ = 4; S = 0.25 + 0.25 + 1 = 1.5
    # W = 12·1.5 / (4·24 − 2·30) = 18/36
    assert kendall_w([[80, 80, 70], [90, 90, 90]]) == Fraction(1, 2)


def test_undefined_cases_are_none():
    assert kendall_w([]) is None
    assert kendall_w([[80, 90, 70]]) is None  # one rater
    assert kendall_w([[80], [90], [70]]) is None  # one object
    assert kendall_w([[80, 80], [75, 75]]) is None  # all raters tie everything


def test_ragged_table_is_refused():
    with pytest.raises(ValueError):
        kendall_w([[80, 90], [70]])


def test_average_ranks():
    assert average_ranks([80, 90, 80, 70]) == [Fraction(5, 2), 4, Fraction(5, 2), 1]
    # Decimal and Fraction of the same value tie.
    assert average_ranks([Decimal("80.5"), 90, Fraction(161, 2), 70]) == [
        Fraction(5, 2), 4, Fraction(5, 2), 1,
    ]
    assert average_ranks([7, 7, 7]) == [2, 2, 2]
    assert average_ranks([]) == []


def test_concordance_leaves_out_a_recused_project_and_empty_experts():
    scores = {
        3: {"P01": 75, "P02": 80, "P03": 70, "P04": 90},
        1: {"P04": 60, "P01": 90, "P02": 80, "P03": 50},
        2: {"P01": 85, "P02": 88, "P04": 65},  # recused from P03
        4: {},  # scored nothing: left out first
    }
    result = concordance(scores)
    assert result.experts == (1, 2, 3)
    assert result.projects == ("P01", "P02", "P04")
    expected = kendall_w([[90, 80, 60], [85, 88, 65], [75, 80, 90]])
    assert result == Concordance(w=expected, experts=(1, 2, 3), projects=("P01", "P02", "P04"))
    # ranks 3 2 1 / 2 3 1 / 1 2 3 → R = 6 7 5, R̄ = 6, S = 2, W = 24 / (9·24) = 1/9
    assert result.w == Fraction(1, 9)


def test_concordance_with_too_few_experts():
    assert concordance({}) == Concordance(w=None, experts=(), projects=())
    single = concordance({5: {"P01": 80, "P02": 90}, 6: {}})
    assert single == Concordance(w=None, experts=(5,), projects=("P01", "P02"))


def test_spread_hand_numbers():
    # mean 85; deviations −5, 0, 5; Σ² = 50; sample variance 50/2 = 25; sd 5
    assert spread([Decimal("80"), Decimal("85"), Decimal("90")]) == Spread(
        span=Decimal("10.00"), sd=Decimal("5.00"),
    )
    # mean 81.25; Σ² = 2.75² + 8.75² + 5.25² + 11.25² = 238.25; /3 → √79.4166… = 8.9116…
    result = spread([Decimal("78.5"), Decimal("90"), Decimal("86.5"), Decimal("70")])
    assert result == Spread(span=Decimal("20.00"), sd=Decimal("8.91"))


def test_spread_rounds_an_exact_half_up():
    # deviations −0.125, 0, 0.125: variance 2·0.015625/2 → sd exactly 0.125 → 0.13 (not 0.12)
    result = spread([Decimal("79.875"), Decimal("80"), Decimal("80.125")])
    assert result == Spread(span=Decimal("0.25"), sd=Decimal("0.13"))


def test_spread_with_too_few_totals():
    assert spread([Decimal("88.5")]) == Spread(span=Decimal("0.00"), sd=None)
    assert spread([]) == Spread(span=None, sd=None)
