"""专家: the panel — experts, departments, roles, recusals (automatic and declared), PINs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QPushButton, QSplitter, QTableView,
    QVBoxLayout,
)
from PySide6.QtCore import Qt

from zqdesk.core.vocab import ROLE_LABELS
from zqdesk.gui.dialogs.files import save_file_name
from zqdesk.gui.dialogs.import_dialog import ImportDialog, ImportSpec
from zqdesk.gui.dialogs.chair import ReasonDialog
from zqdesk.gui.dialogs.panel_dialogs import ExpertDialog, PinDialog, RecusalDialog
from zqdesk.gui.models.base import Column, FilterProxy, RowTableModel
from zqdesk.gui.models.panel import PanelTableModel
from zqdesk.gui.pages.base import StagePage, heading, hint
from zqdesk.gui.session import MEETING, PANEL, PROJECTS, SCORES
from zqdesk.io.experts import read_experts
from zqdesk.io.templates import write_template
from zqdesk.services import panel, scoring
from zqdesk.services.access import Action
from zqdesk.services.projects import meeting_facts
from zqdesk.services.meetings import get_meeting


def load_panel(meeting_id: int):
    return panel.panel(meeting_id), scoring.submitted_experts(meeting_id), panel.recusals(meeting_id)


class RecusalTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("专家"), lambda r: r.expert_name), Column(self.tr("项目编号"), lambda r: r.code),
            Column(self.tr("项目名称"), lambda r: r.project_name),
            Column(self.tr("方式"), lambda r: self.tr("自动（本单位项目）") if r.automatic else self.tr("本人申报")),
            Column(self.tr("理由"), lambda r: r.reason),
        ])


class PanelPage(StagePage):
    depends_on = (MEETING, PANEL, PROJECTS, SCORES)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.model = PanelTableModel(self)
        self.proxy = FilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.recusal_model = RecusalTableModel(self)

        self.add_button = QPushButton(self.tr("增加专家…"), self)
        self.import_button = QPushButton(self.tr("导入专家名单…"), self)
        self.template_button = QPushButton(self.tr("导出专家名单模板…"), self)
        self.recuse_button = QPushButton(self.tr("申报回避…"), self)
        self.pin_button = QPushButton(self.tr("设置PIN…"), self)
        self.edit_button = QPushButton(self.tr("修改专家…"), self)
        self.remove_button = QPushButton(self.tr("移出专家组…"), self)
        self.withdraw_button = QPushButton(self.tr("撤销回避…"), self)
        self.withdraw_button.setToolTip(self.tr("撤销在“回避关系”中选中的本人申报回避，须写明理由"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button, self.import_button, self.template_button,
                  self.recuse_button, self.withdraw_button, self.pin_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("专家列表"))
        self.recusal_table = QTableView(self)
        self.recusal_table.setModel(self.recusal_model)
        self.recusal_table.verticalHeader().setVisible(False)
        self.recusal_table.horizontalHeader().setStretchLastSection(True)
        self.recusal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recusal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recusal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recusal_table.setAccessibleName(self.tr("回避关系"))
        box = QGroupBox(self.tr("回避关系"), self)
        QVBoxLayout(box).addWidget(self.recusal_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("评审专家")))
        layout.addWidget(hint(self.tr(
            "专家来自申报单位的，自动回避该单位的项目；其他回避由专家本人申报。每位专家凭PIN登录评分。")))
        layout.addLayout(actions)
        layout.addWidget(split, 1)

        self.add_button.clicked.connect(self.add_expert)
        self.import_button.clicked.connect(self.import_experts)
        self.template_button.clicked.connect(self.export_template)
        self.recuse_button.clicked.connect(self.declare_recusal)
        self.pin_button.clicked.connect(self.set_pin)
        self.edit_button.clicked.connect(self.edit_expert)
        self.remove_button.clicked.connect(self.remove_expert)
        self.withdraw_button.clicked.connect(self.withdraw_recusal)
        self.table.doubleClicked.connect(self.set_pin)

    def reload(self) -> None:
        s = self.session
        for b in (self.add_button, self.import_button, self.recuse_button, self.pin_button, self.edit_button,
                  self.remove_button, self.withdraw_button):
            b.setEnabled(s.can_edit(Action.PANEL_EDIT))
        if not s.has_meeting:
            self.model.set_panel([], set())
            self.recusal_model.set_rows([])
            return
        meeting_id = s.meeting_id
        self.run_task(lambda: load_panel(meeting_id), self._loaded)

    def _loaded(self, loaded) -> None:
        entries, submitted, recusals = loaded
        # The expert chosen stays chosen across a reload: after 修改专家… the next action must
        # not fall on whoever happens to be first.
        chosen = self.current_entry()
        self.model.set_panel(entries, submitted)
        self.proxy.resort()
        if chosen is not None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.row_at(row).expert_id == chosen.expert_id:
                    self.table.selectRow(row)
                    break
        self.recusal_model.set_rows(recusals)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.recusal_table.resizeColumnsToContents()
        if entries and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def font_changed(self) -> None:
        self.table.resizeColumnsToContents()
        self.recusal_table.resizeColumnsToContents()

    def current_entry(self):
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    @Slot()
    def add_expert(self) -> None:
        meeting_id = self.session.meeting_id
        dialog = ExpertDialog(self, lambda row: panel.add_expert(meeting_id, row))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify(PANEL)
            self.status_message.emit(self.tr("已增加专家%1。").replace("%1", dialog.row().name))

    @Slot()
    def edit_expert(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        meeting_id = self.session.meeting_id
        dialog = ExpertDialog(self, lambda row: panel.update_expert(meeting_id, entry.expert_id, row), entry)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify(PANEL)
            self.status_message.emit(self.tr("已修改专家%1的信息。").replace("%1", entry.name))

    def _with_reason(self, title: str, prompt: str, act) -> bool:
        """A reason dialog whose 确定 runs `act(reason)`; a refusal stays in the dialog."""
        dialog = ReasonDialog(self, title, prompt)
        check = dialog.action
        dialog.action = lambda: (check(), act(dialog.text()))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def remove_expert(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        meeting_id = self.session.meeting_id
        if self._with_reason(self.tr("移出专家组"), self.tr("把%1（%2）移出本评审会专家组。理由将记录在审计日志中。")
                             .replace("%1", entry.name).replace("%2", entry.organisation),
                             lambda reason: panel.remove_expert(meeting_id, entry.expert_id, reason)):
            self.session.notify(PANEL)
            self.status_message.emit(self.tr("已把%1移出专家组。").replace("%1", entry.name))

    @Slot()
    def withdraw_recusal(self) -> None:
        index = self.recusal_table.currentIndex()
        if not index.isValid():
            self.status_message.emit(self.tr("请先在“回避关系”中选择要撤销的回避。"))
            return
        recusal = self.recusal_model.row(index.row())
        meeting_id = self.session.meeting_id
        if self._with_reason(self.tr("撤销回避"), self.tr("撤销%1对项目%2的回避。理由将记录在审计日志中。")
                             .replace("%1", recusal.expert_name).replace("%2", recusal.code),
                             lambda reason: panel.withdraw_recusal(meeting_id, recusal.expert_id, recusal.code, reason)):
            self.session.notify(PANEL)
            self.status_message.emit(self.tr("已撤销%1对项目%2的回避。").replace("%1", recusal.expert_name)
                                     .replace("%2", recusal.code))

    @Slot()
    def declare_recusal(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        meeting_id = self.session.meeting_id
        choices = [(f.code, f.name) for f in meeting_facts(get_meeting(meeting_id)) if f.code not in entry.recused_codes]
        dialog = RecusalDialog(self, entry.name, choices,
                               lambda code, reason: panel.declare_recusal(meeting_id, entry.expert_id, code, reason))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify(PANEL)

    @Slot()
    def set_pin(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.session.can_edit(Action.PANEL_EDIT):
            return
        meeting_id = self.session.meeting_id
        dialog = PinDialog(self, f"{entry.name}（{ROLE_LABELS[entry.role]}）",
                           lambda pin: panel.set_pin(meeting_id, entry.expert_id, pin))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.notify(PANEL)
            self.status_message.emit(self.tr("已为%1设置PIN。").replace("%1", entry.name))

    def import_spec(self) -> ImportSpec:
        meeting_id = self.session.meeting_id

        def write(path: Path, rows) -> str:
            seated = panel.add_experts(meeting_id, rows, source=path.name)
            return self.tr("已导入%1位专家。").replace("%1", str(len(seated)))

        return ImportSpec(
            title=self.tr("导入专家名单"), read=read_experts, write=write,
            columns=[
                Column(self.tr("姓名"), lambda r: r.name), Column(self.tr("单位"), lambda r: r.organisation),
                Column(self.tr("职称"), lambda r: r.title), Column(self.tr("代表部门"), lambda r: r.department),
                Column(self.tr("角色"), lambda r: ROLE_LABELS[r.role]),
                Column(self.tr("回避项目"), lambda r: "、".join(r.recused_codes)), Column(self.tr("联系电话"), lambda r: r.phone),
            ])

    @Slot()
    def import_experts(self) -> None:
        """导入专家名单…: the import dialog, asking at once for the file (no `path` parameter a
        clicked(bool) could fill)."""
        dialog = ImportDialog(self, self.import_spec())
        dialog.accepted.connect(lambda: (self.status_message.emit(dialog.result_message), self.session.notify(PANEL)))
        dialog.open()
        dialog.choose_file()

    @Slot()
    def export_template(self) -> None:
        name = save_file_name(self, self.tr("导出专家名单模板"), self.tr("专家名单导入模板.xlsx"),
                              self.tr("Excel 文件 (*.xlsx)"))
        if name and self.attempt(lambda: write_template("experts", name)):
            self.status_message.emit(self.tr("模板已保存：%1").replace("%1", name))


