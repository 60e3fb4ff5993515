"""The annual plan (SPEC §7): greedy walk with skip-and-continue, and the knapsack alternative.

Outcomes are built directly with their rank and tier, so the plan is tested on its own.
"""

from datetime import date
from decimal import Decimal

import pytest

from zqdesk.core.plan import Envelopes, greedy_plan, optimal_alternative
from zqdesk.core.ranking import Outcome
from zqdesk.core.scoring import Method, ProjectScore
from zqdesk.core.types import Decision, ProjectFacts, Tier
from zqdesk.core.vocab import Kind

MUNI = "市级财政资金"
FIN = "政府融资资金"
PPP = "PPP/社会资本"


def outcome(code: str, requested: str, rank: int | None, tier: Tier | None, score: str = "80.00",
            source: str = MUNI, decision: Decision = Decision.PASS) -> Outcome:
    project = ProjectFacts(
        code=code, name=f"项目{code}", unit="钦州市大数据发展局", kind=Kind.ANNUAL, plan_year=2026,
        category="电子政务工程", nature="新建", total_investment=Decimal(requested),
        requested=Decimal(requested), funding_source=source, submitted_on=date(2025, 9, 1),
    )
    result = ProjectScore(Decimal(score), {}, Method.TRIMMED, (1, 2, 3, 4, 5), (2, 3, 4), None, ())
    return Outcome(project, (), frozenset(), result, decision, tier, False, rank)


def d(text: str) -> Decimal:
    return Decimal(text)


# ---- greedy: skip and continue ---------------------------------------------------------------


def walk_1000():
    # envelope 1000.00, walked in rank order:
    #   P1 600 → fits, left 400          P2 500 → 500 > 400, reserve
    #   P3 300 → fits, left 100          P4 200 → 200 > 100, reserve
    #   P5 100 → exactly fits, left 0    P6 0.01 → 0.01 > 0, reserve
    outcomes = [
        outcome("P1", "600.00", 1, Tier.A),
        outcome("P2", "500.00", 2, Tier.A),
        outcome("P3", "300.00", 3, Tier.B),
        outcome("P4", "200.00", 4, Tier.B),
        outcome("P5", "100.00", 5, Tier.C),
        outcome("P6", "0.01", 6, Tier.C),
    ]
    return greedy_plan(outcomes, Envelopes(total=d("1000.00")))


def test_greedy_skips_what_does_not_fit_and_goes_on():
    plan = walk_1000()
    assert plan.funded_codes() == ("P1", "P3", "P5")
    assert [line.outcome.project.code for line in plan.reserve] == ["P2", "P4", "P6"]
    assert [line.left_after for line in plan.lines] == [
        d("400.00"), d("400.00"), d("100.00"), d("100.00"), d("0.00"), d("0.00"),
    ]
    assert all("储备" in line.reason for line in plan.reserve)
    assert all(line.reason == "" for line in plan.funded)


def test_greedy_totals_and_tier_subtotals():
    plan = walk_1000()
    assert plan.funded_total == d("1000.00")  # 600 + 300 + 100
    assert plan.reserve_total == d("700.01")  # 500 + 200 + 0.01
    # funded per tier: A 600 (P1), B 300 (P3), C 100 (P5)
    assert plan.tier_subtotals() == {Tier.A: d("600.00"), Tier.B: d("300.00"), Tier.C: d("100.00")}
    assert plan.used_by_envelope() == {None: d("1000.00")}


def test_tier_subtotals_list_every_tier_even_when_empty():
    plan = greedy_plan([outcome("P1", "50.00", 1, Tier.B)], Envelopes(total=d("100.00")))
    assert plan.tier_subtotals() == {Tier.A: d("0.00"), Tier.B: d("50.00"), Tier.C: d("0.00")}


def test_greedy_walks_in_rank_order_not_list_order():
    # given out of order; rank 1 (P2, 80) comes first and takes the envelope, P1 (rank 2) is reserve
    outcomes = [outcome("P1", "50.00", 2, Tier.B), outcome("P2", "80.00", 1, Tier.A)]
    plan = greedy_plan(outcomes, Envelopes(total=d("100.00")))
    assert [line.outcome.project.code for line in plan.lines] == ["P2", "P1"]
    assert plan.funded_codes() == ("P2",)


def test_only_passed_projects_enter_the_plan():
    outcomes = [
        outcome("P1", "10.00", 1, Tier.A),
        outcome("P2", "10.00", None, None, decision=Decision.FAIL),
        outcome("P3", "10.00", None, None, decision=Decision.VETO),
        outcome("P4", "10.00", None, None, decision=Decision.RECORD, source="国家或自治区拨款"),
    ]
    plan = greedy_plan(outcomes, Envelopes(total=d("1000.00")))
    assert [line.outcome.project.code for line in plan.lines] == ["P1"]
    assert plan.funded_total == d("10.00")
    assert plan.reserve_total == d("0.00")


def test_decimal_exactness_point_one_plus_point_two():
    # 0.10 + 0.20 = 0.30 exactly (in binary floats 0.1 + 0.2 > 0.3 and the second would not fit)
    outcomes = [outcome("P1", "0.10", 1, Tier.A), outcome("P2", "0.20", 2, Tier.A), outcome("P3", "0.01", 3, Tier.A)]
    plan = greedy_plan(outcomes, Envelopes(total=d("0.30")))
    assert plan.funded_codes() == ("P1", "P2")
    assert plan.lines[1].left_after == d("0.00")
    assert plan.funded_total == d("0.30")
    assert plan.reserve_total == d("0.01")


def test_decimal_exactness_thirds_of_a_hundred():
    # 33.33 + 33.33 + 33.34 = 100.00 exactly; every one fits
    outcomes = [outcome("P1", "33.33", 1, Tier.A), outcome("P2", "33.33", 2, Tier.B), outcome("P3", "33.34", 3, Tier.C)]
    plan = greedy_plan(outcomes, Envelopes(total=d("100.00")))
    assert plan.funded_codes() == ("P1", "P2", "P3")
    assert [line.left_after for line in plan.lines] == [d("66.67"), d("33.34"), d("0.00")]
    assert plan.tier_subtotals() == {Tier.A: d("33.33"), Tier.B: d("33.33"), Tier.C: d("33.34")}
    assert str(plan.funded_total) == "100.00"


def test_zero_envelope_funds_nothing():
    plan = greedy_plan([outcome("P1", "0.01", 1, Tier.A)], Envelopes())
    assert plan.funded_codes() == ()
    assert plan.reserve_total == d("0.01")


# ---- per-source envelopes -----------------------------------------------------------------


def walk_by_source():
    # envelopes: 市级财政资金 300, 政府融资资金 200; PPP has none.
    #   P1 市级 250 → fits, 市级 left 50
    #   P2 融资 250 → 250 > 200, reserve (融资 left 200)
    #   P3 PPP 10 → no envelope for PPP: reserve with a reason
    #   P4 融资 200 → fits exactly, 融资 left 0
    #   P5 市级 60 → 60 > 50, reserve
    #   P6 市级 50 → fits exactly, 市级 left 0
    outcomes = [
        outcome("P1", "250.00", 1, Tier.A, source=MUNI),
        outcome("P2", "250.00", 2, Tier.A, source=FIN),
        outcome("P3", "10.00", 3, Tier.B, source=PPP),
        outcome("P4", "200.00", 4, Tier.B, source=FIN),
        outcome("P5", "60.00", 5, Tier.C, source=MUNI),
        outcome("P6", "50.00", 6, Tier.C, source=MUNI),
    ]
    return outcomes, greedy_plan(outcomes, Envelopes(by_source={MUNI: d("300.00"), FIN: d("200.00")}))


def test_each_project_draws_on_its_own_source():
    _, plan = walk_by_source()
    assert plan.funded_codes() == ("P1", "P4", "P6")
    assert [line.envelope for line in plan.lines] == [MUNI, FIN, PPP, FIN, MUNI, MUNI]
    assert [line.left_after for line in plan.lines] == [
        d("50.00"), d("200.00"), None, d("0.00"), d("50.00"), d("0.00"),
    ]
    assert plan.used_by_envelope() == {MUNI: d("300.00"), FIN: d("200.00")}  # 250+50, 200
    assert plan.funded_total == d("500.00")
    assert plan.reserve_total == d("320.00")  # 250 + 10 + 60
    # funded per tier: A 250 (P1), B 200 (P4), C 50 (P6)
    assert plan.tier_subtotals() == {Tier.A: d("250.00"), Tier.B: d("200.00"), Tier.C: d("50.00")}


def test_a_source_without_an_envelope_goes_to_reserve_with_a_reason():
    _, plan = walk_by_source()
    p3 = plan.lines[2]
    assert p3.outcome.project.code == "P3"
    assert p3.funded is False
    assert PPP in p3.reason
    assert "未安排额度" in p3.reason
    # the other reserve lines say they did not fit
    assert "超出剩余额度" in plan.lines[1].reason and "超出剩余额度" in plan.lines[4].reason


def test_the_envelopes_are_not_used_up_by_a_walk():
    outcomes, _ = walk_by_source()
    budget = {MUNI: d("300.00"), FIN: d("200.00")}
    envelopes = Envelopes(by_source=budget)
    first = greedy_plan(outcomes, envelopes)
    assert budget == {MUNI: d("300.00"), FIN: d("200.00")}  # the caller's mapping is untouched
    again = greedy_plan(outcomes, envelopes)
    assert again.funded_codes() == first.funded_codes() == ("P1", "P4", "P6")


# ---- the knapsack alternative ---------------------------------------------------------------


def test_knapsack_beats_greedy_and_names_the_difference():
    # envelope 100: P1 (A, 90.10, asks 60), P2 (B, 80.25, asks 50), P3 (C, 70.05, asks 50)
    # greedy: P1 (left 40), P2 and P3 do not fit → score sum 90.10
    # best:   P2 + P3 = 100 ≤ 100, score 80.25 + 70.05 = 150.30 > 90.10
    outcomes = [
        outcome("P1", "60.00", 1, Tier.A, "90.10"),
        outcome("P2", "50.00", 2, Tier.B, "80.25"),
        outcome("P3", "50.00", 3, Tier.C, "70.05"),
    ]
    plan = greedy_plan(outcomes, Envelopes(total=d("100.00")))
    assert plan.funded_codes() == ("P1",)
    alt = optimal_alternative(outcomes, plan)
    assert alt.codes == ("P2", "P3")
    assert alt.added == ("P2", "P3")
    assert alt.dropped == ("P1",)
    assert alt.score_sum == d("150.30")
    assert alt.greedy_score_sum == d("90.10")
    assert alt.requested_total == d("100.00")


def test_knapsack_agrees_with_greedy():
    # envelope 100: P1 (90, 33.33), P2 (80, 33.33), P3 (70, 33.34), P4 (65, 0.01)
    # greedy takes P1, P2, P3 (100.00, left 0) and P4 does not fit.
    # best: any 3 of the first 3 plus P4 would need 100.01 > 100; swapping P4 in for one of
    # them loses score → the same three, score 90 + 80 + 70 = 240.00
    outcomes = [
        outcome("P1", "33.33", 1, Tier.A, "90.00"),
        outcome("P2", "33.33", 2, Tier.B, "80.00"),
        outcome("P3", "33.34", 3, Tier.C, "70.00"),
        outcome("P4", "0.01", 4, Tier.C, "65.00"),
    ]
    plan = greedy_plan(outcomes, Envelopes(total=d("100.00")))
    assert plan.funded_codes() == ("P1", "P2", "P3")
    alt = optimal_alternative(outcomes, plan)
    assert alt.codes == ("P1", "P2", "P3")
    assert alt.added == () and alt.dropped == ()
    assert alt.score_sum == alt.greedy_score_sum == d("240.00")
    assert alt.requested_total == d("100.00")


def test_knapsack_per_source_and_never_from_a_source_without_envelope():
    # 市级 100: P1 (A 90, asks 60), P2 (B 80, 50), P3 (C 70, 50); 融资 50: P4 (B 75, 50);
    # PPP (no envelope): P5 (A 95, asks 10) — never selectable.
    # greedy: P1 (市级 left 40), P2/P3 reserve, P4 (融资 left 0), P5 reserve → P1, P4; sum 165
    # best:   市级 P2 + P3 (150 > 90), 融资 P4 → P2, P4, P3 in rank order; sum 80 + 75 + 70 = 225
    outcomes = [
        outcome("P5", "10.00", 1, Tier.A, "95.00", source=PPP),
        outcome("P1", "60.00", 2, Tier.A, "90.00", source=MUNI),
        outcome("P2", "50.00", 3, Tier.B, "80.00", source=MUNI),
        outcome("P4", "50.00", 4, Tier.B, "75.00", source=FIN),
        outcome("P3", "50.00", 5, Tier.C, "70.00", source=MUNI),
    ]
    plan = greedy_plan(outcomes, Envelopes(by_source={MUNI: d("100.00"), FIN: d("50.00")}))
    assert plan.funded_codes() == ("P1", "P4")
    alt = optimal_alternative(outcomes, plan)
    assert alt.codes == ("P2", "P4", "P3")
    assert alt.added == ("P2", "P3")
    assert alt.dropped == ("P1",)
    assert alt.score_sum == d("225.00")
    assert alt.greedy_score_sum == d("165.00")
    assert alt.requested_total == d("150.00")


def test_knapsack_ignores_projects_that_did_not_pass():
    # a failed project with a high score and a small request must not be picked
    outcomes = [
        outcome("P1", "50.00", 1, Tier.B, "80.00"),
        outcome("P9", "1.00", None, None, "99.00", decision=Decision.FAIL),
    ]
    plan = greedy_plan(outcomes, Envelopes(total=d("100.00")))
    alt = optimal_alternative(outcomes, plan)
    assert alt.codes == ("P1",)
    assert alt.score_sum == d("80.00")


def test_a_plan_with_no_passed_project():
    # nothing passed: empty lists, zero totals, every tier at zero
    plan = greedy_plan([outcome("P1", "10.00", None, None, decision=Decision.FAIL)], Envelopes(total=d("5.00")))
    assert plan.lines == ()
    assert plan.funded_total == d("0.00") and plan.reserve_total == d("0.00")
    assert plan.tier_subtotals() == {Tier.A: d("0.00"), Tier.B: d("0.00"), Tier.C: d("0.00")}
    alt = optimal_alternative([], plan)
    assert alt.codes == () and alt.score_sum == d("0.00")


def test_alternative_without_any_gain_shows_no_difference():
    # all tier C, envelope 110. Ranked: P1 (68, asks 80), P2 (67, 40), P3 (61, 60), P4 (60, 20)
    # greedy: P1 (left 30), P2 40 > 30, P3 60 > 30, P4 20 (left 10) → P1 + P4: score 128, money 100
    # other selections within 110: P2 + P3 = score 128, money 100 (a tie on both); P1 + P2 = 120 > 110;
    # P2 + P4 = 127; P3 + P4 = 121; P2 + P3 + P4 = 120 > 110.  So the best score is 128, reached by
    # P1 + P4 and by P2 + P3 at the same money; the earlier indices (higher ranks) are P1 + P4.
    outcomes = [
        outcome("P1", "80.00", 1, Tier.C, "68.00"),
        outcome("P2", "40.00", 2, Tier.C, "67.00"),
        outcome("P3", "60.00", 3, Tier.C, "61.00"),
        outcome("P4", "20.00", 4, Tier.C, "60.00"),
    ]
    plan = greedy_plan(outcomes, Envelopes(total=d("110.00")))
    assert plan.funded_codes() == ("P1", "P4")
    alt = optimal_alternative(outcomes, plan)
    assert alt.score_sum == alt.greedy_score_sum == d("128.00")
    assert alt.requested_total == d("100.00")
    assert alt.codes == ("P1", "P4")
    assert alt.added == () and alt.dropped == ()
