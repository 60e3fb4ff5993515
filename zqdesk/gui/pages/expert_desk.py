"""The expert at the keyboard: choose your name, enter your PIN, score your projects, submit
and sign. Nobody else's scores are shown until you have submitted everything and the chair
has opened the panel view (SPEC §3.5)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QProgressBar, QPushButton, QScrollArea, QSplitter, QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from zqdesk.core.vocab import ROLE_LABELS
from zqdesk.gui import ask, tasks
from zqdesk.gui.models.sheet import SheetTableModel
from zqdesk.gui.pages.base import USER_ERRORS, show_refusal
from zqdesk.gui.pages import expert_result
from zqdesk.gui.pages.expert_login import LoginPanel
from zqdesk.gui.pages.expert_reading import facts_html, panel_scores, with_kept
from zqdesk.gui.session import SCORES, Session
from zqdesk.gui.widgets.score_form import ScoreForm
from zqdesk.services import accounts, attachments, meetings, panel, scoring
from zqdesk.storage.db import ServerUnavailable
from zqdesk.services.unsaved import CONFLICT, KEPT
from zqdesk.gui.unsaved import flushed_text


class ExpertDesk(QStackedWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.login = LoginPanel(self)
        holder = QWidget(self)
        centre = QVBoxLayout(holder)
        centre.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.login)
        row.addStretch(1)
        centre.addLayout(row)
        centre.addStretch(2)
        self.addWidget(holder)
        self.sheet_page = QWidget(self)
        self.addWidget(self.sheet_page)
        self.form: ScoreForm | None = None
        self._focus_after_load = False
        self._listed_meeting: int | None = None  # the meeting whose panel the name list shows
        self.model = SheetTableModel(parent=self)
        self._facts: dict[str, str] = {}
        self._build_sheet_page()
        session.saver.flushed.connect(self._kept_flushed)
        session.saver.kept_changed.connect(self._show_kept)
        self.login.ui.loginButton.clicked.connect(self.log_in)
        self.login.ui.pinEdit.returnPressed.connect(self.log_in)

    def _build_sheet_page(self) -> None:
        page = self.sheet_page
        self.who = QLabel(page)
        self.bar = QProgressBar(page)
        self.bar.setFormat(self.tr("已评 %v / %m"))
        self.submit_button = QPushButton(self.tr("提交并签名…"), page)
        self.submit_button.setAutoDefault(True)  # Enter presses it once Tab has brought the focus there
        self.logout_button = QPushButton(self.tr("退出登录"), page)
        self.previous_button = QToolButton(page)
        self.previous_button.setText(self.tr("上一个项目"))
        self.previous_button.setToolTip(self.tr("上一个项目（Ctrl+PgUp）"))
        self.next_button = QToolButton(page)
        self.next_button.setText(self.tr("下一个项目"))
        self.next_button.setToolTip(self.tr("下一个项目（Ctrl+PgDown）"))
        for button, step, keys in ((self.previous_button, -1, "Ctrl+PgUp"), (self.next_button, 1, "Ctrl+PgDown")):
            button.clicked.connect(lambda _checked=False, s=step: self.step_project(s))
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_project(s))
        self.files_button = QToolButton(page)
        self.files_button.setText(self.tr("附件"))
        self.files_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.files_button.setMenu(QMenu(self.files_button))
        self.files_button.setEnabled(False)
        self.export_button = QPushButton(self.tr("导出结果文件…"), page)
        self.export_button.setToolTip(self.tr("把本机的评分导出为结果文件（.zqres），交给会务人员导入"))
        self.export_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.who)
        top.addWidget(self.bar, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.files_button)
        top.addWidget(self.submit_button)
        top.addWidget(self.export_button)
        top.addWidget(self.logout_button)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the form; it never moves to another project (issue #12).
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("我的评审项目"))
        self.scroll = QScrollArea(page)
        self.scroll.setWidgetResizable(True)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        split = QSplitter(page)
        split.addWidget(self.table)
        split.addWidget(self.scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(self._line_chosen)
        self.submit_button.clicked.connect(self.submit)
        self.logout_button.clicked.connect(self.log_out)
        self.export_button.clicked.connect(self.export_result)

    # -- logging in ---------------------------------------------------------------------
    def reload(self) -> None:
        s = self.session
        combo = self.login.ui.expertCombo
        # A reload in the background (another terminal submitted, the panel changed) keeps the
        # name chosen and the PIN being typed: it must never sign the next person in as someone
        # else, nor swallow their keystrokes.
        chosen = combo.currentData() if self._listed_meeting == s.meeting_id else None
        typing = self.login.ui.pinEdit.text() if chosen is not None else ""
        self._listed_meeting = s.meeting_id
        combo.clear()
        self.export_button.setVisible(s.offline is not None)
        if s.offline is not None:  # the laptop's database has this one expert only
            combo.addItem(s.offline.expert_name, s.offline.expert_id)
            self.login.setTitle(self.tr("专家登录（离线评分：%1）").replace("%1", s.offline.meeting_name))
        elif s.has_meeting:
            self.login.setTitle(self.tr("专家登录"))
            for entry in panel.panel(s.meeting_id):
                combo.addItem(f"{entry.name}（{entry.organisation}，{ROLE_LABELS[entry.role]}）", entry.expert_id)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        if s.seat is not None:
            self.setCurrentIndex(1)
            self.load_sheet()
        else:
            self.setCurrentIndex(0)
            self.login.demo_hint.setVisible(s.db_path is not None and s.db_path.name == "demo.sqlite3")
            if self.login.ui.pinEdit.text() != typing:
                self.login.ui.pinEdit.setText(typing)
            if not typing:
                self.login.ui.messageLabel.clear()

    @Slot()
    def log_in(self) -> None:
        ui = self.login.ui
        expert_id = ui.expertCombo.currentData()
        if expert_id is None:
            return
        try:
            actor = accounts.expert_login(self.session.meeting_id, expert_id, ui.pinEdit.text())
        except USER_ERRORS as error:
            ui.messageLabel.setText(str(error))
            ui.pinEdit.selectAll()
            return
        ui.pinEdit.clear()
        ui.messageLabel.clear()
        self.session.sign_in_seat(actor)
        self.setCurrentIndex(1)
        self._focus_after_load = True  # the first score still to enter, once the sheet is read
        self.load_sheet()

    @Slot()
    def log_out(self) -> None:
        self._commit_focus()
        self.session.sign_out_seat()
        self.setCurrentIndex(0)

    def _commit_focus(self) -> None:
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field is saved when it is left

    # -- the sheet ----------------------------------------------------------------------
    def load_sheet(self) -> None:
        s = self.session
        criteria = meetings.meeting_criteria(meetings.get_meeting(s.meeting_id))
        if self.form is None or [c.key for c in self.form.criteria] != [c.key for c in criteria]:
            self.form = ScoreForm(criteria)
            self.form.points_entered.connect(self._points_entered)
            self.form.review_entered.connect(self._review_entered)
            self.form.refused.connect(self._refused)
            self.form.leave_project.connect(lambda step: self.step_project(step, by_tab=True))
            self.scroll.setWidget(self.form)
            QWidget.setTabOrder(self.table, next(iter(self.form.fields.values())))
        self.model.keys = [c.key for c in criteria]
        self.who.setText(self.tr("专家：%1").replace("%1", s.user.name))
        meeting_id, expert_id = s.meeting_id, s.user.expert_id
        tasks.run(lambda: (scoring.expert_sheet(meeting_id, expert_id), facts_html(meeting_id)),
                  self._sheet_loaded, lambda e: show_refusal(self, e))

    def _sheet_loaded(self, loaded) -> None:
        lines, facts = loaded
        self._facts = facts
        lines = self._with_kept(lines)
        signing_in, self._focus_after_load = self._focus_after_load, False
        current = None if signing_in else self.current_line()
        self.model.set_rows(lines)
        self.table.resizeColumnToContents(0)
        self._show_kept()
        self._show_progress()
        row = 0
        if current is not None:
            row = next((n for n, x in enumerate(lines) if x.code == current.code), 0)
        else:
            row = next((n for n, x in enumerate(lines) if not x.submitted and not self.model.complete(x)), 0)
        if lines:
            self.table.selectRow(row)
            if signing_in:
                self.form.focus_first_open()

    def step_project(self, step: int, by_tab: bool = False) -> None:
        """The next (+1) or previous (-1) project, the focus on its first open entry (or, going
        back by Shift+Tab, on its last); what was being typed is saved first."""
        if self.form is None or not self.model.rowCount():
            return
        focused = QApplication.focusWidget()
        if self.form.isAncestorOf(focused):
            if isinstance(focused, QLineEdit) and not self.form._save_field(focused):
                return  # a refused score keeps the project and the focus
            self.form._left(focused)
        row = self.table.currentIndex().row() + step
        if row >= self.model.rowCount():
            self._saved(self.tr("这是最后一个项目。全部评完后，请按“提交并签名…”。"))
            self.submit_button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if row < 0:
            self._saved(self.tr("这是第一个项目。"))
            return
        self.table.selectRow(row)
        if step < 0 and by_tab:
            self.form.focus_last()
        else:
            self.form.focus_first_open()

    def current_line(self):
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _show_progress(self) -> None:
        done, total = self.model.progress()
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        lines = self.model.rows()
        self.submit_button.setEnabled(any(not x.submitted for x in lines) and not self.session.read_only)

    @Slot()
    def _line_chosen(self, current, _previous=None) -> None:
        if self.form is None:
            return
        line = self.model.row(current.row()) if current.isValid() else None
        if line is not None and self.form.line is not None and line.code == self.form.line.code \
                and self.form.isAncestorOf(QApplication.focusWidget()):
            self.form.refresh_line(line)  # the same project re-read: keep what is being typed
            return
        self.form.show_line(line, self._facts.get(line.code, "") if line else "")
        self._show_kept()
        self.files_button.setEnabled(False)
        if line is not None:
            s = self.session
            meeting_id, expert_id, code = s.meeting_id, s.user.expert_id, line.code
            tasks.run(lambda: panel_scores(meeting_id, expert_id, code),
                      lambda text: self._panel_loaded(code, text), self._side_reading_failed)
            tasks.run(lambda: attachments.list_attachments(meeting_id, code),
                      lambda items: self._files_loaded(code, items), self._side_reading_failed)

    def _files_loaded(self, code: str, items) -> None:
        """The application's documents (建设方案 and the like), opened in the preview."""
        line = self.form.line if self.form else None
        if line is None or line.code != code:
            return
        menu = self.files_button.menu()
        menu.clear()
        for info in items:
            menu.addAction(info.name, lambda i=info: self.open_attachment(i))
        self.files_button.setText(self.tr("附件（%1）").replace("%1", str(len(items))))
        self.files_button.setEnabled(bool(items))

    def open_attachment(self, info) -> None:
        from zqdesk.gui.pages.project_detail import _extract

        tasks.run(lambda: _extract(info), self._attachment_ready, self._task_refused)

    def _attachment_ready(self, path) -> None:
        from zqdesk.gui.dialogs.preview import show_preview

        if path.suffix.lower() == ".pdf":
            self.preview = show_preview(self, path, path.stem, path.name)
        elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._refused(self.tr("没有可打开该文件的程序。文件已保存在：%1").replace("%1", str(path)))

    def _panel_loaded(self, code: str, text: str | None) -> None:
        line = self.form.line if self.form else None
        if line is not None and line.code == code:
            self.form.show_panel(text)

    def _refresh_line(self, code: str, **changes) -> None:
        """What was just saved, applied to the line shown (no re-reading of the whole sheet,
        which at 2,000 projects would stall the keyboard)."""
        old = next((x for x in self.model.rows() if x.code == code), None)
        if old is None:
            return
        if "points" in changes:
            changes["points"] = {**old.points, **changes["points"]}
        line = replace(old, **changes)
        self.model.replace_line(line)
        if self.form is not None and self.form.line is not None and self.form.line.code == code:
            self.form.line = line
        self._show_progress()

    def _points_entered(self, code: str, key: str, value: Decimal) -> None:
        """Saved at once, or kept on this terminal while the server is away (issue #8); never
        over a value another terminal saved since this sheet was read."""
        s = self.session
        old = next((x for x in self.model.rows() if x.code == code), None)
        expected = old.points.get(key) if old is not None else scoring.UNCHECKED
        try:
            outcome = s.saver.enter(s.meeting_id, s.user.expert_id, code, key, value, expected=expected)
        except USER_ERRORS as error:
            self._refused(str(error))
            return
        if outcome.status == CONFLICT:
            self._refused(outcome.message)
            self.load_sheet()  # show what the other terminal saved
            return
        if outcome.status == KEPT:
            self._kept(outcome.message)
        else:
            label = next((c.label for c in self.form.criteria if c.key == key), key) if self.form else key
            self._saved(self.tr("已保存 %1 %2 = %3").replace("%1", code).replace("%2", label).replace("%3", f"{value:g}"))
        self._refresh_line(code, points={key: value})

    def _with_kept(self, lines):
        s = self.session
        if s.user is None or s.user.expert_id is None:
            return lines
        return with_kept(lines, s.saver.kept_cells(s.meeting_id, s.user.expert_id),
                         s.saver.kept_reviews(s.meeting_id, s.user.expert_id))

    @Slot()
    def _show_kept(self) -> None:
        s = self.session
        kept = s.saver.kept_cells(s.meeting_id, s.user.expert_id) if s.seat is not None and s.user else {}
        texts = s.saver.kept_reviews(s.meeting_id, s.user.expert_id) if s.seat is not None and s.user else {}
        self.model.set_kept({code for code, _key in kept} | {code for code, _field in texts})
        if self.form is not None:
            line = self.form.line
            self.form.mark_kept({key for code, key in kept if line is not None and code == line.code})

    @Slot(list)
    def _kept_flushed(self, outcomes) -> None:
        """What became of the scores kept while the server was away."""
        s = self.session
        if s.seat is None or s.user.expert_id is None:
            return
        mine = [o for o in outcomes if o.typed.expert_id == s.user.expert_id and o.typed.meeting_id == s.meeting_id]
        if not mine:
            return
        text, trouble = flushed_text(mine)
        (self._refused if trouble else self._saved)(text)
        if trouble:
            self.load_sheet()

    def _review_entered(self, code: str, field: str, text: str) -> None:
        """Like a score: saved at once, or kept here while the server is away."""
        s = self.session
        old = next((x for x in self.model.rows() if x.code == code), None)
        expected = getattr(old, field) if old is not None else scoring.UNCHECKED
        try:
            outcome = s.saver.enter_review(s.meeting_id, s.user.expert_id, code, field, text, expected=expected)
        except USER_ERRORS as error:
            self._refused(str(error))
            return
        if outcome.status == CONFLICT:
            self._refused(outcome.message)
            self.load_sheet()
            return
        if outcome.status == KEPT:
            self._kept(outcome.message)
        else:
            self._saved(self.tr("已保存 %1 的评审意见").replace("%1", code))
        self._refresh_line(code, **{field: text})
        if field == "deviation_note":
            self.session.notify(SCORES)

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(text)

    def _saved(self, text: str) -> None:
        self.message.setStyleSheet("color: #067647;")
        self.message.setText(text)

    def _kept(self, text: str) -> None:
        self.message.setStyleSheet("color: #b54708; font-weight: bold;")
        self.message.setText(text)

    @Slot()
    def submit(self) -> None:
        self._commit_focus()
        if not self._sheets_complete():
            return
        pin = ask.text(self, self.tr("提交并签名"), self.tr("提交后不能再修改评分。请输入您的PIN作为签名："),
                       secret=True, ok=self.tr("提交"))
        if pin is None:
            return
        self.sign_and_submit(pin)

    def _sheets_complete(self) -> bool:
        """Every open sheet scored and with a recommendation, checked before the PIN is asked;
        otherwise the projects are named and the first of them is shown."""
        open_lines = [x for x in self.model.rows() if not x.submitted]
        unscored = [x.code for x in open_lines if not self.model.scored(x)]
        unrecommended = [x.code for x in open_lines if self.model.scored(x) and not x.recommendation]
        if not unscored and not unrecommended:
            return True
        parts = []
        if unscored:
            parts.append(self.tr("尚未评完：%1").replace("%1", "、".join(unscored)))
        if unrecommended:
            parts.append(self.tr("尚未选择评审建议：%1").replace("%1", "、".join(unrecommended)))
        self._refused(self.tr("还不能提交。") + "；".join(parts) + "。")
        first = (unscored or unrecommended)[0]
        self.table.selectRow(next(n for n, x in enumerate(self.model.rows()) if x.code == first))
        self.form.focus_first_open()
        return False

    def sign_and_submit(self, pin: str) -> bool:
        s = self.session
        if s.saver.kept_for(s.meeting_id, s.user.expert_id):
            self._refused(self.tr("还有分数或评审意见暂存在本机、尚未保存到服务器，连接恢复并保存后才能提交。"))
            return False
        try:
            panel.verify_pin(s.meeting_id, s.user.expert_id, pin)
            count = scoring.submit(s.meeting_id, s.user.expert_id)
        except USER_ERRORS as error:
            self._refused(str(error))
            return False
        self._saved(self.tr("已提交并签名%1个项目的评分。").replace("%1", str(count)))
        self.session.notify(SCORES)
        self.load_sheet()
        return True


    # -- the laptop: the result file (zqdesk.gui.pages.expert_result) -----------------
    @Slot()
    def export_result(self) -> None:
        expert_result.ask_and_export(self)

    def export_result_to(self, path: Path) -> tasks.Task:
        return expert_result.export_to(self, path)

    def _task_refused(self, error: BaseException) -> None:
        """A refusal from a background task, in the message line; anything else is a bug."""
        if not isinstance(error, USER_ERRORS):
            raise error
        self._refused(str(error))

    def _side_reading_failed(self, error: BaseException) -> None:
        """The panel's scores or the attachments of a project could not be read: with the server
        away the status bar says so, and the message line keeps what it said about the score
        just typed."""
        if not isinstance(error, ServerUnavailable):
            self._task_refused(error)
