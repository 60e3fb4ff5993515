"""专家 as a clerk uses it (issue #12): 修改专家… corrects an expert (name and unit stay), 移出专家组…
takes one off with a reason, 撤销回避… withdraws a declared recusal with a reason; an empty reason
is refused in place, Esc and 取消 change nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import CLERK_LOGIN, staff_accounts, start_program
from tests.gui.helpers import as_system, small_meeting
from zqdesk.services import panel


def program(qtbot, db_path, wait_tasks):
    staff_accounts()
    meeting_id = small_meeting()
    with as_system():
        wu = next(e.expert_id for e in panel.panel(meeting_id) if e.name == "吴专家")
        panel.declare_recusal(meeting_id, wu, "ZQ-2028-002", "曾参与该项目方案论证")
    window = start_program(qtbot, wait_tasks, ["--db", str(db_path)], CLERK_LOGIN)
    person.menu(qtbot, window, "阶段", "专家")
    wait_tasks()
    page = window.pages["panel"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return window, page, meeting_id


def entry(meeting_id, name):
    with as_system():
        return next((e for e in panel.panel(meeting_id) if e.name == name), None)


def write_reason(qtbot, text):
    def answer(dialog):
        person.click_button(qtbot, dialog, "确定")
        assert dialog.isVisible() and "请写明理由" in person.texts(dialog)
        person.click_into(qtbot, person.field(dialog, "理由"))
        person.type_text(qtbot, text)
        person.click_button(qtbot, dialog, "确定")
    return answer


def test_edit_an_expert_keeps_name_and_unit(qtbot, db_path, wait_tasks):
    window, page, meeting_id = program(qtbot, db_path, wait_tasks)
    person.click_row(qtbot, page.table, "郑专家")

    def edit(dialog):
        assert person.field(dialog, "姓名").isReadOnly() and person.field(dialog, "单位").isReadOnly()
        assert person.field(dialog, "职称").text() == "高级工程师"
        person.fill_field(qtbot, dialog, "职称", "正高级工程师")
        person.press(qtbot, Qt.Key.Key_Return)

    with person.answer(qtbot, "修改专家", person.press_key(qtbot, Qt.Key.Key_Escape)):
        person.click_button(qtbot, page, "修改专家…")
    with person.answer(qtbot, "修改专家", edit):
        person.click_button(qtbot, page, "修改专家…")
    wait_tasks()
    changed = entry(meeting_id, "郑专家")
    assert (changed.name, changed.organisation, changed.title) == ("郑专家", "钦州市公安局", "正高级工程师")
    assert "已修改专家郑专家的信息" in window.statusBar().currentMessage()

    def phone_by_click(dialog):
        person.fill_field(qtbot, dialog, "联系电话", "0777-2800000")
        person.click_button(qtbot, dialog, "确定")

    with person.answer(qtbot, "修改专家", person.press_button(qtbot, "取消")):
        person.click_button(qtbot, page, "修改专家…")
    with person.answer(qtbot, "修改专家", phone_by_click):
        person.click_button(qtbot, page, "修改专家…")
    wait_tasks()
    again = entry(meeting_id, "郑专家")
    assert (again.phone, again.title) == ("0777-2800000", "正高级工程师"), window.statusBar().currentMessage()  # the title typed before is kept


def test_remove_an_expert_with_a_reason(qtbot, db_path, wait_tasks):
    window, page, meeting_id = program(qtbot, db_path, wait_tasks)
    person.click_row(qtbot, page.table, "郑专家")
    with person.answer(qtbot, "移出专家组", person.press_button(qtbot, "取消")):
        person.click_button(qtbot, page, "移出专家组…")
    assert entry(meeting_id, "郑专家") is not None
    with person.answer(qtbot, "移出专家组", write_reason(qtbot, "临时出差，不能到会")):
        person.click_button(qtbot, page, "移出专家组…")
    wait_tasks()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert entry(meeting_id, "郑专家") is None
    assert "郑专家" not in [row[0] for row in person.table_text(page.table)] + [row[1] for row in person.table_text(page.table)]


def test_withdraw_a_declared_recusal_with_a_reason(qtbot, db_path, wait_tasks):
    window, page, meeting_id = program(qtbot, db_path, wait_tasks)
    person.click_row(qtbot, page.recusal_table, "曾参与该项目方案论证")
    with person.answer(qtbot, "撤销回避", person.press_key(qtbot, Qt.Key.Key_Escape)):
        person.click_button(qtbot, page, "撤销回避…")
    assert entry(meeting_id, "吴专家").recused_codes == ("ZQ-2028-002",)
    with person.answer(qtbot, "撤销回避", write_reason(qtbot, "经核实与该项目无利害关系")):
        person.click_button(qtbot, page, "撤销回避…")
    wait_tasks()
    assert entry(meeting_id, "吴专家").recused_codes == ()
    assert "已撤销吴专家对项目ZQ-2028-002的回避" in window.statusBar().currentMessage()


def test_declare_a_recusal_by_enter_and_by_click(qtbot, db_path, wait_tasks):
    window, page, meeting_id = program(qtbot, db_path, wait_tasks)
    person.click_row(qtbot, page.table, "郑专家")
    for way in (person.press_key(qtbot, Qt.Key.Key_Escape), person.press_button(qtbot, "取消")):
        with person.answer(qtbot, "申报回避", way):
            person.click_button(qtbot, page, "申报回避…")
    assert entry(meeting_id, "郑专家").recused_codes == ()

    def declare(code, reason, by_enter):
        def answer(dialog):
            person.choose(qtbot, person.field(dialog, "回避项目"), code)
            person.fill_field(qtbot, dialog, "回避理由", "")
            person.type_text(qtbot, reason)
            if by_enter:
                person.press(qtbot, Qt.Key.Key_Return)
            else:
                person.click_button(qtbot, dialog, "确定")
        return answer

    with person.answer(qtbot, "申报回避", declare("ZQ-2028-001", "其配偶在建设单位任职", True)):
        person.click_button(qtbot, page, "申报回避…")
    wait_tasks()
    person.click_row(qtbot, page.table, "郑专家")
    with person.answer(qtbot, "申报回避", declare("ZQ-2028-003", "参与过该项目的可研编制", False)):
        person.click_button(qtbot, page, "申报回避…")
    wait_tasks()
    assert entry(meeting_id, "郑专家").recused_codes == ("ZQ-2028-001", "ZQ-2028-003")
    with as_system():
        reasons = {r.code: r.reason for r in panel.recusals(meeting_id) if r.expert_name == "郑专家"}
    assert reasons == {"ZQ-2028-001": "其配偶在建设单位任职", "ZQ-2028-003": "参与过该项目的可研编制"}
