"""zqdesk.io.experts: the panel file into ExpertRow records."""

from __future__ import annotations

import pytest
from io_test_files import write_csv, write_xlsx

from zqdesk.core.vocab import Role
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.experts import ExpertRow, read_experts
from zqdesk.io.templates import EXPERT_COLUMNS

HEADER = [column.name for column in EXPERT_COLUMNS]


def refused(path) -> list[RowError]:
    with pytest.raises(ImportRefused) as caught:
        read_experts(path)
    return caught.value.errors


def test_header_is_spec_order():
    assert HEADER == ["姓名", "单位", "职称", "代表部门", "角色", "回避项目", "联系电话"]


@pytest.mark.parametrize("kind", ["xlsx", "utf-8", "utf-8-sig", "gb18030"])
def test_valid_panel(tmp_path, kind):
    rows = [
        ["张三", "钦州市科技局", "高级工程师", "科技", "组长", "ZQ-2027-001、ZQ-2027-003", 13800000000],
        [" 李四 ", "北部湾大学", None, None, None, None, None],
        ["王五", "钦州市公安局", "工程师", "公安", "成员", "ZQ-2027-002,ZQ-2027-002；", "0777-1234567"],
    ]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "e.xlsx", HEADER, rows)
    else:
        path = write_csv(tmp_path / "e.csv", HEADER, rows, kind)
    assert read_experts(path) == [
        ExpertRow("张三", "钦州市科技局", "高级工程师", "科技", Role.CHAIR, ("ZQ-2027-001", "ZQ-2027-003"), "13800000000"),
        ExpertRow("李四", "北部湾大学", "", "", Role.MEMBER, (), ""),
        ExpertRow("王五", "钦州市公安局", "工程师", "公安", Role.MEMBER, ("ZQ-2027-002",), "0777-1234567"),
    ]


def test_phone_from_a_float_cell(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", HEADER, [["张三", "科技局", None, None, None, None, 13800000000.0]])
    assert read_experts(path)[0].phone == "13800000000"


def test_only_required_columns(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", ["姓名", "单位"], [["张三", "科技局"]])
    assert read_experts(path) == [ExpertRow("张三", "科技局", "", "", Role.MEMBER, (), "")]


def test_every_problem_is_reported(tmp_path):
    rows = [
        ["张三", "科技局", None, None, "组长", None, None],
        ["李四", "财政局", None, "财政", "组长", None, None],
        ["张三", "科技局", None, "税务", None, None, None],
        [None, "公安局", None, None, "主任", None, None],
        ["赵六", None, None, None, "组长", None, None],
        ["张三", "工信局", None, "工信", None, None, None],
    ]
    path = write_xlsx(tmp_path / "experts.xlsx", HEADER, rows)
    assert [str(error) for error in refused(path)] == [
        "experts.xlsx 第3行「角色」：组长只能有一位，第2行已是组长",
        "experts.xlsx 第4行「代表部门」：“税务”不在可选范围内，应为：科技、公安、工信、住建、财政、保密、特邀专家",
        "experts.xlsx 第4行「姓名」：专家“张三”（科技局）与第2行重复",
        "experts.xlsx 第5行「姓名」：必填项，不能为空",
        "experts.xlsx 第5行「角色」：“主任”不在可选范围内，应为：组长、成员",
        "experts.xlsx 第6行「单位」：必填项，不能为空",
        "experts.xlsx 第6行「角色」：组长只能有一位，第2行已是组长",
    ]


def test_missing_required_column(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", ["姓名", "职称"], [["张三", "教授"]])
    assert refused(path) == [RowError("e.xlsx", 1, "单位", "表头缺少此必填列")]


def test_header_only_is_empty(tmp_path):
    assert read_experts(write_xlsx(tmp_path / "e.xlsx", HEADER)) == []
