"""Every table also as xlsx: header, widths, number formats, frozen header, totals."""

import openpyxl
import pytest

from zqdesk.io import exports
from zqdesk.reports.job import Cancelled


def test_plan_workbook(demo_report, tmp_path):
    path = exports.write_plan_xlsx(demo_report, tmp_path / "plan.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["年度建设计划", "储备项目"]
    plan = demo_report.results.plan
    for sheet, lines in ((book["年度建设计划"], plan.funded), (book["储备项目"], plan.reserve)):
        header = [c.value for c in sheet[1]]
        assert header[:6] == ["序号", "排名", "档次", "项目编号", "项目名称", "建设单位"]
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.column_dimensions["E"].width == 36
        codes = [sheet.cell(row=r, column=4).value for r in range(2, 2 + len(lines))]
        assert codes == [line.outcome.project.code for line in lines]
        requested = sheet.cell(row=2, column=9)
        assert requested.number_format == "#,##0.00" and isinstance(requested.value, (int, float))
        last = sheet.max_row
        assert sheet.cell(row=last, column=5).value == f"合计（{len(lines)}个）"
        assert sheet.cell(row=last, column=9).value == pytest.approx(float(sum(x.requested for x in lines)))
        assert sheet.cell(row=last, column=9).font.bold
    assert "SM3" in book.properties.keywords or "SHA-256" in book.properties.keywords


def test_summary_sheets_opinions_and_signin_workbooks(demo_report, tmp_path):
    summary = openpyxl.load_workbook(exports.write_summary_xlsx(demo_report, tmp_path / "s.xlsx"))
    table = summary["评分汇总表"]
    names = [c.value for c in table[1]]
    assert [s.name for s in demo_report.panel] == names[3:3 + len(demo_report.panel)]
    assert table.max_row == 1 + len(demo_report.results.outcomes)
    deviations = summary["偏离说明"]
    assert deviations.cell(row=2, column=1).value == "ZQ-2027-016"
    assert deviations.cell(row=2, column=6).number_format.startswith("+0.00%")

    sheets = openpyxl.load_workbook(exports.write_sheets_xlsx(demo_report, tmp_path / "x.xlsx"))["专家评分表"]
    assert [c.value for c in sheets[1]][:7] == ["专家", "项目编号", "项目名称", "必要性", "可行性", "安全性", "协同共享范围"]
    counted = sum(len(s) for s in demo_report.results.sheets.values())
    assert sheets.max_row == 1 + counted

    opinions = openpyxl.load_workbook(exports.write_opinions_xlsx(demo_report, tmp_path / "o.xlsx"))["评审结论"]
    row = next(r for r in opinions.iter_rows(min_row=2, values_only=True) if r[0] == "ZQ-2027-019")
    assert row[-2] == "不予通过（一票否决：R5 私自新建或扩建基础设施）。"

    signin = openpyxl.load_workbook(exports.write_signin_xlsx(demo_report, tmp_path / "g.xlsx"))
    assert signin["评审专家"].max_row == 1 + len(demo_report.panel)
    assert signin["回避情况"].max_row == 1 + len(demo_report.recusals)


def test_cancelled_export_writes_nothing(demo_report, tmp_path):
    with pytest.raises(Cancelled):
        exports.write_plan_xlsx(demo_report, tmp_path / "no.xlsx", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
