"""A spreadsheet of scores imported with a preview."""

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
