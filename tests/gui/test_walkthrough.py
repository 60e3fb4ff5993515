"""A meeting from an empty database, driven only by clicks and keys (issue #12's walk-through):
the clerk creates the meeting, imports the applications and the panel through the file
dialogs and sets each expert's PIN on 专家; then each of three experts signs in at the desk
with the PIN and scores every project from the keyboard, and submits with the PIN as
signature. The numbers checked at the end were typed here and added up by hand.

Still to come (issue #12, not yet in this walk-through): the chair's panel, a round, a tier
override and 定稿; the clerk's preview and print."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui import person
from tests.gui.helpers import as_system, project_line, write_experts_csv, write_projects_csv
from zqdesk.services import meetings, panel, scoring

NAME = "2028年度“智慧钦州”建设项目综合评估会"
# Typed by each expert for ZQ-2028-001 and ZQ-2028-002: necessity, feasibility, security, sharing.
TYPED = {
    "周组长": (("26", "25", "17", "16"), ("20", "18.5", "12", "10")),
    "吴专家": (("27", "26", "18", "17"), ("21", "19", "13", "11")),
    "郑专家": (("25", "24", "16", "15"), ("19", "18", "11", "9")),
}


def create_meeting(qtbot, window, wait_tasks):
    def fill(dialog):
        person.fill_field(qtbot, dialog, "评审会名称", NAME)
        person.fill_field(qtbot, dialog, "计划年度", "2028")
        person.fill_field(qtbot, dialog, "年度资金额度", "1000")
        person.click_button(qtbot, dialog, "确定")

    with person.answer(qtbot, "新建评审会", fill):
        person.click_button(qtbot, window.pages["meeting"], "新建评审会…")
    wait_tasks()
    assert person.shown(window.header.title.text()) == NAME


def import_file(qtbot, wait_tasks, page, button, title, path, rows):
    with person.answer(qtbot, title, person.file_answer(qtbot, path)):
        person.click_button(qtbot, page, button)
    dialog = person.dialog(qtbot, title)
    wait_tasks()
    assert len(person.table_text(dialog.table)) == rows
    person.click_button(qtbot, dialog, "导入")
    wait_tasks()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def set_pins(qtbot, window, wait_tasks, names):
    page = window.pages["panel"]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(names))
    for name in names:
        person.click_row(qtbot, page.table, name)

        def enter_pin(dialog):
            person.click_into(qtbot, person.field(dialog, "新PIN（4至8位数字）"))
            qtbot.keyClicks(person.focused(), "2468")
            person.press(qtbot, Qt.Key.Key_Tab)
            qtbot.keyClicks(person.focused(), "2468")
            person.press(qtbot, Qt.Key.Key_Return)

        with person.answer(qtbot, "设置PIN", enter_pin):
            person.click_button(qtbot, page, "设置PIN…")
        assert f"已为{name}设置PIN" in window.statusBar().currentMessage()


def score_at_the_desk(qtbot, window, wait_tasks, name, typed):
    person.menu(qtbot, window, "阶段", "评分")
    wait_tasks()
    desk = window.pages["scoring"].desk
    login = desk.login.ui
    person.choose(qtbot, login.expertCombo, name)
    person.click_into(qtbot, login.pinEdit)
    qtbot.keyClicks(login.pinEdit, "2468")
    assert person.focused() is login.pinEdit, person.focused()
    person.press(qtbot, Qt.Key.Key_Return)
    wait_tasks()
    assert name in window.status_user.text(), window.status_user.text()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 2)
    form = desk.form
    for row, values in enumerate(typed):
        person.click_cell(qtbot, desk.table, row)
        wait_tasks()
        for key, value in zip(("necessity", "feasibility", "security", "sharing"), values):
            person.click_into(qtbot, form.fields[key])
            qtbot.keyClick(person.focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(person.focused(), value)
            person.press(qtbot, Qt.Key.Key_Tab)
        wait_tasks()
        person.choose(qtbot, form.recommendation, "同意")
        wait_tasks()
    def sign(box):
        person.click_into(qtbot, box.findChild(QLineEdit))
        qtbot.keyClicks(person.focused(), "2468")
        person.click_button(qtbot, box, "提交")

    with person.answer(qtbot, "提交并签名", sign):
        person.click_button(qtbot, desk, "提交并签名…")
    wait_tasks()
    assert "已提交并签名2个项目的评分" in person.texts(desk) + window.statusBar().currentMessage()
    person.click_button(qtbot, desk, "退出登录")
    wait_tasks()


def test_the_clerk_sets_up_and_three_experts_score_by_keyboard(window, qtbot, tmp_path, wait_tasks):
    create_meeting(qtbot, window, wait_tasks)
    person.menu(qtbot, window, "阶段", "项目")
    wait_tasks()
    applications = write_projects_csv(tmp_path / "申报表.csv", [
        project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200"),
        project_line("智慧校园网络", "钦州市教育局", "400", "150"),
    ])
    import_file(qtbot, wait_tasks, window.pages["projects"], "导入申报表…", "导入申报表", applications, 2)
    person.menu(qtbot, window, "阶段", "专家")
    wait_tasks()
    import_file(qtbot, wait_tasks, window.pages["panel"], "导入专家名单…", "导入专家名单",
                write_experts_csv(tmp_path / "专家.csv"), 3)
    set_pins(qtbot, window, wait_tasks, list(TYPED))

    with as_system():
        [meeting] = meetings.list_meetings()
        ids = {e.name: e.expert_id for e in panel.panel(meeting.id)}
    for name, typed in TYPED.items():
        score_at_the_desk(qtbot, window, wait_tasks, name, typed)
        with as_system():
            sheet = {line.code: line for line in scoring.expert_sheet(meeting.id, ids[name])}
        first, second = typed
        assert sheet["ZQ-2028-001"].points == dict(zip(("necessity", "feasibility", "security", "sharing"),
                                                       map(Decimal, first)))
        assert sheet["ZQ-2028-002"].points == dict(zip(("necessity", "feasibility", "security", "sharing"),
                                                       map(Decimal, second)))
        assert sheet["ZQ-2028-001"].recommendation == "同意"
    with as_system():
        submitted = scoring.submitted_experts(meeting.id)
    assert sorted(submitted) == sorted(ids.values())
