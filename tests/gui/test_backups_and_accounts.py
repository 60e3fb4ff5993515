"""Backups on a timer with rotation, restore from a backup, the holiday calendar import, accounts created with the password rules shown."""

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt

from tests.gui import person
from PySide6.QtWidgets import QApplication

from zqdesk.gui.mainwindow import MainWindow
from zqdesk.services import accounts, maintenance
from zqdesk.services.access import ActorRole
from zqdesk.services.demo import DEMO_PASSWORDS


def sign_in(window, username: str):
    actor = accounts.login(username, DEMO_PASSWORDS[username])
    window.session.sign_in_staff(actor)
    window.session.select_meeting(1)
    return actor


@pytest.fixture
def demo_path(demo_window):
    return demo_window.session.db_path


def test_backups_every_five_minutes_rotated_and_on_closing(demo_path, qtbot, wait_tasks, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path, create=False)
    sign_in(window, "admin")
    assert window._backup_timer.interval() == 5 * 60 * 1000 and window._backup_timer.isActive()
    page = window.pages["settings"]
    window.go_to("settings")
    wait_tasks()
    assert page.backup_minutes.value() == 5 and page.backup_minutes.isEnabled()
    page.backup_minutes.setValue(7)
    assert window._backup_timer.interval() == 7 * 60 * 1000
    # A setting of the database (every terminal of it), not of this computer's user.
    from zqdesk.services import settings as business

    assert business.read(business.BACKUP_INTERVAL_MINUTES) == 7
    page.lock_minutes.setValue(15)
    assert window.idle_lock.minutes == 15 and business.read(business.IDLE_LOCK_MINUTES) == 15
    page.backup_minutes.setValue(5)

    monkeypatch.setattr(maintenance, "KEEP_BACKUPS", 3)
    for _ in range(5):
        window._automatic_backup()  # what the timer calls
        wait_tasks()
    automatic = maintenance.automatic_backups(demo_path)
    assert len(automatic) == 3 and all("-auto" in p.name for p in automatic)
    assert "最近备份：" in window.status_backup.text() and "从未备份" not in window.status_backup.text()

    page.backup_now()  # 立即备份
    wait_tasks()
    assert any(p.name.endswith("-manual.sqlite3") for p in maintenance.automatic_backups(demo_path))
    window.close()
    assert maintenance.automatic_backups(demo_path)[0].name.endswith("-close.sqlite3")


def test_restore_lists_backups_newest_first_and_reopens(demo_path, qtbot, wait_tasks, monkeypatch):
    from zqdesk.gui.dialogs.restore import RestoreDialog, backup_reason

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path, create=False)
    sign_in(window, "admin")
    before = maintenance.automatic_backup(demo_path, "auto")
    time.sleep(1.1)
    accounts.create_account("later", "后来的人", ActorRole.CLERK, "Later@2027x")
    maintenance.automatic_backup(demo_path, "auto")

    dialog = RestoreDialog(window, demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.model.row(r).name for r in range(dialog.model.rowCount())]
    assert names == sorted(names, reverse=True) and names[1] == before.name
    assert dialog.model.data(dialog.model.index(0, 1)) == "自动（定时）"
    person.click_cell(qtbot, dialog.table, 1)
    person.click_button(qtbot, dialog, "恢复所选备份…")
    assert dialog.chosen == before
    assert backup_reason(before) == "auto"

    signed = []
    monkeypatch.setattr(MainWindow, "sign_in", lambda self: signed.append(sign_in(self, "admin")) or True)
    page = window.pages["settings"]
    saved = page.restore_now(dialog.chosen)
    wait_tasks()
    assert saved is not None and saved.exists() and backup_reason(saved) == "before-restore"
    assert signed and window.session.actor.role is ActorRole.ADMIN  # everyone signs in again
    assert "later" not in [row[1] for row in accounts.list_accounts()]

    # Only the administrator restores: for the clerk the button is off and the service refuses.
    sign_in(window, "huiwu")
    window.go_to("settings")
    assert not page.restore_button.isEnabled()
    shown = []
    monkeypatch.setattr(page, "show_refusal", shown.append)
    assert page.restore_now(before) is None and "无权" in str(shown[0])


def test_the_administrator_imports_a_holiday_year(demo_window, qtbot, wait_tasks, tmp_path):
    window = demo_window
    sign_in(window, "admin")
    window.go_to("settings")
    wait_tasks()
    box = window.pages["settings"].holiday_box
    assert box.import_button.isEnabled()
    assert "程序内置：" in box.years.text() and "–" in box.years.text() and "尚未导入其他年份" in box.years.text()
    path = tmp_path / "2031年节假日.csv"
    path.write_text("日期,类型,名称\n2031-01-01,休,元旦\n2031-01-25,班,春节\n2031-01-26,休,春节\n"
                    "2031-01-27,休,春节\n", encoding="utf-8")
    with qtbot.waitSignal(box.imported, timeout=10000) as imported:
        box.import_file(path)
    wait_tasks()
    assert imported.args == [2031]
    assert "已导入：2031年（2031年节假日.csv）" in box.years.text()

    sign_in(window, "huiwu")
    window.go_to("settings")
    assert not box.import_button.isEnabled()


def test_the_administrator_adds_staff_accounts_with_the_rules_shown(demo_window, qtbot, wait_tasks):
    from zqdesk.gui.pages.accounts_box import AccountDialog

    window = demo_window
    sign_in(window, "admin")
    window.go_to("settings")
    wait_tasks()
    box = window.pages["settings"].accounts
    assert box.isVisible()
    for username, role, password in (("lixiao", ActorRole.CLERK, "Lixiao#2027"), ("zhouzz", ActorRole.CHAIR, "Zhou2027zz"),
                                     ("sunsj", ActorRole.AUDITOR, "sun-SJ-2027")):
        dialog = AccountDialog(box)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "至少8位" in dialog.rules.text()
        dialog.username.setText(username)
        dialog.display_name.setText(username.upper())
        dialog.role.setCurrentIndex(dialog.role.findData(str(role)))
        assert dialog.role_note.text()
        dialog.password.setText("short")
        assert dialog.check.text().startswith("✘") and "至少8位" in dialog.check.text()
        dialog.password.setText("alllowercase")
        assert "至少三类" in dialog.check.text()
        dialog.again.setText("alllowercase")
        person.click_button(qtbot, dialog, "确定")
        assert dialog.result() == 0 and "至少三类" in dialog.message.text()  # refused: the dialog stays
        dialog.password.setText(password)
        dialog.again.setText(password)
        assert dialog.check.text() == "✔ 密码符合规则。"
        person.click_button(qtbot, dialog, "确定")
        assert dialog.result() == 1
    box.reload()
    listed = {row[1]: row[3] for row in box.model.rows()}
    assert listed["lixiao"] is ActorRole.CLERK and listed["zhouzz"] is ActorRole.CHAIR
    assert listed["sunsj"] is ActorRole.AUDITOR
    assert accounts.login("sunsj", "sun-SJ-2027").role is ActorRole.AUDITOR
