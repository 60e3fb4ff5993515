"""Closed vocabularies of the regulation and SPEC §4, with their Chinese labels.

The stored value of every choice is its Chinese label, as the clerk's spreadsheets and the
printed documents use it; code names exist only where code branches on the value.
"""

from enum import StrEnum


class Kind(StrEnum):
    """Application kind (第六条)."""

    ANNUAL = "annual"
    SPECIAL = "special"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {Kind.ANNUAL: "年度申报", Kind.SPECIAL: "专项申报"}
KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}

MEETING_KIND_LABELS = {Kind.ANNUAL: "年度综合评估", Kind.SPECIAL: "专项预审"}

CATEGORIES = ("信息化基础设施", "电子政务工程", "智慧化信息应用", "新型信息服务")

# 第二条's list of project types.
SUB_TYPES = (
    "网络工程", "计算机机房工程", "信息安全工程", "存储备份工程", "监控工程", "多媒体工程",
    "系统集成工程", "办公自动化系统", "业务管理系统", "应用平台", "网站平台", "重大网络设备采购",
    "其他",
)

# 第四条's natures of construction.
NATURES = ("新建", "扩建", "改造", "升级", "开发", "维护", "应用", "服务")

FUNDING_MUNICIPAL = "市级财政资金"
FUNDING_FINANCING = "政府融资资金"
FUNDING_NATIONAL = "国家或自治区拨款"
FUNDING_PPP = "PPP/社会资本"
FUNDING_OTHER = "其他"
FUNDING_SOURCES = (FUNDING_MUNICIPAL, FUNDING_FINANCING, FUNDING_NATIONAL, FUNDING_PPP, FUNDING_OTHER)

DEPLOYMENTS = ("电子政务内网", "电子政务外网", "云计算中心")

# 第十条: infrastructure a department may not build on its own.
SELF_BUILT_ITEMS = ("机房", "部门专网", "运算平台", "存储备份平台", "安全平台", "网站平台", "互联网出口")

# 第九条: what an implementation plan (实施方案) must contain.
PLAN_ELEMENTS = (
    "需求分析", "主要建设内容", "详细技术方案", "部署方案", "资源共享和业务协同需求",
    "信息安全方案", "投资概算", "招标投标方案",
)

# 第七条: the departments the commission convenes, plus invited experts.
DEPARTMENTS = ("科技", "公安", "工信", "住建", "财政", "保密", "特邀专家")


class Role(StrEnum):
    """Role of an expert on a meeting's panel."""

    CHAIR = "chair"
    MEMBER = "member"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.CHAIR: "组长", Role.MEMBER: "成员"}
ROLE_BY_LABEL = {label: role for role, label in ROLE_LABELS.items()}

RECOMMENDATIONS = ("同意", "修改完善后同意", "不同意")

PROTECTION_LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级", 5: "五级"}
