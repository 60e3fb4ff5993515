"""评审标准模板… as a clerk uses it (issue #12): no raw identifiers on screen; Esc and 取消 keep
nothing; Enter saves the edited standard under its new name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.helpers import as_system
from zqdesk.services import meetings

TITLE = "评审标准与评分细则"


def visible_text(view) -> list[str]:
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in columns]
    return header + cells


def test_the_criteria_editor_shows_no_codes_and_saves_only_when_asked(window, qtbot, wait_tasks):
    page = window.pages["meeting"]

    def look_then_esc(dialog):
        shown = visible_text(dialog.criteria_view)
        assert "必要性" in shown and "30" in shown
        assert not {"代码", "necessity", "feasibility", "security", "sharing"} & set(shown), shown
        person.press(qtbot, Qt.Key.Key_Escape)

    with as_system():
        before = meetings.list_templates()
    with person.answer(qtbot, TITLE, look_then_esc):
        person.click_button(qtbot, page, "评审标准模板…")
    with person.answer(qtbot, TITLE, person.press_button(qtbot, "取消")):
        person.click_button(qtbot, page, "评审标准模板…")
    with as_system():
        assert meetings.list_templates() == before

    def rename_and_save(dialog):
        person.fill_field(qtbot, dialog, "保存为", "2028年度评审标准")
        person.press(qtbot, Qt.Key.Key_Return)

    with person.answer(qtbot, TITLE, rename_and_save):
        person.click_button(qtbot, page, "评审标准模板…")
    with as_system():
        names = [name for _id, name in meetings.list_templates()]
    assert "2028年度评审标准" in names and len(names) == len(before) + 1

    def rename_and_click(dialog):
        person.fill_field(qtbot, dialog, "保存为", "2029年度评审标准")
        person.click_button(qtbot, dialog, "保存评审标准")

    with person.answer(qtbot, TITLE, rename_and_click):
        person.click_button(qtbot, page, "评审标准模板…")
    with as_system():
        assert "2029年度评审标准" in [name for _id, name in meetings.list_templates()]
