"""The chair's part on the demo meeting: disagreement first, a re-scoring round (earlier
rounds kept), a tier moved with a reason, deviations explained, finalised — and then
nothing can be changed, visibly."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from zqdesk.core.types import Tier
from zqdesk.services.rounds import rounds as scoring_rounds
from zqdesk.gui.dialogs.chair import ChairLogin
from tests.gui import person
from tests.gui.helpers import as_system
from zqdesk.services.access import ActorRole as Role
from zqdesk.services import scoring
from zqdesk.services.errors import Refused
from zqdesk.services.results import meeting_results


def chair_logs_in(window, qtbot) -> None:
    dialog = ChairLogin(window, window.session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "0000")
    person.click_button(qtbot, dialog, "确定")
    assert "PIN不正确" in dialog.message.text() and not window.session.is_chair
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, "1234")
    person.click_button(qtbot, dialog, "确定")
    assert window.session.is_chair and window.session.user.name == "黄建国"


def test_round_tier_deviation_and_finalise(demo_window, qtbot, wait_tasks):
    window = demo_window
    window.go_to("discussion")
    page = window.pages["discussion"]
    wait_tasks()
    qtbot.waitUntil(lambda: page.model.rowCount() == 24)
    # The table opens sorted by disagreement: the largest span first.
    spans = [page.proxy.row_at(r).spread.span or Decimal(-1) for r in range(page.proxy.rowCount())]
    assert spans == sorted(spans, reverse=True)
    assert page.proxy.row_at(0).code == "ZQ-2027-016"
    assert "W = 0." in page.kendall.text()
    assert page.totals_chart.bars and any(bar.deviating for bar in page.totals_chart.bars)

    # The chair opens a second round for the most disputed project.
    chair_logs_in(window, qtbot)
    assert window.status_user.text() == "用户：评审组长 黄建国"
    assert window.session.staff is not None  # the clerk stays signed in underneath
    before = meeting_results(1).outcome("ZQ-2027-016").result.score
    assert page.start_round(["ZQ-2027-016"], "专家评分分歧较大，请重新评分") == 2
    wait_tasks()
    rounds = scoring_rounds(1)
    assert [(r.number, r.codes) for r in rounds] == [(2, ("ZQ-2027-016",))]
    qtbot.waitUntil(lambda: "第2轮" in page.rounds.text())
    line = next(x for x in scoring.expert_sheet(1, 2) if x.code == "ZQ-2027-016")
    assert line.round == 2 and not line.submitted and line.points == {}
    # Round 1 is kept and still counts until round 2 is submitted.
    assert meeting_results(1).outcome("ZQ-2027-016").result.score == before

    # A tier moved with a written reason (empty reasons are refused by the service).
    page.select_code("ZQ-2027-008")
    page.tabs.setCurrentIndex(1)
    panel = page.conclusion
    assert panel.code == "ZQ-2027-008"
    assert panel.tier_button.isEnabled()
    assert not panel.set_tier(Tier.A, "   ")  # no reason: refused, nothing changed
    refusal = [box for box in panel.findChildren(QMessageBox) if box.isVisible()]
    assert refusal and "理由" in refusal[-1].text()
    refusal[-1].close()
    assert not meeting_results(1).outcome("ZQ-2027-008").tier_overridden
    with_reason = panel.set_tier(Tier.A, "全市12345热线整合为市政府年度重点任务")
    assert with_reason
    wait_tasks()
    outcome = meeting_results(1).outcome("ZQ-2027-008")
    assert outcome.tier is Tier.A and outcome.tier_overridden
    qtbot.waitUntil(lambda: page.model.row(page.model.row_of_code("ZQ-2027-008")).outcome.tier_overridden)
    tier_column = [c.title for c in page.model._columns].index("档次")
    row = page.model.row_of_code("ZQ-2027-008")
    assert page.model.data(page.model.index(row, tier_column)) == "A*"

    # A veto set aside by the chair, with the reason kept and shown.
    page.select_code("ZQ-2027-020")
    assert panel.apply_override("R6", "建设单位已补充共享需求分析，明确与市大数据中心共享执法数据")
    wait_tasks()
    assert "R6" in meeting_results(1).outcome("ZQ-2027-020").overridden
    page.select_code("ZQ-2027-020")
    assert any("已推翻" in label.text() for label in panel.findChildren(QLabel) if label.isVisible())

    # The opinion is drafted from the scores and findings, edited and saved.
    page.select_code("ZQ-2027-019")
    draft = panel.opinion.toPlainText()  # drafted by the services from the scores and findings
    assert "ZQ-2027-019" in draft and "74.90" in draft
    assert panel.opinion_state.text() == "草稿（尚未保存）"
    panel.opinion.setPlainText(panel.opinion.toPlainText() + "建议整合使用市云计算中心资源。")
    panel.save_opinion()
    from zqdesk.services import conclusions

    assert conclusions.opinion_text(1, "ZQ-2027-019").endswith("建议整合使用市云计算中心资源。")

    # Finalising is refused while a deviation lacks its explanation...
    documents = window.pages["documents"]
    window.go_to("documents")
    wait_tasks()
    documents.finalise_now()
    wait_tasks()
    assert not window.session.read_only
    refusal = [box for box in documents.findChildren(QMessageBox) if box.isVisible()]
    assert refusal and "偏离说明" in refusal[-1].text()
    refusal[-1].close()
    # The panel re-scores the project in round 2; one expert still lies far below the others.
    from zqdesk.services import panel as panel_service

    with as_system():
        for entry in panel_service.panel(1):
            value = Decimal(4) if entry.name == "刘芳" else Decimal(16)
            for key, maximum in (("necessity", 30), ("feasibility", 30), ("security", 20), ("sharing", 20)):
                scoring.enter_score(1, entry.expert_id, "ZQ-2027-016", key, value * maximum / 20)
            scoring.save_review(1, entry.expert_id, "ZQ-2027-016", recommendation="同意")
            scoring.submit(1, entry.expert_id)
    window.session.notify("scores")
    wait_tasks()
    assert meeting_results(1).outcome("ZQ-2027-016").result.deviating
    documents.finalise_now()
    wait_tasks()
    assert not window.session.read_only
    # ...the clerk (the chair's seat signed out) types the expert's written explanation...
    window.session.sign_out_seat()
    results = meeting_results(1)
    for outcome in results.outcomes:
        notes = {s.expert_id: s.deviation_note for s in results.sheets.get(outcome.project.code, ())}
        for expert in outcome.result.deviating:
            if not notes.get(expert):
                page.select_code(outcome.project.code)
                assert panel.save_deviation(expert, "该项目方案与本部门现有系统重复，故评分较低。")
    wait_tasks()
    # ...and the chair finalises.
    chair_logs_in(window, qtbot)
    documents.finalise_now()
    wait_tasks()
    assert window.session.read_only
    assert not window.header.banner.isHidden() and "只读" in window.header.banner.text()
    assert "已定稿" in window.windowTitle()

    # Nothing can be changed now: buttons are off and the services refuse.
    window.go_to("projects")
    wait_tasks()
    projects = window.pages["projects"]
    assert not projects.add_button.isEnabled() and not projects.import_button.isEnabled()
    window.go_to("scoring")
    scoring_page = window.pages["scoring"]
    scoring_page.tabs.setCurrentWidget(scoring_page.grid)
    wait_tasks()
    grid = scoring_page.grid
    qtbot.waitUntil(lambda: grid.model is not None and grid.model.rowCount() > 0)
    assert grid.model.read_only
    index = grid.model.index(0, grid.model.FIXED)
    assert not (grid.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    window.go_to("discussion")
    wait_tasks()
    assert not page.round_button.isEnabled()
    assert not panel.save_button.isEnabled() and panel.opinion.isReadOnly()
    try:
        with as_system():
            scoring.open_round(1, ["ZQ-2027-001"], "再评")
    except Refused as error:
        assert "已定稿" in str(error)
    else:
        raise AssertionError("a finalised meeting accepted a new round")
    assert window.session.user.role in (Role.CHAIR, Role.CLERK)
