"""Import a spreadsheet: read it off the UI thread, show what will be imported or every
bad row, and write only when the clerk confirms — all rows or none (SPEC §8.1)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_name
from zqdesk.gui.models.base import Column, RowTableModel
from zqdesk.io.errors import ImportRefused, RowError
from zqdesk.services.errors import Refused


@dataclass(frozen=True)
class ImportSpec:
    """What one kind of import reads, shows and writes."""

    title: str
    read: Callable[[Path], Sequence[Any]]  # worker thread; raises ImportRefused
    columns: Sequence[Column]
    write: Callable[[Path, Sequence[Any]], str]  # worker thread; returns a message for the user
    # Asked on the UI thread before writing (e.g. the clerk confirms the signed paper sheets);
    # False leaves the preview open with nothing written.
    confirm: Callable[[QWidget, Sequence[Any]], bool] | None = None


class ErrorTableModel(RowTableModel[RowError]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.set_columns([
            Column(self.tr("行"), lambda e: "" if e.row is None else str(e.row), lambda e: e.row or 0),
            Column(self.tr("列"), lambda e: e.column or ""),
            Column(self.tr("原因"), lambda e: e.reason),
        ])


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, spec: ImportSpec, path: Path | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.path: Path | None = None
        self.items: Sequence[Any] = ()
        self.result_message = ""
        self._task: tasks.Task | None = None
        self.setWindowTitle(spec.title)
        self.resize(1000, 620)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("请选择 xlsx 或 CSV 文件"))
        choose = QPushButton(self.tr("选择文件…"), self)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.preview_model = RowTableModel(spec.columns, self)
        self.error_model = ErrorTableModel(self)
        self.table = QTableView(self)
        self.table.verticalHeader().setVisible(False)
        self.table.setModel(self.preview_model)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.write)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(Path(path))

    @Slot()
    def choose_file(self) -> None:
        name = open_file_name(self, self.spec.title, self.tr("表格文件 (*.xlsx *.csv);;所有文件 (*)"))
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read the file in a worker; the preview or the errors follow."""
        self.path = path
        self.file_edit.setText(str(path))
        self.items = ()
        self.import_button.setEnabled(False)
        self._busy(self.tr("正在读取并检查“%1”…").replace("%1", path.name))
        if self._task is not None:
            self._task.cancel()
        self._task = tasks.run(lambda: self.spec.read(path), self._read_done, self._read_failed)

    def _busy(self, text: str) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.progress.show()

    def _read_done(self, items: Sequence[Any]) -> None:
        self.progress.hide()
        self.items = items
        self.preview_model.set_rows(items)
        self.table.setModel(self.preview_model)
        self.table.resizeColumnsToContents()
        self.summary.setStyleSheet("color: #067647;")
        self.summary.setText(self.tr("检查通过：将导入%n行。请核对下表后点击“导入”。", "", len(items)))
        self.import_button.setEnabled(bool(items))
        self.import_button.setFocus()

    def _read_failed(self, error: BaseException) -> None:
        self.progress.hide()
        if isinstance(error, ImportRefused):
            self.error_model.set_rows(error.errors)
            self.table.setModel(self.error_model)
            self.table.resizeColumnsToContents()
            self.summary.setStyleSheet("color: #b42318;")
            self.summary.setText(self.tr(
                "文件中有%n处错误，未导入任何内容。请按下表逐项修改后重新选择文件。", "", len(error.errors)))
        elif isinstance(error, (Refused, OSError, ValueError)):
            self.summary.setStyleSheet("color: #b42318;")
            self.summary.setText(str(error))
        else:
            raise error

    @Slot()
    def write(self) -> None:
        if self.path is None or not self.items:
            return
        if self.spec.confirm is not None and not self.spec.confirm(self, self.items):
            return
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # a write is one transaction: it cannot stop halfway
        self._busy(self.tr("正在写入数据库，请稍候…"))
        path, items = self.path, self.items
        self._task = tasks.run(lambda: self.spec.write(path, items), self._written, self._write_failed)

    def _written(self, message: str) -> None:
        self.progress.hide()
        self.result_message = message
        self.cancel_button.setEnabled(True)
        super().accept()

    def _write_failed(self, error: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self._read_failed(error)

    def reject(self) -> None:
        if self._task is not None and not self.cancel_button.isEnabled():
            return
        if self._task is not None:
            self._task.cancel()
        super().reject()

    def is_ready(self) -> bool:
        return self.import_button.isEnabled()


