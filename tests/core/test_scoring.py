"""A project's score from its experts' scores (SPEC §6.1–6.3, §6.5), worked by hand."""

from decimal import Decimal
from fractions import Fraction

import pytest

from zqdesk.core.scoring import NO_SCORE, Method, aggregate, deviating_experts, validate_points
from zqdesk.core.types import Criterion, ExpertScore

NEC, FEA, SEC, SHA = "necessity", "feasibility", "security", "sharing"
CRITERIA = (
    Criterion(NEC, "必要性", Decimal("30")),
    Criterion(FEA, "可行性", Decimal("30")),
    Criterion(SEC, "安全性", Decimal("20")),
    Criterion(SHA, "协同共享范围", Decimal("20")),
)


def es(expert_id: int, nec, fea, sec, sha) -> ExpertScore:
    return ExpertScore(expert_id, {NEC: Decimal(str(nec)), FEA: Decimal(str(fea)),
                                   SEC: Decimal(str(sec)), SHA: Decimal(str(sha))})


def by_total(expert_id: int, total) -> ExpertScore:
    """An expert whose whole total sits in necessity (only the total matters in the test)."""
    return ExpertScore(expert_id, {NEC: Decimal(str(total)), FEA: Decimal(0), SEC: Decimal(0), SHA: Decimal(0)})


# ---- trimmed vs plain --------------------------------------------------------------------


def test_five_experts_drop_one_highest_and_one_lowest():
    # totals 90 80 70 60 50 → drop 90 (e1) and 50 (e5) → (80+70+60)/3 = 70.00
    r = aggregate([by_total(i, t) for i, t in enumerate([90, 80, 70, 60, 50], start=1)], CRITERIA)
    assert r.method is Method.TRIMMED
    assert r.score == Decimal("70.00")
    assert r.counted == (1, 2, 3, 4, 5)
    assert r.retained == (2, 3, 4)
    assert r.experts_counted == 5
    assert r.plain_mean == Fraction(70)  # 350/5


def test_four_experts_take_the_plain_mean():
    # totals 90 80 70 61 → 301/4 = 75.25, nobody dropped
    r = aggregate([by_total(i, t) for i, t in enumerate([90, 80, 70, 61], start=1)], CRITERIA)
    assert r.method is Method.PLAIN
    assert r.score == Decimal("75.25")
    assert r.retained == (1, 2, 3, 4)
    assert "不足5人" in r.method.label


def test_six_experts_drop_only_one_at_each_end():
    # totals 95 90 80 70 60 40 → drop 95 and 40 → (90+80+70+60)/4 = 300/4 = 75.00
    r = aggregate([by_total(i, t) for i, t in enumerate([95, 90, 80, 70, 60, 40], start=1)], CRITERIA)
    assert r.method is Method.TRIMMED
    assert r.score == Decimal("75.00")
    assert r.retained == (2, 3, 4, 5)


def test_no_scores_no_score():
    r = aggregate([], CRITERIA)
    assert r is NO_SCORE
    assert r.score is None and r.method is None and r.experts_counted == 0


def test_input_order_does_not_matter():
    scores = [by_total(i, t) for i, t in enumerate([90, 80, 70, 60, 50], start=1)]
    assert aggregate(list(reversed(scores)), CRITERIA) == aggregate(scores, CRITERIA)


# ---- sub-scores from the same retained experts ---------------------------------------------


def test_sub_scores_use_the_experts_retained_by_total():
    #        nec fea sec sha  total
    # e1      12  30  20  20   82   highest total → dropped
    # e2      30  20  10  10   70
    # e3      20  20  15  15   70
    # e4      25  15  15  15   70
    # e5      28   2   0   0   30   lowest total → dropped
    scores = [es(1, 12, 30, 20, 20), es(2, 30, 20, 10, 10), es(3, 20, 20, 15, 15),
              es(4, 25, 15, 15, 15), es(5, 28, 2, 0, 0)]
    r = aggregate(scores, CRITERIA)
    assert r.retained == (2, 3, 4)
    assert r.score == Decimal("70.00")  # 210/3
    assert r.sub_scores == {
        NEC: Decimal("25.00"),  # (30+20+25)/3 = 75/3
        FEA: Decimal("18.33"),  # (20+20+15)/3 = 55/3 = 18.333…
        SEC: Decimal("13.33"),  # (10+15+15)/3 = 40/3 = 13.333…
        SHA: Decimal("13.33"),  # (10+15+15)/3
    }
    # What the wrong methods would give, to show the case discriminates:
    #   everyone:                 nec 115/5 = 23.00, fea 87/5 = 17.40
    #   trimming each criterion:  nec drop 12 and 30 → (20+25+28)/3 = 24.33
    assert r.sub_scores[NEC] not in (Decimal("23.00"), Decimal("24.33"))
    assert r.sub_scores[FEA] != Decimal("17.40")


def test_plain_sub_scores_average_everyone():
    # n=3: nec (30+20+10)/3 = 20.00, fea (25+25+20)/3 = 70/3 = 23.33, sec 15.00, sha (20+10+10)/3 = 13.33
    scores = [es(1, 30, 25, 15, 20), es(2, 20, 25, 15, 10), es(3, 10, 20, 15, 10)]
    r = aggregate(scores, CRITERIA)
    assert r.sub_scores == {NEC: Decimal("20.00"), FEA: Decimal("23.33"), SEC: Decimal("15.00"), SHA: Decimal("13.33")}
    # totals 90 + 70 + 55 = 215 / 3 = 71.666… → 71.67
    assert r.score == Decimal("71.67")


# ---- rounding half-up --------------------------------------------------------------------


def test_plain_mean_78_125_rounds_up_to_78_13():
    #        nec   fea   sec   sha   total
    # e1    20.5  25.5  17    17    80
    # e2    20    25    16.5  17    78.5
    # e3    20    24    16    17    77
    # e4    20    24    17    16    77
    # totals 80+78.5+77+77 = 312.5; /4 = 78.125 → 78.13 (banker's rounding would give 78.12)
    scores = [es(1, "20.5", "25.5", 17, 17), es(2, 20, 25, "16.5", 17), es(3, 20, 24, 16, 17), es(4, 20, 24, 17, 16)]
    r = aggregate(scores, CRITERIA)
    assert r.method is Method.PLAIN
    assert r.score == Decimal("78.13")
    assert r.sub_scores == {
        NEC: Decimal("20.13"),  # 80.5/4 = 20.125
        FEA: Decimal("24.63"),  # 98.5/4 = 24.625
        SEC: Decimal("16.63"),  # 66.5/4 = 16.625
        SHA: Decimal("16.75"),  # 67/4
    }
    # each figure is rounded once from its exact mean, so the rounded sub-scores add up to
    # 20.13 + 24.63 + 16.63 + 16.75 = 78.14, not to the score 78.13


def test_trimmed_mean_of_eight_retained_78_125_rounds_up():
    # n=10: totals 100 (highest, dropped), 10 (lowest, dropped), and retained 78×7 + 79
    # retained sum 546 + 79 = 625; 625/8 = 78.125 → 78.13
    totals = [100, 78, 78, 78, 78, 78, 78, 78, 79, 10]
    r = aggregate([by_total(i, t) for i, t in enumerate(totals, start=1)], CRITERIA)
    assert r.method is Method.TRIMMED
    assert r.retained == (2, 3, 4, 5, 6, 7, 8, 9)
    assert r.score == Decimal("78.13")


def test_two_thirds_round_up_and_one_third_down():
    # 3 experts 70, 70, 70.5 → 210.5/3 = 70.1666… → 70.17
    r = aggregate([by_total(1, 70), by_total(2, 70), by_total(3, "70.5")], CRITERIA)
    assert r.score == Decimal("70.17")
    # 3 experts 70, 70.5, 70.5 → 211/3 = 70.333… → 70.33
    r = aggregate([by_total(1, 70), by_total(2, "70.5"), by_total(3, "70.5")], CRITERIA)
    assert r.score == Decimal("70.33")


# ---- ties ---------------------------------------------------------------------------------


def test_tie_among_highest_totals_drops_the_higher_id():
    # e1 and e2 both total 90; the lower id (e1) counts as "lower", so e2 is the one dropped.
    #        nec fea sec sha total
    # e1      30  20  20  20   90   retained
    # e2      20  30  20  20   90   dropped (highest; higher id among the tie)
    # e3      20  20  20  20   80
    # e4      15  15  20  20   70
    # e5      15  15  15  15   60   dropped (lowest)
    # Consequence: sub-scores follow e1's profile, not e2's, although both gave 90.
    scores = [es(2, 20, 30, 20, 20), es(5, 15, 15, 15, 15), es(1, 30, 20, 20, 20),
              es(4, 15, 15, 20, 20), es(3, 20, 20, 20, 20)]
    r = aggregate(scores, CRITERIA)
    assert r.retained == (1, 3, 4)
    assert r.score == Decimal("80.00")  # (90+80+70)/3
    assert r.sub_scores[NEC] == Decimal("21.67")  # (30+20+15)/3 = 65/3; with e2 instead: 55/3 = 18.33
    assert r.sub_scores[FEA] == Decimal("18.33")  # (20+20+15)/3 = 55/3; with e2 instead: 65/3 = 21.67
    assert r.sub_scores[SEC] == Decimal("20.00")
    assert r.sub_scores[SHA] == Decimal("20.00")


def test_tie_among_lowest_totals_drops_the_lower_id():
    # totals e1 90, e2 80, e3 70, e4 60, e5 60: e4 (lower id) is the lowest → dropped, e5 kept
    #        nec fea sec sha
    # e4      30  10  10  10  = 60
    # e5      10  30  10  10  = 60
    scores = [by_total(1, 90), by_total(2, 80), by_total(3, 70), es(4, 30, 10, 10, 10), es(5, 10, 30, 10, 10)]
    r = aggregate(scores, CRITERIA)
    assert r.retained == (2, 3, 5)
    assert r.score == Decimal("70.00")  # (80+70+60)/3
    # nec: e2 80 + e3 70 + e5 10 = 160/3 = 53.33; fea: 0 + 0 + 30 = 10.00
    assert r.sub_scores[NEC] == Decimal("53.33")
    assert r.sub_scores[FEA] == Decimal("10.00")


def test_all_equal_totals_drop_lowest_and_highest_id():
    r = aggregate([by_total(i, 75) for i in (7, 3, 9, 1, 5)], CRITERIA)
    assert r.retained == (3, 5, 7)
    assert r.score == Decimal("75.00")


# ---- deviation (SPEC §6.5) -----------------------------------------------------------------


def test_exactly_30_percent_is_not_flagged():
    # totals 65, 35, 50, 50 → plain mean 200/4 = 50; 30% of 50 = 15; |65−50| = |35−50| = 15, not > 15
    r = aggregate([by_total(1, 65), by_total(2, 35), by_total(3, 50), by_total(4, 50)], CRITERIA)
    assert r.plain_mean == Fraction(50)
    assert r.deviating == ()


def test_more_than_30_percent_is_flagged_both_ways():
    # totals 65.5, 34.5, 50, 50 → mean 50; |65.5−50| = |34.5−50| = 15.5 > 15
    r = aggregate([by_total(1, "65.5"), by_total(2, "34.5"), by_total(3, 50), by_total(4, 50)], CRITERIA)
    assert r.deviating == (1, 2)


def test_deviation_is_measured_from_the_plain_mean_not_the_trimmed_one():
    # totals 100, 76.5, 76.5, 42, 5: plain mean 300/5 = 60, 30% = 18
    #   100: 40 > 18 flagged;  76.5: 16.5 no;  42: exactly 18 → not flagged;  5: 55 flagged
    # trimmed mean (76.5+76.5+42)/3 = 195/3 = 65 would flag 42 too (23 > 19.5).
    scores = [by_total(1, 100), by_total(2, "76.5"), by_total(3, "76.5"), by_total(4, 42), by_total(5, 5)]
    r = aggregate(scores, CRITERIA)
    assert r.score == Decimal("65.00")
    assert r.plain_mean == Fraction(60)
    assert r.deviating == (1, 5)


def test_deviating_experts_directly():
    # mean 80 → limit 24: 56 is exactly 24 below (kept), 55.5 is 24.5 below (flagged), 104 exactly 24 above
    # (deviating_experts takes the mean as given; these four totals do not have to average 80)
    scores = [by_total(1, 56), by_total(2, "55.5"), by_total(3, 104), by_total(4, "104.5")]
    assert deviating_experts(scores, Fraction(80)) == (2, 4)


# ---- points (SPEC §6.1) --------------------------------------------------------------------


@pytest.mark.parametrize("points", ["0", "0.5", "17", "29.5", "30", "30.0"])
def test_validate_points_accepts_integers_and_halves_in_range(points):
    validate_points(CRITERIA[0], Decimal(points))  # necessity, max 30


@pytest.mark.parametrize("points", ["-0.5", "30.5", "10.25", "31", "0.1"])
def test_validate_points_refuses(points):
    with pytest.raises(ValueError, match="必要性"):
        validate_points(CRITERIA[0], Decimal(points))


@pytest.mark.parametrize("points", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_validate_points_refuses_non_numbers_with_a_value_error(points):
    # callers (services.scoring.enter_score) catch ValueError only; NaN must not escape as
    # decimal.InvalidOperation
    with pytest.raises(ValueError, match="必要性"):
        validate_points(CRITERIA[0], Decimal(points))


def test_validate_points_respects_each_criterion_maximum():
    validate_points(CRITERIA[2], Decimal("20"))  # security max 20
    with pytest.raises(ValueError):
        validate_points(CRITERIA[2], Decimal("20.5"))
