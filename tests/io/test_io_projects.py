"""zqdesk.io.projects: the applications file into ProjectFacts, every bad cell reported."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from io_test_files import PROJECT_HEADER, VALID_PROJECT, as_text, project_row, write_csv, write_xlsx

from zqdesk.core.types import ProjectFacts
from zqdesk.core.vocab import Kind
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.projects import read_projects

EXPECTED = ProjectFacts(
    code="ZQ-2027-001",
    name="钦州市政务数据共享交换平台",
    unit="钦州市大数据发展局",
    kind=Kind.ANNUAL,
    plan_year=2027,
    category="电子政务工程",
    nature="新建",
    total_investment=Decimal("499.99"),
    requested=Decimal("300.00"),
    funding_source="市级财政资金",
    submitted_on=date(2026, 9, 30),
    unit_type="市直部门",
    sub_type="应用平台",
    deployment=("电子政务外网", "云计算中心"),
    self_built=(),
    sharing_analysis="与公安、人社共享人口和法人数据",
    sharing_departments=("市公安局", "市人社局"),
    classified=False,
    protection_level=3,
    plan_elements=("需求分析", "主要建设内容", "详细技术方案"),
    compiler_qualified=True,
    mandated=False,
    urgent=False,
    remarks="首期",
)


def one(tmp_path, changes=None, **more) -> ProjectFacts:
    [project] = read_projects(write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER, [project_row(changes, **more)]))
    return project


def refused(path) -> list[RowError]:
    with pytest.raises(ImportRefused) as caught:
        read_projects(path)
    return caught.value.errors


def refused_row(tmp_path, changes=None, **more) -> list[tuple[int | None, str | None, str]]:
    path = write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER, [project_row(changes, **more)])
    return [(error.row, error.column, error.reason) for error in refused(path)]


def test_valid_xlsx(tmp_path):
    assert one(tmp_path) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_valid_csv_in_each_encoding(tmp_path, encoding):
    path = write_csv(tmp_path / "p.csv", PROJECT_HEADER, [as_text(project_row())], encoding)
    assert read_projects(path) == [EXPECTED]


def test_only_required_columns(tmp_path):
    required = ["项目名称", "建设单位", "申报类型", "计划年度", "项目类别", "建设性质", "总投资(万元)",
                "申请市级资金(万元)", "资金来源", "申报日期"]
    row = [VALID_PROJECT[name] for name in required]
    [project] = read_projects(write_xlsx(tmp_path / "p.xlsx", required, [row]))
    assert project == ProjectFacts(
        code="", name=EXPECTED.name, unit=EXPECTED.unit, kind=Kind.ANNUAL, plan_year=2027,
        category="电子政务工程", nature="新建", total_investment=Decimal("499.99"),
        requested=Decimal("300"), funding_source="市级财政资金", submitted_on=date(2026, 9, 30),
    )
    assert project.protection_level is None and project.classified is False


def test_header_spelling_variants_and_ignored_serial_column(tmp_path):
    header = ["序号", *("总投资（万元）*" if name == "总投资(万元)" else name for name in PROJECT_HEADER)]
    header[2] = " 项目名称 "
    path = write_xlsx(tmp_path / "p.xlsx", header, [[1, *project_row()]])
    assert read_projects(path) == [EXPECTED]


def test_columns_in_any_order(tmp_path):
    header = list(reversed(PROJECT_HEADER))
    path = write_xlsx(tmp_path / "p.xlsx", header, [list(reversed(project_row()))])
    assert read_projects(path) == [EXPECTED]


@pytest.mark.parametrize("cell", [
    date(2026, 9, 30), datetime(2026, 9, 30), datetime(2026, 9, 30, 14, 5), "2026-09-30", "2026-9-30",
    "2026/09/30", "2026/9/30", "2026年9月30日", "2026.9.30", " 2026-09-30 00:00:00 ",
])
def test_dates(tmp_path, cell):
    assert one(tmp_path, 申报日期=cell).submitted_on == date(2026, 9, 30)


@pytest.mark.parametrize("cell, reason", [
    ("2026-02-30", "日期“2026-02-30”不存在"),
    ("30/09/2026", "“30/09/2026”不是日期，应为日期单元格或 YYYY-MM-DD 格式的文字"),
    ("明天", "“明天”不是日期，应为日期单元格或 YYYY-MM-DD 格式的文字"),
    (46295, "“46295”不是日期，应为日期单元格或 YYYY-MM-DD 格式的文字"),
    ("1926-09-30", "日期“1926-09-30”的年份应在 2000–2100 之间"),
])
def test_bad_dates(tmp_path, cell, reason):
    assert refused_row(tmp_path, 申报日期=cell) == [(2, "申报日期", reason)]


@pytest.mark.parametrize("cell, level", [
    (3, 3), (3.0, 3), ("3", 3), ("三级", 3), ("第三级", 3), ("一级", 1), ("五级", 5), ("3级", 3),
    ("等保二级", 2), ("4.0", 4), (None, None), ("  ", None),
])
def test_protection_levels(tmp_path, cell, level):
    assert one(tmp_path, 等保级别=cell).protection_level == level


@pytest.mark.parametrize("cell", [0, 6, 3.5, "六级", "高", True, "3.5"])
def test_bad_protection_levels(tmp_path, cell):
    [(row, column, reason)] = refused_row(tmp_path, 等保级别=cell)
    assert (row, column) == (2, "等保级别")
    assert reason.endswith("不是有效的等保级别，应为 1–5 或 一级…五级")


@pytest.mark.parametrize("cell, value", [
    ("是", True), ("否", False), ("Y", True), ("n", False), ("Yes", True), ("NO", False),
    ("TRUE", True), ("false", False), (1, True), (0, False), ("1", True), ("0", False),
    (True, True), (False, False), (None, False),
])
def test_yes_no(tmp_path, cell, value):
    project = one(tmp_path, {"是否涉密": cell, "编制单位具备资质": cell, "上级要求": cell, "需求紧迫": cell})
    assert (project.classified, project.compiler_qualified, project.mandated, project.urgent) == (value,) * 4


def test_bad_yes_no(tmp_path):
    assert refused_row(tmp_path, 是否涉密="也许", 上级要求=2) == [
        (2, "是否涉密", "“也许”应填“是”或“否”"),
        (2, "上级要求", "“2”应填“是”或“否”"),
    ]


@pytest.mark.parametrize("separator", ["、", ",", "，", "；", ";", "\n"])
def test_list_separators(tmp_path, separator):
    cell = separator.join(["需求分析", " 部署方案 ", "", "需求分析", "投资概算"])
    assert one(tmp_path, 实施方案要素=cell).plan_elements == ("需求分析", "部署方案", "投资概算")


def test_mixed_separators_and_free_departments(tmp_path):
    project = one(tmp_path, 共享部门="市公安局、市人社局,市民政局，市公安局；；市卫健委;", 自建基础设施="机房、互联网出口")
    assert project.sharing_departments == ("市公安局", "市人社局", "市民政局", "市卫健委")
    assert project.self_built == ("机房", "互联网出口")


def test_list_item_outside_vocabulary(tmp_path):
    assert refused_row(tmp_path, 部署方式="电子政务外网、互联网、私有云") == [
        (2, "部署方式", "“互联网”、“私有云”不在可选范围内，应为：电子政务内网、电子政务外网、云计算中心"),
    ]


@pytest.mark.parametrize("cell, amount", [
    ("499.99", Decimal("499.99")), (499.99, Decimal("499.99")), (500, Decimal("500.00")),
    ("1,200.5", Decimal("1200.50")), (0.1, Decimal("0.10")),
])
def test_money(tmp_path, cell, amount):
    project = one(tmp_path, {"总投资(万元)": cell, "申请市级资金(万元)": "0.1"})
    assert project.total_investment == amount
    assert str(project.total_investment) == str(amount)


@pytest.mark.parametrize("cell, reason", [
    ("abc", "金额“abc”不是数字"),
    ("-5", "金额“-5”不能为负数"),
    ("1.234", "金额“1.234”最多保留两位小数"),
    (True, "金额“是”不是数字"),
    ("1e30", "金额“1e30”超出可处理的范围"),
    (date(2026, 1, 1), "金额“2026-01-01”不是数字"),
])
def test_bad_money(tmp_path, cell, reason):
    assert refused_row(tmp_path, {"申请市级资金(万元)": cell}) == [(2, "申请市级资金(万元)", reason)]


def test_requested_may_equal_but_not_exceed_total(tmp_path):
    assert one(tmp_path, {"申请市级资金(万元)": "499.99"}).requested == Decimal("499.99")
    assert refused_row(tmp_path, {"申请市级资金(万元)": "500"}) == [
        (2, "申请市级资金(万元)", "申请市级资金（500.00万元）不能超过总投资（499.99万元）"),
    ]


def test_zero_total(tmp_path):
    assert refused_row(tmp_path, {"总投资(万元)": 0, "申请市级资金(万元)": 0}) == [
        (2, "总投资(万元)", "总投资应大于0"),
    ]


@pytest.mark.parametrize("cell, year", [(2027, 2027), (2027.0, 2027), ("2027", 2027), ("2027年", 2027)])
def test_plan_year(tmp_path, cell, year):
    assert one(tmp_path, 计划年度=cell).plan_year == year


@pytest.mark.parametrize("cell", [1999, 2101, 2027.5, "二〇二七", "27", True])
def test_bad_plan_year(tmp_path, cell):
    [(row, column, reason)] = refused_row(tmp_path, 计划年度=cell)
    assert (row, column) == (2, "计划年度")
    assert reason.endswith("应为 2000–2100 之间的四位年份")


@pytest.mark.parametrize("label, kind", [("年度申报", Kind.ANNUAL), ("专项申报", Kind.SPECIAL)])
def test_kind(tmp_path, label, kind):
    assert one(tmp_path, 申报类型=label).kind is kind


def test_vocabulary_checks(tmp_path):
    assert refused_row(tmp_path, 申报类型="临时申报", 项目类别="其他类", 建设内容类型="软件", 建设性质="重建",
                       资金来源="自筹") == [
        (2, "申报类型", "“临时申报”不在可选范围内，应为：年度申报、专项申报"),
        (2, "项目类别", "“其他类”不在可选范围内，应为：信息化基础设施、电子政务工程、智慧化信息应用、新型信息服务"),
        (2, "建设内容类型", "“软件”不在可选范围内，应为：网络工程、计算机机房工程、信息安全工程、存储备份工程、"
                           "监控工程、多媒体工程、系统集成工程、办公自动化系统、业务管理系统、应用平台、网站平台、"
                           "重大网络设备采购、其他"),
        (2, "建设性质", "“重建”不在可选范围内，应为：新建、扩建、改造、升级、开发、维护、应用、服务"),
        (2, "资金来源", "“自筹”不在可选范围内，应为：市级财政资金、政府融资资金、国家或自治区拨款、PPP/社会资本、其他"),
    ]


def test_codes_blank_numeric_and_duplicate(tmp_path):
    rows = [project_row(项目编号=None), project_row(项目编号=2027001), project_row(项目编号="ZQ-1"),
            project_row(项目编号=None), project_row(项目编号=" ZQ-1 "), project_row(项目编号=2027001.0)]
    path = write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER, rows)
    assert refused(path) == [
        RowError("p.xlsx", 6, "项目编号", "项目编号“ZQ-1”与第4行重复"),
        RowError("p.xlsx", 7, "项目编号", "项目编号“2027001”与第3行重复"),
    ]
    [a, b] = read_projects(write_xlsx(tmp_path / "q.xlsx", PROJECT_HEADER, rows[:2]))
    assert (a.code, b.code) == ("", "2027001")


def test_missing_required_columns_are_named(tmp_path):
    header = [name for name in PROJECT_HEADER if name not in ("项目名称", "申报日期", "备注")]
    path = write_xlsx(tmp_path / "p.xlsx", header, [])
    assert refused(path) == [
        RowError("p.xlsx", 1, "项目名称", "表头缺少此必填列"),
        RowError("p.xlsx", 1, "申报日期", "表头缺少此必填列"),
    ]


def test_unknown_and_duplicate_header_columns(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [*PROJECT_HEADER, "部属方式", "备注"], [])
    assert refused(path) == [
        RowError("p.xlsx", 1, "部属方式", "无法识别的列名，请使用导入模板中的列名"),
        RowError("p.xlsx", 1, "备注", "此列在表头中重复出现"),
    ]


def test_data_without_a_header_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER, [project_row(), [*project_row(), None, "旁注"]])
    assert refused(path) == [RowError("p.xlsx", 3, "第26列（Z列）", "此列没有表头（列名），却填有数据")]


def test_every_bad_row_is_named_and_nothing_returned(tmp_path):
    rows = [
        project_row(),
        project_row({"项目名称": None, "总投资(万元)": "abc"}),
        [None] * len(PROJECT_HEADER),
        project_row(项目编号="ZQ-2027-002"),
        project_row({"项目编号": "ZQ-2027-003", "申报日期": "2026-13-01", "等保级别": "七级",
                     "申请市级资金(万元)": "600"}),
        project_row({"项目编号": "ZQ-2027-004", "建设单位": "  ", "计划年度": None}),
    ]
    path = write_xlsx(tmp_path / "projects.xlsx", PROJECT_HEADER, rows)
    errors = refused(path)
    assert [str(error) for error in errors] == [
        "projects.xlsx 第3行「项目名称」：必填项，不能为空",
        "projects.xlsx 第3行「总投资(万元)」：金额“abc”不是数字",
        "projects.xlsx 第3行「项目编号」：项目编号“ZQ-2027-001”与第2行重复",
        "projects.xlsx 第6行「申报日期」：日期“2026-13-01”不存在",
        "projects.xlsx 第6行「等保级别」：“七级”不是有效的等保级别，应为 1–5 或 一级…五级",
        "projects.xlsx 第6行「申请市级资金(万元)」：申请市级资金（600.00万元）不能超过总投资（499.99万元）",
        "projects.xlsx 第7行「建设单位」：必填项，不能为空",
        "projects.xlsx 第7行「计划年度」：必填项，不能为空",
    ]


def test_same_errors_from_csv(tmp_path):
    rows = [as_text(project_row({"项目名称": None, "总投资(万元)": "abc"})), as_text(project_row(计划年度="x"))]
    path = write_csv(tmp_path / "p.csv", PROJECT_HEADER, rows, "gb18030")
    assert [(e.row, e.column) for e in refused(path)] == [
        (2, "项目名称"), (2, "总投资(万元)"), (3, "计划年度"), (3, "项目编号"),
    ]


def test_header_only_file_is_empty(tmp_path):
    assert read_projects(write_xlsx(tmp_path / "p.xlsx", PROJECT_HEADER)) == []
    assert read_projects(write_csv(tmp_path / "p.csv", PROJECT_HEADER, [], "gb18030")) == []


def test_text_cells_are_stripped(tmp_path):
    project = one(tmp_path, 项目名称="\u3000 平台建设 \t", 共享需求分析="  分析  ")
    assert (project.name, project.sharing_analysis) == ("平台建设", "分析")
