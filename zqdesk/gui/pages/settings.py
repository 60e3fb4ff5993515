"""设置: who is signed in, large text, language, the idle lock, the database (a file and its
backups, or the review room's server), audit verification, the holiday calendar and staff
accounts.

The idle-lock minutes and the backup interval are the database's business settings
(services.settings): the administrator sets them once for every terminal."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from zqdesk.gui import tasks
from zqdesk.gui.ask import confirm, tell
from zqdesk.gui.app import backup_interval, remember_location, settings
from zqdesk.gui.dialogs.files import open_file_name, save_file_name
from zqdesk.gui.dialogs.restore import RestoreDialog
from zqdesk.gui.fonts import install_application_fonts
from zqdesk.gui.idlelock import idle_minutes
from zqdesk.gui.pages.base import USER_ERRORS, StagePage, heading, hint
from zqdesk.gui.pages.trust import AuditBox, HolidayBox
from zqdesk.gui.session import PROJECTS
from zqdesk.services import maintenance
from zqdesk.services import settings as business
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
        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setRange(0, 120)
        self.lock_minutes.setSuffix(self.tr(" 分钟"))
        self.lock_minutes.setSpecialValueText(self.tr("不锁定"))
        self.lock_minutes.setValue(idle_minutes())
        self.lock_minutes.valueChanged.connect(self.set_lock_minutes)
        self.lock_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("中") * 9)
        view = QGroupBox(self.tr("显示与锁屏"), self)
        form = QFormLayout(view)
        form.addRow(self.large_text)
        form.addRow(self.tr("界面语言（重新启动后生效）"), self.language)
        form.addRow(self.tr("无操作多久后锁屏"), self.lock_minutes)

        self.db_label = QLabel(self)
        self.db_label.setWordWrap(True)
        self.backup_label = QLabel(self)
        self.backup_label.setWordWrap(True)
        self.backup_minutes = QSpinBox(self)
        self.backup_minutes.setRange(1, 60)
        self.backup_minutes.setSuffix(self.tr(" 分钟"))
        self.backup_minutes.setValue(backup_interval())
        self.backup_minutes.valueChanged.connect(self.set_backup_minutes)
        self.backup_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("中") * 9)
        self.open_button = QPushButton(self.tr("打开其他数据库…"), self)
        self.new_button = QPushButton(self.tr("新建数据库…"), self)
        self.server_button = QPushButton(self.tr("连接数据库服务器…"), self)
        self.server_button.setToolTip(self.tr("评审室多台终端同时评分时，连接同一台数据库服务器"))
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.backup_as_button = QPushButton(self.tr("备份到…"), self)
        self.restore_button = QPushButton(self.tr("从备份恢复…"), self)
        files = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.server_button):
            files.addWidget(b)
        files.addStretch(1)
        copies = QHBoxLayout()
        for b in (self.backup_button, self.backup_as_button, self.restore_button):
            copies.addWidget(b)
        copies.addStretch(1)
        interval = QFormLayout()
        interval.addRow(self.tr("自动备份间隔"), self.backup_minutes)
        data = QGroupBox(self.tr("数据库与备份"), self)
        d_layout = QVBoxLayout(data)
        d_layout.addWidget(self.db_label)
        d_layout.addLayout(files)
        d_layout.addWidget(self.backup_label)
        d_layout.addLayout(interval)
        d_layout.addLayout(copies)
        self.backup_hint = hint(self.tr(
            "每个分数输入后立即写入数据库。评审会进行中按上面的间隔自动备份，关闭程序时再备份一次，"
            "自动备份保留最近%1份，保存在数据库旁的 backups 文件夹中。恢复前会自动备份当前数据库。")
            .replace("%1", str(maintenance.KEEP_BACKUPS)))
        d_layout.addWidget(self.backup_hint)
        self.server_hint = hint(self.tr(
            "当前连接的是数据库服务器：每个分数输入后立即保存到服务器；连接中断时，输入的分数暂存在本机，"
            "恢复后自动保存。服务器数据库由系统管理员在服务器上用 pg_dump 备份（见《服务器管理员指南》第6节），"
            "本机不做备份。"))
        d_layout.addWidget(self.server_hint)

        from zqdesk.gui.pages.accounts_box import AccountsBox

        self.user_label = QLabel(self)
        self.sign_in_button = QPushButton(self.tr("登录/切换用户…"), self)
        self.sign_in_button.clicked.connect(self._switch_user)
        user_box = QGroupBox(self.tr("当前用户"), self)
        user_row = QHBoxLayout(user_box)
        user_row.addWidget(self.user_label, 1)
        user_row.addWidget(self.sign_in_button)
        self.audit_box = AuditBox(session, self)
        self.holiday_box = HolidayBox(session, self)
        self.holiday_box.imported.connect(self._holidays_imported)
        self.accounts = AccountsBox(session, self)

        left = QVBoxLayout()
        left.addWidget(user_box)
        left.addWidget(view)
        left.addWidget(data)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.audit_box)
        right.addWidget(self.holiday_box)
        right.addWidget(self.accounts, 1)
        right.addStretch(0)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget(self)
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("设置")))
        layout.addWidget(scroll, 1)
        self.open_button.clicked.connect(self.choose_database)
        self.new_button.clicked.connect(self.new_database)
        self.server_button.clicked.connect(self.connect_server)
        self.backup_button.clicked.connect(self.backup_now)
        self.backup_as_button.clicked.connect(self.backup_as)
        self.restore_button.clicked.connect(self.restore)
        session.meeting_opened.connect(self.reload)
        session.user_changed.connect(self.reload)

    def reload(self) -> None:
        s = self.session
        if s.on_server:
            self.db_label.setText(self.tr("当前数据库服务器：%1").replace("%1", s.describe_location()))
        else:
            self.db_label.setText(self.tr("当前数据库：%1").replace("%1", s.describe_location()))
        self._show_backup()
        admin = s.location is not None and s.may(Action.ADMINISTER)
        files = admin and not s.on_server
        for b in (self.backup_button, self.backup_as_button, self.restore_button, self.backup_minutes):
            b.setEnabled(files)
            b.setToolTip("" if files else self.tr("服务器数据库由系统管理员在服务器上备份") if s.on_server
                         else self.tr("由系统管理员设置和操作"))
        self.lock_minutes.setEnabled(admin)
        self.lock_minutes.setToolTip("" if admin else self.tr("由系统管理员设置和操作"))
        self.backup_hint.setVisible(not s.on_server)
        self.server_hint.setVisible(s.on_server)
        self._show_business_settings()
        actor = s.actor
        self.user_label.setText(self.tr("未登录") if actor is None else f"{actor.name}（{actor.role.label}）")
        self.accounts.reload()
        self.audit_box.reload()
        self.holiday_box.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._show_backup()  # the timer's backups happen while the page is not looked at

    def _show_backup(self) -> None:
        s = self.session
        if s.on_server:
            self.backup_label.setText(self.tr("最近备份：由服务器管理员负责（pg_dump）"))
            return
        last = s.last_backup()
        folder = backup_folder(s.db_path) if s.db_path else None
        self.backup_label.setText(self.tr("最近备份：%1（备份文件夹：%2）")
                                  .replace("%1", last.strftime("%Y-%m-%d %H:%M") if last else self.tr("从未备份"))
                                  .replace("%2", str(folder or "—")))

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
            self._opened(opened)

    def _opened(self, opened, remember: bool = True) -> None:
        """Another database is open: the window shows it, and everyone signs in again."""
        if remember:
            remember_location(opened.location)
        self.session.open(opened.location, opened.meeting_id)
        self._switch_user()

    @Slot()
    def connect_server(self) -> None:
        """连接数据库服务器…: the dialog connects (a refusal is shown in it, to be corrected)."""
        from zqdesk.gui.dialogs.server import ServerDialog

        current = self.session.location if self.session.on_server else None
        if current is None:
            from zqdesk.gui.app import remembered_location
            from zqdesk.storage.location import ServerAddress

            remembered = remembered_location()
            current = remembered if isinstance(remembered, ServerAddress) else None
        dialog = ServerDialog(self, current)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.opened is not None:
            self._opened(dialog.opened, remember=dialog.remember)

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
                tell(self, self.tr("新建数据库"), self.tr("文件已存在，未覆盖。请换一个文件名。"), warning=True)
                return
            self._open(Path(name), create=True)

    @Slot(int)
    def set_lock_minutes(self, minutes: int) -> None:
        if self.attempt(lambda: business.change(business.IDLE_LOCK_MINUTES, minutes)) is None:
            self._show_business_settings()  # refused: show what is in effect
            return
        window = self.window()
        if hasattr(window, "idle_lock"):
            window.idle_lock.set_minutes(minutes)

    @Slot(int)
    def set_backup_minutes(self, minutes: int) -> None:
        if self.attempt(lambda: business.change(business.BACKUP_INTERVAL_MINUTES, minutes)) is None:
            self._show_business_settings()
            return
        window = self.window()
        if hasattr(window, "set_backup_interval"):
            window.set_backup_interval(minutes)

    def _show_business_settings(self) -> None:
        """The open database's values, shown without being written back."""
        for box, value in ((self.lock_minutes, idle_minutes()), (self.backup_minutes, backup_interval())):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    @Slot(int)
    def _holidays_imported(self, year: int) -> None:
        self.status_message.emit(self.tr("已导入%1年节假日安排。").replace("%1", str(year)))
        self.session.notify(PROJECTS)  # deadlines of special applications may change

    @Slot()
    def backup_now(self) -> tasks.Task | None:
        """A verified copy in the backups folder, made off the UI thread (administrator)."""
        s = self.session
        if s.on_server:
            self.status_message.emit(self.tr("服务器数据库由系统管理员在服务器上备份（pg_dump），本机不做备份。"))
            return None
        if s.db_path is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # as the automatic ones: names sort by time
        db_path = s.db_path
        target = backup_folder(db_path) / f"{db_path.stem}-{stamp}-manual.sqlite3"
        self.backup_button.setEnabled(False)

        def work() -> Path:
            target.parent.mkdir(parents=True, exist_ok=True)
            return maintenance.backup_to(db_path, target)

        return tasks.run(work, self._backed_up, self._backup_failed)

    def _backed_up(self, target: Path) -> None:
        self.status_message.emit(self.tr("已备份到：%1").replace("%1", str(target)))
        self.session.notify("backup")
        self.reload()

    def _backup_failed(self, error: BaseException) -> None:
        self.reload()
        if not isinstance(error, (*USER_ERRORS, OSError, RuntimeError)):
            raise error
        self.show_refusal(error)

    @Slot()
    def backup_as(self) -> None:
        s = self.session
        if s.db_path is None:
            return
        name = save_file_name(self, self.tr("备份到"), f"{s.db_path.stem}-备份.sqlite3", self.tr("zqdesk 数据库 (*.sqlite3)"))
        if name and self.attempt(lambda: maintenance.backup_to(s.db_path, Path(name))):
            self.status_message.emit(self.tr("已备份到：%1").replace("%1", name))
            self.session.notify("backup")
            self.reload()

    @Slot()
    def restore(self) -> None:
        """Choose a backup (newest first), confirm, restore, and sign in again."""
        s = self.session
        if s.db_path is None or not s.may(Action.ADMINISTER):
            return
        dialog = RestoreDialog(self, s.db_path)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        if confirm(self, self.tr("从备份恢复"), self.tr(
                "用备份“%1”替换当前数据库？当前数据库会先自动备份。恢复后需要重新登录。").replace("%1", dialog.chosen.name),
                yes=self.tr("恢复")):
            self.restore_now(dialog.chosen)

    def restore_now(self, source: Path) -> Path | None:
        """Replace the open database with a backup (services.maintenance.restore_from, which the
        administrator must be signed in for), then reopen it: everyone signs in again."""
        s = self.session
        tasks.cancel_all()
        tasks.wait_all(30000)
        try:
            saved = maintenance.restore_from(s.db_path, Path(source))
        except (*USER_ERRORS, OSError, RuntimeError) as error:
            self.show_refusal(error)
            return None
        self.status_message.emit(self.tr("已从“%1”恢复；原数据库已备份到：%2").replace("%1", Path(source).name)
                                 .replace("%2", str(saved)))
        self.session.open(s.db_path, s.meeting_id)
        self._switch_user()
        return saved
