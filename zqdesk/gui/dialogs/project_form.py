"""One application: add, view or change it (Designer form ui/project_form.ui), with the
materials checklist of 第九条."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QWidget

from zqdesk.core.types import ProjectFacts
from zqdesk.core.vocab import (
    CATEGORIES, DEPLOYMENTS, FUNDING_SOURCES, KIND_LABELS, NATURES, PLAN_ELEMENTS,
    PROTECTION_LEVEL_NAMES, SELF_BUILT_ITEMS, SUB_TYPES, Kind,
)
from zqdesk.gui.forms.ui_project_form import Ui_ProjectForm
from zqdesk.io import cells
from zqdesk.services import projects
from zqdesk.services.errors import Refused


class ProjectForm(QDialog):
    """`facts` given: edit (or only view, when read_only) that project; else add a new one."""

    def __init__(self, parent: QWidget | None, meeting_id: int, plan_year: int,
                 facts: ProjectFacts | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectForm()
        self.ui.setupUi(self)
        self.meeting_id = meeting_id
        self.original = facts
        ui = self.ui
        for kind in Kind:
            ui.kindCombo.addItem(KIND_LABELS[kind], str(kind))
        ui.categoryCombo.addItems(CATEGORIES)
        ui.subTypeCombo.addItem("")
        ui.subTypeCombo.addItems(SUB_TYPES)
        ui.natureCombo.addItems(NATURES)
        ui.fundingCombo.addItems(FUNDING_SOURCES)
        ui.protectionCombo.addItem(self.tr("未填写"), None)
        for level, name in PROTECTION_LEVEL_NAMES.items():
            ui.protectionCombo.addItem(name, level)
        self.deployment = self._checks(ui.deploymentGroup, DEPLOYMENTS, 3)
        self.self_built = self._checks(ui.selfBuiltGroup, SELF_BUILT_ITEMS, 4)
        self.elements = self._checks(ui.planElementsGroup, PLAN_ELEMENTS, 2)
        ui.yearSpin.setValue(plan_year)
        ui.submittedEdit.setDate(QDate.currentDate())
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("保存"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        if facts is None:
            self.setWindowTitle(self.tr("新增项目"))
        else:
            self.setWindowTitle(self.tr("项目 %1").replace("%1", facts.code))
            self.load(facts)
            ui.codeEdit.setReadOnly(True)
        if read_only:
            for tab in (ui.basicTab, ui.contentTab, ui.materialsTab):
                tab.setEnabled(False)
            save.hide()
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
            ui.messageLabel.setText(self.tr("评审会已定稿，只能查看。"))

    def _checks(self, group, items, columns: int) -> dict[str, QCheckBox]:
        boxes = {}
        layout = group.layout()
        for number, item in enumerate(items):
            box = QCheckBox(item, group)
            layout.addWidget(box, number // columns, number % columns)
            boxes[item] = box
        return boxes

    def load(self, f: ProjectFacts) -> None:
        ui = self.ui
        ui.codeEdit.setText(f.code)
        ui.nameEdit.setText(f.name)
        ui.unitEdit.setText(f.unit)
        ui.unitTypeEdit.setText(f.unit_type)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(str(f.kind)))
        ui.yearSpin.setValue(f.plan_year)
        ui.categoryCombo.setCurrentText(f.category)
        ui.subTypeCombo.setCurrentText(f.sub_type)
        ui.natureCombo.setCurrentText(f.nature)
        ui.totalEdit.setText(f"{f.total_investment:.2f}")
        ui.requestedEdit.setText(f"{f.requested:.2f}")
        ui.fundingCombo.setCurrentText(f.funding_source)
        ui.submittedEdit.setDate(QDate(f.submitted_on.year, f.submitted_on.month, f.submitted_on.day))
        for item, box in self.deployment.items():
            box.setChecked(item in f.deployment)
        for item, box in self.self_built.items():
            box.setChecked(item in f.self_built)
        for item, box in self.elements.items():
            box.setChecked(item in f.plan_elements)
        ui.sharingAnalysisEdit.setPlainText(f.sharing_analysis)
        ui.sharingDepartmentsEdit.setText("、".join(f.sharing_departments))
        ui.classifiedCheck.setChecked(f.classified)
        ui.protectionCombo.setCurrentIndex(max(0, ui.protectionCombo.findData(f.protection_level)))
        ui.compilerQualifiedCheck.setChecked(f.compiler_qualified)
        ui.mandatedCheck.setChecked(f.mandated)
        ui.urgentCheck.setChecked(f.urgent)
        ui.remarksEdit.setText(f.remarks)

    def facts(self) -> ProjectFacts:
        """The project as typed; Refused names the first field that is not usable."""
        ui = self.ui
        name, unit = ui.nameEdit.text().strip(), ui.unitEdit.text().strip()
        if not name:
            raise Refused(self.tr("请填写项目名称。"))
        if not unit:
            raise Refused(self.tr("请填写建设单位。"))
        try:
            total = cells.money(ui.totalEdit.text())
        except ValueError as error:
            raise Refused(self.tr("总投资：") + str(error)) from None
        try:
            requested = cells.money(ui.requestedEdit.text())
        except ValueError as error:
            raise Refused(self.tr("申请市级资金：") + str(error)) from None
        if total <= 0:
            raise Refused(self.tr("总投资应大于0。"))
        if requested > total:
            raise Refused(self.tr("申请市级资金不能超过总投资。"))
        day = ui.submittedEdit.date()
        return ProjectFacts(
            code=ui.codeEdit.text().strip(), name=name, unit=unit, unit_type=ui.unitTypeEdit.text().strip(),
            kind=Kind(ui.kindCombo.currentData()), plan_year=ui.yearSpin.value(),
            category=ui.categoryCombo.currentText(), sub_type=ui.subTypeCombo.currentText(),
            nature=ui.natureCombo.currentText(), total_investment=total, requested=requested,
            funding_source=ui.fundingCombo.currentText(), submitted_on=date(day.year(), day.month(), day.day()),
            deployment=tuple(i for i, b in self.deployment.items() if b.isChecked()),
            self_built=tuple(i for i, b in self.self_built.items() if b.isChecked()),
            sharing_analysis=ui.sharingAnalysisEdit.toPlainText().strip(),
            sharing_departments=cells.items(ui.sharingDepartmentsEdit.text()),
            classified=ui.classifiedCheck.isChecked(), protection_level=ui.protectionCombo.currentData(),
            plan_elements=tuple(i for i, b in self.elements.items() if b.isChecked()),
            compiler_qualified=ui.compilerQualifiedCheck.isChecked(), mandated=ui.mandatedCheck.isChecked(),
            urgent=ui.urgentCheck.isChecked(), remarks=ui.remarksEdit.text().strip(),
        )

    def accept(self) -> None:
        try:
            facts = self.facts()
            if self.original is None:
                created = projects.add_projects(self.meeting_id, [facts])
                self.saved_code = created[0].code
            else:
                projects.update_project(self.meeting_id, self.original.code, facts)
                self.saved_code = self.original.code
        except Refused as error:
            self.ui.messageLabel.setText(str(error))
            return
        super().accept()
