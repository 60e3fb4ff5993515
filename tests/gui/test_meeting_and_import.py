"""The clerk sets up a meeting as a person does (issue #12): 新建评审会… with its 确定, 取消,
Enter and Esc; 评审会设置…; 新增项目… and 查看/修改… with 保存 and 取消; 导入申报表… and
导入专家名单… through Qt's file dialog, every bad row listed and nothing written from a bad
file; the severity filter of 项目."""

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.gui import person
from tests.gui.helpers import as_system, project_line, write_experts_csv, write_projects_csv
from zqdesk.services import meetings, panel
from zqdesk.services.projects import meeting_facts

NAME = "2028年度“智慧钦州”建设项目综合评估会"


def stored_meetings():
    with as_system():
        return meetings.list_meetings()


def new_meeting_dialog(qtbot, window, answer):
    window_page = window.pages["meeting"]
    with person.answer(qtbot, "新建评审会", answer):
        person.click_button(qtbot, window_page, "新建评审会…")


def test_new_meeting_ok_refuses_a_bad_amount_in_place_then_creates(window, qtbot, wait_tasks):
    def fill(dialog):
        assert dialog.height() <= 740, "the dialog must fit a 1366×768 screen"
        person.fill_field(qtbot, dialog, "评审会名称", NAME)
        person.fill_field(qtbot, dialog, "计划年度", "2028")
        person.fill_field(qtbot, dialog, "会议地点", "市发改委三楼会议室")
        person.fill_field(qtbot, dialog, "年度资金额度", "abc")
        person.click_button(qtbot, dialog, "确定")
        assert dialog.isVisible(), "a bad amount keeps the dialog open"
        assert "金额" in person.texts(dialog)
        assert stored_meetings() == []
        person.fill_field(qtbot, dialog, "年度资金额度", "2500.50")
        person.fill_field(qtbot, dialog, "A档分数线", "88")
        person.click_button(qtbot, dialog, "确定")

    new_meeting_dialog(qtbot, window, fill)
    wait_tasks()
    [meeting] = stored_meetings()
    assert meeting.name == NAME and meeting.plan_year == 2028 and meeting.venue == "市发改委三楼会议室"
    assert meeting.budget == Decimal("2500.50") and meeting.tier_a == Decimal(88)
    with as_system():
        assert [c.key for c in meetings.meeting_criteria(meeting)] == ["necessity", "feasibility", "security", "sharing"]
    # The new meeting is the open one: its name is in the header, the status bar and the title.
    assert person.shown(window.header.title.text()) == NAME
    assert NAME in window.status_meeting.text() and NAME in window.windowTitle()


def test_new_meeting_enter_creates_cancel_and_esc_create_nothing(window, qtbot, wait_tasks):
    def cancel(dialog):
        person.fill_field(qtbot, dialog, "评审会名称", "不要的评审会")
        person.click_button(qtbot, dialog, "取消")

    def escape(dialog):
        person.fill_field(qtbot, dialog, "评审会名称", "也不要的评审会")
        person.press(qtbot, Qt.Key.Key_Escape)

    new_meeting_dialog(qtbot, window, cancel)
    new_meeting_dialog(qtbot, window, escape)
    assert stored_meetings() == []

    def enter(dialog):
        person.fill_field(qtbot, dialog, "评审会名称", NAME)
        person.fill_field(qtbot, dialog, "年度资金额度", "3000")
        person.press(qtbot, Qt.Key.Key_Return)  # in a line edit: the dialog's default button

    new_meeting_dialog(qtbot, window, enter)
    wait_tasks()
    assert [m.name for m in stored_meetings()] == [NAME]


def test_meeting_settings_ok_changes_cancel_keeps(window, qtbot, wait_tasks):
    new_meeting_dialog(qtbot, window, lambda d: (person.fill_field(qtbot, d, "评审会名称", NAME),
                                                 person.fill_field(qtbot, d, "年度资金额度", "3000"),
                                                 person.click_button(qtbot, d, "确定")))
    wait_tasks()
    page = window.pages["meeting"]

    def change(dialog):
        assert person.field(dialog, "评审会名称").text() == NAME  # the meeting's settings are shown
        person.fill_field(qtbot, dialog, "年度资金额度", "3200")
        person.click_button(qtbot, dialog, "确定")

    with person.answer(qtbot, "评审会设置", change):
        person.click_button(qtbot, page, "评审会设置…")
    wait_tasks()

    def think_better(dialog):
        person.fill_field(qtbot, dialog, "年度资金额度", "1")
        person.press(qtbot, Qt.Key.Key_Escape)

    with person.answer(qtbot, "评审会设置", think_better):
        person.click_button(qtbot, page, "评审会设置…")
    assert stored_meetings()[0].budget == Decimal("3200.00")
    assert "3,200.00" in page.details.toPlainText()


def open_projects(window, qtbot, wait_tasks):
    """A 2028 meeting made in 新建评审会 (it becomes the open one), then 阶段 → 项目."""
    new_meeting_dialog(qtbot, window, lambda d: (person.fill_field(qtbot, d, "评审会名称", "2028年度测试评审会"),
                                                 person.fill_field(qtbot, d, "计划年度", "2028"),
                                                 person.fill_field(qtbot, d, "年度资金额度", "1000"),
                                                 person.press(qtbot, Qt.Key.Key_Return)))
    wait_tasks()
    [meeting] = stored_meetings()
    person.menu(qtbot, window, "阶段", "项目")
    wait_tasks()
    return meeting, window.pages["projects"]


def test_new_project_save_and_cancel_and_change(window, qtbot, wait_tasks):
    meeting, page = open_projects(window, qtbot, wait_tasks)

    def cancel(form):
        person.fill_field(qtbot, form, "项目名称", "不要的项目")
        person.click_button(qtbot, form, "取消")

    with person.answer(qtbot, "新增项目", cancel):
        person.click_button(qtbot, page, "新增项目…")
    with as_system():
        assert meeting_facts(meetings.get_meeting(meeting.id)) == []

    def add(form):
        person.click_button(qtbot, form, "保存")
        assert form.isVisible() and "请填写项目名称" in person.texts(form)  # refused in place
        person.fill_field(qtbot, form, "项目名称", "智慧医疗平台")
        person.fill_field(qtbot, form, "建设单位", "钦州市卫生健康委员会")
        person.fill_field(qtbot, form, "总投资(万元)", "300")
        person.fill_field(qtbot, form, "申请市级资金(万元)", "200")
        person.click_button(qtbot, form, "保存")

    with person.answer(qtbot, "新增项目", add):
        person.click_button(qtbot, page, "新增项目…")
    wait_tasks()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "已新增项目ZQ-2028-001" in window.statusBar().currentMessage()
    with as_system():
        [facts] = meeting_facts(meetings.get_meeting(meeting.id))
    assert (facts.code, facts.name, facts.total_investment, facts.requested) == (
        "ZQ-2028-001", "智慧医疗平台", Decimal(300), Decimal(200))

    def typed_then_esc(form):
        person.fill_field(qtbot, form, "申请市级资金(万元)", "180")
        person.press(qtbot, Qt.Key.Key_Escape)

    person.click_row(qtbot, page.table, "ZQ-2028-001")
    with person.answer(qtbot, "项目 ZQ-2028-001", typed_then_esc):
        person.click_button(qtbot, page, "查看/修改…")
    wait_tasks()
    with as_system():
        assert meeting_facts(meetings.get_meeting(meeting.id))[0].requested == Decimal(200)  # Esc kept nothing

    def change(form):
        assert person.field(form, "项目名称").text() == "智慧医疗平台"
        person.fill_field(qtbot, form, "申请市级资金(万元)", "150")
        person.press(qtbot, Qt.Key.Key_Return)

    person.click_row(qtbot, page.table, "ZQ-2028-001")
    with person.answer(qtbot, "项目 ZQ-2028-001", change):
        person.click_button(qtbot, page, "查看/修改…")
    wait_tasks()
    with as_system():
        assert meeting_facts(meetings.get_meeting(meeting.id))[0].requested == Decimal(150)


def test_import_previews_refuses_bad_rows_then_imports(window, qtbot, tmp_path, wait_tasks):
    meeting, page = open_projects(window, qtbot, wait_tasks)
    bad = write_projects_csv(tmp_path / "bad.csv", [
        project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200"),
        project_line("", "钦州市教育局", "abc", "100"),  # no name, total not a number
        project_line("电子档案", "钦州市档案馆", "100", "150"),  # requested above total
    ])
    with person.answer(qtbot, "导入申报表", person.file_answer(qtbot, bad)):
        person.click_button(qtbot, page, "导入申报表…")
    dialog = person.dialog(qtbot, "导入申报表")
    wait_tasks()
    shown = person.texts(dialog)
    assert "3处错误" in shown and "未导入任何内容" in shown
    rows = person.table_text(dialog.table)
    assert ["3", "项目名称"] in [r[:2] for r in rows] and ["3", "总投资(万元)"] in [r[:2] for r in rows]
    assert ["4", "申请市级资金(万元)"] in [r[:2] for r in rows]
    assert not person.button(dialog, "导入").isEnabled()
    with as_system():
        assert meeting_facts(meetings.get_meeting(meeting.id)) == []  # nothing written

    good = write_projects_csv(tmp_path / "good.csv", [
        project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200"),
        project_line("智慧校园网络", "钦州市教育局", "600", "100"),
    ])
    with person.answer(qtbot, "导入申报表", person.file_answer(qtbot, good)):
        person.click_button(qtbot, dialog, "选择文件…")
    wait_tasks()
    assert "将导入2行" in person.texts(dialog)
    assert [r[1] for r in person.table_text(dialog.table)] == ["智慧医疗平台", "智慧校园网络"]
    person.click_button(qtbot, dialog, "导入")
    wait_tasks()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [r[0] for r in person.table_text(page.table)] == ["ZQ-2028-001", "ZQ-2028-002"]
    # The ≥500万 project carries the fixed-asset procedure note (第九条) from the pre-check,
    # named by the regulation's article, not by the program's rule code.
    findings = person.table_text(page.table)[1][page.model.FINDINGS_COLUMN]
    assert "提示·第九条" in findings and "R4" not in findings

    person.menu(qtbot, window, "阶段", "专家")
    wait_tasks()
    panel_page = window.pages["panel"]
    experts = write_experts_csv(tmp_path / "experts.csv")
    with person.answer(qtbot, "导入专家名单", person.file_answer(qtbot, experts)):
        person.click_button(qtbot, panel_page, "导入专家名单…")
    dialog = person.dialog(qtbot, "导入专家名单")
    wait_tasks()
    assert len(person.table_text(dialog.table)) == 3
    person.click_button(qtbot, dialog, "导入")
    wait_tasks()
    with as_system():
        assert [e.name for e in panel.panel(meeting.id)] == ["周组长", "吴专家", "郑专家"]
    qtbot.waitUntil(lambda: panel_page.model.rowCount() == 3)


def test_import_cancelled_in_the_file_dialog_or_the_preview_writes_nothing(window, qtbot, tmp_path, wait_tasks):
    meeting, page = open_projects(window, qtbot, wait_tasks)
    with person.answer(qtbot, "导入申报表", person.press_key(qtbot, Qt.Key.Key_Escape)):
        person.click_button(qtbot, page, "导入申报表…")
    dialog = person.dialog(qtbot, "导入申报表")
    assert "请选择" in dialog.file_edit.placeholderText() and not person.button(dialog, "导入").isEnabled()
    person.click_button(qtbot, dialog, "取消")
    assert person.no_dialog("导入申报表")

    good = write_projects_csv(tmp_path / "good.csv", [project_line("智慧医疗平台", "钦州市卫生健康委员会", "300", "200")])
    with person.answer(qtbot, "导入申报表", person.file_answer(qtbot, good)):
        person.click_button(qtbot, page, "导入申报表…")
    dialog = person.dialog(qtbot, "导入申报表")
    wait_tasks()
    assert person.button(dialog, "导入").isEnabled()
    person.press(qtbot, Qt.Key.Key_Escape, widget=dialog)
    assert person.no_dialog("导入申报表")
    with as_system():
        assert meeting_facts(meetings.get_meeting(meeting.id)) == []


def test_the_severity_filter_filters(demo_window, qtbot, wait_tasks):
    window = demo_window
    person.menu(qtbot, window, "阶段", "项目")
    wait_tasks()
    page = window.pages["projects"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 24)
    everything = person.table_text(page.table)
    person.choose(qtbot, page.severity, "有“一票否决”")
    vetoed = person.table_text(page.table)
    # Worked out from the demo's applications: ZQ-2027-019 builds its own machine room (R5),
    # ZQ-2027-020 has no sharing analysis (R6); nothing else carries a veto finding.
    assert sorted(r[0] for r in vetoed) == ["ZQ-2027-019", "ZQ-2027-020"]
    assert all("一票否决" in r[page.model.FINDINGS_COLUMN] for r in vetoed)
    assert "显示 2 / 24 项" in person.texts(page)
    person.choose(qtbot, page.severity, "全部审查意见")
    assert len(person.table_text(page.table)) == len(everything)
