"""After signing in, each role lands where its work is (issue #12): the clerk and the
administrator on 会议, the auditor on 设置, where the audit trail is verified."""

from __future__ import annotations

import pytest

from tests.gui.conftest import start_program
from tests.gui.helpers import as_system
from zqdesk.services import accounts
from zqdesk.services.access import ActorRole

ACCOUNTS = {"admin": ("Admin@2027", "meeting"), "huiwu": ("Huiwu@2027", "meeting"), "shenji": ("Shenji@2027", "settings")}


@pytest.mark.parametrize("login", list(ACCOUNTS))
def test_each_role_lands_where_its_work_is(qtbot, db_path, wait_tasks, login):
    with as_system():
        accounts.create_first_admin("admin", "系统管理员", "Admin@2027")
        accounts.create_account("huiwu", "王会务", ActorRole.CLERK, "Huiwu@2027")
        accounts.create_account("shenji", "李审计", ActorRole.AUDITOR, "Shenji@2027")
    password, page = ACCOUNTS[login]
    window = start_program(qtbot, wait_tasks, ["--db", str(db_path)], (login, password))
    assert window.current_stage() == page
    assert window.pages[page].isVisible()


@pytest.mark.parametrize("way", ["Esc", "取消"])
def test_giving_up_at_the_sign_in_window_ends_the_program(qtbot, db_path, way):
    from PySide6.QtCore import Qt

    from tests.gui import person
    from zqdesk.gui.app import launch
    from zqdesk.storage.db import close_database

    with as_system():
        accounts.create_first_admin("admin", "系统管理员", "Admin@2027")
    close_database()

    def give_up(dialog):
        person.fill_field(qtbot, dialog, "账号", "admin")
        if way == "Esc":
            person.press(qtbot, Qt.Key.Key_Escape)
        else:
            person.click_button(qtbot, dialog, "取消")

    with person.answer(qtbot, "登录", give_up):
        assert launch(["--db", str(db_path)]) is None


def test_a_first_run_administrator_is_led_to_the_clerks_account(qtbot, db_path, wait_tasks):
    from PySide6.QtCore import Qt

    from tests.gui import person

    def first_admin(dialog):
        person.fill_field(qtbot, dialog, "账号", "admin")
        person.click_into(qtbot, person.field(dialog, "姓名"))
        person.type_text(qtbot, "系统管理员")
        person.fill_field(qtbot, dialog, "密码", "Admin@2027")
        person.fill_field(qtbot, dialog, "再次输入", "Admin@2027")
        person.press(qtbot, Qt.Key.Key_Return)

    def clerk(dialog):
        assert person.shown(person.field(dialog, "角色").currentText()) == "经办人"
        person.fill_field(qtbot, dialog, "账号", "huiwu")
        person.click_into(qtbot, person.field(dialog, "姓名"))
        person.type_text(qtbot, "王会务")
        person.fill_field(qtbot, dialog, "初始密码", "Huiwu@2027")
        person.fill_field(qtbot, dialog, "再次输入", "Huiwu@2027")
        person.press(qtbot, Qt.Key.Key_Return)

    with person.answer(qtbot, "新建账号", clerk):
        from zqdesk.gui.app import launch

        with person.answer(qtbot, "创建系统管理员账号", first_admin):
            window = launch(["--db", str(db_path)])
    qtbot.addWidget(window)
    wait_tasks()
    assert window.current_stage() == "settings"
    with as_system():
        assert accounts.login("huiwu", "Huiwu@2027").role is ActorRole.CLERK
