"""Trust screens (issue #5): audit verification with the chain head in the status bar, backups
on a timer with rotation and restore from a backup, the idle lock that loses nothing typed,
the holiday calendar import, and accounts created with the password rules shown."""

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
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


def test_the_auditor_verifies_the_chain_and_sees_a_tampered_record(demo_window, demo_path, wait_tasks):
    window = demo_window
    sign_in(window, "shenji")
    wait_tasks()
    assert window.verify_action.isEnabled()
    box = window.pages["settings"].audit_box
    window.verify_audit()
    assert window.current_stage() == "settings" and box.isVisible()
    wait_tasks()
    report = box.report
    assert report is not None and report.intact and report.count > 10
    assert "审计记录完好" in box.result.text() and report.head in box.result.text()
    assert "#067647" in box.result.styleSheet()
    assert window.status_audit.isVisible() and str(report.count) in window.status_audit.text()
    assert report.head in window.status_audit.toolTip()

    # Someone edits the log behind the application's back: the first problem shows in red.
    raw = sqlite3.connect(demo_path)
    raw.execute("UPDATE audit_entry SET actor = '他人' WHERE seq = 3")
    raw.commit()
    raw.close()
    box.verify()
    wait_tasks()
    assert not box.report.intact
    assert box.result.text().startswith("发现问题：审计记录第3条")
    assert "#b42318" in box.result.styleSheet()
    assert window.status_audit.text() == "审计：发现问题"

    # The clerk may not verify (separation of duties): the box and the menu are not offered.
    sign_in(window, "huiwu")
    assert not window.verify_action.isEnabled()
    window.go_to("settings")
    assert not box.isVisible()


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
    dialog.table.selectRow(1)
    dialog.accept()
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


def test_the_idle_lock_asks_for_the_password_and_keeps_what_was_typed(demo_window, qtbot, wait_tasks):
    window = demo_window
    sign_in(window, "huiwu")
    window.activateWindow()
    lock = window.idle_lock
    assert lock.minutes == 10
    window.go_to("projects")
    wait_tasks()
    search = window.pages["projects"].search
    search.setFocus()
    qtbot.keyClicks(search, "ZQ-2027")
    lock._last_input = time.monotonic() - 9 * 60
    lock.check()
    assert not lock.locked
    lock._last_input = time.monotonic() - 10 * 60 - 1
    lock.check()
    assert lock.locked
    cover, card = lock.covers[0], lock.prompt()
    assert cover.isVisible() and cover.geometry() == window.rect() and card.parentWidget() is cover
    assert QApplication.focusWidget() is card.password
    qtbot.keyClicks(search, "abc")  # typing at the covered window goes nowhere
    assert search.text() == "ZQ-2027"
    qtbot.keyClicks(card.password, "wrong")
    qtbot.keyClick(card.password, Qt.Key.Key_Return)
    assert lock.locked and "账号或密码不正确" in card.message.text() and card.password.text() == ""
    qtbot.keyClicks(card.password, DEMO_PASSWORDS["huiwu"])
    qtbot.keyClick(card.password, Qt.Key.Key_Return)
    assert not lock.locked and not lock.covers
    assert search.text() == "ZQ-2027" and QApplication.focusWidget() is search
    assert window.session.actor.name and window.session.actor.role is ActorRole.CLERK


def test_a_dialog_open_when_the_lock_comes_is_covered_too(demo_window, qtbot, wait_tasks):
    from PySide6.QtWidgets import QMessageBox

    window = demo_window
    sign_in(window, "huiwu")
    box = QMessageBox(QMessageBox.Icon.Information, "提示", "一个打开着的对话框", parent=window)
    box.open()  # window-modal: it takes the input, so the card gets a window of its own
    lock = window.idle_lock
    assert lock.lock_now()
    covered = {cover.parentWidget() for cover in lock.covers}
    assert covered == {window, box}
    assert lock.prompt_window is not None and lock.prompt_window.isVisible()
    lock.prompt_window.reject()  # Esc does not unlock
    assert lock.locked and lock.prompt_window.isVisible()
    assert lock.try_unlock(DEMO_PASSWORDS["huiwu"])
    assert lock.prompt_window is None and not lock.covers and box.isVisible()
    box.close()


def test_an_expert_unlocks_with_their_pin_and_a_half_typed_score_survives(window, qtbot, wait_tasks):
    from tests.gui.helpers import small_meeting
    from zqdesk.services import scoring

    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.desk)
    wait_tasks()
    desk = page.desk
    login = desk.login.ui
    login.expertCombo.setCurrentIndex(1)
    login.pinEdit.setText("1234")
    desk.log_in()
    wait_tasks()
    expert = window.session.actor
    assert expert.role in (ActorRole.EXPERT, ActorRole.CHAIR)
    line = next(r for r in desk.model.rows() if not r.submitted)
    desk.table.selectRow(desk.model.rows().index(line))
    wait_tasks()
    window.activateWindow()
    field = desk.form.fields["necessity"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "31")  # not (yet) a valid score: it must neither be saved nor put back
    message = desk.message.text()
    assert window.idle_lock.lock_now()
    card = window.idle_lock.prompt()
    assert "PIN" in card.password.placeholderText()
    assert field.text() == "31" and desk.message.text() == message
    window.idle_lock.try_unlock("0000")
    assert window.idle_lock.locked and "PIN不正确" in card.message.text()
    assert window.idle_lock.try_unlock("1234")
    assert field.text() == "31" and QApplication.focusWidget() is field
    sheet = {x.code: x for x in scoring.expert_sheet(meeting_id, expert.expert_id)}
    assert sheet[line.code].points.get("necessity") == line.points.get("necessity")
    desk.log_out()


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
        dialog.accept()
        assert dialog.result() == 0 and "至少三类" in dialog.message.text()  # refused: the dialog stays
        dialog.password.setText(password)
        dialog.again.setText(password)
        assert dialog.check.text() == "✔ 密码符合规则。"
        dialog.accept()
        assert dialog.result() == 1
    box.reload()
    listed = {row[1]: row[3] for row in box.model.rows()}
    assert listed["lixiao"] is ActorRole.CLERK and listed["zhouzz"] is ActorRole.CHAIR
    assert listed["sunsj"] is ActorRole.AUDITOR
    assert accounts.login("sunsj", "sun-SJ-2027").role is ActorRole.AUDITOR


def test_a_grid_cell_being_typed_stays_open_through_the_lock(window, qtbot, wait_tasks):
    from PySide6.QtWidgets import QLineEdit

    from tests.gui.helpers import expert_id, small_meeting
    from zqdesk.services import scoring

    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.grid)
    wait_tasks()
    grid = page.grid
    window.activateWindow()
    wu = expert_id(meeting_id, "吴专家")
    grid.expert.setCurrentIndex(grid.expert.findData(wu))
    wait_tasks()
    qtbot.waitUntil(lambda: grid.model is not None and grid.model.rowCount() == 3)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "2")  # the clerk was typing 25 when called away
    assert window.idle_lock.lock_now()
    assert editor.isVisible() and editor.text() == "2"
    assert scoring.expert_sheet(meeting_id, wu)[0].points == {}  # nothing committed behind the lock
    window.idle_lock.unlock()  # (what a right password leads to)
    assert QApplication.focusWidget() is editor and editor.text() == "2"
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert scoring.expert_sheet(meeting_id, wu)[0].points["necessity"] == 25


def test_nothing_reloads_behind_the_lock(demo_window, wait_tasks):
    window = demo_window
    sign_in(window, "huiwu")
    assert window.live._timer.isActive()
    assert window.idle_lock.lock_now()
    assert not window.live._timer.isActive()  # another terminal's writes wait for the unlock
    window.idle_lock.unlock()
    assert window.live._timer.isActive()


def test_a_reload_while_an_expert_types_keeps_the_field(window, qtbot, wait_tasks):
    from tests.gui.helpers import small_meeting
    from zqdesk.gui.session import SCORES

    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    wait_tasks()
    desk = page.desk
    desk.login.ui.expertCombo.setCurrentIndex(1)
    desk.login.ui.pinEdit.setText("1234")
    desk.log_in()
    wait_tasks()
    window.activateWindow()
    field = desk.form.fields["feasibility"]
    field.setFocus()
    qtbot.keyClicks(field, "2")
    window.session.notify(SCORES)  # e.g. another terminal wrote (zqdesk.gui.live)
    wait_tasks()
    assert field.text() == "2" and QApplication.focusWidget() is field


def test_a_reload_waits_for_the_grid_cell_being_typed(window, qtbot, wait_tasks):
    from PySide6.QtWidgets import QLineEdit

    from tests.gui.helpers import expert_id, small_meeting
    from zqdesk.gui.session import SCORES

    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.grid)
    wait_tasks()
    grid = page.grid
    window.activateWindow()
    grid.expert.setCurrentIndex(grid.expert.findData(expert_id(meeting_id, "吴专家")))
    wait_tasks()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "2")
    model = grid.model
    window.session.notify(SCORES)  # another terminal wrote
    wait_tasks()
    assert grid.model is model and editor.isVisible() and editor.text() == "2"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # done typing: the reload follows
    qtbot.waitUntil(lambda: grid.model is not model, timeout=5000)
    wait_tasks()
