"""设置 → 新建账号… as the administrator uses it (issue #12): Esc and 取消 create nothing; a
mismatched password is refused in place; Enter, and 确定, create the account."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import ADMIN_LOGIN, staff_accounts, start_program
from tests.gui.helpers import as_system
from zqdesk.services import accounts

TITLE = "新建账号"


def usernames() -> list[str]:
    with as_system():
        return [row[1] for row in accounts.list_accounts()]


def test_the_administrator_creates_accounts_by_enter_and_by_click(qtbot, db_path, wait_tasks):
    staff_accounts(clerk=False)
    window = start_program(qtbot, wait_tasks, ["--db", str(db_path)], ADMIN_LOGIN)
    person.menu(qtbot, window, "阶段", "设置")
    wait_tasks()
    page = window.pages["settings"]
    for way in (person.press_key(qtbot, Qt.Key.Key_Escape), person.press_button(qtbot, "取消")):
        with person.answer(qtbot, TITLE, way):
            person.click_button(qtbot, page, "新建账号…")
    assert usernames() == ["admin"]

    def clerk(dialog):
        person.fill_field(qtbot, dialog, "账号", "huiwu")
        person.click_into(qtbot, person.field(dialog, "姓名"))
        person.type_text(qtbot, "王会务")
        person.choose(qtbot, person.field(dialog, "角色"), "经办人")
        person.fill_field(qtbot, dialog, "初始密码", "Huiwu@2027")
        person.fill_field(qtbot, dialog, "再次输入", "Huiwu@2028")
        person.click_button(qtbot, dialog, "确定")
        assert dialog.isVisible() and "两次输入的密码不一致" in person.texts(dialog)
        person.fill_field(qtbot, dialog, "再次输入", "Huiwu@2027")
        person.press(qtbot, Qt.Key.Key_Return)

    with person.answer(qtbot, TITLE, clerk):
        person.click_button(qtbot, page, "新建账号…")

    def auditor(dialog):
        person.fill_field(qtbot, dialog, "账号", "shenji")
        person.click_into(qtbot, person.field(dialog, "姓名"))
        person.type_text(qtbot, "李审计")
        person.choose(qtbot, person.field(dialog, "角色"), "审计员")
        person.fill_field(qtbot, dialog, "初始密码", "Shenji@2027")
        person.fill_field(qtbot, dialog, "再次输入", "Shenji@2027")
        person.click_button(qtbot, dialog, "确定")

    with person.answer(qtbot, TITLE, auditor):
        person.click_button(qtbot, page, "新建账号…")
    assert usernames() == ["admin", "huiwu", "shenji"]
    with as_system():
        assert accounts.login("huiwu", "Huiwu@2027").name == "王会务"
        assert accounts.login("shenji", "Shenji@2027").role.label == "审计员"
