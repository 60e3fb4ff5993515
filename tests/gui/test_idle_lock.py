"""The idle lock asks for the password and loses nothing typed; a dialog open when it comes is covered too."""

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import person
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
    person.press(qtbot, Qt.Key.Key_Escape, widget=lock.prompt_window)  # Esc does not unlock
    assert lock.locked and lock.prompt_window.isVisible()
    assert lock.try_unlock(DEMO_PASSWORDS["huiwu"])
    assert lock.prompt_window is None and not lock.covers and box.isVisible()
    box.close()
