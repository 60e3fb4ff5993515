"""Creating a meeting in its dialog, importing applications and the panel with a preview,
every bad row listed and nothing written from a bad file."""

from decimal import Decimal

from PySide6.QtWidgets import QDialog

from tests.gui.helpers import project_line, write_experts_csv, write_projects_csv
from zqdesk.gui.dialogs.meeting_dialog import MeetingDialog
from zqdesk.services import meetings, panel
from zqdesk.services.projects import meeting_facts


def test_create_meeting_in_the_dialog(window, qtbot, wait_tasks):
    dialog = MeetingDialog(window)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.templateCombo.count() >= 1  # the default criteria template
    ui.nameEdit.setText("2028年度“智慧钦州”建设项目综合评估会")  # QTest types ASCII only
    ui.yearSpin.setValue(2028)
    ui.venueEdit.setText("市发改委三楼会议室")
    qtbot.keyClicks(ui.budgetEdit, "abc")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # a bad amount is refused in the dialog
    assert "金额" in ui.messageLabel.text()
    ui.budgetEdit.clear()
    qtbot.keyClicks(ui.budgetEdit, "2500.50")
    ui.tierASpin.setValue(88)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = meetings.get_meeting(dialog.created_id)
    assert meeting.budget == Decimal("2500.50") and meeting.tier_a == Decimal(88)
    assert [c.key for c in meetings.meeting_criteria(meeting)] == ["necessity", "feasibility", "security", "sharing"]

    window.session.select_meeting(dialog.created_id)
    wait_tasks()
    assert window.header.title.text() == "2028年度“智慧钦州”建设项目综合评估会"
    assert "2028" in window.status_meeting.text() and "2028" in window.windowTitle()


def test_import_previews_refuses_bad_rows_then_imports(window, qtbot, tmp_path, wait_tasks):
    meeting = meetings.create_meeting(meetings.MeetingSettings(
        name="2028年度测试评审会", kind=meetings.Kind.ANNUAL, plan_year=2028, budget=Decimal(1000)))
    window.session.select_meeting(meeting.id)
    window.go_to("projects")
    page = window.pages["projects"]
    wait_tasks()

    bad = write_projects_csv(tmp_path / "bad.csv", [
        project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200"),
        project_line("", "钦州市教育局", "abc", "100"),  # no name, total not a number
        project_line("电子档案", "钦州市档案馆", "100", "150"),  # requested above total
    ])
    dialog = page.import_projects(bad)
    qtbot.addWidget(dialog)
    wait_tasks()
    assert not dialog.is_ready()
    errors = dialog.error_model.rows()
    assert {(e.row, e.column) for e in errors} >= {(3, "项目名称"), (3, "总投资(万元)"), (4, "申请市级资金(万元)")}
    assert "3处错误" in dialog.summary.text() and "未导入任何内容" in dialog.summary.text()
    assert meeting_facts(meetings.get_meeting(meeting.id)) == []  # nothing written
    dialog.reject()

    good = write_projects_csv(tmp_path / "good.csv", [
        project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200"),
        project_line("智慧校园网络", "钦州市教育局", "600", "100"),
    ])
    dialog = page.import_projects(good)
    qtbot.addWidget(dialog)
    wait_tasks()
    assert dialog.is_ready()
    assert dialog.preview_model.rowCount() == 2
    assert dialog.preview_model.data(dialog.preview_model.index(0, 1)) == "智慧医疗平台"
    assert "将导入2行" in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    wait_tasks()
    assert [f.name for f in meeting_facts(meetings.get_meeting(meeting.id))] == ["智慧医疗平台", "智慧校园网络"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    codes = [page.model.row(r).facts.code for r in range(2)]
    assert codes == ["ZQ-2028-001", "ZQ-2028-002"]
    # The ≥500万 project carries the R4 (fixed-asset procedure) note from the pre-check.
    assert "R4" in page.model.data(page.model.index(1, page.model.FINDINGS_COLUMN))

    window.go_to("panel")
    panel_page = window.pages["panel"]
    dialog = panel_page.import_experts(write_experts_csv(tmp_path / "experts.csv"))
    qtbot.addWidget(dialog)
    wait_tasks()
    assert dialog.preview_model.rowCount() == 3
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    wait_tasks()
    assert [e.name for e in panel.panel(meeting.id)] == ["周组长", "吴专家", "郑专家"]
    qtbot.waitUntil(lambda: panel_page.model.rowCount() == 3)
