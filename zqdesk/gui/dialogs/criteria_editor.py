"""Criteria templates with their rubrics: edit one and save it under a name. A meeting
copies a template's criteria when it is created, so saving never changes a meeting."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from zqdesk.gui.models.criteria import BandsModel, CriteriaModel
from zqdesk.services import meetings
from zqdesk.services.errors import Refused


class CriteriaEditor(QDialog):
    def __init__(self, parent: QWidget | None = None, template_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("评审标准与评分细则"))
        self.resize(900, 560)
        self.saved_id: int | None = None
        self._current = -1

        self.template_combo = QComboBox(self)
        for tid, name in meetings.list_templates():
            self.template_combo.addItem(name, tid)
        self.name_edit = QLineEdit(self)
        top = QFormLayout()
        top.addRow(self.tr("从评审标准开始(&T)"), self.template_combo)
        top.addRow(self.tr("保存为(&N)"), self.name_edit)

        self.criteria = CriteriaModel(self)
        self.bands = BandsModel(self)
        self.criteria_view = self._table(self.criteria)
        self.criteria_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The code (necessity, c5…) is the program's own name for a criterion, never a person's:
        # a new criterion gets one by itself.
        self.criteria_view.setColumnHidden(0, True)
        self.criteria_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.bands_view = self._table(self.bands)
        self.bands_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("评分项")))
        left_layout.addWidget(self.criteria_view)
        row = QHBoxLayout()
        add_criterion = QPushButton(self.tr("增加评分项"), left)
        remove_criterion = QPushButton(self.tr("删除评分项"), left)
        row.addWidget(add_criterion)
        row.addWidget(remove_criterion)
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        self.bands_label = QLabel(self.tr("评分细则（分档）"))
        right_layout.addWidget(self.bands_label)
        right_layout.addWidget(self.bands_view)
        row = QHBoxLayout()
        add_band = QPushButton(self.tr("增加分档"), right)
        remove_band = QPushButton(self.tr("删除分档"), right)
        row.addWidget(add_band)
        row.addWidget(remove_band)
        right_layout.addLayout(row)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([360, 540])

        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b42318;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存评审标准"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.criteria.refused.connect(self.message.setText)
        self.bands.refused.connect(self.message.setText)
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.criteria_view.selectionModel().currentRowChanged.connect(self._criterion_chosen)
        add_criterion.clicked.connect(self._add_criterion)
        remove_criterion.clicked.connect(self._remove_criterion)
        add_band.clicked.connect(lambda: self.bands.append([0, 0, self.tr("（请填写评分要点）")]))
        remove_band.clicked.connect(lambda: self.bands.remove(self.bands_view.currentIndex().row()))
        if template_id is not None:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template_id)))
        self._template_chosen()

    def _table(self, model) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(True)
        model.modelReset.connect(view.resizeColumnsToContents)
        return view

    @Slot()
    def _template_chosen(self) -> None:
        template_id = self.template_combo.currentData()
        if template_id is None:
            return
        self._current = -1
        self.criteria.set_criteria(meetings.template_criteria(template_id))
        self.name_edit.setText(self.template_combo.currentText() + self.tr("（修改）"))
        if self.criteria.rowCount():
            self.criteria_view.setCurrentIndex(self.criteria.index(0, 1))

    def _keep_bands(self) -> None:
        if 0 <= self._current < len(self.criteria.bands):
            self.criteria.bands[self._current] = self.bands.rows()

    @Slot()
    def _criterion_chosen(self, current, _previous=None) -> None:
        self._keep_bands()
        self._current = current.row()
        if 0 <= self._current < len(self.criteria.bands):
            label = self.criteria.rows()[self._current][1]
            self.bands_label.setText(self.tr("“%1”的评分细则（分档）").replace("%1", str(label)))
            self.bands.set_rows(self.criteria.bands[self._current])
        else:
            self.bands.set_rows([])

    def _add_criterion(self) -> None:
        number = self.criteria.rowCount() + 1
        self.criteria.append([f"c{number}", self.tr("新评分项"), 10])
        self.criteria_view.setCurrentIndex(self.criteria.index(number - 1, 1))

    def _remove_criterion(self) -> None:
        row = self.criteria_view.currentIndex().row()
        self._current = -1
        self.criteria.remove(row)
        self.bands.set_rows([])

    def accept(self) -> None:
        self._keep_bands()
        try:
            self.saved_id = meetings.save_template(self.name_edit.text(), self.criteria.criteria())
        except Refused as error:
            self.message.setText(str(error))
            return
        super().accept()
