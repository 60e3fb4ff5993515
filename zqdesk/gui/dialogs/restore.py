"""从备份恢复: the backups of the open database, newest first (services.maintenance), or any
other backup file; the administrator picks one and the 设置 page restores it."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from zqdesk.gui.dialogs.files import open_file_name
from zqdesk.gui.models.base import NUMERIC, Column, RowTableModel
from zqdesk.services import maintenance
from zqdesk.storage.backup import backup_folder

_NAME = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-(.+)$")
REASONS = {
    "auto": QT_TRANSLATE_NOOP("BackupTableModel", "自动（定时）"),
    "close": QT_TRANSLATE_NOOP("BackupTableModel", "自动（关闭时）"),
    "manual": QT_TRANSLATE_NOOP("BackupTableModel", "手动"),
    "before-restore": QT_TRANSLATE_NOOP("BackupTableModel", "恢复前自动备份"),
}


def backup_reason(path: Path) -> str:
    """What made a backup, from its file name (stem-YYYYmmdd-HHMMSS[-ffffff]-reason)."""
    found = _NAME.search(path.stem)
    return found.group(2) if found else ""


def backup_time(path: Path) -> datetime:
    found = _NAME.search(path.stem)
    if found:
        try:
            return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


class BackupTableModel(RowTableModel):
    """Rows: backup file paths, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("备份时间"), lambda p: backup_time(p).strftime("%Y-%m-%d %H:%M:%S")),
            Column(self.tr("方式"), self.reason),
            Column(self.tr("大小"), lambda p: self.tr("%1 KB").replace("%1", f"{p.stat().st_size / 1024:,.0f}"),
                   align=NUMERIC),
            Column(self.tr("文件"), lambda p: p.name),
        ])

    def reason(self, path: Path) -> str:
        reason = backup_reason(path)
        if reason.startswith("migrate-v"):
            return self.tr("升级前自动备份")
        return self.tr(REASONS[reason]) if reason in REASONS else reason


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, db_path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.db_path = Path(db_path)
        self.chosen: Path | None = None
        self.model = BackupTableModel(self)
        self.model.set_rows(maintenance.automatic_backups(self.db_path))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        intro = QLabel(self.tr("数据库“%1”的备份（最新的在前，保存在 %2）。恢复前会先自动备份当前数据库。")
                       .replace("%1", self.db_path.name).replace("%2", str(backup_folder(self.db_path))), self)
        intro.setWordWrap(True)
        self.other_button = QPushButton(self.tr("选择其他备份文件…"), self)
        self.other_button.clicked.connect(self.choose_other)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("恢复所选备份…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if self.model.rowCount() == 0:
            layout.addWidget(QLabel(self.tr("还没有备份。"), self))
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.model.rowCount() > 0)
        self.resize(max(720, self.fontMetrics().horizontalAdvance("中") * 50), 420)

    def accept(self) -> None:
        index = self.table.currentIndex()
        if self.chosen is None:
            if not index.isValid():
                return
            self.chosen = self.model.row(index.row())
        super().accept()

    @Slot()
    def choose_other(self) -> None:
        folder = backup_folder(self.db_path)
        name = open_file_name(self, self.tr("选择备份文件"), self.tr("zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)"),
                              str(folder) if folder.is_dir() else None)
        if name:
            self.chosen = Path(name)
            super().accept()

    def reject(self) -> None:
        self.chosen = None
        super().reject()

