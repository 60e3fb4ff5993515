"""打开评分数据包 (SPEC §8.3), on the expert's laptop: the package from the USB stick, the
16-character code from the slip (typed forgivingly: any case, with or without dashes or
spaces, O/I/L read as 0/1/1), and a PIN the expert chooses. The package is verified and a
database of its own is made from it under data_dir()/expert/ (services.expertmode), off the
UI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from zqdesk.gui import tasks
from zqdesk.gui.dialogs.files import open_file_name, safe_name
from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.paths import data_dir
from zqdesk.services import expertmode, offline
from zqdesk.services.errors import Refused
from zqdesk.storage.db import DatabaseRefused, close_database, open_database

CODE_SYMBOLS = 16


def expert_folder() -> Path:
    folder = data_dir() / "expert"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def expert_database_path(package: Path) -> Path:
    """A new local database for a package: never one that holds scores already."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return expert_folder() / f"{safe_name(package.stem)}-{stamp}.sqlite3"


def release_database() -> None:
    """Before another database is made the open one: no task may be using it, and this
    thread's connection is closed (the storage's database is one per process)."""
    tasks.cancel_all()
    tasks.wait_all(30000)
    close_database()


def code_symbols(text: str) -> str:
    """What counts of a typed code: letters and digits, upper case."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


class CodeEdit(QLineEdit):
    """The code from the slip: upper case as typed, grouped ABCD-EFGH-JKMN-PQRS once complete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("ABCD-EFGH-JKMN-PQRS")
        self.setMaxLength(40)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        self.textEdited.connect(self._upper)
        self.editingFinished.connect(self.tidy)

    @Slot(str)
    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.cursorPosition()
            self.setText(text.upper())
            self.setCursorPosition(position)

    @Slot()
    def tidy(self) -> None:
        """Show the code grouped as on the slip, once it reads as a valid code."""
        try:
            self.setText(offline.code_of(offline.secret_of(self.text())))
        except Refused:
            pass


class OpenPackageDialog(FormDialog):
    def __init__(self, parent: QWidget | None, previous: Path | None = None) -> None:
        super().__init__(parent, self.tr("打开评分数据包（专家离线评分）"))
        self.previous = previous  # reopened if the package cannot be opened
        self.info: expertmode.ExpertModeInfo | None = None
        self.local_path: Path | None = None
        self.pin = ""
        self._task: tasks.Task | None = None
        intro = QLabel(self.tr(
            "会务人员给您的U盘中有评分数据包（.zqpkg），纸条上有16位校验码。打开后在本机离线评分，"
            "评完导出结果文件交回。PIN由您自己设定，用于登录和提交签名。"), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.package_edit = QLineEdit(self)
        self.package_edit.setPlaceholderText(self.tr("请选择 .zqpkg 文件"))
        self.browse_button = QPushButton(self.tr("选择…"), self)
        self.browse_button.clicked.connect(self.choose_package)
        row = QHBoxLayout()
        row.addWidget(self.package_edit, 1)
        row.addWidget(self.browse_button)
        self.code_edit = CodeEdit(self)
        self.code_count = QLabel(self)
        self.code_count.setStyleSheet("color: #5f6b7a;")
        self.code_edit.textChanged.connect(self._count)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("4至8位数字"))
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        package_label = QLabel(self.tr("评分数据包(&F)"), self)
        package_label.setBuddy(self.package_edit)
        self.form.addRow(package_label, row)
        self.form.addRow(self.tr("校验码(&C)"), self.code_edit)
        self.form.addRow("", self.code_count)
        self.form.addRow(self.tr("设置PIN(&P)"), self.pin_edit)
        self.form.addRow(self.tr("再次输入PIN"), self.again_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("打开"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 36)
        self._count()

    @Slot()
    def choose_package(self) -> None:
        name = open_file_name(self, self.tr("选择评分数据包"), self.tr("评分数据包 (*.zqpkg);;所有文件 (*)"))
        if name:
            self.package_edit.setText(name)
            self.code_edit.setFocus()

    @Slot()
    def _count(self) -> None:
        typed = len(code_symbols(self.code_edit.text()))
        self.code_count.setText(self.tr("已输入 %1 / %2 位（不区分大小写，短横线和空格可省略）")
                                .replace("%1", str(typed)).replace("%2", str(CODE_SYMBOLS)))

    def _busy(self, on: bool) -> None:
        for widget in (self.package_edit, self.browse_button, self.code_edit, self.pin_edit, self.again_edit,
                       self.buttons):
            widget.setEnabled(not on)

    def accept(self) -> None:
        """Check what can be checked here, then open the package off the UI thread."""
        package = Path(self.package_edit.text().strip())
        code, pin = self.code_edit.text(), self.pin_edit.text()
        try:
            if not self.package_edit.text().strip() or not package.is_file():
                raise Refused(self.tr("请选择评分数据包文件（.zqpkg）。"))
            offline.secret_of(code)  # the shape of the code, with its own message
            if not (pin.isdigit() and 4 <= len(pin) <= 8):
                raise Refused(self.tr("PIN应为4至8位数字。"))
            if pin != self.again_edit.text():
                raise Refused(self.tr("两次输入的PIN不一致。"))
        except Refused as error:
            self.message.setText(str(error))
            return
        self.code_edit.tidy()
        self.pin = pin
        self.local_path = local = expert_database_path(package)
        self.message.setStyleSheet("color: #5f6b7a;")
        self.message.setText(self.tr("正在核对并打开评分数据包…"))
        self._busy(True)
        release_database()
        self._task = tasks.run(lambda: expertmode.open_package(package, code, local, pin=pin), self._opened,
                               self._failed)

    def _opened(self, info: expertmode.ExpertModeInfo) -> None:
        self.info = info
        self._task = None
        super(FormDialog, self).accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._busy(False)
        self._reopen_previous()
        if not isinstance(error, (Refused, DatabaseRefused)):
            raise error
        self.message.setStyleSheet("color: #b42318;")
        self.message.setText(str(error))
        if "校验码" in str(error):
            self.code_edit.setFocus()
            self.code_edit.selectAll()

    def _reopen_previous(self) -> None:
        """A package refused half-way leaves no database open: go back to the one before."""
        close_database()
        if self.previous is not None and Path(self.previous).exists():
            try:
                open_database(self.previous, create=False)
            except DatabaseRefused:
                pass

    def reject(self) -> None:
        if self._task is None:
            super().reject()
