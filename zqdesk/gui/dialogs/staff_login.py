"""Signing in with a staff account (SPEC §12). On a database with no account yet, the first
person creates the administrator account, who then creates the others on the 设置 page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.services import accounts
from zqdesk.services.access import Actor
from zqdesk.services.errors import Refused
from zqdesk.storage.location import ServerAddress, describe

# What the person chose instead of signing in with an account (an expert at their laptop).
OPEN_PACKAGE, CONTINUE_OFFLINE = "package", "continue"


class StaffLogin(FormDialog):
    def __init__(self, parent: QWidget | None, db_path: Path | ServerAddress | None = None) -> None:
        self.first = not accounts.has_accounts()
        super().__init__(parent, "")
        self.setWindowTitle(self.tr("创建系统管理员账号") if self.first else self.tr("登录"))
        self.actor: Actor | None = None
        self.username = QLineEdit(self)
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if db_path is not None:
            where = QLabel(self.tr("数据库：%1").replace("%1", describe(db_path)))
            where.setWordWrap(True)
            where.setStyleSheet("color: #5f6b7a;")
            self.form.addRow(where)
        if self.first:
            intro = QLabel(self.tr(
                "这是一个新数据库，还没有任何账号。请先创建系统管理员账号；系统管理员再在“设置”中为经办人、"
                "评审组长和审计员创建账号。密码至少8位，含大写字母、小写字母、数字、符号中的至少三类。"))
            intro.setWordWrap(True)
            self.form.addRow(intro)
            self.form.addRow(self.tr("账号(&U)"), self.username)
            self.form.addRow(self.tr("姓名(&N)"), self.display_name)
            self.form.addRow(self.tr("密码(&P)"), self.password)
            self.form.addRow(self.tr("再次输入(&C)"), self.again)
        else:
            if isinstance(db_path, Path) and db_path.name == "demo.sqlite3":
                from zqdesk.services.demo import DEMO_PASSWORDS, DEMO_PIN

                hint = QLabel(self.tr("演示数据库的账号：经办人 huiwu（密码 %1）、系统管理员 admin（密码 %2）、"
                                      "审计员 shenji（密码 %3）；专家和组长的PIN均为 %4。")
                              .replace("%1", DEMO_PASSWORDS["huiwu"]).replace("%2", DEMO_PASSWORDS["admin"])
                              .replace("%3", DEMO_PASSWORDS["shenji"]).replace("%4", DEMO_PIN))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: #5f6b7a;")
                self.form.addRow(hint)
                self.username.setText("huiwu")
            self.form.addRow(self.tr("账号(&U)"), self.username)
            self.form.addRow(self.tr("密码(&P)"), self.password)
            self.display_name.hide()
            self.again.hide()
            if self.username.text():
                self.password.setFocus()
        self.password.returnPressed.connect(self.accept)
        self.action = self._sign_in
        self._add_expert_ways()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 32)

    def _add_expert_ways(self) -> None:
        """An expert with a scoring package on a stick has no account: two ways past the form."""
        from zqdesk.gui.laptop import last_offline_database

        self.choice: str | None = None
        self.offline_database: Path | None = None
        last = last_offline_database()
        row = QHBoxLayout()
        self.package_button = QPushButton(self.tr("打开评分数据包（专家离线评分）…"), self)
        self.package_button.setAutoDefault(False)
        self.package_button.clicked.connect(lambda: self._choose(OPEN_PACKAGE))
        row.addWidget(self.package_button)
        self.continue_button: QPushButton | None = None
        if last is not None:
            self.offline_database, label = last
            self.continue_button = QPushButton(self.tr("继续离线评分（%1）").replace("%1", label), self)
            self.continue_button.setAutoDefault(False)
            self.continue_button.clicked.connect(lambda: self._choose(CONTINUE_OFFLINE))
            row.addWidget(self.continue_button)
        row.addStretch(1)
        self.layout().insertLayout(self.layout().count() - 1, row)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        QDialog.done(self, QDialog.DialogCode.Rejected)

    def _sign_in(self) -> None:
        if self.first:
            if self.password.text() != self.again.text():
                raise Refused(self.tr("两次输入的密码不一致。"))
            self.actor = accounts.create_first_admin(self.username.text(), self.display_name.text(), self.password.text())
        else:
            try:
                self.actor = accounts.login(self.username.text(), self.password.text())
            except Refused:
                self.password.clear()
                raise
