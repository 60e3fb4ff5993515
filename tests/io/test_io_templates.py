"""zqdesk.io.templates: blank templates that re-import, with drop-downs and a 填写说明 sheet."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from io_test_files import CRITERIA, VALID_PROJECT

from zqdesk.io.experts import read_experts
from zqdesk.io.projects import read_projects
from zqdesk.io.scores import read_scores
from zqdesk.io.templates import EXPERT_COLUMNS, PROJECT_COLUMNS, score_columns, write_template

DROPDOWNS = {
    "projects": {"申报类型", "项目类别", "建设内容类型", "建设性质", "资金来源", "是否涉密", "编制单位具备资质",
                 "上级要求", "需求紧迫"},
    "experts": {"代表部门", "角色"},
    "scores": {"评审建议"},
}


def columns_of(kind):
    return {"projects": PROJECT_COLUMNS, "experts": EXPERT_COLUMNS, "scores": score_columns(CRITERIA)}[kind]


def test_project_columns_are_the_spec_list():
    assert [column.name for column in PROJECT_COLUMNS] == [
        "项目编号", "项目名称", "建设单位", "单位类型", "申报类型", "计划年度", "项目类别", "建设内容类型",
        "建设性质", "总投资(万元)", "申请市级资金(万元)", "资金来源", "申报日期", "部署方式", "自建基础设施",
        "共享需求分析", "共享部门", "是否涉密", "等保级别", "实施方案要素", "编制单位具备资质", "上级要求",
        "需求紧迫", "备注",
    ]
    assert {column.name for column in PROJECT_COLUMNS if column.required} == {
        "项目名称", "建设单位", "申报类型", "计划年度", "项目类别", "建设性质", "总投资(万元)",
        "申请市级资金(万元)", "资金来源", "申报日期",
    }


@pytest.mark.parametrize("kind", ["projects", "experts", "scores"])
def test_blank_template_round_trip(tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    write_template(kind, path, CRITERIA)
    if kind == "projects":
        assert read_projects(path) == []
    elif kind == "experts":
        assert read_experts(path) == []
    else:
        assert read_scores(path, CRITERIA) == []


@pytest.mark.parametrize("kind", ["projects", "experts", "scores"])
def test_template_layout(tmp_path, kind):
    path = tmp_path / f"{kind}.xlsx"
    write_template(kind, path, CRITERIA)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[1] == "填写说明"
    sheet = workbook.worksheets[0]
    columns = columns_of(kind)
    header = [cell for cell in sheet[1]]
    assert [cell.value for cell in header] == [column.name for column in columns]
    assert sheet.max_row == 1
    assert sheet.freeze_panes == "A2"
    for cell, column in zip(header, columns):
        assert cell.font.b
        assert (cell.font.color is not None and cell.font.color.rgb.endswith("C00000")) == column.required
        assert cell.comment.text.startswith("必填" if column.required else "选填")
        assert sheet.column_dimensions[cell.column_letter].width >= 8
    validated = {}
    for validation in sheet.data_validations.dataValidation:
        [cells] = str(validation.sqref).split()
        assert cells.split(":")[0][-1] == "2" and cells.endswith("1000")  # data rows, not the header
        validated[cells.split(":")[0].rstrip("0123456789")] = validation
    by_letter = {cell.column_letter: cell.value for cell in header}
    assert {by_letter[letter] for letter in validated} == DROPDOWNS[kind]
    for letter, validation in validated.items():
        column = next(c for c in columns if c.name == by_letter[letter])
        assert validation.type == "list"
        assert validation.formula1 == '"' + ",".join(column.choices) + '"'
    guide = workbook["填写说明"]
    names = [row[0] for row in guide.iter_rows(min_row=2, max_row=len(columns) + 1, values_only=True)]
    assert names == [column.name for column in columns]


def test_filled_template_imports(tmp_path):
    path = tmp_path / "projects.xlsx"
    write_template("projects", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    names = [cell.value for cell in sheet[1]]
    for position, name in enumerate(names, start=1):
        sheet.cell(row=2, column=position, value=VALID_PROJECT[name])
    workbook.save(path)
    [project] = read_projects(path)
    assert project.code == "ZQ-2027-001"
    assert project.submitted_on == date(2026, 9, 30)


def test_scores_template_needs_criteria(tmp_path):
    with pytest.raises(ValueError):
        write_template("scores", tmp_path / "s.xlsx")
    with pytest.raises(ValueError):
        write_template("other", tmp_path / "s.xlsx")  # type: ignore[arg-type]
