"""Read the expert panel file (SPEC §8.1, 专家名单导入模板) into ExpertRow records.

Recusals listed here are the declared ones; the automatic recusal of an expert from the
applying unit, and whether the listed project codes exist in the meeting, are for the
service that registers the panel.  This reader checks what the file alone can show: a
known department and role, at most one 组长, and no expert listed twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from os import PathLike

from zqdesk.core.vocab import DEPARTMENTS, ROLE_BY_LABEL, Role
from zqdesk.io import cells
from zqdesk.io.columns import EXPERT_COLUMNS
from zqdesk.io.sheet import Sheet, good
from zqdesk.io.table import Table, read_table


@dataclass(frozen=True)
class ExpertRow:
    """One expert of the panel as the file lists them."""

    name: str
    organisation: str
    title: str
    department: str
    role: Role
    recused_codes: tuple[str, ...]
    phone: str


def read_experts(path: str | PathLike[str]) -> list[ExpertRow]:
    """All experts of the file, or ImportRefused listing every bad cell."""
    return experts_from_table(read_table(path))


def experts_from_table(table: Table) -> list[ExpertRow]:
    """As read_experts, for a table already read."""
    sheet = Sheet(table, EXPERT_COLUMNS)
    experts: list[ExpertRow] = []
    chair_row: int | None = None
    first_row_of: dict[tuple[str, str], int] = {}
    for row in sheet.rows():
        name = row.get("姓名", required=True)
        organisation = row.get("单位", required=True)
        title = row.get("职称", default="")
        department = row.get("代表部门", partial(cells.choice, options=DEPARTMENTS), default="")
        role = row.get("角色", _role, default=Role.MEMBER)
        recused = row.get("回避项目", cells.items, default=())
        phone = row.get("联系电话", default="")

        if role is Role.CHAIR:
            if chair_row is None:
                chair_row = row.number
            else:
                row.fail("角色", f"组长只能有一位，第{chair_row}行已是组长")
        if good(name, organisation):
            key = (name, organisation)
            if key in first_row_of:
                row.fail("姓名", f"专家“{name}”（{organisation}）与第{first_row_of[key]}行重复")
            else:
                first_row_of[key] = row.number
        if not row.failed:
            experts.append(ExpertRow(name, organisation, title, department, role, recused, phone))
    return sheet.finish(experts)


def _role(value: object) -> Role:
    label = cells.choice(value, tuple(ROLE_BY_LABEL))
    return ROLE_BY_LABEL[label]
