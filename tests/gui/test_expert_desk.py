"""The expert scores at the keyboard and sees nobody else's scores first (issue #12: to be driven as a person)."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.helpers import as_system, expert_id, small_meeting
from zqdesk.services.access import ActorRole as Role
from zqdesk.services import scoring


def open_meeting(window, wait_tasks) -> int:
    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    wait_tasks()
    return meeting_id


def test_expert_scores_at_the_keyboard_and_sees_no_one_else_first(window, qtbot, wait_tasks):
    meeting_id = open_meeting(window, wait_tasks)
    other, me = expert_id(meeting_id, "郑专家"), expert_id(meeting_id, "吴专家")
    for code in ("ZQ-2028-001", "ZQ-2028-002", "ZQ-2028-003"):  # another expert has already scored
        for key, value in (("necessity", 10), ("feasibility", 10), ("security", 10), ("sharing", 10)):
            scoring.enter_score(meeting_id, other, code, key, Decimal(value))
        scoring.save_review(meeting_id, other, code, recommendation="同意")
    scoring.submit(meeting_id, other)

    window.go_to("scoring")
    page = window.pages["scoring"]
    wait_tasks()
    desk = page.desk
    login = desk.login.ui
    login.expertCombo.setCurrentIndex(login.expertCombo.findData(me))
    qtbot.keyClicks(login.pinEdit, "9999")
    qtbot.mouseClick(login.loginButton, Qt.MouseButton.LeftButton)
    assert "PIN不正确" in login.messageLabel.text()
    assert window.session.user.role is Role.CLERK
    login.pinEdit.clear()
    qtbot.keyClicks(login.pinEdit, "1234")
    qtbot.keyClick(login.pinEdit, Qt.Key.Key_Return)
    assert window.session.user.role is Role.EXPERT and window.session.user.expert_id == me
    assert window.current_stage() == "scoring"
    window.go_to("discussion")  # every other stage is closed to the expert at the keyboard
    assert window.current_stage() == "scoring"
    assert "专家 吴专家" in window.status_user.text()
    wait_tasks()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3)
    form = desk.form
    assert form.line.code == "ZQ-2028-001"
    assert form.panel_box.isHidden() and form.panel_label.text() == ""  # others' scores not shown
    assert "10" not in form.facts.text()

    window.activateWindow()
    for row in range(3):
        desk.table.selectRow(row)
        wait_tasks()
        assert form.panel_box.isHidden()
        for key, value in (("necessity", "26"), ("feasibility", "25.5"), ("security", "17"), ("sharing", "16")):
            field = form.fields[key]
            field.setFocus()
            field.selectAll()
            qtbot.keyClicks(field, value)
            form.fields["sharing" if key != "sharing" else "necessity"].setFocus()  # leaving saves
        form.recommendation.setCurrentIndex(form.recommendation.findText("同意"))
        form.recommendation.activated.emit(form.recommendation.currentIndex())
    # A value out of range is refused in place: kept as typed, marked, the reason beside it; the
    # saved value stays in the database.
    desk.table.selectRow(0)
    field = form.fields["security"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "25")
    form.fields["sharing"].setFocus()
    assert field.text() == "25" and "安全性应为0至20之间" in desk.message.text()
    assert "安全性应为0至20之间" in form.errors["security"].text()

    sheet = {line.code: line for line in scoring.expert_sheet(meeting_id, me)}
    assert sheet["ZQ-2028-002"].points == {"necessity": Decimal(26), "feasibility": Decimal("25.5"),
                                           "security": Decimal(17), "sharing": Decimal(16)}
    assert sheet["ZQ-2028-003"].recommendation == "同意"
    assert desk.bar.value() == 3 and desk.bar.maximum() == 3
    assert not scoring.can_see_panel(meeting_id, me)

    assert not desk.sign_and_submit("0000")  # the PIN is the signature
    assert desk.sign_and_submit("1234")
    wait_tasks()
    assert all(line.submitted for line in scoring.expert_sheet(meeting_id, me))
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3 and desk.model.row(0).submitted)
    desk.table.selectRow(1)
    wait_tasks()
    assert form.panel_box.isHidden()  # submitted, but the chair has not opened the panel view

    from zqdesk.services import meetings

    with as_system():
        meetings.open_panel_view(meeting_id)
    desk.table.selectRow(0)
    wait_tasks()
    qtbot.waitUntil(lambda: not form.panel_box.isHidden())
    assert "郑专家：40" in form.panel_label.text() and "吴专家：84.5" in form.panel_label.text()

    desk.log_out()
    assert window.session.user.role is Role.CLERK
    window.go_to("discussion")
    assert window.current_stage() == "discussion"
