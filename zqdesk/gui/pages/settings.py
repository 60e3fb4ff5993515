"""设置: large text, language, the database file and its backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
)

from zqdesk.gui.app import settings
from zqdesk.gui.dialogs.files import open_file_name, save_file_name
from zqdesk.gui.fonts import install_application_fonts
from zqdesk.gui.pages.base import USER_ERRORS, StagePage, heading, hint
from zqdesk.services import maintenance
from zqdesk.services.access import Action
from zqdesk.storage.backup import backup_folder


class SettingsPage(StagePage):
    depends_on = ()

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        prefs = settings()
        self.large_text = QCheckBox(self.tr("大字体（字号放大25%）"), self)
        self.large_text.setChecked(prefs.value("large_text", False, type=bool))
        self.large_text.toggled.connect(self.set_large_text)
        self.language = QComboBox(self)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English (maintainers)", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.value("language", "zh_CN"))))
        self.language.currentIndexChanged.connect(self._language_chosen)
        view = QGroupBox(self.tr("显示"), self)
        form = QFormLayout(view)
        form.addRow(self.large_text)
        form.addRow(self.tr("界面语言（重新启动后生效）"), self.language)

        self.db_label = QLabel(self)
        self.db_label.setWordWrap(True)
        self.backup_label = QLabel(self)
        self.backup_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开其他数据库…"), self)
        self.new_button = QPushButton(self.tr("新建数据库…"), self)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_as_button = QPushButton(self.tr("备份到…"), self)
        self.restore_button = QPushButton(self.tr("从备份恢复…"), self)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.backup_button, self.backup_as_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        data = QGroupBox(self.tr("数据库"), self)
        d_layout = QVBoxLayout(data)
        d_layout.addWidget(self.db_label)
        d_layout.addWidget(self.backup_label)
        d_layout.addLayout(buttons)
        d_layout.addWidget(hint(self.tr(
            "每个分数输入后立即写入数据库。建议每个评审阶段结束时备份一次；备份文件保存在数据库旁的 backups 文件夹中。"
            "恢复前会自动备份当前数据库。")))

        from zqdesk.gui.pages.accounts_box import AccountsBox

        self.user_label = QLabel(self)
        self.sign_in_button = QPushButton(self.tr("登录/切换用户…"), self)
        self.sign_in_button.clicked.connect(self._switch_user)
        user_box = QGroupBox(self.tr("当前用户"), self)
        user_row = QHBoxLayout(user_box)
        user_row.addWidget(self.user_label, 1)
        user_row.addWidget(self.sign_in_button)
        self.accounts = AccountsBox(session, self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设置")))
        layout.addWidget(user_box)
        layout.addWidget(view)
        layout.addWidget(data)
        layout.addWidget(self.accounts, 1)
        layout.addStretch(1)
        self.open_button.clicked.connect(self.choose_database)
        self.new_button.clicked.connect(self.new_database)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_as_button.clicked.connect(self.backup_as)
        self.restore_button.clicked.connect(self.restore)
        session.meeting_opened.connect(self.reload)
        session.user_changed.connect(self.reload)

    def reload(self) -> None:
        s = self.session
        self.db_label.setText(self.tr("当前数据库：%1").replace("%1", str(s.db_path or "—")))
        last = s.last_backup()
        folder = backup_folder(s.db_path) if s.db_path else None
        self.backup_label.setText(self.tr("最近备份：%1（备份文件夹：%2）")
                                  .replace("%1", last.strftime("%Y-%m-%d %H:%M") if last else self.tr("从未备份"))
                                  .replace("%2", str(folder or "—")))
        admin = s.db_path is not None and s.may(Action.ADMINISTER)
        for b in (self.backup_button, self.backup_as_button, self.restore_button):
            b.setEnabled(admin)
            b.setToolTip("" if admin else self.tr("备份和恢复由系统管理员操作"))
        actor = s.actor
        self.user_label.setText(self.tr("未登录") if actor is None else f"{actor.name}（{actor.role.label}）")
        self.accounts.reload()

    @Slot()
    def _switch_user(self) -> None:
        window = self.window()
        if hasattr(window, "switch_user"):
            window.switch_user()

    @Slot(bool)
    def set_large_text(self, on: bool) -> None:
        from PySide6.QtWidgets import QApplication

        settings().setValue("large_text", on)
        app = QApplication.instance()
        install_application_fonts(app, large_text=on)
        app.setProperty("zqdeskLargeText", on)
        self.status_message.emit(self.tr("已切换为大字体。") if on else self.tr("已恢复标准字体。"))

    @Slot()
    def _language_chosen(self) -> None:
        settings().setValue("language", self.language.currentData())
        self.status_message.emit(self.tr("界面语言将在重新启动后生效。"))

    def _open(self, path: Path, create: bool) -> None:
        from zqdesk.gui.opening import open_with_dialogs

        opened = open_with_dialogs(self, path, create)
        if opened is not None:
            settings().setValue("last_database", str(opened.path))
            self.session.open(opened.path, opened.meeting_id)
            self._switch_user()

    @Slot()
    def choose_database(self) -> None:
        name = open_file_name(self, self.tr("打开数据库"), self.tr("zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if name:
            self._open(Path(name), create=False)

    @Slot()
    def new_database(self) -> None:
        name = save_file_name(self, self.tr("新建数据库"), "zqdesk.sqlite3", self.tr("zqdesk 数据库 (*.sqlite3)"))
        if name:
            if Path(name).exists():
                QMessageBox.warning(self, self.tr("新建数据库"), self.tr("文件已存在，未覆盖。请换一个文件名。"))
                return
            self._open(Path(name), create=True)

    @Slot()
    def backup_now(self) -> Path | None:
        s = self.session
        if s.db_path is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = backup_folder(s.db_path) / f"{s.db_path.stem}-{stamp}-manual.sqlite3"
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target = maintenance.backup_to(s.db_path, target)
        except (*USER_ERRORS, OSError, RuntimeError) as error:
            self.show_refusal(error)
            return None
        self.status_message.emit(self.tr("已备份到：%1").replace("%1", str(target)))
        self.session.notify("backup")
        self.reload()
        return target

    @Slot()
    def backup_as(self) -> None:
        s = self.session
        name = save_file_name(self, self.tr("备份到"), f"{s.db_path.stem}-备份.sqlite3", self.tr("zqdesk 数据库 (*.sqlite3)"))
        if name and self.attempt(lambda: maintenance.backup_to(s.db_path, Path(name))):
            self.status_message.emit(self.tr("已备份到：%1").replace("%1", name))
            self.session.notify("backup")
            self.reload()

    @Slot()
    def restore(self) -> None:
        s = self.session
        folder = backup_folder(s.db_path)
        name = open_file_name(self, self.tr("从备份恢复"), self.tr("zqdesk 数据库 (*.sqlite3);;所有文件 (*)"),
                              str(folder) if folder.is_dir() else None)
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("从备份恢复"), self.tr(
            "用“%1”替换当前数据库？当前数据库会先自动备份。").replace("%1", Path(name).name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = maintenance.restore_from(s.db_path, Path(name))
        except USER_ERRORS as error:
            self.show_refusal(error)
            return
        self.status_message.emit(self.tr("已恢复；原数据库已备份到：%1").replace("%1", str(saved)))
        self.session.open(s.db_path, s.meeting_id)
        self._switch_user()
