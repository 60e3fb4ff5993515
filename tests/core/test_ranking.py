"""Decision, tier and rank (SPEC §6.4, §6.7, §6.8), every expected value written by hand."""

from datetime import date
from decimal import Decimal

import pytest

from zqdesk.core.ranking import Thresholds, decide, default_tier, evaluate, rank_key
from zqdesk.core.scoring import NO_SCORE, Method, ProjectScore
from zqdesk.core.types import Decision, Finding, ProjectFacts, Severity, Tier
from zqdesk.core.vocab import Kind

PASS_MARK = Decimal("60")
T = Thresholds()

VETO_R5 = Finding("R5", "第十条", Severity.VETO, "拟自建机房")
VETO_R6 = Finding("R6", "第二十一条", Severity.VETO, "不支持信息共享和业务协同")
BLOCKER_R1 = Finding("R1", "第七条", Severity.BLOCKER, "逾期申报")
BLOCKER_R3 = Finding("R3", "第九条", Severity.BLOCKER, "实施方案缺少")
RECORD_R7 = Finding("R7", "第十一条", Severity.INFO, "抄送备案")
WARN_R8 = Finding("R8", "第二十四条", Severity.WARNING, "未定级")
INFO_R4 = Finding("R4", "第九条", Severity.INFO, "按政府固定资产投资项目程序报批")


def score(value: str | None, nec: str = "20", fea: str = "20") -> ProjectScore:
    if value is None:
        return NO_SCORE
    return ProjectScore(
        score=Decimal(value), sub_scores={"necessity": Decimal(nec), "feasibility": Decimal(fea)},
        method=Method.TRIMMED, counted=(1, 2, 3, 4, 5), retained=(2, 3, 4), plain_mean=None, deviating=(),
    )


def facts(code: str, submitted_on: date = date(2025, 9, 1), mandated: bool = False) -> ProjectFacts:
    return ProjectFacts(
        code=code, name=f"项目{code}", unit="钦州市大数据发展局", kind=Kind.ANNUAL, plan_year=2026,
        category="电子政务工程", nature="新建", total_investment=Decimal("100.00"),
        requested=Decimal("100.00"), funding_source="市级财政资金", submitted_on=submitted_on,
        mandated=mandated,
    )


def run(entries, tier_overrides=None, thresholds=T):
    """entries: (facts, findings, score, overridden rule ids)."""
    return evaluate(
        [e[0] for e in entries],
        {e[0].code: e[1] for e in entries},
        {e[0].code: e[2] for e in entries},
        {e[0].code: e[3] for e in entries},
        tier_overrides or {},
        thresholds,
    )


def codes(outcomes) -> list[str]:
    return [o.project.code for o in outcomes]


# ---- decide (SPEC §6.4 order) ----------------------------------------------------------------


def test_record_beats_veto_and_blocker():
    assert decide([VETO_R5, BLOCKER_R1, RECORD_R7], set(), score("95"), PASS_MARK) is Decision.RECORD


def test_record_without_any_score():
    assert decide([RECORD_R7], set(), NO_SCORE, PASS_MARK) is Decision.RECORD


def test_standing_veto_beats_a_high_score():
    assert decide([VETO_R6], set(), score("95"), PASS_MARK) is Decision.VETO


def test_veto_beats_blocker():
    assert decide([BLOCKER_R1, VETO_R6], set(), score("95"), PASS_MARK) is Decision.VETO


def test_overridden_veto_passes_on_its_score():
    assert decide([VETO_R6], {"R6"}, score("60.00"), PASS_MARK) is Decision.PASS


def test_overridden_veto_still_fails_below_threshold():
    assert decide([VETO_R6], {"R6"}, score("59.99"), PASS_MARK) is Decision.FAIL


def test_overriding_one_veto_leaves_the_other_standing():
    assert decide([VETO_R5, VETO_R6], {"R6"}, score("90"), PASS_MARK) is Decision.VETO


def test_overridden_veto_with_a_standing_blocker_fails():
    assert decide([VETO_R6, BLOCKER_R3], {"R6"}, score("90"), PASS_MARK) is Decision.FAIL


def test_blocker_fails_even_at_95():
    assert decide([BLOCKER_R1], set(), score("95"), PASS_MARK) is Decision.FAIL


def test_overridden_blocker_passes():
    assert decide([BLOCKER_R1], {"R1"}, score("95"), PASS_MARK) is Decision.PASS


def test_warnings_and_infos_do_not_stop_a_project():
    assert decide([WARN_R8, INFO_R4], set(), score("60.00"), PASS_MARK) is Decision.PASS


def test_score_exactly_at_threshold_passes():
    assert decide([], set(), score("60.00"), PASS_MARK) is Decision.PASS


def test_score_one_cent_below_threshold_fails():
    assert decide([], set(), score("59.99"), PASS_MARK) is Decision.FAIL


def test_no_score_fails():
    assert decide([], set(), NO_SCORE, PASS_MARK) is Decision.FAIL
    assert decide([VETO_R6], {"R6"}, NO_SCORE, PASS_MARK) is Decision.FAIL


def test_pass_mark_is_a_meeting_setting():
    assert decide([], set(), score("65.00"), Decimal("70")) is Decision.FAIL
    assert decide([], set(), score("70.00"), Decimal("70")) is Decision.PASS


# ---- tiers (SPEC §6.8) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "tier"),
    [("100.00", Tier.A), ("85.00", Tier.A), ("84.99", Tier.B), ("75.00", Tier.B), ("74.99", Tier.C),
     ("60.00", Tier.C)],
)
def test_default_tier_boundaries(value, tier):
    assert default_tier(Decimal(value), False, T) is tier


def test_mandated_is_tier_a_whatever_the_score():
    assert default_tier(Decimal("61.00"), True, T) is Tier.A


def test_tier_boundaries_are_settings():
    t = Thresholds(tier_a=Decimal("90"), tier_b=Decimal("80"))
    assert default_tier(Decimal("89.99"), False, t) is Tier.B
    assert default_tier(Decimal("79.99"), False, t) is Tier.C


def test_evaluate_assigns_tiers_only_to_passed_projects():
    outcomes = run([
        (facts("P1"), [], score("85.00"), ()),
        (facts("P2"), [], score("84.99"), ()),
        (facts("P3"), [], score("74.99"), ()),
        (facts("P4", mandated=True), [], score("61.00"), ()),
        (facts("P5", mandated=True), [], score("59.99"), ()),
        (facts("P6"), [VETO_R5], score("95.00"), ()),
    ])
    tiers = {o.project.code: o.tier for o in outcomes}
    assert tiers == {"P1": Tier.A, "P2": Tier.B, "P3": Tier.C, "P4": Tier.A, "P5": None, "P6": None}


def test_tier_override_moves_the_project_and_its_rank():
    # P1 scores 90 (A by default), the chair moves it to C; P2 at 76 (B) now ranks first.
    outcomes = run([
        (facts("P1"), [], score("90.00"), ()),
        (facts("P2"), [], score("76.00"), ()),
    ], tier_overrides={"P1": Tier.C})
    assert codes(outcomes) == ["P2", "P1"]
    p1 = outcomes[1]
    assert p1.tier is Tier.C and p1.tier_overridden is True and p1.rank == 2
    assert outcomes[0].tier is Tier.B and outcomes[0].tier_overridden is False


def test_tier_override_to_the_default_tier_is_not_an_override():
    (o,) = run([(facts("P1"), [], score("90.00"), ())], tier_overrides={"P1": Tier.A})
    assert o.tier is Tier.A and o.tier_overridden is False


def test_tier_override_of_a_failed_project_is_ignored():
    (o,) = run([(facts("P1"), [], score("50.00"), ())], tier_overrides={"P1": Tier.A})
    assert o.decision is Decision.FAIL and o.tier is None and o.rank is None


# ---- ranking (SPEC §6.7): one test per link of the chain -------------------------------------


def test_tier_before_score():
    # mandated P1 at 61 is A; P2 at 84.99 is B → P1 first despite the lower score
    outcomes = run([
        (facts("P2"), [], score("84.99"), ()),
        (facts("P1", mandated=True), [], score("61.00"), ()),
    ])
    assert codes(outcomes) == ["P1", "P2"]


def test_score_descending_within_a_tier():
    # both B. P1 wins every later link (necessity, feasibility, earlier, code) but scores less.
    outcomes = run([
        (facts("P1", date(2025, 8, 1)), [], score("80.00", nec="30", fea="30"), ()),
        (facts("P2", date(2025, 9, 1)), [], score("80.01", nec="10", fea="10"), ()),
    ])
    assert codes(outcomes) == ["P2", "P1"]


def test_equal_score_higher_necessity_first():
    # P1 wins feasibility, submission date and code; P2 has the higher necessity.
    outcomes = run([
        (facts("P1", date(2025, 8, 1)), [], score("80.00", nec="20.00", fea="25.00"), ()),
        (facts("P2", date(2025, 9, 1)), [], score("80.00", nec="20.01", fea="15.00"), ()),
    ])
    assert codes(outcomes) == ["P2", "P1"]


def test_equal_necessity_higher_feasibility_first():
    # P1 wins submission date and code; P2 has the higher feasibility.
    outcomes = run([
        (facts("P1", date(2025, 8, 1)), [], score("80.00", nec="20.00", fea="22.33"), ()),
        (facts("P2", date(2025, 9, 1)), [], score("80.00", nec="20.00", fea="22.34"), ()),
    ])
    assert codes(outcomes) == ["P2", "P1"]


def test_equal_sub_scores_earlier_submission_first():
    # P1 wins on code; P2 was submitted one day earlier.
    outcomes = run([
        (facts("P1", date(2025, 9, 2)), [], score("80.00"), ()),
        (facts("P2", date(2025, 9, 1)), [], score("80.00"), ()),
    ])
    assert codes(outcomes) == ["P2", "P1"]


def test_everything_equal_code_ascending():
    outcomes = run([
        (facts("ZQ-2026-010"), [], score("80.00"), ()),
        (facts("ZQ-2026-002"), [], score("80.00"), ()),
        (facts("ZQ-2026-009"), [], score("80.00"), ()),
    ])
    # string order: "…-002" < "…-009" < "…-010"
    assert codes(outcomes) == ["ZQ-2026-002", "ZQ-2026-009", "ZQ-2026-010"]


def test_rank_key_orders_tier_then_score():
    a, b = run([(facts("P1"), [], score("85.00"), ()), (facts("P2"), [], score("84.99"), ())])
    assert rank_key(a) < rank_key(b)


# ---- rank numbers ---------------------------------------------------------------------------


def test_rank_numbers_have_no_gaps_and_only_passed_projects_have_one():
    outcomes = run([
        (facts("P1"), [], score("70.00"), ()),                 # pass C
        (facts("P2"), [VETO_R6], score("95.00"), ()),          # veto
        (facts("P3"), [], score("88.00"), ()),                 # pass A
        (facts("P4"), [], score("59.99"), ()),                 # fail
        (facts("P5"), [RECORD_R7], NO_SCORE, ()),              # record
        (facts("P6"), [VETO_R5], score("80.00"), ("R5",)),     # overridden veto → pass B
        (facts("P7"), [BLOCKER_R1], score("99.00"), ()),       # fail
        (facts("P8"), [], NO_SCORE, ()),                       # fail, no score
    ])
    # passed in rank order: P3 (A 88), P6 (B 80), P1 (C 70); then the rest by code
    assert codes(outcomes) == ["P3", "P6", "P1", "P2", "P4", "P5", "P7", "P8"]
    assert [o.rank for o in outcomes] == [1, 2, 3, None, None, None, None, None]
    assert [o.decision for o in outcomes] == [
        Decision.PASS, Decision.PASS, Decision.PASS, Decision.VETO, Decision.FAIL, Decision.RECORD,
        Decision.FAIL, Decision.FAIL,
    ]
    assert [o.tier for o in outcomes][:3] == [Tier.A, Tier.B, Tier.C]


def test_vetoed_and_failed_projects_keep_their_score():
    outcomes = run([
        (facts("P1"), [VETO_R6], score("95.00"), ()),
        (facts("P2"), [BLOCKER_R1], score("91.50"), ()),
    ])
    assert [o.result.score for o in outcomes] == [Decimal("95.00"), Decimal("91.50")]


def test_standing_findings_drop_overridden_vetoes_and_blockers_only():
    (o,) = run([(facts("P1"), [VETO_R6, BLOCKER_R1, WARN_R8], score("80.00"), ("R6", "R1", "R8"))])
    assert o.decision is Decision.PASS
    # a warning cannot be overridden, so it still stands
    assert o.standing_findings == (WARN_R8,)

