"""连接数据库服务器: the review room's server (issue #8) — its IP address, port, database and
login; the password is asked here and never stored (PGPASSWORD or ~/.pgpass serve too)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QWidget

from zqdesk.gui.ask import confirm, tell
from zqdesk.gui.dialogs.panel_dialogs import FormDialog
from zqdesk.storage import audit, keys
from zqdesk.storage.db import DatabaseRefused
from zqdesk.storage.location import DEFAULT_PORT, BadLocation, ServerAddress, parse_server_url
from zqdesk.storage.server import NotInitialised

DEFAULT_NAME = "zqdesk"


class ServerDialog(FormDialog):
    """With connect=True, OK connects (the window's database changes only if that works, and a
    refusal is shown here so the address or password can be corrected); with connect=False it
    only returns the address. `address` holds the typed password; `remember` whether to connect
    to it the next time the program starts."""

    def __init__(self, parent: QWidget | None, current: ServerAddress | None = None, connect: bool = True) -> None:
        super().__init__(parent, self.tr("连接数据库服务器"))
        self.connect = connect
        self.address: ServerAddress | None = None
        self.opened = None
        self.key_file: Path | None = None  # the audit key made here, when the dialog initialised the database
        intro = QLabel(self.tr(
            "评审室多台终端同时评分时，所有终端连接同一台数据库服务器（PostgreSQL 或兼容的数据库）。"
            "服务器须先由系统管理员初始化，并把审计密钥文件复制到本机（见《服务器管理员指南》）。"), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("192.168.10.2")
        self.host.setToolTip(self.tr("请填写服务器的IP地址；软件只允许连接这一个地址"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.name = QLineEdit(DEFAULT_NAME, self)
        self.user = QLineEdit(DEFAULT_NAME, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("不保存；已设置 PGPASSWORD 或 ~/.pgpass 时可不填"))
        self.remember_box = QCheckBox(self.tr("以后启动时自动连接该服务器"), self)
        self.remember_box.setChecked(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("服务器IP地址(&H)"), self.host)
        self.form.addRow(self.tr("端口(&O)"), self.port)
        self.form.addRow(self.tr("数据库名(&D)"), self.name)
        self.form.addRow(self.tr("数据库账号(&U)"), self.user)
        self.form.addRow(self.tr("口令(&P)"), self.password)
        if connect:
            self.form.addRow(self.remember_box)
        else:
            self.remember_box.hide()
        if current is not None:
            self.host.setText(current.host)
            self.port.setValue(current.port)
            self.name.setText(current.database)
            self.user.setText(current.user)
            self.password.setText(current.password or "")
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("连接") if connect else self.tr("确定"))
        (self.password if current is not None else self.host).setFocus()

    @property
    def remember(self) -> bool:
        return self.remember_box.isChecked()

    def typed_address(self) -> ServerAddress:
        """The address from the fields; BadLocation (Chinese) says what is missing."""
        host = self.host.text().strip()
        if not host:
            raise BadLocation(self.tr("请填写数据库服务器的IP地址。"))
        shown = f"[{host}]" if ":" in host else host
        address = parse_server_url(
            f"postgresql://{quote(self.user.text().strip(), safe='')}@{shown}:{self.port.value()}/"
            f"{quote(self.name.text().strip(), safe='')}")
        return replace(address, password=self.password.text() or None)

    def accept(self) -> None:
        try:
            address = self.typed_address()
        except BadLocation as error:
            self.message.setText(str(error))
            return
        if self.connect:
            from zqdesk.gui.opening import open_server

            self.message.setText("")
            try:
                try:
                    self.opened = open_server(address)
                except NotInitialised:
                    if not self.ask_to_initialise(address):
                        self.message.setText(self.tr("该数据库尚未初始化，未连接。"))
                        return
                    self.opened = open_server(address, create=True)
                    self.key_file = keys.server_key_file(audit.database_id())
                    self.tell_key_file(self.key_file)
            except DatabaseRefused as error:
                self.message.setText(str(error))
                return
        self.address = address
        super().accept()

    def tell_key_file(self, key_file: Path) -> None:
        """Just initialised: where the key is that every other terminal needs."""
        tell(self, self.tr("服务器数据库已初始化"), self.tr(
            "服务器数据库已初始化，接下来请创建系统管理员账号。\n\n本机生成的审计密钥文件：\n%1\n\n"
            "其他每台终端连接该数据库前，须把这个文件复制到该终端的同一位置（只允许本用户读写），"
            "并与数据库备份一起妥善保管。").replace("%1", str(key_file)))

    def ask_to_initialise(self, address: ServerAddress) -> bool:
        """An empty database on the server: make it the room's zqdesk database? (Its first
        sign-in then creates the administrator account.)"""
        return confirm(self, self.tr("初始化服务器数据库"), self.tr(
            "服务器上的数据库 %1 是空的。要把它初始化为zqdesk评审数据库吗？\n\n初始化后，本机生成该数据库的"
            "审计密钥文件；其他每台终端连接前，须由系统管理员把这个文件复制过去（见《服务器管理员指南》第4节）。")
            .replace("%1", address.display), yes=self.tr("初始化"))
