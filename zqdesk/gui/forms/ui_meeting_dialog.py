# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(560, 640)
        self.verticalLayout = QVBoxLayout(MeetingDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.basicGroup = QGroupBox(MeetingDialog)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicForm = QFormLayout(self.basicGroup)
        self.basicForm.setObjectName(u"basicForm")
        self.nameLabel = QLabel(self.basicGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.basicGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.basicGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.yearLabel = QLabel(self.basicGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.basicGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2027)

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.dateLabel = QLabel(self.basicGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.basicGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.venueLabel = QLabel(self.basicGroup)
        self.venueLabel.setObjectName(u"venueLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(self.basicGroup)
        self.venueEdit.setObjectName(u"venueEdit")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueEdit)


        self.verticalLayout.addWidget(self.basicGroup)

        self.moneyGroup = QGroupBox(MeetingDialog)
        self.moneyGroup.setObjectName(u"moneyGroup")
        self.moneyLayout = QVBoxLayout(self.moneyGroup)
        self.moneyLayout.setObjectName(u"moneyLayout")
        self.budgetForm = QFormLayout()
        self.budgetForm.setObjectName(u"budgetForm")
        self.budgetLabel = QLabel(self.moneyGroup)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEdit = QLineEdit(self.moneyGroup)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.budgetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.budgetEdit)


        self.moneyLayout.addLayout(self.budgetForm)

        self.perSourceGroup = QGroupBox(self.moneyGroup)
        self.perSourceGroup.setObjectName(u"perSourceGroup")
        self.perSourceGroup.setCheckable(True)
        self.perSourceGroup.setChecked(False)
        self.envelopeForm = QFormLayout(self.perSourceGroup)
        self.envelopeForm.setObjectName(u"envelopeForm")

        self.moneyLayout.addWidget(self.perSourceGroup)


        self.verticalLayout.addWidget(self.moneyGroup)

        self.markGroup = QGroupBox(MeetingDialog)
        self.markGroup.setObjectName(u"markGroup")
        self.markForm = QFormLayout(self.markGroup)
        self.markForm.setObjectName(u"markForm")
        self.passLabel = QLabel(self.markGroup)
        self.passLabel.setObjectName(u"passLabel")

        self.markForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passSpin = QDoubleSpinBox(self.markGroup)
        self.passSpin.setObjectName(u"passSpin")
        self.passSpin.setDecimals(1)
        self.passSpin.setMaximum(100.000000000000000)
        self.passSpin.setSingleStep(0.500000000000000)
        self.passSpin.setValue(60.000000000000000)

        self.markForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passSpin)

        self.tierALabel = QLabel(self.markGroup)
        self.tierALabel.setObjectName(u"tierALabel")

        self.markForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tierALabel)

        self.tierASpin = QDoubleSpinBox(self.markGroup)
        self.tierASpin.setObjectName(u"tierASpin")
        self.tierASpin.setDecimals(1)
        self.tierASpin.setMaximum(100.000000000000000)
        self.tierASpin.setSingleStep(0.500000000000000)
        self.tierASpin.setValue(85.000000000000000)

        self.markForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tierASpin)

        self.tierBLabel = QLabel(self.markGroup)
        self.tierBLabel.setObjectName(u"tierBLabel")

        self.markForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tierBLabel)

        self.tierBSpin = QDoubleSpinBox(self.markGroup)
        self.tierBSpin.setObjectName(u"tierBSpin")
        self.tierBSpin.setDecimals(1)
        self.tierBSpin.setMaximum(100.000000000000000)
        self.tierBSpin.setSingleStep(0.500000000000000)
        self.tierBSpin.setValue(75.000000000000000)

        self.markForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tierBSpin)


        self.verticalLayout.addWidget(self.markGroup)

        self.criteriaGroup = QGroupBox(MeetingDialog)
        self.criteriaGroup.setObjectName(u"criteriaGroup")
        self.criteriaLayout = QHBoxLayout(self.criteriaGroup)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.templateCombo = QComboBox(self.criteriaGroup)
        self.templateCombo.setObjectName(u"templateCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateCombo.sizePolicy().hasHeightForWidth())
        self.templateCombo.setSizePolicy(sizePolicy)

        self.criteriaLayout.addWidget(self.templateCombo)

        self.editTemplateButton = QPushButton(self.criteriaGroup)
        self.editTemplateButton.setObjectName(u"editTemplateButton")

        self.criteriaLayout.addWidget(self.editTemplateButton)


        self.verticalLayout.addWidget(self.criteriaGroup)

        self.messageLabel = QLabel(MeetingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b42318;")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.venueLabel.setBuddy(self.venueEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.passLabel.setBuddy(self.passSpin)
        self.tierALabel.setBuddy(self.tierASpin)
        self.tierBLabel.setBuddy(self.tierBSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.perSourceGroup)
        QWidget.setTabOrder(self.perSourceGroup, self.passSpin)
        QWidget.setTabOrder(self.passSpin, self.tierASpin)
        QWidget.setTabOrder(self.tierASpin, self.tierBSpin)
        QWidget.setTabOrder(self.tierBSpin, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.editTemplateButton)

        self.retranslateUi(MeetingDialog)
        self.buttonBox.accepted.connect(MeetingDialog.accept)
        self.buttonBox.rejected.connect(MeetingDialog.reject)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u5ba1\u4f1a", None))
        self.basicGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u5ba1\u4f1a\u540d\u79f0(&N)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u4f8b\u5982\uff1a2027\u5e74\u5ea6\u201c\u667a\u6167\u94a6\u5dde\u201d\u5efa\u8bbe\u9879\u76ee\u7efc\u5408\u8bc4\u4f30\u4f1a", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u5ba1\u7c7b\u578b(&K)", None))
        self.yearLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8ba1\u5212\u5e74\u5ea6(&Y)", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u65e5\u671f(&D)", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("MeetingDialog", u"yyyy-MM-dd", None))
        self.venueLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u5730\u70b9(&V)", None))
        self.moneyGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"\u8d44\u91d1\u989d\u5ea6\uff08\u4e07\u5143\uff09", None))
        self.budgetLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5e74\u5ea6\u8d44\u91d1\u989d\u5ea6(&B)", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u4f8b\u5982\uff1a3000.00", None))
        self.perSourceGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"\u6309\u8d44\u91d1\u6765\u6e90\u5206\u8bbe\u989d\u5ea6", None))
        self.markGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"\u5206\u6570\u7ebf\u4e0e\u5206\u6863", None))
        self.passLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u901a\u8fc7\u5206\u6570\u7ebf(&P)", None))
        self.tierALabel.setText(QCoreApplication.translate("MeetingDialog", u"A\u6863\u5206\u6570\u7ebf(&A)", None))
        self.tierBLabel.setText(QCoreApplication.translate("MeetingDialog", u"B\u6863\u5206\u6570\u7ebf(&B)", None))
        self.criteriaGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"\u8bc4\u5ba1\u6807\u51c6\uff08\u590d\u5236\u5230\u672c\u8bc4\u5ba1\u4f1a\uff0c\u4ee5\u540e\u4fee\u6539\u6807\u51c6\u4e0d\u5f71\u54cd\u672c\u4f1a\uff09", None))
        self.editTemplateButton.setText(QCoreApplication.translate("MeetingDialog", u"\u7f16\u8f91\u8bc4\u5ba1\u6807\u51c6\u2026", None))
    # retranslateUi

