"""The program fits a 1366×768 office laptop (issue #12): the first window with its status bar,
and the 新建评审会 dialog's buttons, with normal and with large text. Judged on the real X
server of tests/gui/test_on_x11.py, whose screen is exactly that size; skipped elsewhere."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication

from tests.gui import person
from tests.gui.conftest import CLERK_LOGIN
from tests.gui.helpers import as_system
from zqdesk.gui.app import create_application, launch
from zqdesk.services import accounts
from zqdesk.services.access import ActorRole

pytestmark = pytest.mark.skipif(os.environ.get("ZQDESK_TEST_ON_X11") != "1",
                                reason="judged on the 1366×768 X server of test_on_x11.py")


def on_screen(widget) -> QRect:
    """Where the widget is, in screen coordinates."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@pytest.fixture
def clerk_database(db_path):
    with as_system():
        accounts.create_first_admin("admin", "系统管理员", "Admin@2027")
        accounts.create_account(CLERK_LOGIN[0], "王会务", ActorRole.CLERK, CLERK_LOGIN[1])
    from zqdesk.storage.db import close_database

    close_database()
    return db_path


@pytest.mark.parametrize("large_text", [False, True], ids=["normal-text", "large-text"])
def test_the_first_window_and_the_meeting_dialog_fit_a_1366x768_screen(qtbot, clerk_database, wait_tasks, large_text):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1366, 768)
    argv = ["--db", str(clerk_database)] + (["--large-text"] if large_text else [])
    try:
        with person.answer(qtbot, "登录", lambda d: person.sign_in(qtbot, d, *CLERK_LOGIN)):
            window = launch(argv)
        qtbot.addWidget(window)
        wait_tasks()
        qtbot.waitUntil(window.isVisible)
        assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
        assert screen.contains(on_screen(window.statusBar())) and person.is_showing(window.statusBar())

        def look(dialog):
            frame = dialog.frameGeometry()
            assert screen.contains(frame), (frame, screen)
            for text in ("确定", "取消"):
                assert screen.contains(on_screen(person.button(dialog, text))), text
            person.press(qtbot, Qt.Key.Key_Escape)

        with person.answer(qtbot, "新建评审会", look):
            person.click_button(qtbot, window.pages["meeting"], "新建评审会…")
        window.close()
    finally:
        create_application(large_text=False)  # the next tests' type size
