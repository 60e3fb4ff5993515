"""Staff accounts, for the administrator (设置 page): list, create, enable or disable."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.gui.models.base import Column, RowTableModel
from zqdesk.gui.pages.base import show_refusal
from zqdesk.gui.session import Session
from zqdesk.services import accounts
from zqdesk.services.access import ROLE_LABELS, STAFF_ROLES, Action, ActorRole
from zqdesk.services.errors import Refused


class AccountTableModel(RowTableModel):
    """Rows: (id, username, display name, role, active)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("账号"), lambda r: r[1]), Column(self.tr("姓名"), lambda r: r[2]),
            Column(self.tr("角色"), lambda r: ROLE_LABELS[r[3]]),
            Column(self.tr("状态"), lambda r: self.tr("启用") if r[4] else self.tr("停用")),
        ])


class AccountDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("新建账号"))
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in (ActorRole.CLERK, ActorRole.CHAIR, ActorRole.AUDITOR, ActorRole.ADMIN):
            if role in STAFF_ROLES:
                self.role.addItem(ROLE_LABELS[role], str(role))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("账号"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.role_note = QLabel(self)
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("color: #5f6b7a;")
        self.rules = QLabel(self.tr("密码规则：至少8位，含大写字母、小写字母、数字、符号中的至少三类。"), self)
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #5f6b7a;")
        self.check = QLabel(self)
        self.check.setWordWrap(True)
        self.form.addRow("", self.role_note)
        self.form.addRow(self.tr("初始密码"), self.password)
        self.form.addRow(self.tr("再次输入"), self.again)
        self.form.addRow("", self.rules)
        self.form.addRow("", self.check)
        self.role.currentIndexChanged.connect(self._show_role)
        self.password.textChanged.connect(self._check_password)
        self.again.textChanged.connect(self._check_password)
        self._show_role()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
        self.action = self._create

    @Slot()
    def _show_role(self) -> None:
        notes = {
            ActorRole.CLERK: self.tr("会务人员：建评审会、导入项目和专家、录入纸质评分、合并专家结果文件、打印文书。"),
            ActorRole.CHAIR: self.tr("评审组长：主持讨论、重新评分、确定结论和档次、定稿。"),
            ActorRole.AUDITOR: self.tr("审计员：查看评审会和结果，核验审计记录；不能修改任何内容。"),
            ActorRole.ADMIN: self.tr("系统管理员：账号、备份和恢复、节假日安排；看不到评分。"),
        }
        self.role_note.setText(notes.get(ActorRole(self.role.currentData()), ""))

    @Slot()
    def _check_password(self) -> None:
        password = self.password.text()
        if not password:
            self.check.clear()
            return
        try:
            accounts.check_password(password)
        except Refused as error:
            self._mark(False, str(error))
            return
        if self.again.text() and self.again.text() != password:
            self._mark(False, self.tr("两次输入的密码不一致。"))
        else:
            self._mark(True, self.tr("密码符合规则。"))

    def _mark(self, ok: bool, text: str) -> None:
        self.check.setStyleSheet(f"color: {'#067647' if ok else '#b42318'};")
        self.check.setText(("✔ " if ok else "✘ ") + text)

    def _create(self) -> None:
        if self.password.text() != self.again.text():
            raise Refused(self.tr("两次输入的密码不一致。"))
        accounts.create_account(self.username.text(), self.display_name.text(), ActorRole(self.role.currentData()),
                                self.password.text())


class AccountsBox(QGroupBox):
    created = Signal(str)  # the new account's login name

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("账号（系统管理员）"))
        self.session = session
        self.model = AccountTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("新建账号…"), self)
        self.toggle_button = QPushButton(self.tr("启用/停用"), self)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new_account)
        self.toggle_button.clicked.connect(self.toggle)

    def reload(self) -> None:
        allowed = self.session.may(Action.ADMINISTER)
        self.setVisible(allowed)
        if allowed:
            self.model.set_rows(accounts.list_accounts())
            self.table.resizeColumnsToContents()

    @Slot()
    def new_account(self, role: ActorRole | None = None) -> None:
        dialog = AccountDialog(self)
        if isinstance(role, ActorRole):  # clicked(bool) passes False
            dialog.role.setCurrentIndex(max(0, dialog.role.findData(str(role))))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.created.emit(dialog.username.text().strip())

    @Slot()
    def toggle(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        account_id, _user, _name, _role, active = self.model.row(index.row())
        try:
            accounts.set_active(account_id, not active)
        except Refused as error:
            show_refusal(self, error)
        self.reload()
