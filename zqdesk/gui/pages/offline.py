"""评分 → 专家离线评分 (SPEC §8.3), the clerk's side: a scoring package per expert with the
slip that carries its code, and the experts' result files verified and merged, each file's
outcome in a table."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from zqdesk.core.vocab import ROLE_LABELS
from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_names, safe_name, save_file_name
from zqdesk.gui.dialogs.preview import PreviewDialog, show_preview
from zqdesk.gui.models.base import CENTRE, Column, RowTableModel
from zqdesk.gui.pages.base import USER_ERRORS, hint, show_refusal
from zqdesk.gui.scratch import scratch_file
from zqdesk.gui.session import SCORES, Session
from zqdesk.gui.slip import Slip, write_slip_pdf
from zqdesk.services import packages, panel
from zqdesk.services.access import Action
from zqdesk.services.packages import MERGED, REFUSED, UNCHANGED, IssuedPackage, MergeOutcome
from zqdesk.services.panel import PanelEntry

STATUS_COLOURS = {MERGED: QColor("#067647"), UNCHANGED: QColor("#5f6b7a"), REFUSED: QColor("#b42318")}


class PackageTableModel(RowTableModel):
    """Rows: (panel entry, issued package or None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("专家"), lambda r: r[0].name),
            Column(self.tr("单位"), lambda r: r[0].organisation),
            Column(self.tr("角色"), lambda r: ROLE_LABELS[r[0].role]),
            Column(self.tr("评分数据包"), self._issued, lambda r: r[1].issued_at if r[1] else None, CENTRE),
            Column(self.tr("已合并的结果文件"), self._merged, lambda r: r[1].merged_revision if r[1] else -1, CENTRE),
        ])

    def _issued(self, row) -> str:
        issued: IssuedPackage | None = row[1]
        return self.tr("未发放") if issued is None else self.tr("%1发放").replace(
            "%1", issued.issued_at.strftime("%m-%d %H:%M"))

    def _merged(self, row) -> str:
        issued: IssuedPackage | None = row[1]
        if issued is None or not issued.merged_revision:
            return "—"
        return self.tr("修订%1").replace("%1", str(issued.merged_revision))


class MergeTableModel(RowTableModel):
    """Rows: MergeOutcome, one per result file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        labels = {MERGED: self.tr("已合并"), UNCHANGED: self.tr("无变化"), REFUSED: self.tr("拒绝")}
        self.set_columns([
            Column(self.tr("文件"), lambda o: Path(o.path).name),
            Column(self.tr("专家"), lambda o: o.expert or "—"),
            Column(self.tr("修订号"), lambda o: "—" if o.revision is None else str(o.revision),
                   lambda o: o.revision or 0, CENTRE),
            Column(self.tr("结果"), lambda o: labels.get(o.status, o.status), align=CENTRE,
                   colour=lambda o: STATUS_COLOURS.get(o.status)),
            Column(self.tr("更新的评分表"), lambda o: str(o.changed_sheets), lambda o: o.changed_sheets, CENTRE),
            Column(self.tr("原因"), lambda o: o.reason, tooltip=lambda o: o.reason),
        ])


def load_packages(meeting_id: int):
    issued = {p.expert_id: p for p in packages.issued_packages(meeting_id)}
    return [(entry, issued.get(entry.expert_id)) for entry in panel.panel(meeting_id)]


class SlipDialog(QDialog):
    """The code on screen in large letters, and the slip to print."""

    def __init__(self, parent: QWidget | None, slip: Slip) -> None:
        super().__init__(parent)
        self.slip = slip
        self.preview: PreviewDialog | None = None
        self.setWindowTitle(self.tr("评分数据包已导出 — %1").replace("%1", slip.expert))
        intro = QLabel(self.tr("已为%1导出评分数据包“%2”。请把校验码纸条交给专家本人，与U盘分开保管：")
                       .replace("%1", slip.expert).replace("%2", slip.package), self)
        intro.setWordWrap(True)
        self.code_label = QLabel(slip.code, self)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet("background: #f2f4f7; border: 1px solid #d0d5dd; padding: 12px;")
        self.code_label.setAccessibleName(self.tr("校验码"))
        self.print_button = QPushButton(self.tr("打印校验码纸条…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_slip)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(hint(self.tr("专家在笔记本上打开评分数据包时输入这16位校验码（不区分大小写，可不输入短横线）。"
                                      "重新导出时校验码不变，除非选择换发新校验码。")))
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 36)

    @Slot()
    def print_slip(self) -> PreviewDialog:
        """The slip as a one-page PDF, in the preview (打印… and 另存为… there)."""
        path = write_slip_pdf(scratch_file("slips", f"校验码-{safe_name(self.slip.expert)}.pdf"), self.slip)
        self.preview = show_preview(self, path, self.tr("校验码纸条 — %1").replace("%1", self.slip.expert),
                                    f"校验码-{safe_name(self.slip.expert)}.pdf")
        return self.preview


class OfflineTab(QWidget):
    """The tab of the 评分 page for experts scoring on their own laptops."""

    status_message = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_code: str | None = None
        self.slip_dialog: SlipDialog | None = None
        self.model = PackageTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("专家评分数据包"))
        self.table.doubleClicked.connect(lambda _i: self.export_package())
        self.export_button = QPushButton(self.tr("导出评分数据包…"), self)
        self.reprint_button = QPushButton(self.tr("重新打印校验码…"), self)
        self.import_button = QPushButton(self.tr("导入专家结果文件…"), self)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.reprint_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        self.outcomes = MergeTableModel(self)
        self.outcome_view = QTableView(self)
        self.outcome_view.setModel(self.outcomes)
        self.outcome_view.verticalHeader().setVisible(False)
        self.outcome_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcome_view.setWordWrap(True)
        self.outcome_view.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        merged = QGroupBox(self.tr("导入结果"), self)
        m_layout = QVBoxLayout(merged)
        m_layout.addWidget(self.summary)
        m_layout.addWidget(self.outcome_view)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(merged)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "专家也可在自己的笔记本上离线评分：为每位专家导出评分数据包（U盘带去），并打印校验码纸条交给本人；"
            "专家评完后导出结果文件（.zqres）带回，在这里导入。被改动、不属于本评审会、重复或过期的结果文件会被拒绝并说明原因，"
            "其余的合并。")))
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.export_button.clicked.connect(lambda: self.export_package())
        self.reprint_button.clicked.connect(self.reprint_slip)
        self.import_button.clicked.connect(lambda: self.import_results())

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        s = self.session
        self.export_button.setEnabled(s.can_edit(Action.PANEL_EDIT))
        self.reprint_button.setEnabled(s.can_edit(Action.PANEL_EDIT))
        self.import_button.setEnabled(s.can_edit(Action.SCORE_CLERK))
        if not s.has_meeting or not s.may(Action.PANEL_EDIT):
            self.model.set_rows([])
            return
        meeting_id = s.meeting_id
        tasks.run(lambda: load_packages(meeting_id), self._loaded, self._failed)

    def _loaded(self, rows) -> None:
        current = self.current_entry()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if rows:
            keep = next((n for n, r in enumerate(rows) if current and r[0].expert_id == current.expert_id), 0)
            self.table.selectRow(keep)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, USER_ERRORS):
            raise error
        show_refusal(self, error)

    def current_entry(self) -> PanelEntry | None:
        index = self.table.currentIndex()
        return self.model.row(index.row())[0] if index.isValid() else None

    def select_expert(self, expert_id: int) -> None:
        row = next(n for n, r in enumerate(self.model.rows()) if r[0].expert_id == expert_id)
        self.table.selectRow(row)

    # -- packages -----------------------------------------------------------------------
    @Slot()
    def export_package(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.session.can_edit(Action.PANEL_EDIT):
            return
        issued = self.model.row(self.table.currentIndex().row())[1]
        new_secret = False
        if issued is not None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("导出评分数据包"), self.tr(
                "已于%1向%2发放过评分数据包。重新导出时可沿用原校验码（专家手中的纸条仍然有效），"
                "也可换发新校验码（用旧校验码生成的结果文件全部作废）。").replace(
                "%1", issued.issued_at.strftime("%Y-%m-%d %H:%M")).replace("%2", entry.name), parent=self)
            keep = box.addButton(self.tr("沿用原校验码"), QMessageBox.ButtonRole.AcceptRole)
            renew = box.addButton(self.tr("换发新校验码"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() not in (keep, renew):
                return
            new_secret = box.clickedButton() is renew
        suggested = f"{safe_name(self.session.meeting_name)}-{safe_name(entry.name)}.zqpkg"
        name = save_file_name(self, self.tr("导出评分数据包"), suggested, self.tr("评分数据包 (*.zqpkg)"))
        if name:
            self.export_package_for(entry.expert_id, Path(name), new_secret)

    def export_package_for(self, expert_id: int, path: Path, new_secret: bool = False) -> tasks.Task:
        """Write the package off the UI thread, then show the code and the slip."""
        meeting_id = self.session.meeting_id
        entry = next(r[0] for r in self.model.rows() if r[0].expert_id == expert_id)
        self.export_button.setEnabled(False)
        return tasks.run(lambda: packages.export_package(meeting_id, expert_id, path, new_secret=new_secret),
                         lambda code: self._exported(entry, path, code), self._export_failed)

    def _exported(self, entry: PanelEntry, path: Path, code: str) -> None:
        self.last_code = code
        self.status_message.emit(self.tr("已导出%1的评分数据包：%2").replace("%1", entry.name).replace("%2", str(path)))
        self.show_slip(entry, code, path.name)
        self.reload()

    def _export_failed(self, error: BaseException) -> None:
        self.reload()
        self._failed(error)

    def show_slip(self, entry: PanelEntry, code: str, package: str, issued_at: datetime | None = None) -> SlipDialog:
        slip = Slip(self.session.meeting_name, entry.name, entry.organisation, code, package,
                    issued_at or datetime.now())
        self.slip_dialog = SlipDialog(self, slip)
        self.slip_dialog.open()
        return self.slip_dialog

    @Slot()
    def reprint_slip(self) -> SlipDialog | None:
        """The code of an issued package again (a lost slip)."""
        entry = self.current_entry()
        if entry is None:
            return None
        issued = self.model.row(self.table.currentIndex().row())[1]
        try:
            code = packages.package_code(self.session.meeting_id, entry.expert_id)
        except USER_ERRORS as error:
            show_refusal(self, error)
            return None
        self.last_code = code
        name = f"{safe_name(self.session.meeting_name)}-{safe_name(entry.name)}.zqpkg"
        return self.show_slip(entry, code, name, issued.issued_at if issued is not None else None)

    # -- result files -------------------------------------------------------------------
    @Slot()
    def import_results(self, paths: list[Path | str] | None = None) -> tasks.Task | None:
        if not self.session.can_edit(Action.SCORE_CLERK):
            return None
        if paths is None:
            paths = open_file_names(self, self.tr("导入专家结果文件"), self.tr("专家结果文件 (*.zqres);;所有文件 (*)"))
        if not paths:
            return None
        meeting_id = self.session.meeting_id
        chosen = [Path(p) for p in paths]
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("正在核对和合并%1个结果文件…").replace("%1", str(len(chosen))))
        return tasks.run(lambda: packages.import_results(meeting_id, chosen), self._imported, self._import_failed)

    def _imported(self, outcomes: list[MergeOutcome]) -> None:
        self.outcomes.set_rows(outcomes)
        self.outcome_view.resizeColumnsToContents()
        self.outcome_view.horizontalHeader().setStretchLastSection(True)
        counts = {status: sum(1 for o in outcomes if o.status == status) for status in (MERGED, UNCHANGED, REFUSED)}
        text = self.tr("合并%1个，无变化%2个，拒绝%3个。").replace("%1", str(counts[MERGED])).replace(
            "%2", str(counts[UNCHANGED])).replace("%3", str(counts[REFUSED]))
        self.summary.setStyleSheet("color: #b42318;" if counts[REFUSED] else "")
        self.summary.setText(text)
        self.status_message.emit(text)
        if counts[MERGED]:
            self.session.notify(SCORES)
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self.summary.clear()
        self.reload()
        self._failed(error)
