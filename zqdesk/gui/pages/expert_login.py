"""The expert desk's sign-in card: the Designer form (ui/login.ui) in a framed box."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from zqdesk.gui.forms.ui_login import Ui_LoginForm


class LoginPanel(QGroupBox):
    """The Designer login form in a framed card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("专家登录"))
        self.form = QWidget(self)
        self.ui = Ui_LoginForm()
        self.ui.setupUi(self.form)
        self.demo_hint = QLabel(self.tr("演示评审会：每位专家的PIN均为 1234。"), self)
        self.demo_hint.setStyleSheet("color: #5f6b7a;")
        self.demo_hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.demo_hint)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 30)
