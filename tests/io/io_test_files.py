"""Builders of import files for the zqdesk.io tests (xlsx via openpyxl, CSV in several encodings)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from zqdesk.core.types import Criterion
from zqdesk.io.columns import PROJECT_COLUMNS

CRITERIA = (
    Criterion("necessity", "必要性", Decimal(30)),
    Criterion("feasibility", "可行性", Decimal(30)),
    Criterion("security", "安全性", Decimal(20)),
    Criterion("sharing", "协同共享范围", Decimal(20)),
)

PROJECT_HEADER = [column.name for column in PROJECT_COLUMNS]

# One complete, valid project row, keyed by column name.
VALID_PROJECT: dict[str, object] = {
    "项目编号": "ZQ-2027-001",
    "项目名称": "钦州市政务数据共享交换平台",
    "建设单位": "钦州市大数据发展局",
    "单位类型": "市直部门",
    "申报类型": "年度申报",
    "计划年度": 2027,
    "项目类别": "电子政务工程",
    "建设内容类型": "应用平台",
    "建设性质": "新建",
    "总投资(万元)": "499.99",
    "申请市级资金(万元)": "300",
    "资金来源": "市级财政资金",
    "申报日期": date(2026, 9, 30),
    "部署方式": "电子政务外网、云计算中心",
    "自建基础设施": None,
    "共享需求分析": "与公安、人社共享人口和法人数据",
    "共享部门": "市公安局，市人社局",
    "是否涉密": "否",
    "等保级别": "三级",
    "实施方案要素": "需求分析；主要建设内容；详细技术方案",
    "编制单位具备资质": "是",
    "上级要求": "否",
    "需求紧迫": None,
    "备注": "  首期  ",
}


def write_xlsx(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]] = ()) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(path: Path, header: Sequence[object], rows: Sequence[Sequence[object]] = (),
              encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["" if cell is None else cell for cell in header])
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def project_row(changes: dict[str, object] | None = None, /, **more: object) -> list[object]:
    """VALID_PROJECT as a row in PROJECT_HEADER order, with some cells changed."""
    values = dict(VALID_PROJECT)
    values.update(changes or {})
    values.update(more)
    unknown = set(values) - set(PROJECT_HEADER)
    assert not unknown, unknown
    return [values[name] for name in PROJECT_HEADER]


def as_text(row: Sequence[object]) -> list[object]:
    """A row as a CSV would hold it."""
    return [cell.isoformat() if isinstance(cell, date) else cell for cell in row]
