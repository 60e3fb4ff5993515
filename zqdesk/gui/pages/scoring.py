"""评分: three ways in — the expert at the keyboard, the clerk's fast grid from signed paper
sheets, a spreadsheet of scores — and who has submitted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from zqdesk.gui import ask
from zqdesk.gui.dialogs.files import save_file_name
from zqdesk.gui.dialogs.import_dialog import ImportDialog, ImportSpec
from zqdesk.gui.models.base import Column, points
from zqdesk.gui.pages.base import StagePage, heading, hint
from zqdesk.gui.pages.expert_desk import ExpertDesk
from zqdesk.gui.pages.offline import OfflineTab
from zqdesk.gui.pages.score_grid import ClerkGrid
from zqdesk.gui.session import MEETING, PANEL, PROJECTS, SCORES
from zqdesk.gui.unsaved import TYPING_QUIET_S
from zqdesk.io.scores import read_scores
from zqdesk.io.templates import write_template
from zqdesk.services import meetings, panel, scoring
from zqdesk.services.access import Action


class ScoreImport(QWidget):
    def __init__(self, page: ScoringPage) -> None:
        super().__init__(page)
        self.page = page
        self.import_button = QPushButton(self.tr("导入评分文件…"), self)
        self.template_button = QPushButton(self.tr("导出评分模板…"), self)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "评分文件每行为一位专家对一个项目的评分（专家、项目编号、各评分项、评审建议、评审意见、偏离说明）。"
            "导入的评分视为已提交签名。文件中任何一行有错误时不导入任何内容，并列出全部错误。")))
        layout.addLayout(row)
        layout.addStretch(1)
        self.import_button.clicked.connect(lambda: self.page.import_scores())
        self.template_button.clicked.connect(self.page.export_template)


class ScoringPage(StagePage):
    depends_on = (MEETING, PANEL, PROJECTS, SCORES)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.desk = ExpertDesk(session, self.tabs)
        self.grid = ClerkGrid(session, self.tabs)
        self.importer = ScoreImport(self)
        self.offline = OfflineTab(session, self.tabs)
        self.offline.status_message.connect(self.status_message)
        self.tabs.addTab(self.desk, self.tr("专家登录评分"))
        self.tabs.addTab(self.grid, self.tr("经办人录入纸质评分表"))
        self.tabs.addTab(self.importer, self.tr("导入评分文件"))
        self.tabs.addTab(self.offline, self.tr("专家离线评分"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("评分")))
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._after_typing = QTimer(self, singleShot=True)
        self._after_typing.timeout.connect(lambda: self._changed(SCORES))

    @Slot(str)
    def _changed(self, what: str) -> None:
        wait = self.session.saver.typing(TYPING_QUIET_S) if what == SCORES else 0
        if wait:
            # Scores are being typed here, and zqdesk.gui.live reports each as a change: the
            # sheet read again and who has submitted wait for the keyboard to rest, so that
            # their workers do not hold the GIL the UI thread needs between two keys.
            self._after_typing.start(int(wait * 1000) + 1)
            return
        super()._changed(what)

    def reload(self) -> None:
        s = self.session
        self._show_status()
        if self.tabs.currentWidget() is self.grid:
            self.grid.reload()
        else:
            self.grid_dirty = True
        if self.tabs.currentWidget() is self.offline:
            self.offline.reload()
        else:
            self.offline_dirty = True
        if self.tabs.currentWidget() is self.desk:
            self.desk.reload()
        else:
            # Not over the grid: every score the clerk saves comes back here as a change
            # (zqdesk.gui.live), and refilling the hidden desk's list each time took the UI
            # thread as long as saving the score.
            self.desk_dirty = True
        self.importer.import_button.setEnabled(s.can_edit(Action.SCORE_CLERK))

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.desk and getattr(self, "desk_dirty", False):
            self.desk_dirty = False
            self.desk.reload()
        if self.tabs.currentWidget() is self.grid and getattr(self, "grid_dirty", True):
            self.grid_dirty = False
            self.grid.reload()
        if self.tabs.currentWidget() is self.offline and getattr(self, "offline_dirty", True):
            self.offline_dirty = False
            self.offline.reload()

    def user_changed(self) -> None:
        clerk = self.session.may(Action.SCORE_CLERK)
        for number in (1, 2, 3):
            self.tabs.setTabEnabled(number, clerk)
        # On an expert's laptop (a database made from a scoring package) there is only the desk.
        offline = self.session.offline is not None
        for number in (1, 2, 3):
            self.tabs.setTabVisible(number, not offline)
        self.tabs.tabBar().setVisible(not offline)
        if not clerk:
            self.tabs.setCurrentIndex(0)
        self.importer.import_button.setEnabled(self.session.can_edit(Action.SCORE_CLERK))
        self._show_status()

    def _show_status(self) -> None:
        s = self.session
        # Who has submitted is read from the sheets, which the administrator may not read.
        if not s.has_meeting or s.seat is not None or not s.may(Action.READ_RESULTS):
            self.status.setText("")
            return
        meeting_id = s.meeting_id
        self.run_task(lambda: (panel.panel(meeting_id), scoring.submitted_experts(meeting_id)), self._status_loaded)

    def _status_loaded(self, loaded) -> None:
        if self.session.expert_mode:
            return
        entries, submitted = loaded
        waiting = [e.name for e in entries if e.expert_id not in submitted]
        text = self.tr("已提交：%1 / %2 位专家。").replace("%1", str(len(entries) - len(waiting))).replace(
            "%2", str(len(entries)))
        if waiting:
            text += self.tr("尚未提交：%1。").replace("%1", "、".join(waiting))
        if self.session.panel_open:
            text += self.tr("组长已开放专家组评分查看。")
        self.status.setText(text)

    # -- the spreadsheet way ------------------------------------------------------------
    def import_spec(self) -> ImportSpec:
        meeting_id = self.session.meeting_id
        criteria = meetings.meeting_criteria(meetings.get_meeting(meeting_id))

        def confirm(parent, rows) -> bool:
            experts = sorted({r.expert for r in rows})
            return ask.confirm(parent, self.tr("核对纸质评分表"), self.tr(
                "导入的%1份评分将作为专家已签名提交的评分保存，之后只能凭理由更正。请确认以下专家的纸质评分表均已签名：%2。")
                .replace("%1", str(len(rows))).replace("%2", "、".join(experts)),
                yes=self.tr("已核对签名，导入"))

        def write(path: Path, rows) -> str:
            count = scoring.import_scores(meeting_id, path, paper_signed=True)
            return self.tr("已导入%1份评分（已核对签名，视为已提交）。").replace("%1", str(count))

        columns = [Column(self.tr("行"), lambda r: str(r.row)), Column(self.tr("专家"), lambda r: r.expert),
                   Column(self.tr("项目编号"), lambda r: r.project_code)]
        columns += [Column(c.label, lambda r, k=c.key: points(r.points.get(k))) for c in criteria]
        columns += [Column(self.tr("评审建议"), lambda r: r.recommendation), Column(self.tr("评审意见"), lambda r: r.opinion)]
        return ImportSpec(self.tr("导入评分文件"), lambda path: read_scores(path, criteria), columns, write, confirm)

    def import_scores(self, path: Path | None = None) -> ImportDialog:
        dialog = ImportDialog(self, self.import_spec(), path)
        dialog.accepted.connect(lambda: (self.status_message.emit(dialog.result_message), self.session.notify(SCORES)))
        dialog.open()
        if path is None:
            dialog.choose_file()
        return dialog

    @Slot()
    def export_template(self) -> None:
        criteria = meetings.meeting_criteria(meetings.get_meeting(self.session.meeting_id))
        name = save_file_name(self, self.tr("导出评分模板"), self.tr("专家评分导入模板.xlsx"), self.tr("Excel 文件 (*.xlsx)"))
        if name and self.attempt(lambda: write_template("scores", name, criteria)):
            self.status_message.emit(self.tr("模板已保存：%1").replace("%1", name))
