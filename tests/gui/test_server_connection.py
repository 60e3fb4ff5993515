"""Connecting the window to the room's server (issue #8): the guard lets only it through, the connection dialog, an unreachable server at start, an empty server database initialised, a meeting moved from a file to the server."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import CLERK
from tests.gui.servers import FIRST, restartable, saved, terminal  # noqa: F401
from tests.gui.helpers import as_system, expert_id, small_meeting
from zqdesk import netguard
from zqdesk.services import scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.storage.location import parse_location

D = Decimal


def expert_at_the_desk(window, qtbot, wait_tasks, meeting_id, name="吴专家"):
    window.go_to("scoring")
    desk = window.pages["scoring"].desk
    wait_tasks()
    login = desk.login.ui
    login.expertCombo.setCurrentIndex(login.expertCombo.findData(expert_id(meeting_id, name)))
    qtbot.keyClicks(login.pinEdit, "1234")
    qtbot.keyClick(login.pinEdit, Qt.Key.Key_Return)
    wait_tasks()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3)
    return desk


def type_score(qtbot, form, key, text):
    field = form.fields[key]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    form.fields["sharing" if key != "sharing" else "necessity"].setFocus()  # leaving saves


def test_the_window_opens_a_server_database_and_the_guard_lets_only_it_through(terminal, pg_cluster, tmp_path,
                                                                              artifacts):
    window, _meeting_id = terminal
    address = window.session.location
    assert window.session.on_server and window.session.db_path is None
    assert netguard.allowed_addresses() == {(pg_cluster.host, pg_cluster.port)}
    assert window.status_db.text() == f"数据库服务器：{pg_cluster.host}:{pg_cluster.port}/{address.database}"
    assert "Zq-test" not in window.status_db.toolTip()  # never the password
    settings_page = window.pages["settings"]
    settings_page.reload()
    assert settings_page.db_label.text().startswith("当前数据库服务器：postgresql://zqdesk_test@")
    # The server's backups are pg_dump's on the server: nothing to back up on this terminal.
    assert not settings_page.backup_button.isEnabled() and not settings_page.restore_button.isEnabled()
    assert "pg_dump" in settings_page.backup_label.text()
    assert window.status_backup.text() == "备份：由服务器管理员负责"
    window.go_to("settings")
    window.grab().save(str(artifacts / "screens" / "43-server-settings.png"))
    assert settings_page.backup_now() is None  # 文件 → 立即备份 says where the backups are made
    window._automatic_backup()  # the timer's tick does nothing here
    assert window.session.last_backup() is None
    # Back to a file: no network address is reachable any more.
    assert window.open_path(tmp_path / "local.sqlite3", create=True)
    assert netguard.allowed_addresses() == frozenset()
    assert window.status_db.text() == "数据库：local.sqlite3"


def test_the_connection_dialog_connects_shows_refusals_in_place_and_never_stores_the_password(
        qtbot, pg_url, pg_cluster, artifacts):
    from zqdesk.gui.app import DATABASE_SETTING, remember_location, remembered_location, settings
    from zqdesk.gui.dialogs.server import ServerDialog
    from zqdesk.services import meetings
    from tests.pgcluster import PASSWORD

    meetings.init_database(pg_url)
    address = parse_location(pg_url)
    before = netguard.allowed_addresses()
    dialog = ServerDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.port.value() == 5432 and dialog.name.text() == "zqdesk"
    dialog.accept()
    assert "请填写数据库服务器的IP地址" in dialog.message.text() and dialog.result() == 0
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.name.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText("不对的口令")
    dialog.accept()
    assert "数据库账号或口令不正确" in dialog.message.text() and "不对的口令" not in dialog.message.text()
    assert dialog.opened is None and netguard.allowed_addresses() == before
    dialog.show()
    dialog.grab().save(str(artifacts / "screens" / "42-server-dialog-refused.png"))
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted and dialog.opened is not None
    assert dialog.address.password == PASSWORD and dialog.remember
    remember_location(dialog.opened.location)
    stored = settings().value(DATABASE_SETTING)
    assert stored == f"postgresql://zqdesk_test@127.0.0.1:{address.port}/{address.database}"
    assert PASSWORD not in stored
    assert remembered_location() == address  # compared without the password
    settings().remove(DATABASE_SETTING)


def test_a_server_that_cannot_be_reached_offers_retry_settings_or_a_local_file(qapp):
    from zqdesk.gui.opening import Choice, RefusedDialog
    from zqdesk.storage.db import ServerUnavailable

    address = parse_location("postgresql://zqdesk@192.0.2.7:5432/zqdesk")
    dialog = RefusedDialog(None, ServerUnavailable("无法连接数据库服务器"), address)
    assert dialog.windowTitle() == "无法连接数据库服务器"
    assert [b.text() for b in dialog.buttons.values()] == ["重试", "连接设置…", "改用本机数据库文件…", "退出"]
    assert set(dialog.buttons) == {Choice.RETRY, Choice.SERVER, Choice.OTHER, Choice.QUIT}
    assert dialog.defaultButton() is dialog.buttons[Choice.RETRY]
    dialog.deleteLater()


def test_the_command_line_takes_a_server_address(qapp):
    from zqdesk.gui.app import build_parser, main

    args = build_parser().parse_args(["--db", "postgresql://zqdesk@192.0.2.7:5432/zqdesk"])
    assert parse_location(args.db).host == "192.0.2.7"
    assert main(["--db", "postgresql://zqdesk@192.0.2.7:5432"]) == 2  # no database name: said, not started


def test_the_administrator_moves_the_demo_meeting_from_a_file_to_the_server_in_the_window(
        qtbot, demo_db, pg_url, tmp_path, wait_tasks):
    """会议 → 导出评审会文件 on the PC where the meeting was prepared, 导入评审会文件 on the
    server: the same meeting, checked by its content fingerprint; a second import is refused."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.reports.fingerprint import meeting_fingerprint
    from zqdesk.services import accounts, meetings
    from zqdesk.services.demo import DEMO_PASSWORDS

    meetings.init_database(pg_url)
    with as_system():
        accounts.create_first_admin("admin", "系统管理员", DEMO_PASSWORDS["admin"])
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(tmp_path / "demo.sqlite3", create=False)
    page = window.pages["meeting"]
    window.session.sign_in_staff(CLERK)
    assert page.export_button.isHidden()  # the clerk does not move meetings
    window.session.sign_in_staff(accounts.login("admin", DEMO_PASSWORDS["admin"]))
    assert not page.export_button.isHidden() and not page.import_button.isHidden()
    # The administrator reads no results: the stage list shows no counts (and no endless 正在统计…).
    from zqdesk.gui.models.stages import StatusRole

    assert window.stage_model.data(window.stage_model.index(1), StatusRole) == ""
    with as_system():
        before = meeting_fingerprint(1).hexdigest
    messages = []
    page.status_message.connect(messages.append)
    moved = tmp_path / "演示评审会.zqmeeting"
    page.export_to(1, moved)
    wait_tasks()
    assert messages[-1].startswith(f"已导出评审会文件：{moved}（内容指纹 {before[:16]}）")

    assert window.open_path(parse_location(pg_url), create=False)
    window.session.sign_in_staff(accounts.login("admin", DEMO_PASSWORDS["admin"]))
    window.go_to("meeting")
    page.import_from(moved)
    wait_tasks()
    assert messages[-1] == "已导入为评审会#1，内容与导出时一致（内容指纹已核对）。"
    assert [m.id for m in page.model.rows()] == [1]
    with as_system():
        assert meeting_fingerprint(1).hexdigest == before
    page.import_from(moved)  # the same file again
    wait_tasks()
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert "已于" in box.text() and "导入为评审会#1" in box.text() and "未重复导入" in box.text()
    box.close()
    with as_system():
        assert [m.id for m in meetings.list_meetings()] == [1]


def test_an_empty_server_database_is_initialised_from_the_dialog_when_asked(qtbot, pg_url, monkeypatch):
    """The first terminal of a room: the database the server's administrator created is empty;
    the dialog asks, initialises it (the audit key made on this terminal, its path told) and the
    first sign-in then creates the administrator account."""
    from PySide6.QtWidgets import QMessageBox

    from zqdesk.gui.dialogs.server import ServerDialog
    from zqdesk.services import accounts
    from zqdesk.storage.db import close_database

    address = parse_location(pg_url)
    asked, told = [], []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or next(answers)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    dialog = ServerDialog(None, address)
    qtbot.addWidget(dialog)
    dialog.accept()  # declined: nothing made
    assert dialog.result() == 0 and dialog.message.text() == "该数据库尚未初始化，未连接。"
    assert "是空的" in asked[0] and address.display in asked[0] and told == []
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted and dialog.opened is not None
    assert dialog.key_file is not None and dialog.key_file.exists()
    [text] = told
    assert str(dialog.key_file) in text and "复制" in text
    assert not accounts.has_accounts()  # the first sign-in creates the administrator
    close_database()
    # Another terminal (the same key here) connects to it as to any initialised database.
    again = ServerDialog(None, address)
    qtbot.addWidget(again)
    again.accept()
    assert again.result() == ServerDialog.DialogCode.Accepted and again.key_file is None and len(asked) == 2
