"""The clerk's fast grid: one expert's signed paper sheet typed in by keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from zqdesk.gui import tasks
from zqdesk.gui.models.grid import GridLine, ScoreGridModel
from zqdesk.gui.pages.base import USER_ERRORS, hint, show_refusal
from zqdesk.gui.session import SCORES, Session
from zqdesk.gui.unsaved import flushed_text
from zqdesk.gui.widgets.score_entry import ScoreDelegate, ScoreGridView
from zqdesk.services import meetings, panel, scoring
from zqdesk.services.access import Action


class ClerkGrid(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.expert_id: int | None = None
        self.model: ScoreGridModel | None = None
        self.expert = QComboBox(self)
        self.expert.setMinimumContentsLength(12)
        self.progress = QLabel(self)
        self.submit_button = QPushButton(self.tr("提交（纸质评分表已签名）"), self)
        self.amend_button = QPushButton(self.tr("修改已提交的分数…"), self)
        self.amend_button.setToolTip(self.tr("录入有误时，按签名的纸质评分表更正已提交的分数，须写明理由"))
        top = QHBoxLayout()
        label = QLabel(self.tr("专家(&E)"), self)
        label.setBuddy(self.expert)
        top.addWidget(label)
        top.addWidget(self.expert)
        top.addWidget(self.progress, 1)
        top.addWidget(self.amend_button)
        top.addWidget(self.submit_button)
        self.view = ScoreGridView(self)
        self.view.setAccessibleName(self.tr("评分录入表"))
        self.delegate = ScoreDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "选择专家后直接输入分数：回车或Tab保存并跳到下一格，方向键移动；超出范围或不是整数、0.5分的数值不能输入。"
            "每个分数输入后立即保存。全部录入并核对签名后点击“提交”。")))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.expert.currentIndexChanged.connect(self._expert_chosen)
        self.submit_button.clicked.connect(self.submit)
        self.amend_button.clicked.connect(self.amend)
        self.delegate.refused.connect(self._refused)
        self._deferred = QTimer(self, singleShot=True, interval=1000)
        self._deferred.timeout.connect(self.reload)
        session.saver.kept_changed.connect(self._show_kept)
        session.saver.flushed.connect(self._kept_flushed)
        # A reload deferred while a cell was typed in belongs to the meeting of that moment.
        session.meeting_opened.connect(self._deferred.stop)

    def reload(self) -> None:
        if self.view.state() == QAbstractItemView.State.EditingState:
            # A cell is being typed in: reload once it is committed, not over it (another
            # terminal's write, zqdesk.gui.live, may come at any moment).
            self._deferred.start()
            return
        s = self.session
        keep = self.expert.currentData()
        self.expert.blockSignals(True)
        self.expert.clear()
        if s.has_meeting:
            for entry in panel.panel(s.meeting_id):
                self.expert.addItem(f"{entry.seat}. {entry.name}", entry.expert_id)
        self.expert.blockSignals(False)
        if keep is not None and self.expert.findData(keep) >= 0:
            self.expert.setCurrentIndex(self.expert.findData(keep))
        self._expert_chosen()

    @Slot()
    def _expert_chosen(self) -> None:
        s = self.session
        self.expert_id = self.expert.currentData()
        if self.expert_id is None or not s.has_meeting:
            self.view.setModel(None)
            self.model = None
            return
        meeting_id, expert_id = s.meeting_id, self.expert_id
        criteria = meetings.meeting_criteria(meetings.get_meeting(meeting_id))
        saver = s.saver
        model = ScoreGridModel(
            criteria,
            lambda code, key, value, shown: saver.enter(meeting_id, expert_id, code, key, value, expected=shown),
            lambda code, text, shown: saver.enter_review(meeting_id, expert_id, code, "recommendation", text,
                                                         expected=shown),
            self)
        model.read_only = not s.can_edit(Action.SCORE_CLERK)
        model.refused.connect(self._refused)
        model.saved.connect(self._saved)
        model.kept.connect(self._kept)
        model.conflicted.connect(self._conflicted)
        model.dataChanged.connect(self._show_progress)
        self.model = model
        self.view.setModel(model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.message.setText(self.tr("正在读取…"))
        tasks.run(lambda: scoring.expert_sheet(meeting_id, expert_id, with_deviation=False),
                  lambda lines: self._loaded(model, lines), lambda e: show_refusal(self, e))

    def _loaded(self, model: ScoreGridModel, lines) -> None:
        if model is not self.model:
            return
        model.set_lines([GridLine(x.code, x.name, x.round, dict(x.points), x.recommendation, x.submitted)
                         for x in lines], self.session.saver.kept_cells(self.session.meeting_id, self.expert_id))
        self.message.setText("")
        self._show_progress()
        start = model.first_open_cell()
        if start.isValid():
            # Focus first: moving focus after the editor opened would close it again.
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.setCurrentIndex(start)

    def _show_progress(self, *_args) -> None:
        if self.model is None:
            return
        done, total = self.model.progress()
        submitted = sum(1 for line in self.model.lines() if line.submitted)
        text = self.tr("已录入 %1 / %2 个项目").replace("%1", str(done)).replace("%2", str(total))
        if submitted:
            text += self.tr("，其中 %1 个已提交").replace("%1", str(submitted))
        self.progress.setText(text)
        open_lines = [line for line in self.model.lines() if not line.submitted]
        self.submit_button.setEnabled(bool(open_lines) and self.session.can_edit(Action.SCORE_CLERK))
        self.amend_button.setEnabled(len(open_lines) < len(self.model.lines())
                                     and self.session.can_edit(Action.SCORE_AMEND))

    @Slot(str)
    def _refused(self, text: str) -> None:
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(text)

    @Slot(str)
    def _saved(self, text: str) -> None:
        self.message.setStyleSheet("color: #067647;")
        self.message.setText(text)

    @Slot(str)
    def _kept(self, text: str) -> None:
        self.message.setStyleSheet("color: #b54708; font-weight: bold;")
        self.message.setText(text)

    @Slot(str)
    def _conflicted(self, text: str) -> None:
        """Another terminal saved the cell since it was read: show its value, say so."""
        self._refused(text)
        self._deferred.start()

    @Slot()
    def _show_kept(self) -> None:
        if self.model is not None and self.expert_id is not None:
            self.model.set_kept(set(self.session.saver.kept_cells(self.session.meeting_id, self.expert_id)))

    @Slot(list)
    def _kept_flushed(self, outcomes) -> None:
        mine = [o for o in outcomes if o.typed.expert_id == self.expert_id and o.typed.meeting_id == self.session.meeting_id]
        if mine:
            text, trouble = flushed_text(mine)
            (self._refused if trouble else self._saved)(text)

    @Slot()
    def amend(self) -> None:
        from zqdesk.gui.dialogs.amend import AmendDialog

        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return
        line = self.model.line(index.row())
        criterion = self.model.criterion_at(index.column()) or self.model.criteria[0]
        if not line.submitted:
            self._refused(self.tr("该项目尚未提交，直接在表格中修改即可。"))
            return
        dialog = AmendDialog(self, self.session.meeting_id, self.expert_id, self.expert.currentText(), line.code,
                             criterion, line.points.get(criterion.key))
        if dialog.exec() == AmendDialog.DialogCode.Accepted:
            self._saved(self.tr("已修改%1的%2，原值保留在审计记录中。").replace("%1", line.code).replace("%2", criterion.label))
            self.session.notify(SCORES)
            self._expert_chosen()

    @Slot()
    def submit(self) -> None:
        if self.expert_id is None:
            return
        name = self.expert.currentText()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("提交评分"), self.tr(
            "请核对：%1的纸质评分表已签名，且录入的分数与纸质表一致。提交后不能再修改。").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("提交"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("取消"))
        box.finished.connect(lambda _r: self._confirmed(box.clickedButton() == box.button(QMessageBox.StandardButton.Yes)))
        box.open()
        self._confirm_box = box

    def _confirmed(self, yes: bool) -> None:
        if not yes or self.expert_id is None:
            return
        if self.session.saver.kept_for(self.session.meeting_id, self.expert_id):
            self._refused(self.tr("还有分数或评审意见暂存在本机、尚未保存到服务器，连接恢复并保存后才能提交。"))
            return
        try:
            count = scoring.submit(self.session.meeting_id, self.expert_id)
        except USER_ERRORS as error:
            self._refused(str(error))
            return
        self._saved(self.tr("已提交%1个项目的评分。").replace("%1", str(count)))
        self.session.notify(SCORES)
        self._expert_chosen()
