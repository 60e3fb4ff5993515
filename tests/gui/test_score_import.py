"""A spreadsheet of scores imported through 导入评分文件… (issue #12): previewed, then written only
once the clerk confirms that every expert's paper sheet is signed — the audit says so; Esc on
that question writes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import start_on_small_meeting
from tests.gui.helpers import as_system, expert_id
from zqdesk.services import scoring
from zqdesk.storage.models import AuditEntry

TITLE = "导入评分文件"
CONFIRM = "核对纸质评分表"


def test_score_file_import_waits_for_the_signed_paper_sheets(qtbot, db_path, tmp_path, wait_tasks):
    window, meeting_id = start_on_small_meeting(qtbot, db_path, wait_tasks)
    path = tmp_path / "scores.csv"
    path.write_text("专家,项目编号,必要性,可行性,安全性,协同共享范围,评审建议\n"
                    "郑专家,ZQ-2028-001,20,20,15,15,同意\n"
                    "郑专家,ZQ-2028-002,21,19.5,15,14,同意\n"
                    "郑专家,ZQ-2028-003,22,20,16,15,修改完善后同意\n", encoding="utf-8")
    person.menu(qtbot, window, "阶段", "评分")
    wait_tasks()
    page = window.pages["scoring"]
    person.tab(qtbot, page.tabs, "导入评分文件")
    with person.answer(qtbot, TITLE, person.file_answer(qtbot, path)):
        person.click_button(qtbot, page, "导入评分文件…")
    dialog = person.dialog(qtbot, TITLE)
    wait_tasks()
    assert len(person.table_text(dialog.table)) == 3

    def read_then_esc(box):
        assert "郑专家" in person.texts(box) and "已签名" in person.texts(box)
        person.press(qtbot, Qt.Key.Key_Escape)

    with person.answer(qtbot, CONFIRM, read_then_esc):
        person.click_button(qtbot, dialog, "导入")
    wait_tasks()
    assert dialog.isVisible()  # back at the preview, nothing written
    with as_system():
        assert not any(line.points for line in scoring.expert_sheet(meeting_id, expert_id(meeting_id, "郑专家")))

    with person.answer(qtbot, CONFIRM, person.press_button(qtbot, "已核对签名，导入")):
        person.click_button(qtbot, dialog, "导入")
    wait_tasks()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert "已核对签名，视为已提交" in window.statusBar().currentMessage()
    with as_system():
        lines = scoring.expert_sheet(meeting_id, expert_id(meeting_id, "郑专家"))
        assert all(line.submitted for line in lines) and len(lines) == 3
        actions = [entry.action for entry in AuditEntry.select()]
    assert actions.count("导入评分（经办人已核对纸质评分表签名）") == 3
