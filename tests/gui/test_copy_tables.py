"""Ctrl+C on a table copies the selected rows as tab-separated text, as Excel and WPS paste
them (issue #12), not just the one cell Qt copies by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import person
from tests.gui.conftest import start_on_small_meeting


def program(qtbot, db_path, wait_tasks):
    return start_on_small_meeting(qtbot, db_path, wait_tasks)[0]


def visible_row(view, row: int) -> list[str]:
    model = view.model()
    header = view.horizontalHeader()
    columns = sorted((c for c in range(model.columnCount()) if not view.isColumnHidden(c)), key=header.visualIndex)
    return [" ".join(str(model.index(row, c).data() or "").split()) for c in columns]


def test_ctrl_c_copies_the_selected_row_with_every_column(qtbot, db_path, wait_tasks):
    window = program(qtbot, db_path, wait_tasks)
    person.menu(qtbot, window, "阶段", "专家")
    wait_tasks()
    table = window.pages["panel"].table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    row = person.click_row(qtbot, table, "吴专家")
    QApplication.clipboard().clear()
    person.press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, widget=table)
    copied = QApplication.clipboard().text()
    assert copied == "\t".join(visible_row(table, row))
    assert "吴专家\t北部湾大学" in copied and "\n" not in copied


def test_ctrl_c_copies_several_rows_one_line_each(qtbot, db_path, wait_tasks):
    window = program(qtbot, db_path, wait_tasks)
    person.menu(qtbot, window, "阶段", "汇总讨论")
    wait_tasks()
    table = window.pages["discussion"].table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    person.click_cell(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    person.press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, widget=table)
    lines = QApplication.clipboard().text().split("\n")
    assert lines == ["\t".join(visible_row(table, r)) for r in range(3)]
    assert all(line.count("\t") == len(visible_row(table, 0)) - 1 for line in lines)
