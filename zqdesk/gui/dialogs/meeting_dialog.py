"""Create a meeting or change its settings (Designer form ui/meeting_dialog.ui)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from zqdesk.core.vocab import FUNDING_SOURCES, MEETING_KIND_LABELS, Kind
from zqdesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from zqdesk.gui.screenfit import keep_on_screen
from zqdesk.io import cells
from zqdesk.services import meetings
from zqdesk.services.errors import Refused


class MeetingDialog(QDialog):
    """With `meeting_id` the dialog edits that meeting; otherwise it creates one and
    `created_id` holds its id after acceptance."""

    def __init__(self, parent: QWidget | None = None, meeting_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.meeting_id = meeting_id
        self.created_id: int | None = None
        ui = self.ui
        for kind in Kind:
            ui.kindCombo.addItem(MEETING_KIND_LABELS[kind], str(kind))
        self.envelope_edits: dict[str, QLineEdit] = {}
        for source in FUNDING_SOURCES:
            edit = QLineEdit(ui.perSourceGroup)
            edit.setPlaceholderText(self.tr("不安排则留空"))
            ui.envelopeForm.addRow(source, edit)
            self.envelope_edits[source] = edit
        ui.perSourceGroup.toggled.connect(self._per_source_toggled)
        ui.dateEdit.setDate(QDate.currentDate())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ui.editTemplateButton.clicked.connect(self._edit_templates)
        self._fill_templates()
        if meeting_id is None:
            self.setWindowTitle(self.tr("新建评审会"))
        else:
            self.setWindowTitle(self.tr("评审会设置"))
            self._load(meeting_id)
        self._per_source_toggled(ui.perSourceGroup.isChecked())
        keep_on_screen(self)  # 782 px with large text: taller than a 1366×768 screen

    def _fill_templates(self, select: int | None = None) -> None:
        combo = self.ui.templateCombo
        combo.clear()
        for template_id, name in meetings.list_templates():
            combo.addItem(name, template_id)
        if select is not None:
            combo.setCurrentIndex(max(0, combo.findData(select)))

    def _load(self, meeting_id: int) -> None:
        ui = self.ui
        meeting = meetings.get_meeting(meeting_id)
        ui.nameEdit.setText(meeting.name)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(meeting.kind))
        ui.yearSpin.setValue(meeting.plan_year)
        if meeting.held_on:
            ui.dateEdit.setDate(QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day))
        ui.venueEdit.setText(meeting.venue)
        ui.budgetEdit.setText("" if meeting.budget is None else f"{meeting.budget:.2f}")
        envelopes = meetings.meeting_envelopes(meeting).by_source
        ui.perSourceGroup.setChecked(bool(envelopes))
        for source, amount in envelopes.items():
            if source in self.envelope_edits:
                self.envelope_edits[source].setText(f"{amount:.2f}")
        ui.passSpin.setValue(float(meeting.pass_mark))
        ui.tierASpin.setValue(float(meeting.tier_a))
        ui.tierBSpin.setValue(float(meeting.tier_b))
        # The criteria were copied when the meeting was created; they are not changed here.
        ui.criteriaGroup.setTitle(self.tr("评审标准（已复制到本评审会，不能更改）"))
        ui.templateCombo.clear()
        ui.templateCombo.addItem("、".join(f"{c.label}{c.max_points:g}" for c in meetings.meeting_criteria(meeting)))
        ui.templateCombo.setEnabled(False)
        ui.editTemplateButton.hide()

    @Slot(bool)
    def _per_source_toggled(self, on: bool) -> None:
        self.ui.budgetEdit.setEnabled(not on)

    @Slot()
    def _edit_templates(self) -> None:
        from zqdesk.gui.dialogs.criteria_editor import CriteriaEditor

        editor = CriteriaEditor(self, self.ui.templateCombo.currentData())
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._fill_templates(editor.saved_id)

    def settings(self) -> meetings.MeetingSettings:
        """The settings typed in; raises Refused with the reason when one is not usable."""
        ui = self.ui
        envelopes: dict[str, Decimal] | None = None
        budget: Decimal | None = None
        try:
            if ui.perSourceGroup.isChecked():
                envelopes = {s: cells.money(e.text()) for s, e in self.envelope_edits.items() if e.text().strip()}
                if not envelopes:
                    raise Refused(self.tr("请至少为一个资金来源填写额度。"))
                budget = sum(envelopes.values(), Decimal(0))
            elif ui.budgetEdit.text().strip():
                budget = cells.money(ui.budgetEdit.text())
        except ValueError as error:
            raise Refused(str(error)) from None
        held = ui.dateEdit.date()
        return meetings.MeetingSettings(
            name=ui.nameEdit.text(), kind=Kind(ui.kindCombo.currentData()), plan_year=ui.yearSpin.value(),
            budget=budget, envelopes=envelopes, pass_mark=Decimal(str(ui.passSpin.value())),
            tier_a=Decimal(str(ui.tierASpin.value())), tier_b=Decimal(str(ui.tierBSpin.value())),
            held_on=date(held.year(), held.month(), held.day()), venue=ui.venueEdit.text().strip(),
        )

    def accept(self) -> None:
        try:
            settings = self.settings()
            if self.meeting_id is None:
                template_id = self.ui.templateCombo.currentData()
                meeting = meetings.create_meeting_from_template(settings, template_id)
                self.created_id = meeting.id
            else:
                meetings.update_meeting(self.meeting_id, settings)
        except Refused as error:
            self.ui.messageLabel.setText(str(error))
            return
        super().accept()
