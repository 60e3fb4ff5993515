"""The idle lock on a server terminal says why it cannot unlock while the server is away."""

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
