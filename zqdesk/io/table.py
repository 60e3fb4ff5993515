"""Read a clerk's spreadsheet into a header and numbered rows of raw cell values.

Accepted (SPEC §8.1): the first sheet of an `.xlsx` workbook, or a `.csv` file in UTF-8
(with or without BOM) or in GB18030, which is what Excel and WPS write on a Chinese
Windows.  Cells come back raw — str, int, float, bool, datetime/date or None — and the
record readers decide what each column means.  Row numbers are the ones the clerk sees
in Excel (header = row 1), so that errors point at the right line.

Anything that cannot be read as a table at all raises `ImportRefused` with one error.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from os import PathLike
from pathlib import Path

from zqdesk.io.errors import ImportRefused

CellValue = object


@dataclass(frozen=True)
class Row:
    """One non-blank data row: its spreadsheet row number and its cells, left to right.

    `cells` has at least as many items as the header (missing ones are None); it may
    have more when cells were filled beyond the last header column.
    """

    number: int
    cells: tuple[CellValue, ...]


@dataclass(frozen=True)
class Table:
    """A whole sheet: the file's display name, the header texts and the data rows."""

    file: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]


def is_blank(value: CellValue) -> bool:
    """True for an empty cell; a cell of spaces (also 全角空格) counts as empty."""
    return value is None or (isinstance(value, str) and not value.strip())


def read_table(path: str | PathLike[str]) -> Table:
    """Read the first sheet of an xlsx or a CSV file; refuse what cannot be read."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        raw_rows = _xlsx_rows(path, name)
    elif suffix == ".csv":
        raw_rows = _csv_rows(path, name)
    elif suffix in (".xls", ".et", ".wps"):
        raise ImportRefused.single(name, f"不支持 {suffix} 格式，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入")
    else:
        raise ImportRefused.single(name, "只能导入 .xlsx 或 .csv 文件")
    return _to_table(name, raw_rows)


def _to_table(name: str, raw_rows: list[tuple[CellValue, ...]]) -> Table:
    if not raw_rows or all(all(is_blank(cell) for cell in row) for row in raw_rows):
        raise ImportRefused.single(name, "文件为空，没有表头也没有数据")
    first = raw_rows[0]
    if all(is_blank(cell) for cell in first):
        raise ImportRefused.single(name, "第1行应为表头（列名），但该行为空", row=1)
    header = tuple("" if is_blank(cell) else _header_text(cell) for cell in first)
    # Rows come ragged (CSV lines, xlsx rows ending early); pad them to the header's width.
    width = len(header)
    rows = tuple(
        Row(number, tuple(row) + (None,) * (width - len(row)))
        for number, row in enumerate(raw_rows[1:], start=2)
        if not all(is_blank(cell) for cell in row)
    )
    return Table(name, header, rows)


def _header_text(cell: CellValue) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _xlsx_rows(path: Path, name: str) -> list[tuple[CellValue, ...]]:
    # Imported lazily so that reading a CSV never pays for openpyxl's import.
    import openpyxl

    # Reading into memory first: openpyxl keeps a read-only workbook's file open, and on
    # Windows an open handle stops the clerk from fixing and re-saving the file.
    data = _read_bytes(path, name)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ImportRefused.single(name, "不是有效的 xlsx 文件（文件已损坏、已加密或并非 Excel 格式）")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        # openpyxl raises a zoo of exception types on a damaged package (KeyError,
        # XML errors, ValueError...); to the clerk they all mean the same thing.
        raise ImportRefused.single(name, "不是有效的 xlsx 文件（文件已损坏或并非 Excel 格式）") from None
    try:
        if not workbook.worksheets:
            raise ImportRefused.single(name, "工作簿中没有工作表")
        sheet = workbook.worksheets[0]
        # Some writers store a wrong <dimension>; trusting it would silently drop rows.
        sheet.reset_dimensions()
        return [tuple(row) for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True)]
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused.single(name, "第一个工作表无法读取（文件已损坏，或第一个工作表不是数据表）") from None
    finally:
        workbook.close()


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused.single(name, "文件不存在") from None
    except IsADirectoryError:
        raise ImportRefused.single(name, "这是一个文件夹，不是文件") from None
    except OSError:
        raise ImportRefused.single(name, "无法打开文件，请确认文件未被其他程序占用且有读取权限") from None


def _csv_rows(path: Path, name: str) -> list[tuple[CellValue, ...]]:
    data = _read_bytes(path, name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode 文本" export: GB18030 would decode it into plausible garbage.
        raise ImportRefused.single(name, "文件为 UTF-16 编码，请在 Excel 或 WPS 中另存为“CSV UTF-8（逗号分隔）”")
    text = _decode(data, name)
    rows: list[tuple[CellValue, ...]] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for record in reader:
            rows.append(tuple(cell if cell.strip() else None for cell in record))
    except csv.Error:
        raise ImportRefused.single(name, "CSV 格式错误，无法读取", row=len(rows) + 1) from None
    return rows


def _decode(data: bytes, name: str) -> str:
    # Strict UTF-8 first: GB18030 accepts most byte strings, so trying it first would
    # turn a UTF-8 file into mojibake instead of failing.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused.single(name, "无法识别文件编码，请另存为 UTF-8 或 GB18030（ANSI）编码的 CSV")
