"""Small dialogs of the 专家 page: add an expert, declare a recusal, set a PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from zqdesk.core.vocab import DEPARTMENTS, ROLE_LABELS, Role
from zqdesk.io.errors import ImportRefused
from zqdesk.io.experts import ExpertRow
from zqdesk.services.errors import Refused


class FormDialog(QDialog):
    """A form with a message line; `action()` runs on OK and a refusal keeps the dialog open."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.action: Callable[[], object] | None = None

    def accept(self) -> None:
        try:
            if self.action is not None:
                self.action()
        except ImportRefused as error:
            self.message.setText("\n".join(e.reason for e in error.errors))
            return
        except Refused as error:
            self.message.setText(str(error))
            return
        super().accept()


class ExpertDialog(FormDialog):
    """增加专家, or with `entry` 修改专家: then the name and unit are shown but not editable (they
    say who the expert is; services.panel.update_expert)."""

    def __init__(self, parent: QWidget | None, save: Callable[[ExpertRow], object], entry=None) -> None:
        super().__init__(parent, self.tr("增加专家") if entry is None else self.tr("修改专家"))
        self.name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.department = QComboBox(self)
        self.department.addItem("")
        self.department.addItems(DEPARTMENTS)
        self.role = QComboBox(self)
        for role in (Role.MEMBER, Role.CHAIR):
            self.role.addItem(ROLE_LABELS[role], str(role))
        self.phone = QLineEdit(self)
        self.form.addRow(self.tr("姓名*"), self.name)
        self.form.addRow(self.tr("单位*"), self.organisation)
        self.form.addRow(self.tr("职称"), self.title_edit)
        self.form.addRow(self.tr("代表部门"), self.department)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.form.addRow(QLabel(self.tr("与申报单位相同的专家将自动回避该单位的项目。")))
        if entry is not None:
            for edit, value in ((self.name, entry.name), (self.organisation, entry.organisation),
                                (self.title_edit, entry.title), (self.phone, entry.phone)):
                edit.setText(value)
            self.name.setReadOnly(True)
            self.organisation.setReadOnly(True)
            self.department.setCurrentIndex(max(0, self.department.findText(entry.department)))
            self.role.setCurrentIndex(max(0, self.role.findData(str(entry.role))))
        self.action = lambda: save(self.row())

    def row(self) -> ExpertRow:
        return ExpertRow(self.name.text().strip(), self.organisation.text().strip(), self.title_edit.text().strip(),
                         self.department.currentText(), Role(self.role.currentData()), (), self.phone.text().strip())


class RecusalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, expert_name: str, projects: list[tuple[str, str]],
                 save: Callable[[str, str], object]) -> None:
        super().__init__(parent, self.tr("申报回避"))
        self.project = QComboBox(self)
        for code, name in projects:
            self.project.addItem(f"{code}  {name}", code)
        self.reason = QLineEdit(self)
        self.reason.setText(self.tr("本人申报回避"))
        self.form.addRow(self.tr("专家"), QLabel(expert_name))
        self.form.addRow(self.tr("回避项目"), self.project)
        self.form.addRow(self.tr("回避理由"), self.reason)
        self.action = lambda: save(self.project.currentData(), self.reason.text().strip())


class PinDialog(FormDialog):
    def __init__(self, parent: QWidget | None, expert_name: str, save: Callable[[str], object]) -> None:
        super().__init__(parent, self.tr("设置PIN"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(8)
        self.form.addRow(self.tr("专家"), QLabel(expert_name))
        self.form.addRow(self.tr("新PIN（4至8位数字）"), self.pin)
        self.form.addRow(self.tr("再次输入"), self.again)
        self.action = self._save
        self._save_pin = save

    def _save(self) -> None:
        if self.pin.text() != self.again.text():
            raise Refused(self.tr("两次输入的PIN不一致。"))
        self._save_pin(self.pin.text())
