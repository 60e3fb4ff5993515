"""A screenshot of every main screen on the demo meeting, for a person to look at:
tests/_artifacts/screens/*.png (the folder is printed at the end of the run)."""

from PySide6.QtWidgets import QApplication

from tests.gui.test_discussion_flow import chair_logs_in
from zqdesk.gui.dialogs.criteria_editor import CriteriaEditor
from zqdesk.gui.dialogs.meeting_dialog import MeetingDialog
from zqdesk.gui.dialogs.project_form import ProjectForm
from zqdesk.gui.fonts import install_application_fonts
from zqdesk.services import scoring


def save(widget, folder, name: str) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_screenshots_of_every_screen(demo_window, qtbot, wait_tasks, artifacts, tmp_path):
    window = demo_window
    folder = artifacts / "screens"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    for number, stage in enumerate(("meeting", "projects", "panel", "scoring", "discussion", "plan",
                                    "documents", "settings"), start=1):
        window.go_to(stage)
        wait_tasks()
        save(window, folder, f"{number:02d}-{stage}")

    scoring_page = window.pages["scoring"]
    window.go_to("scoring")
    scoring_page.tabs.setCurrentWidget(scoring_page.grid)
    wait_tasks()
    save(window, folder, "04b-scoring-grid")

    discussion = window.pages["discussion"]
    window.go_to("discussion")
    wait_tasks()
    discussion.select_code("ZQ-2027-019")
    discussion.tabs.setCurrentIndex(1)
    save(window, folder, "05b-discussion-conclusion")

    # The deviating expert's explanation (round 1), then a second round for the disputed
    # project and an expert scoring it at the keyboard.
    scoring.save_review(1, 6, "ZQ-2027-016", deviation_note="与本部门现有系统功能重复，故评分较低。")
    chair_logs_in(window, qtbot)
    discussion.start_round(["ZQ-2027-016"], "分歧较大")
    window.session.sign_out_seat()
    wait_tasks()
    window.go_to("scoring")
    scoring_page.tabs.setCurrentWidget(scoring_page.desk)
    wait_tasks()
    save(window, folder, "04c-scoring-login")
    login = scoring_page.desk.login.ui
    login.expertCombo.setCurrentIndex(1)
    login.pinEdit.setText("1234")
    scoring_page.desk.log_in()
    wait_tasks()
    desk = scoring_page.desk
    row = next(r for r in range(desk.model.rowCount()) if desk.model.row(r).code == "ZQ-2027-016")
    desk.table.selectRow(row)
    wait_tasks()
    desk.form.fields["necessity"].setText("22")
    save(window, folder, "04d-scoring-expert")
    desk.log_out()
    wait_tasks()

    from zqdesk.gui.dialogs.staff_login import StaffLogin

    dialogs = [
        ("09-sign-in", StaffLogin(window, window.session.db_path)),
        ("10-meeting-dialog", MeetingDialog(window, 1)),
        ("11-criteria-editor", CriteriaEditor(window)),
    ]
    projects = window.pages["projects"]
    window.go_to("projects")
    wait_tasks()
    projects.select_code("ZQ-2027-018")
    dialogs.append(("12-project-form", ProjectForm(window, 1, 2027, projects.current_row().facts)))
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        save(dialog, folder, name)
        dialog.close()
    bad = tmp_path / "申报表.csv"
    bad.write_text("项目名称,建设单位,申报类型,计划年度,项目类别,建设性质,总投资(万元),申请市级资金(万元),资金来源,申报日期\n"
                   "智慧医疗,钦州市卫生健康委员会,年度申报,2028,电子政务工程,新建,300,200,市级财政资金,2027-09-01\n"
                   ",钦州市教育局,年度,2028,电子政务,新建,abc,100,市财政,2027-13-01\n", encoding="utf-8")
    dialog = projects.import_projects(bad)
    qtbot.addWidget(dialog)
    wait_tasks()
    save(dialog, folder, "13-import-errors")
    dialog.reject()

    documents = window.pages["documents"]
    window.go_to("documents")
    wait_tasks()
    chair_logs_in(window, qtbot)
    documents.finalise_now()
    wait_tasks()
    assert window.session.read_only
    window.go_to("discussion")
    wait_tasks()
    save(window, folder, "20-finalised")

    app = QApplication.instance()
    install_application_fonts(app, large_text=True)
    try:
        window.go_to("projects")
        wait_tasks()
        save(window, folder, "21-large-text")
    finally:
        install_application_fonts(app, large_text=False)
    assert len(list(folder.glob("*.png"))) >= 18
