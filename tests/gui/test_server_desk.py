"""The expert's desk as a terminal of the room's server (issue #8): scores and review texts kept while the server is away, saved when it is back, never over another terminal's."""

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
