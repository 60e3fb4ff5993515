"""The conclusion's wording, from hand-made outcomes."""

from collections import Counter
from datetime import date
from decimal import Decimal

from zqdesk.core.ranking import Outcome
from zqdesk.core.scoring import NO_SCORE, Method, ProjectScore
from zqdesk.core.types import Decision, Finding, ProjectFacts, Severity, Tier
from zqdesk.core.vocab import Kind
from zqdesk.reports.conclusion import conclude, recommendation_text, short_verdict

FACTS = ProjectFacts("ZQ-2027-001", "测试项目", "钦州市某局", Kind.ANNUAL, 2027, "电子政务工程", "新建",
                     Decimal("300"), Decimal("200"), "市级财政资金", date(2026, 9, 1))
PASS_MARK = Decimal(60)


def outcome(decision, score="75.00", findings=(), overridden=(), kind=Kind.ANNUAL, tier=None):
    facts = FACTS if kind is Kind.ANNUAL else ProjectFacts(**{**FACTS.__dict__, "kind": kind})
    result = NO_SCORE if score is None else ProjectScore(Decimal(score), {}, Method.TRIMMED, (1, 2, 3, 4, 5),
                                                         (2, 3, 4), None, ())
    return Outcome(facts, tuple(findings), frozenset(overridden), result, decision, tier)


def test_pass_funded_and_reserve():
    funded = conclude(outcome(Decision.PASS, tier=Tier.B), Counter(), 2027, True, PASS_MARK)
    assert funded.text == "同意通过评审，建议列入2027年度建设计划。"
    reserve = conclude(outcome(Decision.PASS, tier=Tier.C), Counter(), 2027, False, PASS_MARK)
    assert reserve.verdict == "储备" and "列入2027年度建设计划储备项目" in reserve.text


def test_special_application_is_a_pre_review():
    text = conclude(outcome(Decision.PASS, kind=Kind.SPECIAL), Counter(), 2027, True, PASS_MARK).text
    assert text.startswith("同意通过预审")


def test_low_score_revise_when_most_recommend_revision_else_reject():
    low = outcome(Decision.FAIL, score="59.10")
    revise = conclude(low, Counter({"修改完善后同意": 4, "同意": 1, "不同意": 1}), 2027, False, PASS_MARK)
    assert revise.text == "修改完善后再报（得分59.10分，低于通过分数线60分）。"
    tie = conclude(low, Counter({"修改完善后同意": 3, "不同意": 3}), 2027, False, PASS_MARK)
    assert tie.text == "不予通过（得分59.10分，低于通过分数线60分）。"


def test_blocker_and_veto_name_their_rule():
    late = Finding("R1", "第七条", Severity.BLOCKER, "逾期申报：……")
    assert conclude(outcome(Decision.FAIL, "80.75", [late]), Counter({"同意": 6}), 2027, False,
                    PASS_MARK).text == "不予通过（R1 逾期申报）。"
    veto = Finding("R5", "第十条", Severity.VETO, "拟自建机房：……")
    assert conclude(outcome(Decision.VETO, "74.90", [veto]), Counter(), 2027, False,
                    PASS_MARK).text == "不予通过（一票否决：R5 私自新建或扩建基础设施）。"


def test_record_and_short_verdicts():
    record = outcome(Decision.RECORD, score=None)
    assert conclude(record, Counter(), 2027, False, PASS_MARK).text == \
        "属国家、自治区相关部门拨款建设的项目，抄送备案，不列入市级年度建设计划。"
    assert short_verdict(record, False) == "备案"
    assert short_verdict(outcome(Decision.PASS), True) == "列入计划"
    assert recommendation_text(Counter({"同意": 5, "修改完善后同意": 1})) == "同意5人，修改完善后同意1人，不同意0人"
