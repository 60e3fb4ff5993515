"""A small meeting scored on three experts' own laptops (SPEC §8.3).

Five applications, three experts: 乙 works for 钦州市水利局 and is recused from its project 002,
丙 declared a recusal from 003, and 005 is a national appropriation (record only, nobody scores
it). 甲 scores 001–004, 乙 001/003/004, 丙 001/002/004.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from zqdesk.core.types import ProjectFacts
from zqdesk.core.vocab import PLAN_ELEMENTS, Kind, Role
from zqdesk.io.experts import ExpertRow
from zqdesk.services import accounts, attachments, meetings, panel, projects, scoring
from zqdesk.services.access import SYSTEM, Actor, ActorRole, acting_as, set_actor
from zqdesk.storage.db import close_database, open_database
from zqdesk.storage.models import database

D = Decimal
KEYS = ("necessity", "feasibility", "security", "sharing")
AS_OF = date(2026, 10, 15)
PIN = "2468"  # the PIN each expert chooses when opening their package on the laptop
CLERK = Actor("王会务", ActorRole.CLERK)

# name → code → (points of the four criteria, recommendation, opinion)
SCORES = {
    "甲": {"ZQ-2027-001": ((28, 27, 18, 17), "同意", "需求迫切，方案成熟"),
          "ZQ-2027-002": ((20, 19.5, 14, 12), "修改完善后同意", "投资测算需细化"),
          "ZQ-2027-003": ((12, 11, 8, 7.5), "不同意", "与现有系统重复"),
          "ZQ-2027-004": ((25, 24, 16, 15), "同意", "")},
    "乙": {"ZQ-2027-001": ((26, 26, 17, 18), "同意", "同意建设"),
          "ZQ-2027-003": ((15, 14.5, 10, 9), "修改完善后同意", "补充共享分析"),
          "ZQ-2027-004": ((22, 23, 15, 16), "同意", "")},
    "丙": {"ZQ-2027-001": ((27, 28, 19, 18), "同意", ""),
          "ZQ-2027-002": ((18, 17, 12, 13), "修改完善后同意", "安全方案需细化"),
          "ZQ-2027-004": ((24, 25.5, 16, 16), "同意", "建议优先安排")},
}


def facts(code, unit, total="100", requested="50", **extra):
    base = dict(  # noqa: C408 — keyword form, as in tests/services
        code=code, name=f"项目{code[-3:]}", unit=unit, kind=Kind.ANNUAL, plan_year=2027, category="电子政务工程",
        nature="新建", total_investment=D(total), requested=D(requested), funding_source="市级财政资金",
        submitted_on=date(2026, 9, 1), sharing_analysis="与市大数据中心共享", sharing_departments=("市大数据发展局",),
        protection_level=3, plan_elements=PLAN_ELEMENTS, compiler_qualified=True,
    )
    base.update(extra)
    return ProjectFacts(**base)


def build_meeting(tmp_path: Path, name: str = "2027年度智慧钦州项目评审会") -> int:
    """The meeting above, in the database that is open now; returns its id."""
    m = meetings.create_meeting(meetings.MeetingSettings(name, Kind.ANNUAL, 2027, budget=D("150")))
    projects.add_projects(m.id, [
        facts("ZQ-2027-001", "钦州市档案馆", requested="60"),
        facts("ZQ-2027-002", "钦州市水利局", requested="40"),
        facts("ZQ-2027-003", "钦州市统计局", requested="30"),
        facts("ZQ-2027-004", "钦州市公安局", requested="70", submitted_on=date(2026, 8, 20)),
        facts("ZQ-2027-005", "钦州市农业农村局", funding_source="国家或自治区拨款"),
    ])
    panel.add_experts(m.id, [
        ExpertRow("甲", "北部湾大学", "教授", "特邀专家", Role.CHAIR, (), ""),
        ExpertRow("乙", "钦州市水利局", "高级工程师", "住建", Role.MEMBER, (), ""),
        ExpertRow("丙", "钦州市科学技术局", "高级工程师", "科技", Role.MEMBER, ("ZQ-2027-003",), ""),
    ])
    plan = tmp_path / f"建设方案-{m.id}.pdf"
    plan.write_bytes(b"%PDF-1.4\n" + "钦州市档案馆数字档案馆建设方案".encode() * 50)
    attachments.attach(m.id, "ZQ-2027-001", plan)
    return m.id


def expert_ids(meeting_id: int) -> dict[str, int]:
    return {e.name: e.expert_id for e in panel.panel(meeting_id)}


def score_by_hand(meeting_id: int, expert_id: int, sheet: dict, submit: bool = True) -> None:
    """Type one expert's sheet with the ordinary services, as in the meeting room."""
    for code, (points, recommendation, opinion) in sheet.items():
        for key, value in zip(KEYS, points):
            scoring.enter_score(meeting_id, expert_id, code, key, D(str(value)))
        scoring.save_review(meeting_id, expert_id, code, recommendation=recommendation, opinion=opinion)
    if submit:
        scoring.submit(meeting_id, expert_id)


def dump() -> list[str]:
    """Every row of the open database, to show that a refusal changed nothing."""
    return list(database.obj.connection().iterdump())


@dataclass
class Clerk:
    path: Path
    meeting: int
    ids: dict[str, int]
    folder: Path
    laptop: Path | None = None  # the local database of the laptop opened last

    def open(self) -> None:
        """Back at the clerk's desk; set-up steps run as the system, tests that check
        permissions act as CLERK explicitly."""
        close_database()
        open_database(self.path)
        set_actor(SYSTEM)


@pytest.fixture
def clerk(tmp_path) -> Clerk:
    path = tmp_path / "clerk.sqlite3"
    meetings.init_database(path)
    meeting_id = build_meeting(tmp_path)
    return Clerk(path, meeting_id, expert_ids(meeting_id), tmp_path)


def issue(clerk: Clerk, name: str, **options) -> tuple[Path, str]:
    """The clerk exports the expert's package; returns it and the code on the slip."""
    from zqdesk.services import packages

    clerk.open()
    path = clerk.folder / f"{name}.zqpkg"
    with acting_as(CLERK):
        return path, packages.export_package(clerk.meeting, clerk.ids[name], path, **options)


_laptops = iter(range(1, 10_000))


def on_laptop(clerk: Clerk, package: Path, code: str):
    """Open the package on a fresh 'laptop' (a new local database) and log the expert in with
    the PIN they chose, as in the meeting room; returns its ExpertModeInfo."""
    from zqdesk.services import expertmode

    clerk.laptop = clerk.folder / f"laptop-{next(_laptops)}.sqlite3"
    set_actor(None)  # nobody is logged in on a fresh laptop
    info = expertmode.open_package(package, code, clerk.laptop, pin=PIN)
    set_actor(accounts.expert_login(info.meeting_id, info.expert_id, PIN))
    return info


def export(clerk: Clerk, name: str) -> Path:
    """Export the result file from the laptop open now, then go back to the clerk's database."""
    from zqdesk.services import expertmode

    info = expertmode.expert_mode_info()
    out = clerk.folder / f"{name}-r{info.revision + 1}.zqres"
    expertmode.export_result(out)
    clerk.open()
    return out


def scored_file(clerk: Clerk, name: str, sheet: dict | None = None, submit: bool = True) -> Path:
    """The whole trip for one expert: package, laptop, scoring, result file; clerk open again."""
    package, code = issue(clerk, name)
    info = on_laptop(clerk, package, code)
    score_by_hand(info.meeting_id, info.expert_id, SCORES[name] if sheet is None else sheet, submit)
    return export(clerk, name)
