# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
##
## Created by: Qt User Interface Compiler version 6.9.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginForm(object):
    def setupUi(self, LoginForm):
        if not LoginForm.objectName():
            LoginForm.setObjectName(u"LoginForm")
        LoginForm.resize(420, 320)
        self.verticalLayout = QVBoxLayout(LoginForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.titleLabel = QLabel(LoginForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.expertLabel = QLabel(LoginForm)
        self.expertLabel.setObjectName(u"expertLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expertLabel)

        self.expertCombo = QComboBox(LoginForm)
        self.expertCombo.setObjectName(u"expertCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expertCombo)

        self.pinLabel = QLabel(LoginForm)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(LoginForm)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setMaxLength(8)
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.verticalLayout.addLayout(self.form)

        self.messageLabel = QLabel(LoginForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b42318;")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.loginButton = QPushButton(LoginForm)
        self.loginButton.setObjectName(u"loginButton")

        self.buttons.addWidget(self.loginButton)


        self.verticalLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.expertLabel.setBuddy(self.expertCombo)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.expertCombo, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.loginButton)

        self.retranslateUi(LoginForm)

        self.loginButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginForm)
    # setupUi

    def retranslateUi(self, LoginForm):
        LoginForm.setWindowTitle(QCoreApplication.translate("LoginForm", u"\u4e13\u5bb6\u767b\u5f55", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginForm", u"\u8bf7\u9009\u62e9\u60a8\u7684\u59d3\u540d\u5e76\u8f93\u5165PIN", None))
        self.expertLabel.setText(QCoreApplication.translate("LoginForm", u"\u59d3\u540d(&N)", None))
        self.pinLabel.setText(QCoreApplication.translate("LoginForm", u"PIN(&P)", None))
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("LoginForm", u"4\u81f38\u4f4d\u6570\u5b57", None))
        self.loginButton.setText(QCoreApplication.translate("LoginForm", u"\u767b\u5f55(&L)", None))
    # retranslateUi

