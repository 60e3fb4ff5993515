"""zqdesk.io.table: xlsx and CSV (UTF-8, UTF-8 BOM, GB18030) into numbered raw rows; unreadable files refused."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest
from io_test_files import write_csv, write_xlsx

from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.table import Row, read_table

HEADER = ["姓名", "单位", "职称"]
ROWS = [["张三", "钦州市科技局", "高级工程师"], ["李四", "北部湾大学", "教授"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_each_encoding_reads_the_same(tmp_path, encoding):
    table = read_table(write_csv(tmp_path / "experts.csv", HEADER, ROWS, encoding))
    assert table.file == "experts.csv"
    assert table.header == ("姓名", "单位", "职称")
    assert table.rows == (Row(2, ("张三", "钦州市科技局", "高级工程师")), Row(3, ("李四", "北部湾大学", "教授")))


def test_gb18030_file_is_not_valid_utf8_but_reads(tmp_path):
    path = write_csv(tmp_path / "a.csv", HEADER, ROWS, "gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    assert read_table(path).rows[0].cells[0] == "张三"


def test_xlsx_keeps_raw_values_and_row_numbers(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", ["a", "b", "c", "d"], [
        [1, 2.5, datetime(2026, 9, 30), None],
        [None, None, None, None],
        ["  ", None, None, None],
        ["x", None, date(2026, 1, 2), True],
    ])
    table = read_table(path)
    assert table.header == ("a", "b", "c", "d")
    assert table.rows[0] == Row(2, (1, 2.5, datetime(2026, 9, 30), None))
    # Rows 3 and 4 are blank (spaces count as blank) and skipped; numbering goes on.
    assert table.rows[1].number == 5
    assert table.rows[1].cells[0] == "x"
    assert table.rows[1].cells[3] is True
    assert len(table.rows) == 2


def test_csv_blank_rows_are_skipped_and_numbering_kept(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a,b\r\n1,2\r\n,\r\n\r\n  ,\r\n3,\r\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == (Row(2, ("1", "2")), Row(6, ("3", None)))


def test_csv_quoted_cell_with_separators_stays_one_cell(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('a,b\n"x、y,z",2\n', encoding="utf-8")
    assert read_table(path).rows == (Row(2, ("x、y,z", "2")),)


def test_xlsx_with_wrong_dimension_still_reads_every_row(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", ["a"], [["1"], ["2"], ["3"]])
    # Some writers store <dimension ref="A1"/>; openpyxl read-only would trust it.
    patched = tmp_path / "p.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:A4"', b'<dimension ref="A1"')
                assert b'<dimension ref="A1"' in data
            target.writestr(item, data)
    assert [row.cells for row in read_table(patched).rows] == [("1",), ("2",), ("3",)]


def _refusal(path) -> list[RowError]:
    with pytest.raises(ImportRefused) as caught:
        read_table(path)
    return caught.value.errors


def test_not_an_xlsx_is_refused(tmp_path):
    path = tmp_path / "p.xlsx"
    path.write_text("姓名,单位\n", encoding="utf-8")
    assert _refusal(path) == [
        RowError("p.xlsx", None, None, "不是有效的 xlsx 文件（文件已损坏、已加密或并非 Excel 格式）")
    ]


def test_corrupt_zip_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "g.xlsx", HEADER, ROWS)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    assert len(_refusal(bad)) == 1


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert _refusal(path) == [RowError("z.xlsx", None, None, "不是有效的 xlsx 文件（文件已损坏或并非 Excel 格式）")]


def test_undecodable_csv_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a,b\n\xff\xff\xff\n")
    assert _refusal(path) == [
        RowError("x.csv", None, None, "无法识别文件编码，请另存为 UTF-8 或 GB18030（ANSI）编码的 CSV")
    ]


def test_utf16_csv_gets_a_specific_reason(tmp_path):
    path = tmp_path / "u.csv"
    path.write_bytes("姓名\t单位\n".encode("utf-16"))
    [error] = _refusal(path)
    assert "UTF-16" in error.reason


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b" , ,\n"])
def test_empty_csv_is_refused(tmp_path, content):
    path = tmp_path / "e.csv"
    path.write_bytes(content)
    assert _refusal(path) == [RowError("e.csv", None, None, "文件为空，没有表头也没有数据")]


def test_empty_xlsx_is_refused(tmp_path):
    path = tmp_path / "e.xlsx"
    openpyxl.Workbook().save(path)
    assert _refusal(path) == [RowError("e.xlsx", None, None, "文件为空，没有表头也没有数据")]


def test_missing_header_row_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [None, None], [["张三", "科技局"]])
    assert _refusal(path) == [RowError("h.xlsx", 1, None, "第1行应为表头（列名），但该行为空")]


@pytest.mark.parametrize("suffix", [".xls", ".et"])
def test_old_formats_are_refused_with_advice(tmp_path, suffix):
    path = tmp_path / f"old{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    [error] = _refusal(path)
    assert "另存为 .xlsx 或 .csv" in error.reason


def test_other_suffix_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("a,b\n", encoding="utf-8")
    assert _refusal(path) == [RowError("a.txt", None, None, "只能导入 .xlsx 或 .csv 文件")]


@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_missing_file_is_refused(tmp_path, name):
    assert _refusal(tmp_path / name) == [RowError(name, None, None, "文件不存在")]


def test_uppercase_suffix_is_accepted(tmp_path):
    path = write_csv(tmp_path / "A.CSV", HEADER, ROWS)
    assert len(read_table(path).rows) == 2


def test_error_texts():
    assert str(RowError("projects.xlsx", 3, "总投资(万元)", "金额“abc”不是数字")) == (
        "projects.xlsx 第3行「总投资(万元)」：金额“abc”不是数字"
    )
    assert str(RowError("a.csv", 2, None, "x")) == "a.csv 第2行：x"
    assert str(RowError("a.csv", None, "姓名", "表头缺少此必填列")) == "a.csv「姓名」：表头缺少此必填列"
    assert str(RowError("a.csv", None, None, "文件为空")) == "a.csv：文件为空"
    refused = ImportRefused([RowError("a.csv", 2, "x", "一"), RowError("a.csv", 3, "y", "二")])
    assert str(refused) == "a.csv 第2行「x」：一\na.csv 第3行「y」：二"
    assert refused.errors == [RowError("a.csv", 2, "x", "一"), RowError("a.csv", 3, "y", "二")]
