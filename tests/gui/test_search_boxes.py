"""Search boxes on 汇总讨论, 年度计划 and 文书, as on 项目 (issue #12): the words typed narrow the
table to the rows holding them all; clearing the box brings every row back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui import person

PAGES = [("汇总讨论", "discussion", "搜索编号、名称、单位…"), ("年度计划", "plan", "搜索编号、名称、单位…"),
         ("文书", "documents", "搜索编号、名称…")]


@pytest.mark.parametrize("stage, key, placeholder", PAGES, ids=[p[1] for p in PAGES])
def test_typing_in_the_search_box_narrows_the_table(demo_window, qtbot, wait_tasks, stage, key, placeholder):
    window = demo_window
    person.menu(qtbot, window, "阶段", stage)
    wait_tasks()
    table = window.pages[key].table
    qtbot.waitUntil(lambda: table.model().rowCount() > 2, timeout=10000)
    everything = person.table_text(table)
    wanted = next(row for row in everything if any(cell.startswith("ZQ-2027-") for cell in row))
    code = next(cell for cell in wanted if cell.startswith("ZQ-2027-"))

    box = person.field(window.pages[key], placeholder)
    person.click_into(qtbot, box)
    person.type_text(qtbot, code)
    assert [row for row in person.table_text(table)] == [wanted]
    person.type_text(qtbot, " 不存在的词")  # every word must match
    assert person.table_text(table) == []
    qtbot.keyClick(person.focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.press(qtbot, Qt.Key.Key_Delete)
    assert len(person.table_text(table)) == len(everything)
