"""Experts on their own laptops (SPEC §8.3, issue #6) through the windows: the clerk exports a
scoring package and prints the slip with its code; on the laptop the package is opened with
the code (typed carelessly) and a PIN of the expert's choosing, the expert scores on the same
desk and exports a result file; the clerk imports it and the results change."""

from decimal import Decimal
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QApplication

from tests.gui import person
from tests.gui.conftest import CLERK
from tests.gui.helpers import expert_id, small_meeting
from zqdesk.gui.dialogs.expert_package import OpenPackageDialog
from zqdesk.gui.dialogs.staff_login import OPEN_PACKAGE, StaffLogin
from zqdesk.gui.mainwindow import MainWindow
from zqdesk.paths import data_dir
from zqdesk.services import scoring
from zqdesk.services.access import ActorRole
from zqdesk.services.packages import MERGED, REFUSED, UNCHANGED

SCORES = {"ZQ-2028-001": ("27", "26.5", "18", "17"), "ZQ-2028-002": ("20", "19", "14", "13.5"),
          "ZQ-2028-003": ("12", "11", "8", "7")}
KEYS = ("necessity", "feasibility", "security", "sharing")


def clerk_exports_a_package(window, wait_tasks, tmp_path, name="吴专家"):
    meeting_id = window.session.meeting_id
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.offline)
    wait_tasks()
    tab = page.offline
    assert tab.model.rowCount() == 3 and tab.model.data(tab.model.index(0, 3)) == "未发放"
    who = expert_id(meeting_id, name)
    tab.select_expert(who)
    package = tmp_path / f"{name}.zqpkg"
    tab.export_package_for(who, package)
    wait_tasks()
    assert package.exists() and tab.last_code and len(tab.last_code) == 19
    return tab, who, package


def laptop_opens(laptop, package: Path, typed_code: str, qtbot, wait_tasks, pin="2468"):
    dialog = OpenPackageDialog(laptop, laptop.session.db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.package_edit.setText(str(package))
    dialog.code_edit.setText(typed_code)
    dialog.pin_edit.setText(pin)
    dialog.again_edit.setText(pin)
    person.click_button(qtbot, dialog, "打开")
    wait_tasks()
    return dialog


def test_a_scoring_round_trip_through_the_windows(window, qtbot, wait_tasks, tmp_path, monkeypatch):
    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    clerk_db = window.session.db_path
    tab, wu, package = clerk_exports_a_package(window, wait_tasks, tmp_path)
    code = tab.last_code
    slip = tab.slip_dialog
    assert slip.isVisible() and slip.code_label.text() == code
    assert "吴专家" in slip.windowTitle()
    preview = slip.print_slip()
    qtbot.waitUntil(lambda: preview.page_count == 1, timeout=10000)
    text = pypdf.PdfReader(preview.path).pages[0].extract_text()
    assert code in text
    preview.close()
    slip.close()
    wait_tasks()
    assert tab.model.data(tab.model.index(tab.table.currentIndex().row(), 3)).endswith("发放")

    # The laptop: nobody has an account there; the sign-in window leads to the package.
    laptop = MainWindow()
    qtbot.addWidget(laptop)
    laptop.resize(1200, 800)
    laptop.show()
    monkeypatch.setattr(StaffLogin, "exec", lambda dialog: dialog._choose(OPEN_PACKAGE) or 0)
    opened = []
    monkeypatch.setattr(MainWindow, "open_expert_package", lambda self: opened.append(self) or False)
    assert not laptop.sign_in() and opened == [laptop]

    wrong = laptop_opens(laptop, package, "AAAA-BBBB-CCCC-DDDD", qtbot, wait_tasks)
    assert wrong.result() == 0 and "校验码不正确" in wrong.message.text() and wrong.info is None
    careless = code.lower().replace("-", " ").replace("0", "o")  # as typed from the slip
    dialog = laptop_opens(laptop, package, careless, qtbot, wait_tasks)
    assert dialog.result() == 1, dialog.message.text()
    assert dialog.code_edit.text() == code
    local = dialog.local_path
    assert local.parent == data_dir() / "expert" and local.exists()
    assert laptop.enter_expert_mode(local, dialog.pin)
    wait_tasks()
    session = laptop.session
    assert session.offline is not None and session.offline.expert_name == "吴专家"
    assert session.actor.role is ActorRole.EXPERT and laptop.current_stage() == "scoring"
    laptop.go_to("projects")
    assert laptop.current_stage() == "scoring"  # the laptop has only the expert's desk
    page = laptop.pages["scoring"]
    assert not page.tabs.tabBar().isVisible()
    desk = page.desk
    assert desk.currentIndex() == 1 and desk.export_button.isVisible()
    assert "专家离线评分：吴专家" in laptop.header.title.text()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 3)

    laptop.activateWindow()
    form = desk.form
    for row in range(3):
        desk.table.selectRow(row)
        wait_tasks()
        values = SCORES[form.line.code]
        for key, value in zip(KEYS, values):
            field = form.fields[key]
            field.setFocus()
            field.selectAll()
            qtbot.keyClicks(field, value)
            form.fields["sharing" if key != "sharing" else "necessity"].setFocus()
        form.recommendation.setCurrentIndex(form.recommendation.findText("同意"))
        form.recommendation.activated.emit(form.recommendation.currentIndex())
    assert desk.bar.value() == 3
    assert desk.sign_and_submit("2468")
    wait_tasks()
    result = tmp_path / "吴专家.zqres"
    desk.export_result_to(result)
    wait_tasks()
    assert result.exists() and desk.last_export.revision == 1 and desk.last_export.submitted == 3
    assert "修订1" in desk.message.text() and session.offline.revision == 1
    laptop.close()

    # Back at the clerk's desk: the result file is verified and merged.
    assert window.open_path(clerk_db, create=False)
    window.session.sign_in_staff(CLERK)
    window.session.select_meeting(meeting_id)
    window.go_to("scoring")
    page = window.pages["scoring"]
    page.tabs.setCurrentWidget(page.offline)
    wait_tasks()
    tab = page.offline
    tampered = tmp_path / "改过的.zqres"
    tampered.write_bytes(result.read_bytes().replace(b'"27"', b'"30"'))
    tab.import_results([result, tampered])
    wait_tasks()
    statuses = [tab.outcomes.row(r).status for r in range(tab.outcomes.rowCount())]
    assert statuses == [MERGED, REFUSED]
    merged = tab.outcomes.row(0)
    assert merged.expert == "吴专家" and merged.revision == 1 and merged.changed_sheets == 3
    assert tab.outcomes.data(tab.outcomes.index(0, 3)) == "已合并"
    assert tab.outcomes.row(1).reason
    assert "合并1个，无变化0个，拒绝1个" in tab.summary.text()
    sheet = {line.code: line for line in scoring.expert_sheet(meeting_id, wu)}
    for code_, values in SCORES.items():
        assert sheet[code_].submitted
        assert [sheet[code_].points[k] for k in KEYS] == [Decimal(v) for v in values]
    tab.import_results([result])  # the same file again changes nothing
    wait_tasks()
    assert tab.outcomes.row(0).status == UNCHANGED
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row(r)[0].expert_id == wu)
    assert tab.model.data(tab.model.index(row, 4)) == "修订1"


def test_the_sign_in_window_offers_to_continue_on_the_laptop(window, qtbot, wait_tasks, tmp_path):
    from zqdesk.gui.app import settings
    from zqdesk.gui.dialogs.staff_login import CONTINUE_OFFLINE

    meeting_id = small_meeting()
    window.session.select_meeting(meeting_id)
    clerk_db = window.session.db_path
    tab, _wu, package = clerk_exports_a_package(window, wait_tasks, tmp_path, name="郑专家")
    tab.slip_dialog.close()
    laptop = MainWindow()
    qtbot.addWidget(laptop)
    laptop.show()
    dialog = laptop_opens(laptop, package, tab.last_code, qtbot, wait_tasks, pin="1357")
    assert laptop.enter_expert_mode(dialog.local_path)  # no PIN given: the desk asks for it
    wait_tasks()
    desk = laptop.pages["scoring"].desk
    assert laptop.session.actor is None and desk.currentIndex() == 0
    assert desk.login.ui.expertCombo.count() == 1 and desk.login.ui.expertCombo.currentText() == "郑专家"
    desk.login.ui.pinEdit.setText("1357")
    desk.log_in()
    wait_tasks()
    assert laptop.session.actor.role is ActorRole.EXPERT and desk.currentIndex() == 1
    assert settings().value("expert/last_database") == str(dialog.local_path)

    # Another day: the clerk's database is open, and the sign-in window offers the laptop's.
    assert laptop.open_path(clerk_db, create=False)
    login = StaffLogin(laptop, clerk_db)
    qtbot.addWidget(login)
    assert login.continue_button is not None and "郑专家" in login.continue_button.text()
    login.continue_button.click()
    assert login.choice == CONTINUE_OFFLINE and login.offline_database == dialog.local_path
    laptop.close()
    QApplication.processEvents()
