"""Connecting the window to the room's server (issue #8), acted as a person does (issue #12):
设置 → 连接数据库服务器… with its 连接, 取消, Enter and Esc; a refusal shown in place; the
guard lets only the server through; a server that cannot be reached at start (重试, 连接设置…,
退出); an empty server database initialised when asked (both answers); a second database
whose meetings differ opened without any page asking for a meeting it lacks; a meeting moved
from a file to the server through 导出评审会文件… / 导入评审会文件…."""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import CLERK_LOGIN, start_program
from tests.gui.helpers import as_system, small_meeting
from tests.gui.servers import terminal  # noqa: F401
from tests.pgcluster import PASSWORD
from zqdesk import netguard
from zqdesk.core.vocab import Kind
from zqdesk.services import accounts, meetings
from zqdesk.services.access import ActorRole
from zqdesk.storage.db import close_database
from zqdesk.storage.location import parse_location

ADMIN_LOGIN = ("admin", "Admin@2027")


def go_to(qtbot, window, stage):
    person.menu(qtbot, window, "阶段", stage)


def status_message(window) -> str:
    return window.statusBar().currentMessage()


def fill_server(qtbot, dialog, address, password):
    """What the server's administrator wrote on the note: IP address, port, database, account."""
    person.fill_field(qtbot, dialog, "服务器IP地址", address.host)
    person.fill_field(qtbot, dialog, "端口", str(address.port))
    person.fill_field(qtbot, dialog, "数据库名", address.database)
    person.fill_field(qtbot, dialog, "数据库账号", address.user)
    person.fill_field(qtbot, dialog, "口令", password)


def connect_from_settings(qtbot, window, act, login=None):
    """设置 → 连接数据库服务器…, `act` in the dialog; once it connects, the sign-in window."""
    go_to(qtbot, window, "设置")
    page = window.pages["settings"]
    if login is None:
        with person.answer(qtbot, "连接数据库服务器", act) as seen:
            person.click_button(qtbot, page, "连接数据库服务器…")
    else:
        with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, *login)):
            with person.answer(qtbot, "连接数据库服务器", act) as seen:
                person.click_button(qtbot, page, "连接数据库服务器…")
    return seen.seen


def server_with_meeting(pg_url):
    """The room's server database: the administrator and the clerk, the small test meeting."""
    meetings.init_database(pg_url)
    with as_system():
        accounts.create_first_admin(ADMIN_LOGIN[0], "系统管理员", ADMIN_LOGIN[1])
        accounts.create_account(CLERK_LOGIN[0], "王会务", ActorRole.CLERK, CLERK_LOGIN[1])
        meeting_id = small_meeting()
    close_database()
    return meeting_id


def test_the_window_opens_a_server_database_and_the_guard_lets_only_it_through(terminal, pg_cluster, qtbot,
                                                                              wait_tasks, tmp_path, artifacts):
    window, _meeting_id = terminal
    address = window.session.location
    assert window.session.on_server and window.session.db_path is None
    assert netguard.allowed_addresses() == {(pg_cluster.host, pg_cluster.port)}
    assert window.status_db.text() == f"数据库服务器：{pg_cluster.host}:{pg_cluster.port}/{address.database}"
    assert "Zq-test" not in window.status_db.toolTip()  # never the password
    go_to(qtbot, window, "设置")
    wait_tasks()
    page = window.pages["settings"]
    shown = person.texts(page)
    assert f"当前数据库服务器：postgresql://zqdesk_test@{pg_cluster.host}:{pg_cluster.port}/{address.database}" in shown
    assert PASSWORD not in shown
    # The server's backups are pg_dump's on the server: nothing to back up on this terminal.
    for text in ("立即备份", "备份到…", "从备份恢复…"):
        assert not person.button(page, text).isEnabled(), text
    assert not person.field(page, "自动备份间隔").isEnabled()
    assert "最近备份：由服务器管理员负责（pg_dump）" in shown
    assert window.status_backup.text() == "备份：由服务器管理员负责"
    window.grab().save(str(artifacts / "screens" / "43-server-settings.png"))
    person.menu(qtbot, window, "文件", "立即备份")  # says where the backups are made, makes none
    assert status_message(window) == "服务器数据库由系统管理员在服务器上备份（pg_dump），本机不做备份。"
    assert window.status_backup.text() == "备份：由服务器管理员负责"
    # Back to a file (设置 → 新建数据库…): no network address is reachable any more.
    local = tmp_path / "local.sqlite3"
    # The new administrator is led on to the clerk's account; Esc leaves it for later.
    with person.answer(qtbot, "新建账号", person.press_key(qtbot, Qt.Key.Key_Escape)):
        with person.answer(qtbot, "创建系统管理员账号", lambda d: (
                person.fill_field(qtbot, d, "账号", "admin2"), person.fill_field(qtbot, d, "姓名", "本机管理员"),
                person.fill_field(qtbot, d, "密码", "Admin2@2027"), person.fill_field(qtbot, d, "再次输入", "Admin2@2027"),
                person.press(qtbot, Qt.Key.Key_Return))):
            with person.answer(qtbot, "新建数据库", person.file_answer(qtbot, local)):
                person.click_button(qtbot, page, "新建数据库…")
    wait_tasks()
    assert local.exists()
    assert netguard.allowed_addresses() == frozenset()
    assert window.status_db.text() == "数据库：local.sqlite3"
    go_to(qtbot, window, "设置")
    assert "当前数据库：" in person.texts(page) and person.button(page, "立即备份").isEnabled()


def two_databases(pg_url, tmp_path):
    """A file with two meetings (the newer one, id 2, opens) and a server database with one
    meeting only (id 1, another name): what the second database lacks, the first had open."""
    server_with_meeting(pg_url)
    path = tmp_path / "prepared.sqlite3"
    meetings.init_database(path)
    with as_system():
        accounts.create_first_admin(ADMIN_LOGIN[0], "系统管理员", ADMIN_LOGIN[1])
        accounts.create_account(CLERK_LOGIN[0], "王会务", ActorRole.CLERK, CLERK_LOGIN[1])
        meetings.create_meeting(meetings.MeetingSettings(name="2027年度旧评审会", kind=Kind.ANNUAL, plan_year=2027,
                                                         budget=Decimal("100")))
        small_meeting(projects=2)
    return path


def test_the_connection_dialog_connects_shows_refusals_in_place_and_never_stores_the_password(
        qtbot, pg_url, pg_cluster, tmp_path, wait_tasks, artifacts):
    """Issue #12 item 7 too: the window had meeting 2 of a file open on the clerk's grid; the
    server database has no meeting 2, and no page asks it for one."""
    from zqdesk.gui.app import DATABASE_SETTING, settings

    path = two_databases(pg_url, tmp_path)
    netguard.allow_only(())
    window = start_program(qtbot, wait_tasks, ["--db", str(path)], CLERK_LOGIN)
    assert window.session.meeting_id == 2 and person.shown(window.header.title.text()) == "2028年度测试评审会"
    go_to(qtbot, window, "评分")
    wait_tasks()
    address = parse_location(pg_url)
    before = netguard.allowed_addresses()

    def cancel(dialog):
        fill_server(qtbot, dialog, address, PASSWORD)
        person.click_button(qtbot, dialog, "取消")

    def escape(dialog):
        fill_server(qtbot, dialog, address, PASSWORD)
        person.press(qtbot, Qt.Key.Key_Escape)

    for act in (cancel, escape):
        connect_from_settings(qtbot, window, act)
        assert window.status_db.text() == "数据库：prepared.sqlite3" and not window.session.on_server
        assert netguard.allowed_addresses() == before

    def connect(dialog):
        assert person.field(dialog, "端口").value() == 5432 and person.field(dialog, "数据库名").text() == "zqdesk"
        assert person.field(dialog, "数据库账号").text() == "zqdesk"
        person.click_button(qtbot, dialog, "连接")
        assert dialog.isVisible() and "请填写数据库服务器的IP地址" in dialog.message.text()
        fill_server(qtbot, dialog, address, "不对的口令")
        person.click_button(qtbot, dialog, "连接")
        assert dialog.isVisible() and "数据库账号或口令不正确" in dialog.message.text()
        assert "不对的口令" not in dialog.message.text()
        assert netguard.allowed_addresses() == before
        dialog.grab().save(str(artifacts / "screens" / "42-server-dialog-refused.png"))
        assert person.button(dialog, "以后启动时自动连接该服务器").isChecked()
        person.fill_field(qtbot, dialog, "口令", PASSWORD)
        person.press(qtbot, Qt.Key.Key_Return)  # in the password field: 连接

    dialog = connect_from_settings(qtbot, window, connect, login=CLERK_LOGIN)
    wait_tasks()
    assert dialog.address.password == PASSWORD
    assert window.session.on_server and netguard.allowed_addresses() == {(address.host, address.port)}
    assert window.status_db.text() == f"数据库服务器：{address.host}:{address.port}/{address.database}"
    # The server's meeting (id 1) is the open one; nothing asked for meeting 2 (a refusal would
    # have opened a message box or said so in the status bar).
    assert window.session.meeting_id == 1
    assert "没有编号为" not in status_message(window)
    go_to(qtbot, window, "评分")
    wait_tasks()
    assert "没有编号为" not in status_message(window) and person.no_dialog("未能完成")
    stored = settings().value(DATABASE_SETTING)
    assert stored == f"postgresql://zqdesk_test@127.0.0.1:{address.port}/{address.database}"
    assert PASSWORD not in stored
    assert parse_location(stored) == address  # compared without the password
    settings().remove(DATABASE_SETTING)
    window.close()


AWAY_PORT = 9  # nothing of a test machine listens on the discard port: refused at once


def test_a_server_that_cannot_be_reached_offers_retry_settings_or_quit(qtbot, pg_url, wait_tasks):
    """`zqdesk --db postgresql://…` with the server away: 重试 (the default, Enter), 连接设置…
    (the dialog connects in place), 退出 (also Esc) ends the program."""
    from zqdesk.gui.app import launch

    server_with_meeting(pg_url)
    right = parse_location(pg_url)
    away = f"postgresql://{right.user}@127.0.0.1:{AWAY_PORT}/{right.database}"
    seen = []

    def read_then(act):
        def answer(dialog):
            shown = person.texts(dialog)
            assert dialog.windowTitle() == "无法连接数据库服务器" and "无法连接" in shown
            buttons = [b for b in ("重试", "连接设置…", "改用本机数据库文件…", "退出") if person.has_button(dialog, b)]
            assert buttons == ["重试", "连接设置…", "改用本机数据库文件…", "退出"]
            assert person.shown(dialog.defaultButton().text()) == "重试"
            seen.append(shown)
            act(dialog)
        return answer

    # Esc: 退出. Enter: 重试, refused again, then 退出 pressed.
    with person.answer(qtbot, "无法连接数据库服务器", read_then(person.press_key(qtbot, Qt.Key.Key_Escape))):
        assert launch(["--db", away]) is None
    with person.answer(qtbot, "无法连接数据库服务器", read_then(person.press_button(qtbot, "退出"))):
        with person.answer(qtbot, "无法连接数据库服务器", read_then(person.press_key(qtbot, Qt.Key.Key_Return))):
            assert launch(["--db", away]) is None
    assert len(seen) == 3

    # 连接设置…: the address is there to correct; the right port and the password connect.
    def settings_dialog(dialog):
        assert person.field(dialog, "服务器IP地址").text() == "127.0.0.1"
        assert person.field(dialog, "数据库名").text() == right.database
        assert not person.has_button(dialog, "以后启动时自动连接该服务器")
        person.fill_field(qtbot, dialog, "端口", str(right.port))
        person.fill_field(qtbot, dialog, "口令", PASSWORD)
        person.click_button(qtbot, dialog, "连接")

    with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, *CLERK_LOGIN)):
        with person.answer(qtbot, "连接数据库服务器", settings_dialog):
            with person.answer(qtbot, "无法连接数据库服务器", read_then(person.press_button(qtbot, "连接设置…"))):
                window = launch(["--db", away])
    assert window is not None
    qtbot.addWidget(window)
    wait_tasks()
    assert window.session.on_server and window.status_db.text().endswith(f":{right.port}/{right.database}")
    assert person.shown(window.header.title.text()) == "2028年度测试评审会"
    window.close()


def test_the_program_started_with_a_server_address_lacking_its_database_says_so():
    """`zqdesk --db postgresql://zqdesk@192.0.2.7:5432` (no database name): said, not started."""
    program = subprocess.Popen([sys.executable, "-m", "zqdesk.gui.app", "--db", "postgresql://zqdesk@192.0.2.7:5432"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    _out, err = program.communicate(timeout=120)
    assert program.returncode == 2
    assert err.strip() and "Traceback" not in err


def test_the_administrator_moves_the_demo_meeting_from_a_file_to_the_server_in_the_window(
        qtbot, demo_db, pg_url, tmp_path, wait_tasks):
    """会议 → 导出评审会文件 on the PC where the meeting was prepared, 导入评审会文件 on the
    server: the same meeting, checked by its content fingerprint; a second import is refused."""
    from zqdesk.gui.models.stages import StatusRole
    from zqdesk.reports.fingerprint import meeting_fingerprint
    from zqdesk.services.demo import DEMO_PASSWORDS

    admin = ("admin", DEMO_PASSWORDS["admin"])
    close_database()
    meetings.init_database(pg_url)
    with as_system():
        accounts.create_first_admin("admin", "系统管理员", DEMO_PASSWORDS["admin"])
    close_database()
    netguard.allow_only(())
    window = start_program(qtbot, wait_tasks, ["--db", str(tmp_path / "demo.sqlite3")], CLERK_LOGIN)
    go_to(qtbot, window, "会议")
    page = window.pages["meeting"]
    assert not person.has_button(page, "导出评审会文件…")  # the clerk does not move meetings
    with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, *admin)):
        person.menu(qtbot, window, "文件", "切换用户…")
    wait_tasks()
    go_to(qtbot, window, "会议")
    assert person.has_button(page, "导出评审会文件…") and person.has_button(page, "导入评审会文件…")
    # The administrator reads no results: the stage list shows no counts (and no endless 正在统计…).
    assert window.stage_model.data(window.stage_model.index(1), StatusRole) == ""
    with as_system():
        before = meeting_fingerprint(1).hexdigest
    moved = tmp_path / "演示评审会.zqmeeting"
    person.click_cell(qtbot, page.table, 0)
    with person.answer(qtbot, "导出评审会文件", person.file_answer(qtbot, moved)):
        person.click_button(qtbot, page, "导出评审会文件…")
    wait_tasks()
    assert moved.exists()
    assert status_message(window).startswith(f"已导出评审会文件：{moved}（内容指纹 {before[:16]}）")

    address = parse_location(pg_url)

    def connect(dialog):
        fill_server(qtbot, dialog, address, PASSWORD)
        person.click_button(qtbot, dialog, "连接")

    connect_from_settings(qtbot, window, connect, login=admin)
    wait_tasks()
    assert window.session.on_server
    go_to(qtbot, window, "会议")
    assert person.table_text(page.table) == []
    with person.answer(qtbot, "导入评审会文件", person.file_answer(qtbot, moved)):
        person.click_button(qtbot, page, "导入评审会文件…")
    wait_tasks()
    assert status_message(window) == "已导入为评审会#1，内容与导出时一致（内容指纹已核对）。"
    assert len(person.table_text(page.table)) == 1
    with as_system():
        assert meeting_fingerprint(1).hexdigest == before
    with person.answer(qtbot, "导入评审会文件", person.file_answer(qtbot, moved)):  # the same file again
        person.click_button(qtbot, page, "导入评审会文件…")
    wait_tasks()
    box = person.dialog(qtbot, "未能完成")
    shown = person.texts(box)
    assert "已于" in shown and "导入为评审会#1" in shown and "未重复导入" in shown
    person.click_button(qtbot, box, "OK" if person.has_button(box, "OK") else "确定")
    with as_system():
        assert [m.id for m in meetings.list_meetings()] == [1]
    window.close()


def test_an_empty_server_database_is_initialised_from_the_dialog_when_asked(window, qtbot, pg_url, wait_tasks):
    """The first terminal of a room: the database the server's administrator created is empty;
    the dialog asks (取消: nothing made, said in place; 初始化: made), tells where the audit key
    made on this terminal is, and the first sign-in creates the administrator account. Another
    terminal then connects to it as to any initialised database, without the question."""
    address = parse_location(pg_url)
    asked, told = [], []

    def decline(box):
        asked.append(person.texts(box))
        person.click_button(qtbot, box, "取消")

    def initialise(box):
        asked.append(person.texts(box))
        person.click_button(qtbot, box, "初始化")

    def note_key(box):
        told.append(person.texts(box))
        assert not accounts.has_accounts()  # the first sign-in creates the administrator
        person.press(qtbot, Qt.Key.Key_Return, widget=box)

    def connect(dialog):
        fill_server(qtbot, dialog, address, PASSWORD)
        with person.answer(qtbot, "初始化服务器数据库", decline):
            person.click_button(qtbot, dialog, "连接")
        assert dialog.isVisible() and dialog.message.text() == "该数据库尚未初始化，未连接。"
        assert "是空的" in asked[0] and address.display in asked[0] and told == []
        assert tables_on_server(pg_url) == []
        with person.answer(qtbot, "服务器数据库已初始化", note_key):
            with person.answer(qtbot, "初始化服务器数据库", initialise):
                person.press(qtbot, Qt.Key.Key_Return, widget=person.field(dialog, "口令"))

    def first_admin(login):
        assert "创建系统管理员账号" in login.windowTitle()
        person.fill_field(qtbot, login, "账号", "roomadmin")
        person.fill_field(qtbot, login, "姓名", "评审室管理员")
        person.fill_field(qtbot, login, "密码", "Room@2027x")
        person.fill_field(qtbot, login, "再次输入", "Room@2027x")
        person.click_button(qtbot, login, "确定")

    def clerk_next(dialog):
        assert person.shown(person.field(dialog, "角色").currentText()) == "经办人"
        person.press(qtbot, Qt.Key.Key_Escape)

    go_to(qtbot, window, "设置")
    with person.answer(qtbot, "新建账号", clerk_next):
        with person.answer(qtbot, "创建系统管理员账号", first_admin):
            with person.answer(qtbot, "连接数据库服务器", connect) as seen:
                person.click_button(qtbot, window.pages["settings"], "连接数据库服务器…")
    wait_tasks()
    key_file = seen.seen.key_file
    assert key_file is not None and key_file.exists()
    [text] = told
    assert str(key_file) in text and "复制" in text
    assert window.session.on_server and window.session.actor.role is ActorRole.ADMIN
    with as_system():
        assert [row[1] for row in accounts.list_accounts()] == ["roomadmin"]
    # Another terminal (the same key here) connects to it as to any initialised database.
    again = connect_from_settings(qtbot, window, lambda d: (fill_server(qtbot, d, address, PASSWORD),
                                                            person.click_button(qtbot, d, "连接")),
                                  login=("roomadmin", "Room@2027x"))
    assert again.key_file is None and len(asked) == 2
    window.close()


def tables_on_server(pg_url):
    """What the server database holds, read behind the screen by SQL: its tables."""
    import psycopg2

    connection = psycopg2.connect(pg_url)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return [row[0] for row in cursor.fetchall()]
    finally:
        connection.close()
