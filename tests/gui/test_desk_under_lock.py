"""The expert's desk through the idle lock and a reload: a half-typed score survives."""

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
