"""Files and meetings the GUI tests start from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

PROJECT_HEADER = ("项目名称,建设单位,申报类型,计划年度,项目类别,建设性质,总投资(万元),申请市级资金(万元),资金来源,"
                  "申报日期,共享需求分析,共享部门,等保级别,实施方案要素,编制单位具备资质")
ELEMENTS = "需求分析、主要建设内容、详细技术方案、部署方案、资源共享和业务协同需求、信息安全方案、投资概算、招标投标方案"
SHARE = "与市大数据中心共享业务数据"


def project_line(name: str, unit: str, total: str, requested: str, day: str = "2027-09-10") -> str:
    return (f"{name},{unit},年度申报,2028,电子政务工程,新建,{total},{requested},市级财政资金,{day},"
            f"{SHARE},市大数据发展局,3,{ELEMENTS},是")


def write_projects_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([PROJECT_HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def write_experts_csv(path: Path) -> Path:
    path.write_text(
        "姓名,单位,职称,代表部门,角色,回避项目,联系电话\n"
        "周组长,钦州市发展和改革委员会,高级经济师,特邀专家,组长,,0777-1\n"
        "吴专家,北部湾大学,教授,特邀专家,成员,,0777-2\n"
        "郑专家,钦州市公安局,高级工程师,公安,成员,,0777-3\n", encoding="utf-8")
    return path


def small_meeting(projects: int = 3) -> int:
    """A 2028 meeting through the services: `projects` applications, a chair and two
    members (PIN 1234 each), nothing scored yet. Returns the meeting id."""
    with as_system():
        return _small_meeting(projects)


def as_system():
    """Test setup and checks behind the screens act as the system (services.access)."""
    from zqdesk.services.access import SYSTEM, acting_as

    return acting_as(SYSTEM)


def _small_meeting(projects: int) -> int:
    from zqdesk.core.types import ProjectFacts
    from zqdesk.core.vocab import PLAN_ELEMENTS, Kind, Role
    from zqdesk.io.experts import ExpertRow
    from zqdesk.services import meetings, panel, projects as project_service

    meeting = meetings.create_meeting(meetings.MeetingSettings(
        name="2028年度测试评审会", kind=Kind.ANNUAL, plan_year=2028, budget=Decimal("500")))
    items = [
        ProjectFacts(code="", name=f"测试项目{i}", unit=f"钦州市测试局{i}", kind=Kind.ANNUAL, plan_year=2028,
                     category="电子政务工程", nature="新建", total_investment=Decimal(300), requested=Decimal(200),
                     funding_source="市级财政资金", submitted_on=date(2027, 9, 1), sharing_analysis=SHARE,
                     sharing_departments=("市大数据发展局",), protection_level=3, plan_elements=PLAN_ELEMENTS,
                     compiler_qualified=True)
        for i in range(1, projects + 1)
    ]
    project_service.add_projects(meeting.id, items)
    panel.add_experts(meeting.id, [
        ExpertRow("周组长", "钦州市发展和改革委员会", "高级经济师", "特邀专家", Role.CHAIR, (), ""),
        ExpertRow("吴专家", "北部湾大学", "教授", "特邀专家", Role.MEMBER, (), ""),
        ExpertRow("郑专家", "钦州市公安局", "高级工程师", "公安", Role.MEMBER, (), ""),
    ])
    for entry in panel.panel(meeting.id):
        panel.set_pin(meeting.id, entry.expert_id, "1234")
    project_service.run_precheck(meeting.id)
    return meeting.id


def expert_id(meeting_id: int, name: str) -> int:
    from zqdesk.services import panel

    with as_system():
        return next(e.expert_id for e in panel.panel(meeting_id) if e.name == name)
