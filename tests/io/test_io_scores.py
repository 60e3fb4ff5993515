"""zqdesk.io.scores: long-form scores (one row per expert and project) with half-point scores."""

from __future__ import annotations

from decimal import Decimal

import pytest
from io_test_files import CRITERIA, write_csv, write_xlsx

from zqdesk.core.types import Criterion
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.io.scores import ScoreRow, read_scores
from zqdesk.io.templates import score_columns

HEADER = [column.name for column in score_columns(CRITERIA)]


def refused(path, criteria=CRITERIA) -> list[RowError]:
    with pytest.raises(ImportRefused) as caught:
        read_scores(path, criteria)
    return caught.value.errors


def test_header():
    assert HEADER == ["专家", "项目编号", "必要性", "可行性", "安全性", "协同共享范围", "评审建议", "评审意见", "偏离说明"]


@pytest.mark.parametrize("kind", ["xlsx", "utf-8", "utf-8-sig", "gb18030"])
def test_valid_scores(tmp_path, kind):
    rows = [
        ["张三", "ZQ-2027-001", 28, 25.5, "17.5", "20", "同意", "建议加强数据共享", None],
        ["张三", "ZQ-2027-002", "0", 30.0, 0, " 12.0 ", None, None, "现场踏勘后扣分"],
        ["李四", "ZQ-2027-001", 30, 30, 20, 20, "修改完善后同意", None, None],
    ]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "s.xlsx", HEADER, rows)
    else:
        path = write_csv(tmp_path / "s.csv", HEADER, rows, kind)
    scores = read_scores(path, CRITERIA)
    assert scores == [
        ScoreRow(2, "张三", "ZQ-2027-001",
                 {"necessity": Decimal(28), "feasibility": Decimal("25.5"), "security": Decimal("17.5"),
                  "sharing": Decimal(20)},
                 "同意", "建议加强数据共享", ""),
        ScoreRow(3, "张三", "ZQ-2027-002",
                 {"necessity": Decimal(0), "feasibility": Decimal(30), "security": Decimal(0), "sharing": Decimal(12)},
                 "", "", "现场踏勘后扣分"),
        ScoreRow(4, "李四", "ZQ-2027-001",
                 {"necessity": Decimal(30), "feasibility": Decimal(30), "security": Decimal(20), "sharing": Decimal(20)},
                 "修改完善后同意", "", ""),
    ]
    assert str(scores[0].points["feasibility"]) == "25.5"
    assert str(scores[1].points["sharing"]) == "12"


@pytest.mark.parametrize("cell", [30.5, 31, -1, "-0.5", 12.3, "12.25", "abc", "NaN", "1e999999", True, "Infinity"])
def test_bad_points_name_the_range(tmp_path, cell):
    path = write_xlsx(tmp_path / "s.xlsx", HEADER, [["张三", "ZQ-1", cell, 20, 10, 10, None, None, None]])
    shown = "是" if cell is True else str(cell)
    assert refused(path) == [RowError("s.xlsx", 2, "必要性", f"分值“{shown}”应为 0–30 之间的整数或半分（x.5）")]


def test_every_bad_row_is_reported(tmp_path):
    rows = [
        ["张三", "ZQ-1", 28, 25, 18, 18, None, None, None],
        ["张三", "ZQ-1", 28, 25, 21, None, "同意", None, None],
        [None, "ZQ-2", 28, 25, 18, 18, "反对", None, None],
        ["李四", None, 28, 25, 18, 18, None, None, None],
    ]
    path = write_xlsx(tmp_path / "scores.xlsx", HEADER, rows)
    assert [str(error) for error in refused(path)] == [
        "scores.xlsx 第3行「安全性」：分值“21”应为 0–20 之间的整数或半分（x.5）",
        "scores.xlsx 第3行「协同共享范围」：必填项，不能为空",
        "scores.xlsx 第3行「项目编号」：专家“张三”对项目“ZQ-1”的评分与第2行重复",
        "scores.xlsx 第4行「专家」：必填项，不能为空",
        "scores.xlsx 第4行「评审建议」：“反对”不在可选范围内，应为：同意、修改完善后同意、不同意",
        "scores.xlsx 第5行「项目编号」：必填项，不能为空",
    ]


def test_criterion_column_missing(tmp_path):
    header = [name for name in HEADER if name != "安全性"]
    path = write_xlsx(tmp_path / "s.xlsx", header, [])
    assert refused(path) == [RowError("s.xlsx", 1, "安全性", "表头缺少此必填列")]


def test_criteria_follow_the_meeting(tmp_path):
    criteria = (Criterion("a", "技术先进性", Decimal("12.5")), Criterion("b", "经济性", Decimal(10)))
    path = write_xlsx(tmp_path / "s.xlsx", ["专家", "项目编号", "技术先进性", "经济性"],
                      [["张三", "ZQ-1", 12.5, 10], ["李四", "ZQ-1", 13, 0]])
    assert refused(path, criteria) == [
        RowError("s.xlsx", 3, "技术先进性", "分值“13”应为 0–12.5 之间的整数或半分（x.5）"),
    ]


def test_duplicate_criterion_labels_are_a_programming_error():
    with pytest.raises(ValueError):
        score_columns((Criterion("a", "必要性", Decimal(30)), Criterion("b", "必要性", Decimal(30))))
    with pytest.raises(ValueError):
        score_columns((Criterion("a", "专家", Decimal(30)),))


def test_header_only_is_empty(tmp_path):
    assert read_scores(write_xlsx(tmp_path / "s.xlsx", HEADER), CRITERIA) == []
