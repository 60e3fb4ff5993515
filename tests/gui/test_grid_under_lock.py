"""The clerk's grid through the idle lock and reloads: the cell being typed stays open."""

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


def test_another_terminal_s_scores_show_while_a_grid_cell_is_typed(window, qtbot, wait_tasks):
    """The sheet is read again and the lines that changed redrawn in place: the cell being
    typed keeps its editor and what was typed, and a value saved meanwhile into that very cell
    is not overwritten unseen."""
    from decimal import Decimal

    from PySide6.QtWidgets import QLineEdit

    from tests.gui.helpers import as_system, expert_id, small_meeting
    from zqdesk.gui.session import SCORES
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
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "2")
    model = grid.model
    with as_system():  # another terminal: the cell being typed, and one on the next line
        scoring.enter_score(meeting_id, wu, "ZQ-2028-001", "necessity", Decimal(10))
        scoring.enter_score(meeting_id, wu, "ZQ-2028-002", "necessity", Decimal(12))
    window.session.notify(SCORES)  # (what zqdesk.gui.live says when it sees the write)
    wait_tasks()
    qtbot.waitUntil(lambda: model.data(model.index(1, model.FIXED)) == "12")
    assert grid.model is model and QApplication.focusWidget() is editor and editor.text() == "2"
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "已被其他终端改为10分" in grid.message.text()
    assert scoring.expert_sheet(meeting_id, wu)[0].points["necessity"] == 10
    qtbot.waitUntil(lambda: model.data(model.index(0, model.FIXED)) == "10")
