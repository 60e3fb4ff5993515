"""The clerk's grid typed from signed paper sheets by keyboard only; a submitted score corrected with a reason."""

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
    # After the last criterion the recommendation column follows: Down chooses 同意, Enter moves on.
    combo_cell = view.currentIndex()
    assert combo_cell.column() == grid.model.recommendation_column()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == grid.model.FIXED

    # An impossible value is refused in place: the editor stays, nothing is saved.
    widget = editor()
    qtbot.keyClicks(widget, "31")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is widget and widget.text() == "31"
    assert "必要性应为0至30之间的整数或0.5分" in grid.message.text()
    qtbot.keyClicks(widget, "x")  # not a number at all: kept as typed too, and refused in place
    assert widget.text() == "31x"
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget and widget.text() == "31x"
    widget.selectAll()
    qtbot.keyClicks(widget, "12.3")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is widget
    type_value("22")
    for value in ("20", "15", "14.5"):
        type_value(value)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    for value in ("28", "27", "19", "18.5"):
        type_value(value)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

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
