"""A hand-built meeting for the end-to-end CLI test: seven applications, five experts.

Every expected number in test_cli_end_to_end.py was worked out by hand from these rows.
"""

ALL_ELEMENTS = "需求分析、主要建设内容、详细技术方案、部署方案、资源共享和业务协同需求、信息安全方案、投资概算、招标投标方案"
SHARE = "与市大数据中心共享审批数据"

PROJECT_HEADER = (
    "项目编号,项目名称,建设单位,单位类型,申报类型,计划年度,项目类别,建设内容类型,建设性质,总投资(万元),"
    "申请市级资金(万元),资金来源,申报日期,部署方式,自建基础设施,共享需求分析,共享部门,是否涉密,等保级别,"
    "实施方案要素,编制单位具备资质,上级要求,需求紧迫,备注"
)


def _project(code, name, unit, total, requested, source, submitted, self_built="", sharing=SHARE):
    return ",".join([
        code, name, unit, "市直部门", "年度申报", "2027", "电子政务工程", "业务管理系统", "新建", total, requested,
        source, submitted, "电子政务外网", self_built, sharing, "市大数据发展局", "否", "三级",
        f'"{ALL_ELEMENTS}"', "是", "否", "否", "",
    ])


PROJECTS = "\n".join([
    PROJECT_HEADER,
    _project("ZQ-2027-001", "政务云扩容", "钦州市行政审批局", "300", "200", "市级财政资金", "2026-09-10"),
    # 600 ≥ 500: R4 (fixed-asset procedure, info only).
    _project("ZQ-2027-002", "大数据平台", "钦州市大数据发展局", "600", "250", "市级财政资金", "2026-09-20"),
    # Self-built machine room: R5 veto.
    _project("ZQ-2027-003", "自建机房", "钦州市统计局", "100", "80", "市级财政资金", "2026-09-15", self_built="机房"),
    # Received 1 October, after the 30 September deadline: R1 blocker.
    _project("ZQ-2027-004", "逾期项目", "钦州市档案馆", "50", "40", "市级财政资金", "2026-10-01"),
    _project("ZQ-2027-005", "小项目", "钦州市水利局", "120", "100", "市级财政资金", "2026-09-01"),
    # National appropriation: R7, record only, not scored.
    _project("ZQ-2027-006", "自治区拨款项目", "钦州市农业农村局", "300", "0", "国家或自治区拨款", "2026-09-02"),
    _project("ZQ-2027-007", "视频补点", "钦州市公安局", "80", "60", "市级财政资金", "2026-09-05"),
]) + "\n"

EXPERTS = """姓名,单位,职称,代表部门,角色,回避项目,联系电话
张一,钦州市科学技术局,高级工程师,科技,组长,,
王二,钦州市工业和信息化局,工程师,工信,成员,,
李三,钦州市财政局,高级会计师,财政,成员,,
赵四,北部湾大学,教授,特邀专家,成员,,
钱五,钦州市大数据发展局,高级工程师,科技,成员,,
"""

# (expert, project): necessity, feasibility, security, sharing. 钱五 works for the unit of
# ZQ-2027-002 and is recused from it automatically, so that project has four experts.
SCORES = {
    "ZQ-2027-001": {"张一": (26, 25, 17, 18), "王二": (24, 24, 16, 16), "李三": (28, 27, 18, 19),
                    "赵四": (22, 22, 15, 15), "钱五": (25, 26, 17, 17)},
    "ZQ-2027-002": {"张一": (27, 26, 18, 17.5), "王二": (26, 26, 17, 18), "李三": (25, 25, 17, 17),
                    "赵四": (27.5, 27, 18, 18)},
    "ZQ-2027-003": {name: (25, 25, 17, 17) for name in ("张一", "王二", "李三", "赵四", "钱五")},
    "ZQ-2027-004": {name: (20, 20, 14, 14) for name in ("张一", "王二", "李三", "赵四", "钱五")},
    "ZQ-2027-005": {"张一": (20, 20, 14, 14), "王二": (21, 21, 14, 14), "李三": (19, 19, 13, 13),
                    "赵四": (22, 22, 15, 15), "钱五": (10, 10, 6, 6)},
    "ZQ-2027-007": {name: (22, 22, 15, 15) for name in ("张一", "王二", "李三", "赵四", "钱五")},
}


def scores_csv() -> str:
    lines = ["专家,项目编号,必要性,可行性,安全性,协同共享范围,评审建议,评审意见,偏离说明"]
    for code, by_expert in SCORES.items():
        for name, points in by_expert.items():
            note = "认为该项目需求不够迫切" if (name, code) == ("钱五", "ZQ-2027-005") else ""
            lines.append(",".join([name, code, *(str(p) for p in points), "同意", "", note]))
    return "\n".join(lines) + "\n"
