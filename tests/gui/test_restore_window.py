"""设置 → 立即备份, then 从备份恢复… as the administrator uses it (issue #12): Esc and 取消 restore
nothing; Enter on the newest backup, then 恢复 on the question, puts the database back as it was
when backed up, and everyone signs in again. Nothing written since the backup survives it — so
the program asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import ADMIN_LOGIN, staff_accounts, start_program
from tests.gui.helpers import as_system
from zqdesk.services import accounts
from zqdesk.services.access import ActorRole

TITLE = "从备份恢复"


def test_a_backup_restored_by_keyboard_brings_the_database_back(qtbot, db_path, wait_tasks):
    staff_accounts(clerk=False)
    window = start_program(qtbot, wait_tasks, ["--db", str(db_path)], ADMIN_LOGIN)
    person.menu(qtbot, window, "阶段", "设置")
    wait_tasks()
    page = window.pages["settings"]
    person.click_button(qtbot, page, "立即备份")
    wait_tasks()
    with as_system():  # written after the backup: the restore takes it away
        accounts.create_account("huiwu", "王会务", ActorRole.CLERK, "Huiwu@2027")

    def rows_then(way):
        def answer(dialog):
            assert len(person.table_text(dialog.table)) >= 1
            way(dialog)
        return answer

    for way in (person.press_key(qtbot, Qt.Key.Key_Escape), person.press_button(qtbot, "取消")):
        with person.answer(qtbot, TITLE, rows_then(way)):
            person.click_button(qtbot, page, "从备份恢复…")
    # Enter on the backup, then 取消 on the question: still nothing restored.
    with person.answer(qtbot, TITLE, person.press_button(qtbot, "取消")):  # the question box
        with person.answer(qtbot, TITLE, rows_then(person.press_key(qtbot, Qt.Key.Key_Return))):
            person.click_button(qtbot, page, "从备份恢复…")
    with as_system():
        assert [row[1] for row in accounts.list_accounts()] == ["admin", "huiwu"]

    with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, "admin", "Admin@2027")):
        with person.answer(qtbot, TITLE, person.press_button(qtbot, "恢复")):
            with person.answer(qtbot, TITLE, rows_then(person.press_button(qtbot, "恢复所选备份…"))):
                person.click_button(qtbot, page, "从备份恢复…")
    wait_tasks()
    with as_system():
        assert [row[1] for row in accounts.list_accounts()] == ["admin"]
    assert "系统管理员" in window.status_user.text()
