"""Write the blank import templates the clerk hands out (SPEC §8.1).

The header texts are exactly the column names the readers expect, so a filled template
re-imports as is.  Required columns are red and every header carries a comment; closed
vocabularies get drop-down lists so that most typing errors never happen; a second
sheet 填写说明 explains each column.  Column definitions live in `columns` and are
re-exported here as the single source of names for readers and writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import Literal

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from zqdesk.core.types import Criterion
from zqdesk.io.columns import EXPERT_COLUMNS, PROJECT_COLUMNS, Column, score_columns

__all__ = ["EXPERT_COLUMNS", "PROJECT_COLUMNS", "score_columns", "template_columns", "write_template"]

TemplateKind = Literal["projects", "experts", "scores"]

SHEET_TITLES = {"projects": "项目申报", "experts": "专家名单", "scores": "专家评分"}
GUIDE_TITLE = "填写说明"
# Drop-downs and text formats cover this many data rows; far more than any meeting needs.
LAST_ROW = 1000
REQUIRED_COLOUR = "C00000"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Cells Excel would otherwise turn into numbers (losing leading zeros) or dates.
TEXT_COLUMNS = frozenset({"项目编号", "联系电话", "回避项目"})
DATE_COLUMNS = frozenset({"申报日期"})

GENERAL_NOTES = (
    "数据填写在第一个工作表中，第1行为表头，请勿修改、删除表头中的列名；可增加“序号”列，导入时忽略。",
    "红色列名为必填列；其余列可留空。",
    "有下拉列表的列请从列表中选择；多选列的多项之间用顿号“、”、逗号或分号分隔。",
    "金额单位为万元，最多保留两位小数。",
    "文件中任何一行有错误时，整个文件不予导入，并列出全部错误所在的行、列和原因，修改后重新导入即可。",
    "也可另存为 CSV（UTF-8 或 GB18030/ANSI 编码）后导入。",
)


def template_columns(kind: TemplateKind, criteria: Sequence[Criterion] | None = None) -> tuple[Column, ...]:
    """The columns of one kind of import file."""
    if kind == "projects":
        return PROJECT_COLUMNS
    if kind == "experts":
        return EXPERT_COLUMNS
    if kind == "scores":
        if not criteria:
            raise ValueError("the scores template needs the meeting's criteria")
        return score_columns(criteria)
    raise ValueError(f"unknown template kind {kind!r}")


def write_template(kind: TemplateKind, path: str | PathLike[str],
                   criteria: Sequence[Criterion] | None = None) -> None:
    """Write a blank xlsx template of `kind` to `path` (scores need the criteria)."""
    columns = template_columns(kind, criteria)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLES[kind]
    for position, column in enumerate(columns, start=1):
        _write_header(sheet, position, column)
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 22
    _write_guide(workbook.create_sheet(GUIDE_TITLE), columns)
    workbook.active = 0
    workbook.save(path)


def _write_header(sheet: Worksheet, position: int, column: Column) -> None:
    letter = get_column_letter(position)
    cell = sheet.cell(row=1, column=position, value=column.name)
    cell.font = Font(bold=True, color=REQUIRED_COLOUR if column.required else None)
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(horizontal="center", vertical="center")
    note = _describe(column)
    cell.comment = Comment(note, "zqdesk", width=260, height=max(80, 20 * (len(note) // 16 + 1)))
    # CJK characters are about two Excel width units each.
    sheet.column_dimensions[letter].width = max(column.width, 2 * len(column.name) + 4)
    if column.name in TEXT_COLUMNS:
        sheet.column_dimensions[letter].number_format = "@"
    elif column.name in DATE_COLUMNS:
        sheet.column_dimensions[letter].number_format = "yyyy-mm-dd"
    if column.dropdown:
        validation = DataValidation(
            type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True,
            showErrorMessage=True, errorTitle="输入有误", error=f"请从下拉列表中选择{column.name}",
        )
        validation.add(f"{letter}2:{letter}{LAST_ROW}")
        sheet.add_data_validation(validation)


def _describe(column: Column) -> str:
    parts = ["必填。" if column.required else "选填。"]
    if column.help:
        parts.append(column.help + "。")
    if column.choices:
        parts.append(("可选（可多选）：" if column.multiple else "可选：") + "、".join(column.choices))
    return "".join(parts)


def _write_guide(sheet: Worksheet, columns: Sequence[Column]) -> None:
    sheet.append(("列名", "是否必填", "填写说明", "可选值"))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for column in columns:
        sheet.append((
            column.name,
            "必填" if column.required else "选填",
            column.help,
            ("（可多选）" if column.multiple and column.choices else "") + "、".join(column.choices),
        ))
        if column.required:
            sheet.cell(row=sheet.max_row, column=1).font = Font(color=REQUIRED_COLOUR)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.append(())
    sheet.append(("注意事项",))
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for number, note in enumerate(GENERAL_NOTES, start=1):
        sheet.append((f"{number}. {note}",))
        # One sentence per line across the table's width; wrapping inside column A alone
        # would make each note a tall, narrow block.
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=4)
    for letter, width in zip("ABCD", (20, 10, 60, 60)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
