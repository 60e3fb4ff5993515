"""Read the project applications file (SPEC §8.1, 项目申报导入模板) into ProjectFacts.

A project without a code keeps code "" — the caller assigns ZQ-{year}-{nnn}, because
only it knows which numbers the meeting has already used.  Whether the applications are
compliant is the pre-check's business (SPEC §5); this reader only makes sure each cell
means something: known vocabulary, real dates, money in 万元, requested ≤ total.
"""

from __future__ import annotations

from functools import partial
from os import PathLike

from zqdesk.core.types import ProjectFacts
from zqdesk.core.vocab import (
    CATEGORIES,
    DEPLOYMENTS,
    FUNDING_SOURCES,
    KIND_BY_LABEL,
    Kind,
    NATURES,
    PLAN_ELEMENTS,
    SELF_BUILT_ITEMS,
    SUB_TYPES,
)
from zqdesk.io import cells
from zqdesk.io.columns import PROJECT_COLUMNS
from zqdesk.io.sheet import RowCursor, Sheet, good
from zqdesk.io.table import Table, read_table


def read_projects(path: str | PathLike[str]) -> list[ProjectFacts]:
    """All projects of the file, or ImportRefused listing every bad cell."""
    return projects_from_table(read_table(path))


def projects_from_table(table: Table) -> list[ProjectFacts]:
    """As read_projects, for a table already read (tests and previews)."""
    sheet = Sheet(table, PROJECT_COLUMNS)
    projects: list[ProjectFacts] = []
    first_row_of_code: dict[str, int] = {}
    for row in sheet.rows():
        # Code text never fails to convert, so it is read once here for the duplicate check.
        code = row.get("项目编号", default="")
        project = _project(row, code)
        if code:
            if code in first_row_of_code:
                row.fail("项目编号", f"项目编号“{code}”与第{first_row_of_code[code]}行重复")
            else:
                first_row_of_code[code] = row.number
        if project is not None and not row.failed:
            projects.append(project)
    return sheet.finish(projects)


def _project(row: RowCursor, code: str) -> ProjectFacts | None:
    """The row's project, or None when a cell failed (its errors are recorded)."""
    name = row.get("项目名称", required=True)
    unit = row.get("建设单位", required=True)
    unit_type = row.get("单位类型", default="")
    kind = row.get("申报类型", _kind, required=True)
    plan_year = row.get("计划年度", cells.year, required=True)
    category = row.get("项目类别", partial(cells.choice, options=CATEGORIES), required=True)
    sub_type = row.get("建设内容类型", partial(cells.choice, options=SUB_TYPES), default="")
    nature = row.get("建设性质", partial(cells.choice, options=NATURES), required=True)
    total = row.get("总投资(万元)", cells.money, required=True)
    requested = row.get("申请市级资金(万元)", cells.money, required=True)
    funding = row.get("资金来源", partial(cells.choice, options=FUNDING_SOURCES), required=True)
    submitted_on = row.get("申报日期", cells.day, required=True)
    deployment = row.get("部署方式", partial(cells.items, options=DEPLOYMENTS), default=())
    self_built = row.get("自建基础设施", partial(cells.items, options=SELF_BUILT_ITEMS), default=())
    sharing_analysis = row.get("共享需求分析", default="")
    sharing_departments = row.get("共享部门", cells.items, default=())
    classified = row.get("是否涉密", cells.yes_no, default=False)
    protection_level = row.get("等保级别", cells.protection_level, default=None)
    plan_elements = row.get("实施方案要素", partial(cells.items, options=PLAN_ELEMENTS), default=())
    compiler_qualified = row.get("编制单位具备资质", cells.yes_no, default=False)
    mandated = row.get("上级要求", cells.yes_no, default=False)
    urgent = row.get("需求紧迫", cells.yes_no, default=False)
    remarks = row.get("备注", default="")

    if good(total) and total == 0:
        row.fail("总投资(万元)", "总投资应大于0")
    if good(total, requested) and requested > total:
        row.fail("申请市级资金(万元)", f"申请市级资金（{requested}万元）不能超过总投资（{total}万元）")
    if row.failed:
        return None
    return ProjectFacts(
        code=code, name=name, unit=unit, kind=kind, plan_year=plan_year, category=category,
        nature=nature, total_investment=total, requested=requested, funding_source=funding,
        submitted_on=submitted_on, unit_type=unit_type, sub_type=sub_type, deployment=deployment,
        self_built=self_built, sharing_analysis=sharing_analysis,
        sharing_departments=sharing_departments, classified=classified,
        protection_level=protection_level, plan_elements=plan_elements,
        compiler_qualified=compiler_qualified, mandated=mandated, urgent=urgent, remarks=remarks,
    )


def _kind(value: object) -> Kind:
    label = cells.choice(value, tuple(KIND_BY_LABEL))
    return KIND_BY_LABEL[label]
