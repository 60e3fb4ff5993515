"""Synthetic meetings of any size, built in memory (no database), for layout tests and the
benchmark: the same data classes the services produce."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from zqdesk.core.agreement import concordance, spread
from zqdesk.core.plan import Envelopes, greedy_plan
from zqdesk.core.ranking import Thresholds, evaluate
from zqdesk.core.rules import CheckContext, check_project
from zqdesk.core.scoring import aggregate
from zqdesk.core.types import Criterion, ExpertScore, ProjectFacts
from zqdesk.core.vocab import FUNDING_MUNICIPAL, PLAN_ELEMENTS, Kind, Role
from zqdesk.reports.data import RecusalNote, ReportData, Seat
from zqdesk.services.results import CountedSheet, MeetingResults
from zqdesk.storage.models import Meeting

CRITERIA = [
    Criterion("necessity", "必要性", Decimal(30)), Criterion("feasibility", "可行性", Decimal(30)),
    Criterion("security", "安全性", Decimal(20)), Criterion("sharing", "协同共享范围", Decimal(20)),
]
UNITS = ("钦州市大数据发展局", "钦州市公安局", "钦州市教育局", "钦州市自然资源局", "钦州市卫生健康委员会",
         "钦州市住房和城乡建设局", "钦州市交通运输局", "钦州港口管理局")
SUBJECTS = ("政务服务", "城市运行", "交通信号", "不动产登记", "医保监管", "内涝监测", "信用监管", "物流信息",
            "生态环境", "农业农村", "档案管理", "文旅导览")
KINDS = ("平台升级", "系统建设（一期）", "数据共享交换系统", "智能监管平台扩容改造工程", "信息化改造")
SURNAMES = "黄李陈韦梁刘覃王张赵周吴徐孙马朱胡"
GIVEN = ("建国", "晓峰", "志强", "丽娟", "伟", "芳", "海波", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰")


def synthetic_data(projects: int, experts: int = 7, seed: int = 1, share_funded: float = 0.5) -> ReportData:
    rng = random.Random(seed)
    meeting = Meeting(
        id=1, name="2027年度“智慧钦州”建设项目综合评估会", kind="annual", plan_year=2027,
        held_on=date(2026, 11, 20), venue="市发改委三楼会议室", budget=None,
        pass_mark=Decimal(60), tier_a=Decimal(85), tier_b=Decimal(75),
    )
    panel = tuple(
        Seat(k, SURNAMES[k % len(SURNAMES)] + GIVEN[k % len(GIVEN)], UNITS[k % len(UNITS)], "高级工程师",
             "特邀专家" if k == 0 else "科技", "0777-28200%02d" % k, Role.CHAIR if k == 0 else Role.MEMBER, k + 1)
        for k in range(experts)
    )
    facts = []
    for i in range(1, projects + 1):
        total = Decimal(rng.randrange(80, 1500))
        facts.append(ProjectFacts(
            code=f"ZQ-2027-{i:04d}",
            name=f"{rng.choice(SUBJECTS)}{rng.choice(KINDS)}",
            unit=UNITS[i % len(UNITS)], kind=Kind.ANNUAL, plan_year=2027, category="电子政务工程",
            nature="新建", total_investment=total, requested=(total * Decimal("0.6")).quantize(Decimal("0.01")),
            funding_source=FUNDING_MUNICIPAL, submitted_on=date(2026, 9, rng.randint(1, 30)),
            deployment=("电子政务外网",), sharing_analysis="共享", sharing_departments=("市大数据发展局",),
            protection_level=2, plan_elements=PLAN_ELEMENTS, compiler_qualified=True,
        ))
    recusals = tuple(RecusalNote(1, facts[k].code, False, "本人申报回避") for k in range(0, projects, 97))
    recused = {(r.code, r.expert_id) for r in recusals}
    sheets, results = {}, {}
    for f in facts:
        quality = rng.uniform(0.5, 0.95)
        own = []
        for seat in panel:
            if (f.code, seat.expert_id) in recused:
                continue
            points = {c.key: _points(rng, quality, int(c.max_points)) for c in CRITERIA}
            own.append(CountedSheet(seat.expert_id, 1, points, "同意" if quality > 0.6 else "修改完善后同意",
                                    "建设必要，方案基本可行。"))
        sheets[f.code] = own
        results[f.code] = aggregate([ExpertScore(s.expert_id, s.points) for s in own], CRITERIA)
    ctx = CheckContext(as_of=date(2026, 11, 20))
    findings = {f.code: check_project(f, ctx) for f in facts}
    outcomes = evaluate(facts, findings, results, {}, {}, Thresholds())
    passed_requested = sum((o.project.requested for o in outcomes if o.rank is not None), Decimal(0))
    envelopes = Envelopes(total=(passed_requested * Decimal(str(share_funded))).quantize(Decimal("0.01")))
    meeting.budget = envelopes.total
    by_expert: dict[int, dict[str, Decimal]] = {}
    for code, own in sheets.items():
        for s in own:
            by_expert.setdefault(s.expert_id, {})[code] = s.total
    mr = MeetingResults(
        meeting=meeting, criteria=CRITERIA, outcomes=outcomes, sheets=sheets,
        spreads={code: spread([s.total for s in own]) for code, own in sheets.items()},
        concordance=concordance(by_expert), plan=greedy_plan(outcomes, envelopes),
    )
    return ReportData(mr, panel, recusals)


def _points(rng: random.Random, quality: float, maximum: int) -> Decimal:
    raw = quality * maximum + rng.gauss(0, maximum * 0.06)
    return Decimal(round(max(0, min(maximum, raw)) * 2)) / 2
