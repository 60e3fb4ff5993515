"""The columns of the three import files (SPEC §8.1), shared by the readers and the templates.

Keeping names, required marks, vocabularies and help texts in one place means the
template the app writes always re-imports, and the 填写说明 sheet never drifts from
what the reader actually accepts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from zqdesk.core.types import Criterion
from zqdesk.core.vocab import (
    CATEGORIES,
    DEPARTMENTS,
    DEPLOYMENTS,
    FUNDING_SOURCES,
    KIND_BY_LABEL,
    NATURES,
    PLAN_ELEMENTS,
    RECOMMENDATIONS,
    ROLE_BY_LABEL,
    SELF_BUILT_ITEMS,
    SUB_TYPES,
)

YES_NO = ("是", "否")
LIST_HINT = "多项之间用顿号“、”、逗号或分号分隔"

# Columns a clerk commonly adds for their own use; they carry nothing to import.
IGNORED_COLUMNS = frozenset({"序号"})


@dataclass(frozen=True)
class Column:
    """One column of an import file.

    `choices` is the closed vocabulary of the column, if any; `multiple` marks a list
    cell whose items each come from `choices` (or are free text when there are none).
    """

    name: str
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    multiple: bool = False
    width: int = 14

    @property
    def dropdown(self) -> bool:
        """Whether the template offers a drop-down list (single choice only)."""
        return bool(self.choices) and not self.multiple


PROJECT_COLUMNS: tuple[Column, ...] = (
    Column("项目编号", help="可留空，导入时按 ZQ-计划年度-序号 自动编号；填写时同一文件内不得重复", width=16),
    Column("项目名称", True, "项目全称", width=30),
    Column("建设单位", True, "申报单位全称", width=24),
    Column("单位类型", help="如：市直部门、县区、事业单位", width=12),
    Column("申报类型", True, "年度申报或专项申报", tuple(KIND_BY_LABEL), width=12),
    Column("计划年度", True, "项目列入的建设计划年度，四位数字，如 2027", width=10),
    Column("项目类别", True, "四类项目之一（第二条）", CATEGORIES, width=16),
    Column("建设内容类型", help="第二条所列项目类型之一，可留空", choices=SUB_TYPES, width=16),
    Column("建设性质", True, "第四条所列建设性质之一", NATURES, width=10),
    Column("总投资(万元)", True, "单位万元，最多两位小数，须大于0", width=14),
    Column("申请市级资金(万元)", True, "单位万元，最多两位小数，不得超过总投资", width=18),
    Column("资金来源", True, "资金来源之一", FUNDING_SOURCES, width=16),
    Column("申报日期", True, "日期单元格，或 YYYY-MM-DD（也可 YYYY/MM/DD、YYYY年M月D日）", width=12),
    Column("部署方式", help=f"可多选，{LIST_HINT}", choices=DEPLOYMENTS, multiple=True, width=20),
    Column("自建基础设施", help=f"拟自建的基础设施，没有则留空；{LIST_HINT}", choices=SELF_BUILT_ITEMS,
           multiple=True, width=18),
    Column("共享需求分析", help="信息共享和业务协同需求分析（第二十一条），留空视为未分析", width=30),
    Column("共享部门", help=f"共享或协同的部门名称，{LIST_HINT}", multiple=True, width=20),
    Column("是否涉密", help="是或否，留空视为否", choices=YES_NO, width=10),
    Column("等保级别", help="1–5 或 一级…五级，非涉密项目应填写", width=10),
    Column("实施方案要素", help=f"实施方案已包含的要素（第九条），{LIST_HINT}", choices=PLAN_ELEMENTS,
           multiple=True, width=30),
    Column("编制单位具备资质", help="实施方案编制单位是否具备相应资质，是或否，留空视为否", choices=YES_NO, width=16),
    Column("上级要求", help="是否为上级要求建设的项目，是或否，留空视为否", choices=YES_NO, width=10),
    Column("需求紧迫", help="专项申报是否需求紧迫，是或否，留空视为否", choices=YES_NO, width=10),
    Column("备注", width=24),
)

EXPERT_COLUMNS: tuple[Column, ...] = (
    Column("姓名", True, "专家姓名", width=10),
    Column("单位", True, "专家所在单位全称；与某项目建设单位相同时自动回避", width=24),
    Column("职称", width=14),
    Column("代表部门", help="可留空", choices=DEPARTMENTS, width=12),
    Column("角色", help="组长或成员，留空视为成员；组长只能有一位", choices=tuple(ROLE_BY_LABEL), width=8),
    Column("回避项目", help=f"需回避的项目编号，{LIST_HINT}", multiple=True, width=24),
    Column("联系电话", width=16),
)


def score_columns(criteria: Sequence[Criterion]) -> tuple[Column, ...]:
    """The columns of a scores file for a meeting's criteria, in the meeting's order."""
    columns = (
        Column("专家", True, "专家姓名，与本次评审会专家名单一致", width=10),
        Column("项目编号", True, "本次评审会的项目编号", width=16),
        *(
            Column(c.label, True, f"0–{points_text(c.max_points)} 分，整数或半分（x.5）", width=10)
            for c in criteria
        ),
        Column("评审建议", help="可留空", choices=RECOMMENDATIONS, width=16),
        Column("评审意见", width=40),
        Column("偏离说明", help="该专家总分偏离平均分较大（默认超过30%）时须填写", width=30),
    )
    names = [column.name for column in columns]
    if len(set(names)) != len(names):
        raise ValueError(f"criterion labels must be distinct from each other and from {names[:2] + names[-3:]}")
    return columns


def points_text(points: Decimal) -> str:
    """A points value as the clerk writes it: 30, 25.5 (never 3E+1 or 30.0)."""
    return format(points.normalize(), "f")
