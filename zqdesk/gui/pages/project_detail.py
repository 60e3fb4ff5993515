"""The right-hand side of the 项目 page: one application's facts, findings, materials
checklist and attachments."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from zqdesk.core.vocab import PLAN_ELEMENTS, PROTECTION_LEVEL_NAMES
from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_name
from zqdesk.gui.models.attachments import AttachmentTableModel
from zqdesk.gui.models.projects import SEVERITY_COLOURS, ProjectRow
from zqdesk.paths import data_dir
from zqdesk.services import attachments


class ProjectDetail(QWidget):
    refused = Signal(object)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.row: ProjectRow | None = None
        self.read_only = False
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.files = AttachmentTableModel(self)
        self.file_view = QTableView(self)
        self.file_view.setModel(self.files)
        self.file_view.verticalHeader().setVisible(False)
        self.file_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.file_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.file_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.file_view.doubleClicked.connect(self.open_attachment)
        self.add_button = QPushButton(self.tr("添加附件…"), self)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setToolTip(self.tr("PDF附件在预览窗口中打开，可打印；其他文件用本机默认程序打开。"))
        self.add_button.clicked.connect(self.add_attachment)
        self.open_button.clicked.connect(self.open_attachment)
        box = QGroupBox(self.tr("附件（存入数据库，附校验值）"), self)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.file_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(box, 1)
        self.show_row(None)

    def show_row(self, row: ProjectRow | None) -> None:
        self.row = row
        self.add_button.setEnabled(row is not None and not self.read_only)
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.text.setHtml(self.tr("<p style='color:#666'>在左侧表格中选择一个项目查看详情。</p>"))
            self.files.set_rows([])
            return
        self.text.setHtml(self._html(row))
        if self.meeting_id is not None:
            meeting_id, code = self.meeting_id, row.facts.code
            tasks.run(lambda: attachments.list_attachments(meeting_id, code), self._files_loaded, self.refused.emit)

    def _files_loaded(self, items) -> None:
        self.files.set_rows(items)

    def _html(self, row: ProjectRow) -> str:
        f = row.facts
        e = html.escape
        yes, no = self.tr("是"), self.tr("否")
        facts = [
            (self.tr("编号"), f.code), (self.tr("建设单位"), f"{f.unit}（{f.unit_type}）" if f.unit_type else f.unit),
            (self.tr("申报类型"), f.kind.label), (self.tr("计划年度"), str(f.plan_year)),
            (self.tr("项目类别"), f"{f.category} / {f.sub_type}" if f.sub_type else f.category),
            (self.tr("建设性质"), f.nature), (self.tr("总投资"), f"{f.total_investment:,.2f} 万元"),
            (self.tr("申请市级资金"), f"{f.requested:,.2f} 万元"), (self.tr("资金来源"), f.funding_source),
            (self.tr("申报日期"), f.submitted_on.isoformat()), (self.tr("部署方式"), "、".join(f.deployment)),
            (self.tr("自建基础设施"), "、".join(f.self_built) or self.tr("无")),
            (self.tr("共享部门"), "、".join(f.sharing_departments) or self.tr("未填写")),
            (self.tr("涉密"), yes if f.classified else no),
            (self.tr("等保级别"), PROTECTION_LEVEL_NAMES.get(f.protection_level, self.tr("未填写"))),
            (self.tr("上级要求"), yes if f.mandated else no), (self.tr("需求紧迫"), yes if f.urgent else no),
        ]
        out = [f"<h3>{e(f.name)}</h3><table cellspacing='3'>"]
        out += [f"<tr><td style='color:#555'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in facts]
        out.append("</table>")
        out.append(f"<h4>{self.tr('合规审查意见')}</h4>")
        if not row.findings:
            out.append(f"<p style='color:#067647'>{self.tr('未发现问题。')}</p>")
        for finding in row.findings:
            colour = SEVERITY_COLOURS[finding.severity].name()
            struck = finding.rule_id in row.overridden and finding.severity.overridable
            note = self.tr("（组长已推翻）") if struck else ""
            out.append(f"<p><span style='color:{colour};font-weight:bold'>{e(finding.severity.label)}</span> "
                       f"<span style='color:#555'>{e(finding.article)}</span>{note}<br/>"
                       f"{e(finding.message)}</p>")
        out.append(f"<h4>{self.tr('材料清单（实施方案要素，第九条）')}</h4><p>")
        for element in PLAN_ELEMENTS:
            mark = "<span style='color:#067647'>✔</span>" if element in f.plan_elements else \
                "<span style='color:#b42318'>✘</span>"
            out.append(f"{mark} {e(element)}&nbsp;&nbsp; ")
        qualified = self.tr("编制单位具备资质") if f.compiler_qualified else self.tr("编制单位资质未确认")
        out.append(f"<br/>{qualified}</p>")
        if f.sharing_analysis:
            out.append(f"<h4>{self.tr('共享需求分析')}</h4><p>{e(f.sharing_analysis)}</p>")
        if f.remarks:
            out.append(f"<h4>{self.tr('备注')}</h4><p>{e(f.remarks)}</p>")
        return "".join(out)

    @Slot()
    def add_attachment(self) -> None:
        if self.row is None or self.meeting_id is None:
            return
        name = open_file_name(self, self.tr("添加附件"), self.tr("PDF 文件 (*.pdf);;所有文件 (*)"))
        if not name:
            return
        meeting_id, code = self.meeting_id, self.row.facts.code
        self.message.emit(self.tr("正在添加附件…"))
        tasks.run(lambda: attachments.attach(meeting_id, code, name), self._attached, self.refused.emit)

    def _attached(self, info) -> None:
        self.message.emit(self.tr("已添加附件“%1”（SHA-256 %2）。").replace("%1", info.name).replace("%2", info.sha256[:16]))
        self.show_row(self.row)

    @Slot()
    def open_attachment(self) -> None:
        index = self.file_view.currentIndex()
        if not index.isValid():
            if self.files.rowCount() == 0:
                return
            index = self.files.index(0, 0)
        info = self.files.row(index.row())
        tasks.run(lambda: _extract(info), self._extracted, self.refused.emit)

    def _extracted(self, path: Path) -> None:
        if path.suffix.lower() == ".pdf":
            from zqdesk.gui.dialogs.preview import show_preview

            self.preview = show_preview(self, path, path.stem, path.name)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.emit(self.tr("没有可打开该文件的程序。文件已保存在：%1").replace("%1", str(path)))


def _extract(info) -> Path:
    """The checked bytes of an attachment in a private cache file, for the system viewer."""
    data = attachments.attachment_bytes(info.id)
    folder = data_dir() / "cache" / "attachments" / info.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(info.name).name
    if not path.exists() or path.stat().st_size != len(data):
        path.write_bytes(data)
    return path
