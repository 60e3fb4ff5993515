"""文书: the review opinions (saved or still drafts), the PDF documents, and finalising the
meeting, after which it is read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout,
)

from zqdesk.gui import tasks
from zqdesk.gui.app import settings
from zqdesk.gui.dialogs.chair import chair_decides, ensure_chair
from zqdesk.gui.dialogs.preview import PreviewDialog, show_preview
from zqdesk.gui.dialogs.files import save_file_name
from zqdesk.gui.models.base import CENTRE, Column, FilterProxy, RowTableModel, score
from zqdesk.gui.models.results import DECISION_COLOURS
from zqdesk.gui.pages.base import StagePage, heading, hint, search_box
from zqdesk.gui.session import CONCLUSIONS, MEETING, PANEL, PROJECTS, SCORES
from zqdesk.gui.scratch import scratch_file
from zqdesk.gui.widgets.progress import run_with_progress
from zqdesk.reports.layout import ISSUER
from zqdesk.services import conclusions, meetings
from zqdesk.services.access import Action
from zqdesk.gui.results_cache import results_for
from zqdesk.services.results import meeting_results


class OpinionTableModel(RowTableModel):
    """Rows: (outcome, saved: bool)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("编号"), lambda r: r[0].project.code),
            Column(self.tr("项目名称"), lambda r: r[0].project.name),
            Column(self.tr("结论"), lambda r: r[0].decision.label, align=CENTRE, colour=lambda r: DECISION_COLOURS[r[0].decision]),
            Column(self.tr("得分"), lambda r: score(r[0].result.score), lambda r: r[0].result.score, CENTRE),
            Column(self.tr("评审意见"), lambda r: self.tr("已保存") if r[1] else self.tr("草稿"), align=CENTRE),
        ])


def load_opinions(meeting_id: int, key: tuple[int, int, str]):
    results = results_for(*key)
    return results, [(o, conclusions.opinion_text(meeting_id, o.project.code) is not None) for o in results.outcomes]


def save_drafts(meeting_id: int, progress) -> int:
    """Worker: save the drafted opinion of every project that has none saved yet."""
    results = meeting_results(meeting_id)
    todo = [o.project.code for o in results.outcomes if conclusions.opinion_text(meeting_id, o.project.code) is None]
    for number, code in enumerate(todo, start=1):
        progress(number - 1, len(todo), code)
        conclusions.save_opinion(meeting_id, code, conclusions.draft_opinion(results, code))
    return len(todo)


DOCUMENTS = (
    ("plan", QT_TRANSLATE_NOOP("DocumentsPage", "年度建设计划（送审稿）"), "write_plan_pdf", "年度建设计划.pdf"),
    ("opinions", QT_TRANSLATE_NOOP("DocumentsPage", "评审意见（每个项目一份）"), "write_opinions_pdf", "评审意见.pdf"),
    ("summary", QT_TRANSLATE_NOOP("DocumentsPage", "评分汇总表（含偏离说明）"), "write_summary_pdf", "评分汇总表.pdf"),
    ("sheets", QT_TRANSLATE_NOOP("DocumentsPage", "专家评分表（每位专家一份，含签名栏）"), "write_sheets_pdf",
     "专家评分表.pdf"),
    ("signin", QT_TRANSLATE_NOOP("DocumentsPage", "签到表和回避声明"), "write_signin_pdf", "签到表和回避声明.pdf"),
)


def write_document(meeting_id: int, function: str, path: str, progress, **options) -> Path:
    """Worker: one PDF (zqdesk.reports), cancelled through the progress handle."""
    import importlib

    module = importlib.import_module(f"zqdesk.reports.{function.removeprefix('write_').removesuffix('_pdf')}")
    writer = getattr(module, function)
    return writer(meeting_results(meeting_id), path, progress=lambda d, t: progress(d, t),
                  cancelled=lambda: progress.cancelled, **options)


def write_workbook(meeting_id: int, key: str, path: str, progress) -> Path:
    """Worker: the same document as an Excel workbook (zqdesk.io.exports)."""
    from zqdesk.io import exports

    writer = getattr(exports, f"write_{key}_xlsx")
    writer(meeting_results(meeting_id), path, progress=lambda d, t: progress(d, t), cancelled=lambda: progress.cancelled)
    return Path(path)


class DocumentsPage(StagePage):
    depends_on = (MEETING, PROJECTS, PANEL, SCORES, CONCLUSIONS)

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.open_after = True  # open a written PDF in the preview (tests may turn it off)
        self.last_document: Path | None = None
        self.last_workbook: Path | None = None
        self.preview: PreviewDialog | None = None
        self.model = OpinionTableModel(self)
        self.proxy = FilterProxy(parent=self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_in_discussion)
        self.opinion_count = QLabel(self)
        self.drafts_button = QPushButton(self.tr("未保存的评审意见按草稿保存"), self)
        self.drafts_button.clicked.connect(self.save_all_drafts)
        opinions = QGroupBox(self.tr("评审意见（双击在“汇总讨论”中修改）"), self)
        o_layout = QVBoxLayout(opinions)
        row = QHBoxLayout()
        row.addWidget(self.opinion_count, 1)
        self.search = search_box(self, self.proxy, self.tr("搜索编号、名称…"))
        row.addWidget(self.search, 1)
        row.addWidget(self.drafts_button)
        o_layout.addLayout(row)
        o_layout.addWidget(self.table)

        docs = QGroupBox(self.tr("文书（PDF，内嵌字体，A4；也可导出Excel）"), self)
        grid = QGridLayout(docs)
        prefs = settings()
        self.issuer = QLineEdit(str(prefs.value("documents/issuer", ISSUER)), docs)
        self.issuer.setAccessibleName(self.tr("发文机关"))
        self.doc_number = QLineEdit(docs)
        self.doc_number.setPlaceholderText(self.tr("如 钦发改〔2027〕12号；留空则打印后手工填写"))
        self.doc_number.setAccessibleName(self.tr("发文字号"))
        plan_fields = QFormLayout()
        plan_fields.addRow(self.tr("发文机关"), self.issuer)
        plan_fields.addRow(self.tr("发文字号"), self.doc_number)
        grid.addLayout(plan_fields, 0, 0, 1, 3)
        self.document_buttons: dict[str, QPushButton] = {}
        self.excel_buttons: dict[str, QPushButton] = {}
        for number, (key, title, _function, _name) in enumerate(DOCUMENTS, start=1):
            button = QPushButton(self.tr("预览和打印…"), docs)
            # Read out (and found by the tests) with the document it is for, as a person reads the row.
            button.setAccessibleName(self.tr("预览和打印：%1").replace("%1", self.tr(title)))
            button.clicked.connect(lambda _=False, k=key: self.make_document(k))
            excel = QPushButton(self.tr("导出Excel…"), docs)
            excel.setAccessibleName(self.tr("导出Excel：%1").replace("%1", self.tr(title)))
            excel.clicked.connect(lambda _=False, k=key: self.export_workbook(k))
            grid.addWidget(QLabel(self.tr(title)), number, 0)
            grid.addWidget(button, number, 1)
            grid.addWidget(excel, number, 2)
            self.document_buttons[key] = button
            self.excel_buttons[key] = excel
        grid.setColumnStretch(0, 1)
        grid.addWidget(hint(self.tr("生成后在预览窗口中查看，可直接打印，或另存为PDF文件。发文机关和发文字号用于年度建设计划的版头。")),
                       len(DOCUMENTS) + 1, 0, 1, 3)

        final = QGroupBox(self.tr("定稿"), self)
        f_layout = QVBoxLayout(final)
        self.final_state = QLabel(self)
        self.final_state.setWordWrap(True)
        self.finalise_button = QPushButton(self.tr("定稿（此后评审会只读）…"), self)
        self.finalise_button.clicked.connect(self.finalise)
        f_layout.addWidget(self.final_state)
        f_layout.addWidget(self.finalise_button)
        f_layout.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(docs)
        right.addWidget(final, 1)
        body = QHBoxLayout()
        body.addWidget(opinions, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("文书与定稿")))
        layout.addLayout(body, 1)

    def reload(self) -> None:
        s = self.session
        allowed = s.has_meeting and s.may(Action.DOCUMENTS)
        for button in (*self.document_buttons.values(), *self.excel_buttons.values()):
            button.setEnabled(allowed)
        self.drafts_button.setEnabled(not s.read_only)
        self.finalise_button.setEnabled(not s.read_only)
        if s.finalised_at is not None:
            self.final_state.setText(self.tr("本评审会已于%1定稿，所有内容只读。打印的文书均带有评审会内容校验码。")
                                     .replace("%1", s.finalised_at.strftime("%Y-%m-%d %H:%M")))
        else:
            self.final_state.setText(self.tr(
                "定稿前请确认：全部专家已提交评分；偏离平均分30%以上的评分均已填写偏离说明；结论、档次和评审意见已确定。"
                "定稿须由评审组长确认，定稿后不能再修改。"))
        if not s.has_meeting:
            self.model.set_rows([])
            return
        meeting_id, key = s.meeting_id, s.results_key()
        self.run_task(lambda: load_opinions(meeting_id, key), self._loaded)

    def _loaded(self, loaded) -> None:
        _results, rows = loaded
        self.model.set_rows(rows)
        self.proxy.resort()
        saved = sum(1 for _, ok in rows if ok)
        self.opinion_count.setText(self.tr("已保存 %1 / %2 份评审意见").replace("%1", str(saved)).replace("%2", str(len(rows))))

    @Slot()
    def _open_in_discussion(self, index) -> None:
        outcome = self.proxy.row_at(index.row())[0]
        window = self.window()
        if hasattr(window, "pages"):
            window.go_to("discussion")
            page = window.pages["discussion"]
            page.select_code(outcome.project.code)
            page.tabs.setCurrentIndex(1)

    @Slot()
    def save_all_drafts(self) -> None:
        if not ensure_chair(self, self.session):
            return
        meeting_id = self.session.meeting_id
        run_with_progress(self, self.tr("正在保存评审意见草稿…"),
                          lambda progress: save_drafts(meeting_id, progress), self._drafts_saved, self._task_failed)

    def _drafts_saved(self, count: int) -> None:
        self.status_message.emit(self.tr("已保存%1份评审意见草稿。").replace("%1", str(count)))
        self.session.notify("opinions")
        self.reload()

    @Slot()
    def make_document(self, key: str, path: str | None = None) -> tasks.Task:
        """Write one PDF (to `path`, or to a scratch file) off the UI thread; open it in the
        preview when done (`open_after`)."""
        _key, title, function, suggested = next(d for d in DOCUMENTS if d[0] == key)
        if path is None:
            path = str(scratch_file("documents", suggested))
        options = {}
        if key == "plan":
            issuer = self.issuer.text().strip() or ISSUER
            settings().setValue("documents/issuer", issuer)
            options = {"issuer": issuer, "doc_number": self.doc_number.text().strip() or None}
        meeting_id = self.session.meeting_id
        return run_with_progress(self, self.tr("正在生成“%1”…").replace("%1", self.tr(title)),
                                 lambda progress: write_document(meeting_id, function, path, progress, **options),
                                 lambda done: self._document_done(key, done), self._task_failed)

    def _document_done(self, key: str, path: Path) -> None:
        _key, title, _function, suggested = next(d for d in DOCUMENTS if d[0] == key)
        self.last_document = Path(path)
        self.status_message.emit(self.tr("已生成：%1").replace("%1", self.tr(title)))
        if self.open_after:
            name = f"{self.session.meeting_name}-{suggested}" if self.session.meeting_name else suggested
            self.preview = show_preview(self, path, self.tr(title), name)

    @Slot()
    def export_workbook(self, key: str, path: str | None = None) -> tasks.Task | None:
        _key, title, _function, suggested = next(d for d in DOCUMENTS if d[0] == key)
        if path is None:
            path = save_file_name(self, self.tr(title), str(Path(suggested).with_suffix(".xlsx")),
                                  self.tr("Excel 文件 (*.xlsx)"))
        if not path:
            return None
        meeting_id = self.session.meeting_id
        return run_with_progress(self, self.tr("正在导出“%1”…").replace("%1", self.tr(title)),
                                 lambda progress: write_workbook(meeting_id, key, path, progress),
                                 self._workbook_done, self._task_failed)

    def _workbook_done(self, path: Path) -> None:
        self.last_workbook = Path(path)
        self.status_message.emit(self.tr("已导出：%1").replace("%1", str(path)))

    @Slot()
    def finalise(self) -> None:
        unsaved = sum(1 for _outcome, saved in self.model.rows() if not saved)
        text = self.tr("定稿后，评审会的项目、专家、评分、结论和计划都不能再修改。")
        if unsaved:
            text += self.tr("还有%1份评审意见未单独保存，定稿时将按当前草稿保存。").replace("%1", str(unsaved))
        from zqdesk.gui.ask import confirm

        def decide() -> None:
            if confirm(self, self.tr("定稿"), text + self.tr("确定定稿？"), yes=self.tr("定稿")):
                self.finalise_now()

        chair_decides(self, self.session, decide)

    def finalise_now(self):
        """Save the opinions still in draft, then finalise (off the UI thread)."""
        meeting_id = self.session.meeting_id

        def work(progress) -> int:
            count = save_drafts(meeting_id, progress)
            meetings.finalise(meeting_id)
            return count

        return run_with_progress(self, self.tr("正在定稿…"), work, self._finalised, self._finalise_failed)

    def _finalised(self, _count: int) -> None:
        self.session.notify(MEETING)
        self.status_message.emit(self.tr("评审会已定稿，现为只读。"))

    def _finalise_failed(self, error: BaseException) -> None:
        self.session.notify("opinions")
        self._task_failed(error)
