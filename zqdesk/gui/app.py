"""`zqdesk` — the desktop application (README command 1 runs `zqdesk --demo`).

    zqdesk                  the database chosen last on the 设置 page, else the per-user
                            database (created if absent)
    zqdesk --db PATH        a given database file
    zqdesk --db postgresql://user@host:port/name
                            the review room's database server (issue #8; the password from
                            PGPASSWORD or ~/.pgpass, else asked for)
    zqdesk --demo           the demo meeting, built on first use in its own file
    zqdesk --large-text     larger type (also a setting on the 设置 page)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from zqdesk import netguard
from zqdesk.gui import collector, tablecopy
from zqdesk.gui.fonts import install_application_fonts
from zqdesk.gui.i18n import install_translators
from zqdesk.paths import data_dir, default_database
from zqdesk.storage.location import BadLocation, Location, ServerAddress, describe, parse_location

ORGANISATION = "zqdesk"
APPLICATION = "zqdesk"


def demo_database() -> Path:
    return data_dir() / "demo.sqlite3"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zqdesk", description="智慧钦州评审桌面")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--demo", action="store_true", help="打开演示评审会（首次使用时生成）")
    group.add_argument("--db", default=None, help="数据库文件，或数据库服务器地址 postgresql://账号@IP:端口/库名")
    parser.add_argument("--large-text", action="store_true", default=None, help="大字体显示")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None, help="界面语言（默认中文）")
    return parser


def settings() -> QSettings:
    """Per-user view settings (window geometry, large text, language, the database chosen last);
    business settings (the idle lock, the backup interval) live in the database
    (zqdesk.services.settings), so one decision holds on every terminal."""
    return QSettings(ORGANISATION, APPLICATION)


DATABASE_SETTING = "database/location"


def remembered_location() -> Location | None:
    """The database chosen on the 设置 page, opened again at the next start (a path, or a
    server address without its password, which is never stored)."""
    value = settings().value(DATABASE_SETTING, "", type=str)
    if not value:
        return None
    try:
        return parse_location(value)
    except BadLocation:
        return None


def remember_location(location: Location) -> None:
    settings().setValue(DATABASE_SETTING, describe(location))


def business_setting(name: str) -> int:
    """A business setting of the open database (services.settings); its default with no
    database open, or while the database server cannot be reached."""
    from zqdesk.services import settings as business
    from zqdesk.storage.db import DatabaseRefused
    from zqdesk.storage.models import database

    if database.obj is None:
        return business.BUSINESS[name].default
    try:
        return business.read(name)
    except DatabaseRefused:
        return business.BUSINESS[name].default


def backup_interval() -> int:
    """Minutes between automatic backups while a database file is open."""
    from zqdesk.services.settings import BACKUP_INTERVAL_MINUTES

    return business_setting(BACKUP_INTERVAL_MINUTES)


def create_application(argv: list[str] | None = None, large_text: bool | None = None,
                       language: str | None = None) -> QApplication:
    """The QApplication with translators and fonts installed (reused if one exists)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(QCoreApplication.translate("app", "智慧钦州评审桌面"))
    app.setStyle("Fusion")
    prefs = settings()
    if language is None:
        language = str(prefs.value("language", "zh_CN"))
    if large_text is None:
        large_text = prefs.value("large_text", False, type=bool)
    collector.install(app)
    tablecopy.install(app)
    install_translators(app, language)
    install_application_fonts(app, large_text=large_text)
    app.setProperty("zqdeskLargeText", large_text)
    return app


def main(argv: list[str] | None = None) -> int:
    netguard.forbid_network()
    try:
        window = launch(argv)
    except BadLocation as error:
        sys.stderr.write(f"{error}\n")
        return 2
    if window is None:
        return 1
    return QApplication.instance().exec()


def launch(argv: list[str] | None = None):
    """Everything `zqdesk` does before its event loop: the window shown, the database opened
    (or the demo started) and the sign-in asked for. None when the person gave up; the
    tests start the program through this too."""
    args = build_parser().parse_args(argv)
    location = parse_location(args.db) if args.db else None
    if isinstance(location, ServerAddress):
        # The one address this process may reach: the configured database server.
        netguard.allow_database(location.host, location.port)
    app = create_application(large_text=args.large_text, language=args.lang)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)

    from zqdesk.gui.mainwindow import MainWindow
    from zqdesk.storage.db import close_database
    from zqdesk.storage.models import database

    # The window reads its settings from the database it opens, never from one this process
    # had bound before (a test's, or the previous server's): until then, the defaults.
    close_database()
    database.initialize(None)
    window = MainWindow()
    window.show()
    _report_database_errors(window)
    if args.demo:
        window.start_demo(demo_database())
    else:
        chosen = location or remembered_location()
        if not window.open_path(chosen or default_database(), create=chosen is None, sign_in=True):
            window.close()
            return None
    return window


def _report_database_errors(window) -> None:
    """A page reading while the database server is away says so in the status bar instead of
    printing a traceback (Qt hands an exception raised in a slot to sys.excepthook)."""
    from zqdesk.storage.db import DatabaseRefused

    previous = sys.excepthook

    def hook(kind, error, trace):
        if isinstance(error, DatabaseRefused):
            window.show_message(str(error))
            return
        previous(kind, error, trace)

    sys.excepthook = hook


if __name__ == "__main__":
    sys.exit(main())
