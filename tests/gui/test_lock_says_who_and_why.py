"""The lock says who was signed in and why it locked, and whoever is signed in at the terminal
can lift it (issue #12): an expert at the clerk's terminal by the PIN, or the clerk by the
password; Ctrl+L does not claim minutes without input."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import CLERK_LOGIN, start_on_small_meeting
from zqdesk.gui import idlelock


def program(qtbot, db_path, wait_tasks):
    return start_on_small_meeting(qtbot, db_path, wait_tasks)[0]


def unlock_with(qtbot, window, secret: str, field: str = "密码") -> None:
    person.click_into(qtbot, person.field(window, field))
    qtbot.keyClicks(person.focused(), secret)
    person.press(qtbot, Qt.Key.Key_Return)


def test_ctrl_l_says_who_locked_it_and_the_password_lifts_it(qtbot, db_path, wait_tasks):
    window = program(qtbot, db_path, wait_tasks)
    person.shortcut(qtbot, window, "Ctrl+L")
    shown = person.texts(window)
    assert "王会务（经办人）锁定了屏幕" in shown and "分钟无操作" not in shown
    assert "请输入王会务的密码继续" in shown
    unlock_with(qtbot, window, "Wrong@2027")
    assert "已锁定" in person.texts(window)
    unlock_with(qtbot, window, CLERK_LOGIN[1])
    assert "已锁定" not in person.texts(window)


def test_an_expert_at_the_clerks_terminal_unlocks_by_pin_or_the_clerk_by_password(qtbot, db_path, wait_tasks):
    window = program(qtbot, db_path, wait_tasks)
    person.menu(qtbot, window, "阶段", "评分")
    wait_tasks()
    desk = window.pages["scoring"].desk
    person.choose(qtbot, desk.login.ui.expertCombo, "吴专家")
    person.click_into(qtbot, desk.login.ui.pinEdit)
    qtbot.keyClicks(person.focused(), "1234")
    person.press(qtbot, Qt.Key.Key_Return)
    wait_tasks()
    for secret in ("1234", CLERK_LOGIN[1]):
        person.shortcut(qtbot, window, "Ctrl+L")
        assert "请输入吴专家的PIN，或王会务的密码继续" in person.texts(window)
        unlock_with(qtbot, window, secret, "PIN或密码")
        assert "已锁定" not in person.texts(window)
        assert "专家 吴专家" in window.status_user.text()  # the expert is still at the desk


def test_a_lock_for_idleness_counts_the_minutes(qtbot, db_path, wait_tasks, monkeypatch):
    window = program(qtbot, db_path, wait_tasks)
    later = idlelock.time.monotonic() + 3600
    monkeypatch.setattr(idlelock.time, "monotonic", lambda: later)  # an hour without input
    qtbot.waitUntil(lambda: "已锁定" in person.texts(window), timeout=8000)
    assert "分钟无操作，屏幕已锁定（登录者：王会务（经办人））" in person.texts(window)


def test_a_lock_over_an_open_dialog_keeps_what_was_typed_there(qtbot, db_path, wait_tasks, monkeypatch):
    """The lock comes while 新建评审会 is open: its card is a window of its own above the dialog;
    Esc there does not unlock; the password and Enter do, and the dialog still holds the name typed."""
    window = program(qtbot, db_path, wait_tasks)
    seen = {}

    def while_typing(dialog):
        person.fill_field(qtbot, dialog, "评审会名称", "2029年度评审会")
        later = idlelock.time.monotonic() + 3600
        monkeypatch.setattr(idlelock.time, "monotonic", lambda: later)
        prompt = person.dialog(qtbot, "已锁定", timeout=8000)
        person.press(qtbot, Qt.Key.Key_Escape, widget=prompt)
        assert prompt.isVisible()  # Esc does not unlock
        person.click_into(qtbot, person.field(prompt, "密码"))
        qtbot.keyClicks(person.focused(), CLERK_LOGIN[1])
        person.press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not prompt.isVisible())
        seen["name"] = person.field(dialog, "评审会名称").text()
        person.press(qtbot, Qt.Key.Key_Escape, widget=dialog)

    with person.answer(qtbot, "评审会设置", while_typing):
        person.click_button(qtbot, window.pages["meeting"], "评审会设置…")
    assert seen["name"] == "2029年度评审会"
