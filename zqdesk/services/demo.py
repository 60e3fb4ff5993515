"""A realistic demo meeting: 2027 annual assessment, 24 applications touching every rule,
seven experts with recusals, every sheet scored and submitted. Deterministic for a seed."""

import random
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from zqdesk.core.types import ProjectFacts, Tier
from zqdesk.core.vocab import FUNDING_FINANCING, FUNDING_MUNICIPAL, FUNDING_NATIONAL, PLAN_ELEMENTS, Kind, Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import conclusions, meetings, panel, projects, scoring
from zqdesk.services import accounts
from zqdesk.services.access import SYSTEM, ActorRole, acting_as
from zqdesk.storage import audit
from zqdesk.storage.db import writing
from zqdesk.storage.models import AcceptanceRecord, Meeting, Unit

ALL = PLAN_ELEMENTS
SHARE = "与市大数据中心、市政务服务中心共享业务数据，明确共享目录和接口，支撑跨部门业务协同。"

# (name, unit, category, sub-type, nature, total, requested, quality 0..1, overrides of facts)
APPLICATIONS = [
    ("市政务服务“一网通办”平台升级", "钦州市行政审批局", "电子政务工程", "应用平台", "升级", "860", "420", .93, {"mandated": True}),
    ("城市运行管理中心（城市大脑）一期", "钦州市大数据发展局", "智慧化信息应用", "应用平台", "新建", "1800", "900", .9, {}),
    ("智慧交通信号联网控制系统", "钦州市公安局", "智慧化信息应用", "监控工程", "新建", "620", "380", .86, {"classified": True}),
    ("公共资源交易电子化平台扩容", "钦州市公共资源交易中心", "电子政务工程", "业务管理系统", "扩建", "280", "160", .84, {}),
    ("不动产登记信息共享系统", "钦州市自然资源局", "电子政务工程", "业务管理系统", "开发", "350", "210", .82, {}),
    ("智慧校园基础网络改造", "钦州市教育局", "信息化基础设施", "网络工程", "改造", "460", "300", .78, {}),
    ("医保基金智能监管系统", "钦州市医疗保障局", "智慧化信息应用", "业务管理系统", "新建", "390", "260", .8, {}),
    ("12345政务服务热线系统整合", "钦州市人民政府办公室", "电子政务工程", "应用平台", "改造", "240", "150", .76, {}),
    ("城市内涝监测预警系统", "钦州市住房和城乡建设局", "智慧化信息应用", "监控工程", "新建", "520", "330", .74, {}),
    ("市场主体信用监管平台", "钦州市市场监督管理局", "电子政务工程", "应用平台", "开发", "300", "180", .72, {}),
    ("港口物流公共信息服务平台", "钦州港口管理局", "新型信息服务", "应用平台", "新建", "700", "350", .7, {}),
    ("社会保障卡“一卡通”应用", "钦州市人力资源和社会保障局", "新型信息服务", "应用平台", "应用", "260", "140", .68, {}),
    ("生态环境质量在线监测网络", "钦州市生态环境局", "智慧化信息应用", "监控工程", "扩建", "430", "250", .66, {}),
    ("农业农村大数据服务平台", "钦州市农业农村局", "新型信息服务", "应用平台", "新建", "320", "190", .63, {}),
    ("档案数字化加工及管理系统", "钦州市档案馆", "电子政务工程", "业务管理系统", "开发", "180", "120", .58, {}),
    ("文旅融合智慧导览系统", "钦州市文化广电体育和旅游局", "新型信息服务", "多媒体工程", "新建", "210", "130", .5, {}),
    # Rule cases.
    ("财政一体化系统运维（逾期申报）", "钦州市财政局", "电子政务工程", "业务管理系统", "维护", "150", "90", .8,
     {"submitted_on": date(2026, 10, 12)}),
    ("卫生健康信息平台（实施方案不全）", "钦州市卫生健康委员会", "电子政务工程", "应用平台", "升级", "380", "240", .81,
     {"plan_elements": ALL[:5], "compiler_qualified": False}),
    ("统计局自建数据机房", "钦州市统计局", "信息化基础设施", "计算机机房工程", "新建", "260", "200", .75,
     {"self_built": ("机房", "存储备份平台")}),
    ("城管执法记录系统（无共享分析）", "钦州市城市管理综合执法局", "电子政务工程", "业务管理系统", "新建", "190", "110", .7,
     {"sharing_analysis": "", "sharing_departments": ()}),
    ("自治区数字乡村试点工程", "钦州市农业农村局", "智慧化信息应用", "应用平台", "新建", "600", "0", .8,
     {"funding_source": FUNDING_NATIONAL}),
    ("水利工程视频监控补点", "钦州市水利局", "信息化基础设施", "监控工程", "扩建", "140", "80", .77,
     {"protection_level": None}),
    ("应急指挥调度系统（专项）", "钦州市应急管理局", "智慧化信息应用", "系统集成工程", "新建", "480", "300", .88,
     {"kind": Kind.SPECIAL, "urgent": True, "submitted_on": date(2026, 11, 5)}),
    ("会议室多媒体改造（专项）", "钦州市机关事务管理局", "信息化基础设施", "多媒体工程", "改造", "95", "60", .6,
     {"kind": Kind.SPECIAL, "submitted_on": date(2026, 11, 16)}),
]

DEMO_PIN = "1234"  # every demo expert's PIN, as the README says
DEMO_PASSWORDS = {"admin": "Admin@2027", "huiwu": "Huiwu@2027", "shenji": "Shenji@2027"}

PANEL = [
    ExpertRow("黄建国", "钦州市发展和改革委员会", "高级经济师", "特邀专家", Role.CHAIR, (), "0777-2820001"),
    ExpertRow("李晓峰", "钦州市科学技术局", "高级工程师", "科技", Role.MEMBER, (), "0777-2820002"),
    ExpertRow("陈志强", "钦州市公安局", "高级工程师", "公安", Role.MEMBER, (), "0777-2820003"),
    ExpertRow("韦丽娟", "钦州市工业和信息化局", "工程师", "工信", Role.MEMBER, (), "0777-2820004"),
    ExpertRow("梁伟", "钦州市住房和城乡建设局", "高级工程师", "住建", Role.MEMBER, (), "0777-2820005"),
    ExpertRow("刘芳", "钦州市财政局", "高级会计师", "财政", Role.MEMBER, (), "0777-2820006"),
    ExpertRow("覃海波", "北部湾大学", "教授", "特邀专家", Role.MEMBER, ("ZQ-2027-013",), "0777-2820007"),
]


def demo_applications(rng: random.Random) -> list[ProjectFacts]:
    items = []
    for name, unit, category, sub_type, nature, total, requested, _quality, extra in APPLICATIONS:
        facts = ProjectFacts(
            code="", name=name, unit=unit, unit_type="市直部门", kind=Kind.ANNUAL, plan_year=2027,
            category=category, sub_type=sub_type, nature=nature, total_investment=Decimal(total),
            requested=Decimal(requested), funding_source=FUNDING_MUNICIPAL if rng.random() < .8 else FUNDING_FINANCING,
            submitted_on=date(2026, 9, rng.randint(1, 30)), deployment=("电子政务外网", "云计算中心"),
            sharing_analysis=SHARE, sharing_departments=("市大数据发展局", "市政务服务中心"),
            protection_level=rng.choice((2, 3)), plan_elements=ALL, compiler_qualified=True,
            remarks="",
        )
        items.append(replace(facts, **extra))
    return items


def _points(rng: random.Random, quality: float, maximum: int) -> Decimal:
    raw = quality * maximum + rng.gauss(0, maximum * .06)
    halves = round(max(0, min(maximum, raw)) * 2)
    return Decimal(halves) / 2


def build_demo(db_path: Path | str, seed: int = 2027, scored: bool = True) -> int:
    """Create (or extend) the database at db_path (a file or a server address) with the demo
    meeting; returns its id. With scored=False the experts' sheets are left for them to fill
    (the review-room demo: each expert at a terminal, `demo_sheets` says what they type)."""
    with acting_as(SYSTEM):
        return _build(db_path, seed, scored)


def _build(db_path: Path | str, seed: int, scored: bool = True) -> int:
    rng = random.Random(seed)
    meetings.init_database(db_path)
    if not accounts.has_accounts():
        accounts.create_first_admin("admin", "系统管理员", DEMO_PASSWORDS["admin"])
        for username, name, role in (("huiwu", "王会务", ActorRole.CLERK), ("shenji", "赵审计", ActorRole.AUDITOR)):
            accounts.create_account(username, name, role, DEMO_PASSWORDS[username])
    meeting = meetings.create_meeting(meetings.MeetingSettings(
        name="2027年度“智慧钦州”建设项目综合评估会", kind=Kind.ANNUAL, plan_year=2027,
        budget=Decimal("3000.00"), held_on=date(2026, 11, 20), venue="市发改委三楼会议室",
    ))
    with writing():
        unit, _ = Unit.get_or_create(name="钦州市城市管理综合执法局", defaults={"unit_type": "市直部门"})
        for held_on, passed in ((date(2023, 6, 15), False), (date(2023, 12, 20), False), (date(2024, 5, 10), True)):
            AcceptanceRecord.create(unit=unit, project_name="数字城管平台二期", held_on=held_on, passed=passed)
            audit.record("录入验收记录", f"acceptance/{unit.id}", None,
                         {"project": "数字城管平台二期", "held_on": held_on, "passed": passed})
    projects.add_projects(meeting.id, demo_applications(rng))
    panel.add_experts(meeting.id, PANEL, source="demo")
    for entry in panel.panel(meeting.id):
        panel.set_pin(meeting.id, entry.expert_id, DEMO_PIN)
    projects.run_precheck(meeting.id)
    if scored:
        _score_everything(meeting, rng)
    conclusions.override_finding(meeting.id, "ZQ-2027-018", "R3", "建设单位已于会前补交资质证明及完整实施方案。", by="黄建国")
    conclusions.set_tier(meeting.id, "ZQ-2027-006", Tier.A, "校园网络安全整改为上级督办事项，提前实施。", by="黄建国")
    return meeting.id


def _score_everything(meeting: Meeting, rng: random.Random) -> None:
    from zqdesk.services.panel import recused_pairs
    from zqdesk.storage.models import PanelMember, Project

    quality = {f"ZQ-2027-{i:03d}": app[7] for i, app in enumerate(APPLICATIONS, start=1)}
    criteria = meetings.meeting_criteria(meeting)
    recused = recused_pairs(meeting)
    members = list(PanelMember.select().where(PanelMember.meeting == meeting).order_by(PanelMember.seat))
    recommendation = {True: "同意", False: "修改完善后同意"}
    for member in members:
        harsh = member.seat == 6  # one stricter expert, so the discussion has disagreement to show
        for project in Project.select().where(Project.meeting == meeting).order_by(Project.code):
            if (project.id, member.expert_id) in recused or project.funding_source == FUNDING_NATIONAL:
                continue
            q = quality[project.code] - (.25 if harsh and project.code == "ZQ-2027-016" else 0)
            for criterion in criteria:
                scoring.enter_score(meeting.id, member.expert_id, project.code, criterion.key,
                                    _points(rng, q, int(criterion.max_points)))
            scoring.save_review(meeting.id, member.expert_id, project.code,
                                recommendation=recommendation[q >= .7] if q >= .55 else "不同意",
                                opinion="建设必要，方案基本可行。" if q >= .7 else "方案需进一步完善。")
        scoring.submit(meeting.id, member.expert_id)
