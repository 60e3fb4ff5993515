"""Opening a database for the window: the per-user file, a named file, the demo, or a
database server of the review room; what the storage refuses (a damaged file, a server that
cannot be reached) is explained in a dialog with a way forward, never a traceback."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zqdesk import netguard
from zqdesk.gui.dialogs.files import open_file_name, save_file_name
from zqdesk.services import meetings
from zqdesk.storage.backup import backup_folder
from zqdesk.storage.db import DatabaseRefused, ServerUnavailable, close_database, open_database
from zqdesk.storage.location import Location, ServerAddress

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Opened:
    location: Location  # a file, or a ServerAddress (with the password typed, if any)
    meeting_id: int | None


class Choice(Enum):
    OTHER = "other"
    BACKUP = "backup"
    NEW = "new"
    RETRY = "retry"
    SERVER = "server"
    QUIT = "quit"


def open_file(path: Location, create: bool) -> Opened:
    """Open (creating when allowed and absent). Which meeting to show is chosen after the
    staff member signs in (Session.sign_in_staff). Raises DatabaseRefused."""
    if isinstance(path, ServerAddress):
        return open_server(path)
    path = Path(path)
    _let_background_work_end()
    # Close this thread's connection first: a database still open here may hold its newest
    # header in the WAL, which the storage's file check reads past (reported to the lead).
    close_database()
    if create and not path.exists():
        meetings.init_database(path)
    else:
        open_database(path, create=False)
    netguard.allow_only(())  # a file: no server address is reachable any more
    return Opened(path, None)


def open_server(address: ServerAddress, create: bool = False) -> Opened:
    """Connect to the review room's server database; with create, initialise an empty one
    (as zqdesk-cli --db … init does). The network guard lets exactly its address through.
    Raises DatabaseRefused (ServerUnavailable when it cannot be reached, NotInitialised for an
    empty database); the address allowed before stays the only one then."""
    before = netguard.allowed_addresses()
    _let_background_work_end()
    close_database()
    netguard.allow_database(address.host, address.port)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to 5 s for a server away
    try:
        if create:
            meetings.init_database(address)
        else:
            open_database(address, create=False)
    except BaseException:
        netguard.allow_only(before)
        raise
    finally:
        QGuiApplication.restoreOverrideCursor()
    return Opened(address, None)


def _let_background_work_end() -> None:
    """A worker still reading or writing (saving kept scores, say) must finish on the database
    it started on: its next statement would otherwise go to the one opened now."""
    from zqdesk.gui import tasks

    tasks.wait_all(30000)


def demo_ready(path: Path) -> bool:
    """The demo file exists and holds its meeting (id 1)."""
    if not path.exists():
        return False
    from zqdesk.services.access import SYSTEM, acting_as

    try:
        open_database(path, create=False)
        with acting_as(SYSTEM):  # the app's own check of its demo file, before anyone signs in
            return any(m.id == 1 for m in meetings.list_meetings())
    except DatabaseRefused:
        return False
    finally:
        close_database()


def build_demo_file(path: Path) -> Path:
    """Worker: build the demo database (used when demo_ready is false)."""
    from zqdesk.services.demo import build_demo

    if path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path.rename(path.with_name(f"{path.stem}-unusable-{stamp}{path.suffix}"))
    build_demo(path)
    close_database()  # this worker thread's connection
    return path


class RefusedDialog(QMessageBox):
    """The storage's Chinese reason, and what the user can do next."""

    def __init__(self, parent: QWidget | None, error: DatabaseRefused, path: Location) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(str(error))
        if isinstance(path, ServerAddress):
            self.setWindowTitle(translate("opening", "无法连接数据库服务器"))
            if isinstance(error, ServerUnavailable):
                self.setInformativeText(translate(
                    "opening", "服务器恢复后可以重试；也可以修改服务器地址、账号或口令，或改用本机的数据库文件。"))
            else:
                self.setInformativeText(translate("opening", "可以修改服务器地址，或改用本机的数据库文件。"))
            self.buttons = {
                Choice.RETRY: self.addButton(translate("opening", "重试"), QMessageBox.ButtonRole.AcceptRole),
                Choice.SERVER: self.addButton(translate("opening", "连接设置…"), QMessageBox.ButtonRole.AcceptRole),
                Choice.OTHER: self.addButton(translate("opening", "改用本机数据库文件…"), QMessageBox.ButtonRole.AcceptRole),
                Choice.QUIT: self.addButton(translate("opening", "退出"), QMessageBox.ButtonRole.RejectRole),
            }
            self.setDefaultButton(self.buttons[Choice.RETRY if isinstance(error, ServerUnavailable) else Choice.SERVER])
            return
        self.setWindowTitle(translate("opening", "无法打开数据库"))
        self.setInformativeText(translate("opening", "可以选择其他数据库文件、打开一个备份，或新建数据库。"))
        self.buttons = {
            Choice.OTHER: self.addButton(translate("opening", "选择其他文件…"), QMessageBox.ButtonRole.AcceptRole),
            Choice.BACKUP: self.addButton(translate("opening", "打开备份…"), QMessageBox.ButtonRole.AcceptRole),
            Choice.NEW: self.addButton(translate("opening", "新建数据库…"), QMessageBox.ButtonRole.AcceptRole),
            Choice.QUIT: self.addButton(translate("opening", "退出"), QMessageBox.ButtonRole.RejectRole),
        }
        self.setDefaultButton(self.buttons[Choice.OTHER])

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        return next((c for c, b in self.buttons.items() if b is clicked), Choice.QUIT)


def copy_backup(backup: Path, beside: Path) -> Path:
    """A backup is opened as a working copy, so the backup itself stays as it was."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = beside.with_name(f"{beside.stem}-从备份恢复-{stamp}.sqlite3")
    shutil.copy2(backup, target)
    return target


def ask_way_forward(parent: QWidget | None, error: DatabaseRefused, path: Location) -> tuple[Location, bool] | None:
    """Show the refusal; returns (next database to try, create allowed) or None to give up."""
    dialog = RefusedDialog(parent, error, path)
    dialog.exec()
    choice = dialog.choice()
    filters = translate("opening", "zqdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)")
    if choice is Choice.RETRY:
        return path, False
    if choice is Choice.SERVER:
        from zqdesk.gui.dialogs.server import ServerDialog

        # It connects (or initialises an empty database) itself, showing a refusal in place.
        settings = ServerDialog(parent, path if isinstance(path, ServerAddress) else None)
        settings.remember_box.hide()
        if settings.exec() != ServerDialog.DialogCode.Accepted or settings.address is None:
            return ask_way_forward(parent, error, path)
        return settings.address, False
    if isinstance(path, ServerAddress) and choice is Choice.OTHER:
        from zqdesk.paths import default_database

        name = open_file_name(parent, translate("opening", "选择数据库文件"), filters, str(default_database().parent))
        return (Path(name), False) if name else ask_way_forward(parent, error, path)
    if choice is Choice.OTHER:
        name = open_file_name(parent, translate("opening", "选择数据库文件"), filters)
        return (Path(name), False) if name else ask_way_forward(parent, error, path)
    if choice is Choice.BACKUP:
        folder = backup_folder(path)
        name = open_file_name(parent, translate("opening", "选择备份文件"), filters, str(folder) if folder.is_dir() else None)
        if not name:
            return ask_way_forward(parent, error, path)
        return copy_backup(Path(name), path), False
    if choice is Choice.NEW:
        name = save_file_name(parent, translate("opening", "新建数据库"), "zqdesk.sqlite3", filters)
        if not name:
            return ask_way_forward(parent, error, path)
        return Path(name), True
    return None


def open_with_dialogs(parent: QWidget | None, path: Location, create: bool) -> Opened | None:
    """Try the database; on a refusal ask the user until something opens or they give up."""
    while True:
        try:
            return open_file(path, create)
        except DatabaseRefused as error:
            close_database()
            answer = ask_way_forward(parent, error, path)
            if answer is None:
                return None
            path, create = answer
