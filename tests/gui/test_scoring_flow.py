"""Scoring three ways in the window: the clerk's grid by keyboard only, the expert at the
keyboard (who sees nobody else's scores before submitting), and a score file."""

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


def test_clerk_grid_by_keyboard_only(window, qtbot, wait_tasks):
    meeting_id = open_meeting(window, wait_tasks)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.grid)
    wait_tasks()
    grid = page.grid
    window.activateWindow()
    grid.expert.setCurrentIndex(grid.expert.findData(expert_id(meeting_id, "吴专家")))
    wait_tasks()
    qtbot.waitUntil(lambda: grid.model is not None and grid.model.rowCount() == 3)
    view = grid.view
    start = view.currentIndex()
    assert (start.row(), start.column()) == (0, grid.model.FIXED)  # the first empty criterion

    def editor() -> QLineEdit:
        qtbot.waitUntil(lambda: isinstance(view.indexWidget(view.currentIndex()) or
                                           QApplication.focusWidget(), QLineEdit))
        widget = QApplication.focusWidget()
        assert isinstance(widget, QLineEdit)
        return widget

    def type_value(text: str, key=Qt.Key.Key_Return) -> None:
        widget = editor()
        widget.selectAll()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, key)

    # Row 1: Enter saves and moves to the next criterion, Tab too.
    type_value("25")
    type_value("24.5", Qt.Key.Key_Tab)
    type_value("18")
    type_value("16")
    # After the last criterion the recommendation column follows; leave it with Enter.
    combo_cell = view.currentIndex()
    assert combo_cell.column() == grid.model.recommendation_column()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == grid.model.FIXED

    # An impossible value is refused in place: the editor stays, nothing is saved.
    widget = editor()
    qtbot.keyClicks(widget, "31")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is widget and widget.text() == "31"
    assert "必要性应为0至30之间的整数或0.5分" in grid.message.text()
    qtbot.keyClicks(widget, "x")  # not a number at all: the keystroke itself is refused
    assert widget.text() == "31"
    widget.selectAll()
    qtbot.keyClicks(widget, "12.3")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is widget
    type_value("22")
    for value in ("20", "15", "14.5"):
        type_value(value)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for value in ("28", "27", "19", "18.5"):
        type_value(value)

    sheet = {line.code: line for line in scoring.expert_sheet(meeting_id, expert_id(meeting_id, "吴专家"))}
    assert sheet["ZQ-2028-001"].points == {"necessity": Decimal(25), "feasibility": Decimal("24.5"),
                                           "security": Decimal(18), "sharing": Decimal(16)}
    assert sheet["ZQ-2028-002"].points["necessity"] == Decimal(22)
    assert sum(sheet["ZQ-2028-003"].points.values()) == Decimal("92.5")
    assert grid.model.data(grid.model.index(0, grid.model.total_column())) == "83.5"
    assert "已录入 3 / 3" in grid.progress.text()

    grid._confirmed(True)  # the clerk checked the signed paper sheet and submits
    wait_tasks()
    assert all(line.submitted for line in scoring.expert_sheet(meeting_id, expert_id(meeting_id, "吴专家")))
    qtbot.waitUntil(lambda: grid.model.rowCount() == 3 and grid.model.line(0).submitted)
    assert not (grid.model.flags(grid.model.index(0, grid.model.FIXED)) & Qt.ItemFlag.ItemIsEditable)


def test_expert_scores_at_the_keyboard_and_sees_no_one_else_first(window, qtbot, wait_tasks):
    meeting_id = open_meeting(window, wait_tasks)
    other, me = expert_id(meeting_id, "郑专家"), expert_id(meeting_id, "吴专家")
    for code in ("ZQ-2028-001", "ZQ-2028-002", "ZQ-2028-003"):  # another expert has already scored
        for key, value in (("necessity", 10), ("feasibility", 10), ("security", 10), ("sharing", 10)):
            scoring.enter_score(meeting_id, other, code, key, Decimal(value))
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
    # A value out of range is refused in place and the saved value comes back.
    desk.table.selectRow(0)
    field = form.fields["security"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "25")
    form.fields["sharing"].setFocus()
    assert field.text() == "17" and "安全性应为0至20之间" in desk.message.text()

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


def test_score_file_import_with_preview(window, qtbot, tmp_path, wait_tasks):
    meeting_id = open_meeting(window, wait_tasks)
    window.go_to("scoring")
    page = window.pages["scoring"]
    path = tmp_path / "scores.csv"
    path.write_text("专家,项目编号,必要性,可行性,安全性,协同共享范围,评审建议\n"
                    "郑专家,ZQ-2028-001,20,20,15,15,同意\n"
                    "郑专家,ZQ-2028-002,21,19.5,15,14,同意\n"
                    "郑专家,ZQ-2028-003,22,20,16,15,修改完善后同意\n", encoding="utf-8")
    dialog = page.import_scores(path)
    qtbot.addWidget(dialog)
    wait_tasks()
    assert dialog.preview_model.rowCount() == 3
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    wait_tasks()
    assert all(line.submitted for line in scoring.expert_sheet(meeting_id, expert_id(meeting_id, "郑专家")))


def test_clerk_corrects_a_submitted_score_with_a_reason(window, qtbot, wait_tasks):
    from zqdesk.gui.dialogs.amend import AmendDialog

    meeting_id = open_meeting(window, wait_tasks)
    me = expert_id(meeting_id, "吴专家")
    for code in ("ZQ-2028-001", "ZQ-2028-002", "ZQ-2028-003"):
        for key in ("necessity", "feasibility", "security", "sharing"):
            scoring.enter_score(meeting_id, me, code, key, Decimal(15))
    scoring.submit(meeting_id, me)
    from zqdesk.services import meetings

    criterion = next(c for c in meetings.meeting_criteria(meetings.get_meeting(meeting_id)) if c.key == "necessity")
    dialog = AmendDialog(window, meeting_id, me, "吴专家", "ZQ-2028-002", criterion, Decimal(15))
    qtbot.addWidget(dialog)
    dialog.value.setText("25")
    dialog.accept()
    assert "理由" in dialog.message.text()  # no reason, no change
    dialog.reason.setPlainText("录入时看错，纸质评分表为25分")
    dialog.accept()
    assert dialog.result() == AmendDialog.DialogCode.Accepted
    line = next(x for x in scoring.expert_sheet(meeting_id, me) if x.code == "ZQ-2028-002")
    assert line.points["necessity"] == Decimal(25) and line.submitted
