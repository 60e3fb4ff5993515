"""The clerk's grid as a terminal of the room's server (issue #8): kept cells marked and saved; kept scores of an earlier run saved at sign-in; the status bar says while the server is away."""

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
