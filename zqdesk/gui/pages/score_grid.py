"""The clerk's fast grid: one expert's signed paper sheet typed in by keyboard only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QStyle, QVBoxLayout,
    QWidget,
)

from zqdesk.core.vocab import RECOMMENDATIONS
from zqdesk.gui import tasks
from zqdesk.gui.models.grid import GridLine, ScoreGridModel
from zqdesk.gui.pages.base import USER_ERRORS, hint, show_refusal
from zqdesk.gui.session import SCORES, Session
from zqdesk.gui.unsaved import flushed_text
from zqdesk.gui.widgets.score_entry import ScoreDelegate, ScoreGridView
from zqdesk.services import meetings, panel, scoring
from zqdesk.services.access import Action

FIT_ROWS = 40  # lines measured when fitting the columns


class ClerkGrid(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.expert_id: int | None = None
        self.model: ScoreGridModel | None = None
        self._sheet: tuple | None = None  # (database, meeting, expert) the model was read for
        self._reading: tasks.Task | None = None  # the sheet read again for _reading_model
        self._reading_model: ScoreGridModel | None = None
        self._read_more = False
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
            "选择专家后直接输入分数：回车或Tab保存并跳到下一格，方向键移动。超出范围或不是整数、0.5分的数值"
            "留在格中并标红，不保存，下方说明原因；改正后再按回车。每个分数输入后立即保存。"
            "全部录入并核对签名后点击“提交”。")))
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
        s = self.session
        items = [(f"{entry.seat}. {entry.name}", entry.expert_id) for entry in panel.panel(s.meeting_id)] \
            if s.has_meeting else []
        if self._same_sheet(items):
            # Scores changed (this grid's own saves, seen by zqdesk.gui.live, or another
            # terminal's): the sheet read again off the UI thread and only the lines that
            # differ redrawn, while the clerk goes on typing.
            self._read_again()
            return
        if self.view.state() == QAbstractItemView.State.EditingState:
            # A cell is being typed in: reload once it is committed, not over it (another
            # terminal's write, zqdesk.gui.live, may come at any moment).
            self._deferred.start()
            return
        keep = self.expert.currentData()
        self.expert.blockSignals(True)
        self.expert.clear()
        for text, expert_id in items:
            self.expert.addItem(text, expert_id)
        self.expert.blockSignals(False)
        if keep is not None and self.expert.findData(keep) >= 0:
            self.expert.setCurrentIndex(self.expert.findData(keep))
        self._expert_chosen()

    def _same_sheet(self, items: list[tuple[str, int]]) -> bool:
        """Whether the grid shows, as it is, what a reload would show (then only the scores
        need reading again)."""
        s = self.session
        if self.model is None or self._sheet is None or not s.has_meeting:
            return False
        shown = [(self.expert.itemText(i), self.expert.itemData(i)) for i in range(self.expert.count())]
        return (shown == items and self._sheet == (s.location, s.meeting_id, self.expert_id)
                and self.model.read_only == (not s.can_edit(Action.SCORE_CLERK))
                and self.model.criteria == meetings.meeting_criteria(meetings.get_meeting(s.meeting_id)))

    def _read_again(self) -> None:
        model = self.model
        if self._reading is not None and not self._reading.is_cancelled and self._reading_model is model:
            self._read_more = True  # it may have read before this change: once more after it
            return
        meeting_id, expert_id = self.session.meeting_id, self.expert_id
        self._read_more = False
        self._reading_model = model
        self._reading = tasks.run(lambda: _sheet_lines(meeting_id, expert_id),
                                  lambda lines: self._read(model, lines), self._read_failed)

    def _read(self, model: ScoreGridModel, lines) -> None:
        self._reading = None
        if model is not self.model:
            return
        if self._read_more:
            self._read_again()
        editing = self.view.currentIndex() if self.view.state() == QAbstractItemView.State.EditingState else None
        kept = self.session.saver.kept_cells(self.session.meeting_id, self.expert_id)
        if not model.update_lines(lines, kept, editing):
            self._sheet = None  # other lines now (a round, a recusal): the whole grid once typing stops
            self.reload()
            return
        self._show_progress()

    def _read_failed(self, error: BaseException) -> None:
        self._reading = None
        if not isinstance(error, USER_ERRORS):
            raise error
        self._refused(str(error))  # the grid stays as it was; the next change reads again

    @Slot()
    def _expert_chosen(self) -> None:
        s = self.session
        self.expert_id = self.expert.currentData()
        self._sheet = None
        if self.expert_id is None or not s.has_meeting:
            self.view.setModel(None)
            self.model = None
            return
        meeting_id, expert_id = s.meeting_id, self.expert_id
        sheet = (s.location, meeting_id, expert_id)
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
        # Not ResizeToContents: that measures a thousand rows on every saved cell (seconds
        # per Enter at 2,000 projects). The columns are fitted once per sheet read instead.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.message.setText(self.tr("正在读取…"))
        tasks.run(lambda: _sheet_lines(meeting_id, expert_id),
                  lambda lines: self._loaded(model, lines, sheet), lambda e: show_refusal(self, e))

    def _loaded(self, model: ScoreGridModel, lines, sheet: tuple) -> None:
        if model is not self.model:
            return
        self._sheet = sheet
        model.set_lines(lines, self.session.saver.kept_cells(self.session.meeting_id, self.expert_id))
        self.message.setText("")
        self._fit_columns()
        self._show_progress()
        start = model.first_open_cell()
        if start.isValid():
            # Focus first: moving focus after the editor opened would close it again.
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.view.setCurrentIndex(start)

    def _fit_columns(self) -> None:
        """Each column as wide as its header and what it holds, measured on a few lines (every
        line is laid out alike), plus 编号's widest code (some carry a round). Not
        resizeColumnToContents: right after a sheet is read it measures every row, 0.4 s at
        2,000 lines."""
        model = self.model
        if model is None:
            return
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        margin = 2 * (self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        lines = model.lines()
        sample = range(min(len(lines), FIT_ROWS))
        for column in range(model.columnCount()):
            if column == 1:
                continue  # 项目名称 takes what is left (Stretch)
            texts = [model.data(model.index(row, column)) or "" for row in sample]
            extra = 0
            if column == 0 and lines:
                widest = max(range(len(lines)), key=lambda row: len(lines[row].code) + 6 * (lines[row].round > 1))
                texts.append(model.data(model.index(widest, 0)))
            if column == model.total_column():
                texts.append(f"{sum(c.max_points for c in model.criteria)}.5")  # the widest a total can be
            if column == model.recommendation_column():
                texts += list(RECOMMENDATIONS)
                extra = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # the list's arrow
            width = max([header.sectionSizeHint(column)]
                        + [metrics.horizontalAdvance(text) + margin + extra for text in texts])
            header.resizeSection(column, width)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()  # larger text: the widths fitted to the old font are too narrow

    def _show_progress(self, *_args) -> None:
        if self.model is None:
            return
        done, total = self.model.progress()
        submitted = self.model.submitted_count()
        text = self.tr("已录入 %1 / %2 个项目").replace("%1", str(done)).replace("%2", str(total))
        if submitted:
            text += self.tr("，其中 %1 个已提交").replace("%1", str(submitted))
        self.progress.setText(text)
        self.submit_button.setEnabled(submitted < total and self.session.can_edit(Action.SCORE_CLERK))
        self.amend_button.setEnabled(submitted > 0 and self.session.can_edit(Action.SCORE_AMEND))

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


def _sheet_lines(meeting_id: int, expert_id: int) -> list[GridLine]:
    """The worker's part of reading a sheet: 2,000 lines are not built on the UI thread."""
    return [GridLine(x.code, x.name, x.round, dict(x.points), x.recommendation, x.submitted)
            for x in scoring.expert_sheet(meeting_id, expert_id, with_deviation=False)]
