"""A screenshot of every main screen on the demo meeting, for a person to look at:
tests/_artifacts/screens/*.png (the folder is printed at the end of the run)."""

from PySide6.QtWidgets import QApplication

from tests.gui import person
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
    with person.answer(qtbot, "导入申报表", person.file_answer(qtbot, bad)):
        person.click_button(qtbot, projects, "导入申报表…")
    dialog = person.dialog(qtbot, "导入申报表")
    wait_tasks()
    save(dialog, folder, "13-import-errors")
    person.click_button(qtbot, dialog, "取消")

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


def test_screenshots_of_preview_trust_and_laptop_screens(demo_window, qtbot, wait_tasks, artifacts, tmp_path):
    """The screens added for SPEC §10 (preview, printing), issue #5 (trust) and issue #6
    (experts' laptops); test_screenshots_of_every_screen above clears the folder first."""
    from zqdesk.gui.dialogs.expert_package import OpenPackageDialog
    from zqdesk.gui.dialogs.restore import RestoreDialog
    from zqdesk.gui.dialogs.staff_login import StaffLogin
    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.gui.pages.accounts_box import AccountDialog
    from zqdesk.services import accounts, maintenance
    from zqdesk.services.demo import DEMO_PASSWORDS

    window = demo_window
    folder = artifacts / "screens"
    folder.mkdir(exist_ok=True)
    db = window.session.db_path

    def sign_in(username):
        window.session.sign_in_staff(accounts.login(username, DEMO_PASSWORDS[username]))
        window.session.select_meeting(1)
        wait_tasks()

    sign_in("huiwu")
    documents = window.pages["documents"]
    window.go_to("documents")
    wait_tasks()
    documents.doc_number.setText("钦发改〔2027〕12号")
    documents.make_document("plan")
    wait_tasks(60000)
    preview = documents.preview
    qtbot.waitUntil(lambda: preview.last_image is not None, timeout=20000)
    wait_tasks()
    save(preview, folder, "30-preview-plan")
    preview.close()

    sign_in("admin")
    maintenance.automatic_backup(db, "auto")
    window.go_to("settings")
    wait_tasks()
    window.verify_audit()
    wait_tasks()
    save(window, folder, "31-settings-admin")
    for name, dialog in (("32-restore", RestoreDialog(window, db)), ("33-new-account", AccountDialog(window))):
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, AccountDialog):
            dialog.username.setText("lixiao")
            dialog.password.setText("lixiao2027")
        save(dialog, folder, name)
        dialog.close()

    sign_in("huiwu")
    window.go_to("projects")
    wait_tasks()
    window.idle_lock.lock_now()
    window.idle_lock.try_unlock("wrong")
    save(window, folder, "34-locked")
    window.idle_lock.try_unlock(DEMO_PASSWORDS["huiwu"])

    window.go_to("scoring")
    scoring_page = window.pages["scoring"]
    scoring_page.tabs.setCurrentWidget(scoring_page.offline)
    wait_tasks()
    tab = scoring_page.offline
    expert = tab.model.row(1)[0]
    tab.select_expert(expert.expert_id)
    package = tmp_path / "评分数据包.zqpkg"
    tab.export_package_for(expert.expert_id, package)
    wait_tasks()
    save(tab.slip_dialog, folder, "35-slip")
    tab.slip_dialog.close()

    login = StaffLogin(window, db)
    qtbot.addWidget(login)
    login.show()
    save(login, folder, "36-sign-in-with-package")
    login.close()
    laptop = MainWindow()
    qtbot.addWidget(laptop)
    laptop.resize(1360, 860)
    laptop.show()
    dialog = OpenPackageDialog(laptop, db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.package_edit.setText(str(package))
    dialog.code_edit.setText(tab.last_code)
    dialog.pin_edit.setText("2468")
    dialog.again_edit.setText("2468")
    save(dialog, folder, "37-open-package")
    person.click_button(qtbot, dialog, "打开")
    wait_tasks()
    assert laptop.enter_expert_mode(dialog.local_path)
    wait_tasks()
    save(laptop, folder, "38-laptop-sign-in")
    desk = laptop.pages["scoring"].desk
    desk.login.ui.pinEdit.setText("2468")
    desk.log_in()
    wait_tasks()
    result = tmp_path / "结果.zqres"
    desk.export_result_to(result)
    wait_tasks()
    save(laptop, folder, "39-laptop-desk")
    laptop.close()

    assert window.open_path(db, create=False)
    sign_in("huiwu")
    window.go_to("scoring")
    scoring_page.tabs.setCurrentWidget(scoring_page.offline)
    wait_tasks()
    stale = tmp_path / "改过的.zqres"
    stale.write_bytes(result.read_bytes().replace(b'"revision":1', b'"revision":2'))
    tab.import_results([result, stale])
    wait_tasks()
    save(window, folder, "40-offline-import")
