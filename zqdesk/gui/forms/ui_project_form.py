# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_form.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_ProjectForm(object):
    def setupUi(self, ProjectForm):
        if not ProjectForm.objectName():
            ProjectForm.setObjectName(u"ProjectForm")
        ProjectForm.resize(640, 620)
        self.verticalLayout = QVBoxLayout(ProjectForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.tabs = QTabWidget(ProjectForm)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicForm = QFormLayout(self.basicTab)
        self.basicForm.setObjectName(u"basicForm")
        self.codeLabel = QLabel(self.basicTab)
        self.codeLabel.setObjectName(u"codeLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.basicTab)
        self.codeEdit.setObjectName(u"codeEdit")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.basicTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.basicTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(self.basicTab)
        self.unitLabel.setObjectName(u"unitLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.basicTab)
        self.unitEdit.setObjectName(u"unitEdit")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.unitTypeLabel = QLabel(self.basicTab)
        self.unitTypeLabel.setObjectName(u"unitTypeLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitTypeLabel)

        self.unitTypeEdit = QLineEdit(self.basicTab)
        self.unitTypeEdit.setObjectName(u"unitTypeEdit")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitTypeEdit)

        self.kindLabel = QLabel(self.basicTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.basicTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.yearLabel = QLabel(self.basicTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.basicTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.basicForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.categoryLabel = QLabel(self.basicTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.basicTab)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.subTypeLabel = QLabel(self.basicTab)
        self.subTypeLabel.setObjectName(u"subTypeLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.subTypeLabel)

        self.subTypeCombo = QComboBox(self.basicTab)
        self.subTypeCombo.setObjectName(u"subTypeCombo")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subTypeCombo)

        self.natureLabel = QLabel(self.basicTab)
        self.natureLabel.setObjectName(u"natureLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(self.basicTab)
        self.natureCombo.setObjectName(u"natureCombo")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.totalLabel = QLabel(self.basicTab)
        self.totalLabel.setObjectName(u"totalLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalEdit = QLineEdit(self.basicTab)
        self.totalEdit.setObjectName(u"totalEdit")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.totalEdit)

        self.requestedLabel = QLabel(self.basicTab)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requestedEdit = QLineEdit(self.basicTab)
        self.requestedEdit.setObjectName(u"requestedEdit")

        self.basicForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.requestedEdit)

        self.fundingLabel = QLabel(self.basicTab)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.basicForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.fundingLabel)

        self.fundingCombo = QComboBox(self.basicTab)
        self.fundingCombo.setObjectName(u"fundingCombo")

        self.basicForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.fundingCombo)

        self.submittedLabel = QLabel(self.basicTab)
        self.submittedLabel.setObjectName(u"submittedLabel")

        self.basicForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.submittedLabel)

        self.submittedEdit = QDateEdit(self.basicTab)
        self.submittedEdit.setObjectName(u"submittedEdit")
        self.submittedEdit.setCalendarPopup(True)

        self.basicForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.submittedEdit)

        self.tabs.addTab(self.basicTab, "")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentLayout = QVBoxLayout(self.contentTab)
        self.contentLayout.setObjectName(u"contentLayout")
        self.deploymentGroup = QGroupBox(self.contentTab)
        self.deploymentGroup.setObjectName(u"deploymentGroup")
        self.deploymentGroupLayout = QGridLayout(self.deploymentGroup)
        self.deploymentGroupLayout.setObjectName(u"deploymentGroupLayout")

        self.contentLayout.addWidget(self.deploymentGroup)

        self.selfBuiltGroup = QGroupBox(self.contentTab)
        self.selfBuiltGroup.setObjectName(u"selfBuiltGroup")
        self.selfBuiltGroupLayout = QGridLayout(self.selfBuiltGroup)
        self.selfBuiltGroupLayout.setObjectName(u"selfBuiltGroupLayout")

        self.contentLayout.addWidget(self.selfBuiltGroup)

        self.sharingAnalysisLabel = QLabel(self.contentTab)
        self.sharingAnalysisLabel.setObjectName(u"sharingAnalysisLabel")

        self.contentLayout.addWidget(self.sharingAnalysisLabel)

        self.sharingAnalysisEdit = QPlainTextEdit(self.contentTab)
        self.sharingAnalysisEdit.setObjectName(u"sharingAnalysisEdit")

        self.contentLayout.addWidget(self.sharingAnalysisEdit)

        self.contentForm = QFormLayout()
        self.contentForm.setObjectName(u"contentForm")
        self.sharingDepartmentsLabel = QLabel(self.contentTab)
        self.sharingDepartmentsLabel.setObjectName(u"sharingDepartmentsLabel")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sharingDepartmentsLabel)

        self.sharingDepartmentsEdit = QLineEdit(self.contentTab)
        self.sharingDepartmentsEdit.setObjectName(u"sharingDepartmentsEdit")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sharingDepartmentsEdit)

        self.protectionLabel = QLabel(self.contentTab)
        self.protectionLabel.setObjectName(u"protectionLabel")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.protectionLabel)

        self.protectionCombo = QComboBox(self.contentTab)
        self.protectionCombo.setObjectName(u"protectionCombo")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.protectionCombo)

        self.remarksLabel = QLabel(self.contentTab)
        self.remarksLabel.setObjectName(u"remarksLabel")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.remarksLabel)

        self.remarksEdit = QLineEdit(self.contentTab)
        self.remarksEdit.setObjectName(u"remarksEdit")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remarksEdit)


        self.contentLayout.addLayout(self.contentForm)

        self.classifiedCheck = QCheckBox(self.contentTab)
        self.classifiedCheck.setObjectName(u"classifiedCheck")

        self.contentLayout.addWidget(self.classifiedCheck)

        self.mandatedCheck = QCheckBox(self.contentTab)
        self.mandatedCheck.setObjectName(u"mandatedCheck")

        self.contentLayout.addWidget(self.mandatedCheck)

        self.urgentCheck = QCheckBox(self.contentTab)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.contentLayout.addWidget(self.urgentCheck)

        self.tabs.addTab(self.contentTab, "")
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsHint = QLabel(self.materialsTab)
        self.materialsHint.setObjectName(u"materialsHint")
        self.materialsHint.setWordWrap(True)

        self.materialsLayout.addWidget(self.materialsHint)

        self.planElementsGroup = QGroupBox(self.materialsTab)
        self.planElementsGroup.setObjectName(u"planElementsGroup")
        self.planElementsGroupLayout = QGridLayout(self.planElementsGroup)
        self.planElementsGroupLayout.setObjectName(u"planElementsGroupLayout")

        self.materialsLayout.addWidget(self.planElementsGroup)

        self.compilerQualifiedCheck = QCheckBox(self.materialsTab)
        self.compilerQualifiedCheck.setObjectName(u"compilerQualifiedCheck")

        self.materialsLayout.addWidget(self.compilerQualifiedCheck)

        self.materialsSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.materialsLayout.addItem(self.materialsSpacer)

        self.tabs.addTab(self.materialsTab, "")

        self.verticalLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(ProjectForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setStyleSheet(u"color: #b42318;")
        self.messageLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ProjectForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.unitTypeLabel.setBuddy(self.unitTypeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.subTypeLabel.setBuddy(self.subTypeCombo)
        self.natureLabel.setBuddy(self.natureCombo)
        self.totalLabel.setBuddy(self.totalEdit)
        self.requestedLabel.setBuddy(self.requestedEdit)
        self.fundingLabel.setBuddy(self.fundingCombo)
        self.submittedLabel.setBuddy(self.submittedEdit)
        self.sharingAnalysisLabel.setBuddy(self.sharingAnalysisEdit)
        self.sharingDepartmentsLabel.setBuddy(self.sharingDepartmentsEdit)
        self.protectionLabel.setBuddy(self.protectionCombo)
        self.remarksLabel.setBuddy(self.remarksEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectForm)
        self.buttonBox.accepted.connect(ProjectForm.accept)
        self.buttonBox.rejected.connect(ProjectForm.reject)

        QMetaObject.connectSlotsByName(ProjectForm)
    # setupUi

    def retranslateUi(self, ProjectForm):
        ProjectForm.setWindowTitle(QCoreApplication.translate("ProjectForm", u"\u9879\u76ee\u7533\u62a5\u4fe1\u606f", None))
        self.codeLabel.setText(QCoreApplication.translate("ProjectForm", u"\u7f16\u53f7", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"\u7559\u7a7a\u5219\u81ea\u52a8\u7f16\u53f7 ZQ-\u5e74\u5ea6-\u5e8f\u53f7", None))
        self.nameLabel.setText(QCoreApplication.translate("ProjectForm", u"\u9879\u76ee\u540d\u79f0*", None))
        self.unitLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5efa\u8bbe\u5355\u4f4d*", None))
        self.unitTypeLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5355\u4f4d\u7c7b\u578b", None))
        self.unitTypeEdit.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"\u4f8b\u5982\uff1a\u5e02\u76f4\u90e8\u95e8", None))
        self.kindLabel.setText(QCoreApplication.translate("ProjectForm", u"\u7533\u62a5\u7c7b\u578b*", None))
        self.yearLabel.setText(QCoreApplication.translate("ProjectForm", u"\u8ba1\u5212\u5e74\u5ea6*", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProjectForm", u"\u9879\u76ee\u7c7b\u522b*", None))
        self.subTypeLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5efa\u8bbe\u5185\u5bb9\u7c7b\u578b", None))
        self.natureLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5efa\u8bbe\u6027\u8d28*", None))
        self.totalLabel.setText(QCoreApplication.translate("ProjectForm", u"\u603b\u6295\u8d44(\u4e07\u5143)*", None))
        self.requestedLabel.setText(QCoreApplication.translate("ProjectForm", u"\u7533\u8bf7\u5e02\u7ea7\u8d44\u91d1(\u4e07\u5143)*", None))
        self.fundingLabel.setText(QCoreApplication.translate("ProjectForm", u"\u8d44\u91d1\u6765\u6e90*", None))
        self.submittedLabel.setText(QCoreApplication.translate("ProjectForm", u"\u7533\u62a5\u65e5\u671f*", None))
        self.submittedEdit.setDisplayFormat(QCoreApplication.translate("ProjectForm", u"yyyy-MM-dd", None))
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("ProjectForm", u"\u57fa\u672c\u4fe1\u606f", None))
        self.deploymentGroup.setTitle(QCoreApplication.translate("ProjectForm", u"\u90e8\u7f72\u65b9\u5f0f", None))
        self.selfBuiltGroup.setTitle(QCoreApplication.translate("ProjectForm", u"\u81ea\u5efa\u57fa\u7840\u8bbe\u65bd\uff08\u7b2c\u5341\u6761\uff1a\u539f\u5219\u4e0a\u4e0d\u5141\u8bb8\uff09", None))
        self.sharingAnalysisLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5171\u4eab\u9700\u6c42\u5206\u6790\uff08\u7b2c\u4e8c\u5341\u4e00\u6761\uff09", None))
        self.sharingDepartmentsLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5171\u4eab\u90e8\u95e8", None))
        self.sharingDepartmentsEdit.setPlaceholderText(QCoreApplication.translate("ProjectForm", u"\u591a\u4e2a\u90e8\u95e8\u7528\u987f\u53f7\u201c\u3001\u201d\u5206\u9694", None))
        self.protectionLabel.setText(QCoreApplication.translate("ProjectForm", u"\u7b49\u4fdd\u7ea7\u522b", None))
        self.remarksLabel.setText(QCoreApplication.translate("ProjectForm", u"\u5907\u6ce8", None))
        self.classifiedCheck.setText(QCoreApplication.translate("ProjectForm", u"\u6d89\u5bc6\u9879\u76ee", None))
        self.mandatedCheck.setText(QCoreApplication.translate("ProjectForm", u"\u4e0a\u7ea7\u8981\u6c42", None))
        self.urgentCheck.setText(QCoreApplication.translate("ProjectForm", u"\u9700\u6c42\u7d27\u8feb", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentTab), QCoreApplication.translate("ProjectForm", u"\u5efa\u8bbe\u5185\u5bb9", None))
        self.materialsHint.setText(QCoreApplication.translate("ProjectForm", u"\u603b\u6295\u8d44500\u4e07\u5143\u4ee5\u4e0b\u7684\u9879\u76ee\u4ee5\u5b9e\u65bd\u65b9\u6848\u4ee3\u66ff\u53ef\u884c\u6027\u7814\u7a76\u62a5\u544a\uff0c\u987b\u5305\u542b\u4ee5\u4e0b\u5168\u90e8\u8981\u7d20\uff08\u7b2c\u4e5d\u6761\uff09\u3002", None))
        self.planElementsGroup.setTitle(QCoreApplication.translate("ProjectForm", u"\u5b9e\u65bd\u65b9\u6848\u8981\u7d20", None))
        self.compilerQualifiedCheck.setText(QCoreApplication.translate("ProjectForm", u"\u5b9e\u65bd\u65b9\u6848\u7531\u5177\u6709\u76f8\u5e94\u8d44\u8d28\u7684\u54a8\u8be2\u673a\u6784\u7f16\u5236", None))
        self.tabs.setTabText(self.tabs.indexOf(self.materialsTab), QCoreApplication.translate("ProjectForm", u"\u6750\u6599\u6e05\u5355", None))
    # retranslateUi

