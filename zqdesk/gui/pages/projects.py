"""项目: the applications with their findings; add, change, delete, import, template,
pre-check; details, materials checklist and attachments beside the table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from zqdesk.core.types import Severity
from zqdesk.core.vocab import CATEGORIES
from zqdesk.gui import tasks
from zqdesk.gui.ask import confirm
from zqdesk.gui.dialogs.files import save_file_name
from zqdesk.gui.dialogs.import_dialog import ImportDialog, ImportSpec
from zqdesk.gui.models.base import NUMERIC, Column, money
from zqdesk.gui.models.projects import ProjectFilter, ProjectRow, ProjectTableModel
from zqdesk.gui.pages.base import StagePage, heading
from zqdesk.gui.pages.project_detail import ProjectDetail
from zqdesk.gui.session import CONCLUSIONS, MEETING, PROJECTS
from zqdesk.gui.widgets.badges import FindingsDelegate
from zqdesk.io.projects import read_projects
from zqdesk.io.templates import write_template
from zqdesk.services import projects
from zqdesk.services.access import Action
from zqdesk.gui.results_cache import results_for


def load_rows(key: tuple[int, int, str]) -> list[ProjectRow]:
    """Worker: the applications with their findings and the chair's overrides."""
    results = results_for(*key)
    by_code = {o.project.code: o for o in results.outcomes}
    return [ProjectRow(o.project, o.findings, o.overridden) for o in
            sorted(by_code.values(), key=lambda o: o.project.code)]


class ProjectsPage(StagePage):
    depends_on = (MEETING, PROJECTS, CONCLUSIONS)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.model = ProjectTableModel(self)
        self.proxy = ProjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self._task: tasks.Task | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索编号、名称、单位…"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("全部类别"), "")
        for c in CATEGORIES:
            self.category.addItem(c, c)
        self.severity = QComboBox(self)
        self.severity.addItem(self.tr("全部审查意见"), None)
        for s in (Severity.VETO, Severity.BLOCKER, Severity.WARNING, Severity.INFO):
            self.severity.addItem(self.tr("有“%1”").replace("%1", s.label), s.value)
        self.severity.addItem(self.tr("无问题"), "none")
        self.count = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category)
        filters.addWidget(self.severity)
        filters.addWidget(self.count, 1)

        self.add_button = QPushButton(self.tr("新增项目…"), self)
        self.edit_button = QPushButton(self.tr("查看/修改…"), self)
        self.delete_button = QPushButton(self.tr("删除"), self)
        self.import_button = QPushButton(self.tr("导入申报表…"), self)
        self.template_button = QPushButton(self.tr("导出申报表模板…"), self)
        self.check_button = QPushButton(self.tr("重新合规审查"), self)
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button,
                  self.template_button, self.check_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(ProjectTableModel.FINDINGS_COLUMN, FindingsDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # fitting columns reads 60 rows, not 2,000
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("项目列表"))

        self.detail = ProjectDetail(self)
        self.detail.refused.connect(self._task_failed)
        self.detail.message.connect(self.status_message)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("申报项目")))
        layout.addLayout(actions)
        layout.addWidget(split, 1)

        self.search.textChanged.connect(self._filter_changed)
        self.category.currentIndexChanged.connect(self._filter_changed)
        self.severity.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.doubleClicked.connect(self.edit_project)
        self.add_button.clicked.connect(self.add_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.delete_button.clicked.connect(self.delete_project)
        self.import_button.clicked.connect(self.import_projects)
        self.template_button.clicked.connect(self.export_template)
        self.check_button.clicked.connect(self.run_check)

    def user_changed(self) -> None:
        self.mark_dirty()
        if self.isVisible():
            self._reload_now()

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        s = self.session
        self.detail.meeting_id = s.meeting_id
        self.detail.read_only = s.read_only
        editable = s.can_edit(Action.PROJECT_EDIT)
        self.detail.read_only = not editable
        for b in (self.add_button, self.delete_button, self.import_button):
            b.setEnabled(editable)
        self.check_button.setEnabled(s.can_edit(Action.PRECHECK))
        self.edit_button.setText(self.tr("查看/修改…") if editable else self.tr("查看…"))
        if not s.has_meeting:
            self.model.set_rows([])
            self._count()
            return
        if self._task is not None:
            self._task.cancel()
        self.count.setText(self.tr("正在读取…"))
        key = s.results_key()
        self._task = self.run_task(lambda: load_rows(key), self._loaded)

    def _loaded(self, rows: list[ProjectRow]) -> None:
        current = self.current_row()
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        self.proxy.resort()
        self._count()
        if first and rows:
            self._fit_columns()
        if current is not None:
            self.select_code(current.facts.code)
        elif self.proxy.rowCount():
            self.table.selectRow(0)

    def font_changed(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        if self.model.rowCount():
            self._fit_columns()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        em = self.fontMetrics().horizontalAdvance("中")
        header.resizeSection(1, min(header.sectionSize(1), em * 16))
        header.resizeSection(3, min(header.sectionSize(3), em * 10))
        header.resizeSection(2, max(header.sectionSize(2), em * 8))

    def _count(self) -> None:
        self.count.setText(self.tr("显示 %1 / %2 项").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    @Slot()
    def _filter_changed(self) -> None:
        self.proxy.set_category(self.category.currentData() or "")
        self.proxy.set_severity(self.severity.currentData())
        self.proxy.set_search(self.search.text())
        self._count()

    def current_row(self) -> ProjectRow | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> None:
        row = self.model.row_of_code(code)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    @Slot()
    def _row_chosen(self, current, _previous=None) -> None:
        self.detail.show_row(self.proxy.row_at(current.row()) if current.isValid() else None)

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def add_project(self) -> None:
        from zqdesk.gui.dialogs.project_form import ProjectForm

        s = self.session
        form = ProjectForm(self, s.meeting_id, s.plan_year or 2027)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("已新增项目%1。").replace("%1", form.saved_code))

    @Slot()
    def edit_project(self) -> None:
        from zqdesk.gui.dialogs.project_form import ProjectForm

        row = self.current_row()
        if row is None:
            return
        s = self.session
        form = ProjectForm(self, s.meeting_id, s.plan_year or 2027, row.facts,
                           read_only=not s.can_edit(Action.PROJECT_EDIT))
        if form.exec() == QDialog.DialogCode.Accepted:
            self._after_change(self.tr("已保存项目%1。").replace("%1", row.facts.code))

    @Slot()
    def delete_project(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if confirm(self, self.tr("删除项目"), self.tr("删除项目%1“%2”及其全部评分、附件和意见？此操作不能撤销。")
                   .replace("%1", row.facts.code).replace("%2", row.facts.name), yes=self.tr("删除")):
            if self.attempt(lambda: projects.delete_project(self.session.meeting_id, row.facts.code)):
                self._after_change(self.tr("已删除项目%1。").replace("%1", row.facts.code))

    def _after_change(self, message: str) -> None:
        meeting_id = self.session.meeting_id
        self.status_message.emit(message + self.tr("正在重新合规审查…"))
        self.run_task(lambda: projects.run_precheck(meeting_id), lambda _: self._checked(message))

    def _checked(self, message: str) -> None:
        self.status_message.emit(message)
        self.session.notify(PROJECTS)

    @Slot()
    def run_check(self) -> None:
        self._after_change(self.tr("合规审查已完成。"))

    def import_spec(self) -> ImportSpec:
        meeting_id = self.session.meeting_id

        def write(path: Path, items) -> str:
            created = projects.add_projects(meeting_id, items)
            projects.run_precheck(meeting_id)
            return self.tr("已导入%1个项目并完成合规审查。").replace("%1", str(len(created)))

        return ImportSpec(
            title=self.tr("导入申报表"), read=read_projects, write=write,
            columns=[
                Column(self.tr("编号"), lambda f: f.code or self.tr("（自动）")),
                Column(self.tr("项目名称"), lambda f: f.name), Column(self.tr("建设单位"), lambda f: f.unit),
                Column(self.tr("申报类型"), lambda f: f.kind.label), Column(self.tr("项目类别"), lambda f: f.category),
                Column(self.tr("总投资(万元)"), lambda f: money(f.total_investment), align=NUMERIC),
                Column(self.tr("申请市级资金(万元)"), lambda f: money(f.requested), align=NUMERIC),
                Column(self.tr("资金来源"), lambda f: f.funding_source),
                Column(self.tr("申报日期"), lambda f: f.submitted_on.isoformat()),
            ])

    @Slot()
    def import_projects(self) -> None:
        """导入申报表…: the import dialog opens and at once asks for the file. (A slot without
        parameters: clicked(bool) would hand False to a `path` parameter.)"""
        dialog = ImportDialog(self, self.import_spec())
        dialog.accepted.connect(lambda: self._imported(dialog.result_message))
        dialog.open()
        dialog.choose_file()

    def _imported(self, message: str) -> None:
        self.status_message.emit(message)
        self.session.notify(PROJECTS)

    @Slot()
    def export_template(self) -> None:
        name = save_file_name(self, self.tr("导出申报表模板"), self.tr("项目申报导入模板.xlsx"),
                              self.tr("Excel 文件 (*.xlsx)"))
        if name:
            if self.attempt(lambda: write_template("projects", name)):
                self.status_message.emit(self.tr("模板已保存：%1").replace("%1", name))


