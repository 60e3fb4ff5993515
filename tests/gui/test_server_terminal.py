"""The window as a terminal of the review room's database server (issue #8): it opens a
postgresql:// database, lets exactly that address through the network guard, keeps what the
expert or the clerk types while the server is away — marked, and said — and saves it when the
server is back, never over what another terminal saved meanwhile. The server is really stopped
(pg_ctl stop) and started again."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import CLERK
from tests.gui.helpers import as_system, expert_id, small_meeting
from zqdesk import netguard
from zqdesk.services import scoring
from zqdesk.services.access import Actor, ActorRole, acting_as
from zqdesk.storage.location import parse_location

D = Decimal
FIRST = "ZQ-2028-001"


@pytest.fixture
def restartable(pg_cluster):
    if not pg_cluster.can_restart:
        pytest.skip("an external test server is never stopped")
    return pg_cluster


@pytest.fixture
def terminal(qtbot, pg_url, wait_tasks):
    """A window connected to a fresh server database holding the small test meeting."""
    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.services import meetings

    meetings.init_database(pg_url)
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1360, 860)
    w.show()
    netguard.allow_only(())  # nothing allowed until the window chooses the server
    assert w.open_path(parse_location(pg_url), create=False)
    w.session.sign_in_staff(CLERK)
    meeting_id = small_meeting()
    w.session.select_meeting(meeting_id)
    wait_tasks()
    yield w, meeting_id
    w.session.saver.stop()


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


def saved(meeting_id, expert):
    with as_system():
        return {line.code: dict(line.points) for line in scoring.expert_sheet(meeting_id, expert)}


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


def test_the_expert_s_scores_are_kept_while_the_server_is_away_and_saved_when_it_is_back(
        terminal, restartable, qtbot, wait_tasks, artifacts):
    window, meeting_id = terminal
    me = expert_id(meeting_id, "吴专家")
    desk = expert_at_the_desk(window, qtbot, wait_tasks, meeting_id)
    form = desk.form
    window.activateWindow()
    type_score(qtbot, form, "necessity", "26")
    assert "已保存" in desk.message.text()
    restartable.stop()
    try:
        type_score(qtbot, form, "feasibility", "25.5")
        assert "连接中断" in desk.message.text() and "25.5分已暂存在本机" in desk.message.text()
        type_score(qtbot, form, "security", "17")
        # The fields show what was typed, marked; the project's line says it is not on the server.
        assert form.fields["feasibility"].text() == "25.5" and "暂存" in form.fields["feasibility"].toolTip()
        assert form.fields["necessity"].toolTip() == ""
        assert desk.model.state(desk.model.row(0)) == "暂存本机"
        window.grab().save(str(artifacts / "screens" / "40-server-away-expert-desk.png"))
        kept = window.session.saver.kept_cells(meeting_id, me)
        assert kept == {(FIRST, "feasibility"): D("25.5"), (FIRST, "security"): D(17)}
        # Submitting is refused while something is kept, and says why.
        assert not desk.sign_and_submit("1234")
        assert "暂存在本机" in desk.message.text()
        # A background try while the server is still away: nothing lost, nothing said.
        window.session.saver.flush_soon()
        wait_tasks()
        assert len(window.session.saver.queue.pending()) == 2
    finally:
        restartable.start()
    window.session.saver.flush_soon()
    wait_tasks()
    assert "连接已恢复，暂存在本机的2个分数已保存到服务器" in desk.message.text()
    assert not window.session.saver.has_kept()
    assert desk.model.state(desk.model.row(0)) == "未评完"
    assert form.fields["feasibility"].toolTip() == ""
    assert saved(meeting_id, me)[FIRST] == {"necessity": D(26), "feasibility": D("25.5"), "security": D(17)}


def test_a_kept_score_is_not_saved_over_another_terminal_s_and_the_expert_is_told(
        terminal, restartable, qtbot, wait_tasks):
    window, meeting_id = terminal
    me = expert_id(meeting_id, "吴专家")
    desk = expert_at_the_desk(window, qtbot, wait_tasks, meeting_id)
    window.activateWindow()
    restartable.stop()
    try:
        type_score(qtbot, desk.form, "security", "15")
        assert "暂存在本机" in desk.message.text()
    finally:
        restartable.start()
    # Meanwhile the clerk, at another terminal, types 吴专家's signed paper sheet.
    with acting_as(Actor("会务", ActorRole.CLERK, user_id=1)):
        scoring.enter_score(meeting_id, me, FIRST, "security", D(18), expected=None)
    window.session.saver.flush_soon()
    wait_tasks()
    assert "已被其他终端改为18分，本次输入的15分未保存" in desk.message.text()
    qtbot.waitUntil(lambda: desk.form.fields["security"].text() == "18")  # the sheet read again
    assert saved(meeting_id, me)[FIRST] == {"security": D(18)}
    assert not window.session.saver.has_kept()


def test_the_clerk_s_grid_marks_kept_cells_and_clears_them_once_saved(terminal, restartable, qtbot, wait_tasks,
                                                                     artifacts):
    window, meeting_id = terminal
    other = expert_id(meeting_id, "郑专家")
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.grid)
    wait_tasks()
    grid = page.grid
    grid.expert.setCurrentIndex(grid.expert.findData(other))
    wait_tasks()
    qtbot.waitUntil(lambda: grid.model is not None and grid.model.rowCount() == 3)
    model = grid.model
    cell = model.index(1, model.FIXED)  # 必要性 of the second project
    restartable.stop()
    try:
        assert model.setData(cell, "27")
        assert "暂存在本机" in grid.message.text()
        assert model.data(cell, Qt.ItemDataRole.BackgroundRole).name() == "#fef0c7"
        assert "暂存" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
        assert model.data(cell) == "27"
        window.grab().save(str(artifacts / "screens" / "41-server-away-clerk-grid.png"))
        grid._confirmed(True)  # 提交 while a score is kept: refused, with the reason
        assert "暂存在本机" in grid.message.text()
    finally:
        restartable.start()
    window.session.saver.flush_soon()
    wait_tasks()
    assert "已保存到服务器" in grid.message.text()
    assert grid.model.data(grid.model.index(1, grid.model.FIXED), Qt.ItemDataRole.BackgroundRole) is None
    assert saved(meeting_id, other)["ZQ-2028-002"] == {"necessity": D(27)}


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


def test_scores_kept_by_an_earlier_run_are_saved_once_someone_who_may_write_them_signs_in(
        qtbot, pg_url, restartable, wait_tasks):
    """The app was closed while the server was away: the journal on this terminal still holds
    the score, and the next start saves it (services.unsaved.journal_for names it per database)."""
    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.services import meetings, unsaved

    meetings.init_database(pg_url)
    meeting_id = small_meeting()
    me = expert_id(meeting_id, "吴专家")
    earlier_run = unsaved.UnsavedScores(unsaved.journal_for(pg_url))
    restartable.stop()
    try:
        with acting_as(Actor("吴专家", ActorRole.EXPERT, expert_id=me, meeting_id=meeting_id)):
            kept = earlier_run.enter(meeting_id, me, FIRST, "sharing", D(14), expected=None)
        assert kept.status == unsaved.KEPT
    finally:
        restartable.start()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(parse_location(pg_url), create=False)
    assert window.session.saver.has_kept()  # read back from this terminal's journal
    window.session.sign_in_staff(CLERK)  # the clerk may write every sheet of the meeting
    wait_tasks()
    assert not window.session.saver.has_kept()
    assert saved(meeting_id, me)[FIRST] == {"sharing": D(14)}


def test_the_status_bar_says_while_the_server_cannot_be_reached(terminal, restartable, wait_tasks, artifacts):
    window, _meeting_id = terminal
    banner = window.status.offline
    window.live.poll()
    wait_tasks()
    assert banner.isHidden()
    restartable.stop()
    try:
        window.live.poll()
        wait_tasks()
        assert not banner.isHidden() and banner.text() == "服务器连接中断，正在重试…"
        window.grab().save(str(artifacts / "screens" / "44-server-away-status-bar.png"))
    finally:
        restartable.start()
    window.live.poll()
    wait_tasks()
    assert banner.isHidden()
    assert window.statusBar().currentMessage() == "已重新连接数据库服务器。"


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


def test_an_opinion_written_while_the_server_is_away_is_kept_shown_and_saved(terminal, restartable, qtbot, wait_tasks):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    window, meeting_id = terminal
    me = expert_id(meeting_id, "吴专家")
    desk = expert_at_the_desk(window, qtbot, wait_tasks, meeting_id)
    form = desk.form
    text = "建设内容与市大数据平台重复，建议整合后再报。"
    restartable.stop()
    try:
        form.opinion.setPlainText(text)
        QApplication.sendEvent(form.opinion, QFocusEvent(QEvent.Type.FocusOut))  # leaving the box saves it
        assert "项目ZQ-2028-001的评审意见已暂存在本机" in desk.message.text()
        assert desk.model.state(desk.model.row(0)) == "暂存本机"
        # To another project and back: what was written is still there, not the empty saved one.
        desk.table.selectRow(1)
        assert form.opinion.toPlainText() == ""
        desk.table.selectRow(0)
        assert form.opinion.toPlainText() == text
        assert not desk.sign_and_submit("1234") and "暂存在本机" in desk.message.text()
    finally:
        restartable.start()
    window.session.saver.flush_soon()
    wait_tasks()
    assert "项目ZQ-2028-001的评审意见已保存到服务器" in desk.message.text()
    with as_system():
        [line] = [x for x in scoring.expert_sheet(meeting_id, me) if x.code == FIRST]
    assert line.opinion == text


def test_the_idle_lock_says_why_it_cannot_unlock_while_the_server_is_away(terminal, restartable, qtbot, wait_tasks):
    window, meeting_id = terminal
    desk = expert_at_the_desk(window, qtbot, wait_tasks, meeting_id)
    lock = window.idle_lock
    assert lock.lock_now()
    restartable.stop()
    try:
        assert not lock.try_unlock("1234")
        assert lock.locked and "暂时无法核对密码或PIN" in lock.prompt().message.text()
    finally:
        restartable.start()
    assert lock.try_unlock("1234") and not lock.locked
    assert window.session.seat is not None and desk.currentIndex() == 1  # still the expert's sheet
