"""修改已提交的分数… as the clerk uses it against a signed paper sheet (issue #12): Esc and 取消
change nothing; 31 is refused in place; Enter without a reason is refused in place; 确定 with a
reason corrects the score, and the audit keeps the old value beside the new."""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.conftest import start_on_small_meeting
from tests.gui.helpers import as_system, expert_id
from zqdesk.services import scoring
from zqdesk.storage.models import AuditEntry

TITLE = "修改已提交的分数"


def test_a_submitted_score_is_corrected_only_with_a_reason(qtbot, db_path, tmp_path, wait_tasks):
    window, meeting_id = start_on_small_meeting(qtbot, db_path, wait_tasks)
    with as_system():
        wu = expert_id(meeting_id, "吴专家")
        for code in ("ZQ-2028-001", "ZQ-2028-002", "ZQ-2028-003"):
            for key in ("necessity", "feasibility", "security", "sharing"):
                scoring.enter_score(meeting_id, wu, code, key, Decimal(15))
            scoring.save_review(meeting_id, wu, code, recommendation="同意")
        scoring.submit(meeting_id, wu)
    person.menu(qtbot, window, "阶段", "评分")
    wait_tasks()
    page = window.pages["scoring"]
    person.tab(qtbot, page.tabs, "经办人录入纸质评分表")
    grid = page.grid
    person.choose(qtbot, grid.expert, "2. 吴专家")
    wait_tasks()
    qtbot.waitUntil(lambda: grid.model is not None and grid.model.rowCount() == 3)
    person.click_cell(qtbot, grid.view, 0, grid.model.FIXED)  # ZQ-2028-001, 必要性

    for way in (person.press_key(qtbot, Qt.Key.Key_Escape), person.press_button(qtbot, "取消")):
        with person.answer(qtbot, TITLE, way):
            person.click_button(qtbot, grid, "修改已提交的分数…")

    def correct(dialog):
        assert person.field(dialog, "新分数").text() == "15"
        person.fill_field(qtbot, dialog, "新分数", "31")
        person.click_button(qtbot, dialog, "确定")
        assert dialog.isVisible() and "0至30之间" in person.texts(dialog)
        person.fill_field(qtbot, dialog, "新分数", "25")
        person.press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible() and "须写明理由" in person.texts(dialog)
        person.click_into(qtbot, person.field(dialog, "修改理由"))
        person.type_text(qtbot, "录入时看错纸质评分表，该项为25分")
        person.click_button(qtbot, dialog, "确定")

    with person.answer(qtbot, TITLE, correct):
        person.click_button(qtbot, grid, "修改已提交的分数…")
    wait_tasks()
    with as_system():
        line = next(x for x in scoring.expert_sheet(meeting_id, wu) if x.code == "ZQ-2028-001")
        entry = AuditEntry.select().order_by(AuditEntry.seq.desc()).get()
    assert line.points["necessity"] == Decimal(25) and line.submitted
    assert entry.reason == "录入时看错纸质评分表，该项为25分"
    assert "15" in json.dumps(entry.old) and "25" in json.dumps(entry.new)
