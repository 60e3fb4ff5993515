"""会议: the meetings of the database; create, open, change settings, criteria templates; and,
for the administrator, moving a whole meeting to or from another database as a meeting file
(services.transfer: e.g. prepared on one PC, then brought into the review room's server)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QPushButton,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from zqdesk.core.vocab import MEETING_KIND_LABELS, Kind
from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_name, safe_name, save_file_name
from zqdesk.gui.models.base import FilterProxy
from zqdesk.gui.models.meetings import MeetingTableModel
from zqdesk.gui.pages.base import StagePage, heading, hint
from zqdesk.gui.session import MEETING
from zqdesk.services import meetings, transfer
from zqdesk.services.access import Action


class MeetingPage(StagePage):
    depends_on = (MEETING,)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.model = MeetingTableModel(self)
        self.proxy = FilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)

        self.new_button = QPushButton(self.tr("新建评审会…"), self)
        self.open_button = QPushButton(self.tr("打开所选评审会"), self)
        self.settings_button = QPushButton(self.tr("评审会设置…"), self)
        self.templates_button = QPushButton(self.tr("评审标准模板…"), self)
        self.export_button = QPushButton(self.tr("导出评审会文件…"), self)
        self.export_button.setToolTip(self.tr("把所选评审会的全部内容导出为一个文件，用于导入另一个数据库（如评审室的数据库服务器）"))
        self.import_button = QPushButton(self.tr("导入评审会文件…"), self)
        self.import_button.setToolTip(self.tr("把另一个数据库导出的评审会加入本数据库，按内容指纹核对无误后才保存"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.settings_button, self.templates_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.import_button):
            buttons.addWidget(button)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("评审会列表"))

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.steps = QTextBrowser(self)
        self.steps.setOpenLinks(False)
        self.steps.anchorClicked.connect(self._step_clicked)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        bottom = QWidget(self)
        grid = QGridLayout(bottom)
        grid.setContentsMargins(0, 0, 0, 0)
        current = QGroupBox(self.tr("当前评审会"), bottom)
        QVBoxLayout(current).addWidget(self.details)
        steps = QGroupBox(self.tr("评审流程"), bottom)
        QVBoxLayout(steps).addWidget(self.steps)
        grid.addWidget(current, 0, 0)
        grid.addWidget(steps, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("评审会")))
        layout.addWidget(hint(self.tr("新建或打开一个评审会。评审标准在新建时复制到评审会中，以后修改标准模板不影响已建的评审会。")))
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.settings_button.clicked.connect(self.edit_settings)
        self.templates_button.clicked.connect(self.edit_templates)
        self.export_button.clicked.connect(self.export_meeting)
        self.import_button.clicked.connect(self.import_meeting)

    def reload(self) -> None:
        s = self.session
        self.user_changed()
        if s.location is None or s.actor is None:
            self.model.set_rows([])
            self._show_details()
            return
        self.model.set_rows(meetings.list_meetings())
        self.proxy.resort()
        if s.meeting_id is not None:
            row = self.model.row_of_id(s.meeting_id)
            if row is not None:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._show_details()
        self._show_steps()

    def user_changed(self) -> None:
        s = self.session
        self.new_button.setEnabled(s.may(Action.MEETING_EDIT))
        self.settings_button.setEnabled(s.can_edit(Action.MEETING_EDIT))
        self.templates_button.setEnabled(s.may(Action.TEMPLATE_EDIT))
        self.open_button.setEnabled(s.actor is not None)
        admin = s.may(Action.ADMINISTER)
        for button in (self.export_button, self.import_button):
            button.setVisible(admin)  # moving meetings is the administrator's (separation of duties)

    def _show_details(self) -> None:
        s = self.session
        if s.actor is None:
            self.details.setHtml(self.tr("<p>请先登录（“文件”菜单或“设置”页）。</p>"))
            return
        if not s.has_meeting:
            self.details.setHtml(self.tr("<p>尚未打开评审会。点击“新建评审会…”开始。</p>"))
            return
        m = meetings.get_meeting(s.meeting_id)
        envelopes = meetings.meeting_envelopes(m)
        if envelopes.by_source:
            money = "；".join(f"{k} {v:,.2f}" for k, v in envelopes.by_source.items())
        else:
            money = f"{m.budget:,.2f}" if m.budget is not None else self.tr("未设定")
        rows = [
            (self.tr("名称"), m.name),
            (self.tr("类型"), MEETING_KIND_LABELS.get(Kind(m.kind), m.kind)),
            (self.tr("计划年度"), str(m.plan_year)),
            (self.tr("会议日期"), m.held_on.isoformat() if m.held_on else ""),
            (self.tr("地点"), m.venue),
            (self.tr("资金额度（万元）"), money),
            (self.tr("通过分数线"), f"{m.pass_mark:g}"),
            (self.tr("分档"), self.tr("A档≥%1，B档≥%2，其余C档").replace("%1", f"{m.tier_a:g}").replace("%2", f"{m.tier_b:g}")),
            (self.tr("状态"), self.tr("已定稿（%1），只读").replace("%1", m.finalised_at.strftime("%Y-%m-%d %H:%M"))
             if m.finalised_at else self.tr("进行中")),
        ]
        html = ["<table cellspacing='4'>"]
        html += [f"<tr><td style='color:#555'>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows]
        html.append("</table>")
        html.append(f"<h4>{self.tr('评分项与评分细则')}</h4>")
        for c in meetings.meeting_criteria(m):
            html.append(f"<p><b>{c.label}</b>（{self.tr('满分')}{c.max_points:g}）<br/>")
            html.append("<br/>".join(f"{b.low:g}–{b.high:g}：{b.description}" for b in c.rubric))
            html.append("</p>")
        self.details.setHtml("".join(html))

    def _show_steps(self) -> None:
        steps = [
            ("projects", self.tr("项目"), self.tr("导入或录入申报项目，查看合规审查意见，添加附件")),
            ("panel", self.tr("专家"), self.tr("登记专家、回避关系，为每位专家设置PIN")),
            ("scoring", self.tr("评分"), self.tr("专家登录评分，或经办人按纸质评分表录入，或导入评分文件")),
            ("discussion", self.tr("汇总讨论"), self.tr("查看分歧，组长开启重新评分，确定结论、档次和评审意见")),
            ("plan", self.tr("年度计划"), self.tr("按资金额度生成年度建设计划和储备项目")),
            ("documents", self.tr("文书"), self.tr("检查评审意见，定稿（定稿后只读）")),
        ]
        html = ["<ol>"]
        for key, title, text in steps:
            html.append(f"<li style='margin-bottom:6px'><a href='stage:{key}'>{title}</a>：{text}</li>")
        html.append("</ol>")
        self.steps.setHtml("".join(html))

    @Slot()
    def _step_clicked(self, url) -> None:
        window = self.window()
        if hasattr(window, "go_to"):
            window.go_to(url.toString().removeprefix("stage:"))

    # -- actions ------------------------------------------------------------------------
    def selected_meeting_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row()).id

    @Slot()
    def new_meeting(self) -> None:
        from zqdesk.gui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.session.select_meeting(dialog.created_id)
            self.status_message.emit(self.tr("已新建评审会。"))

    @Slot()
    def open_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is not None and meeting_id != self.session.meeting_id:
            self.session.select_meeting(meeting_id)
            self.status_message.emit(self.tr("已打开评审会。"))

    @Slot()
    def edit_settings(self) -> None:
        from zqdesk.gui.dialogs.meeting_dialog import MeetingDialog

        if not self.session.has_meeting:
            return
        dialog = MeetingDialog(self, self.session.meeting_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify(MEETING)
            self.session.notify("conclusions")

    # -- moving a meeting between databases (administrator) ------------------------------
    @Slot()
    def export_meeting(self) -> None:
        meeting_id = self.selected_meeting_id() or self.session.meeting_id
        if meeting_id is None:
            self.status_message.emit(self.tr("请先在列表中选择要导出的评审会。"))
            return
        name = meetings.get_meeting(meeting_id).name
        target = save_file_name(self, self.tr("导出评审会文件"), f"{safe_name(name)}.zqmeeting",
                                self.tr("zqdesk 评审会文件 (*.zqmeeting)"))
        if target:
            self.export_to(meeting_id, Path(target))

    def export_to(self, meeting_id: int, target: Path) -> tasks.Task:
        """Off the UI thread: the meeting's content fingerprint means computing its results."""
        self._moving(True)
        return tasks.run(lambda: transfer.export_meeting(meeting_id, target),
                         lambda header: self._exported(target, header), self._move_failed)

    def _exported(self, target: Path, header: dict) -> None:
        self._moving(False)
        self.status_message.emit(self.tr("已导出评审会文件：%1（内容指纹 %2）").replace("%1", str(target)).replace(
            "%2", header["fingerprint"]["hexdigest"][:16]))

    @Slot()
    def import_meeting(self) -> None:
        source = open_file_name(self, self.tr("导入评审会文件"), self.tr("zqdesk 评审会文件 (*.zqmeeting);;所有文件 (*)"))
        if source:
            self.import_from(Path(source))

    def import_from(self, source: Path) -> tasks.Task:
        self._moving(True)
        return tasks.run(lambda: transfer.import_meeting(source), self._imported, self._move_failed)

    def _imported(self, meeting_id: int) -> None:
        self._moving(False)
        self.reload()
        row = self.model.row_of_id(meeting_id)
        if row is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.status_message.emit(self.tr("已导入为评审会#%1，内容与导出时一致（内容指纹已核对）。").replace(
            "%1", str(meeting_id)))

    def _move_failed(self, error: BaseException) -> None:
        self._moving(False)
        self._task_failed(error)

    def _moving(self, busy: bool) -> None:
        for button in (self.export_button, self.import_button):
            button.setEnabled(not busy)

    @Slot()
    def edit_templates(self) -> None:
        from zqdesk.gui.dialogs.criteria_editor import CriteriaEditor

        CriteriaEditor(self).exec()
